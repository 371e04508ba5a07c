"""Gallring and erasure requests in the window: the rules, the list with why, holds, a disposal
from the confirmation naming the count to the result (with the tabs of what is gone closed), and
a client's erasure request with its letter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models.access_log import LogAction
from app.ui.erasure_dialog import ErasureDialog
from app.ui.export_actions import ExportRunner
from app.ui.retention_page import RetentionPage
from tests.builders import case_written_at
from tests.support import make_pnr
from tests.ui.helpers import main_window, type_text, with_modal

LONG_AGO = dt.datetime(2014, 3, 3, 9, 0)


def old_case(store, day=12, serial=982, when=LONG_AGO, **fields):
    return case_written_at(store, when, personnummer=make_pnr(dt.date(1980, 3, day), serial=serial), **fields)


def check(page: RetentionPage, case_id: int) -> None:
    row = next(r for r, c in enumerate(page.model.records) if c.case_id == case_id)
    assert page.model.setData(page.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_the_page_lists_what_may_go_with_why_and_disposes_of_the_chosen_case(qtbot, store, tmp_path, monkeypatch):
    gone = old_case(store, first_name="Gunnar", last_name="Gallrad")
    kept = old_case(store, day=15, serial=983, first_name="Femton")
    young = old_case(store, serial=984, when=dt.datetime(2020, 1, 1, 9, 0))
    window = main_window(qtbot, store)
    window.open_client(gone.client_id)
    window.open_case(gone.id)
    window.retention_action.trigger()
    page = window.tabs.currentWidget()
    assert isinstance(page, RetentionPage)
    assert [c.case_id for c in page.model.records] == [gone.id]
    assert "1 av 3 avslutade ärenden får gallras" in page.count_label.text()
    page.show_kept.setChecked(True)
    whys = {c.case_id: c.why for c in page.model.records}
    assert "Född den 15:e" in whys[kept.id] and "tidigast 2030-01-01" in whys[young.id]
    kept_row = next(r for r, c in enumerate(page.model.records) if c.case_id == kept.id)
    assert not page.model.flags(page.model.index(kept_row, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    window.grab().save(str(tmp_path / "retention.png"))

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    page.dispose_button.click()  # nothing chosen, no decision
    assert "Ange gallringsbeslutet" in page.errors.message("reference")
    assert page.errors.message("cases") == "Välj minst ett ärende att gallra." and warnings == []

    check(page, gone.id)
    type_text(page.reference, "KS 2026/123 § 4")
    page.folder.setText(str(tmp_path))
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True
    page.dispose_button.click()

    assert len(asked) == 1 and "Gallra 1 ärende enligt gallringsbeslut KS 2026/123 § 4?" in asked[0]
    assert "Gallrat enligt KS 2026/123 § 4: 1 ärende (" in page.result_label.text()
    assert (tmp_path / f"Arkivkopia {gone.case_number}.pdf").stat().st_size > 0
    assert store.query_value("SELECT count(*) FROM cases WHERE id = ?", (gone.id,)) == 0
    assert {c.case_id for c in store.retention.review()} == {kept.id, young.id}
    assert [window.tabs.widget(i).title() for i in range(window.tabs.count())] == ["Gallring"]  # tabs closed
    assert window.model.row_of_client(gone.client_id) is None  # the list no longer shows the client
    (row,) = [e for e in store.access_log.latest() if e.action == LogAction.DISPOSAL]
    assert row.client_id is None and "Gallrad" not in row.what
    page.grab().save(str(tmp_path / "retention-done.png"))


def test_the_confirmation_can_be_declined(qtbot, store, tmp_path):
    case = old_case(store)
    page = RetentionPage(store)
    qtbot.addWidget(page)
    check(page, case.id)
    page.reference.setText("KS 2026/123 § 4")
    page.folder.setText(str(tmp_path))
    page.confirm = lambda text: False
    page.dispose_button.click()
    assert store.cases.get(case.id) and list(tmp_path.glob("*.pdf")) == []


def test_rules_and_holds_from_the_page(qtbot, store, monkeypatch):
    case = old_case(store)
    page = RetentionPage(store)
    qtbot.addWidget(page)
    page.years.setValue(13)
    page.save_rules_button.click()
    assert store.retention.rules().years == 13 and page.model.records == []
    page.years.setValue(10)
    page.save_rules_button.click()
    page.table.selectRow(0)
    page.ask_hold_reason = lambda c: "Tvist om arbetsskada."
    page.hold_button.click()
    assert store.retention.hold_reason(case.id) == "Tvist om arbetsskada." and page.model.records == []
    page.show_kept.setChecked(True)
    page.table.selectRow(0)
    page.lift_button.click()
    assert store.retention.hold_reason(case.id) is None


def test_an_erasure_request_from_the_client_page_makes_the_letter(qtbot, store, case, tmp_path, monkeypatch):
    from pypdf import PdfReader

    offered = []
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, name: tmp_path / name)
    monkeypatch.setattr(ExportRunner, "offer_open", lambda self, path: offered.append(path))
    window = main_window(qtbot, store)
    page = window.open_client(case.client_id)
    before = store.query_value("SELECT count(*) FROM notes") + store.query_value("SELECT count(*) FROM cases")

    def fill(dialog: ErasureDialog) -> None:
        dialog.channel.set_key("brev")
        type_text(dialog.request_text, "Radera allt om mig.")
        dialog.grab().save(str(tmp_path / "erasure.png"))
        dialog.save()

    with_modal(fill, page.erasure_button.click, ErasureDialog)
    (request,) = store.erasure.for_client(case.client_id)
    assert request.request_text == "Radera allt om mig." and request.answered_at
    (letter,) = offered
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(letter).pages).split())
    assert "artikel 17.3 b" in text and "3 kap. 17 §" in text
    assert store.query_value("SELECT count(*) FROM notes") + store.query_value("SELECT count(*) FROM cases") == before
