"""The read models of what may be done now (allowed.py): each thing's service says what is allowed
and why not, and its write method refuses with exactly that sentence."""

from __future__ import annotations

import pytest

from app.models.allowed import Allowed, refused
from app.models.errors import RuleError
from app.models.plans import PlanInput
from app.models.process import load_process, step_actions

SURVEY = "Kartläggningen kommer först …"
OPEN, CLOSED = Allowed.yes(), refused("Ärendet är avslutat. Öppna steget Avsluta igen för att ändra.")


def refusal(write) -> str:
    with pytest.raises(RuleError) as info:
        write()
    return str(info.value)


def reasons(actions) -> tuple[str, str, str, str]:
    return actions.edit.reason, actions.start.reason, actions.complete.reason, actions.reopen.reason


@pytest.mark.parametrize(("key", "state", "case", "blocked", "expected"), [
    ("utreda", "ej_paborjad", OPEN, None,
     ("", "", "", "Steget Utreda är inte klart och behöver inte öppnas igen.")),
    ("utreda", "pagar", OPEN, None,
     ("", "Steget Utreda är redan påbörjat.", "", "Steget Utreda är inte klart och behöver inte öppnas igen.")),
    ("utreda", "klar", OPEN, None,
     ("Steget Utreda är klart. Öppna det igen för att ändra svaren.", "Steget Utreda är redan påbörjat.",
      "Steget Utreda är redan klart.", "")),
    ("planera", "ej_paborjad", OPEN, SURVEY,
     (SURVEY, SURVEY, SURVEY, "Steget Planera och genomföra är inte klart och behöver inte öppnas igen.")),
    ("planera", "pagar", OPEN, SURVEY,  # once started, the survey rule is behind it
     ("", "Steget Planera och genomföra är redan påbörjat.", "",
      "Steget Planera och genomföra är inte klart och behöver inte öppnas igen.")),
    ("utreda", "klar", CLOSED, None, (CLOSED.reason,) * 4),
    ("avsluta", "klar", CLOSED, None, (CLOSED.reason, CLOSED.reason, CLOSED.reason, "")),  # the way back
])
def test_step_rules(key, state, case, blocked, expected):
    actions = step_actions(load_process().step(key), state, case, blocked, recorded=True)
    assert reasons(actions) == expected
    assert [a.ok for a in (actions.edit, actions.start, actions.complete, actions.reopen)] == [not r for r in expected]
    signed = step_actions(load_process().step(key), state, case, blocked, recorded=True, signed=True)
    locked = f"Steget {load_process().step(key).title} är signerat och kan inte ändras. " \
             "Skriv en rättelse som journalanteckning."
    assert reasons(signed) == (locked,) * 4  # a signed step is not reopened either


@pytest.mark.parametrize(("key", "recorded", "asks"), [
    ("informera", False, True), ("informera", True, False), ("avsluta", False, False)])
def test_completing_with_nothing_recorded_asks_first(key, recorded, asks):
    actions = step_actions(load_process().step(key), "pagar", OPEN, None, recorded=recorded)
    assert bool(actions.confirm_complete) is asks


def test_a_step_refuses_with_the_sentence_its_read_model_shows(store, case):
    store.process.start(case.id, "informera")
    started = store.process.actions(case.id, "informera")
    assert refusal(lambda: store.process.start(case.id, "informera")) == started.start.reason
    assert refusal(lambda: store.process.reopen(case.id, "informera")) == started.reopen.reason
    blocked = store.process.actions(case.id, "planera")
    assert refusal(lambda: store.process.complete(case.id, "planera")) == blocked.complete.reason
    assert blocked.complete.reason.startswith("Kartläggningen kommer först")
    assert store.process.actions(case.id, "informera").confirm_complete  # nothing answered yet
    store.process.save_answer(case.id, "informera.vad_arbetsterapi", "Ja.")
    assert not store.process.actions(case.id, "informera").confirm_complete


def test_a_plan_version_refuses_with_the_sentence_its_read_model_shows(store, case):
    assert store.plans.actions(case.id).agree.reason == "Spara planen innan den markeras som överenskommen."
    store.process.save_answer(case.id, "utreda.vem", "Kartläggning gjord.")
    first = store.plans.save(case.id, PlanInput(main_goal="Arbeta heltid.", follow_up_date="2026-12-20"))
    store.plans.agree(first.id, "2026-11-20", "Klienten")
    agreed = store.plans.actions(case.id, first.id)
    assert agreed.edit.ok  # saving makes the next version
    assert refusal(lambda: store.plans.agree(first.id, "2026-11-20", "Klienten")) == agreed.agree.reason
    store.plans.save(case.id, PlanInput(main_goal="Arbeta heltid, med pauser.", follow_up_date="2026-12-20"))
    assert not store.plans.actions(case.id, first.id).edit.ok  # an older version
    # the newest is a draft, signed once agreed; the agreed one waits for its author's signature
    assert store.plans.actions(case.id).sign.reason == "Planversionen signeras när den är överenskommen med klienten."
    assert store.plans.actions(case.id, first.id).sign.ok


def test_an_assessment_refuses_with_the_sentence_its_read_model_shows(store, case):
    draft = store.assessments.start(case.id, "weis-s")
    assert store.assessments.actions(draft.id).edit.ok
    assert refusal(lambda: store.assessments.reopen(draft.id)) == store.assessments.actions(draft.id).reopen.reason
    store.assessments.complete(draft.id, confirm_open_items=True)
    done = store.assessments.actions(draft.id)
    assert refusal(lambda: store.assessments.set_date(draft.id, "2026-11-19")) == done.edit.reason
    assert done.reopen.ok and done.sign.ok
    assert store.assessments.actions(draft.id).correct.reason == (
        "Bara en signerad bedömning rättas; ett utkast ändras direkt.")


def test_evaluation_and_notes_refuse_with_the_sentence_their_read_model_shows(store, case):
    from app.models.evaluation import EvaluationInput

    actions = store.evaluation.actions(case.id)
    assert actions.edit.reason == "Ärendet har ingen utvecklingsplan att utvärdera. Skriv planen först."
    assert refusal(lambda: store.evaluation.evaluate(case.id, None, EvaluationInput(
        attainment="uppnatt", now="Arbetar."))) == actions.edit.reason
    note = store.notes.add(case.id, "2026-11-20", "samtal", "Första samtalet.")
    assert note.actions.edit.ok and note.actions.sign.ok  # signing notes: tests/models/test_journal_notes.py
