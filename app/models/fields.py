"""Field parsing shared by the services: each check adds a Swedish message for its field.

Usage::

    check = FieldCheck()
    name = check.text("first_name", "Förnamn", value, required=True, max_len=200)
    check.raise_if_any()
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from app.models.errors import ValidationError
from app.models.vocab import Choices

NAME_MAX = 200
LONG_TEXT_MAX = 5_000_000  # free text: generous, but a pasted file of gigabytes is refused

# Dates with meaning. Nothing ATAMA records (a referral, an event in a case, a consent, a plan, a
# group session, a log period) lies before EARLIEST_DAY: "1901-03-04" or "0026-11-02" is a typed
# year gone wrong, and caught here for every date field. Birth dates are not FieldCheck dates (they
# come from the personnummer or the birth year, from 1900). On top of that floor each service keeps
# its own order: a case's events never before its referral (checks.not_before_referral), the referral
# never before the client's birth (cases.py), an event never in the future (``not_after=today``), and
# a planned date (a follow-up, a goal's target, a group session) at most PLANNING_YEARS ahead.
EARLIEST_DAY = dt.date(1990, 1, 1)
PLANNING_YEARS = 5


def planning_horizon(today: dt.date) -> dt.date:
    """The latest day a planned date may lie on: PLANNING_YEARS after ``today`` (28 Feb for 29 Feb)."""
    try:
        return today.replace(year=today.year + PLANNING_YEARS)
    except ValueError:
        return today.replace(year=today.year + PLANNING_YEARS, day=28)


class FieldCheck:
    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    def text(
        self,
        field: str,
        label: str,
        value: str | None,
        *,
        required: bool = False,
        max_len: int = LONG_TEXT_MAX,
        single_line: bool = False,
    ) -> str:
        """The text cleaned by ``clean_text`` (below); a message when it is required and empty after
        cleaning, too long, or (single-line) holds a character that cannot be stored."""
        text = clean_text(value, single_line=single_line)
        if single_line and _BROKEN.search(text):
            self.fail(field, f"{label} innehåller ett tecken som inte kan sparas (trasig teckenkodning). "
                             "Skriv in det igen.")
        if required and not text.strip():
            self.fail(field, f"{label} måste fyllas i.")
        if len(text) > max_len:
            self.fail(field, f"{label} får vara högst {max_len:,} tecken (nu {len(text):,}).".replace(",", " "))
        return text

    def choice(self, field: str, label: str, value: str | None, choices: Choices) -> str:
        if value not in choices:
            self.fail(field, f"Välj {label.lower()}.")
            return ""
        return value  # type: ignore[return-value]

    def date(
        self,
        field: str,
        label: str,
        value: str | dt.date | None,
        *,
        required: bool = False,
        not_after: dt.date | None = None,
        latest: dt.date | None = None,
    ) -> dt.date | None:
        """A date as typed (ISO text or a date). ``not_after`` is today for what has happened (the
        message says "i framtiden"); ``latest`` is the planning horizon for what is planned
        (``planning_horizon(today)``). Never before EARLIEST_DAY."""
        if value is None or value == "":
            if required:
                self.fail(field, f"{label} måste anges.")
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            parsed = value
        else:
            try:
                parsed = dt.date.fromisoformat(str(value).strip())
            except ValueError:
                self.fail(field, f"{label} är inget giltigt datum (ÅÅÅÅ-MM-DD).")
                return None
        if parsed < EARLIEST_DAY:
            self.fail(field, f"{label} kan inte ligga före {EARLIEST_DAY.year} ({parsed.isoformat()}). "
                             "Kontrollera årtalet.")
        elif not_after is not None and parsed > not_after:
            self.fail(field, f"{label} kan inte ligga i framtiden.")
        elif latest is not None and parsed > latest:
            self.fail(field, f"{label} ligger för långt fram ({parsed.isoformat()}); senast "
                             f"{latest.isoformat()} går att ange. Kontrollera årtalet.")
        return parsed


# -- text as it is stored ---------------------------------------------------------------------------
# One rule for every text a person hands in. The window, the CLI and the Excel import all call the
# services, and every service passes its text through ``FieldCheck.text`` (or ``clean_text`` where a
# service has no field to name, e.g. a step's autosaved answer).
#
# - Unicode NFC: "Å" typed as one character or as A + ring is one name for matching, search and sorting.
#   NFC only joins what is canonically the same, so nothing a reader sees changes.
# - Control characters (C0, C1, DEL), NUL included, are removed: nothing a person types, and NUL
#   cuts text short in other programs. In free text tab and newline stay, Windows and old Mac line
#   ends become "\n", and the other line breaks (vertical tab, form feed, NEL, U+2028/9) become "\n"
#   too rather than gluing two lines' words together.
# - Invisible formatting characters that change what the next reader sees: the bidi embeddings,
#   overrides and isolates (U+202A-U+202E, U+2066-U+2069; a name with U+202E shows reversed) and the
#   zero-width space, word joiner and byte-order mark (U+200B, U+2060, U+FEFF: pasted junk that
#   splits words for search) are removed from all text. Free text keeps the zero-width (non-)joiner
#   U+200C/U+200D (emoji such as a family and some scripts' spelling need them) and the direction
#   marks U+200E/U+200F (a quoted Arabic or Hebrew phrase; they reorder nothing around them).
# - Single-line fields (names, phone, e-mail, "Annan ..."): every kind of white space, newline and
#   tab included, becomes one plain space, runs of spaces become one, the ends are trimmed, and every
#   remaining control or format character (Unicode Cc, Cf: also the joiners, marks and soft hyphen)
#   is removed, since a name must match the same name typed plainly.
# - A lone surrogate (half of a UTF-16 pair: broken bytes from a file or the command line; SQLite
#   cannot store it and raised UnicodeEncodeError before) becomes U+FFFD, the visible replacement
#   character, where a pair is not whole. In free text that is what is stored: an autosaved answer is
#   never refused for a character nobody can see or type, and the mark shows where to look. A
#   single-line field with one (or U+FFFD itself) gets a message instead: a broken name identifies
#   nobody, and guessing the letter is not ours to do.
_LINE_BREAKS = {0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n"}
_INVISIBLE = (0x200B, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_FREE_TEXT = str.maketrans({
    **{c: None for c in (*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0), *_INVISIBLE)},
    **_LINE_BREAKS,
})
_FREE_TEXT_DIRTY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\u202a-\u202e\u2060"
                              "\u2066-\u2069\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BROKEN = re.compile("[\ud800-\udfff\ufffd]")
_SPACES = re.compile(r"\s+")


def clean_text(value: str | None, *, single_line: bool = False) -> str:
    r"""Text as it is stored (the rule above): ``clean_text("Anna\u202e ") == "Anna"``; free text keeps
    its lines: ``clean_text("rad 1\r\nrad\x00 2") == "rad 1\nrad 2"``."""
    text = value or ""
    if not text:
        return ""
    if _SURROGATE.search(text):  # join a pair split in two, replace the halves left alone
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if single_line:
        if not (text.isascii() and text.isprintable()):
            text = "".join(c for c in _SPACES.sub(" ", text) if unicodedata.category(c) not in ("Cc", "Cf"))
        return _SPACES.sub(" ", text).strip()
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _FREE_TEXT_DIRTY.search(text):
        text = text.translate(_FREE_TEXT)
    return text


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def to_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
