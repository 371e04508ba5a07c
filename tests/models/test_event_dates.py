"""Every entry has the day the thing happened (its event date: may lie in the past, never before the
referral, never in the future) and the time it was recorded (issue 11)."""

import pytest

from app.models import sqlite_driver
from app.models.errors import ValidationError
from tests import builders
from tests.builders import database_at_version, old_case_sql
from tests.support import FIXED_TIMESTAMP


def _step(store, case_id, key):
    return store.process.statuses(case_id)[key]


def test_a_step_started_and_finished_after_the_fact_keeps_both_days_and_the_recorded_times(store, case):
    store.process.start(case.id, "utreda", on="2026-11-05")
    store.process.complete(case.id, "utreda", on="2026-11-12")
    step = _step(store, case.id, "utreda")
    assert (step.started_on, step.completed_on) == ("2026-11-05", "2026-11-12")
    assert (step.started_at, step.completed_at) == (FIXED_TIMESTAMP, FIXED_TIMESTAMP)


def test_a_step_started_or_finished_without_a_day_happened_today(store, case):
    store.process.complete(case.id, "informera")
    step = _step(store, case.id, "informera")
    assert (step.started_on, step.completed_on) == ("2026-11-20", "2026-11-20")


@pytest.mark.parametrize("action, field, day, words", [
    ("start", "started_on", "2026-11-01", "före remissdatum (2026-11-02)"),
    ("start", "started_on", "2026-11-21", "framtiden"),
    ("complete", "completed_on", "2026-11-01", "före remissdatum"),
    ("complete", "completed_on", "2026-11-21", "framtiden"),
    ("complete", "completed_on", "2026-11-09", "före den dag det påbörjades (2026-11-10)"),
])
def test_a_step_day_before_the_referral_in_the_future_or_before_the_start_is_refused(
        store, case, action, field, day, words):
    store.process.start(case.id, "informera", on="2026-11-10")
    with pytest.raises(ValidationError) as refused:
        getattr(store.process, action)(case.id, "informera" if action == "complete" else "utreda", on=day)
    assert field in refused.value.errors and words in refused.value.errors[field]


def test_reopening_a_step_forgets_its_completion_day(store, case):
    store.process.complete(case.id, "informera", on="2026-11-03")
    store.process.reopen(case.id, "informera", "fel")
    step = _step(store, case.id, "informera")
    assert (step.started_on, step.completed_on) == ("2026-11-03", None)


def test_a_signed_steps_event_days_are_locked_in_sql(store, case):
    builders.finished_survey(store, case.id)
    store.process.sign(case.id, "utreda")
    for column in ("started_on", "completed_on"):
        with pytest.raises(sqlite_driver.IntegrityError, match="Steget är signerat"), store.transaction() as tx:
            tx.execute(f"UPDATE case_steps SET {column} = '2026-11-03' WHERE case_id = ? AND step = 'utreda'",
                       (case.id,))
    # a draft's may still move (the service sets them as the step is started and finished)
    store.process.start(case.id, "planera")
    with store.transaction() as tx:
        tx.execute("UPDATE case_steps SET started_on = '2026-11-03' WHERE case_id = ? AND step = 'planera'",
                   (case.id,))


def test_existing_steps_take_the_day_they_were_recorded_as_their_event_days(tmp_path):

    from app.models import migrations
    from app.models.store import Store

    mine = migrations.MIGRATIONS.index(migrations._m013_step_event_dates)
    path = tmp_path / "old.sqlite"
    conn = database_at_version(path, mine)
    conn.executescript(old_case_sql() + """
        INSERT INTO case_steps (case_id, step, state, started_at, started_by, completed_at, completed_by) VALUES
            (1, 'informera', 'klar', '2026-11-03 09:00:00', 1, '2026-11-04 16:30:00', 1),
            (1, 'utreda', 'pagar', '2026-11-05 09:00:00', 1, NULL, NULL),
            (1, 'planera', 'ej_paborjad', NULL, NULL, NULL, NULL);
        UPDATE case_steps SET signed_at = '2026-11-04 17:00:00', signed_by = 1 WHERE step = 'informera';
        INSERT INTO step_events (case_id, step, action, note, at, user_id) VALUES
            (1, 'informera', 'started', '', '2026-11-03 09:00:00', 1),
            (1, 'informera', 'completed', '', '2026-11-04 16:30:00', 1);
    """)
    conn.close()
    store = Store.open(path)
    try:
        rows = store.query_tuples("SELECT step, started_on, completed_on, started_at, completed_at FROM case_steps"
                                  " ORDER BY started_at IS NULL, started_at")
        assert rows == [("informera", "2026-11-03", "2026-11-04", "2026-11-03 09:00:00", "2026-11-04 16:30:00"),
                        ("utreda", "2026-11-05", None, "2026-11-05 09:00:00", None),
                        ("planera", None, None, None, None)]
        with pytest.raises(sqlite_driver.IntegrityError, match="signerat"), store.transaction() as tx:
            tx.execute("UPDATE case_steps SET completed_on = '2026-11-10' WHERE step = 'informera'")
        assert [(e.action, e.event_date, e.at) for e in store.process.events(1)] == [
            ("started", "2026-11-03", "2026-11-03 09:00:00"), ("completed", "2026-11-04", "2026-11-04 16:30:00")]
    finally:
        store.close()


