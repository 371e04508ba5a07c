"""The export service as both the window and the CLI use it: consent for third parties, the atomic
write, and the export log."""

from __future__ import annotations

import pytest

from app.cli import main
from app.exporters.atomic import ExportFailed
from app.exporters.service import Exports
from app.models.errors import RuleError, ValidationError
from app.models.recipients import Document, RecipientKey, for_document


def log_rows(store):
    return [(e.document, e.recipient, e.case_id, e.file_name) for e in store.export_log.entries()]


@pytest.fixture
def out(tmp_path):
    """The folder documents go to (the database lies in tmp_path itself)."""
    folder = tmp_path / "ut"
    folder.mkdir()
    return folder


def test_a_plan_for_af_needs_a_consent_in_force(store, pdf_case, out, read_pdf):
    exports = Exports(store)
    target = out / "plan-af.pdf"
    consent = store.consents.for_case(pdf_case.case.id)[0]
    store.consents.withdraw(consent.id, "2026-11-18")
    with pytest.raises(RuleError, match="Samtycket till Arbetsförmedlingen återkallades 2026-11-18"):
        exports.plan(pdf_case.case.id, "af", target)
    assert list(out.iterdir()) == []
    assert log_rows(store) == []

    store.consents.add(pdf_case.case.id, "af", "skriftligt", "2026-11-19")
    assert exports.plan(pdf_case.case.id, "af", target) == target
    assert "Arbetsförmedlingen" in read_pdf(target).flat
    assert log_rows(store) == [("plan", "af", pdf_case.case.id, "plan-af.pdf")]


def test_the_clients_own_documents_need_no_consent(store, pdf_case, tmp_path):
    for consent in store.consents.for_case(pdf_case.case.id):
        store.consents.withdraw(consent.id, "2026-11-19")
    exports = Exports(store)
    exports.plan(pdf_case.case.id, "klient", tmp_path / "plan.pdf")
    exports.record(pdf_case.case.id, tmp_path / "journal.pdf")
    with pytest.raises(RuleError, match="Försäkringskassan"):
        exports.report(pdf_case.case.id, "fk", tmp_path / "fk.pdf")
    assert [r[:2] for r in log_rows(store)] == [("record", "klient"), ("plan", "klient")]


def test_every_recipient_that_needs_consent_is_refused_without_one_and_named(store, pdf_case, out):
    from app.models.vocab import CONSENT_RECIPIENTS

    for consent in store.consents.for_case(pdf_case.case.id):
        store.consents.withdraw(consent.id, "2026-11-19")
    exports = Exports(store)
    for document, export in ((Document.PLAN, exports.plan), (Document.REPORT, exports.report)):
        for r in for_document(document):
            if r.needs_consent:
                with pytest.raises(RuleError, match=CONSENT_RECIPIENTS.label(r.consent_key)):
                    export(pdf_case.case.id, r.key, out / f"{document}-{r.key}.pdf")
    assert list(out.iterdir()) == [] and log_rows(store) == []


def test_an_unknown_recipient_is_named(store, pdf_case, tmp_path):
    with pytest.raises(ValidationError, match="Okänd mottagare 'vården'"):
        Exports(store).plan(pdf_case.case.id, "vården", tmp_path / "x.pdf")


