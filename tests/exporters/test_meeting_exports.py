"""A meeting's documents through the export service and ``python -m app export``: plan a gemensam
kartläggning with Af and FK, print the invitation (PDF and .ics), hold it, print the client's record;
consent checked for an organisation's copy, everything logged, files 0600."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from icalendar import Calendar

from app.cli import main
from app.exporters.service import Exports
from app.models.errors import RuleError
from tests.exporters.meeting_support import AF_PHONE, FK_PHONE, plan_gk, record_gk


@pytest.fixture
def gk(store, pdf_case):
    return plan_gk(store, pdf_case.case.id)


def _cli(db_path, *args) -> int:
    return main(["export", *args, "--db", str(db_path)])


def test_the_invitation_from_the_command_line_as_pdf_and_calendar_file(store, gk, db_path, tmp_path, read_pdf):
    pdf, ics = tmp_path / "kallelse.pdf", tmp_path / "kallelse.ics"
    assert _cli(db_path, "invitation", "--meeting", str(gk.id), "--out", str(pdf)) == 0
    assert _cli(db_path, "invitation", "--meeting", str(gk.id), "--out", str(ics)) == 0
    flat = read_pdf(pdf).flat
    assert "Kallelse till gemensam kartläggning" in flat and "onsdag 18 november 2026" in flat
    assert "09.00–10.30" in flat and "Storgatan 1, rum 3" in flat
    assert "Lisa Müller" in flat and AF_PHONE in flat and "Örjan Åberg" in flat and FK_PHONE in flat
    assert "Vad skulle du vilja arbeta med?" in flat
    assert "Arbetsmarknadsavdelningen (AMA) Arbetsterapeut Anna Andersson" in flat  # our own unit by its name
    event = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")[0]
    assert event.decoded("DTSTART").replace(tzinfo=None) == dt.datetime(2026, 11, 18, 9, 0)
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm" and str(event["LOCATION"]) == "Storgatan 1, rum 3"
    for path in (pdf, ics):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    logged = [(e.document, e.recipient, e.details, e.contents) for e in store.export_log.entries()]
    line = "Gemensam kartläggning 2026-11-18 09:00"
    assert logged == [("invitation", "klient", f"{line}, kalenderfil", f"meeting:{gk.id}"),
                      ("invitation", "klient", line, f"meeting:{gk.id}")]


def test_an_organisations_invitation_needs_its_consent_and_its_participant(store, pdf_case, gk, tmp_path, read_pdf):
    exports = Exports(store)
    exports.invitation(gk.id, tmp_path / "af.pdf", "af")
    assert "Till: Arbetsförmedlingen, handläggare" in read_pdf(tmp_path / "af.pdf").flat
    with pytest.raises(RuleError, match="Samtycke saknas.*Vården"):  # no consent, and not invited either
        exports.invitation(gk.id, tmp_path / "v.pdf", "varden")
    af = next(c for c in store.consents.for_case(pdf_case.case.id) if c.recipient == "af")
    store.consents.withdraw(af.id, "2026-11-19")
    with pytest.raises(RuleError, match="återkallades"):
        exports.invitation(gk.id, tmp_path / "af2.pdf", "af")
    exports.invitation(gk.id, tmp_path / "klient.pdf")  # the client's copy needs none
    assert not (tmp_path / "v.pdf").exists() and not (tmp_path / "af2.pdf").exists()
    refused = [(e.document, e.recipient) for e in store.export_log.entries(refused=True)]
    assert refused == [("invitation", "af"), ("invitation", "varden")]


def test_the_clients_record_from_the_command_line_after_the_meeting(store, pdf_case, gk, db_path, tmp_path, read_pdf,
                                                                    capsys):
    record = tmp_path / "mote.pdf"
    assert _cli(db_path, "meeting-record", "--meeting", str(gk.id), "--out", str(record)) == 2
    assert "Mötet är inte genomfört än." in capsys.readouterr().err and not record.exists()
    goal = pdf_case.plan.sub_goals[0]
    record_gk(store, gk.id, goal.id)
    easy = tmp_path / "mote-lattlast.pdf"
    assert _cli(db_path, "meeting-record", "--meeting", str(gk.id), "--out", str(record)) == 0
    assert _cli(db_path, "meeting-record", "--meeting", str(gk.id), "--easy-read", "--out", str(easy)) == 0
    flat = read_pdf(record).flat
    for text in ("Lisa Müller", AF_PHONE, FK_PHONE, "Vi gick igenom läkarintyget", "Det här gör du",
                 "Skriver in sig på Af:s webbplats.", "2026-11-27", "Det här gör Arbetsförmedlingen",
                 "Skriver in Åsa i programmet Steg till arbete.", "2026-12-18", "Det här gör Försäkringskassan",
                 "2027-01-08", goal.text, "Nästa möte är torsdag 14 januari 2027 kl. 10.00.", "Signerad 2026-11-20"):
        assert text in flat, text
    easy_flat = read_pdf(easy).flat
    assert "Det ska vara klart senast 27 november 2026." in easy_flat and f"Telefon: {FK_PHONE}" in easy_flat
    logged = [(e.document, e.recipient, e.details) for e in store.export_log.entries()]
    assert logged == [("meeting_record", "klient", "Gemensam kartläggning 2026-11-18 09:00, lättläst"),
                      ("meeting_record", "klient", "Gemensam kartläggning 2026-11-18 09:00")]
    assert [e.document for e in store.export_log.entries(refused=True)] == ["meeting_record"]


def test_the_command_line_names_a_wrong_file_name_and_an_unknown_meeting(store, gk, db_path, tmp_path, capsys):
    assert _cli(db_path, "invitation", "--meeting", str(gk.id), "--out", str(tmp_path / "k.docx")) != 0
    assert "--out: invitation blir ett PDF-dokument (.pdf) eller en kalenderfil (.ics)" in capsys.readouterr().err
    assert _cli(db_path, "meeting-record", "--meeting", str(gk.id), "--out", str(tmp_path / "m.ics")) != 0
    assert "ska sluta på .pdf" in capsys.readouterr().err
    assert _cli(db_path, "invitation", "--meeting", "999", "--out", str(tmp_path / "k.pdf")) != 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_meeting_the_old_log_kept_prints_its_day_and_who_took_part_as_written(store, pdf_case, tmp_path, read_pdf):
    old = store.meetings.get(pdf_case.meeting.id)  # logged with a day, a kind, partners and an outcome
    assert old.time == "" and old.participants_note
    for easy_read in (False, True):
        flat = read_pdf(Exports(store).meeting_record(old.id, tmp_path / f"m{easy_read}.pdf", easy_read=easy_read)).flat
        assert "Du och handläggare Lisa Müller på Af" in flat and "Ny avstämning i januari." in flat
        assert "lördag 14 november 2026" in flat
        assert "Tid" not in flat and "Plats" not in flat and "klockan" not in flat
