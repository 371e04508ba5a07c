"""Swedish personnummer and samordningsnummer: parse, validate, normalise, format.

The date rules are checked here (samordningsnummer: day + 60, which python-stdnum does not know), the
check digit by Luhn over YYMMDDNNN (``luhn_ok``); tests/models/test_personnummer.py checks both against
python-stdnum (``stdnum.se.personnummer``, ``stdnum.luhn``) on many numbers. stdnum itself was called
here before: it doubled the cost of a parse, which a 50 000-row client import pays for every row.
Stored form: 12 digits, ``YYYYMMDDNNNC``. Shown form: ``YYYYMMDD-NNNC``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

from app.models.errors import ValidationError

FIELD = "personnummer"
_SHAPE = re.compile(r"([0-9]{6}|[0-9]{8})([-+]?)([0-9]{4})")
_DASHES = str.maketrans({"\u2013": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})  # Word turns - into –


class IdNumber(NamedTuple):
    """A valid personnummer or samordningsnummer, normalised."""

    digits12: str
    is_coordination: bool  # samordningsnummer
    birth_date: dt.date

    @property
    def display(self) -> str:
        return format_display(self.digits12)

    @property
    def kind_label(self) -> str:
        return "Samordningsnummer" if self.is_coordination else "Personnummer"

    @property
    def gender(self) -> str:
        """The gender the number was given for (a vocab.GENDERS key): the second-to-last digit is odd
        for a man, even for a woman, in a personnummer and a samordningsnummer alike (Skatteverket)."""
        return "man" if int(self.digits12[-2]) % 2 else "kvinna"


def proposed_gender(text: str, today: dt.date | None = None) -> str | None:
    """The gender a form proposes for a typed number: from a valid personnummer or samordningsnummer;
    None for no number, a reserve number or anything else that is not a valid one. Only a proposal:
    the user may choose otherwise, and the number never overrides that choice (the client dialog)."""
    try:
        return parse(text, today).gender
    except ValidationError:
        return None


def _fail(message: str) -> ValidationError:
    return ValidationError.single(FIELD, message)


def parse(text: str, today: dt.date | None = None) -> IdNumber:
    """Parse any common written form; raise ValidationError with a Swedish message if invalid.

    >>> parse("19121212-1212").digits12
    '191212121212'
    """
    return _parse(text, today or dt.date.today())


# The client import matches a row's number, then the client service checks it again: 50 000 rows
# parsed twice cost about a second more (the result is immutable; a refusal is not cached).
@functools.lru_cache(maxsize=1024)
def _parse(text: str, today: dt.date) -> IdNumber:
    raw = re.sub(r"\s", "", (text or "").translate(_DASHES))
    if not raw:
        raise _fail("Ange personnummer eller samordningsnummer.")
    match = _SHAPE.fullmatch(raw)
    if not match:
        digits = re.sub(r"[^0-9]", "", raw)
        if re.fullmatch(r"[0-9+-]*", raw) and len(digits) in (10, 12):
            raise _fail("Skriv personnumret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.")
        if re.fullmatch(r"[0-9+-]*", raw):
            raise _fail(
                f"Personnumret har {len(digits)} siffror; det ska ha 10 (ÅÅMMDD-NNNN) "
                "eller 12 (ÅÅÅÅMMDD-NNNN)."
            )
        raise _fail("Personnumret får bara innehålla siffror och bindestreck (ÅÅÅÅMMDD-NNNN).")
    date_part, sep, tail = match.groups()
    if len(date_part) == 8:
        year = int(date_part[:4])
    else:
        yy = int(date_part[:2])
        century = today.year // 100
        if yy > today.year % 100:
            century -= 1
        if sep == "+":  # 100 years or older
            century -= 1
        year = century * 100 + yy
    month, day = int(date_part[-4:-2]), int(date_part[-2:])
    coordination = day > 60
    try:
        birth = dt.date(year, month, day - 60 if coordination else day)
    except ValueError:
        raise _fail("Personnumret innehåller inget giltigt födelsedatum.") from None
    if birth.year < 1900:  # the check digit does not cover the century: catch 09…/18… typos
        raise _fail("Personnumret innehåller inget giltigt födelsedatum.")
    if birth > today:
        raise _fail("Födelsedatumet i personnumret ligger i framtiden.")
    digits12 = f"{year:04d}{date_part[-4:]}{tail}"
    if not luhn_ok(digits12[2:]):
        raise _fail("Kontrollsiffran stämmer inte. Kontrollera personnumret.")
    return IdNumber(digits12, coordination, birth)


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # a digit doubled, its digits summed


def luhn_ok(digits: str) -> bool:
    """Whether the last digit is the Luhn check digit of the others (as stdnum.luhn.is_valid).

    >>> luhn_ok("1212121212"), luhn_ok("1212121213")
    (True, False)
    """
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        total += _DOUBLED[digit] if position % 2 else digit
    return total % 10 == 0


def with_check_digit(born: dt.date, serial: int) -> str:
    """The stored 12 digits for a birth date and a three-digit serial, the check digit by Luhn over
    YYMMDDNNN as Skatteverket computes it (for test data; real numbers are typed, then ``parse``d).

    >>> with_check_digit(dt.date(1912, 12, 12), 121)
    '191212121212'
    """
    from stdnum import luhn  # not at start-up, as in parse

    nine = f"{born:%y%m%d}{serial:03d}"
    return f"{born.year:04d}{nine[2:]}{luhn.calc_check_digit(nine)}"


def format_display(digits12: str | None) -> str:
    if not digits12:
        return ""
    return f"{digits12[:8]}-{digits12[8:]}"


def search_digits(query: str) -> str:
    """Digits of a search query, so ``850312-1234`` and ``8503121234`` search alike."""
    return re.sub(r"\D", "", query or "")
