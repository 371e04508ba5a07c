"""The unit's settings, kept in the ``settings`` table (key -> text), with their defaults here.

    store.settings.plan_deadline_days()        # 28 unless changed
    store.settings.set_plan_deadline_days(21)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.checks import whole_number
from app.models.fields import FieldCheck

if TYPE_CHECKING:
    from app.models.store import Store

PLAN_DEADLINE_DAYS = "plan_deadline_days"  # an AMA employee's plan is due this many days after the start
INACTIVITY_WEEKS = "inactivity_weeks"  # a case with no activity for this long shows on the start page
UNSIGNED_DAYS = "unsigned_days"  # an entry left unsigned longer than this shows on the start page (R2)
DEFAULTS = {PLAN_DEADLINE_DAYS: 28, INACTIVITY_WEEKS: 4, UNSIGNED_DAYS: 3}


class Settings:
    def __init__(self, store: Store):
        self.store = store

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self.store.query_value("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else value

    def set(self, key: str, value: str) -> None:
        with self.store.transaction() as tx:
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def get_int(self, key: str) -> int:
        """The stored whole number, or the default when unset or unreadable."""
        try:
            return int(self.get(key) or DEFAULTS[key])
        except ValueError:
            return DEFAULTS[key]

    def _set_int(self, key: str, label: str, value, low: int, high: int) -> int:
        check = FieldCheck()
        number = whole_number(check, key, label, value, low=low, high=high, required=True)
        check.raise_if_any()
        self.set(key, str(number))
        return number  # type: ignore[return-value]

    def plan_deadline_days(self) -> int:
        return self.get_int(PLAN_DEADLINE_DAYS)

    def set_plan_deadline_days(self, days: int | str) -> int:
        return self._set_int(PLAN_DEADLINE_DAYS, "Tid till utvecklingsplan (dagar)", days, 1, 365)

    def inactivity_weeks(self) -> int:
        return self.get_int(INACTIVITY_WEEKS)

    def set_inactivity_weeks(self, weeks: int | str) -> int:
        return self._set_int(INACTIVITY_WEEKS, "Veckor utan aktivitet", weeks, 1, 104)

    def unsigned_days(self) -> int:
        return self.get_int(UNSIGNED_DAYS)

    def set_unsigned_days(self, days: int | str) -> int:
        return self._set_int(UNSIGNED_DAYS, "Dagar innan en osignerad post visas på Att göra", days, 0, 365)