def _surveyed(store, case_id):
    store.process.save_answer(case_id, "utreda.vem", "Klienten och arbetsledaren.")


def _plan(store, case_id):
    from app.models.plans import PlanInput, SubGoalInput

    _surveyed(store, case_id)
    return store.plans.save(case_id, PlanInput(
        main_goal="Arbeta halvtid i köket.", follow_up_date="2026-12-20",
        sub_goals=[SubGoalInput(text="Klara morgonpasset", responsible="klienten", start_date="2026-11-05")]))


def test_a_plan_agreed_and_followed_up_after_the_fact_keeps_its_days_and_recorded_times(store, case):
    version = store.plans.agree(_plan(store, case.id).id, "2026-11-05", "Klienten, arbetsterapeuten")
    assert (version.agreed_date, version.agreed_at) == ("2026-11-05", FIXED_TIMESTAMP)
    follow_up = store.plans.record_follow_up(case.id, "2026-11-12", "Går bra.", next_follow_up="2026-12-12")
    assert (follow_up.follow_up_date, follow_up.created_at) == ("2026-11-12", FIXED_TIMESTAMP)


@pytest.mark.parametrize("day, words", [("2026-11-01", "före remissdatum (2026-11-02)"),
                                        ("2026-11-21", "framtiden")])
def test_a_plan_agreement_before_the_referral_or_in_the_future_is_refused(store, case, day, words):
    version = _plan(store, case.id)
    with pytest.raises(ValidationError) as refused:
        store.plans.agree(version.id, day, "Klienten")
    assert words in refused.value.errors["agreed_date"]


@pytest.mark.parametrize("day, words", [("2026-11-01", "före överenskommelsen (2026-11-05)"),
                                        ("2026-11-21", "framtiden")])
def test_a_follow_up_before_the_referral_and_agreement_or_in_the_future_is_refused(store, case, day, words):
    store.plans.agree(_plan(store, case.id).id, "2026-11-05", "Klienten")
    with pytest.raises(ValidationError) as refused:
        store.plans.record_follow_up(case.id, day)
    assert words in refused.value.errors["follow_up_date"]


def test_an_evaluation_after_the_fact_keeps_its_day_and_recorded_time_and_starts_utvardera_that_day(store, case):
    from app.models.evaluation import EvaluationInput

    store.plans.agree(_plan(store, case.id).id, "2026-11-05", "Klienten")
    goal = store.evaluation.evaluate(case.id, None, EvaluationInput("uppnatt", now="Arbetar halvtid.",
                                                                    evaluated_date="2026-11-15"))
    assert (goal.evaluated_date, goal.recorded_at) == ("2026-11-15", FIXED_TIMESTAMP)
    assert _step(store, case.id, "utvardera").started_on == "2026-11-15"


@pytest.mark.parametrize("day, words", [("2026-11-01", "före remissdatum (2026-11-02)"),
                                        ("2026-11-21", "framtiden")])
def test_an_evaluation_before_the_referral_or_in_the_future_is_refused(store, case, day, words):
    from app.models.evaluation import EvaluationInput

    store.plans.agree(_plan(store, case.id).id, "2026-11-05", "Klienten")
    with pytest.raises(ValidationError) as refused:
        store.evaluation.evaluate(case.id, None, EvaluationInput("uppnatt", now="x", evaluated_date=day))
    assert words in refused.value.errors["evaluated_date"]


def test_a_meeting_after_the_fact_keeps_its_day_and_recorded_time(store, case):
    from app.models.interventions import MeetingInput

    meeting = store.interventions.add_meeting(case.id, MeetingInput("2026-11-04", "kontaktmote", ["af"],
                                                                    participants="Klienten, AF"))
    assert (meeting.meeting_date, meeting.created_at) == ("2026-11-04", FIXED_TIMESTAMP)


@pytest.mark.parametrize("day, words", [("2026-11-01", "före remissdatum (2026-11-02)"),
                                        ("2026-11-21", "framtiden")])
def test_a_meeting_or_intervention_before_the_referral_or_in_the_future_is_refused(store, case, day, words):
    from app.models.interventions import InterventionInput, MeetingInput

    with pytest.raises(ValidationError) as refused:
        store.interventions.add_meeting(case.id, MeetingInput(day, "kontaktmote", ["af"], participants="x"))
    assert words in refused.value.errors["meeting_date"]
    meeting = store.interventions.add_meeting(case.id, MeetingInput("2026-11-04", "kontaktmote", ["af"],
                                                                    participants="x"))
    with pytest.raises(ValidationError) as refused:
        store.interventions.update_meeting(meeting.id, MeetingInput(day, "kontaktmote", ["af"], participants="x"))
    assert words in refused.value.errors["meeting_date"]
    with pytest.raises(ValidationError) as refused:
        store.interventions.add(case.id, InterventionInput(day, 30, "kompensation", "hjalpmedel"))
    assert words in refused.value.errors["intervention_date"]
