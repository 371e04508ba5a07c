"""Field parsing shared by the services: each check adds a Swedish message for its field.

Usage::

    check = FieldCheck()
    name = check.text("first_name", "Förnamn", value, required=True, max_len=200)
    check.raise_if_any()
"""

from __future__ import annotations

import datetime as dt

from app.models.errors import ValidationError
from app.models.vocab import Choices

NAME_MAX = 200
LONG_TEXT_MAX = 5_000_000  # free text: generous, but a pasted file of gigabytes is refused


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
        text = (value or "").strip() if single_line else (value or "")
        if single_line and ("\n" in text or "\r" in text):
            self.fail(field, f"{label} får inte innehålla radbrytningar.")
        if "\x00" in text:
            self.fail(field, f"{label} innehåller ett otillåtet tecken (NUL).")
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
    ) -> dt.date | None:
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
        if not_after is not None and parsed > not_after:
            self.fail(field, f"{label} kan inte ligga i framtiden.")
        return parsed


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def to_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
