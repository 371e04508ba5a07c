"""Exports from the window: the case's Dokument menu and the Export menu run the real export off
the UI thread, refuse a third-party document without consent, and offer the file afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.plans import PlanInput, SubGoalInput
from app.models.recipients import Document, for_document
from app.ui.export_actions import ExportRunner
from app.ui.main_window import MainWindow
from app.ui.period_dialog import PeriodDialog
from tests.ui.helpers import with_modal


def _case(store):
    client = store.clients.add(ClientInput(first_name="Örjan", last_name="Ådahl", birth_year=1970, gender="man"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-10-01", referred_by="af",
                                                 target_group="ama_medarbetare"))
    store.plans.save(case.id, PlanInput(main_goal="Arbeta i lagret", sub_goals=[
        SubGoalInput(text="Truckkort", responsible="klienten", start_date="2026-11-02")]))
    return case


def _window(qtbot, store, monkeypatch, tmp_path):
    """The window, with the file dialog answered and the 'open the file?' question recorded."""
    offered, warnings, asked = [], [], []
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, name: asked.append(name) or tmp_path / name)
    monkeypatch.setattr(ExportRunner, "offer_open", lambda self, path: offered.append(path))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.asked = asked  # file names the user was asked for
    return window, offered, warnings


def test_case_documents_with_and_without_consent(qtbot, store, monkeypatch, tmp_path):
    case = _case(store)
    window, offered, warnings = _window(qtbot, store, monkeypatch, tmp_path)
    page = window.open_case(case.id)
    assert page.documents_button.menu() is not None

    page.document_actions[("plan", "af")].trigger()
    assert offered == [] and "Samtycke saknas" in warnings[-1] and "Arbetsförmedlingen" in warnings[-1]
    assert window.asked == []  # refused before a file name was asked for
    assert list(tmp_path.glob("*.pdf")) == []

    page.document_actions[("plan", "klient")].trigger()
    assert len(offered) == 1 and offered[0].name == f"Utvecklingsplan {case.case_number} 2026-11-20.pdf"
    assert offered[0].read_bytes().startswith(b"%PDF")

    store.consents.add(case.id, "af", "skriftligt", "2026-11-02")
    page.document_actions[("plan", "af")].trigger()
    assert offered[-1].name.endswith("Af 2026-11-20.pdf")
    page.document_actions[("record", "klient")].trigger()
    assert [e.document for e in store.export_log.entries(case.id)] == ["record", "plan", "plan"]
    exports = page.consents.export_model  # the case shows what has been handed out, and to whom
    assert [exports.data(exports.index(r, 2)) for r in range(exports.rowCount())] == [
        "Klienten", "Arbetsförmedlingen", "Klienten"]


def test_the_documents_menu_has_each_document_with_exactly_the_tables_recipients(qtbot, store, monkeypatch, tmp_path):
    case = _case(store)
    window, _offered, _warnings = _window(qtbot, store, monkeypatch, tmp_path)
    page = window.open_case(case.id)
    chosen = []
    page.export_document = lambda document, audience, easy=False: chosen.append((document, audience, easy))
    menu = page.documents_button.menu()
    assert [a.text() for a in menu.actions()] == ["&Utvecklingsplan", "&Bedömningsrapport", "&Journalkopia"]
    easy = [(Document.PLAN, "klient", True)]  # the client's plan in easy Swedish, right after the client's
    expected_texts, expected_chosen = [], []
    for document in Document:
        for r in for_document(document):
            expected_texts.append(r.menu_text)
            expected_chosen.append((document, r.key, False))
            if (document, r.key, True) in easy:
                expected_texts.append("För klienten, &lättläst…")
                expected_chosen.append((document, r.key, True))
    texts = []
    for entry in menu.actions():
        texts += [a.text() for a in entry.menu().actions()]
        for action in entry.menu().actions():
            action.trigger()
    assert texts == expected_texts
    assert chosen == expected_chosen


def test_finsam_asks_for_a_period_and_checks_it(qtbot, store, monkeypatch, tmp_path):
    _case(store)
    window, offered, _warnings = _window(qtbot, store, monkeypatch, tmp_path)

    def wrong_then_right(dialog: PeriodDialog) -> None:
        dialog.first.set_iso("2026-12-01")
        dialog.last.set_iso("2026-01-01")
        dialog.accept()
        assert "kan inte ligga före" in dialog.errors.message("to")
        dialog.first.set_iso("2026-01-01")
        dialog.last.set_iso("2026-11-20")
        dialog.accept()

    assert window.export_actions["finsam"].text() == "&Uppföljning Finsam (Excel)…"
    with_modal(wrong_then_right, window.export_actions["finsam"].trigger, PeriodDialog)
    assert [p.name for p in offered] == ["Uppföljning Finsam 2026-01-01–2026-11-20.xlsx"]
    assert store.export_log.entries()[0].details == "2026-01-01–2026-11-20"

    window.export_actions["caseload"].trigger()
    assert offered[-1].name == "Ärendelista 2026-11-20.xlsx"
    from openpyxl import load_workbook

    rows = list(load_workbook(offered[-1], read_only=True).worksheets[0].values)
    assert any("Ådahl, Örjan" in row for row in rows)


def test_import_clients_shows_row_errors_then_imports_the_valid_rows(qtbot, store, monkeypatch, tmp_path):
    from app.ui.import_dialog import ImportDialog
    from tests.models.import_files import HEADER, row, workbook

    path = workbook(tmp_path / "klienter.xlsx", HEADER,
                    row(Förnamn="Greta", Efternamn="Import", Födelseår=1980, Kön="Kvinna", Utbildning="gymnasial",
                        Remissdatum="2026-11-02", Remittent="Arbetsledare", Målgrupp="Medarbetare på AMA"),
                    row(Förnamn="Hugo", Efternamn="Fel", Födelseår=1975, Kön="okänt", Utbildning="gymnasial"))
    window, _offered, warnings = _window(qtbot, store, monkeypatch, tmp_path)

    def preview_then_import(dialog: ImportDialog) -> None:
        dialog.load(path)
        assert dialog.model.rowCount() == 2
        result = dialog.model.data(dialog.model.index(1, 4))
        assert "Kön" in result, result  # the message names the column
        assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Importera 1 rad"
        assert dialog.model.data(dialog.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None  # red
        assert dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
        assert store.clients.count() == 0  # nothing written before Importera
        dialog.import_button.click()

    with_modal(preview_then_import, window.export_actions["import"].trigger, ImportDialog)
    assert warnings == []
    assert store.clients.count() == 1
    assert window.model.rowCount() == 1  # the list shows the imported client


def test_documents_for_the_employer_and_healthcare_need_their_own_consent(qtbot, store, monkeypatch, tmp_path):
    case = _case(store)
    store.consents.add(case.id, "af", "skriftligt", "2026-11-02")  # Af's consent does not cover the employer
    window, offered, warnings = _window(qtbot, store, monkeypatch, tmp_path)
    page = window.open_case(case.id)
    page.document_actions[("plan", "arbetsgivare")].trigger()
    assert offered == [] and "Arbetsgivare/arbetsledare" in warnings[-1]
    store.consents.add(case.id, "arbetsgivare", "muntligt", "2026-11-10")
    page.document_actions[("plan", "arbetsgivare")].trigger()
    page.document_actions[("report", "varden")].trigger()
    assert "Vården" in warnings[-1]  # no consent to healthcare yet
    assert [p.name for p in offered] == [f"Utvecklingsplan {case.case_number} arbetsgivaren 2026-11-20.pdf"]
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(offered[0]).pages)
    assert "Till: Arbetsgivaren, närmaste chef/arbetsledare" in text


def test_a_report_the_consent_does_not_cover_is_refused_naming_the_scope(qtbot, store, monkeypatch, tmp_path):
    case = _case(store)
    store.consents.add(case.id, "af", "skriftligt", "2026-11-02", scopes=["plan"])
    window, offered, warnings = _window(qtbot, store, monkeypatch, tmp_path)
    page = window.open_case(case.id)
    page.document_actions[("report", "af")].trigger()
    assert offered == [] and window.asked == [] and list(tmp_path.glob("*.pdf")) == []
    assert "omfattar inte ”bedömningsresultat”" in warnings[-1]
    assert store.export_log.entries(case.id, refused=True)[0].refusal == warnings[-1]
