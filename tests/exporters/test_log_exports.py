"""The access log leaving the app: the client's log extract (PDF, R6), the review's selection as
Excel, both through the export service and the CLI; and the EXPORT row every export leaves."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

from app.cli import main
from app.exporters.service import Exports
from app.models.access_log import LogAction
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.errors import NotFound, RuleError
from app.models.log_entries import LogFilter
from tests.exporters.xlsx_support import about, read_back, rows_of
from tests.support import TOLVAN, make_pnr

FORMULA_NAME = '=HYPERLINK("http://exempel.se","klicka")'


def at(store, when: str):
    store._clock = lambda: dt.datetime.fromisoformat(when)


@pytest.fixture
def two_clients(store, user):
    """Tolvan (accessed by Anna and by Bo of another unit) and Kalle (accessed by Bo only)."""
    bo = store.users.add("Bo Berg", "arbetsmarknadskoordinator")
    tolvan = store.clients.add(ClientInput(first_name="Tolvan", last_name="Tolvansson", personnummer=TOLVAN,
                                           gender="man"))
    kalle = store.clients.add(ClientInput(first_name="Kalle", last_name="Annansson", birth_year=1980, gender="man"))
    t_case = store.cases.open(tolvan.id, CaseInput(referral_date="2026-01-02", referred_by="af", target_group="annan"))
    k_case = store.cases.open(kalle.id, CaseInput(referral_date="2026-01-02", referred_by="af", target_group="annan"))
    log = store.access_log
    at(store, "2026-02-03 08:15")
    log.record(LogAction.OPEN_CASE, case_id=t_case.id, what="ärende öppnat")
    store.user_id = bo.id
    store.settings.set("unit_name", "AMA Norra")
    at(store, "2026-02-04 13:40")
    log.record(LogAction.OPEN_CASE, case_id=t_case.id, what="Vikarierar för Anna")
    log.record(LogAction.OPEN_CASE, case_id=k_case.id, what="KALLES-RAD")
    at(store, "2026-02-05 09:05")
    store.user_id = user.id
    store.settings.set("unit_name", "Arbetsmarknadsavdelningen")
    log.record(LogAction.READ_DOCUMENT, case_id=t_case.id, what="Utvecklingsplan version 1")
    at(store, "2026-11-20 10:00")
    return tolvan, kalle, t_case, bo


def test_the_log_extract_lists_who_and_which_unit_when_and_what_oldest_first(store, two_clients, tmp_path,
                                                                            read_pdf):
    tolvan, _kalle, t_case, _bo = two_clients
    target = Exports(store).log_extract(tolvan.id, tmp_path / "loggutdrag.pdf")
    pdf = read_pdf(target)
    if (folder := os.environ.get("ATAMA_RENDER_DIR")):  # for looking at it: pdftoppm -png -r 60
        shutil.copy(target, folder)
    assert "Loggutdrag" in pdf.flat and "SEKRETESS" in pdf.flat
    assert "Tolvan Tolvansson" in pdf.flat and "19121212-1212" in pdf.flat
    table = pdf.flat[pdf.flat.index("Tid Vem och enhet Händelse Ärende Vad"):]
    order = [table.index(text) for text in ("2026-02-03 08:15", "2026-02-04 13:40", "2026-02-05 09:05")]
    assert order == sorted(order)
    assert "Bo Berg" in pdf.flat and "AMA Norra" in pdf.flat and "Vikarierar för Anna" in pdf.flat
    assert "Öppnade ärende" in pdf.flat and "Läste dokument" in pdf.flat and t_case.case_number in pdf.flat
    assert "KALLES-RAD" not in pdf.flat and "Annansson" not in pdf.flat  # nobody else's rows
    # the extract itself is logged, for the client, and in the export log
    [row] = store.access_log.search(client_id=tolvan.id, action="export")
    assert row.what == "Loggutdrag, till klienten, hela loggen, loggutdrag.pdf" and row.client_id == tolvan.id
    assert [e.document for e in store.export_log.entries()] == ["log_extract"]


def test_an_extract_with_no_accesses_says_so(store, add_client, tmp_path, read_pdf):
    client = add_client()
    pdf = read_pdf(Exports(store).log_extract(client.id, tmp_path / "x.pdf"))
    assert "Loggen har inga åtkomster till din journal." in pdf.flat


def test_the_cli_makes_the_extract_from_a_personnummer_in_any_form(store, two_clients, db_path, tmp_path, capsys,
                                                                  read_pdf):
    out = tmp_path / "utdrag.pdf"
    assert main(["export", "log-extract", "--db", str(db_path), "--client", "121212+1212", "--out", str(out)]) == 0
    assert "Skapad:" in capsys.readouterr().out
    assert "Vikarierar för Anna" in read_pdf(out).flat

    nobody = tmp_path / "ingen.pdf"
    pnr = make_pnr(dt.date(1990, 1, 1))
    assert main(["export", "log-extract", "--db", str(db_path), "--client", pnr, "--out", str(nobody)]) == 2
    assert f"Ingen klient har personnumret {pnr[:8]}-{pnr[8:]}" in capsys.readouterr().err
    assert main(["export", "log-extract", "--db", str(db_path), "--client", "Tolvan", "--out", str(nobody)]) == 0
    store.clients.add(ClientInput(first_name="Tolvan", last_name="Tvåsson", birth_year=1970, gender="man"))
    assert main(["export", "log-extract", "--db", str(db_path), "--client", "Tolvan", "--out", str(nobody)]) == 2
    assert "Flera klienter matchar ”Tolvan”. Skriv hela personnumret." in capsys.readouterr().err


def test_the_filtered_log_as_excel_keeps_user_text_as_text(store, two_clients, tmp_path):
    tolvan, _kalle, _t_case, bo = two_clients
    evil = store.users.add(FORMULA_NAME, "arbetsterapeut")
    store.user_id = evil.id
    store.access_log.record(LogAction.OPEN_CLIENT, client_id=tolvan.id, what="=1+1")
    store.user_id = bo.id

    chosen = LogFilter(client_id=tolvan.id, start="2026-01-01", end="2026-12-31")
    target = Exports(store).access_log(tmp_path / "logg.xlsx", chosen)
    wb = read_back(target)
    sheet = wb["Åtkomstlogg"]
    header, *rows = rows_of(sheet)
    assert header[:5] == ("Tid", "Användare", "Enhet", "Händelse", "Klient")
    assert rows[0][1] == FORMULA_NAME and rows[0][8] == "=1+1"
    assert sheet.cell(row=2, column=2).data_type == "s" and sheet.cell(row=2, column=9).data_type == "s"
    assert [r[0] for r in rows] == [dt.datetime(2026, 11, 20, 10, 0), dt.datetime(2026, 2, 5, 9, 5),
                                    dt.datetime(2026, 2, 4, 13, 40), dt.datetime(2026, 2, 3, 8, 15)]
    assert {r[4] for r in rows} == {"Tolvan Tolvansson"} and rows[2][2] == "AMA Norra"
    info = about(wb)
    assert info["Urval"].startswith("Sökning: klient Tolvan Tolvansson (19121212-1212), 2026-01-01 – 2026-12-31")
    assert info["Antal rader"] == "4"
    [row] = store.access_log.search(action="export")
    assert row.client_id == tolvan.id and row.what.startswith("Åtkomstlogg, Sökning: klient Tolvan")


def test_the_others_cases_list_and_a_sample_export_what_the_page_shows(store, two_clients, tmp_path):
    _tolvan, _kalle, _t_case, _bo = two_clients
    exports = Exports(store)
    others = LogFilter(start="2026-02-01", end="2026-02-28", others_cases=True)
    wb = read_back(exports.access_log(tmp_path / "andras.xlsx", others))
    assert [r[8] for r in rows_of(wb["Åtkomstlogg"], 2)] == ["KALLES-RAD", "Vikarierar för Anna"]
    sample = LogFilter(start="2026-02-01", end="2026-02-28", sample=2, seed=5)
    shown = [e.what for e in store.access_log.entries(sample)]
    wb = read_back(exports.access_log(tmp_path / "stickprov.xlsx", sample))
    assert [r[8] for r in rows_of(wb["Åtkomstlogg"], 2)] == shown and len(shown) == 2


def test_every_export_leaves_an_access_log_row_with_what_for_whom_and_which_version(store, pdf_case, tmp_path):
    exports = Exports(store)
    case_id = pdf_case.case.id
    exports.plan(case_id, "af", tmp_path / "plan.pdf")
    exports.report(case_id, "fk", tmp_path / "rapport.pdf")
    exports.record(case_id, tmp_path / "journal.pdf")
    exports.blank_form("weis-s", tmp_path / "weis.pdf")
    exports.info_sheet(tmp_path / "info.pdf")
    exports.caseload(tmp_path / "lista.xlsx")
    exports.finsam(tmp_path / "finsam.xlsx", "2026-01-01", "2026-12-31")
    exports.interventions(tmp_path / "insatser.xlsx")
    exports.instrument_data(tmp_path / "data.xlsx")
    rows = store.access_log.search(action="export")[::-1]
    assert [(r.case_id, r.what) for r in rows] == [
        (case_id, f"Utvecklingsplan, till Arbetsförmedlingen, version {pdf_case.plan.version}, plan.pdf"),
        (case_id, "Bedömningsrapport, till Försäkringskassan, rapport.pdf"),
        (case_id, "Journalkopia, till klienten, journal.pdf"),
        (None, "Blankett, weis-s, weis.pdf"),
        (None, "Informationsblad, info.pdf"),
        (None, "Ärendelista, alla, lista.xlsx"),
        (None, "Uppföljning Finsam, 2026-01-01–2026-12-31, finsam.xlsx"),
        (None, "Insatser, –, insatser.xlsx"),
        (None, "Instrumentdata, alla, data.xlsx"),
    ]
    assert {r.client_id for r in rows[:3]} == {pdf_case.client.id}
    assert len(store.export_log.entries()) == len(rows)
    # the same transaction: an export that fails at publishing leaves neither log
    import app.exporters.atomic as atomic

    def broken_replace(*args, **kwargs):
        raise OSError(28, "No space left on device")

    before = len(store.access_log.search(action="export"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(atomic.os, "replace", broken_replace)
        with pytest.raises(Exception):  # noqa: B017 - the export's own refusal, whichever it is
            exports.record(case_id, tmp_path / "journal2.pdf")
    assert len(store.access_log.search(action="export")) == before
    assert len(store.export_log.entries()) == before


def test_the_extract_needs_a_client_that_exists(store, tmp_path):
    with pytest.raises(NotFound):
        Exports(store).log_extract(999, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_several_clients_are_refused_in_the_service_too(store, add_client):
    add_client(first_name="Samma")
    add_client(first_name="Samma")
    with pytest.raises(RuleError):
        store.access_log.client_for("Samma")
