"""The access log (app/models/access_log.py): what a row holds, and that no SQL can rewrite it."""

from __future__ import annotations

import pytest

from app.models import sqlite_driver
from app.models.access_log import LogAction
from app.models.errors import RuleError


def test_a_row_names_action_unit_time_user_client_and_what(store, user, case):
    store.access_log.record(LogAction.OPEN_CASE, case_id=case.id, what="ärende 2026-0001")
    [entry] = store.access_log.for_client(case.client_id)
    assert (entry.action, entry.case_id, entry.client_id, entry.what) == ("open_case", case.id, case.client_id,
                                                                           "ärende 2026-0001")
    assert (entry.user_id, entry.user_name) == (user.id, "Anna Andersson")
    assert entry.at == "2026-11-20 10:00:00"
    assert entry.unit == "Arbetsmarknadsavdelningen"
    assert entry.action_label == "Öppnade ärende"


def test_the_unit_is_the_one_set_then(store, case):
    store.settings.set("unit_name", "AMA Norra")
    store.access_log.record(LogAction.OPEN_CASE, case_id=case.id)
    store.settings.set("unit_name", "AMA Södra")
    assert [e.unit for e in store.access_log.for_client(case.client_id)] == ["AMA Norra"]


def test_a_row_written_in_a_failed_transaction_is_gone_with_it(store, case):
    with pytest.raises(RuleError), store.transaction() as tx:
        store.access_log.record(LogAction.WRITE, case_id=case.id, tx=tx)
        raise RuleError("refused")
    assert store.access_log.for_client(case.client_id) == []


def test_no_row_can_be_changed(store, case):
    store.access_log.record(LogAction.OPEN_CASE, case_id=case.id)
    with pytest.raises(sqlite_driver.IntegrityError, match="kan inte ändras"), store.transaction() as tx:
        tx.execute("UPDATE access_log SET user_name = 'Någon annan'")
    assert store.access_log.for_client(case.client_id)[0].user_name == "Anna Andersson"


def test_a_row_younger_than_five_years_cannot_be_deleted_an_older_one_can(store, case):
    store.access_log.record(LogAction.OPEN_CASE, case_id=case.id)
    with pytest.raises(sqlite_driver.IntegrityError, match="minst fem år"), store.transaction() as tx:
        tx.execute("DELETE FROM access_log")
    # the trigger reads the database's own clock, not the app's: a row dated six years back may go
    with store.transaction() as tx:
        tx.execute("INSERT INTO access_log (at, unit, action)"
                   " VALUES (datetime('now', 'localtime', '-6 years'), 'x', 'x')")
        tx.execute("DELETE FROM access_log WHERE unit = 'x'")
    assert [e.action for e in store.access_log.latest()] == ["open_case", "sign_in"]  # the fixture's sign-in


def test_every_write_in_a_case_leaves_a_write_row(store, case):
    store.notes.add(case.id, "2026-11-19", "samtal", "Första samtalet.")
    store.process.save_answer(case.id, "utreda.vem", "Klienten berättar.")
    actions = [(e.action, e.case_id) for e in store.access_log.for_client(case.client_id)]
    assert actions.count(("write", case.id)) >= 2
