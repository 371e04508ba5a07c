"""Signing the records other than notes (issue 11, R2, R3): assessments, plan versions, goal
evaluations, the answers of a finished step and the closure are drafts until their author signs
them; a signed one never changes, no such row is deleted but by a disposal, and the schema refuses
the same to raw SQL. Each signing leaves its access-log row; all of them are on the unsigned list."""

from __future__ import annotations

import pytest

from app.models import sqlite_driver
from app.models.errors import RuleError, ValidationError
from app.models.store import Store
from tests import builders
from tests.builders import database_at_version
from tests.support import FIXED_NOW, FIXED_TIMESTAMP


def refusal(call) -> str:
    with pytest.raises(RuleError) as info:
        call()
    return str(info.value)


def raw(store, sql, params=()):
    with store.transaction() as tx:
        tx.execute(sql, params)


def sign_rows(store, case):
    return [e.what for e in store.access_log.for_client(case.client_id) if e.action == "sign"]


@pytest.fixture
def bertil(store):
    """A second user, another arbetsterapeut; Anna stays signed in."""
    return store.users.add("Bertil Berg", "arbetsterapeut")


def as_user(store, user_id):
    store.user_id = user_id


ANNA_SIGNED = "Signerad av Anna Andersson (arbetsterapeut) 2026-11-20 10:00"


# -- assessments ---------------------------------------------------------------------------------

def test_the_assessor_signs_a_completed_assessment_and_it_is_locked(store, case, bertil):
    draft = store.assessments.start(case.id, "weis-s")
    reason = store.assessments.actions(draft.id).sign.reason
    assert reason == "Markera bedömningen som klar innan den signeras."
    assert refusal(lambda: store.assessments.sign(draft.id)) == reason
    done = builders.completed_assessment(store, case.id)
    as_user(store, bertil.id)
    reason = store.assessments.actions(done.id).sign.reason
    assert reason == "Bara författaren (Anna Andersson) kan signera bedömningen."
    assert refusal(lambda: store.assessments.sign(done.id)) == reason
    as_user(store, done.author_id)
    signed = store.assessments.sign(done.id)
    assert signed.is_signed and signed.signature.text == ANNA_SIGNED
    actions = store.assessments.actions(done.id)
    assert actions.sign.reason == "Bedömningen är redan signerad (2026-11-20 10:00)."
    locked = "Bedömningen är signerad och kan inte ändras. Rätta den med en ny bedömning."
    assert actions.edit.reason == actions.reopen.reason == locked
    assert refusal(lambda: store.assessments.reopen(done.id)) == locked
    assert refusal(lambda: store.assessments.save_text(done.id, "interpretation", "x")) == locked
    assert sign_rows(store, case) == [f"bedömning {done.id}"]


def test_a_signed_assessment_is_corrected_by_a_new_administration(store, case):
    done = builders.completed_assessment(store, case.id)
    assert refusal(lambda: store.assessments.correct(done.id, "Fel skala")) == (
        "Bara en signerad bedömning rättas; ett utkast ändras direkt.")
    store.assessments.sign(done.id)
    with pytest.raises(ValidationError):
        store.assessments.correct(done.id, " ")
    fix = store.assessments.correct(done.id, "Ett påstående var felbedömt.")
    assert (fix.corrects_id, fix.correction_reason, fix.is_draft, fix.assessment_date) == (
        done.id, "Ett påstående var felbedömt.", True, done.assessment_date)
    assert fix.ratings == done.ratings and fix.instrument_version == done.instrument_version
    store.assessments.save_rating(fix.id, "professional", "time_demands", 1)  # the copy is a draft
    old = store.assessments.get(done.id)
    assert old.is_corrected and old.corrected_by_id == fix.id and old.ratings == done.ratings
    actions = [(e.action, e.what) for e in store.access_log.for_client(case.client_id)]
    assert ("correct", f"bedömning {done.id} rättad genom {fix.id}") in actions


