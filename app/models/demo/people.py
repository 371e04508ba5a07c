"""The fictitious people: names from short built-in lists, personnummer only from the test range
(serial 980–999, valid check digit), mobile numbers from the series PTS reserves for fiction
(070-174 06 05 – 070-174 06 99) and e-mail addresses at example.com."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.demo.draws import Weighted, between, pick
from app.models.personnummer import with_check_digit

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.timeline import DemoCase

AGE_RANGE = (16, 64)  # on the store's today
TEST_SERIAL_FIRST = 980  # serials 980–999: the range set aside for test numbers
NO_PNR_SHARE = 0.03
PROTECTED_SHARE = 0.02
ANONYMOUS_SHARE = 0.05

GENDER = Weighted((("kvinna", 55), ("man", 43), ("annat", 2)))
EDUCATION = Weighted((("forgymnasial", 25), ("gymnasial", 45), ("eftergymnasial", 20), ("okand", 10)))


@dataclass(slots=True)
class DemoPerson:
    first: str
    last: str
    gender: str
    pnr: str | None
    birth_year: int
    education: str
    phone: str
    email: str
    address: str
    anonymous: bool
    protected: bool
    cases: list[DemoCase] = field(default_factory=list)
    id: int = 0


def draw_people(state: BuildState, n: int) -> list[DemoPerson]:
    return [_person(state, gender, slot) for gender, slot in _identities(state, n)]


def _identities(state: BuildState, n: int) -> list[tuple[str, tuple[int, int] | None]]:
    """Gender and a unique (birth day, serial pair) slot, or None for the few without a number."""
    rng = state.rng
    genders = [GENDER(rng) for _ in range(n)]
    with_pnr = [rng.random() >= NO_PNR_SHARE for _ in range(n)]
    first_day, last_day = _birth_days(state.clock.today)
    days = last_day - first_day + 1
    # Ten serial pairs per day (980/981 … 998/999): the parity then still tells the gender.
    slots = iter(rng.sample(range(days * 10), sum(with_pnr)))
    out = []
    for gender, has in zip(genders, with_pnr):
        slot = next(slots) if has else None
        out.append((gender, None if slot is None else (first_day + slot // 10, slot % 10)))
    return out


def _birth_days(today_ordinal: int) -> tuple[int, int]:
    """First and last birth day (ordinals) of people aged AGE_RANGE today."""
    today = dt.date.fromordinal(today_ordinal)
    oldest = _years_before(today, AGE_RANGE[1] + 1).toordinal() + 1
    youngest = _years_before(today, AGE_RANGE[0]).toordinal()
    return oldest, youngest


def _person(state: BuildState, gender: str, slot: tuple[int, int] | None) -> DemoPerson:
    rng = state.rng
    first, last = pick(rng, FIRST_NAMES[gender]), pick(rng, LAST_NAMES)
    if slot:
        born = dt.date.fromordinal(slot[0])
        odd = between(rng, 0, 1) if gender == "annat" else int(gender == "man")  # odd serial: man
        pnr = with_check_digit(born, TEST_SERIAL_FIRST + 2 * slot[1] + odd)
        birth_year = born.year
    else:
        pnr = None
        year = dt.date.fromordinal(state.clock.today).year
        birth_year = between(rng, year - AGE_RANGE[1], year - AGE_RANGE[0])
    protected = rng.random() < PROTECTED_SHARE
    return DemoPerson(
        first=first,
        last=last,
        gender=gender,
        pnr=pnr,
        birth_year=birth_year,
        education=EDUCATION(rng),
        phone="" if rng.random() < 0.08 else f"070-174 06 {between(rng, 5, 99):02d}",
        email="" if rng.random() < 0.35 else f"{_ascii(first)}.{_ascii(last)}{between(rng, 1, 99)}@example.com",
        # Protected identity: the address is exactly what must not be on file.
        address="" if protected or rng.random() < 0.1 else _address(state),
        anonymous=rng.random() < ANONYMOUS_SHARE,
        protected=protected,
    )


def _address(state: BuildState) -> str:
    rng = state.rng
    street, (postcode, town) = pick(rng, STREETS), pick(rng, TOWNS)
    return f"{street} {between(rng, 1, 60)}, {postcode}{between(rng, 10, 99)} {town}"


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year - years, day=28)


@functools.cache
def _ascii(name: str) -> str:
    """Lower-case ASCII for an e-mail address: Åsa -> asa, Áilu -> ailu."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


_WOMEN = ("Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Malin", "Linnéa",
          "Åsa", "Märta", "Görel", "Sofia", "Elin", "Hanna", "Ida", "Johanna", "Frida", "Maja", "Ebba",
          "Agnes", "Máret", "Elle", "Inga", "Britt", "Ulla", "Birgitta", "Amira", "Fatima", "Leila")
_MEN = ("Lars", "Anders", "Johan", "Erik", "Per", "Karl", "Mikael", "Jonas", "Björn", "Göran", "Sören",
        "Åke", "Örjan", "Oskar", "Emil", "Viktor", "Hugo", "Axel", "Nils", "Mattias", "Henrik", "Jörgen",
        "Áilu", "Ánde", "Nils-Petter", "Ola", "Ali", "Omar", "Ahmed", "Leo")
_ANY = ("Kim", "Robin", "Alex", "Charlie", "Sam", "Love", "Eli")
FIRST_NAMES = {"kvinna": _WOMEN, "man": _MEN, "annat": _ANY + _WOMEN[:5] + _MEN[:5]}
LAST_NAMES = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
              "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
              "Lindqvist", "Lundgren", "Berg", "Holm", "Sandberg", "Forsberg", "Åberg", "Öberg", "Ström",
              "Söderström", "Sjögren", "Nyström", "Hägglund", "Ågren", "Bäckström", "Nutti", "Labba", "Omma",
              "Kuoljok", "Sparrok", "Päiviö", "Svonni", "Hassan", "Mohammed", "Yilmaz", "Nguyen")
STREETS = ("Storgatan", "Skolgatan", "Kyrkvägen", "Björkvägen", "Östra vägen", "Åsgatan", "Hamngatan",
           "Sjövägen", "Bergsgatan", "Lärkstigen")
TOWNS = (("981 ", "Kiruna"), ("982 ", "Gällivare"), ("962 ", "Jokkmokk"), ("972 ", "Luleå"), ("903 ", "Umeå"),
         ("831 ", "Östersund"), ("837 ", "Åre"), ("941 ", "Piteå"))
