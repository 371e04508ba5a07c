"""Att göra and collaboration meetings: the agreed actions due or overdue (the unit's own, and the
other organisations' and the client's to follow up) and the planned meetings of the coming days."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.meetings import ActionInput, MeetingPlan, MeetingRecord, ParticipantInput
from tests import builders
from tests.support import TODAY

AF = ParticipantInput("af", "Handläggare", "Eva Ek", "010-123 45 67")
FK = ParticipantInput("fk", "Handläggare", "Per Persson", "0771-524 524")
US = ParticipantInput("enheten", "Arbetsterapeut", "Anna Andersson", "0647-161 00")


def d(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


def consented_case(store, first_name: str, **case_fields):
    case = builders.client_with_case(store, case_fields, first_name=first_name, last_name="Mötesson")
    for who in ("af", "fk"):
        store.consents.add(case.id, who, "skriftligt", "2026-11-03")
    return case


def plan(store, case, day: int, time="09:00", place="Storgatan 1, Sundsvall", kind="gemensam_kartlaggning",
         participants=(AF, FK, US), link=""):
    return store.meetings.plan(case.id, MeetingPlan(kind, f"{d(day)}T{time}", 60, place=place, video_link=link,
                                                    purpose="Kartläggning.", participants=list(participants)))


def held(store, case, actions, day=-10):
    m = plan(store, case, day)
    return store.meetings.record(m.id, MeetingRecord("Vi gick igenom dagarna.", actions))


@pytest.fixture
def colleague(store):
    return store.users.add("Bo Berg", "arbetsmarknadskoordinator")


def test_actions_due_or_overdue_ours_and_theirs_on_my_cases(store, user):
    case = consented_case(store, "Karin")
    m = held(store, case, [
        ActionInput("enheten", "Skickar kartläggningen till Af", d(3)),
        ActionInput("af", "Bokar  arbetsträning", d(-2)),
        ActionInput("klienten", "Provar att gå upp 07:00.", d(7)),  # its full stop gives way to the row's note
        ActionInput("fk", "Skickar beslut", d(8)),  # more than a week ahead
        ActionInput("af", "Ringer arbetsgivaren", ""),  # no date: nothing to be late with
        ActionInput("enheten", "Bokar lokal", d(-5), done_date=d(-6)),  # done
    ])
    ours, theirs = store.todo.meeting_actions(user.id)
    assert [(r.case_id, r.date, r.days, r.detail) for r in ours] == [
        (case.id, d(3), 3, f"Skickar kartläggningen till Af (senast om 3 dagar; från gemensam kartläggning {d(-10)})")]
    assert [(r.date, r.detail) for r in theirs] == [
        (d(-2), f"Arbetsförmedlingen: Bokar arbetsträning (försenad, skulle vara klar 2 dagar sedan; "
                f"från gemensam kartläggning {d(-10)})"),
        (d(7), f"Klienten: Provar att gå upp 07:00 (senast om 7 dagar; från gemensam kartläggning {d(-10)})")]
    # each row names its action (Markera klar marks that one)
    assert [r.action_id for r in ours] == [m.actions[0].id]
    assert [r.action_id for r in theirs] == [m.actions[1].id, m.actions[2].id]
    # marked done, it leaves the page
    store.meetings.set_action_done(m.actions[1].id, TODAY.isoformat())
    assert [r.date for r in store.todo.meeting_actions(user.id)[1]] == [d(7)]
    page = store.todo.overview(user.id)
    assert (len(page.meeting_actions), len(page.meeting_follow_ups)) == (1, 1)


def test_actions_of_struck_or_corrected_records_and_of_others_cases(store, user, colleague):
    mine = consented_case(store, "Karin")
    struck = held(store, mine, [ActionInput("af", "Struken åtgärd", d(1))])
    store.meetings.strike(struck.id, "Fel ärende")
    signed = held(store, mine, [ActionInput("af", "Gammal åtgärd", d(1))])
    store.meetings.sign(signed.id)
    store.meetings.correct(signed.id, MeetingRecord("Vi gick igenom dagarna.",
                                                    [ActionInput("af", "Rättad åtgärd", d(2))]), "Fel åtgärd")
    theirs = consented_case(store, "Leif", responsible_user_id=colleague.id)
    held(store, theirs, [ActionInput("enheten", "Bos åtgärd", d(1))])

    assert [r.detail.split(" (")[0] for r in store.todo.meeting_actions(user.id)[1]] == [
        "Arbetsförmedlingen: Rättad åtgärd"]
    assert store.todo.meeting_actions(user.id)[0] == []
    everyone = store.todo.meeting_actions(None)
    assert [r.responsible for r in everyone[0]] == ["Bo Berg"]


def test_planned_meetings_of_the_coming_days_with_time_and_place(store, user):
    case = consented_case(store, "Karin")
    plan(store, case, 2, "13:00")
    plan(store, case, 0, "15:30", place="", link="https://möte.example/abc", kind="annat",
         participants=(FK, US, AF))
    plan(store, case, 8)  # further ahead than a week
    cancelled = plan(store, case, 1)
    store.meetings.cancel(cancelled.id, "Klienten är sjuk")
    plan(store, case, -3, "10:00")  # passed, neither recorded nor cancelled
    held(store, case, [], day=-2)  # recorded: nothing left to do
    rows = store.todo.meetings(user.id)
    assert [(r.date, r.days, r.detail) for r in rows] == [
        (d(-3), -3, "Gemensam kartläggning kl. 10:00–11:00, med Af och FK har passerat utan anteckning "
                    "(3 dagar sedan): dokumentera eller ställ in mötet"),
        (d(0), 0, "Annat möte kl. 15:30–16:30 (i dag), videomöte, med Af och FK"),  # Af first, as always
        (d(2), 2, "Gemensam kartläggning kl. 13:00–14:00 (om 2 dagar), Storgatan 1, Sundsvall, med Af och FK")]
    assert all(r.case_id == case.id for r in rows)
    assert store.todo.overview(user.id).meetings == rows