def test_a_corrected_assessment_is_not_corrected_again_until_its_correction_is_struck(store, case):
    done = builders.completed_assessment(store, case.id)
    store.assessments.sign(done.id)
    fix = store.assessments.correct(done.id, "Ett påstående var felbedömt.")
    assert refusal(lambda: store.assessments.correct(done.id, "Igen")) == (
        "Bedömningen är redan rättad. Rätta rättelsen i stället.")
    store.assessments.strike(fix.id, "Startad av misstag")
    assert store.assessments.actions(done.id).correct.ok


# -- plan versions ---------------------------------------------------------------------------------

def test_the_plan_versions_author_signs_it_once_agreed_and_the_next_version_corrects_it(store, case, bertil):
    from app.models.plans import PlanInput

    builders.finished_survey(store, case.id)
    draft = store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid.", follow_up_date="2026-12-20"))
    reason = store.plans.actions(case.id, draft.id).sign.reason
    assert reason == "Planversionen signeras när den är överenskommen med klienten."
    assert refusal(lambda: store.plans.sign(draft.id)) == reason
    agreed = store.plans.agree(draft.id, "2026-11-20", "Klienten")
    as_user(store, bertil.id)
    assert refusal(lambda: store.plans.sign(agreed.id)) == (
        "Bara författaren (Anna Andersson) kan signera planversionen.")
    as_user(store, agreed.author_id)
    signed = store.plans.sign(agreed.id)
    assert signed.signature.text == ANNA_SIGNED
    assert store.plans.actions(case.id, agreed.id).sign.reason == "Planversionen är redan signerad (2026-11-20 10:00)."
    second = store.plans.save(case.id, PlanInput(main_goal="Arbeta heltid.", follow_up_date="2026-12-20"))
    assert (second.version, second.is_signed) == (2, False)  # the correction: the next version
    assert store.plans.get(agreed.id).main_goal == "Arbeta halvtid."
    assert sign_rows(store, case) == [f"planversion {agreed.id} (version 1)"]


# -- evaluations ------------------------------------------------------------------------------------

def test_the_evaluations_writer_signs_it_and_it_is_locked(store, case, bertil):
    from app.models.evaluation import EvaluationInput

    builders.agreed_plan(store, case.id)
    goals = store.evaluation.goals(case.id)
    assert goals[0].actions.sign.reason == "Målet är inte utvärderat än; spara utvärderingen innan den signeras."
    anna = store.user_id
    as_user(store, bertil.id)
    goal = builders.evaluated_goal(store, case.id)  # Bertil wrote it
    assert goal.author_id == bertil.id
    as_user(store, anna)
    assert refusal(lambda: store.evaluation.sign(goal.evaluation_id)) == (
        "Bara författaren (Bertil Berg) kan signera utvärderingen.")
    as_user(store, bertil.id)
    signed = store.evaluation.sign(goal.evaluation_id)
    assert signed.signature.text == "Signerad av Bertil Berg (arbetsterapeut) 2026-11-20 10:00"
    locked = "Utvärderingen är signerad och kan inte ändras. Skriv en rättelse som journalanteckning."
    assert signed.actions.edit.reason == locked
    assert refusal(lambda: store.evaluation.evaluate(case.id, None, EvaluationInput(
        attainment="delvis", now="Annat", reason="x"))) == locked
    sub_goal = store.evaluation.goals(case.id)[1]  # the other goal is still evaluated as before
    assert store.evaluation.evaluate(case.id, sub_goal.goal_id, EvaluationInput(
        attainment="uppnatt", now="Klarar morgonpasset.")).is_evaluated
    assert sign_rows(store, case) == [f"utvärdering {goal.evaluation_id}"]


# -- the answers of a finished step ---------------------------------------------------------------

