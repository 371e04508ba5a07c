"""Field checks the plans, interventions, closure and group services share (beside fields.py)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.models.errors import NotFound, RuleError
from app.models.fields import FieldCheck

if TYPE_CHECKING:
    from app.models.store import Store, Writer


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


def case_state(store: Store, case_id: int) -> tuple[str, str, str]:
    """(status, referral date, target group) of a case; NotFound when it does not exist."""
    row = store.query_tuples(
        "SELECT status, referral_date, target_group FROM cases WHERE id = ?", (case_id,)
    )
    if not row:
        raise NotFound(f"Ärendet {case_id} finns inte.")
    return row[0]


def require_open_case(store: Store, case_id: int) -> tuple[str, str, str]:
    """Writes to a closed case are refused, as in the process: reopen Avsluta first."""
    state = case_state(store, case_id)
    if state[0] == "avslutad":
        raise RuleError("Ärendet är avslutat. Öppna steget Avsluta igen för att ändra.")
    return state


def touch_case(tx: Writer, case_id: int, stamp: str) -> None:
    """Something was written in the case: its ``updated_at`` moves (the start page reads it)."""
    tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (stamp, case_id))


def parse_day(value: str | dt.date | None, today: dt.date) -> dt.date:
    if value is None or value == "":
        return today
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
