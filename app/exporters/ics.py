"""The meeting as a calendar file (.ics, RFC 5545) for Outlook and the phone's calendar: one VEVENT
with the time in Europe/Stockholm (a TZID, so a calendar in another zone still shows 09.00 Swedish
time), the place or the video link, the purpose and the questions. Made with the icalendar library,
which folds long lines, escapes commas and semicolons and writes the VTIMEZONE.

The client's name is left out: calendars are synced to services outside the unit. The UID is the
same each time a meeting's file is made, so a calendar updates the event instead of adding a second."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from app.exporters.pdf.meeting_parts import ends, load, starts
from app.models.meetings import CANCELLED

ZONE = "Europe/Stockholm"
PRODUCT = "-//ATAMA//Kallelse till möte//SV"


def meeting_uid(meeting, case) -> str:
    return f"atama-mote-{meeting.id}-{case.case_number}@atama.invalid"


def description(meeting) -> str:
    parts = [meeting.purpose.strip()]
    if meeting.video_link and meeting.place:
        parts.append(f"Videolänk: {meeting.video_link}")
    questions = [q.strip() for q in meeting.questions if q.strip()]
    if questions:
        parts.append("Frågor att tänka på före mötet:\n" + "\n".join(f"- {q}" for q in questions))
    people = [", ".join(x for x in (p.name, p.role, p.organisation_label, p.phone) if x) for p in meeting.participants]
    if people:
        parts.append("Med på mötet:\n" + "\n".join(f"- {line}" for line in people))
    return "\n\n".join(part for part in parts if part)


def meeting_calendar(store, meeting_id: int):
    """The icalendar ``Calendar`` of the meeting (one VEVENT, its VTIMEZONE)."""
    from icalendar import Calendar, Event

    doc = load(store, meeting_id)
    meeting = doc.meeting
    zone = ZoneInfo(ZONE)
    cancelled = meeting.status == CANCELLED
    event = Event()
    event.add("uid", meeting_uid(meeting, doc.case))
    now = store.now()  # the computer's local time, naive: astimezone reads it so (a walk found it an hour off)
    event.add("dtstamp", now.astimezone(dt.UTC))
    if meeting.time:
        event.add("dtstart", starts(meeting).replace(tzinfo=zone))
        event.add("dtend", ends(meeting).replace(tzinfo=zone))
    else:  # the old log's meeting with its day only: a whole-day event
        event.add("dtstart", starts(meeting).date())
    event.add("summary", ("INSTÄLLT: " if cancelled else "") + f"{meeting.kind_label} – {doc.unit_name}")
    event.add("location", meeting.place or meeting.video_link)
    if meeting.video_link:
        event.add("url", meeting.video_link)
    text = description(meeting)
    if text:
        event.add("description", text)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    # The VTIMEZONE the TZID names, from the zone data: the rules around the meeting only (the default,
    # 1970-2038, lists every change of summer time in between).
    day = starts(meeting).date()
    calendar.add_missing_timezones(first_date=dt.date(day.year - 1, 1, 1), last_date=dt.date(day.year + 2, 1, 1))
    return calendar


def write_meeting_ics(store, target: Path, *, meeting_id: int) -> None:
    """Writes the file the export service made (atomically, 0600: app/exporters/service.py)."""
    data = meeting_calendar(store, meeting_id).to_ical()
    with open(target, "wb") as handle:
        handle.write(data)