def test_the_one_who_finished_a_step_signs_its_answers_and_it_is_not_reopened(store, case, bertil):
    store.process.save_answer(case.id, "utreda.vem", "Klienten.")
    reason = store.process.actions(case.id, "utreda").sign.reason
    assert reason == "Markera steget Utreda som klart innan svaren signeras."
    assert refusal(lambda: store.process.sign(case.id, "utreda")) == reason
    anna = store.user_id
    as_user(store, bertil.id)
    store.process.complete(case.id, "utreda")  # Bertil finished it
    as_user(store, anna)
    assert refusal(lambda: store.process.sign(case.id, "utreda")) == (
        "Bara författaren (Bertil Berg) kan signera steget utreda.")
    as_user(store, bertil.id)
    status = store.process.sign(case.id, "utreda")
    assert status.signature.text == "Signerad av Bertil Berg (arbetsterapeut) 2026-11-20 10:00"
    locked = "Steget Utreda är signerat och kan inte ändras. Skriv en rättelse som journalanteckning."
    actions = store.process.actions(case.id, "utreda")
    assert (actions.edit.reason, actions.reopen.reason) == (locked, locked)
    assert refusal(lambda: store.process.reopen(case.id, "utreda")) == locked
    assert refusal(lambda: store.process.save_answer(case.id, "utreda.behov", "Mer.")) == locked
    assert actions.sign.reason == "Steget Utreda är redan signerat (2026-11-20 10:00)."
    store.process.save_answer(case.id, "informera.fokus", "Annat steg.")  # other steps go on
    assert sign_rows(store, case) == ["steget utreda"]


def test_avsluta_is_signed_as_the_closure_which_stays_when_the_case_is_reopened(store, case, bertil):
    assert store.process.actions(case.id, "avsluta").sign.reason == (
        "Avsluta signeras som avslutet: avsluta ärendet först.")
    closure = builders.closed_case(store, case.id)
    assert closure.actions.sign.ok and store.process.actions(case.id, "avsluta").sign.ok
    as_user(store, bertil.id)
    assert refusal(lambda: store.closure.sign(closure.id)) == "Bara författaren (Anna Andersson) kan signera avslutet."
    as_user(store, closure.author_id)
    store.process.sign(case.id, "avsluta")  # the step's Signera signs the closure, the case being closed
    signed = store.closure.get_closure(closure.id)
    assert signed.signature.text == ANNA_SIGNED
    assert store.query_value("SELECT signed_at FROM case_steps WHERE case_id = ? AND step = 'avsluta'",
                             (case.id,)) is None
    store.process.reopen(case.id, "avsluta", "Klienten kom tillbaka.")  # the way back stays open
    history = store.closure.history(case.id)
    assert [(c.is_signed, c.is_superseded, c.superseded_note) for c in history] == [
        (True, True, "Klienten kom tillbaka.")]
    assert history[0].outcome == closure.outcome
    assert sign_rows(store, case) == [f"avslut {closure.id}"]


# -- one's unsigned entries, across the kinds -----------------------------------------------------

def test_every_kind_is_on_the_unsigned_list_and_signed_together(store, case, bertil):
    builders.finished_survey(store, case.id)
    assessment = builders.completed_assessment(store, case.id)
    store.assessments.start(case.id, "weis-s")  # a draft: finished before it waits for a signature
    plan = builders.agreed_plan(store, case.id)
    goal = builders.evaluated_goal(store, case.id)
    closure = builders.closed_case(store, case.id)
    entries = store.journal.unsigned_for(store.user_id)
    assert {(e.kind, e.id) for e in entries} == {
        ("step", store.process.entry_id(case.id, "utreda")), ("assessment", assessment.id),
        ("plan_version", plan.id), ("evaluation", goal.evaluation_id), ("closure", closure.id)}
    titles = {e.kind: e.title for e in entries}
    assert titles["step"] == "Svaren i steget Utreda"
    assert titles["plan_version"] == "Utvecklingsplan version 1: Arbeta halvtid i köket."
    assert titles["evaluation"] == "Utvärdering av huvudmålet (planversion 1): Uppnått"
    assert titles["closure"] == "Avslut av ärendet: Reguljär anställning"
    assert store.journal.unsigned_for(bertil.id) == []
    as_user(store, bertil.id)
    with pytest.raises(RuleError):  # all or none
        store.journal.sign(entries)
    as_user(store, assessment.author_id)
    assert store.journal.unsigned_for(store.user_id) == entries
    assert store.journal.sign(entries) == 5
    assert store.journal.unsigned_for(None) == []
    assert len(sign_rows(store, case)) == 5


