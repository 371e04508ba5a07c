"""Striking out drafts beyond notes (issue 11, R2): an unsigned assessment or an unagreed plan
version started by mistake is struck out (makulerad) by its author with a reason. It stays readable,
marked so, never changes again, leaves the unsigned list, is not compared and is not the plan in
force; the schema refuses the same to raw SQL, and nothing is deleted."""

from __future__ import annotations

import pytest

from app.models import sqlite_driver
from app.models.errors import RuleError, ValidationError
from app.models.plans import PlanInput, SubGoalInput
from tests import builders
from tests.builders import database_at_version, old_case_sql


def refusal(call) -> str:
    with pytest.raises(RuleError) as info:
        call()
    return str(info.value)


def raw(store, sql, params=()):
    with store.transaction() as tx:
        tx.execute(sql, params)


def strike_rows(store, case):
    return [e.what for e in store.access_log.for_client(case.client_id) if e.action == "strike"]


@pytest.fixture
def bertil(store):
    return store.users.add("Bertil Berg", "arbetsterapeut")


def draft_plan(store, case_id, goal="Arbeta halvtid."):
    if not store.process.survey_started(case_id):
        store.process.save_answer(case_id, "utreda.vem", "Klienten.")
    return store.plans.save(case_id, PlanInput(
        main_goal=goal, follow_up_date="2026-12-20",
        sub_goals=[SubGoalInput(text="Klara morgonpasset", responsible="klienten", start_date="2026-11-20")]))


# -- assessments ---------------------------------------------------------------------------------

def test_the_author_strikes_an_unsigned_assessment_and_it_stays_readable_and_locked(store, case, bertil):
    draft = store.assessments.start(case.id, "weis-s")
    store.user_id = bertil.id
    reason = store.assessments.actions(draft.id).strike.reason
    assert reason == "Bara författaren (Anna Andersson) kan makulera bedömningen."
    assert refusal(lambda: store.assessments.strike(draft.id, "Fel instrument")) == reason
    store.user_id = draft.author_id
    with pytest.raises(ValidationError):
        store.assessments.strike(draft.id, "  ")
    struck = store.assessments.strike(draft.id, "Fel instrument")
    assert struck.is_struck and struck.strike.text == "Makulerad av Anna Andersson 2026-11-20: Fel instrument"
    assert [a.id for a in store.assessments.for_case(case.id)] == [draft.id]  # still there, readable
    assert struck.status_label == "Makulerad (utkast)"
    actions = store.assessments.actions(draft.id)
    assert actions.strike.reason == "Bedömningen är redan makulerad."
    assert actions.edit.reason == actions.complete.reason == "Bedömningen är makulerad och kan inte ändras."
    assert actions.sign.reason == "Bedömningen är makulerad och signeras inte."
    assert refusal(lambda: store.assessments.save_text(draft.id, "interpretation", "x")) == (
        "Bedömningen är makulerad och kan inte ändras.")
    assert strike_rows(store, case) == [f"bedömning {draft.id}"]


def test_a_completed_struck_assessment_leaves_the_unsigned_list_and_is_not_compared(store, case):
    first = builders.completed_assessment(store, case.id)
    second = builders.completed_assessment(store, case.id)
    wrong = builders.completed_assessment(store, case.id)
    assert {e.id for e in store.assessments.unsigned_for(store.user_id)} == {first.id, second.id, wrong.id}
    store.assessments.strike(wrong.id, "Gjord på fel klient")
    assert {e.id for e in store.assessments.unsigned_for(store.user_id)} == {first.id, second.id}
    assert wrong.id not in {e.id for e in store.journal.unsigned_for(store.user_id) if e.kind == "assessment"}
    comparison = store.assessments.compare_first_latest(case.id, "weis-s")
    assert (comparison.before.id, comparison.after.id) == (first.id, second.id)
    assert refusal(lambda: store.assessments.compare(first.id, wrong.id)) == (
        f"Bedömning nr {wrong.id} är makulerad och jämförs inte.")
    [result] = store.evaluation.instrument_results(case.id)
    assert (result.count, result.first.id, result.latest.id) == (2, first.id, second.id)


