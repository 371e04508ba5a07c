"""Personnummer and samordningsnummer: parsing, normalising to 12 digits, and Swedish errors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn

from app.models import personnummer
from app.models.errors import ValidationError
from tests.support import (
    TODAY,
    TOLVAN,
    TOLVAN12,
    dashed12,
    make_pnr,
    short10,
    with_bad_check_digit,
)


def parse(text):
    return personnummer.parse(text, today=TODAY)


def error_of(text) -> str:
    with pytest.raises(ValidationError) as info:
        parse(text)
    assert list(info.value.errors) == ["personnummer"]
    return info.value.errors["personnummer"]


# -- accepted forms ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "written",
    [
        "19121212-1212",
        "191212121212",
        "121212+1212",  # '+': 100 years or older
        " 19121212-1212 ",
        "1912 12 12 - 1212",
        "19121212 1212",
        "19121212\u00a01212",  # non-breaking space, as pasted from a document
        "\t191212121212\n",
    ],
)
def test_tolvan_in_every_written_form_normalises_to_12_digits(written):
    number = parse(written)
    assert number.digits12 == TOLVAN12
    assert number.birth_date == dt.date(1912, 12, 12)
    assert number.is_coordination is False
    assert number.display == TOLVAN
    assert number.kind_label == "Personnummer"


def test_ten_digits_with_minus_means_under_100_and_plus_means_100_or_older():
    assert parse("121212-1212").digits12 == "201212121212"
    assert parse("1212121212").digits12 == "201212121212"
    assert parse("121212+1212").digits12 == "191212121212"


def test_ten_digit_century_is_the_latest_one_not_in_the_future():
    born_1990 = make_pnr(dt.date(1990, 5, 15))
    born_2005 = make_pnr(dt.date(2005, 1, 31), serial=999)
    assert parse(short10(born_1990)).digits12 == born_1990
    assert parse(short10(born_2005, sep="")).digits12 == born_2005
    assert parse(short10(born_1990)).birth_date == dt.date(1990, 5, 15)


def test_born_today_is_accepted():
    digits = make_pnr(TODAY, serial=980)
    assert parse(digits).birth_date == TODAY


def test_leap_day_is_a_valid_birth_date():
    digits = make_pnr(dt.date(2000, 2, 29), serial=990)
    assert parse(dashed12(digits)).birth_date == dt.date(2000, 2, 29)


# -- samordningsnummer ------------------------------------------------------------------------

def test_samordningsnummer_day_plus_60_is_accepted_and_flagged():
    digits = make_pnr(dt.date(1990, 5, 15), serial=981, coordination=True)
    assert digits[6:8] == "75"
    number = parse(dashed12(digits))
    assert number.digits12 == digits  # stored as written, with the +60 day
    assert number.is_coordination is True
    assert number.birth_date == dt.date(1990, 5, 15)
    assert number.kind_label == "Samordningsnummer"
    assert number.display == f"{digits[:8]}-{digits[8:]}"


def test_samordningsnummer_in_ten_digit_form():
    digits = make_pnr(dt.date(1985, 1, 31), serial=995, coordination=True)
    assert digits[6:8] == "91"
    assert parse(short10(digits)).digits12 == digits


def test_samordningsnummer_with_impossible_day_is_refused():
    # day 92 = 32 + 60; the check digit is right, the date is not
    body = "850192995"
    written = f"19{body}{luhn.calc_check_digit(body)}"
    assert "giltigt födelsedatum" in error_of(written)


def test_samordningsnummer_with_wrong_check_digit_is_refused():
    digits = make_pnr(dt.date(1990, 5, 15), serial=981, coordination=True)
    assert error_of(with_bad_check_digit(digits)) == "Kontrollsiffran stämmer inte. Kontrollera personnumret."


# -- refused input ----------------------------------------------------------------------------

def test_wrong_check_digit():
    assert error_of("19121212-1213") == "Kontrollsiffran stämmer inte. Kontrollera personnumret."
    assert error_of("121212-1213") == "Kontrollsiffran stämmer inte. Kontrollera personnumret."


@pytest.mark.parametrize(
    "written",
    [
        "19121312-1212",  # month 13
        "19120230-1212",  # 30 February
        "19000229-9802",  # 1900 was not a leap year
        "19121200-1212",  # day 0
        "19120012-1212",  # month 0
        "19121232-1212",  # day 32
    ],
)
def test_invalid_birth_date(written):
    assert error_of(written) == "Personnumret innehåller inget giltigt födelsedatum."


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("123", 3),
        ("19121212-121", 11),
        ("1912121212123", 13),
        ("912121212", 9),
        ("19121212-12121", 13),
        ("+", 0),
    ],
)
def test_wrong_length_names_the_digit_count(written, digits):
    message = error_of(written)
    assert message == (
        f"Personnumret har {digits} siffror; det ska ha 10 (ÅÅMMDD-NNNN) eller 12 (ÅÅÅÅMMDD-NNNN)."
    )


@pytest.mark.parametrize("written", ["19121212-12A2", "abc", "Tolvan", "19121212/1212", "1912.12.12-1212"])
def test_letters_and_other_characters(written):
    assert error_of(written) == "Personnumret får bara innehålla siffror och bindestreck (ÅÅÅÅMMDD-NNNN)."


@pytest.mark.parametrize("written", ["", "   ", None, "\n"])
def test_empty(written):
    assert error_of(written) == "Ange personnummer eller samordningsnummer."


def test_future_birth_date_in_12_digit_form():
    tomorrow = make_pnr(TODAY + dt.timedelta(days=1), serial=980)
    assert error_of(tomorrow) == "Födelsedatumet i personnumret ligger i framtiden."


def test_future_birth_date_in_10_digit_form():
    # 261125-…, written with '-' in 2026, is 2026-11-25: five days from "today"
    later_this_year = make_pnr(dt.date(2026, 11, 25), serial=985)
    assert error_of(short10(later_this_year)) == "Födelsedatumet i personnumret ligger i framtiden."


def test_future_samordningsnummer():
    tomorrow = make_pnr(TODAY + dt.timedelta(days=1), serial=980, coordination=True)
    assert error_of(tomorrow) == "Födelsedatumet i personnumret ligger i framtiden."


def test_error_carries_the_field_name_and_the_message_as_text():
    with pytest.raises(ValidationError) as info:
        parse("19121212-1213")
    assert info.value.errors == {"personnummer": "Kontrollsiffran stämmer inte. Kontrollera personnumret."}
    assert str(info.value) == "Kontrollsiffran stämmer inte. Kontrollera personnumret."


# -- helpers ----------------------------------------------------------------------------------

def test_format_display():
    assert personnummer.format_display(TOLVAN12) == TOLVAN
    assert personnummer.format_display(None) == ""
    assert personnummer.format_display("") == ""


@pytest.mark.parametrize("query", ["19121212-1212", "191212121212", "1912 1212 1212", "19121212+1212"])
def test_search_digits(query):
    assert personnummer.search_digits(query) == TOLVAN12


# -- properties -------------------------------------------------------------------------------

birth_dates = st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2008, 12, 31))
serials = st.integers(min_value=980, max_value=999)


@settings(max_examples=300, database=None, deadline=None)
@given(birth=birth_dates, serial=serials, coordination=st.booleans())
def test_every_written_form_parses_to_the_same_12_digits(birth, serial, coordination):
    digits = make_pnr(birth, serial, coordination)
    forms = [short10(digits, "-"), short10(digits, ""), digits, dashed12(digits), " ".join(dashed12(digits))]
    parsed = [parse(form) for form in forms]
    assert {p.digits12 for p in parsed} == {digits}
    assert {p.birth_date for p in parsed} == {birth}
    assert {p.is_coordination for p in parsed} == {coordination}


@settings(max_examples=300, database=None, deadline=None)
@given(birth=birth_dates, serial=serials, position=st.integers(2, 11), delta=st.integers(1, 9))
def test_any_single_digit_typo_after_the_century_is_refused(birth, serial, position, delta):
    # The check digit covers YYMMDDNNNC (not the century), and Luhn catches every single-digit change.
    digits = make_pnr(birth, serial)
    typo = digits[:position] + str((int(digits[position]) + delta) % 10) + digits[position + 1:]
    with pytest.raises(ValidationError) as info:
        parse(typo)
    assert set(info.value.errors) == {"personnummer"}


@pytest.mark.parametrize("written", ["09121212-1212", "18121212-1212", "00121212-1212"])
def test_implausible_century_is_refused(written):
    assert "födelsedatum" in error_of(written)


def test_with_check_digit_makes_tolvan():
    assert personnummer.with_check_digit(dt.date(1912, 12, 12), 121) == TOLVAN12


@settings(max_examples=200, database=None, deadline=None)
@given(birth=birth_dates, serial=serials)
def test_with_check_digit_makes_numbers_that_parse(birth, serial):
    digits = personnummer.with_check_digit(birth, serial)
    assert digits == make_pnr(birth, serial)
    assert parse(digits).digits12 == digits


def test_the_check_digit_and_the_whole_number_agree_with_stdnum():
    """parse checks dates and the Luhn digit itself (stdnum doubled its cost); on many numbers it must
    say what stdnum says: valid exactly when stdnum's personnummer and luhn say so."""
    import random

    from stdnum.se import personnummer as stdnum_pnr

    from app.models.personnummer import luhn_ok

    rng = random.Random(12)
    for _ in range(20_000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((9, 10, 11))))
        assert luhn_ok(digits) == luhn.is_valid(digits), digits
    today = dt.date(2026, 11, 20)
    for _ in range(20_000):
        year, month, day = rng.randint(1900, 2026), rng.randint(0, 13), rng.randint(0, 32)
        text = f"{year:04d}{month:02d}{day:02d}-{rng.randint(0, 9999):04d}"
        try:
            born = dt.date(year, month, day)
        except ValueError:
            born = None
        try:
            personnummer.parse(text, today)
            ours = True
        except ValidationError:
            ours = False
        if born is not None and born > today:
            assert not ours, text  # stdnum does not know today
        else:
            assert ours == stdnum_pnr.is_valid(text), text


# -- the gender a number proposes (issue 14) ------------------------------------------------------

@pytest.mark.parametrize(("text", "gender"), [
    ("19121212-1212", "man"),  # second-to-last digit 1: odd
    ("19850312-9820", "kvinna"),  # 2: even
    ("850312-9812", "man"),  # the short form too
    ("19900574-9933", "man"),  # a samordningsnummer (day + 60) the same way
    ("19900574-9842", "kvinna"),
])
def test_a_valid_number_proposes_the_gender_of_its_second_to_last_digit(text, gender):
    assert personnummer.proposed_gender(text, TODAY) == gender
    assert personnummer.parse(text, TODAY).gender == gender


@pytest.mark.parametrize("text", ["", "19121212-1213", "19121212", "R1912121212", "121212-AB12", "19123312-1212"])
def test_no_number_a_reserve_number_or_an_invalid_one_proposes_nothing(text):
    assert personnummer.proposed_gender(text, TODAY) is None
