"""The unit's settings, kept in the ``settings`` table (key -> text), with their defaults here.

    store.settings.plan_deadline_days()        # 28 unless changed
    store.settings.set_plan_deadline_days(21)

Att göra's rules as the settings window changes them (an administrator's, logged):

    store.settings.save_todo_rules(TodoRules(plan_deadline_days=21, inactivity_weeks=4, unsigned_days=3))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from app.models.allowed import Allowed, refused
from app.models.checks import whole_number
from app.models.fields import FieldCheck
from app.models.log_actions import LogAction
from app.models.texts import translate

if TYPE_CHECKING:
    from app.models.store import Store

PLAN_DEADLINE_DAYS = "plan_deadline_days"  # an AMA employee's plan is due this many days after the start
INACTIVITY_WEEKS = "inactivity_weeks"  # a case with no activity for this long shows on the start page
UNSIGNED_DAYS = "unsigned_days"  # an entry left unsigned longer than this shows on the start page (R2)
DEFAULTS = {PLAN_DEADLINE_DAYS: 28, INACTIVITY_WEEKS: 4, UNSIGNED_DAYS: 3}
# key -> (the field's label in a refusal, lowest, highest)
LIMITS = {PLAN_DEADLINE_DAYS: ("Tid till utvecklingsplan (dagar)", 1, 365),
          INACTIVITY_WEEKS: ("Veckor utan aktivitet", 1, 104),
          UNSIGNED_DAYS: ("Dagar innan en osignerad post visas på Att göra", 0, 365)}


class TodoRules(NamedTuple):
    """The unit's rules for Att göra: the four-week rule's days, inactivity, unsigned entries."""

    plan_deadline_days: int | str = DEFAULTS[PLAN_DEADLINE_DAYS]
    inactivity_weeks: int | str = DEFAULTS[INACTIVITY_WEEKS]
    unsigned_days: int | str = DEFAULTS[UNSIGNED_DAYS]


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

    @staticmethod
    def _checked(check: FieldCheck, key: str, value) -> int | None:
        label, low, high = LIMITS[key]
        return whole_number(check, key, label, value, low=low, high=high, required=True)

    def _set_int(self, key: str, value) -> int:
        check = FieldCheck()
        number = self._checked(check, key, value)
        check.raise_if_any()
        self.set(key, str(number))
        return number  # type: ignore[return-value]

    def plan_deadline_days(self) -> int:
        return self.get_int(PLAN_DEADLINE_DAYS)

    def set_plan_deadline_days(self, days: int | str) -> int:
        return self._set_int(PLAN_DEADLINE_DAYS, days)

    def inactivity_weeks(self) -> int:
        return self.get_int(INACTIVITY_WEEKS)

    def set_inactivity_weeks(self, weeks: int | str) -> int:
        return self._set_int(INACTIVITY_WEEKS, weeks)

    def unsigned_days(self) -> int:
        return self.get_int(UNSIGNED_DAYS)

    def set_unsigned_days(self, days: int | str) -> int:
        return self._set_int(UNSIGNED_DAYS, days)

    # -- Att göra's rules, as the settings window changes them ----------------------------------
    def todo_rules(self) -> TodoRules:
        return TodoRules(self.plan_deadline_days(), self.inactivity_weeks(), self.unsigned_days())

    def may_change_todo_rules(self) -> Allowed:
        """The rules are the unit's, for everyone's Att göra: an administrator's, as the unit's identity is."""
        if not self.store.users.is_admin():
            return refused(translate("settings", "Bara en administratör kan ändra enhetens regler för Att göra."))
        return Allowed.yes()

    def save_todo_rules(self, rules: TodoRules) -> TodoRules:
        """All three in one transaction with a SETTINGS row saying what changed (nothing when nothing did)."""
        self.may_change_todo_rules().require()
        check = FieldCheck()
        wanted = {key: self._checked(check, key, getattr(rules, key)) for key in LIMITS}
        check.raise_if_any()
        before = self.todo_rules()
        changed = [f"{LIMITS[key][0]}: {getattr(before, key)} → {number}" for key, number in wanted.items()
                   if getattr(before, key) != number]
        if changed:
            with self.store.transaction() as tx:
                for key, number in wanted.items():
                    self.set(key, str(number))
                self.store.access_log.record(LogAction.SETTINGS, what="Att göra: " + "; ".join(changed), tx=tx)
        return self.todo_rules()
