"""A client's request for erasure (R10): recorded, logged, answered with a letter that refuses it
citing the retention duty (GDPR 17.3 b, PDL 3:17); nothing is deleted."""

from __future__ import annotations

import pytest

from app.exporters.service import Exports
from app.models.access_log import LogAction
from app.models.erasure import ErasureInput
from app.models.errors import ValidationError
from tests.exporters.pdf_support import pdf_read
from tests.support import TEST_PASSWORD

ASKED = "Jag vill att ni tar bort allt ni har skrivit om mig."


def counts(store) -> dict[str, int]:
    tables = [t for (t,) in store.query_tuples("SELECT name FROM sqlite_master WHERE type = 'table' "
                                               "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'clients_search%'")]
    return {t: store.query_value(f"SELECT count(*) FROM {t}") for t in tables}


def test_a_request_is_recorded_with_who_and_how_and_logged(store, case, user):
    request = store.erasure.record(case.client_id, ErasureInput("2026-11-18", "e-post", ASKED))
    assert (request.received_date, request.channel_label, request.request_text) == ("2026-11-18", "E-post", ASKED)
    assert request.recorded_by == user.name and request.recorded_at == "2026-11-20 10:00:00"
    assert store.erasure.for_client(case.client_id) == [request]
    (row,) = [e for e in store.access_log.for_client(case.client_id) if e.action == LogAction.ERASURE_REQUEST]
    assert "registrerad" in row.what and "2026-11-18" in row.what


@pytest.mark.parametrize(("data", "field"), [
    (ErasureInput("2026-11-21", "brev", ASKED), "received_date"),  # tomorrow
    (ErasureInput("", "brev", ASKED), "received_date"),
    (ErasureInput("2026-11-18", "", ASKED), "channel"),
    (ErasureInput("2026-11-18", "brev", "  "), "request_text"),
])
def test_a_request_needs_its_date_way_and_words(store, case, data, field):
    with pytest.raises(ValidationError) as refused:
        store.erasure.record(case.client_id, data)
    assert field in refused.value.errors
    assert store.query_value("SELECT count(*) FROM erasure_requests") == 0


def test_the_letter_refuses_citing_the_retention_duty_and_deletes_nothing(store, case, tmp_path):
    store.notes.add(case.id, "2026-11-19", "samtal", "Samtal om arbetet.")
    with store.transaction() as tx:
        tx.execute("INSERT INTO settings (key, value) VALUES ('unit_name', 'Arbetsmarknadsenheten i Åre')")
    request = store.erasure.record(case.client_id, ErasureInput("2026-11-18", "brev", ASKED))
    before = counts(store)

    path = Exports(store).erasure_letter(request.id, tmp_path / "svar.pdf")

    pdf = pdf_read(path)
    flat = pdf.flat
    for expected in ("Svar på din begäran om radering", "Kalle Kartläggare", "Arbetsmarknadsenheten i Åre",
                     ASKED, "Vi kan inte radera uppgifterna i din journal", "Ingenting har raderats",
                     "artikel 17.3 b", "patientdatalagen (3 kap. 17 §)", "minst tio år",
                     "Läsa din journal", "rättelse", "avvikande mening", "IMY", "IVO", "www.imy.se",
                     "Anna Andersson"):
        assert expected in flat, expected
    after = counts(store)
    assert after.pop("export_log") == before.pop("export_log") + 1
    assert after.pop("access_log") == before.pop("access_log") + 2  # the letter's export and the answer
    assert after == before  # nothing deleted, nothing else written
    (logged,) = store.export_log.entries()
    assert (logged.document_label, logged.file_name) == ("Svar på begäran om radering", "svar.pdf")
    assert store.erasure.get(request.id).answered_at == "2026-11-20 10:00:00"
    answer, export = store.access_log.latest(2)
    assert (answer.action, answer.what) == ("erasure_request",
                                            f"svar på begäran om radering {request.id} (brev, radering nekad)")
    assert export.action == "export" and "svar.pdf" in export.what


def test_the_letter_never_prints_a_protected_persons_address(store, tmp_path):
    from tests.builders import add_client

    client = add_client(store, first_name="Skyddad", address="Hemliga vägen 1", protected_identity=True)
    request = store.erasure.record(client.id, ErasureInput("2026-11-18", "besok", ASKED))
    flat = pdf_read(Exports(store).erasure_letter(request.id, tmp_path / "svar.pdf")).flat
    assert "Hemliga vägen" not in flat and "Skyddad identitet" in flat


def test_the_letter_from_the_command_line(store, case, tmp_path, capsys, monkeypatch):
    from app.cli import main

    monkeypatch.setenv("ATAMA_PASSWORD", TEST_PASSWORD)  # the command line signs in as Anna
    request = store.erasure.record(case.client_id, ErasureInput("2026-11-18", "telefon", ASKED))
    out = tmp_path / "svar.pdf"
    assert main(["export", "erasure-letter", "--db", store.path, "--request", str(request.id), "--out", str(out)]) == 0
    assert "på telefon" in pdf_read(out).flat and "Skapad:" in capsys.readouterr().out
    assert main(["export", "erasure-letter", "--db", store.path, "--request", "99", "--out", str(out)]) == 2
