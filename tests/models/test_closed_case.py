"""A closed case takes no changes until Avsluta is reopened: every service refuses a write with
the one sentence (cases.CASE_CLOSED), and the refusal leaves nothing behind."""

from __future__ import annotations

import pytest

from app.models.cases import CaseInput
from app.models.closure import ClosureInput, SituationInput
from app.models.errors import RuleError
from app.models.evaluation import EvaluationInput
from app.models.interventions import InterventionInput, MeetingInput
from app.models.plans import PlanInput

CLOSED = "Ärendet är avslutat. Öppna steget Avsluta igen för att ändra."
DAY = "2026-11-10"


@pytest.fixture
def closed(store, add_client):
    """A case of the short-term absence group (it has a guided sequence), with a plan and a draft
    assessment, then closed without evaluation."""
    case = store.cases.open(add_client().id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                       target_group="korttidsfranvaro"))
    store.process.save_answer(case.id, "utreda.vem", "Kartläggning gjord.")
    version = store.plans.save(case.id, PlanInput(main_goal="Arbeta heltid."))
    draft = store.assessments.start(case.id, "weis-s")
    store.process.complete(case.id, "avsluta", "Klienten flyttade.")
    assert store.cases.get(case.id).is_closed
    return case, version, draft


def test_every_service_refuses_a_write_in_a_closed_case_with_one_sentence(store, closed):
    case, version, draft = closed
    item = draft.definition.items[0]
    writes = {
        "process.start": lambda: store.process.start(case.id, "planera"),
        "process.complete": lambda: store.process.complete(case.id, "utreda"),
        "process.reopen": lambda: store.process.reopen(case.id, "utreda"),
        "process.save_answer": lambda: store.process.save_answer(case.id, "utreda.behov", "x"),
        "plans.save": lambda: store.plans.save(case.id, PlanInput(main_goal="Nytt mål.")),
        "plans.agree": lambda: store.plans.agree(version.id, DAY, "Klienten"),
        "interventions.add": lambda: store.interventions.add(case.id, InterventionInput(
            intervention_date=DAY, minutes=30, model="kompensation", kind="hjalpmedel", text="x")),
        "interventions.add_meeting": lambda: store.interventions.add_meeting(case.id, MeetingInput(
            meeting_date=DAY, kind="kontaktmote", partners=["af"], participants="Handläggaren")),
        "evaluation.evaluate": lambda: store.evaluation.evaluate(case.id, None, EvaluationInput(
            attainment="uppnatt", now="Arbetar heltid.")),
        "assessments.start": lambda: store.assessments.start(case.id, "weis-s"),
        "assessments.save_rating": lambda: store.assessments.save_rating(
            draft.id, draft.definition.parts[0].id, item.id, draft.definition.scale.values[0]),
        "sequences.save": lambda: store.sequences.save(case.id, "mote1", DAY, "Möte"),
        "sequences.complete": lambda: store.sequences.complete(case.id, "mote1"),
        "closure.record_before": lambda: store.closure.record_before(case.id, SituationInput(
            "arbetslos", "forsorjningsstod", 0)),
        "closure.close_case": lambda: store.closure.close_case(case.id, ClosureInput(outcome="flyttat")),
    }
    before = store.query_one("SELECT updated_at FROM cases WHERE id = ?", (case.id,))
    refusals = {}
    for name, write in writes.items():
        with pytest.raises(RuleError) as info:
            write()
        refusals[name] = str(info.value)
    assert refusals == {name: CLOSED for name in writes}
    assert store.query_one("SELECT updated_at FROM cases WHERE id = ?", (case.id,)) == before


def test_the_read_model_says_the_same_before_anything_is_tried(store, closed):
    case, _version, _draft = closed
    assert store.cases.changes(case.id).reason == CLOSED
    for step in ("informera", "utreda", "planera", "utvardera"):
        actions = store.process.actions(case.id, step)
        assert [a.reason for a in (actions.edit, actions.start, actions.complete, actions.reopen)] == [CLOSED] * 4
    assert store.process.actions(case.id, "avsluta").reopen.ok  # the way back
    store.process.reopen(case.id, "avsluta")
    assert store.cases.changes(case.id).ok
