"""A collaboration meeting for the meeting documents' tests: a gemensam kartläggning with Af and FK,
an action per organisation and the client's own, linked to a sub-goal of the plan."""

from __future__ import annotations

from dataclasses import replace

from tests.exporters.pdf_support import MARKUP

AF_PHONE, FK_PHONE = "010-486 12 34", "0771-524 524"


def participants():
    from app.models.meetings import Participant

    return (
        Participant("af", "Arbetsförmedlingen", "Handläggare", "Lisa Müller", AF_PHONE),
        Participant("fk", "Försäkringskassan", "Handläggare", "Örjan Åberg", FK_PHONE),
        Participant("enheten", "AMA Järpen", "Arbetsterapeut", "Anna Andersson", ""),
    )


def actions(goal_id: int | None = None, goal_text: str = ""):
    from app.models.meetings import MeetingAction

    return (
        MeetingAction(1, "af", "Arbetsförmedlingen", "Skriver in Åsa i programmet Steg till arbete.",
                      "2026-12-18", goal_id, goal_text, ""),
        MeetingAction(2, "fk", "Försäkringskassan", "Beslutar om aktivitetsersättning.", "2027-01-08", None, "", ""),
        MeetingAction(3, "klienten", "Klienten", f"Skriver in sig på Af:s webbplats. {MARKUP}",
                      "2026-12-14", goal_id, goal_text, "2026-12-11"),
    )


def meeting(case_id: int, **changes):
    """A held, signed meeting of ``case_id``; ``changes`` replace fields (status, actions …)."""
    from app.models.meetings import HELD, CollabMeeting

    held = CollabMeeting(
        id=7, case_id=case_id, kind="gemensam_kartlaggning", kind_label="Gemensam kartläggning", status=HELD,
        starts_at="2026-12-10T09:00", minutes=90, place="Storgatan 1, rum <3> & 4", video_link="",
        purpose=f"Att tillsammans se vad du behöver för att komma tillbaka till arbete. {MARKUP}",
        questions=("Vad fungerar bra för dig i dag?", "Vad skulle du vilja arbeta med?", "Vad behöver du <hjälp> med?"),
        participants=participants(), said="Vi gick igenom läkarintyget och hur dagarna ser ut.",
        actions=actions(), next_meeting="2027-01-14T10:00", author="Anna Andersson", signed=True,
        signature_text="Signerad 2026-12-10 av Anna Andersson, arbetsterapeut",
    )
    return replace(held, **changes)


class Meetings:
    """``store.meetings.get`` answering with the meetings given (the writers read nothing else)."""

    def __init__(self, *meetings):
        self.by_id = {m.id: m for m in meetings}

    def get(self, meeting_id: int):
        return self.by_id[meeting_id]


def use_meetings(store, monkeypatch, *meetings) -> None:
    monkeypatch.setattr(store, "meetings", Meetings(*meetings), raising=False)


def plan_gk(store, case_id: int, starts_at: str = "2026-11-18T09:00"):
    """A gemensam kartläggning with Af and FK planned through the service (the case's consents allow them)."""
    from app.models.meetings import MeetingPlan, ParticipantInput

    return store.meetings.plan(case_id, MeetingPlan(
        "gemensam_kartlaggning", starts_at, 90, place="Storgatan 1, rum 3",
        purpose="Att se vad du behöver för att komma tillbaka till arbete.",
        questions=["Vad fungerar bra för dig i dag?", "Vad skulle du vilja arbeta med?"],
        participants=[ParticipantInput("af", "Handläggare", "Lisa Müller", AF_PHONE),
                      ParticipantInput("fk", "Handläggare", "Örjan Åberg", FK_PHONE),
                      ParticipantInput("enheten", "Arbetsterapeut", "Anna Andersson")]))


def record_gk(store, meeting_id: int, goal_id: int):
    """The meeting held: an action per organisation and the client's own, linked to ``goal_id``; signed."""
    from app.models.meetings import ActionInput, MeetingRecord

    store.meetings.record(meeting_id, MeetingRecord(
        "Vi gick igenom läkarintyget och hur dagarna ser ut.",
        [ActionInput("af", "Skriver in Åsa i programmet Steg till arbete.", "2026-12-18", goal_id),
         ActionInput("fk", "Beslutar om aktivitetsersättning.", "2027-01-08"),
         ActionInput("klienten", "Skriver in sig på Af:s webbplats.", "2026-11-27", goal_id)],
        next_meeting="2027-01-14T10:00"))
    return store.meetings.sign(meeting_id)
