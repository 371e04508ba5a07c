"""Collaboration meetings as records (issue 16): plan, record, consent, sign, correct, strike, and
migration 19 on the meetings an older release logged."""

from __future__ import annotations

import pytest

from app.models import sqlite_driver
from app.models.errors import RuleError, ValidationError
from app.models.interventions import MeetingInput
from app.models.meetings import (
    CANCELLED,
    HELD,
    PLANNED,
    ActionInput,
    MeetingPlan,
    MeetingRecord,
    ParticipantInput,
)
from app.models.plans import PlanInput, SubGoalInput
from tests import builders
from tests.builders import database_at_version, old_case_sql
from tests.support import TODAY

AF = ParticipantInput("af", "Handläggare", "Eva Ek", "010-123 45 67")
FK = ParticipantInput("fk", "Handläggare", "Per Persson", "0771-524 524")
US = ParticipantInput("enheten", "Arbetsterapeut", "Anna Andersson", "0647-161 00")


@pytest.fixture
def consented(store, case):
    for who in ("af", "fk"):
        store.consents.add(case.id, who, "skriftligt", "2026-11-03")
    return case


def gk(starts_at="2026-12-10T09:00", participants=(AF, FK, US)) -> MeetingPlan:
    return MeetingPlan("gemensam_kartlaggning", starts_at, 60, place="Storgatan 1, Sundsvall",
                       purpose="Gemensam kartläggning av vad som behövs för att börja arbeta.",
                       questions=["Vad fungerar bra en vanlig dag?", "  ", "Vad vill du pröva först?"],
                       participants=list(participants))


@pytest.fixture
def goal(store, consented):
    version = store.plans.save(consented.id, PlanInput(main_goal="Arbeta halvtid", sub_goals=[
        SubGoalInput(text="Komma i tid", responsible="klienten", start_date="2026-11-20")]))
    return version.sub_goals[0]


def test_plan_a_meeting_in_the_future(store, consented):
    m = store.meetings.plan(consented.id, gk())
    assert (m.status, m.kind_label, m.date, m.time, m.ends_at) == (
        PLANNED, "Gemensam kartläggning", "2026-12-10", "09:00", "2026-12-10T10:00")
    assert m.questions == ("Vad fungerar bra en vanlig dag?", "Vad vill du pröva först?")
    assert [(p.organisation_label, p.role, p.name, p.phone) for p in m.participants] == [
        ("Arbetsförmedlingen", "Handläggare", "Eva Ek", "010-123 45 67"),
        ("Försäkringskassan", "Handläggare", "Per Persson", "0771-524 524"),
        ("Arbetsmarknadsavdelningen (AMA)", "Arbetsterapeut", "Anna Andersson", "0647-161 00")]  # the unit's name
    assert store.meetings.for_case(consented.id) == [m]
    # the old log's readers still see the partners (our own unit is not one)
    assert store.interventions.meeting(m.id).partners == ("af", "fk")
    assert store.query_value("SELECT count(*) FROM access_log WHERE what = ?", (f"möte {m.id} planerat",)) == 1


def test_an_organisation_without_consent_is_refused_by_name(store, case):
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03")
    with pytest.raises(ValidationError) as refused:
        store.meetings.plan(case.id, gk())
    assert set(refused.value.errors) == {"participants[1].organisation"}
    message = refused.value.errors["participants[1].organisation"]
    assert message.startswith("Deltagare 2: Samtycke saknas för Försäkringskassan")
    assert store.meetings.missing_consents(case.id, ["af", "fk", "enheten", "annan"]) == [
        store.meetings.missing_consents(case.id, ["fk"])[0], store.meetings.missing_consents(case.id, ["annan"])[0]]
    assert "Annan" in store.meetings.missing_consents(case.id, ["annan"])[0]
    assert store.query_value("SELECT count(*) FROM meetings") == 0