def test_unsigned_entries_older_than_the_set_days_are_on_att_gora(db_path, store, case):
    import datetime as dt

    earlier = Store.open(db_path, clock=lambda: dt.datetime(2026, 11, 10, 9))
    try:
        earlier.user_id = store.user_id
        builders.finished_survey(earlier, case.id)
    finally:
        earlier.close()
    rows = store.todo.unsigned(store.user_id, FIXED_NOW.date())
    assert [r.detail for r in rows] == ["Osignerad sedan 2026-11-10 (10 dagar): Svaren i steget Utreda"]


# -- the triggers: raw SQL on every signed table --------------------------------------------------

@pytest.fixture
def signed(store, case):
    """One signed record of every kind in the case (the closure last: it closes the case)."""
    builders.finished_survey(store, case.id)
    assessment = builders.completed_assessment(store, case.id)
    plan = builders.agreed_plan(store, case.id)
    goal = builders.evaluated_goal(store, case.id)
    closure = builders.closed_case(store, case.id)
    store.journal.sign(store.journal.unsigned_for(store.user_id))
    return {"assessment": assessment.id, "plan": plan.id, "goal": plan.sub_goals[0].id,
            "evaluation": goal.evaluation_id, "closure": closure.id}


UPDATES = [
    ("UPDATE assessments SET assessment_date = '2026-11-19' WHERE id = :assessment", "signerad"),
    ("UPDATE assessments SET signed_at = NULL, signed_by = NULL WHERE id = :assessment", "signerad"),
    ("UPDATE assessment_ratings SET value = 1 WHERE assessment_id = :assessment", "signerad"),
    ("UPDATE assessment_ratings SET comment = 'x' WHERE assessment_id = :assessment", "signerad"),
    ("INSERT INTO assessment_texts (assessment_id, field, text, updated_at) VALUES (:assessment, 'x', 'y', 'z')",
     "signerad"),
    ("UPDATE plan_versions SET main_goal = 'Annat' WHERE id = :plan", "Planversionen är signerad"),
    ("UPDATE plan_versions SET agreed_date = NULL WHERE id = :plan", "Planversionen är signerad"),
    ("UPDATE plan_versions SET signed_at = NULL, signed_by = NULL WHERE id = :plan", "Planversionen är signerad"),
    ("UPDATE plan_goals SET text = 'Annat' WHERE id = :goal", "Planversionen är signerad"),
    ("INSERT INTO plan_goals (plan_version_id, position, lineage_id, text, responsible, start_date) "
     "VALUES (:plan, 5, 0, 'Nytt', 'klienten', '2026-11-20')", "Planversionen är signerad"),
    ("INSERT INTO plan_goal_responsible (goal_id, responsible) VALUES (:goal, 'chef')", "Planversionen är signerad"),
    ("UPDATE plan_goal_responsible SET responsible = 'hr' WHERE goal_id = :goal", "Planversionen är signerad"),
    ("UPDATE goal_evaluations SET now_text = 'Annat' WHERE id = :evaluation", "Utvärderingen är signerad"),
    ("UPDATE goal_evaluations SET attainment = 'ej_uppnatt' WHERE id = :evaluation", "Utvärderingen är signerad"),
    ("UPDATE case_steps SET state = 'pagar', completed_at = NULL WHERE step = 'utreda'", "Steget är signerat"),
    ("UPDATE case_steps SET signed_at = NULL, signed_by = NULL WHERE step = 'utreda'", "Steget är signerat"),
    ("UPDATE step_answers SET text = 'Annat' WHERE question = 'utreda.vem'", "Steget är signerat"),
    ("INSERT INTO step_answers (case_id, question, text, updated_at, step) "
     "SELECT id, 'utreda.behov', 'Nytt', 'x', 'utreda' FROM cases", "Steget är signerat"),
    ("UPDATE step_answers SET step = 'informera' WHERE question = 'utreda.vem'", "Steget är signerat"),
    ("UPDATE closures SET outcome = 'studier' WHERE id = :closure", "Avslutet är signerat"),
    ("UPDATE closures SET occupation_percent_after = 100 WHERE id = :closure", "Avslutet är signerat"),
]


