"""More than one responsible per sub-goal (issue 14): the service, its messages, and migration 18,
which turns every stored single responsible into a one-element list without touching a locked row."""

from __future__ import annotations

import pytest

from app.models import sqlite_driver
from app.models.errors import ValidationError
from app.models.plans import PlanInput, SubGoalInput
from tests import builders
from tests.builders import database_at_version, old_case_sql
from tests.support import TODAY


def _plan(store, case_id, *goals: SubGoalInput):
    return store.plans.save(case_id, PlanInput(main_goal="Arbeta kvar med färre frånvarodagar", sub_goals=list(goals)))


def _goal(responsible, other="", text="Pauser inlagda i schemat"):
    return SubGoalInput(text=text, responsible=responsible, responsible_other=other,
                        start_date=TODAY.isoformat())


def test_two_responsible_are_kept_in_vocabulary_order_and_named_together(store, case):
    version = _plan(store, case.id, _goal(["chef", "klienten"]), _goal(["hr", "annan"], "Facket", "Omplacering"))
    first, second = version.sub_goals
    assert first.responsible == ("klienten", "chef") and first.responsible_label == "Klienten, Chef"
    assert first.responsible_text(client="Du") == "Du, Chef"
    assert second.responsible_label == "HR, Annan: Facket"
    again = store.plans.save(case.id, version.as_input())  # a draft saved again keeps both
    assert again.sub_goals[0].responsible == ("klienten", "chef")
    data = again.as_input()
    data.sub_goals[0].responsible = ["arbetsledare"]
    assert store.plans.save(case.id, data).sub_goals[0].responsible == ("arbetsledare",)


def test_responsible_refusals_name_the_field(store, case):
    with pytest.raises(ValidationError) as refused:
        _plan(store, case.id, _goal([]), _goal(["chef", "rektor"]), _goal(["annan"]), _goal(["chef"], "Facket"))
    errors = refused.value.errors
    assert errors["sub_goals[0].responsible"] == "Välj ansvarig för delmål 1."
    assert errors["sub_goals[1].responsible"] == "Välj ansvarig för delmål 2 ur listan."
    assert errors["sub_goals[2].responsible_other"] == "Ange vem som är ansvarig för delmål 3."
    assert errors["sub_goals[3].responsible_other"] == ("Annan ansvarig för delmål 4 är ifylld men ansvarig är "
                                                        "Chef. Välj Annan eller töm fältet.")
    assert store.plans.latest(case.id) is None


def test_a_signed_versions_responsible_are_locked_in_the_schema(store, case):
    version = builders.agreed_plan(store, case.id)
    store.plans.sign(version.id)
    goal = version.sub_goals[0].id
    for sql in ("INSERT INTO plan_goal_responsible (goal_id, responsible) VALUES (?, 'hr')",
                "DELETE FROM plan_goal_responsible WHERE goal_id = ?",
                "UPDATE plan_goal_responsible SET responsible = 'hr' WHERE goal_id = ?"):
        with pytest.raises(sqlite_driver.IntegrityError, match="signerad"), store.transaction() as tx:
            tx.execute(sql, (goal,))
    assert store.plans.get(version.id).sub_goals[0].responsible == version.sub_goals[0].responsible


def test_migration_18_turns_each_single_responsible_into_a_one_element_list(tmp_path):
    from app.models import migrations
    from app.models.store import Store

    mine = migrations.MIGRATIONS.index(migrations._m018_sub_goal_responsibles)
    path = tmp_path / "old.sqlite"
    conn = database_at_version(path, mine)
    conn.executescript(old_case_sql("korttidsfranvaro") + """
        INSERT INTO plan_versions (id, case_id, version, main_goal, agreed_date, agreed_participants, agreed_at,
                                   agreed_by, created_at, created_by, updated_at)
            VALUES (1, 1, 1, 'Arbeta kvar', '2026-11-10', 'Klienten', 'x', 1, 'x', 1, 'x'),
                   (2, 1, 2, 'Arbeta kvar', NULL, '', NULL, NULL, 'x', 1, 'x');
        INSERT INTO plan_goals (id, plan_version_id, position, lineage_id, text, responsible, responsible_other,
                                start_date, follow_up_date)
            VALUES (1, 1, 0, 1, 'Pauser', 'arbetsledare', '', '2026-11-10', '2026-12-01'),
                   (2, 1, 1, 2, 'Facket med', 'annan', 'Facket', '2026-11-10', NULL),
                   (3, 2, 0, 1, 'Pauser', 'klienten', '', '2026-11-10', NULL);
        UPDATE plan_versions SET signed_at = '2026-11-10 12:00:00', signed_by = 1 WHERE id = 1;
    """)
    before = conn.execute("SELECT * FROM plan_goals ORDER BY id").fetchall()
    conn.close()
    store = Store.open(path)
    try:
        assert store.query_tuples("SELECT goal_id, responsible FROM plan_goal_responsible ORDER BY goal_id") == [
            (1, "arbetsledare"), (2, "annan"), (3, "klienten")]
        assert store.query_tuples("SELECT * FROM plan_goals ORDER BY id") == [tuple(r) for r in before]
        signed = store.plans.get(1)
        assert [g.responsible_label for g in signed.sub_goals] == ["Arbetsledare", "Annan: Facket"]
        assert signed.is_signed and [g.responsible for g in store.plans.get(2).sub_goals] == [("klienten",)]
        with pytest.raises(sqlite_driver.IntegrityError, match="signerad"), store.transaction() as tx:
            tx.execute("INSERT INTO plan_goal_responsible (goal_id, responsible) VALUES (1, 'chef')")
    finally:
        store.close()


def test_a_struck_versions_responsible_are_locked_too(store, case):
    version = _plan(store, case.id, _goal(["klienten", "hr"]))
    store.plans.strike(version.id, "Fel ärende.")
    goal = version.sub_goals[0].id
    for sql in ("INSERT INTO plan_goal_responsible (goal_id, responsible) VALUES (?, 'chef')",
                "DELETE FROM plan_goal_responsible WHERE goal_id = ?"):
        with pytest.raises(sqlite_driver.IntegrityError, match="makulerad"), store.transaction() as tx:
            tx.execute(sql, (goal,))
    assert store.plans.get(version.id).sub_goals[0].responsible == ("klienten", "hr")