def test_a_withdrawn_consent_no_longer_lets_the_organisation_in(store, case):
    consent = store.consents.add(case.id, "fk", "skriftligt", "2026-11-03")
    store.consents.withdraw(consent.id, "2026-11-19")
    assert store.meetings.missing_consents(case.id, ["fk"])
    with pytest.raises(ValidationError, match="Försäkringskassan"):
        store.meetings.plan(case.id, gk(participants=[FK]))


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"kind": ""}, "kind", "Välj typ av möte."),
    ({"starts_at": "2026-12-10"}, "starts_at", "Datum och tid: ange även klockslag (TT:MM)."),
    ({"starts_at": "10/12"}, "starts_at", "Datum och tid: skriv datum och tid som 2026-12-10 09:00."),
    ({"starts_at": "2026-10-01T09:00"}, "starts_at", "Datum och tid kan inte ligga före remissdatum (2026-11-02)."),
    ({"place": "", "video_link": ""}, "place", "Ange plats eller videolänk."),
    ({"video_link": "teams möte"}, "video_link", "Videolänk: skriv hela adressen, som börjar med https://."),
    ({"purpose": " "}, "purpose", "Syfte måste fyllas i."),
    ({"participants": [ParticipantInput("", "Chef")]}, "participants[0].organisation",
     "Deltagare 1: ange organisation."),
    ({"participants": [US, ParticipantInput("enheten", phone="ring mig")]}, "participants[1].phone",
     "Deltagare 2: Telefon: skriv numret med siffror, t.ex. 010-123 45 67."),
])
def test_bad_plans_name_the_field(store, consented, change, field, message):
    plan = gk()
    for key, value in change.items():
        setattr(plan, key, value)
    with pytest.raises(ValidationError) as refused:
        store.meetings.plan(consented.id, plan)
    assert refused.value.errors[field] == message


def test_video_meeting_without_place_and_a_plan_changed(store, consented):
    m = store.meetings.plan(consented.id, gk())
    plan = m.plan_input()
    plan.place, plan.video_link, plan.starts_at = "", "https://meet.example.se/abc", "2026-12-11 13.30"
    changed = store.meetings.update_plan(m.id, plan)
    assert (changed.place, changed.video_link, changed.starts_at) == ("", "https://meet.example.se/abc",
                                                                      "2026-12-11T13:30")


def test_a_meeting_is_not_recorded_before_it_starts(store, consented):
    m = store.meetings.plan(consented.id, gk())
    with pytest.raises(ValidationError) as refused:
        store.meetings.record(m.id, MeetingRecord("Vi pratade."))
    assert refused.value.errors["starts_at"] == (
        "Mötet är planerat till 2026-12-10 och kan dokumenteras först den dagen.")
    early = store.meetings.may_record(m)  # what a screen says before anything is typed
    assert not early.ok and early.reason == refused.value.errors["starts_at"]
    with pytest.raises(ValidationError, match="i framtiden"):
        store.meetings.record(m.id, MeetingRecord("Vi pratade.", starts_at="2026-11-21T09:00"))


def test_record_a_held_meeting_with_actions_for_sub_goals(store, consented, goal):
    m = store.meetings.plan(consented.id, gk("2026-11-19T09:00"))
    held = store.meetings.record(m.id, MeetingRecord(
        "Vi gick igenom hur dagarna ser ut.",
        [ActionInput("af", "Bokar arbetsträning", "2026-12-01", goal.id),
         ActionInput("klienten", "Provar att gå upp 07:00", "2026-11-27", goal.id),
         ActionInput("fk", "Skickar beslut om förlängning", "")],
        next_meeting="2027-01-14T10:00"))
    assert (held.status, held.said, held.next_meeting, held.signed, held.signature_text) == (
        HELD, "Vi gick igenom hur dagarna ser ut.", "2027-01-14T10:00", False, "")
    assert [(a.who_label, a.what, a.due_date, a.goal_text) for a in held.actions] == [
        ("Arbetsförmedlingen", "Bokar arbetsträning", "2026-12-01", "Komma i tid"),
        ("Klienten", "Provar att gå upp 07:00", "2026-11-27", "Komma i tid"),
        ("Försäkringskassan", "Skickar beslut om förlängning", "", "")]
    assert [d.action.what for d in store.meetings.actions_due()] == ["Provar att gå upp 07:00", "Bokar arbetsträning"]
    done = store.meetings.set_action_done(held.actions[1].id, TODAY.isoformat())
    assert done.done_date == "2026-11-20" and done.done_on_time()
    assert [d.action.what for d in store.meetings.actions_due(store.user_id)] == ["Bokar arbetsträning"]