def test_a_signed_assessment_is_not_struck(store, case):
    done = builders.completed_assessment(store, case.id)
    store.assessments.sign(done.id)
    reason = store.assessments.actions(done.id).strike.reason
    assert reason == "Bara ett osignerat utkast kan makuleras; en signerad post rättas i stället."
    assert refusal(lambda: store.assessments.strike(done.id, "Fel")) == reason


# -- plan versions ---------------------------------------------------------------------------------

def test_a_struck_first_draft_leaves_no_plan_and_the_next_save_is_version_2(store, case):
    draft = draft_plan(store, case.id)
    struck = store.plans.strike(draft.id, "Skrevs i fel ärende")
    assert struck.is_struck and struck.status_label == "Makulerad"
    assert struck.strike.text == "Makulerad av Anna Andersson 2026-11-20: Skrevs i fel ärende"
    assert store.plans.latest(case.id) is None and store.plans.in_force(case.id) is None
    assert store.plans.status(case.id).latest_version is None
    actions = store.plans.actions(case.id, draft.id)
    assert actions.edit.reason == actions.agree.reason == "Version 1 är makulerad och kan inte ändras."
    assert actions.strike.reason == "Planversionen är redan makulerad."
    new = draft_plan(store, case.id, "Arbeta heltid.")
    assert (new.version, new.is_struck) == (2, False)
    assert [(v.version, v.is_struck) for v in store.plans.versions(case.id)] == [(1, True), (2, False)]
    assert store.plans.get(draft.id).main_goal == "Arbeta halvtid."
    assert strike_rows(store, case) == [f"planversion {draft.id} (version 1)"]


def test_a_struck_revision_leaves_the_agreed_version_in_force(store, case, bertil):
    agreed = builders.agreed_plan(store, case.id)
    revision = draft_plan(store, case.id, "Arbeta heltid.")
    reason = store.plans.actions(case.id, agreed.id).strike.reason
    assert reason == ("Bara ett utkast som inte är överenskommet kan makuleras; en överenskommen "
                      "version ändras med en ny version.")
    assert refusal(lambda: store.plans.strike(agreed.id, "Fel")) == reason
    store.user_id = bertil.id
    assert store.plans.actions(case.id, revision.id).strike.reason == (
        "Bara författaren (Anna Andersson) kan makulera planversionen.")
    store.user_id = revision.author_id
    store.plans.strike(revision.id, "Påbörjad av misstag")
    assert store.plans.in_force(case.id).id == agreed.id
    assert store.plans.latest(case.id).id == agreed.id
    assert store.plans.status(case.id).latest_version == 1
    assert store.plans.actions(case.id, agreed.id).edit.ok  # the next save makes version 3
    assert draft_plan(store, case.id, "Igen").version == 3


# -- the schema --------------------------------------------------------------------------------------

@pytest.fixture
def struck(store, case):
    """A struck assessment with a rating and a text, and a struck plan version with a sub-goal."""
    a = builders.completed_assessment(store, case.id)
    store.assessments.reopen(a.id)
    store.assessments.save_text(a.id, "interpretation", "Tolkning")
    store.assessments.strike(a.id, "Fel instrument")
    v = draft_plan(store, case.id)
    store.plans.strike(v.id, "Fel ärende")
    return a, v, v.sub_goals[0].id


