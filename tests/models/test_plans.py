"""Development plans: versions, agreement, follow-ups, the four-week rule, "current plan", validation."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.errors import NotFound, RuleError, ValidationError
from app.models.plans import PlanInput, SubGoalInput, next_follow_up
from app.models.store import Store
from tests.support import FIXED_NOW, TEST_PASSWORD, TODAY, count


def d(days: int) -> str:
    """ISO date ``days`` from the fixed today (2026-11-20)."""
    return (TODAY + dt.timedelta(days=days)).isoformat()


def goal(text="Komma i tid till arbetet", **kw) -> SubGoalInput:
    data = {"text": text, "actions": "Väckarklocka, bussappen", "responsible": "klienten", "start_date": d(0),
                "target_date": d(60), "follow_up_date": d(28)}
    data.update(kw)
    return SubGoalInput(**data)


def plan(*goals: SubGoalInput, **kw) -> PlanInput:
    data = {"main_goal": "Arbeta halvtid i caféet", "baseline": "Arbetar 25 %, kommer ofta sent.",
                "client_priorities": "Komma i tid. Orka hela passet.", "follow_up_date": d(30),
                "sub_goals": list(goals) if goals else [
                    goal(), goal("Orka hela arbetspasset", responsible="arbetsledare")]}
    data.update(kw)
    return PlanInput(**data)


def plan_rows(store) -> dict[str, int]:
    return {t: count(store, t) for t in ("plan_versions", "plan_goals", "plans", "plan_follow_ups")}


# -- versions -------------------------------------------------------------------------------------

def test_first_save_makes_version_one_as_a_draft(store, case):
    v1 = store.plans.save(case.id, plan())
    assert (v1.version, v1.is_agreed, v1.status_label) == (1, False, "Utkast")
    assert v1.main_goal == "Arbeta halvtid i caféet"
    assert [g.text for g in v1.sub_goals] == ["Komma i tid till arbetet", "Orka hela arbetspasset"]
    assert [g.number for g in v1.sub_goals] == [1, 2]
    assert v1.sub_goals[1].responsible_label == "Arbetsledare"
    assert all(g.lineage_id == g.id for g in v1.sub_goals)
    assert store.plans.latest(case.id) == v1 and store.plans.agreed(case.id) is None
    assert store.plans.in_force(case.id) == v1


def test_saving_a_draft_again_edits_it_in_place(store, case):
    v1 = store.plans.save(case.id, plan())
    data = v1.as_input()
    data.main_goal = "Arbeta 75 % i caféet"
    data.sub_goals[0].text = "Komma i tid fyra dagar av fem"
    data.sub_goals.pop(1)
    data.sub_goals.append(goal("Laga lunch själv", responsible="annan", responsible_other="Boendestödet"))
    again = store.plans.save(case.id, data)
    assert again.id == v1.id and again.version == 1
    assert again.sub_goals[0].id == v1.sub_goals[0].id  # the same sub-goal, changed
    assert [g.text for g in again.sub_goals] == ["Komma i tid fyra dagar av fem", "Laga lunch själv"]
    assert again.sub_goals[1].responsible_label == "Annan: Boendestödet"
    assert count(store, "plan_versions") == 1 and count(store, "plan_goals") == 2


def test_revising_an_agreed_plan_makes_a_new_version_and_keeps_the_old_one(store, case):
    v1 = store.plans.save(case.id, plan())
    store.plans.agree(v1.id, d(0), "Klienten, arbetsledaren Eva, arbetsterapeuten")
    revised = store.plans.get(v1.id).as_input()
    revised.main_goal = "Arbeta 75 % i caféet"
    revised.sub_goals[1].text = "Orka hela arbetspasset utan extra pauser"
    revised.sub_goals.append(goal("Ta bussen själv", responsible="arbetsterapeut"))
    v2 = store.plans.save(case.id, revised)

    assert v2.version == 2 and v2.id != v1.id and not v2.is_agreed
    versions = store.plans.versions(case.id)
    assert [v.version for v in versions] == [1, 2]
    old = versions[0]
    assert old.main_goal == "Arbeta halvtid i caféet"  # the earlier version is untouched
    assert [g.text for g in old.sub_goals] == ["Komma i tid till arbetet", "Orka hela arbetspasset"]
    assert old.agreed_participants == "Klienten, arbetsledaren Eva, arbetsterapeuten"
    # carried sub-goals keep their line, the new one starts its own
    assert [g.lineage_id for g in v2.sub_goals[:2]] == [g.id for g in v1.sub_goals]
    assert v2.sub_goals[2].lineage_id == v2.sub_goals[2].id
    # the plan in force stays version 1 until version 2 is agreed
    assert store.plans.agreed(case.id).id == v1.id and store.plans.in_force(case.id).id == v1.id
    store.plans.agree(v2.id, d(0), "Klienten och arbetsterapeuten")
    assert store.plans.in_force(case.id).id == v2.id
    assert store.plans.status(case.id).agreed_version == 2
    assert store.plans.get(v1.id).main_goal == "Arbeta halvtid i caféet"


def test_an_agreed_version_cannot_be_agreed_again_and_only_the_newest_can_be_agreed(store, case):
    v1 = store.plans.save(case.id, plan())
    store.plans.agree(v1.id, d(0), "Klienten")
    with pytest.raises(RuleError, match="redan överenskommen"):
        store.plans.agree(v1.id, d(0), "Klienten")
    store.plans.save(case.id, store.plans.get(v1.id).as_input())
    with pytest.raises(RuleError, match="redan överenskommen"):
        store.plans.agree(v1.id, d(0), "Klienten")


def test_agreeing_checks_its_fields(store, case):
    v1 = store.plans.save(case.id, plan(follow_up_date="", sub_goals=[goal(follow_up_date="")]))
    with pytest.raises(ValidationError) as info:
        store.plans.agree(v1.id, d(1), "  ")
    errors = info.value.errors
    assert errors["agreed_date"] == "Datum för överenskommelsen kan inte ligga i framtiden."
    assert errors["agreed_participants"] == "Vilka som deltog måste fyllas i."
    assert "följas upp" in errors["follow_up_date"]
    with pytest.raises(ValidationError, match="före remissdatum"):
        store.plans.agree(v1.id, "2026-10-01", "Klienten")
    assert not store.plans.get(v1.id).is_agreed


def test_versions_of_unknown_things(store, case):
    assert store.plans.versions(case.id) == [] and store.plans.latest(case.id) is None
    with pytest.raises(NotFound):
        store.plans.get(999)
    with pytest.raises(NotFound):
        store.plans.save(999, plan())


def test_a_goal_in_use_cannot_be_dropped_from_the_draft(store, case):
    from app.models.interventions import InterventionInput

    v1 = store.plans.save(case.id, plan())
    store.interventions.add(case.id, InterventionInput(d(0), 30, "kompensation", "hjalpmedel",
                                                       goal_id=v1.sub_goals[1].id))
    data = v1.as_input()
    data.sub_goals.pop(1)
    with pytest.raises(ValidationError) as info:
        store.plans.save(case.id, data)
    assert "delmål 2" in info.value.errors["sub_goals"]
    assert len(store.plans.get(v1.id).sub_goals) == 2


def test_goal_ids_from_another_case_are_refused(store, case, add_client, open_case):
    other = open_case(add_client(first_name="Olle").id)
    theirs = store.plans.save(other.id, plan())
    data = plan(goal(goal_id=theirs.sub_goals[0].id))
    with pytest.raises(ValidationError) as info:
        store.plans.save(case.id, data)
    assert info.value.errors == {"sub_goals[0].goal_id": "Delmål 1 hör inte till den här planen."}


# -- validation -----------------------------------------------------------------------------------

def test_bad_input_gives_messages_at_each_field_and_saves_nothing(store, case):
    before = plan_rows(store)
    bad = plan(
        goal(),  # fine
        goal(text="   ", responsible="", start_date=d(10), target_date=d(5), follow_up_date=d(-1)),
        goal(responsible="annan", start_date="", follow_up_date="2026-13-01"),
        main_goal="",
        follow_up_date=d(-3),
    )
    with pytest.raises(ValidationError) as info:
        store.plans.save(case.id, bad)
    assert info.value.errors == {
        "main_goal": "Huvudmål måste fyllas i.",
        "follow_up_date": "Uppföljning av planen kan inte ligga i det förflutna.",
        "sub_goals[1].text": "Delmål 2 måste fyllas i.",
        "sub_goals[1].responsible": "Välj ansvarig för delmål 2.",
        "sub_goals[1].target_date": f"Måldatum för delmål 2 kan inte vara före startdatum ({d(10)}).",
        "sub_goals[1].follow_up_date": "Uppföljning av delmål 2 kan inte ligga i det förflutna.",
        "sub_goals[2].responsible_other": "Ange vem som är ansvarig för delmål 3.",
        "sub_goals[2].start_date": "Startdatum för delmål 3 måste anges.",
        "sub_goals[2].follow_up_date": "Uppföljning av delmål 3 är inget giltigt datum (ÅÅÅÅ-MM-DD).",
    }
    assert plan_rows(store) == before


def test_follow_up_before_the_sub_goal_starts_is_refused(store, case):
    with pytest.raises(ValidationError) as info:
        store.plans.save(case.id, plan(goal(start_date=d(20), follow_up_date=d(10), target_date="")))
    assert info.value.errors == {
        "sub_goals[0].follow_up_date": f"Uppföljning av delmål 1 kan inte vara före startdatum ({d(20)})."
    }


def test_a_failure_while_writing_leaves_no_half_plan(store, case, monkeypatch):
    """The second sub-goal's insert fails: neither the version nor the first sub-goal remains."""
    from app.models import plans as plans_module

    real = plans_module.Plans._write_goals

    def broken(self, tx, version_id, goals, keep):
        real(self, tx, version_id, goals[:1], keep)
        raise RuntimeError("disken full")

    monkeypatch.setattr(plans_module.Plans, "_write_goals", broken)
    before = plan_rows(store)
    updated_before = store.cases.get(case.id).updated_at
    with pytest.raises(RuntimeError):
        store.plans.save(case.id, plan())
    assert plan_rows(store) == before
    assert store.cases.get(case.id).updated_at == updated_before


