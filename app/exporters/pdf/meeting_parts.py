"""What the meeting documents share (the invitation, the client's record, its easy-read variant and the
calendar file): the meeting and its case looked up together, the day and time in words, where, and
who takes part with their phone numbers (what the Malmö project's clients missed in the invitation)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm

from app.exporters.pdf.base import WIDTH, table
from app.exporters.pdf.plan_easy import day_words
from app.models.errors import RuleError

if TYPE_CHECKING:
    from app.models.cases import Case
    from app.models.clients import Client

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
CLIENT = "klienten"  # MeetingAction.who for the client's own actions


@dataclass(frozen=True)
class MeetingDocument:
    """A meeting with the case and client it belongs to."""

    meeting: Any  # app.models.meetings.CollabMeeting
    case: Case
    client: Client


def load(store, meeting_id: int) -> MeetingDocument:
    meeting = store.meetings.get(meeting_id)
    case = store.cases.get(meeting.case_id)
    return MeetingDocument(meeting, case, store.clients.get(case.client_id))


def starts(meeting) -> dt.datetime:
    return dt.datetime.fromisoformat(meeting.starts_at)


def ends(meeting) -> dt.datetime:
    return starts(meeting) + dt.timedelta(minutes=meeting.minutes or 0)


def clock(moment: dt.datetime) -> str:
    """"09.00": the Swedish way of writing the time of day."""
    return moment.strftime("%H.%M")


def weekday_date(value: str | dt.date | dt.datetime) -> str:
    """"torsdag 10 december 2026"."""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return f"{WEEKDAYS[day.weekday()]} {day_words(day.isoformat())}"


def time_span(meeting) -> str:
    """"09.00–10.30"; the start alone for a meeting without a length."""
    if not meeting.minutes:
        return clock(starts(meeting))
    return f"{clock(starts(meeting))}–{clock(ends(meeting))}"


def next_meeting_words(value: str) -> str:
    """"torsdag 14 januari 2027 kl. 10.00", or the day alone when no time is set; "" for none."""
    if not value:
        return ""
    words = weekday_date(value)
    if "T" in value:
        words += f" kl. {clock(dt.datetime.fromisoformat(value))}"
    return words


def participants_table(participants, *, plain: bool) -> object:
    """Who takes part: organisation, role, name and phone, one row each (the phone never left out)."""
    head = ["Var de arbetar", "Roll", "Namn", "Telefon"] if plain else ["Organisation", "Roll", "Namn", "Telefon"]
    rows = [head] + [[p.organisation_label, p.role, p.name, p.phone] for p in participants]
    return table(rows, [WIDTH - 3 * 38 * mm, 38 * mm, 38 * mm, 38 * mm])


def actions_by_who(actions) -> list[tuple[str, str, list]]:
    """The actions grouped by who does them, the client's own first, then each organisation in the
    order it first appears: (who, who_label, actions)."""
    groups: dict[str, tuple[str, list]] = {}
    for action in sorted(actions, key=lambda a: a.who != CLIENT):  # stable: the recorded order otherwise
        groups.setdefault(action.who, (action.who_label, []))[1].append(action)
    return [(who, label, items) for who, (label, items) in groups.items()]


def require_not_cancelled(meeting) -> None:
    if meeting.status == "installt":
        raise RuleError("Mötet är inställt: det finns ingen kallelse att skriva ut.")


def require_held(meeting) -> None:
    """The client's record is of a meeting held: what was said and what happens next."""
    if meeting.status == "installt":
        raise RuleError("Mötet är inställt: det finns inga anteckningar från det.")
    if meeting.status != "genomfort":
        raise RuleError("Mötet är inte genomfört än. Skriv vad som sades och vad som ska göras, "
                        "sedan kan anteckningarna skrivas ut.")
    if getattr(meeting, "is_struck", False):
        raise RuleError("Mötesanteckningen är struken och skrivs inte ut.")