def test_an_action_for_a_sub_goal_of_another_case_is_refused(store, consented, goal):
    other = builders.client_with_case(store, first_name="Greta", last_name="Gren")
    m = store.meetings.plan(other.id, gk("2026-11-19T09:00", participants=[US]))
    with pytest.raises(ValidationError) as refused:
        store.meetings.record(m.id, MeetingRecord("Vi pratade.", [ActionInput("klienten", "Ringa", "", goal.id)]))
    assert refused.value.errors == {
        "actions[0].goal_id": "Åtgärd 1: delmålet hör inte till det här ärendets utvecklingsplan."}


def test_an_action_for_an_organisation_without_consent_is_refused(store, consented):
    m = store.meetings.plan(consented.id, gk("2026-11-19T09:00"))
    with pytest.raises(ValidationError) as refused:
        store.meetings.record(m.id, MeetingRecord("Vi pratade.", [ActionInput("varden", "Remiss", ""),
                                                                   ActionInput("", "Något")]))
    assert refused.value.errors["actions[0].who"].startswith("Åtgärd 1: Samtycke saknas för Vården")
    assert refused.value.errors["actions[1].who"] == "Åtgärd 2: ange vem som gör den."


def held_meeting(store, case):
    m = store.meetings.plan(case.id, gk("2026-11-19T09:00"))
    return store.meetings.record(m.id, MeetingRecord("Vi pratade om arbetsträning.",
                                                     [ActionInput("af", "Bokar möte", "2026-12-01")]))


def test_sign_locks_the_record_and_its_children_in_the_schema(store, consented):
    m = held_meeting(store, consented)
    signed = store.meetings.sign(m.id)
    assert signed.signed and signed.signature_text == "Signerad 2026-11-20 av Anna Andersson, arbetsterapeut"
    for sql in ("UPDATE meetings SET outcome = 'Annat' WHERE id = ?",
                "UPDATE meetings SET status = 'installt' WHERE id = ?",
                "UPDATE meeting_participants SET phone = '1' WHERE meeting_id = ?",
                "DELETE FROM meeting_participants WHERE meeting_id = ?",
                "INSERT INTO meeting_participants (meeting_id, organisation, position) VALUES (?, 'ifo', 9)",
                "UPDATE meeting_actions SET what = 'Annat' WHERE meeting_id = ?",
                "DELETE FROM meeting_actions WHERE meeting_id = ?",
                "DELETE FROM meeting_partners WHERE meeting_id = ?",
                "DELETE FROM meetings WHERE id = ?"):
        with pytest.raises(sqlite_driver.IntegrityError), store.transaction() as tx:
            tx.execute(sql, (m.id,))
    with pytest.raises(RuleError, match="signerad"):
        store.meetings.record(m.id, MeetingRecord("Nytt"))
    with pytest.raises(RuleError):
        store.meetings.strike(m.id, "Fel")
    # an agreed action is still marked done later (follow-up, not the record's content)
    assert store.meetings.set_action_done(m.actions[0].id, "2026-11-20").done_date == "2026-11-20"
    assert store.meetings.get(m.id).said == "Vi pratade om arbetsträning."


def test_only_the_author_signs_and_only_a_held_meeting(store, consented):
    planned = store.meetings.plan(consented.id, gk())
    with pytest.raises(RuleError, match="Bara ett genomfört möte signeras"):
        store.meetings.sign(planned.id)
    with pytest.raises(sqlite_driver.IntegrityError), store.transaction() as tx:
        tx.execute("UPDATE meetings SET signed_at = 'x', signed_by = author_id WHERE id = ?", (planned.id,))
    m = held_meeting(store, consented)
    jonas = builders.add_user(store, "Jonas Berg", "arbetsmarknadskoordinator")
    builders.sign_in_as(store, jonas.id)
    with pytest.raises(RuleError, match="Bara författaren"):
        store.meetings.sign(m.id)