def test_past_dates_are_fine_for_start_and_target(store, case):
    v = store.plans.save(case.id, plan(goal(start_date=d(-30), target_date=d(-2), follow_up_date=d(7))))
    assert v.sub_goals[0].start_date == d(-30)


def test_closed_case_plan_is_read_only(store, case):
    store.process.save_answer(case.id, "utreda.vem", "Ny medarbetare")
    store.process.complete(case.id, "avsluta", "Flyttade")
    with pytest.raises(RuleError, match="avslutat"):
        store.plans.save(case.id, plan())


# -- follow-ups and "current" ---------------------------------------------------------------------

def test_next_follow_up_rules():
    assert next_follow_up(["2026-12-20", None, "2026-12-01"], []) == "2026-12-01"
    assert next_follow_up([None], []) is None
    # a follow-up held covers everything due up to that day, and sets the next one
    assert next_follow_up(["2026-12-01", "2026-12-20"], [("2026-12-02", "2027-01-15")]) == "2026-12-20"
    assert next_follow_up(["2026-12-01"], [("2026-12-02", "2027-01-15")]) == "2027-01-15"
    assert next_follow_up(["2026-12-01"], [("2026-12-02", None)]) is None
    # held early, it still settles the one that was next
    assert next_follow_up(["2026-12-01", "2027-02-01"], [("2026-11-25", None)]) == "2027-02-01"
    assert next_follow_up(["2026-12-01"], [("2026-11-25", "2027-01-10")]) == "2027-01-10"
    assert next_follow_up(["2027-03-01"], [("2026-12-02", "2027-01-15"), ("2027-01-15", "2027-02-12")]) == "2027-02-12"