@pytest.mark.parametrize(("sql", "message"), UPDATES)
def test_a_signed_record_cannot_be_changed_in_sql(store, signed, sql, message):
    before = store.query_tuples("SELECT * FROM step_answers UNION ALL SELECT 0, id, main_goal, '', 0, '' "
                                "FROM plan_versions")
    with pytest.raises(sqlite_driver.IntegrityError, match=message):
        raw(store, sql, signed)
    assert store.query_tuples("SELECT * FROM step_answers UNION ALL SELECT 0, id, main_goal, '', 0, '' "
                              "FROM plan_versions") == before


DELETES = [
    ("DELETE FROM assessments WHERE id = :assessment", "raderas aldrig"),
    ("DELETE FROM assessment_ratings WHERE assessment_id = :assessment", "signerad"),
    ("DELETE FROM plan_versions WHERE id = :plan", "raderas aldrig"),
    ("DELETE FROM plan_goals WHERE id = :goal", "Planversionen är signerad"),
    ("DELETE FROM plan_goal_responsible WHERE goal_id = :goal", "Planversionen är signerad"),
    ("DELETE FROM goal_evaluations WHERE id = :evaluation", "raderas aldrig"),
    ("DELETE FROM case_steps WHERE step = 'utreda'", "raderas aldrig"),
    ("DELETE FROM step_answers WHERE question = 'utreda.vem'", "Steget är signerat"),
    ("DELETE FROM closures WHERE id = :closure", "raderas aldrig"),
]


@pytest.mark.parametrize(("sql", "message"), DELETES)
def test_a_signed_record_cannot_be_deleted_in_sql_but_by_a_disposal(store, case, signed, sql, message):
    with pytest.raises(sqlite_driver.IntegrityError, match=message):
        raw(store, sql, signed)
    table = sql.split()[2]
    with store.transaction() as tx:  # the one sanctioned way (R7), inside the disposal's transaction
        tx.execute("INSERT INTO disposal_running (case_id) VALUES (?)", (case.id,))
        for dependent in DEPENDENTS[:DEPENDENTS.index(table)]:  # what points to it goes first
            tx.execute(f"DELETE FROM {dependent}")
        gone = tx.execute(sql, signed).rowcount
        tx.execute("DELETE FROM disposal_running")
    assert gone >= 1


# A disposal's order: every table before those it points to.
DEPENDENTS = ["step_answers", "assessment_ratings", "assessment_texts", "sequence_steps", "assessments",
              "goal_evaluations", "interventions", "plans", "plan_follow_ups", "plan_goal_responsible", "plan_goals",
              "plan_versions",
              "case_steps", "closures"]


def test_a_signed_assessments_texts_are_locked(store, case):
    a = store.assessments.start(case.id, "doa")
    field = a.definition.text_fields[0].id
    store.assessments.save_text(a.id, field, "Tolkning.")
    store.assessments.complete(a.id, confirm_open_items=True)
    store.assessments.sign(a.id)
    for sql in ("UPDATE assessment_texts SET text = 'x' WHERE assessment_id = ?",
                "DELETE FROM assessment_texts WHERE assessment_id = ?"):
        with pytest.raises(sqlite_driver.IntegrityError, match="signerad"):
            raw(store, sql, (a.id,))
    assert store.assessments.get(a.id).texts == {field: "Tolkning."}


