"""Collaboration meetings (samverkansmöten) as records (issue 16): planned, held, signed.

- **Planned** (``plan``): kind, date and time, length, place or video link, purpose, the questions the
  client may think about before, and the participants (organisation, role, name, phone). Only an
  organisation the client has consented to is invited (``missing_consents``; our own unit, "enheten",
  needs none). A planned meeting may lie in the future (up to the planning horizon).
- **Held** (``record``): what was said, the actions agreed (per organisation and the client's own,
  each with a date and perhaps a sub-goal of the case's plan) and the next meeting. A meeting is
  recorded from its start day on, never before. The record is a journal entry: a draft of the one
  who recorded it until they sign it (``sign``); a signed record never changes (migration 19's
  triggers lock it and its participants and actions), a correction is a new record pointing to it
  (``correct``), a draft is struck out with a reason (``strike``). An action's done date is marked
  later (``set_action_done``), also on a signed record: it is follow-up, not the record's content.
- **Cancelled** (``cancel``): a planned meeting that will not take place, with the reason.

The old log (``store.interventions.add_meeting``) writes the same table; the service keeps its
``meeting_partners`` filled from the participants' organisations, so what reads them still counts.
Every write is one transaction with its access-log row.

    m = store.meetings.plan(case.id, MeetingPlan("gemensam_kartlaggning", "2026-12-10T09:00", 60,
                            place="Storgatan 1", purpose="…", participants=[ParticipantInput("af", "Handläggare",
                            "Eva Ek", "010-123 45 67")]))
    store.meetings.record(m.id, MeetingRecord("Vi gick igenom …", [ActionInput("af", "Bokar möte", "2026-12-20")]))
    store.meetings.sign(m.id)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.access_log import LogAction
from app.models.allowed import Allowed, first_refusal, refused
from app.models.checks import not_before_referral, whole_number
from app.models.errors import NotFound, RuleError
from app.models.fields import FieldCheck, planning_horizon
from app.models.journal import UnsignedEntry
from app.models.signing import NOBODY, Signature, Strike, person, sign_rule, strike_rule, write_signature, write_strike
from app.models.texts import translate
from app.models.unit import check_phone
from app.models.vocab import (
    CONSENT_RECIPIENTS,
    MEETING_ACTORS,
    MEETING_CONSENT,
    MEETING_KINDS,
    MEETING_ORGANISATIONS,
)

if TYPE_CHECKING:
    from app.models.store import Store, Writer

PLANNED, HELD, CANCELLED = "planerat", "genomfort", "installt"
STATUS_LABELS = {PLANNED: "Planerat", HELD: "Genomfört", CANCELLED: "Inställt"}
CLIENT = "klienten"  # the client as the one who does an action
MAX_MINUTES = 8 * 60
MAX_PARTICIPANTS = 30
MAX_ACTIONS = 50
MAX_QUESTIONS = 30
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


# The meetings that took place as recorded (alias m): held, not struck out, not replaced by a
# correction. What counts or lists meetings held (statistics, the old log's list, Att göra) uses it.
STANDING_HELD = ("m.status = 'genomfort' AND m.struck_at IS NULL AND NOT EXISTS "
                 "(SELECT 1 FROM meetings k WHERE k.corrects_id = m.id AND k.struck_at IS NULL)")


def what(meeting_id: int) -> str:
    """How the access log names a meeting."""
    return f"möte {meeting_id}"


# -- what a form sends -------------------------------------------------------------------------
@dataclass
class ParticipantInput:
    organisation: str = ""
    role: str = ""
    name: str = ""
    phone: str = ""
    organisation_other: str = ""  # the organisation's name, for "annan"


@dataclass
class ActionInput:
    who: str = ""  # an organisation key, or "klienten"
    what: str = ""
    due_date: str = ""
    goal_id: int | None = None
    done_date: str = ""


@dataclass
class MeetingPlan:
    kind: str = ""
    starts_at: str = ""  # "2026-12-10T09:00" (a space instead of T is fine)
    minutes: int | str | None = 60
    place: str = ""
    video_link: str = ""
    purpose: str = ""
    questions: list[str] = field(default_factory=list)
    participants: list[ParticipantInput] = field(default_factory=list)


@dataclass
class MeetingRecord:
    said: str = ""
    actions: list[ActionInput] = field(default_factory=list)
    next_meeting: str = ""  # "2027-01-14T10:00", "2027-01-14" or ""
    participants: list[ParticipantInput] | None = None  # who came; None: as planned
    starts_at: str | None = None  # when it was actually held; None: as planned


# -- what is read ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Participant:
    """One participant of a meeting (the client and the unit's responsible are there too)."""

    organisation: str
    organisation_label: str
    role: str
    name: str
    phone: str
    organisation_other: str = ""

    def as_input(self) -> ParticipantInput:
        return ParticipantInput(self.organisation, self.role, self.name, self.phone, self.organisation_other)


@dataclass(frozen=True)
class MeetingAction:
    """One agreed action: who does what by when, perhaps for a sub-goal."""

    id: int
    who: str
    who_label: str
    what: str
    due_date: str
    goal_id: int | None
    goal_text: str
    done_date: str

    @property
    def is_done(self) -> bool:
        return bool(self.done_date)

    def is_overdue(self, day: dt.date) -> bool:
        return not self.done_date and bool(self.due_date) and self.due_date < day.isoformat()

    def done_on_time(self) -> bool | None:
        """True/False once done with a due date; None otherwise."""
        if not self.done_date or not self.due_date:
            return None
        return self.done_date <= self.due_date

    def as_input(self) -> ActionInput:
        return ActionInput(self.who, self.what, self.due_date, self.goal_id, self.done_date)


@dataclass(frozen=True)
class MeetingAllowed:
    """What may be done with a meeting now (``CollabMeeting.allowed``)."""

    edit_plan: Allowed
    record: Allowed
    cancel: Allowed
    sign: Allowed
    strike: Allowed
    correct: Allowed


@dataclass(frozen=True)
class CollabMeeting:
    """A collaboration meeting as read: the plan, the record and its signature."""

    id: int
    case_id: int
    kind: str
    kind_label: str
    status: str
    starts_at: str
    minutes: int
    place: str
    video_link: str
    purpose: str
    questions: tuple[str, ...]
    participants: tuple[Participant, ...]
    said: str
    actions: tuple[MeetingAction, ...]
    next_meeting: str
    author: str | None
    signed: bool
    signature_text: str
    author_id: int | None = None
    author_title: str | None = None
    signature: Signature = field(default_factory=Signature)
    strike: Strike = field(default_factory=Strike)
    cancel_reason: str = ""
    corrects_id: int | None = None
    correction_reason: str = ""
    corrected_by_id: int | None = None  # the correction of this record that is not struck out
    participants_note: str = ""  # the old log's free text of who took part
    created_at: str = ""
    updated_at: str = ""
    viewer_id: int | None = field(default=None, compare=False, repr=False)

    @property
    def date(self) -> str:
        return self.starts_at[:10]

    @property
    def time(self) -> str:
        """"09:00", or "" for a meeting logged with its day only."""
        return self.starts_at[11:16]

    @property
    def ends_at(self) -> str:
        """The start plus the planned length ("2026-12-10T10:00"), or "" without a time or length."""
        if not self.time or not self.minutes:
            return ""
        end = dt.datetime.fromisoformat(self.starts_at[:16]) + dt.timedelta(minutes=self.minutes)
        return end.strftime("%Y-%m-%dT%H:%M")

    @property
    def when_label(self) -> str:
        """"2026-12-10 kl. 09:00–10:00", "2026-12-10 kl. 09:00" or "2026-12-10"."""
        if not self.time:
            return self.date
        end = f"–{self.ends_at[11:16]}" if self.ends_at else ""
        return f"{self.date} kl. {self.time}{end}"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def is_signed(self) -> bool:
        return self.signed

    @property
    def is_struck(self) -> bool:
        return self.strike.is_struck

    @property
    def is_corrected(self) -> bool:
        return self.corrected_by_id is not None

    @property
    def is_correction(self) -> bool:
        return self.corrects_id is not None

    @property
    def author_display(self) -> str:
        return person(self.author, self.author_title)

    @property
    def organisations(self) -> tuple[str, ...]:
        """The participants' organisations, each once, in the order given."""
        return tuple(dict.fromkeys(p.organisation for p in self.participants))

    def plan_input(self) -> MeetingPlan:
        return MeetingPlan(self.kind, self.starts_at, self.minutes, self.place, self.video_link, self.purpose,
                           list(self.questions), [p.as_input() for p in self.participants])

    def record_input(self) -> MeetingRecord:
        return MeetingRecord(self.said, [a.as_input() for a in self.actions], self.next_meeting,
                             [p.as_input() for p in self.participants], self.starts_at)

    @property
    def allowed(self) -> MeetingAllowed:
        viewer = self.viewer_id
        # the reasons are a screen's (tool tips, refusals); translate() gives them its language
        struck = (refused(translate("Meetings", "Mötet är makulerat och kan inte ändras.")) if self.is_struck
                  else Allowed.yes())
        signed = (refused(translate("Meetings", "Mötesanteckningen är signerad och kan inte ändras. "
                                                "Skriv en rättelse i stället."))
                  if self.signed else Allowed.yes())
        cancelled = refused(translate("Meetings", "Mötet är inställt.")) if self.status == CANCELLED else Allowed.yes()
        someone = NOBODY if viewer is None else Allowed.yes()
        return MeetingAllowed(
            edit_plan=first_refusal(struck, signed, cancelled, someone),
            record=first_refusal(struck, signed, cancelled, someone),
            cancel=first_refusal(struck, signed, cancelled,
                                 refused(translate("Meetings", "Mötet är redan genomfört och ställs inte in."))
                                 if self.status == HELD
                                 else Allowed.yes(), someone),
            sign=sign_rule("Mötesanteckningen", self.signature, self.author_id, self.author, viewer,
                           refused(translate("Meetings", "Mötet är makulerat och signeras inte."))
                           if self.is_struck else Allowed.yes(),
                           refused(translate("Meetings", "Bara ett genomfört möte signeras: dokumentera mötet först."))
                           if self.status != HELD else Allowed.yes()),
            strike=strike_rule("Mötet", self.signature, self.strike, self.author_id, self.author, viewer),
            correct=first_refusal(
                refused(translate("Meetings", "Ett makulerat möte rättas inte.")) if self.is_struck else Allowed.yes(),
                refused(translate("Meetings", "Ett utkast rättas inte: ändra det, eller makulera det."))
                if not self.signed else Allowed.yes(),
                refused(translate("Meetings", "Mötesanteckningen är redan rättad. Rätta rättelsen i stället."))
                if self.is_corrected else Allowed.yes(),
                someone),
        )


@dataclass(frozen=True)
class DueAction:
    """An open action with a due date, for Att göra."""

    action: MeetingAction
    meeting_id: int
    meeting_kind_label: str
    meeting_date: str
    case_id: int
    case_number: str
    client_id: int
    client_name: str
    responsible_user_id: int | None

    def is_overdue(self, day: dt.date) -> bool:
        return self.action.is_overdue(day)


_SELECT = """SELECT m.id, m.case_id, m.kind, m.status, m.starts_at, m.meeting_date, m.minutes, m.place,
       m.video_link, m.purpose, m.questions, m.outcome AS said, m.next_meeting, m.author_id, u.name AS author,
       u.title AS author_title, m.signed_at, us.name AS signer, us.title AS signer_title,
       m.struck_at, ux.name AS striker, m.strike_reason, m.cancel_reason, m.corrects_id, m.correction_reason,
       m.participants AS participants_note, m.created_at, m.updated_at,
       (SELECT max(c.id) FROM meetings c WHERE c.corrects_id = m.id AND c.struck_at IS NULL) AS corrected_by_id
FROM meetings m LEFT JOIN users u ON u.id = m.author_id LEFT JOIN users us ON us.id = m.signed_by
     LEFT JOIN users ux ON ux.id = m.struck_by"""

_ACTIONS = """SELECT a.id, a.meeting_id, a.who, a.what, a.due_date, a.goal_id, coalesce(g.text, '') AS goal_text,
       a.done_date
FROM meeting_actions a LEFT JOIN plan_goals g ON g.id = a.goal_id"""


def organisation_label(organisation: str, other: str = "", unit_name: str = "") -> str:
    """"Arbetsförmedlingen"; for "annan" the name typed; for our own unit its name (``unit_name``)."""
    if organisation == "annan" and other:
        return other
    if organisation == "enheten" and unit_name:
        return unit_name
    return MEETING_ORGANISATIONS.label(organisation)


def who_label(who: str, unit_name: str = "") -> str:
    """"Arbetsförmedlingen", "Klienten"; for our own unit its name."""
    return unit_name if who == "enheten" and unit_name else MEETING_ACTORS.label(who)


def _parse_when(value: str) -> tuple[dt.date | None, str]:
    """"2026-12-10T09:00" -> (date, "09:00"); a date alone -> (date, ""). Raises ValueError."""
    text = (value or "").strip().replace(" ", "T", 1)
    day_text, _, time_text = text.partition("T")
    day = dt.date.fromisoformat(day_text)
    if not time_text:
        return day, ""
    match = _TIME.match(time_text.strip())
    if not match:
        raise ValueError(time_text)
    return day, f"{int(match.group(1)):02d}:{match.group(2)}"


def _too_early(meeting: CollabMeeting) -> str:
    return (translate("Meetings", "Mötet är planerat till %1 och kan dokumenteras först den dagen.")
            .replace("%1", meeting.date))


class Meetings:
    def __init__(self, store: Store):
        self.store = store

    # -- consent -----------------------------------------------------------------------------
    def missing_consents(self, case_id: int, organisations, day: dt.date | None = None) -> list[str]:
        """For each organisation (MEETING_ORGANISATIONS key) that may not be invited because the
        client's consent to it is missing on ``day`` (today), one Swedish sentence naming it."""
        out = []
        for organisation in dict.fromkeys(organisations):
            message = self._consent_refusal(case_id, organisation, day)
            if message:
                out.append(message)
        return out

    def _consent_refusal(self, case_id: int, organisation: str, day: dt.date | None = None,
                         name: str = "") -> str:
        recipient = MEETING_CONSENT.get(organisation)
        if recipient is None:
            return ""
        if self.store.consents.covers(case_id, recipient, day or self.store.today()):
            return ""
        label = name or MEETING_ORGANISATIONS.label(organisation)
        consent = CONSENT_RECIPIENTS.label(recipient)
        return (f"Samtycke saknas för {label}: klienten har inget giltigt samtycke till samverkan med "
                f"{consent}. Registrera samtycket (fliken Samtycken) innan {label} bjuds in.")

    # -- checks ------------------------------------------------------------------------------
    def _referral(self, case_id: int) -> str | None:
        return self.store.query_value("SELECT referral_date FROM cases WHERE id = ?", (case_id,))

    def _when(self, check: FieldCheck, case_id: int, name: str, label: str, value: str | None, *,
              time_required: bool, not_after: dt.date | None = None, not_before: str | None = None) -> str:
        """A start or next meeting as stored: "2026-12-10T09:00", or a day alone when no time is needed."""
        if not (value or "").strip():
            check.fail(name, f"{label} måste anges.")
            return ""
        try:
            day, time = _parse_when(value or "")
        except ValueError:
            check.fail(name, f"{label}: skriv datum och tid som 2026-12-10 09:00.")
            return ""
        if time_required and not time:
            check.fail(name, f"{label}: ange även klockslag (TT:MM).")
            return ""
        day = check.date(name, label, day, not_after=not_after, latest=planning_horizon(self.store.today()))
        not_before_referral(check, name, label, day, self._referral(case_id))
        if day is not None and not_before and day.isoformat() < not_before:
            check.fail(name, f"{label} kan inte ligga före mötet ({not_before}).")
        if day is None:
            return ""
        return f"{day.isoformat()}T{time}" if time else day.isoformat()

    def _participants(self, check: FieldCheck, case_id: int, people: list[ParticipantInput],
                      day: dt.date | None) -> list[dict]:
        if len(people) > MAX_PARTICIPANTS:
            check.fail("participants", f"Högst {MAX_PARTICIPANTS} deltagare.")
            return []
        rows = []
        for i, p in enumerate(people):
            n, key = i + 1, f"participants[{i}]"
            organisation = p.organisation if p.organisation in MEETING_ORGANISATIONS else ""
            if not organisation:
                check.fail(f"{key}.organisation", f"Deltagare {n}: ange organisation.")
            other = check.text(f"{key}.organisation_other", f"Deltagare {n}: Annan organisation",
                               p.organisation_other, max_len=200, single_line=True)
            if organisation == "annan" and not other:
                check.fail(f"{key}.organisation_other", f"Deltagare {n}: ange vilken organisation.")
            role = check.text(f"{key}.role", f"Deltagare {n}: Roll", p.role, max_len=200, single_line=True)
            name = check.text(f"{key}.name", f"Deltagare {n}: Namn", p.name, max_len=200, single_line=True)
            phone = check_phone(check, f"{key}.phone", f"Deltagare {n}: Telefon", p.phone, "010-123 45 67")
            if organisation:
                refusal = self._consent_refusal(case_id, organisation, day, other if organisation == "annan" else "")
                if refusal:
                    check.fail(f"{key}.organisation", f"Deltagare {n}: {refusal}")
            rows.append({"organisation": organisation, "organisation_other": other if organisation == "annan" else "",
                         "role": role, "name": name, "phone": phone, "position": i})
        return rows

    def _clean_plan(self, case_id: int, data: MeetingPlan, *, held: bool = False) -> tuple[dict, list[dict]]:
        check = FieldCheck()
        kind = check.choice("kind", "Typ av möte", data.kind, MEETING_KINDS)
        starts_at = self._when(check, case_id, "starts_at", "Datum och tid", data.starts_at, time_required=not held,
                               not_after=self.store.today() if held else None)
        minutes = whole_number(check, "minutes", "Längd i minuter", data.minutes, low=5, high=MAX_MINUTES,
                               required=True)
        place = check.text("place", "Plats", data.place, max_len=500)
        link = check.text("video_link", "Videolänk", data.video_link, max_len=2000, single_line=True).strip()
        if link and not re.match(r"^https://\S+$", link):
            check.fail("video_link", "Videolänk: skriv hela adressen, som börjar med https://.")
        if not place.strip() and not link:
            check.fail("place", "Ange plats eller videolänk.")
        purpose = check.text("purpose", "Syfte", data.purpose, required=True, max_len=10_000)
        questions = []
        for i, q in enumerate(data.questions or []):
            text = check.text(f"questions[{i}]", f"Fråga {i + 1}", q, max_len=1000, single_line=True).strip()
            if text:
                questions.append(text)
        if len(questions) > MAX_QUESTIONS:
            check.fail("questions", f"Högst {MAX_QUESTIONS} frågor.")
        participants = self._participants(check, case_id, list(data.participants or []), None)
        check.raise_if_any()
        return ({"kind": kind, "starts_at": starts_at, "meeting_date": starts_at[:10], "minutes": minutes,
                 "place": place.strip(), "video_link": link, "purpose": purpose, "questions": "\n".join(questions)},
                participants)

    def _clean_record(self, meeting: CollabMeeting, data: MeetingRecord) -> tuple[dict, list[dict], list[dict]]:
        check = FieldCheck()
        today = self.store.today()
        case_id = meeting.case_id
        starts_at = meeting.starts_at
        if data.starts_at is not None and data.starts_at != meeting.starts_at:
            starts_at = self._when(check, case_id, "starts_at", "Datum och tid", data.starts_at,
                                   time_required=False, not_after=today)
        elif meeting.date > today.isoformat():
            check.fail("starts_at", _too_early(meeting))
        day = dt.date.fromisoformat(starts_at[:10]) if starts_at else None
        said = check.text("said", "Vad som sades", data.said, required=True)
        people = data.participants if data.participants is not None else [p.as_input() for p in meeting.participants]
        participants = self._participants(check, case_id, list(people), day)
        if len(data.actions or []) > MAX_ACTIONS:
            check.fail("actions", f"Högst {MAX_ACTIONS} åtgärder.")
        actions = []
        for i, a in enumerate(data.actions or []):
            n, key = i + 1, f"actions[{i}]"
            who = a.who if a.who in MEETING_ACTORS else ""
            if not who:
                check.fail(f"{key}.who", f"Åtgärd {n}: ange vem som gör den.")
            elif day is not None:
                refusal = self._consent_refusal(case_id, who, day) if who != CLIENT else ""
                if refusal:
                    check.fail(f"{key}.who", f"Åtgärd {n}: {refusal}")
            text = check.text(f"{key}.what", f"Åtgärd {n}: Vad", a.what, max_len=5000)
            if not text.strip():
                check.fail(f"{key}.what", f"Åtgärd {n}: beskriv vad som ska göras.")
            due = check.date(f"{key}.due_date", f"Åtgärd {n}: Klart senast", a.due_date,
                             latest=planning_horizon(today))
            if due is not None and starts_at and due.isoformat() < starts_at[:10]:
                check.fail(f"{key}.due_date", f"Åtgärd {n}: Klart senast kan inte ligga före mötet ({starts_at[:10]}).")
            done = check.date(f"{key}.done_date", f"Åtgärd {n}: Gjord", a.done_date, not_after=today)
            if a.goal_id is not None and self.store.plans.goal_case(a.goal_id) != case_id:
                check.fail(f"{key}.goal_id", f"Åtgärd {n}: delmålet hör inte till det här ärendets utvecklingsplan.")
            actions.append({"who": who, "what": text.strip(), "due_date": due.isoformat() if due else "",
                            "goal_id": a.goal_id, "done_date": done.isoformat() if done else "", "position": i})
        next_meeting = ""
        if (data.next_meeting or "").strip():
            next_meeting = self._when(check, case_id, "next_meeting", "Nästa möte", data.next_meeting,
                                      time_required=False, not_before=starts_at[:10] or None)
        check.raise_if_any()
        return ({"outcome": said, "next_meeting": next_meeting, "starts_at": starts_at,
                 "meeting_date": starts_at[:10], "status": HELD}, participants, actions)

    # -- writing -----------------------------------------------------------------------------
    def _write_people(self, tx: Writer, meeting_id: int, participants: list[dict]) -> None:
        """The participants, and the old log's partners (their organisations but our own unit)."""
        tx.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", (meeting_id,))
        tx.executemany(
            "INSERT INTO meeting_participants (meeting_id, organisation, organisation_other, role, name, phone,"
            " position) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(meeting_id, p["organisation"], p["organisation_other"], p["role"], p["name"], p["phone"], p["position"])
             for p in participants])
        partners = [o for o in dict.fromkeys(p["organisation"] for p in participants) if o != "enheten"]
        tx.execute("DELETE FROM meeting_partners WHERE meeting_id = ?", (meeting_id,))
        tx.executemany("INSERT INTO meeting_partners (meeting_id, partner) VALUES (?, ?)",
                       [(meeting_id, p) for p in partners])
        other = next((p["organisation_other"] for p in participants if p["organisation"] == "annan"), "")
        tx.execute("UPDATE meetings SET partner_other = ? WHERE id = ?", (other, meeting_id))

    def _write_actions(self, tx: Writer, meeting_id: int, actions: list[dict]) -> None:
        tx.execute("DELETE FROM meeting_actions WHERE meeting_id = ?", (meeting_id,))
        tx.executemany(
            "INSERT INTO meeting_actions (meeting_id, who, what, due_date, goal_id, done_date, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(meeting_id, a["who"], a["what"], a["due_date"], a["goal_id"], a["done_date"], a["position"])
             for a in actions])

    def plan(self, case_id: int, data: MeetingPlan) -> CollabMeeting:
        self.store.cases.require_open(case_id)
        if self.store.user_id is None:
            NOBODY.require()
        row, participants = self._clean_plan(case_id, data)
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            self.store.cases.require_open(case_id)
            meeting_id = tx.insert("meetings", {**row, "case_id": case_id, "status": PLANNED,
                                                "author_id": self.store.user_id, "created_at": now, "updated_at": now})
            self._write_people(tx, meeting_id, participants)
            self.store.cases.touch(tx, case_id, now, what=f"{what(meeting_id)} planerat")
        return self.get(meeting_id)

    def update_plan(self, meeting_id: int, data: MeetingPlan) -> CollabMeeting:
        meeting = self.get(meeting_id)
        meeting.allowed.edit_plan.require()
        self.store.cases.require_open(meeting.case_id)
        # a held meeting's plan is what took place: never in the future (an old log's has no time)
        row, participants = self._clean_plan(meeting.case_id, data, held=meeting.status == HELD)
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("meetings", meeting_id, {**row, "updated_at": now})
            self._write_people(tx, meeting_id, participants)
            self.store.cases.touch(tx, meeting.case_id, now, what=what(meeting_id))
        return self.get(meeting_id)

    def may_record(self, meeting: CollabMeeting) -> Allowed:
        """Whether the meeting can be recorded now: its own rules, and not before its day (a screen
        says so before anything is typed; ``record`` refuses the same at the date)."""
        allowed = meeting.allowed.record
        if allowed.ok and meeting.date > self.store.today().isoformat():
            return refused(_too_early(meeting))
        return allowed

    def record(self, meeting_id: int, data: MeetingRecord) -> CollabMeeting:
        """What was said, the actions and the next meeting: the meeting is held, and its record a
        draft of the one who wrote it (who signs it)."""
        meeting = self.get(meeting_id)
        meeting.allowed.record.require()
        self.store.cases.require_open(meeting.case_id)
        row, participants, actions = self._clean_record(meeting, data)
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("meetings", meeting_id, {**row, "author_id": self.store.user_id, "updated_at": now})
            self._write_people(tx, meeting_id, participants)
            self._write_actions(tx, meeting_id, actions)
            self.store.cases.touch(tx, meeting.case_id, now, what=f"{what(meeting_id)} dokumenterat")
        return self.get(meeting_id)

    def cancel(self, meeting_id: int, reason: str = "") -> CollabMeeting:
        meeting = self.get(meeting_id)
        meeting.allowed.cancel.require()
        check = FieldCheck()
        reason = check.text("reason", "Skäl", reason, max_len=2000)
        check.raise_if_any()
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("meetings", meeting_id, {"status": CANCELLED, "cancel_reason": reason, "updated_at": now})
            self.store.cases.touch(tx, meeting.case_id, now, what=f"{what(meeting_id)} inställt")
        return self.get(meeting_id)

    def sign(self, meeting_id: int) -> CollabMeeting:
        """The author signs a held meeting's record: from now on it never changes."""
        with self.store.transaction() as tx:
            self._sign(tx, meeting_id)
        return self.get(meeting_id)

    def sign_many(self, meeting_ids: Iterable[int]) -> list[CollabMeeting]:
        """Sign every one of ``meeting_ids``, all or none (journal.SOURCES)."""
        ids = list(dict.fromkeys(meeting_ids))
        with self.store.transaction() as tx:
            for meeting_id in ids:
                self._sign(tx, meeting_id)
        return [self.get(i) for i in ids]

    def _sign(self, tx: Writer, meeting_id: int) -> None:
        meeting = self.get(meeting_id)
        meeting.allowed.sign.require()
        write_signature(tx, self.store, "meetings", meeting_id, meeting.case_id, what(meeting_id))

    def strike(self, meeting_id: int, reason: str) -> CollabMeeting:
        """Strike out (makulera) a draft with the reason; it stays readable, marked so."""
        meeting = self.get(meeting_id)
        meeting.allowed.strike.require()
        write_strike(self.store, "meetings", meeting_id, meeting.case_id, what(meeting_id), reason)
        return self.get(meeting_id)

    def correct(self, meeting_id: int, data: MeetingRecord, reason: str) -> CollabMeeting:
        """A correction (rättelse) of a signed record: a new held meeting with the plan of the old one
        and the record given, pointing to it with the reason; a draft of its writer, signed like any.
        The old record stays as it was and reads "rättad"."""
        old = self.get(meeting_id)
        old.allowed.correct.require()
        check = FieldCheck()
        reason = check.text("reason", "Skäl till rättelsen", reason, required=True)
        check.raise_if_any()
        row, participants, actions = self._clean_record(old, data)
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            new_id = tx.insert("meetings", {
                **row, "case_id": old.case_id, "kind": old.kind, "minutes": old.minutes, "place": old.place,
                "video_link": old.video_link, "purpose": old.purpose, "questions": "\n".join(old.questions),
                "participants": old.participants_note, "corrects_id": old.id, "correction_reason": reason,
                "author_id": self.store.user_id, "created_at": now, "updated_at": now})
            self._write_people(tx, new_id, participants)
            self._write_actions(tx, new_id, actions)
            self.store.cases.touch(tx, old.case_id, now, what=f"{what(new_id)}, rättelse av {meeting_id}")
            self.store.access_log.record(LogAction.CORRECT, case_id=old.case_id,
                                         what=f"{what(meeting_id)} rättat genom {new_id}", tx=tx)
        return self.get(new_id)

    def set_action_done(self, action_id: int, day: str | dt.date | None) -> MeetingAction:
        """Mark an agreed action done on ``day`` (None or "": not done after all). Allowed on a
        signed record too: the done date is follow-up, not what the record says."""
        row = self.store.query_one(
            "SELECT a.meeting_id, m.case_id, m.struck_at, m.starts_at FROM meeting_actions a "
            "JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ?", (action_id,))
        if row is None:
            raise NotFound(f"Åtgärden {action_id} finns inte.")
        if row["struck_at"] is not None:
            raise RuleError("Mötet är makulerat och kan inte ändras.")
        check = FieldCheck()
        done = check.date("done_date", "Gjord", day, not_after=self.store.today())
        if done is not None and done.isoformat() < row["starts_at"][:10]:
            check.fail("done_date", f"Gjord kan inte ligga före mötet ({row['starts_at'][:10]}).")
        check.raise_if_any()
        with self.store.transaction() as tx:
            tx.execute("UPDATE meeting_actions SET done_date = ? WHERE id = ?",
                       (done.isoformat() if done else "", action_id))
            self.store.cases.touch(tx, row["case_id"], what=f"{what(row['meeting_id'])}, åtgärd {action_id} "
                                   + ("gjord" if done else "inte gjord"))
        return self._actions("a.id = ?", (action_id,), by="id")[action_id][0]

    # -- reading -----------------------------------------------------------------------------
    def _participants_of(self, where: str, params: tuple) -> dict[int, list[Participant]]:
        out: dict[int, list[Participant]] = {}
        unit = self._unit_name()
        for mid, org, other, role, name, phone in self.store.query_tuples(
                f"SELECT meeting_id, organisation, organisation_other, role, name, phone FROM meeting_participants "
                f"WHERE {where} ORDER BY meeting_id, position, id", params):
            out.setdefault(mid, []).append(
                Participant(org, organisation_label(org, other, unit), role, name, phone, other))
        return out

    def _unit_name(self) -> str:
        """The unit's name as documents print it (store.unit), without reading its logo."""
        from app.models.unit import DEFAULT_NAME, KEYS

        name = self.store.query_value("SELECT value FROM settings WHERE key = ?", (KEYS["name"],))
        return (name or "").strip() or DEFAULT_NAME

    def _actions(self, where: str, params: tuple, by: str = "meeting_id") -> dict[int, list[MeetingAction]]:
        """The actions found, by meeting (or ``by="id"``: by their own id)."""
        out: dict[int, list[MeetingAction]] = {}
        unit = self._unit_name()
        for r in self.store.query(f"{_ACTIONS} WHERE {where} ORDER BY a.meeting_id, a.position, a.id", params):
            key = r[by]
            out.setdefault(key, []).append(MeetingAction(
                r["id"], r["who"], who_label(r["who"], unit), r["what"], r["due_date"], r["goal_id"], r["goal_text"],
                r["done_date"]))
        return out

    def _read(self, where: str, params: tuple, order: str = "") -> list[CollabMeeting]:
        rows = self.store.query(f"{_SELECT} WHERE {where} {order}", params)
        if not rows:
            return []
        ids = tuple(r["id"] for r in rows)
        marks = ", ".join("?" * len(ids))
        people = self._participants_of(f"meeting_id IN ({marks})", ids)
        actions = self._actions(f"a.meeting_id IN ({marks})", ids)
        out = []
        for r in rows:
            signature = Signature(r.pop("signed_at"), r.pop("signer"), r.pop("signer_title"))
            strike = Strike(r.pop("struck_at"), r.pop("striker"), r.pop("strike_reason"))
            day = r.pop("meeting_date")
            questions = tuple(q for q in r.pop("questions").split("\n") if q)
            out.append(CollabMeeting(
                **{**r, "starts_at": r["starts_at"] or day}, kind_label=MEETING_KINDS.label(r["kind"]),
                questions=questions, participants=tuple(people.get(r["id"], ())),
                actions=tuple(actions.get(r["id"], ())), signed=signature.is_signed,
                signature_text=self._signature_text(signature), signature=signature, strike=strike,
                viewer_id=self.store.user_id))
        return out

    @staticmethod
    def _signature_text(signature: Signature) -> str:
        """"Signerad 2026-12-10 av Anna Andersson, arbetsterapeut", or ""."""
        if not signature.is_signed:
            return ""
        return f"Signerad {(signature.signed_at or '')[:10]} av {signature.signer_display}"

    def get(self, meeting_id: int) -> CollabMeeting:
        found = self._read("m.id = ?", (meeting_id,))
        if not found:
            raise NotFound(f"Mötet {meeting_id} finns inte.")
        return found[0]

    def for_case(self, case_id: int) -> list[CollabMeeting]:
        """Every meeting of the case, planned, held, cancelled and struck, newest first."""
        return self._read("m.case_id = ?", (case_id,), "ORDER BY m.meeting_date DESC, m.starts_at DESC, m.id DESC")

    def unsigned_for(self, user_id: int | None, written_before: str | None = None) -> list[UnsignedEntry]:
        """Held meetings' records ``user_id`` wrote and has not signed or struck out (every author's
        when None), oldest written first: one source of ``store.journal.unsigned_for``."""
        where, params = ("AND m.author_id = ?", (user_id,)) if user_id is not None else ("", ())
        if written_before is not None:
            where, params = where + " AND m.updated_at < ?", (*params, written_before)
        rows = self.store.query_tuples(
            f"""SELECT m.id, m.case_id, c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name,
                       m.meeting_date, m.updated_at, m.kind, m.outcome, m.author_id, u.name
                FROM meetings m JOIN cases c ON c.id = m.case_id JOIN clients cl ON cl.id = c.client_id
                LEFT JOIN users u ON u.id = m.author_id
                WHERE m.signed_at IS NULL AND m.struck_at IS NULL AND m.status = 'genomfort' {where}
                ORDER BY m.updated_at, m.id""",
            params,
        )
        out = []
        for mid, case_id, number, client_id, name, day, written, kind, said, author_id, author in rows:
            start = " ".join(said.split())
            start = start if len(start) <= 60 else start[:59].rstrip() + "…"
            title = (translate("UnsignedEntry", "Samverkansmöte – %1: %2")  # a screen's line (Att göra, signing)
                     .replace("%1", translate("data", MEETING_KINDS.label(kind))).replace("%2", start))
            out.append(UnsignedEntry("meeting", mid, case_id, number, client_id, name, day, written,
                                     title, author_id, author))
        return out

    def actions_due(self, user_id: int | None = None) -> list[DueAction]:
        """Open actions with a due date, of held meetings standing (not struck, not replaced by a
        correction), in cases of ``user_id`` (all when None), the earliest due first."""
        where, params = ("AND c.responsible_user_id = ?", (user_id,)) if user_id is not None else ("", ())
        rows = self.store.query(
            f"""SELECT a.id AS action_id, m.id AS meeting_id, m.kind, m.meeting_date, c.id AS case_id,
                       c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name AS client_name,
                       c.responsible_user_id
                FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id JOIN cases c ON c.id = m.case_id
                     JOIN clients cl ON cl.id = c.client_id
                WHERE a.done_date = '' AND a.due_date != '' AND {STANDING_HELD} {where}
                ORDER BY a.due_date, a.id""", params)
        if not rows:
            return []
        ids = tuple(r["action_id"] for r in rows)
        actions = self._actions(f"a.id IN ({', '.join('?' * len(ids))})", ids, by="id")
        return [DueAction(actions[r["action_id"]][0], r["meeting_id"], MEETING_KINDS.label(r["kind"]),
                          r["meeting_date"], r["case_id"], r["case_number"], r["client_id"], r["client_name"],
                          r["responsible_user_id"]) for r in rows]