def at(db_path, day: dt.date) -> Store:
    """The same database seen on another day."""
    return Store.open(db_path, clock=lambda: dt.datetime.combine(day, FIXED_NOW.time()))


def test_current_plan_needs_agreement_and_a_follow_up_not_overdue(store, case, db_path):
    assert not store.plans.status(case.id).is_current
    assert store.plans.status(case.id).label == "Ingen utvecklingsplan"
    v1 = store.plans.save(case.id, plan(goal(follow_up_date=d(14)), follow_up_date=d(30)))
    status = store.plans.status(case.id)
    assert not status.is_current and status.next_follow_up is None
    assert "ej överenskommen" in status.label
    store.plans.agree(v1.id, d(0), "Klienten")
    status = store.plans.status(case.id)
    assert status.is_current and status.next_follow_up == d(14)
    assert status.label == f"Aktuell plan (version 1), nästa uppföljning {d(14)}"

    assert store.plans.is_current(case.id, TODAY + dt.timedelta(days=14))  # due that day: not overdue yet
    assert not store.plans.is_current(case.id, TODAY + dt.timedelta(days=15))
    later = at(db_path, TODAY + dt.timedelta(days=16))
    try:
        assert "försenad" in later.plans.status(case.id).label
        later.users.sign_in(store.user_id, TEST_PASSWORD)
        with pytest.raises(ValidationError) as info:
            later.plans.record_follow_up(case.id, d(16), next_follow_up=d(10))
        assert info.value.errors == {"next_follow_up": "Nästa uppföljning kan inte ligga i det förflutna."}
        f = later.plans.record_follow_up(case.id, d(16), "Går bättre.", next_follow_up=d(44))
        assert (f.version, f.follow_up_date, f.next_follow_up, f.created_by) == (1, d(16), d(44), "Anna Andersson")
        status = later.plans.status(case.id)
        assert status.next_follow_up == d(30)  # the plan's own follow-up comes first
        assert status.is_current
        # a second one the same day settles the plan's own follow-up, and names none
        later.plans.record_follow_up(case.id, d(16), next_follow_up="")
        assert later.plans.status(case.id).next_follow_up is None
    finally:
        later.close()