UPDATES = [
    ("UPDATE assessments SET assessment_date = '2026-11-01' WHERE id = :a", "Bedömningen är makulerad"),
    ("UPDATE assessments SET struck_at = NULL WHERE id = :a", "Bedömningen är makulerad"),
    ("UPDATE assessment_ratings SET value = 1 WHERE assessment_id = :a", "Bedömningen är makulerad"),
    ("UPDATE assessment_texts SET text = 'x' WHERE assessment_id = :a", "Bedömningen är makulerad"),
    ("INSERT INTO assessment_texts (assessment_id, field, text, updated_at) VALUES (:a, 'goals', 'x', 'x')",
     "Bedömningen är makulerad"),
    ("DELETE FROM assessment_ratings WHERE assessment_id = :a", "Bedömningen är makulerad"),
    ("UPDATE plan_versions SET main_goal = 'x' WHERE id = :v", "Planversionen är makulerad"),
    ("UPDATE plan_versions SET agreed_date = '2026-11-20' WHERE id = :v", "Planversionen är makulerad"),
    ("UPDATE plan_goals SET text = 'x' WHERE id = :g", "Planversionen är makulerad"),
    ("DELETE FROM plan_goals WHERE id = :g", "Planversionen är makulerad"),
    ("DELETE FROM assessments WHERE id = :a", "raderas aldrig"),
    ("DELETE FROM plan_versions WHERE id = :v", "raderas aldrig"),
]


@pytest.mark.parametrize(("sql", "message"), UPDATES)
def test_a_struck_record_and_its_children_cannot_change_in_sql(store, struck, sql, message):
    a, v, g = struck
    with pytest.raises(sqlite_driver.IntegrityError, match=message):
        raw(store, sql, {"a": a.id, "v": v.id, "g": g})


def test_a_strike_needs_a_reason_and_a_signed_row_is_not_struck_in_sql(store, case):
    a = builders.completed_assessment(store, case.id)
    with pytest.raises(sqlite_driver.IntegrityError, match="behöver ett skäl"):
        raw(store, "UPDATE assessments SET struck_at = 'x', struck_by = 1, strike_reason = ' ' WHERE id = ?", (a.id,))
    store.assessments.sign(a.id)
    with pytest.raises(sqlite_driver.IntegrityError):
        raw(store, "UPDATE assessments SET struck_at = 'x', struck_by = 1, strike_reason = 'Fel' WHERE id = ?",
            (a.id,))
    agreed = builders.agreed_plan(store, case.id)
    with pytest.raises(sqlite_driver.IntegrityError, match="Bara ett osignerat utkast"):
        raw(store, "UPDATE plan_versions SET struck_at = 'x', struck_by = 1, strike_reason = 'Fel' WHERE id = ?",
            (agreed.id,))
    store.plans.sign(agreed.id)
    with pytest.raises(sqlite_driver.IntegrityError):
        raw(store, "UPDATE plan_versions SET struck_at = 'x', struck_by = 1, strike_reason = 'Fel' WHERE id = ?",
            (agreed.id,))
    assert store.query_value("SELECT count(*) FROM assessments WHERE struck_at IS NOT NULL") == 0


def test_existing_rows_are_not_struck_after_the_migration(tmp_path):
    """From the version before migration 12: every assessment and plan version stays, not struck."""

    from app.models import migrations

    k = migrations.MIGRATIONS.index(migrations._m012_strike_drafts)
    conn = database_at_version(tmp_path / "old.sqlite", k)
    conn.executescript(old_case_sql() + """
        INSERT INTO assessments (id, case_id, instrument_id, instrument_version, definition_json, assessment_date,
                                 status, created_at, created_by, updated_at)
            VALUES (1, 1, 'weis-s', '1', '{}', '2026-11-03', 'utkast', 'x', 1, 'x');
        INSERT INTO plan_versions (id, case_id, version, main_goal, created_at, created_by, updated_at)
            VALUES (1, 1, 1, 'Arbeta', 'x', 1, 'x');
    """)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    with db.atomic():
        migrations.MIGRATIONS[k](db)
    for table in ("assessments", "plan_versions"):
        assert conn.execute(f"SELECT count(*), count(struck_at), max(strike_reason) FROM {table}").fetchone() == (
            1, 0, "")
    assert conn.execute("SELECT main_goal FROM plan_versions").fetchone() == ("Arbeta",)
