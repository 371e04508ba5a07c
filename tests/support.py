"""Helpers shared by all tests: the one fixed clock, test personnummer, and a row count.

Only test numbers are used: Skatteverket's well-known 19121212-1212 (Tolvan Tolvansson) and numbers
with a birth number (serial) in 980-999, the range Skatteverket sets aside for test identities.
"""

from __future__ import annotations

import datetime as dt

from stdnum import luhn

from app.models.users import hash_password

FIXED_NOW = dt.datetime(2026, 11, 20, 10, 0)
TODAY = FIXED_NOW.date()
FIXED_TIMESTAMP = "2026-11-20 10:00:00"

TOLVAN = "19121212-1212"
TOLVAN12 = "191212121212"

# Anna's password in the ``store`` fixture, and every test user's (tests/builders.py sign_in_as). Its
# hash has scrypt's cheapest parameters (they are stored in the hash, so checking it costs
# microseconds, not the app's 40 ms): a thousand tests sign Anna in.
TEST_PASSWORD = "anna-testlösen"
TEST_PASSWORD_HASH = hash_password(TEST_PASSWORD, n=2, r=1, p=1)

STEP_KEYS = ["informera", "utreda", "planera", "utvardera", "avsluta"]


def count(store, table: str) -> int:
    """Rows in ``table``."""
    return store.query_value(f"SELECT count(*) FROM {table}")


def make_pnr(birth: dt.date, serial: int = 982, coordination: bool = False) -> str:
    """12 digits, YYYYMMDDNNNC, with a correct check digit (day + 60 for a samordningsnummer)."""
    assert 980 <= serial <= 999, "use Skatteverket's test serials only"
    day = birth.day + 60 if coordination else birth.day
    body = f"{birth.year % 100:02d}{birth.month:02d}{day:02d}{serial:03d}"
    return f"{birth.year:04d}{body[2:]}{luhn.calc_check_digit(body)}"

def with_bad_check_digit(digits12: str) -> str:
    wrong = (int(digits12[-1]) + 1) % 10
    return f"{digits12[:-1]}{wrong}"

def dashed12(digits12: str) -> str:
    """YYYYMMDD-NNNC"""
    return f"{digits12[:8]}-{digits12[8:]}"

def short10(digits12: str, sep: str = "-") -> str:
    """YYMMDD-NNNC (or with '+' for 100 years and older, or '' for no separator)."""
    return f"{digits12[2:8]}{sep}{digits12[8:]}"
