"""The meeting's calendar file as Outlook reads it: parsed back with icalendar, one event at the
meeting's Swedish time (TZID Europe/Stockholm), the place or the video link, the purpose and the
questions, the same UID each time; a cancelled meeting says so."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from app.exporters.ics import write_meeting_ics
from tests.exporters.meeting_support import AF_PHONE, meeting, use_meetings
from tests.exporters.pdf_support import MARKUP, NORDIC_LAST

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture
def calendar_of(store, pdf_case, monkeypatch, tmp_path):
    def write(**changes):
        use_meetings(store, monkeypatch, meeting(pdf_case.case.id, **changes))
        path = tmp_path / "mote.ics"
        write_meeting_ics(store, path, meeting_id=7)
        raw = path.read_bytes()
        return Calendar.from_ical(raw), raw
    return write


def _event(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_the_event_has_the_swedish_time_the_place_the_purpose_and_the_questions(calendar_of):
    calendar, raw = calendar_of()
    event = _event(calendar)
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event.decoded("DTSTART") == dt.datetime(2026, 12, 10, 9, 0, tzinfo=STOCKHOLM)
    assert event.decoded("DTEND") == dt.datetime(2026, 12, 10, 10, 30, tzinfo=STOCKHOLM)
    assert event.decoded("DTSTART").utcoffset() == dt.timedelta(hours=1)  # winter time: 08:00 UTC
    assert str(event["LOCATION"]) == "Storgatan 1, rum <3> & 4"
    assert str(event["SUMMARY"]) == "Gemensam kartläggning – Arbetsmarknadsavdelningen (AMA)"
    text = str(event["DESCRIPTION"])
    assert MARKUP in text and "Vad behöver du <hjälp> med?" in text and AF_PHONE in text
    assert str(event["STATUS"]) == "CONFIRMED"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    assert len(raw) < 2000  # the zone rules around the meeting, not every summer time since 1970
    assert NORDIC_LAST.encode() not in raw  # calendars sync outside the unit: no client's name
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded as RFC 5545 says


def test_the_uid_is_the_same_each_time_and_a_cancelled_meeting_says_so(calendar_of):
    first = _event(calendar_of()[0])["UID"]
    cancelled = _event(calendar_of(status="installt")[0])
    assert cancelled["UID"] == first
    assert str(cancelled["STATUS"]) == "CANCELLED" and str(cancelled["SUMMARY"]).startswith("INSTÄLLT: ")


def test_a_video_meeting_has_its_link_as_location_and_url(calendar_of):
    event = _event(calendar_of(place="", video_link="https://meet.example/abc;x=1,2")[0])
    assert str(event["LOCATION"]) == "https://meet.example/abc;x=1,2"  # escaped and read back whole
    assert str(event["URL"]) == "https://meet.example/abc;x=1,2"


def test_a_meeting_logged_with_its_day_only_is_a_whole_day_event(calendar_of):
    event = _event(calendar_of(starts_at="2026-11-14", minutes=0)[0])
    assert event.decoded("DTSTART") == dt.date(2026, 11, 14) and "DTEND" not in event


def test_the_time_stamp_is_when_the_file_was_made_in_utc(calendar_of, store):
    calendar, _raw = calendar_of()
    stamp = _event(calendar)["DTSTAMP"].dt
    assert stamp.utcoffset() == dt.timedelta(0)
    assert stamp == store.now().astimezone(dt.UTC)  # the computer's local time read as such, never an hour off