def test_follow_up_with_no_next_date_ends_current(store, case):
    v1 = store.plans.save(case.id, plan(goal(follow_up_date=d(1)), follow_up_date=""))
    store.plans.agree(v1.id, d(0), "Klienten")
    store.plans.record_follow_up(case.id, d(0), "Sista uppföljningen, en dag tidigt", next_follow_up=None)
    status = store.plans.status(case.id)
    assert status.next_follow_up is None and not status.is_current
    assert status.label == "Planen (version 1) har ingen planerad uppföljning"


def test_follow_up_needs_an_agreed_plan_and_sane_dates(store, case):
    with pytest.raises(RuleError, match="inte överenskommen"):
        store.plans.record_follow_up(case.id, d(0))
    v1 = store.plans.save(case.id, plan())
    store.plans.agree(v1.id, d(-2), "Klienten")
    with pytest.raises(ValidationError) as info:
        store.plans.record_follow_up(case.id, d(-5), next_follow_up=d(-5))
    assert set(info.value.errors) == {"follow_up_date", "next_follow_up"}
    with pytest.raises(ValidationError) as info:
        store.plans.record_follow_up(case.id, d(1))
    assert info.value.errors == {"follow_up_date": "Datum för uppföljningen kan inte ligga i framtiden."}
    assert store.plans.follow_ups(case.id) == []