def test_correct_makes_a_new_record_pointing_to_the_old(store, consented):
    m = store.meetings.sign(held_meeting(store, consented).id)
    with pytest.raises(ValidationError, match="Skäl till rättelsen"):
        store.meetings.correct(m.id, MeetingRecord("Rätt text"), " ")
    record = m.record_input()
    record.said = "Vi pratade om arbetsträning 50 %."
    new = store.meetings.correct(m.id, record, "Fel omfattning")
    assert (new.corrects_id, new.correction_reason, new.status, new.signed) == (m.id, "Fel omfattning", HELD, False)
    assert (new.kind, new.starts_at, new.purpose) == (m.kind, m.starts_at, m.purpose)
    assert [p.name for p in new.participants] == [p.name for p in m.participants]
    old = store.meetings.get(m.id)
    assert old.is_corrected and old.said == "Vi pratade om arbetsträning."
    assert [d.meeting_id for d in store.meetings.actions_due()] == [new.id]  # the old actions are replaced
    with pytest.raises(RuleError, match="redan rättad"):
        store.meetings.correct(m.id, record, "Igen")
    assert store.query_value("SELECT count(*) FROM access_log WHERE action = 'correct'") == 1


def test_strike_and_cancel(store, consented):
    planned = store.meetings.plan(consented.id, gk())
    cancelled = store.meetings.cancel(planned.id, "Handläggaren sjuk")
    assert (cancelled.status, cancelled.cancel_reason, cancelled.status_label) == (
        CANCELLED, "Handläggaren sjuk", "Inställt")
    with pytest.raises(RuleError, match="inställt"):
        store.meetings.record(planned.id, MeetingRecord("x"))
    m = held_meeting(store, consented)
    struck = store.meetings.strike(m.id, "Fel klient")
    assert struck.is_struck and struck.strike.reason == "Fel klient"
    assert store.meetings.actions_due() == []
    with pytest.raises(sqlite_driver.IntegrityError), store.transaction() as tx:
        tx.execute("UPDATE meetings SET outcome = 'x' WHERE id = ?", (m.id,))


def test_the_old_log_still_writes_and_is_read_as_a_held_meeting(store, case):
    old = store.interventions.add_meeting(case.id, MeetingInput("2026-11-19", "avstamningsmote", ["af", "annan"],
                                                                "Facket", "Klienten, Af", "Överens om praktik."))
    m = store.meetings.get(old.id)
    assert (m.status, m.date, m.time, m.said, m.participants_note) == (
        HELD, "2026-11-19", "", "Överens om praktik.", "Klienten, Af")
    assert [(p.organisation, p.organisation_label, p.name) for p in m.participants] == [
        ("af", "Arbetsförmedlingen", ""), ("annan", "Facket", "")]
    store.meetings.sign(m.id)
    with pytest.raises(RuleError, match="signerad"):
        store.interventions.update_meeting(m.id, old.as_input())


def test_migration_19_makes_old_meetings_held_with_their_partners_as_participants(tmp_path):
    from app.models import migrations
    from app.models.store import Store

    mine = migrations.MIGRATIONS.index(migrations._m019_meeting_records)
    path = tmp_path / "old.sqlite"
    conn = database_at_version(path, mine)
    conn.executescript(old_case_sql() + """
        INSERT INTO meetings (id, case_id, meeting_date, kind, partner_other, participants, outcome, author_id,
                              created_at, updated_at)
            VALUES (1, 1, '2026-11-10', 'overlamning', 'Facket', 'Klienten, Af, Facket', 'Överens om praktik.', 1,
                    'x', 'x'),
                   (2, 1, '2026-11-12', 'kontaktmote', '', '', '', 1, 'x', 'x');
        INSERT INTO meeting_partners (meeting_id, partner) VALUES (1, 'af'), (1, 'annan'), (2, 'fk');
    """)
    conn.close()
    store = Store.open(path)
    try:
        first, second = store.meetings.get(1), store.meetings.get(2)
        assert (first.status, first.kind_label, first.starts_at, first.said, first.signed) == (
            HELD, "Överlämnings-/omställningsmöte", "2026-11-10", "Överens om praktik.", False)
        assert [(p.organisation_label, p.role, p.name, p.phone) for p in first.participants] == [
            ("Arbetsförmedlingen", "", "", ""), ("Facket", "", "", "")]
        assert [p.organisation for p in second.participants] == ["fk"]
        assert store.interventions.meeting(1).partners == ("af", "annan")  # meeting_partners kept
        assert first.actions == () and first.questions == ()
    finally:
        store.close()