@pytest.mark.parametrize("table", ["assessments", "plan_versions", "goal_evaluations", "case_steps", "closures"])
def test_a_draft_is_never_deleted_either(store, case, table):
    builders.finished_survey(store, case.id)
    builders.completed_assessment(store, case.id)
    builders.evaluated_goal(store, case.id)
    builders.closed_case(store, case.id)
    with pytest.raises(sqlite_driver.IntegrityError, match="raderas aldrig"):
        raw(store, f"DELETE FROM {table}")


@pytest.mark.parametrize(("table", "where"), [
    ("assessments", "id = :assessment"), ("plan_versions", "id = :plan"), ("goal_evaluations", "id = :evaluation"),
    ("case_steps", "step = 'utreda'"), ("closures", "id = :closure")])
def test_only_the_author_can_be_the_signer_in_sql(store, case, bertil, table, where):
    builders.finished_survey(store, case.id)
    ids = {"assessment": builders.completed_assessment(store, case.id).id,
           "plan": builders.agreed_plan(store, case.id).id,
           "evaluation": builders.evaluated_goal(store, case.id).evaluation_id,
           "closure": builders.closed_case(store, case.id).id}
    with pytest.raises(sqlite_driver.IntegrityError, match="signera|signeras bara av sin författare"):
        raw(store, f"UPDATE {table} SET signed_at = :at, signed_by = :bertil WHERE {where}",
            {**ids, "at": FIXED_TIMESTAMP, "bertil": bertil.id})
    with pytest.raises(sqlite_driver.IntegrityError):  # a time without a signer
        raw(store, f"UPDATE {table} SET signed_at = :at WHERE {where}", {**ids, "at": FIXED_TIMESTAMP})


def test_the_schema_signs_only_a_finished_step_and_an_agreed_plan(store, case):
    store.process.save_answer(case.id, "utreda.vem", "Klienten.")
    with pytest.raises(sqlite_driver.IntegrityError, match="Bara ett klart steg"):
        raw(store, "UPDATE case_steps SET signed_at = 'x', signed_by = started_by WHERE step = 'utreda'")
    from app.models.plans import PlanInput

    draft = store.plans.save(case.id, PlanInput(main_goal="Mål.", follow_up_date="2026-12-20"))
    with pytest.raises(sqlite_driver.IntegrityError, match="överenskommen"):
        raw(store, "UPDATE plan_versions SET signed_at = 'x', signed_by = created_by WHERE id = ?", (draft.id,))
    with pytest.raises(sqlite_driver.IntegrityError, match="saknar sitt steg"):
        raw(store, "INSERT INTO step_answers (case_id, question, text, updated_at) "
                   "VALUES (?, 'utreda.behov', 'x', 'x')", (case.id,))


def test_a_draft_plan_still_loses_a_removed_sub_goal(store, case):
    """Child rows of a draft are its content: removing a sub-goal from the draft still works."""
    from app.models.plans import PlanInput, SubGoalInput

    builders.finished_survey(store, case.id)
    goals = [SubGoalInput(text=t, responsible="klienten", start_date="2026-11-20") for t in ("A", "B")]
    draft = store.plans.save(case.id, PlanInput(main_goal="Mål.", sub_goals=goals))
    kept = draft.as_input()
    kept.sub_goals = kept.sub_goals[:1]
    assert [g.text for g in store.plans.save(case.id, kept).sub_goals] == ["A"]


# -- the migration ---------------------------------------------------------------------------------

def _mine() -> int:
    from app.models import migrations

    return migrations.MIGRATIONS.index(migrations._m009_sign_records)