def test_a_failing_writer_leaves_the_old_file_and_no_log(store, pdf_case, out, monkeypatch):
    target = out / "plan.pdf"
    target.write_bytes(b"old plan")
    import app.exporters.pdf as pdf

    def broken(*args, **kwargs):
        args[1].write_bytes(b"%PDF-half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf, "write_plan_pdf", broken)
    with pytest.raises(ExportFailed, match="^Disken är full: plan.pdf kunde inte sparas"):
        Exports(store).plan(pdf_case.case.id, "klient", target)
    assert target.read_bytes() == b"old plan"
    assert sorted(p.name for p in out.iterdir()) == ["plan.pdf"]
    assert log_rows(store) == []


# -- the same from the command line ---------------------------------------------------------------

def test_cli_exports_a_plan_and_refuses_without_consent(store, pdf_case, db_path, tmp_path, capsys, read_pdf):
    number = pdf_case.case.case_number
    out = tmp_path / "plan.pdf"
    assert main(["export", "plan", "--db", str(db_path), "--case", number, "--for", "fk", "--out", str(out)]) == 0
    assert "Skapad:" in capsys.readouterr().out
    assert "Försäkringskassan" in read_pdf(out).flat

    for consent in store.consents.for_case(pdf_case.case.id):
        store.consents.withdraw(consent.id, "2026-11-19")
    refused = tmp_path / "refused.pdf"
    code = main(["export", "report", "--db", str(db_path), "--case", number, "--for", "af", "--out", str(refused)])
    assert code == 2 and not refused.exists()
    assert "Samtycket till Arbetsförmedlingen återkallades" in capsys.readouterr().err


def _cli_recipient_choices(document: str) -> list[str] | None:
    """The choices of ``export DOCUMENT --for``; None when the document has no --for."""
    import argparse

    from app.cli import build_parser

    def subparser(parser, name):
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return action.choices[name]

    options = subparser(subparser(build_parser(), "export"), document)._actions
    return next((list(a.choices) for a in options if "--for" in a.option_strings), None)


def test_cli_offers_exactly_the_tables_recipients_of_each_document():
    for document in Document:
        table = [r.key for r in for_document(document)]
        # a document without --for is the client's alone (Exports.record takes no recipient)
        assert (_cli_recipient_choices(document) or [RecipientKey.CLIENT]) == table, document


def test_cli_blank_form_info_sheet_and_record(store, pdf_case, db_path, tmp_path, read_pdf):
    db = ["--db", str(db_path)]
    assert main(["export", "forms", *db, "--instrument", "weis-s", "--out", str(tmp_path / "weis.pdf")]) == 0
    assert "WEIS" in read_pdf(tmp_path / "weis.pdf").flat
    assert main(["export", "info-sheet", *db, "--out", str(tmp_path / "info.pdf")]) == 0
    assert main(["export", "record", *db, "--case", str(pdf_case.case.id), "--out", str(tmp_path / "j.pdf")]) == 0
    assert "Journalkopia" in read_pdf(tmp_path / "j.pdf").flat
    assert [e.document for e in store.export_log.entries()] == ["record", "info_sheet", "form"]
    assert store.export_log.entries()[0].user == "Anna Andersson"


def test_cli_names_an_unknown_case_and_user(store, pdf_case, db_path, tmp_path, capsys):
    db, out = ["--db", str(db_path)], ["--out", str(tmp_path / "x.pdf")]
    assert main(["export", "record", *db, "--case", "1999-0001", *out]) == 2
    assert "Ärendet '1999-0001' finns inte" in capsys.readouterr().err
    assert main(["export", "info-sheet", *db, "--user", "Okänd", *out]) == 2
    assert "Användaren 'Okänd' finns inte" in capsys.readouterr().err


def test_cli_import_previews_then_imports_once(store, db_path, tmp_path, capsys):
    from tests.models.import_files import HEADER, row, workbook

    path = workbook(tmp_path / "k.xlsx", HEADER,
                    row(Förnamn="Ines", Efternamn="Import", Födelseår=1990, Kön="Kvinna", Utbildning="okänd"),
                    row(Förnamn="Jon", Efternamn="Fel", Födelseår=1990, Kön="Kvinna", Utbildning="doktor"))
    db = ["--db", str(db_path)]
    assert main(["import", "clients", str(path), *db, "--dry-run"]) == 1  # a row has errors
    printed = capsys.readouterr().out
    assert "Rad 3: Utbildning:" in printed and "inget har skrivits" in printed
    assert store.clients.count() == 0
    assert main(["import", "clients", str(path), *db]) == 1
    assert "1 ny klient, 0 nya ärenden, 0 fanns redan, 1 rad med fel" in capsys.readouterr().out
    main(["import", "clients", str(path), *db])  # the same file again: no duplicates
    assert "0 nya klienter" in capsys.readouterr().out and store.clients.count() == 1


def test_cli_statistics_exports(store, pdf_case, db_path, tmp_path):
    from openpyxl import load_workbook

    db = ["--db", str(db_path)]
    assert main(["export", "finsam", *db, "--from", "2026-01-01", "--to", "2026-12-31",
                 "--out", str(tmp_path / "s.xlsx")]) == 0
    assert main(["export", "sus", *db, "--from", "2026-01-01", "--to", "2026-12-31",  # the old name still works
                 "--out", str(tmp_path / "s2.xlsx")]) == 0
    assert main(["export", "caseload", *db, "--out", str(tmp_path / "c.xlsx")]) == 0
    assert main(["export", "interventions", *db, "--out", str(tmp_path / "i.xlsx")]) == 0
    assert main(["export", "instrument-data", *db, "--instrument", "weis-s", "--out", str(tmp_path / "d.xlsx")]) == 0
    assert main(["export", "import-template", *db, "--out", str(tmp_path / "t.xlsx")]) == 0
    for name in ("s", "s2", "c", "i", "d", "t"):
        assert load_workbook(tmp_path / f"{name}.xlsx").sheetnames
    assert main(["export", "sus", *db, "--from", "2026-12-31", "--to", "2026-01-01",
                 "--out", str(tmp_path / "x.xlsx")]) == 2
    assert not (tmp_path / "x.xlsx").exists()
    documents = [e.document for e in store.export_log.entries()]
    assert documents == ["instrument_data", "interventions", "caseload", "finsam", "finsam"]


def test_cli_takes_the_database_before_or_after_the_subcommand(store, db_path, tmp_path):
    assert main(["--db", str(db_path), "export", "info-sheet", "--out", str(tmp_path / "a.pdf")]) == 0
    assert main(["export", "info-sheet", "--db", str(db_path), "--out", str(tmp_path / "b.pdf")]) == 0
    assert [e.file_name for e in store.export_log.entries()] == ["b.pdf", "a.pdf"]


def test_the_file_and_its_log_entry_appear_together(store, pdf_case, out, monkeypatch):
    import app.exporters.atomic as atomic

    target = out / "journal.pdf"

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)  # the rename fails (Windows: the file is open)
    with pytest.raises(ExportFailed, match="^Kan inte skriva journal.pdf i mappen .*skrivskyddad"):
        Exports(store).record(pdf_case.case.id, target)
    assert log_rows(store) == [] and list(out.iterdir()) == []
    monkeypatch.undo()

    def log_fails(*args, **kwargs):
        raise RuleError("Databasen är låst.")

    monkeypatch.setattr(type(store.export_log), "record", log_fails)  # the log cannot be written
    with pytest.raises(RuleError, match="låst"):
        Exports(store).record(pdf_case.case.id, target)
    assert list(out.iterdir()) == []  # no document left without its log entry
