"""Insatser och samverkan: the collaboration meetings held (not planned, cancelled or struck; a corrected
record once) per partner and kind and per month, and the meetings' actions done on time, read back."""

from __future__ import annotations

import datetime as dt

import pytest

from app.exporters.xlsx import write_interventions_xlsx
from app.models.meetings import ActionInput, MeetingPlan, MeetingRecord, ParticipantInput
from tests import builders
from tests.exporters.xlsx_support import every_cell_text, read_back, rows_of

AF = ParticipantInput("af", "Handläggare", "Eva Ek", "010-123 45 67")
FK = ParticipantInput("fk", "Handläggare", "Per Persson", "0771-524 524")
US = ParticipantInput("enheten", "Arbetsterapeut", "Anna Andersson", "")


@pytest.fixture
def book(store, tmp_path):
    case = builders.client_with_case(store, {"referral_date": "2026-09-01"}, first_name="Karin",
                                     last_name="Samverkansson")
    for who in ("af", "fk"):
        store.consents.add(case.id, who, "skriftligt", "2026-09-02")

    def meeting(kind, starts_at, participants=(AF, FK, US)):
        return store.meetings.plan(case.id, MeetingPlan(kind, starts_at, 60, place="Storgatan 1", purpose="Möte.",
                                                        participants=list(participants)))

    def held(kind, starts_at, actions, participants=(AF, FK, US)):
        m = meeting(kind, starts_at, participants)
        return store.meetings.record(m.id, MeetingRecord("Vi pratade.", actions))

    gk = held("gemensam_kartlaggning", "2026-09-15T09:00", [
        ActionInput("af", "Bokar arbetsträning", "2026-09-20", done_date="2026-09-19"),    # on time
        ActionInput("klienten", "Ringer vården", "2026-09-20", done_date="2026-09-25"),  # late
        ActionInput("fk", "Skickar beslut", ""),                                          # no date
        ActionInput("enheten", "Skickar kartläggningen", "2026-11-10"),                   # open, past due
        ActionInput("enheten", "Bokar nästa möte", "2026-12-01")])                        # open, not yet due
    store.meetings.sign(gk.id)
    contact = held("kontaktmote", "2026-10-05T10:00", [ActionInput("af", "Gammal", "2026-10-09")],
                   participants=(AF, US))
    store.meetings.sign(contact.id)
    store.meetings.correct(contact.id, MeetingRecord("Vi pratade om arbete.", [
        ActionInput("af", "Rättad", "2026-10-10", done_date="2026-10-10")]), "Fel åtgärd")  # counted once, as this
    struck = held("avstamningsmote", "2026-10-20T10:00", [ActionInput("fk", "Struken", "2026-10-25")])
    store.meetings.strike(struck.id, "Fel ärende")
    meeting("trepartssamtal", "2026-10-22T10:00")  # planned, never recorded
    store.meetings.cancel(meeting("trepartssamtal", "2026-10-23T10:00").id, "Sjuk")
    held("kontaktmote", "2026-11-05T10:00", [ActionInput("af", "Efter perioden", "2026-11-06")])
    path = tmp_path / "insatser.xlsx"
    write_interventions_xlsx(store, path, period_from=dt.date(2026, 8, 1), period_to=dt.date(2026, 10, 31))
    return read_back(path)


def table_of(ws) -> tuple[tuple, dict[str, tuple]]:
    header, *rows = rows_of(ws)
    return header, {r[0]: r[1:] for r in rows if r[0] and r[1] is not None}


def test_meetings_held_per_partner_and_kind(book):
    header, table = table_of(book["Samverkansmöten"])
    kinds = header[1:]
    assert kinds[-1] == "Totalt"
    count = {label: dict(zip(kinds, values)) for label, values in table.items()}
    assert count["Arbetsförmedlingen"]["Kontaktmöte"] == 1 and count["Arbetsförmedlingen"]["Gemensam kartläggning"] == 1
    assert count["Arbetsförmedlingen"]["Totalt"] == 2
    assert count["Försäkringskassan"]["Totalt"] == 1  # the struck avstämningsmöte is not counted
    assert count["Totalt"]["Avstämningsmöte"] == count["Totalt"]["Trepartssamtal"] == 0
    assert count["Totalt"]["Totalt"] == 2
    assert "Enheten" not in count  # our own unit is at every meeting, not a partner


def test_meetings_per_month(book):
    header, table = table_of(book["Möten per månad"])
    assert header[0] == "Månad"
    month = {label: dict(zip(header[1:], values)) for label, values in table.items()}
    assert list(month) == ["2026-08", "2026-09", "2026-10", "Totalt"]  # every month of the period
    assert month["2026-08"]["Totalt"] == 0
    assert month["2026-09"]["Gemensam kartläggning"] == 1 and month["2026-09"]["Totalt"] == 1
    assert month["2026-10"]["Kontaktmöte"] == 1 and month["2026-10"]["Totalt"] == 1
    assert month["Totalt"]["Totalt"] == 2


def test_actions_done_on_time(book):
    ws = book["Åtgärder från möten"]
    header, table = table_of(ws)
    assert header == ("Vem gör", "Klara i tid", "Klara sent", "Öppna, datum passerat", "Öppna, datum ej passerat",
                      "Utan datum", "Totalt")
    none = (0, 0, 0, 0, 0, 0)
    assert list(table.items()) == [
        ("Arbetsförmedlingen", (2, 0, 0, 0, 0, 2)),  # the correction's action, not the corrected one's
        ("Försäkringskassan", (0, 0, 0, 0, 1, 1)),  # the struck meeting's action is not counted
        ("Vården", none), ("Arbetsgivare", none), ("IFO/socialtjänst", none),
        ("Enheten", (0, 0, 1, 1, 0, 2)),
        ("Annan", none),
        ("Klienten", (0, 1, 0, 0, 0, 1)),
        ("Totalt", (2, 1, 1, 1, 1, 6)),
    ]
    text = every_cell_text(book)
    assert "Av de klara åtgärderna med datum var 67 % klara i tid." in text
    assert "räknas mot dagens datum (2026-11-20)" in text
    assert len(ws._charts) == 1
    for private in ("Samverkansson", "Bokar arbetsträning", "Vi pratade", "Eva Ek"):
        assert private not in text
