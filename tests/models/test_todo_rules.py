"""Att göra's rules as the settings window changes them: an administrator's, checked, logged once."""

from __future__ import annotations

import pytest

from app.models.errors import RuleError, ValidationError
from app.models.log_actions import LogAction
from app.models.settings import TodoRules
from tests.builders import add_user, sign_in_as


def _settings_rows(store):
    return [e for e in store.access_log.latest() if e.action == LogAction.SETTINGS]


def test_an_administrator_changes_the_rules_in_one_logged_step(store):
    saved = store.settings.save_todo_rules(TodoRules(plan_deadline_days="21", inactivity_weeks=6, unsigned_days=3))
    assert saved == TodoRules(21, 6, 3) == store.settings.todo_rules()
    assert store.settings.plan_deadline_days() == 21 and store.settings.inactivity_weeks() == 6
    (row,) = _settings_rows(store)
    assert "28 → 21" in row.what and "4 → 6" in row.what and "osignerad" not in row.what


def test_saving_the_same_rules_again_logs_nothing(store):
    store.settings.save_todo_rules(store.settings.todo_rules())
    assert _settings_rows(store) == []


def test_a_bad_number_refuses_all_three_at_its_field(store):
    with pytest.raises(ValidationError) as refused:
        store.settings.save_todo_rules(TodoRules(plan_deadline_days=14, inactivity_weeks=0, unsigned_days="tre"))
    assert set(refused.value.errors) == {"inactivity_weeks", "unsigned_days"}
    assert store.settings.todo_rules() == TodoRules(28, 4, 3)


def test_someone_who_is_not_an_administrator_may_not_change_them(store):
    bo = add_user(store, "Bo Berg")
    sign_in_as(store, bo.id)
    assert not store.settings.may_change_todo_rules().ok
    with pytest.raises(RuleError, match="administratör"):
        store.settings.save_todo_rules(TodoRules(plan_deadline_days=21))
    assert store.settings.plan_deadline_days() == 28
