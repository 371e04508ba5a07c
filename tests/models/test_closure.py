"""Evaluating goals (Utvärdera), the situation before/after, and closing a case (Avsluta)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.closure import ClosureInput, SituationInput
from app.models.errors import RuleError, ValidationError
from app.models.evaluation import EvaluationInput
from app.models.plans import PlanInput, SubGoalInput
from tests.support import TODAY, count


def d(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


def make_plan(store, case_id, goals=("Komma i tid", "Orka hela passet"), agree=True):
    subs = [SubGoalInput(text=t, responsible="klienten", start_date=d(0), follow_up_date=d(14)) for t in goals]
    v = store.plans.save(case_id, PlanInput(main_goal="Arbeta halvtid", baseline="Arbetar 25 %.", sub_goals=subs))
    return store.plans.agree(v.id, d(0), "Klienten") if agree else v


@pytest.fixture
def surveyed(store, case):
    """The case with the survey begun, so later steps may start."""
    store.process.save_answer(case.id, "utreda.vem", "Ny medarbetare i caféet.")
    return case


def after(**kw) -> SituationInput:
    data = {"occupation": "ej_subventionerat_arbete", "income_source": "ingen_offentlig", "occupation_percent": 75}
    data.update(kw)
    return SituationInput(**data)


# -- evaluation -----------------------------------------------------------------------------------

def test_goals_to_evaluate_are_the_main_goal_and_sub_goals_of_the_plan_in_force(store, surveyed):
    assert store.evaluation.goals(surveyed.id) == []
    v = make_plan(store, surveyed.id)
    goals = store.evaluation.goals(surveyed.id)
    assert [(g.label, g.goal_id, g.goal_text) for g in goals] == [
        ("Huvudmål", None, "Arbeta halvtid"),
        ("Delmål 1", v.sub_goals[0].id, "Komma i tid"),
        ("Delmål 2", v.sub_goals[1].id, "Orka hela passet"),
    ]
    assert all(g.baseline == "Arbetar 25 %." and not g.is_evaluated for g in goals)
    assert goals[1].goal == "Komma i tid" and goals[1].attainment_label == "Ej utvärderat"


def test_evaluate_goals_and_summarise_attainment(store, surveyed):
    v = make_plan(store, surveyed.id, goals=("Komma i tid", "Orka hela passet", "Ta bussen"))
    assert store.evaluation.summary(surveyed.id).text == "0 av 4 mål uppnådda, 4 ej utvärderade"
    main = store.evaluation.evaluate(surveyed.id, None, EvaluationInput("delvis", now="Arbetar 40 %.",
                                                                        reason="Sjukskriven tre veckor."))
    assert (main.attainment_label, main.now, main.reason, main.evaluated_date) == (
        "Delvis uppnått", "Arbetar 40 %.", "Sjukskriven tre veckor.", d(0))
    store.evaluation.evaluate(surveyed.id, v.sub_goals[0].id, EvaluationInput("uppnatt", now="I tid varje dag."))
    store.evaluation.evaluate(surveyed.id, v.sub_goals[1].id,
                              EvaluationInput("ej_uppnatt", now="Orkar halva passet.", reason="Smärta."))
    summary = store.evaluation.summary(surveyed.id)
    tally = (summary.total, summary.reached, summary.partly, summary.not_reached, summary.not_evaluated)
    assert tally == (4, 1, 1, 1, 1)
    assert summary.version == 1
    assert summary.text == "1 av 4 mål uppnått, 1 delvis, 1 ej uppnått, 1 ej utvärderat"
    # evaluating again replaces the earlier evaluation
    store.evaluation.evaluate(surveyed.id, v.sub_goals[1].id, EvaluationInput("uppnatt", now="Orkar hela passet."))
    store.evaluation.evaluate(surveyed.id, v.sub_goals[2].id, EvaluationInput("uppnatt", now="Åker själv."))
    assert store.evaluation.summary(surveyed.id).text == "3 av 4 mål uppnådda, 1 delvis"
    assert count(store, "goal_evaluations") == 4
    # evaluating starts the Utvärdera step
    assert store.process.statuses(surveyed.id)["utvardera"].state == "pagar"


def test_summary_without_a_plan(store, case):
    assert store.evaluation.summary(case.id).text == "Ingen utvecklingsplan att utvärdera"


def test_evaluation_fields_are_checked(store, surveyed):
    make_plan(store, surveyed.id)
    with pytest.raises(ValidationError) as info:
        store.evaluation.evaluate(surveyed.id, None, EvaluationInput("kanske", now=""))
    assert info.value.errors == {"attainment": "Välj måluppfyllelse.", "now": "Nuläge måste fyllas i."}
    with pytest.raises(ValidationError) as info:
        store.evaluation.evaluate(surveyed.id, None, EvaluationInput("ej_uppnatt", now="Som förut."))
    assert info.value.errors == {"reason": "Ange varför målet inte nåddes helt."}
    with pytest.raises(ValidationError) as info:
        store.evaluation.evaluate(surveyed.id, 12345, EvaluationInput("uppnatt", now="x"))
    assert set(info.value.errors) == {"goal_id"}
    assert count(store, "goal_evaluations") == 0
    assert store.process.statuses(surveyed.id)["utvardera"].state == "ej_paborjad"


def test_evaluation_needs_a_plan_and_an_open_utvardera(store, surveyed):
    with pytest.raises(RuleError, match="ingen utvecklingsplan"):
        store.evaluation.evaluate(surveyed.id, None, EvaluationInput("uppnatt", now="x"))
    make_plan(store, surveyed.id)
    store.evaluation.evaluate(surveyed.id, None, EvaluationInput("uppnatt", now="x"))
    store.process.complete(surveyed.id, "utvardera")
    with pytest.raises(RuleError, match="Utvärdera är klart"):
        store.evaluation.evaluate(surveyed.id, None, EvaluationInput("uppnatt", now="y"))


def test_evaluation_without_the_survey_is_refused_whole(store, case):
    make_plan(store, case.id)
    with pytest.raises(RuleError, match="Kartläggningen kommer först"):
        store.evaluation.evaluate(case.id, None, EvaluationInput("uppnatt", now="x"))
    assert count(store, "goal_evaluations") == 0


def test_evaluations_belong_to_their_version(store, surveyed):
    v1 = make_plan(store, surveyed.id)
    store.evaluation.evaluate(surveyed.id, v1.sub_goals[0].id, EvaluationInput("uppnatt", now="x"))
    v2 = store.plans.save(surveyed.id, v1.as_input())
    assert store.evaluation.summary(surveyed.id).version == 1  # v2 is a draft: v1 is still in force
    store.plans.agree(v2.id, d(0), "Klienten")
    summary = store.evaluation.summary(surveyed.id)
    assert summary.version == 2 and summary.reached == 0


def test_instrument_results_first_against_latest(store, case, tmp_path):
    from app.models.instruments import load_registry

    assert store.evaluation.instrument_results(case.id) == []
    store.assessments.registry = load_registry(user=tmp_path / "no-user-files")
    done = []
    for value in (2, 4):
        a = store.assessments.start(case.id, "weis-s")
        for part in a.definition.parts:
            for item in a.definition.items:
                store.assessments.save_rating(a.id, part.id, item.id, value)
        done.append(store.assessments.complete(a.id))
    store.assessments.start(case.id, "weis-s")  # a draft is not a result
    [result] = store.evaluation.instrument_results(case.id)
    assert (result.instrument_id, result.count) == ("weis-s", 2)
    assert (result.first.id, result.latest.id) == (done[0].id, done[1].id)
    assert result.comparison is not None and result.comparison.after.id == done[1].id


# -- before and after -----------------------------------------------------------------------------

def test_record_before_and_correct_it(store, case):
    assert store.closure.before(case.id) is None
    s = store.closure.record_before(case.id, SituationInput("arbetslos", "forsorjningsstod", "0 %"))
    assert (s.occupation_label, s.income_source_label, s.occupation_percent, s.recorded_date) == (
        "Arbetslös", "Försörjningsstöd", 0, d(0))
    assert s.text == "Arbetslös, 0 %; Försörjningsstöd"
    store.closure.record_before(case.id, SituationInput("praktik_arbetstraning", "aktivitetsstod", 50, d(-10)))
    again = store.closure.before(case.id)
    assert (again.occupation, again.occupation_percent, again.recorded_date) == ("praktik_arbetstraning", 50, d(-10))
    assert count(store, "situations_before") == 1


def test_before_is_recorded_with_the_case_in_one_transaction(store, add_client):
    from app.models.cases import CaseInput

    client = add_client()
    with pytest.raises(ValidationError), store.transaction():
        case = store.cases.open(client.id, CaseInput(referral_date=d(0), referred_by="af",
                                                     target_group="ama_medarbetare"))
        store.closure.record_before(case.id, SituationInput("arbetslos", "a_kassa", 101))
    assert count(store, "cases") == 0 and count(store, "situations_before") == 0


@pytest.mark.parametrize("percent, message", [
    (101, "Sysselsättningsgrad före får vara högst 100 %."),
    (-1, "Sysselsättningsgrad före kan inte vara negativ."),
    ("halvtid", "Sysselsättningsgrad före måste vara ett heltal."),
    ("", "Sysselsättningsgrad före måste anges."),
])
def test_before_percent_is_checked(store, case, percent, message):
    with pytest.raises(ValidationError) as info:
        store.closure.record_before(case.id, SituationInput("arbetslos", "a_kassa", percent))
    assert info.value.errors == {"before.occupation_percent": message}


def test_the_time_on_public_support_before_is_optional_and_checked(store, case):
    assert store.closure.record_before(case.id, SituationInput("arbetslos", "a_kassa", 0)).public_support_time == ""
    recorded = store.closure.record_before(case.id, SituationInput("arbetslos", "a_kassa", 0,
                                                                   public_support_time="over_5_ar"))
    assert recorded.public_support_time == "over_5_ar" == store.closure.before(case.id).public_support_time
    with pytest.raises(ValidationError) as info:
        store.closure.record_before(case.id, SituationInput("arbetslos", "a_kassa", 0, public_support_time="evigt"))
    assert info.value.errors == {"before.public_support_time": "Välj tid med offentlig försörjning före insatsen."}
    assert store.closure.before(case.id).public_support_time == "over_5_ar"  # the refused one changed nothing


def test_before_choices_are_checked(store, case):
    with pytest.raises(ValidationError) as info:
        store.closure.record_before(case.id, SituationInput("", "lotto", 10, d(3)))
    assert info.value.errors == {
        "before.occupation": "Välj sysselsättning före.",
        "before.income_source": "Välj huvudsaklig försörjning före.",
        "before.recorded_date": "Datum för uppgifterna före kan inte ligga i framtiden.",
    }


# -- closing --------------------------------------------------------------------------------------

def test_close_a_case_after_evaluation(store, surveyed):
    store.closure.record_before(surveyed.id, SituationInput("arbetslos", "forsorjningsstod", 0))
    make_plan(store, surveyed.id)
    store.evaluation.evaluate(surveyed.id, None, EvaluationInput("uppnatt", now="Arbetar halvtid."))
    store.process.complete(surveyed.id, "utvardera")
    closure = store.closure.close_case(surveyed.id, ClosureInput(
        outcome="okad_sysselsattningsgrad", closed_date=d(-1), continued_where="Företagshälsovården",
        continued_purpose="Behålla rutinerna", collaboration="Arbetsgivaren", after=after(occupation_percent="50")))
    assert closure.outcome_label == "Ökad sysselsättningsgrad"
    assert closure.after.text == "Ej subventionerat arbete, 50 %; Ingen offentlig försörjning"
    assert (closure.closed_date, closure.created_by, closure.is_superseded) == (d(-1), "Anna Andersson", False)
    case = store.cases.get(surveyed.id)
    assert case.is_closed and case.closed_date == d(-1)
    assert store.process.statuses(surveyed.id)["avsluta"].state == "klar"
    assert store.closure.get(surveyed.id) == closure
    assert store.closure.before(surveyed.id).occupation == "arbetslos"


def test_closing_without_outcome_says_so_at_the_field(store, surveyed):
    with pytest.raises(ValidationError) as info:
        store.closure.close_case(surveyed.id, ClosureInput(after=after(), reason="Flyttat"))
    assert info.value.errors == {"outcome": "Välj utfall."}
    with pytest.raises(ValidationError) as info:
        store.closure.close_case(surveyed.id, ClosureInput(outcome="annat", closed_date="2026-10-01",
                                                           after=SituationInput(), reason="x"))
    assert info.value.errors == {
        "outcome_other": "Beskriv utfallet när du valt Annat.",
        "closed_date": "Avslutsdatum kan inte vara före remissdatum (2026-11-02).",
        "after.occupation": "Välj sysselsättning efter.",
        "after.income_source": "Välj huvudsaklig försörjning efter.",
        "after.occupation_percent": "Sysselsättningsgrad efter måste anges.",
    }
    assert not store.cases.get(surveyed.id).is_closed and count(store, "closures") == 0


def test_close_case_is_atomic_when_the_process_refuses(store, surveyed):
    """Utvärdera not finished and no reason: the process refuses, nothing of the closing stays."""
    events = count(store, "step_events")
    with pytest.raises(RuleError, match="Utvärdera är inte klar"):
        store.closure.close_case(surveyed.id, ClosureInput(
            outcome="studier", after=after(), before=SituationInput("arbetslos", "a_kassa", 0)))
    case = store.cases.get(surveyed.id)
    assert not case.is_closed and case.closed_date is None
    assert count(store, "closures") == 0 and count(store, "situations_before") == 0
    assert count(store, "step_events") == events
    assert store.process.statuses(surveyed.id)["avsluta"].state == "ej_paborjad"


def test_close_case_is_atomic_without_the_survey(store, case):
    with pytest.raises(RuleError, match="Kartläggningen kommer först"):
        store.closure.close_case(case.id, ClosureInput(outcome="flyttat", after=after(), reason="Flyttat"))
    assert not store.cases.get(case.id).is_closed and count(store, "closures") == 0


def test_close_case_with_reason_and_late_before(store, surveyed):
    closure = store.closure.close_case(surveyed.id, ClosureInput(
        outcome="avbrutet", reason="Klienten avbröt.", after=after(occupation="arbetslos", occupation_percent=0,
                                                                  income_source="a_kassa"),
        before=SituationInput("arbetslos", "a_kassa", 0, d(-18))))
    assert closure.reason == "Klienten avbröt."
    assert store.process.statuses(surveyed.id)["avsluta"].skip_reason == "Klienten avbröt."
    assert store.closure.before(surveyed.id).recorded_date == d(-18)


def test_closing_a_closed_case_is_refused(store, surveyed):
    store.closure.close_case(surveyed.id, ClosureInput(outcome="flyttat", after=after(), reason="Flyttat"))
    with pytest.raises(RuleError, match="avslutat"):
        store.closure.close_case(surveyed.id, ClosureInput(outcome="flyttat", after=after(), reason="Flyttat"))
    with pytest.raises(RuleError, match="avslutat"):
        store.closure.record_before(surveyed.id, SituationInput("arbetslos", "a_kassa", 0))
    assert count(store, "closures") == 1


def test_reopening_keeps_the_closure_as_history(store, surveyed):
    first = store.closure.close_case(surveyed.id, ClosureInput(outcome="flyttat", after=after(), reason="Flyttat"))
    store.process.reopen(surveyed.id, "avsluta", "Flyttade tillbaka.")
    assert not store.cases.get(surveyed.id).is_closed
    assert store.closure.get(surveyed.id) is None
    [old] = store.closure.history(surveyed.id)
    assert old.id == first.id and old.is_superseded
    assert (old.superseded_by, old.superseded_note, old.outcome) == ("Anna Andersson", "Flyttade tillbaka.", "flyttat")
    second = store.closure.close_case(surveyed.id, ClosureInput(outcome="studier", after=after(), reason="Studier"))
    history = store.closure.history(surveyed.id)
    assert [c.id for c in history] == [first.id, second.id]
    assert [c.is_superseded for c in history] == [True, False]
    assert store.closure.get(surveyed.id).outcome == "studier"


def test_draft_input_uses_the_avsluta_answers_and_the_before_values(store, surveyed):
    store.closure.record_before(surveyed.id, SituationInput("sjukskriven", "sjukpenning", 25))
    store.process.save_answer(surveyed.id, "avsluta.var", "Primärvården")
    draft = store.closure.draft_input(surveyed.id)
    assert draft.continued_where == "Primärvården" and draft.closed_date == d(0)
    assert (draft.after.occupation, draft.after.occupation_percent) == ("sjukskriven", 25)


def test_before_is_recorded_with_the_case_or_not_at_all(store, add_client):
    from app.models.cases import CaseInput
    from app.models.closure import SituationInput
    from app.models.errors import ValidationError

    client = add_client()
    data = CaseInput(referral_date="2026-11-02", referred_by="hr", target_group="korttidsfranvaro")
    with pytest.raises(ValidationError) as refused:
        store.cases.open(client.id, data, SituationInput("", "forsorjningsstod", 150))
    assert set(refused.value.errors) >= {"before.occupation", "before.occupation_percent"}
    assert store.cases.for_client(client.id) == []  # no case without its situation
    case = store.cases.open(client.id, data, SituationInput("arbetslos", "forsorjningsstod", 0))
    assert store.closure.before(case.id).income_source == "forsorjningsstod"
