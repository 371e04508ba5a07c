"""Journalkopia: a collaboration meeting is a journal entry like the others. Planned with its time and
place, held with what was said, who took part and the actions with their done dates, signed or
osignerad, struck out or corrected with the corrected text kept beside the correction's reason."""

from __future__ import annotations

from app.exporters.pdf import write_record_pdf
from app.models.meetings import ActionInput, MeetingPlan, MeetingRecord, ParticipantInput
from app.models.plans import PlanInput, SubGoalInput
from tests import builders

AF = ParticipantInput("af", "Handläggare", "Eva Ek", "010-123 45 67")
FK = ParticipantInput("fk", "Handläggare", "Per Persson", "0771-524 524")
US = ParticipantInput("enheten", "Arbetsterapeut", "Anna Andersson", "")


def plan(store, case_id, starts_at, kind="gemensam_kartlaggning", **fields):
    return store.meetings.plan(case_id, MeetingPlan(kind, starts_at, 60, participants=[AF, FK, US], **fields))


def test_meetings_in_the_journal_copy(store, tmp_path, read_pdf):
    case = builders.client_with_case(store, first_name="Karin", last_name="Mötesson")
    for who in ("af", "fk"):
        store.consents.add(case.id, who, "skriftligt", "2026-11-03")
    goal = store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid", sub_goals=[
        SubGoalInput(text="Komma i tid", responsible="klienten", start_date="2026-11-04")])).sub_goals[0]
    gk = plan(store, case.id, "2026-11-05T09:00", place="Storgatan 1, Sundsvall", purpose="Kartlägga vad som behövs.",
              questions=["Vad fungerar bra en vanlig dag?"])
    store.meetings.record(gk.id, MeetingRecord("Vi gick igenom hur dagarna ser ut.", [
        ActionInput("af", "Bokar arbetsträning", "2026-11-12", goal.id, done_date="2026-11-10"),
        ActionInput("klienten", "Provar att gå upp 07:00", "2026-11-08", goal.id, done_date="2026-11-09"),
        ActionInput("fk", "Skickar beslut", "")], next_meeting="2026-12-14T10:00"))
    store.meetings.sign(gk.id)
    store.meetings.correct(gk.id, MeetingRecord("Vi gick igenom hur veckorna ser ut.", [
        ActionInput("af", "Bokar arbetsträning", "2026-11-12", goal.id, done_date="2026-11-10")]),
        "Fel ord i anteckningen")
    draft = plan(store, case.id, "2026-11-06T13:00", kind="kontaktmote", video_link="https://möte.example/abc",
                 purpose="Lära känna varandra.")
    store.meetings.record(draft.id, MeetingRecord("Fel klient."))
    store.meetings.strike(draft.id, "Skrivet i fel ärende")
    cancelled = plan(store, case.id, "2026-11-25T10:00", kind="avstamningsmote", place="Rum 3",
                     purpose="Stämma av.")
    store.meetings.cancel(cancelled.id, "Klienten är sjuk")
    plan(store, case.id, "2026-12-10T09:00", kind="trepartssamtal", place="Rum 4", purpose="Stämma av planen.")

    path = tmp_path / "journal.pdf"
    write_record_pdf(store, path, case_id=case.id)
    flat = read_pdf(path).flat
    journal = flat[flat.index("Journal i datumordning"):]
    order = [
        "2026-11-05 · Samverkansmöte – Gemensam kartläggning – RÄTTAT",
        "Genomfört · signerad 2026-11-20 10:00 av Anna Andersson, arbetsterapeut",
        f"Rättat: se rättelsen, möte nr {gk.id + 1}.",
        "Tid 2026-11-05 kl. 09:00–10:00", "Plats Storgatan 1, Sundsvall", "Nästa möte 2026-12-14 kl. 10:00",
        "Syfte Kartlägga vad som behövs.", "Vad fungerar bra en vanlig dag?",
        "Arbetsförmedlingen Handläggare Eva Ek 010-123 45 67", "Försäkringskassan Handläggare Per Persson 0771-524 524",
        "Vad som sades Vi gick igenom hur dagarna ser ut.",
        "Arbetsförmedlingen Bokar arbetsträning 2026-11-12 Komma i tid 2026-11-10 (i tid)",
        "Klienten Provar att gå upp 07:00 2026-11-08 Komma i tid 2026-11-09 (sent)",
        "Försäkringskassan Skickar beslut – – –",
        "2026-11-05 · Samverkansmöte – Gemensam kartläggning",  # the correction, on the meeting's day
        "Genomfört · osignerad",
        f"Rättelse av möte nr {gk.id}. Skäl: Fel ord i anteckningen",
        "Vad som sades Vi gick igenom hur veckorna ser ut.",
        "2026-11-06 · Samverkansmöte – Kontaktmöte – MAKULERAT",
        "Makulerad 2026-11-20 10:00 av Anna Andersson. Skäl: Skrivet i fel ärende",
        "Videolänk https://möte.example/abc", "Vad som sades Fel klient.",
        "2026-11-25 · Samverkansmöte – Avstämningsmöte – INSTÄLLT", "Mötet ställdes in. Skäl: Klienten är sjuk",
        "2026-12-10 · Samverkansmöte – Trepartssamtal – PLANERAT", "Planerat", "Plats Rum 4",
        "Syfte Stämma av planen.",
    ]
    at = 0
    for marker in order:
        found = journal.find(marker, at)
        assert found >= 0, (marker, journal[at:at + 400])
        at = found + len(marker)
    planned = journal[journal.index("Trepartssamtal – PLANERAT"):]
    assert "osignerad" not in planned and "Vad som sades" not in planned  # a plan is no record to sign yet
