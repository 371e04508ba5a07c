"""Field checks the plans, interventions, closure and group services share (beside fields.py).
Whether a case takes changes is cases.py's (``store.cases.require_open``)."""

from __future__ import annotations

import datetime as dt

from app.models.fields import FieldCheck


def whole_number(
    check: FieldCheck,
    field: str,
    label: str,
    value: int | str | None,
    *,
    low: int = 0,
    high: int | None = None,
    required: bool = False,
    unit: str = "",
) -> int | None:
    """A whole number as typed ("45", " 45 ", 45); None when empty and not required."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            check.fail(field, f"{label} måste anges.")
        return None
    if isinstance(value, bool):
        check.fail(field, f"{label} måste vara ett heltal.")
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = str(value).strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
        if unit and text.endswith(unit):
            text = text[: -len(unit)]
        try:
            number = int(text, 10)
        except ValueError:
            check.fail(field, f"{label} måste vara ett heltal.")
            return None
    suffix = f" {unit}" if unit else ""
    if number < low:
        check.fail(field, f"{label} kan inte vara negativ." if low == 0 else f"{label} måste vara minst {low}{suffix}.")
        return None
    if high is not None and number > high:
        check.fail(field, f"{label} får vara högst {high:,}{suffix}.".replace(",", " "))
        return None
    return number


def parse_day(value: str | dt.date | None, today: dt.date) -> dt.date:
    if value is None or value == "":
        return today
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def not_before_referral(check: FieldCheck, field: str, label: str, day: dt.date | None, referral: str | None) -> None:
    """An event date (the day the thing happened) never lies before the case's referral."""
    if day is not None and referral and day.isoformat() < referral:
        check.fail(field, f"{label} kan inte ligga före remissdatum ({referral}).")