def test_share_with_a_current_plan(store, user, add_client, open_case):
    """Five AMA employees: three current plans, one overdue, one without; other groups do not count."""
    cases = [open_case(add_client(first_name=f"K{i}").id) for i in range(5)]
    other_group = open_case(add_client(first_name="Boende").id, target_group="boendestod_forsorjningsstod")
    for c, follow in zip(cases[:4], (d(10), d(3), d(0), d(1))):
        v = store.plans.save(c.id, plan(goal(follow_up_date=follow), follow_up_date=""))
        store.plans.agree(v.id, d(0), "Klienten")
    v = store.plans.save(other_group.id, plan())
    store.plans.agree(v.id, d(0), "Klienten")

    share = store.plans.current_share()
    assert (share.current, share.total) == (4, 5)
    assert share.text == "4 av 5 (80 %)"
    tomorrow = TODAY + dt.timedelta(days=1)
    assert store.plans.current_share(tomorrow).current == 3  # d(0) is overdue tomorrow
    assert store.plans.current_share(target_group=None).text == "5 av 6 (83 %)"
    assert store.plans.current_share(user_id=user.id).total == 5
    assert store.plans.current_share(user_id=user.id + 1000).text == "Inga aktiva klienter"
    # a case closed today was worked with today; it leaves the count the day after (plan_share.py)
    store.process.save_answer(cases[4].id, "utreda.vem", "x")
    store.process.complete(cases[4].id, "avsluta", "Flyttat")
    assert store.plans.current_share().text == "4 av 5 (80 %)"
    assert store.plans.current_share(tomorrow).text == "3 av 4 (75 %)"


# -- the four-week rule ---------------------------------------------------------------------------

def test_four_week_rule_counts_from_the_start_date(store, case, add_client, open_case):
    c = open_case(add_client(first_name="Ny").id, ama_start_date="2026-11-01")
    deadline = store.plans.deadline(c.id)
    assert (deadline.start_date, deadline.deadline, deadline.days_left) == ("2026-11-01", "2026-11-29", 9)
    assert deadline.met is None
    assert deadline.label == "Plan senast 2026-11-29 (om 9 dagar)"
    v = store.plans.save(c.id, plan())
    assert store.plans.deadline(c.id).met is None  # a draft does not count
    store.plans.agree(v.id, "2026-11-20", "Klienten")
    deadline = store.plans.deadline(c.id)
    assert deadline.met is True and deadline.agreed_date == "2026-11-20"
    assert deadline.label.startswith("Plan överenskommen i tid")


def test_four_week_rule_passed_and_late(store, add_client, open_case):
    c = open_case(add_client().id, referral_date="2026-10-01", ama_start_date="2026-09-20")
    deadline = store.plans.deadline(c.id)
    assert deadline.deadline == "2026-10-18" and deadline.met is False and deadline.days_left == -33
    assert deadline.label == "Ingen överenskommen plan – tidsgränsen 2026-10-18 passerades för 33 dagar sedan"
    v = store.plans.save(c.id, plan())
    # a draft is no agreed plan: the page shows the draft and this line beside it without contradiction
    assert store.plans.deadline(c.id).label.startswith("Ingen överenskommen plan")
    store.plans.agree(v.id, "2026-11-19", "Klienten")
    deadline = store.plans.deadline(c.id)
    assert deadline.met is False and deadline.label.startswith("Plan överenskommen efter tidsgränsen")
    assert store.plans.status(c.id).first_agreed_date == "2026-11-19"


def test_four_week_rule_uses_the_referral_date_without_a_start_date(store, case):
    assert store.cases.get(case.id).ama_start_date is None
    assert store.plans.deadline(case.id).deadline == "2026-11-30"


def test_four_week_period_is_a_setting(store, case):
    assert store.settings.plan_deadline_days() == 28
    store.settings.set_plan_deadline_days("14")
    assert store.plans.deadline(case.id).deadline == "2026-11-16"
    assert store.plans.deadline(case.id).met is False
    with pytest.raises(ValidationError) as info:
        store.settings.set_plan_deadline_days("två veckor")
    assert info.value.errors == {"plan_deadline_days": "Tid till utvecklingsplan (dagar) måste vara ett heltal."}
    with pytest.raises(ValidationError):
        store.settings.set_plan_deadline_days(0)
    assert store.settings.plan_deadline_days() == 14


def test_four_week_rule_is_only_for_ama_employees(store, add_client, open_case):
    c = open_case(add_client().id, target_group="korttidsfranvaro")
    assert store.plans.deadline(c.id) is None
    assert store.plans.status(c.id).deadline is None


