"""Interventions and collaboration meetings on a case."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.errors import NotFound, RuleError, ValidationError
from app.models.interventions import InterventionInput, MeetingInput
from app.models.plans import PlanInput, SubGoalInput
from tests.support import FIXED_TIMESTAMP, TODAY, count


def d(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


@pytest.fixture
def version(store, case):
    goals = [SubGoalInput(text=t, responsible="klienten", start_date=d(0), follow_up_date=d(14))
             for t in ("Komma i tid", "Lyfta utan smärta")]
    return store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid", sub_goals=goals))


def test_log_an_intervention_for_a_sub_goal(store, case, version):
    goal = version.sub_goals[1]
    i = store.interventions.add(case.id, InterventionInput(d(-1), "45", "kompensation", "hjalpmedel",
                                                           goal_id=goal.id, text="Provade lyftvagn."))
    assert (i.intervention_date, i.minutes, i.model_label, i.kind_label) == (d(-1), 45, "Kompensation",
                                                                             "Hjälpmedel/arbetshjälpmedel")
    assert i.goal_label == "Delmål 2 (version 1): Lyfta utan smärta"
    assert (i.author, i.created_at) == ("Anna Andersson", FIXED_TIMESTAMP)
    assert store.interventions.for_case(case.id) == [i]
    without_goal = store.interventions.add(case.id, InterventionInput(d(0), 0, "pedagogisk", "gruppundervisning",
                                                                      text="Föreläsning om belastningsergonomi."))
    assert without_goal.goal_id is None and without_goal.goal_label == ""
    assert [x.id for x in store.interventions.for_case(case.id)] == [without_goal.id, i.id]  # newest first


def test_update_an_intervention(store, case, version):
    i = store.interventions.add(case.id, InterventionInput(d(0), 30, "aktivitetstraning", "undervisning_rad"))
    data = i.as_input()
    data.minutes, data.kind = 60, "traning_i_aktivitet"
    changed = store.interventions.update(i.id, data)
    assert (changed.minutes, changed.kind, changed.id) == (60, "traning_i_aktivitet", i.id)
    with pytest.raises(NotFound):
        store.interventions.get(999)


@pytest.mark.parametrize("minutes, message", [
    (-5, "Tid i minuter kan inte vara negativ."),
    ("-1", "Tid i minuter kan inte vara negativ."),
    ("en kvart", "Tid i minuter måste vara ett heltal."),
    ("12.5", "Tid i minuter måste vara ett heltal."),
    ("", "Tid i minuter måste anges."),
    (None, "Tid i minuter måste anges."),
    (5000, "Tid i minuter får vara högst 1 440."),
])
def test_bad_minutes(store, case, minutes, message):
    with pytest.raises(ValidationError) as info:
        store.interventions.add(case.id, InterventionInput(d(0), minutes, "kompensation", "hjalpmedel"))
    assert info.value.errors == {"minutes": message}
    assert count(store, "interventions") == 0


def test_every_field_is_checked(store, case, add_client, open_case):
    other = open_case(add_client(first_name="Olle").id)
    theirs = store.plans.save(other.id, PlanInput(main_goal="x", sub_goals=[
        SubGoalInput(text="y", responsible="klienten", start_date=d(0))]))
    with pytest.raises(ValidationError) as info:
        store.interventions.add(case.id, InterventionInput(d(1), 10, "magi", "annan", goal_id=theirs.sub_goals[0].id))
    assert info.value.errors == {
        "intervention_date": "Datum kan inte ligga i framtiden.",
        "model": "Välj modell.",
        "text": "Beskriv insatsen när du valt Annan.",
        "goal_id": "Delmålet hör inte till det här ärendets utvecklingsplan.",
    }
    assert count(store, "interventions") == 0


def test_interventions_follow_a_sub_goal_across_versions(store, case, version):
    first = store.interventions.add(case.id, InterventionInput(d(0), 30, "kompensation", "hjalpmedel",
                                                               goal_id=version.sub_goals[0].id))
    store.plans.agree(version.id, d(0), "Klienten")
    v2 = store.plans.save(case.id, version.as_input())
    second = store.interventions.add(case.id, InterventionInput(d(0), 20, "kompensation", "hjalpmedel",
                                                                goal_id=v2.sub_goals[0].id))
    assert [i.id for i in store.interventions.for_goal(v2.sub_goals[0].id)] == [second.id, first.id]
    assert [i.id for i in store.interventions.for_goal(version.sub_goals[1].id)] == []
    assert store.interventions.get(first.id).goal_version == 1


def test_summary_per_model_and_kind(store, case):
    for minutes, model, kind in ((30, "kompensation", "hjalpmedel"), (15, "kompensation", "fysisk_miljo"),
                                 (60, "pedagogisk", "undervisning_rad")):
        store.interventions.add(case.id, InterventionInput(d(0), minutes, model, kind))
    s = store.interventions.summary(case.id)
    assert (s.count, s.minutes) == (3, 105)
    assert s.by_model == {"kompensation": (2, 45), "pedagogisk": (1, 60)}
    assert list(s.by_kind) == ["hjalpmedel", "fysisk_miljo", "undervisning_rad"]


def test_logging_moves_the_case_activity(store, case, db_path):
    from app.models.store import Store

    later = Store.open(db_path, clock=lambda: dt.datetime(2026, 12, 1, 9, 30))
    try:
        later.interventions.add(case.id, InterventionInput("2026-11-30", 30, "kompensation", "hjalpmedel"))
        assert later.cases.get(case.id).updated_at == "2026-12-01 09:30:00"
    finally:
        later.close()


def test_closed_case_takes_no_interventions(store, case):
    store.process.save_answer(case.id, "utreda.vem", "x")
    store.process.complete(case.id, "avsluta", "Flyttade")
    with pytest.raises(RuleError, match="avslutat"):
        store.interventions.add(case.id, InterventionInput(d(0), 30, "kompensation", "hjalpmedel"))
    with pytest.raises(RuleError, match="avslutat"):
        store.interventions.add_meeting(case.id, MeetingInput(d(0), "kontaktmote", ["af"], participants="x"))


# -- meetings -------------------------------------------------------------------------------------

def test_collaboration_meeting_with_partners(store, case):
    m = store.interventions.add_meeting(case.id, MeetingInput(
        d(-2), "avstamningsmote", ["fk", "af", "annan", "af"], partner_other="Företagshälsovården",
        participants="Klienten, handläggare Af och FK", outcome="Arbetsträning 50 % från januari."))
    assert m.partners == ("af", "fk", "annan")
    assert m.partners_label == "Arbetsförmedlingen, Försäkringskassan, Företagshälsovården"
    assert m.kind_label == "Avstämningsmöte" and m.author == "Anna Andersson"
    assert store.interventions.meetings(case.id) == [m]
    data = m.as_input()
    data.partners, data.outcome = ["ifo"], "Överlämnat till IFO."
    changed = store.interventions.update_meeting(m.id, data)
    assert changed.partners == ("ifo",) and changed.partner_other == "" and changed.outcome == "Överlämnat till IFO."
    assert count(store, "meeting_partners") == 1


def test_meeting_fields_are_checked(store, case):
    with pytest.raises(ValidationError) as info:
        store.interventions.add_meeting(case.id, MeetingInput("", "fika", ["annan"], participants=" "))
    assert info.value.errors == {
        "meeting_date": "Datum måste anges.",
        "kind": "Välj typ av möte.",
        "partner_other": "Ange vilken annan samverkanspart som deltog.",
        "participants": "Deltagare måste fyllas i.",
    }
    with pytest.raises(ValidationError) as info:
        store.interventions.add_meeting(case.id, MeetingInput(d(0), "overlamning", [], participants="x"))
    assert info.value.errors == {"partners": "Välj minst en samverkanspart."}
    with pytest.raises(ValidationError) as info:
        store.interventions.add_meeting(case.id, MeetingInput(d(0), "overlamning", ["polisen"], participants="x"))
    assert info.value.errors == {"partners": "Välj samverkansparter ur listan."}
    assert count(store, "meetings") == 0 and count(store, "meeting_partners") == 0


# -- the kinds follow the model (issue 14) -----------------------------------------------------------

def test_each_model_offers_its_own_kinds_and_every_offered_kind_has_a_label():
    from app.models.vocab import INTERVENTION_KINDS, INTERVENTION_MODELS, intervention_kinds

    offered = {model: intervention_kinds(model).keys() for model in INTERVENTION_MODELS.keys()}  # noqa: SIM118
    assert "hjalpmedel" in offered["kompensation"] and "hjalpmedel" not in offered["funktionstraning"]
    assert "traning_kroppsfunktion" in offered["funktionstraning"]
    assert "gruppundervisning" in offered["pedagogisk"] and "gruppundervisning" not in offered["kompensation"]
    assert all(k in INTERVENTION_KINDS for kinds in offered.values() for k in kinds)
    assert intervention_kinds("").keys() == []


def test_a_kind_that_does_not_belong_to_the_model_is_refused_naming_the_field(store, case):
    with pytest.raises(ValidationError) as refused:
        store.interventions.add(case.id, InterventionInput(d(0), 30, "funktionstraning", "hjalpmedel"))
    assert refused.value.errors["kind"] == ("Typ av insats: Hjälpmedel/arbetshjälpmedel hör inte till modellen "
                                            "Funktionsträning. Välj en typ som hör till modellen.")
    assert store.interventions.for_case(case.id) == []


def _old_row(store, case_id, model, kind):
    """A row saved before the kinds followed the model (raw SQL: the service now refuses the pair)."""
    with store.transaction() as tx:
        return tx.insert("interventions", {"case_id": case_id, "intervention_date": d(0), "minutes": 40,
                                           "model": model, "kind": kind, "text": "Följde med till Af.",
                                           "author_id": store.user_id, "created_at": "x", "updated_at": "x"})


def test_an_old_combination_still_shows_counts_and_can_be_edited_but_not_chosen_anew(store, case):
    from app.models.statistics import intervention_stats

    old = store.interventions.get(_old_row(store, case.id, "aktivitetstraning", "stodjande"))
    assert (old.model_label, old.kind_label, old.kind_fits_model) == ("Aktivitetsträning", "Stödjande", False)
    assert [(r.model, r.kind, r.count, r.minutes) for r in intervention_stats(store).rows] == [
        ("aktivitetstraning", "stodjande", 1, 40)]
    data = old.as_input()
    data.minutes = 45  # the text and minutes of an old row can still be corrected
    assert store.interventions.update(old.id, data).minutes == 45
    data.model = "kompensation"  # …but a new pair must be one the model offers
    with pytest.raises(ValidationError) as refused:
        store.interventions.update(old.id, data)
    assert "Stödjande hör inte till modellen Kompensation" in refused.value.errors["kind"]
    with pytest.raises(ValidationError):
        store.interventions.add(case.id, InterventionInput(d(0), 30, "aktivitetstraning", "stodjande"))
