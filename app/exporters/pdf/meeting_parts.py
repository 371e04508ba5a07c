"""What the meeting documents share (the invitation, the client's record, its easy-read variant and the
calendar file): the meeting and its case looked up together, the day and time in words, where, and
who takes part with their phone numbers (what the Malmö project's clients missed in the invitation)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from app.exporters.pdf.base import WIDTH, table
from app.exporters.pdf.plan_easy import day_words
from app.models.errors import RuleError
from app.models.meetings import CANCELLED, CLIENT, HELD, CollabMeeting

if TYPE_CHECKING:
    from app.models.cases import Case
    from app.models.clients import Client

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


@dataclass(frozen=True)
class MeetingDocument:
    """A meeting with the case and client it belongs to."""

    meeting: CollabMeeting
    case: Case
    client: Client
    unit_name: str  # the calendar event's summary names the unit


def load(store, meeting_id: int) -> MeetingDocument:
    meeting = store.meetings.get(meeting_id)
    case = store.cases.get(meeting.case_id)
    return MeetingDocument(meeting, case, store.clients.get(case.client_id), store.unit.identity().name)


def starts(meeting) -> dt.datetime:
    """The start; midnight for a meeting the old log kept with its day only (``meeting.time`` "")."""
    return dt.datetime.fromisoformat(meeting.starts_at[:16])


def ends(meeting) -> dt.datetime:
    return dt.datetime.fromisoformat(meeting.ends_at) if meeting.ends_at else starts(meeting)


def clock(moment: dt.datetime) -> str:
    """"09.00": the Swedish way of writing the time of day."""
    return moment.strftime("%H.%M")


def weekday_date(value: str | dt.date | dt.datetime) -> str:
    """"torsdag 10 december 2026"."""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return f"{WEEKDAYS[day.weekday()]} {day_words(day.isoformat())}"


def time_span(meeting) -> str:
    """"09.00–10.30"; the start alone for a meeting without a length; "" for one without a time."""
    if not meeting.time:
        return ""
    if not meeting.ends_at:
        return clock(starts(meeting))
    return f"{clock(starts(meeting))}–{clock(ends(meeting))}"


def when_rows(meeting) -> list[tuple[str, str]]:
    """"Dag" and, when it has one, "Tid" of a meeting, for a facts table."""
    rows = [("Dag", weekday_date(meeting.starts_at))]
    if meeting.time:
        rows.append(("Tid", time_span(meeting)))
    return rows


def next_meeting_words(value: str) -> str:
    """"torsdag 14 januari 2027 kl. 10.00", or the day alone when no time is set; "" for none."""
    if not value:
        return ""
    words = weekday_date(value)
    if "T" in value:
        words += f" kl. {clock(dt.datetime.fromisoformat(value))}"
    return words


def participants_table(doc: MeetingDocument, *, plain: bool) -> object:
    """Who takes part: organisation (our own unit by its name: the model's label), role, name and phone,
    one row each (the phone never left out)."""
    head = ["Var de arbetar", "Roll", "Namn", "Telefon"] if plain else ["Organisation", "Roll", "Namn", "Telefon"]
    rows = [head] + [[p.organisation_label, p.role, p.name, p.phone] for p in doc.meeting.participants]
    return table(rows, [WIDTH - 3 * 38 * mm, 38 * mm, 38 * mm, 38 * mm])


def actions_by_who(actions) -> list[tuple[str, str, list]]:
    """The actions grouped by who does them, the client's own first, then each organisation in the
    order it first appears: (who, who_label, actions)."""
    groups: dict[str, tuple[str, list]] = {}
    for action in sorted(actions, key=lambda a: a.who != CLIENT):  # stable: the recorded order otherwise
        groups.setdefault(action.who, (action.who_label, []))[1].append(action)
    return [(who, label, items) for who, (label, items) in groups.items()]


def require_not_cancelled(meeting) -> None:
    if meeting.status == CANCELLED:
        raise RuleError("Mötet är inställt: det finns ingen kallelse att skriva ut.")
    if meeting.is_struck:
        raise RuleError("Mötet är makulerat och skrivs inte ut.")


def require_held(meeting) -> None:
    """The client's record is of a meeting held: what was said and what happens next."""
    if meeting.status == CANCELLED:
        raise RuleError("Mötet är inställt: det finns inga anteckningar från det.")
    if meeting.status != HELD:
        raise RuleError("Mötet är inte genomfört än. Skriv vad som sades och vad som ska göras, "
                        "sedan kan anteckningarna skrivas ut.")
    if meeting.is_struck:
        raise RuleError("Mötesanteckningen är makulerad och skrivs inte ut.")
    if meeting.is_corrected:
        raise RuleError(f"Mötesanteckningen är rättad: skriv ut rättelsen (möte {meeting.corrected_by_id}) i stället.")