@pytest.mark.parametrize("k", range(3, _mine() + 1))
def test_every_existing_record_becomes_a_draft_by_its_author(tmp_path, k):
    """From every version that has these tables (3 on): nothing lost or altered, each a draft by its
    author, each answer with its step; the author may sign it now."""


    path = tmp_path / f"v{k}.sqlite"
    conn = database_at_version(path, k)
    conn.executescript("""
        INSERT INTO users (id, name, title, created_at) VALUES (1, 'Anna Andersson', 'arbetsterapeut', 'x'),
            (2, 'Bertil Berg', 'arbetsterapeut', 'x');
        INSERT INTO clients (id, first_name, last_name, birth_year, gender, education, created_at, updated_at)
            VALUES (1, 'Kalle', 'Kartläggare', 1980, 'man', 'okand', 'x', 'x');
        INSERT INTO cases (id, client_id, case_number, referral_date, referred_by, target_group, status,
                           created_at, updated_at)
            VALUES (1, 1, '2026-0001', '2026-11-02', 'chef', 'annan', 'avslutad', 'x', 'x');
        INSERT INTO case_steps (case_id, step, state, started_at, started_by, completed_at, completed_by) VALUES
            (1, 'informera', 'ej_paborjad', NULL, NULL, NULL, NULL),
            (1, 'utreda', 'klar', '2026-11-03 09:00:00', 1, '2026-11-04 09:00:00', 2),
            (1, 'planera', 'pagar', '2026-11-05 09:00:00', 1, NULL, NULL),
            (1, 'utvardera', 'ej_paborjad', NULL, NULL, NULL, NULL),
            (1, 'avsluta', 'klar', '2026-11-06 09:00:00', 1, '2026-11-06 09:00:00', 1);
        INSERT INTO step_answers (case_id, question, text, updated_at, updated_by) VALUES
            (1, 'utreda.vem', 'Klienten', '2026-11-03 09:00:00', 1),
            (1, 'planera.plan', 'En plan', '2026-11-05 09:00:00', 1);
        INSERT INTO plan_versions (id, case_id, version, main_goal, agreed_date, agreed_at, agreed_by,
                                   created_at, created_by, updated_at)
            VALUES (1, 1, 1, 'Arbeta', '2026-11-05', '2026-11-05 10:00:00', 1, 'x', 2, 'x');
        INSERT INTO plan_goals (id, plan_version_id, position, lineage_id, text, responsible, start_date)
            VALUES (1, 1, 0, 1, 'Delmål', 'klienten', '2026-11-05');
        INSERT INTO goal_evaluations (id, plan_version_id, goal_id, evaluated_date, now_text, attainment,
                                      created_at, created_by, updated_at, updated_by)
            VALUES (1, 1, NULL, '2026-11-06', 'Arbetar', 'uppnatt', 'x', 1, 'x', 2);
        INSERT INTO closures (id, case_id, closed_date, outcome, occupation_after, income_source_after,
                              occupation_percent_after, created_at, created_by)
            VALUES (1, 1, '2026-11-06', 'studier', 'studier', 'annan', 100, '2026-11-06 09:00:00', 2);
    """)
    tables = ("case_steps", "step_answers", "plan_versions", "plan_goals", "goal_evaluations", "closures")
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    conn.close()

    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        for table in tables:  # every old column as it was, the new ones at the end
            after = store.query_tuples(f"SELECT * FROM {table} ORDER BY rowid")
            assert [row[:len(old)] for row, old in zip(after, before[table], strict=True)] == before[table]
        assert store.query_tuples("SELECT question, step FROM step_answers ORDER BY rowid") == [
            ("utreda.vem", "utreda"), ("planera.plan", "planera")]
        for table in ("case_steps", "plan_versions", "goal_evaluations", "closures"):
            assert store.query_value(f"SELECT count(*) FROM {table} WHERE signed_at IS NOT NULL") == 0
        unsigned = {(e.kind, e.author) for e in store.journal.unsigned_for(None) if e.kind != "note"}
        assert unsigned == {("step", "Bertil Berg"), ("plan_version", "Bertil Berg"),
                            ("evaluation", "Bertil Berg"), ("closure", "Bertil Berg")}
        store.user_id = 2
        assert store.journal.sign(store.journal.unsigned_for(2)) == 4  # and the author may sign them now
    finally:
        store.close()