def test_later_agreement_keeps_the_first_agreed_date(store, add_client, open_case):
    c = open_case(add_client().id, ama_start_date="2026-11-01")
    v1 = store.plans.save(c.id, plan())
    store.plans.agree(v1.id, "2026-11-10", "Klienten")
    v2 = store.plans.save(c.id, store.plans.get(v1.id).as_input())
    with pytest.raises(ValidationError, match="förra versionens"):
        store.plans.agree(v2.id, "2026-11-05", "Klienten")
    store.plans.agree(v2.id, "2026-11-20", "Klienten")
    assert store.plans.status(c.id).first_agreed_date == "2026-11-10"
    assert store.plans.deadline(c.id).met is True


def test_goals_carried_from_doa_become_sub_goals(store, case):
    carried = store.plans.carry_goals(case.id, ["Arbeta heltid i köket", "- Klara morgonpasset", "", "• Lyfta rätt"])
    first = carried.version
    assert first.main_goal == "Arbeta heltid i köket"
    assert carried.added == ("Arbeta heltid i köket", "Klara morgonpasset", "Lyfta rätt")
    assert [(g.text, g.responsible) for g in first.sub_goals] == [
        ("Klara morgonpasset", ("klienten",)), ("Lyfta rätt", ("klienten",))]
    again = store.plans.carry_goals(case.id, ["Ta bussen själv"]).version
    assert again.id == first.id  # still the draft: the goals are added to it
    assert [g.text for g in again.sub_goals][-1] == "Ta bussen själv"


def test_goals_carried_twice_are_not_added_twice(store, case):
    lines = ["Arbeta heltid i köket", "Klara morgonpasset"]
    store.plans.carry_goals(case.id, lines)
    with pytest.raises(ValidationError) as refused:
        store.plans.carry_goals(case.id, lines)
    assert "finns redan i utvecklingsplanen: Arbeta heltid i köket; Klara morgonpasset" in refused.value.errors["goals"]
    carried = store.plans.carry_goals(case.id, ["klara morgonpasset", "Ta bussen själv"])
    assert (carried.added, carried.already_there) == (("Ta bussen själv",), ("klara morgonpasset",))
    assert [g.text for g in carried.version.sub_goals] == ["Klara morgonpasset", "Ta bussen själv"]


def test_goals_carried_into_a_plan_whose_follow_ups_have_passed_leave_those_dates_for_new_ones(store, case):
    today = store.today()
    version = store.plans.save(case.id, PlanInput(
        main_goal="Arbeta kvar", follow_up_date=(today + dt.timedelta(days=3)).isoformat(),
        sub_goals=[SubGoalInput(text="Gå ner i tid", responsible="klienten", start_date=case.referral_date,
                                follow_up_date=(today + dt.timedelta(days=3)).isoformat())]))
    store.plans.agree(version.id, today.isoformat(), "Klienten")
    later = Store.open(store.path, clock=lambda: dt.datetime.combine(today + dt.timedelta(days=10), dt.time(9)))
    try:
        later.user_id = store.user_id
        carried = later.plans.carry_goals(case.id, ["Lyfta rätt"])
    finally:
        later.close()
    assert carried.cleared_follow_ups and carried.version.version == 2
    assert carried.version.follow_up_date in ("", None)
    assert [g.follow_up_date or "" for g in carried.version.sub_goals] == ["", ""]
    assert store.plans.get(version.id).follow_up_date == (today + dt.timedelta(days=3)).isoformat()  # v1 kept


def test_carrying_no_goals_is_explained(store, case):
    from app.models.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        store.plans.carry_goals(case.id, ["", "  "])
    assert "inga mål" in refused.value.errors["goals"]


def test_annan_ansvarig_under_another_responsible_is_refused_not_dropped(store, case):
    with pytest.raises(ValidationError) as refused:
        store.plans.save(case.id, plan(goal(responsible="klienten", responsible_other="Boendestödet")))
    assert refused.value.errors == {"sub_goals[0].responsible_other": (
        "Annan ansvarig för delmål 1 är ifylld men ansvarig är Klienten. Välj Annan eller töm fältet.")}
    assert plan_rows(store)["plan_versions"] == 0
    saved = store.plans.save(case.id, plan(goal(responsible="annan", responsible_other="Boendestödet")))
    assert saved.sub_goals[0].responsible_label == "Annan: Boendestödet"
