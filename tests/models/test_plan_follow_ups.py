"""A follow-up of the plan records who took part beside what was followed up; whether one may be
recorded is a read model the plan page asks (store.plans.follow_up_action)."""

from __future__ import annotations

import pytest

from app.models.errors import RuleError, ValidationError
from app.models.plans import PlanInput
from tests.builders import agreed_plan, closed_case


def test_a_follow_up_keeps_what_was_followed_up_and_who_took_part(store, case):
    agreed_plan(store, case.id)
    held = store.plans.record_follow_up(case.id, "2026-11-20", "Morgonpassen går bra.", "2027-01-15",
                                        participants="Klienten och arbetsledaren Per")
    assert (held.note, held.participants, held.next_follow_up) == (
        "Morgonpassen går bra.", "Klienten och arbetsledaren Per", "2027-01-15")
    assert store.plans.follow_ups(case.id) == [held]
    assert store.plans.status(case.id).next_follow_up == "2027-01-15"


def test_participants_are_checked_like_other_text(store, case):
    agreed_plan(store, case.id)
    with pytest.raises(ValidationError) as refused:
        store.plans.record_follow_up(case.id, "2026-11-20", "", "2027-01-15", participants="x" * 2001)
    assert "Vilka som deltog får vara högst 2 000 tecken" in refused.value.errors["participants"]


def test_a_follow_up_needs_an_agreed_plan_and_an_open_case(store, case):
    store.plans.save(case.id, PlanInput(main_goal="Ett mål", follow_up_date="2026-12-01"))
    refusal = store.plans.follow_up_action(case.id)
    assert not refusal.ok and "inte överenskommen" in refusal.reason
    with pytest.raises(RuleError, match="inte överenskommen"):
        store.plans.record_follow_up(case.id, "2026-11-20")
    agreed_plan(store, case.id)
    assert store.plans.follow_up_action(case.id).ok
    closed_case(store, case.id)
    closed = store.plans.follow_up_action(case.id)
    assert not closed.ok
    with pytest.raises(RuleError, match=closed.reason):
        store.plans.record_follow_up(case.id, "2026-11-20")


def test_the_proposed_next_follow_up_is_the_plans_next_or_four_weeks_on(store, case):
    import datetime as dt

    assert store.plans.proposed_next_follow_up(case.id, "2026-11-20") is None  # no agreed plan
    agreed_plan(store, case.id)  # its follow-up 2026-12-20
    assert store.plans.proposed_next_follow_up(case.id, "2026-11-20") == "2026-12-20"  # the date agreed stays
    assert store.plans.proposed_next_follow_up(case.id, "2026-12-20") == "2027-01-17"  # held that day: 4 weeks on
    store._clock = lambda: dt.datetime(2027, 1, 10, 10, 0)  # noqa: SLF001 - the plan's date has passed
    assert store.plans.proposed_next_follow_up(case.id, "2027-01-10") == "2027-02-07"
    # recorded late (held in December): four weeks on from then is past too, so four weeks from today
    assert store.plans.proposed_next_follow_up(case.id, "2026-12-05") == "2027-02-07"
    assert store.plans.proposed_next_follow_up(case.id, "2026-12-20") == "2027-01-17"
    held = store.plans.record_follow_up(case.id, "2027-01-10", "Bra.",
                                        store.plans.proposed_next_follow_up(case.id, "2027-01-10"))
    assert held.next_follow_up == "2027-02-07" and store.plans.is_current(case.id)  # the proposal is accepted