@pytest.mark.parametrize("version", range(3, 19))
def test_a_meeting_logged_at_any_older_version_reads_as_a_held_meeting(tmp_path, version):
    from app.models.store import Store

    path = tmp_path / "old.sqlite"
    conn = database_at_version(path, version)
    conn.executescript(old_case_sql() + """
        INSERT INTO meetings (id, case_id, meeting_date, kind, participants, outcome, author_id, created_at,
                              updated_at)
            VALUES (1, 1, '2026-11-10', 'avstamningsmote', 'Klienten', 'Bra möte.', 1, 'x', 'x');
        INSERT INTO meeting_partners (meeting_id, partner) VALUES (1, 'fk');
    """)
    conn.close()
    store = Store.open(path)
    try:
        m = store.meetings.get(1)
        assert (m.status, m.date, m.said, [p.organisation for p in m.participants]) == (
            HELD, "2026-11-10", "Bra möte.", ["fk"])
    finally:
        store.close()


def test_a_disposal_takes_a_signed_meeting_with_its_participants_and_actions(store, tmp_path):
    import datetime as dt

    from app.exporters.service import Exports
    from tests.support import make_pnr

    def meeting(old, case):
        old.consents.add(case.id, "af", "skriftligt", case.referral_date)
        version = old.plans.save(case.id, PlanInput(main_goal="Arbeta", sub_goals=[
            SubGoalInput(text="Komma i tid", responsible="klienten", start_date=case.referral_date)]))
        m = old.meetings.plan(case.id, gk(f"{case.referral_date}T08:00", participants=[AF, US]))
        old.meetings.record(m.id, MeetingRecord("Vi pratade.", [
            ActionInput("af", "Bokar möte", case.referral_date, version.sub_goals[0].id)]))
        old.meetings.sign(m.id)

    case = builders.case_written_at(store, dt.datetime(2014, 3, 3, 9, 0), build=meeting,
                                    personnummer=make_pnr(dt.date(1980, 3, 12)))
    assert store.meetings.for_case(case.id)[0].signed
    with pytest.raises(sqlite_driver.IntegrityError), store.transaction() as tx:
        tx.execute("DELETE FROM meeting_actions")
    Exports(store).dispose([case.id], "KS 2026/123 § 4", tmp_path)
    for table in ("meetings", "meeting_participants", "meeting_actions", "meeting_partners"):
        assert store.query_value(f"SELECT count(*) FROM {table}") == 0


def test_a_held_meetings_record_waits_among_ones_unsigned_entries(store, consented):
    planned = store.meetings.plan(consented.id, gk())
    assert [e.kind for e in store.journal.unsigned_for(store.user_id)] == []  # a plan is no record yet
    m = held_meeting(store, consented)
    (entry,) = [e for e in store.journal.unsigned_for(store.user_id) if e.kind == "meeting"]
    assert (entry.id, entry.date, entry.title) == (
        m.id, "2026-11-19", "Samverkansmöte – Gemensam kartläggning: Vi pratade om arbetsträning.")
    assert store.journal.sign([entry]) == 1
    assert store.meetings.get(m.id).signed and store.journal.unsigned_for(store.user_id) == []
    assert not store.meetings.get(planned.id).signed


def test_only_meetings_held_as_recorded_are_listed_by_the_old_log_and_counted(store, consented):
    from app.models.statistics import intervention_stats

    planned = store.meetings.plan(consented.id, gk())
    struck = store.meetings.strike(held_meeting(store, consented).id, "Fel ärende").id
    corrected = store.meetings.sign(held_meeting(store, consented).id)
    correction = store.meetings.correct(corrected.id, corrected.record_input(), "Fel text")
    assert [m.id for m in store.interventions.meetings(consented.id)] == [correction.id]
    assert {planned.id, struck, corrected.id} & {m.id for m in store.meetings.for_case(consented.id)} == {
        planned.id, struck, corrected.id}  # the new model still reads every one
    table = intervention_stats(store).meetings
    assert table.totals[-1] == 1


def test_a_held_meetings_plan_is_not_moved_into_the_future(store, consented):
    m = held_meeting(store, consented)
    plan = m.plan_input()
    plan.starts_at = "2026-12-01T09:00"
    with pytest.raises(ValidationError, match="i framtiden"):
        store.meetings.update_plan(m.id, plan)
