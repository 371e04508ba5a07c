"""Loggkontroll driven as a reviewer meets it: opened from Arkiv, filtered by client, user and action,
the others'-cases list, a sample, a review saved with findings, the list to Excel."""

from __future__ import annotations

import os

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.models.access_log import LogAction
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.log_review_page import LogReviewPage
from tests.support import TOLVAN
from tests.ui.helpers import main_window, type_text


@pytest.fixture
def logged(store, user):
    """Anna's case for Tolvan, opened by her and by Bo (covering, with a reason); Kalle's case opened by Anna."""
    bo = store.users.add("Bo Berg", "arbetsmarknadskoordinator")
    tolvan = store.clients.add(ClientInput(first_name="Tolvan", last_name="Tolvansson", personnummer=TOLVAN,
                                           gender="man"))
    kalle = store.clients.add(ClientInput(first_name="Kalle", last_name="Kartläggare", birth_year=1980,
                                          gender="man"))
    t_case = store.cases.open(tolvan.id, CaseInput(referral_date="2026-11-02", referred_by="af", target_group="annan"))
    k_case = store.cases.open(kalle.id, CaseInput(referral_date="2026-11-02", referred_by="af", target_group="annan"))
    store.access_log.record(LogAction.OPEN_CASE, case_id=t_case.id)
    store.access_log.record(LogAction.OPEN_CASE, case_id=k_case.id)
    store.user_id = bo.id
    store.access_log.record(LogAction.OPEN_CASE, case_id=t_case.id, what="Vikarierar för Anna under semestern")
    store.user_id = user.id
    return tolvan, kalle, bo


def shown(page: LogReviewPage) -> list:
    return list(page.model.records)


def test_the_page_opens_from_arkiv_and_filters_by_client_user_and_action(qtbot, store, logged, user):
    tolvan, kalle, bo = logged
    window = main_window(qtbot, store)
    window.log_review_action.trigger()
    page = window.tabs.currentWidget()
    assert isinstance(page, LogReviewPage) and window.tabs.tabText(window.tabs.currentIndex()) == "Loggkontroll"
    assert len(shown(page)) == 4  # this month, everything: Anna's sign-in and three openings

    type_text(page.client, "19121212-1212")
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert {e.client_id for e in shown(page)} == {tolvan.id} and len(shown(page)) == 2
    page.user.setCurrentIndex(page.user.findData(bo.id))
    page.search()
    assert [(e.user_name, e.what) for e in shown(page)] == [("Bo Berg", "Vikarierar för Anna under semestern")]
    assert "Sökning: användare Bo Berg, klient Tolvan Tolvansson" in page.heading.text()

    page.client.clear()
    page.user.setCurrentIndex(0)
    page.action.setCurrentIndex(page.action.findData("open_case"))
    page.client.setFocus()
    qtbot.keyClick(page.client, Qt.Key.Key_Return)  # Enter in the client field searches
    assert {e.action for e in shown(page)} == {"open_case"} and len(shown(page)) == 3
    assert page.model.data(page.model.index(0, 4)) == "Tolvan Tolvansson, 19121212-1212"

    page.client.setText("Ingen Alls")
    assert page.search() is False
    assert "Ingen klient matchar" in page.errors.message("client")


def test_a_case_opened_by_someone_not_responsible_is_in_the_ready_list(qtbot, store, logged):
    page = LogReviewPage(store)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.others_button, Qt.MouseButton.LeftButton)
    [row] = shown(page)
    assert (row.user_name, row.what, row.responsible_name) == ("Bo Berg", "Vikarierar för Anna under semestern",
                                                              "Anna Andersson")
    assert page.heading.text().startswith("Öppnade ärenden där användaren inte var ansvarig")


def test_a_sample_then_a_saved_review_with_findings(qtbot, store, logged, user):
    page = LogReviewPage(store)
    qtbot.addWidget(page)
    page.sample_size.setValue(2)
    qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    assert len(shown(page)) == 2 and page.shown.sample == 2

    assert page.save_review() is False  # no findings yet: said at the field
    assert "Fynd måste fyllas i" in page.errors.message("findings")
    assert page.reviews_model.rowCount() == 0
    page.findings.setFocus()
    type_text(page.findings, "Två rader granskade. Inga avvikelser.")
    assert page.flush() is False  # typed findings are not lost without a question
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [review] = page.reviews_model.records
    assert (review.reviewer_name, review.findings) == ("Anna Andersson", "Två rader granskade. Inga avvikelser.")
    assert review.looked_at.startswith("Stickprov om 2 rader, 2026-11-01 – 2026-11-20")
    assert page.findings.toPlainText() == "" and page.flush() is True
    assert store.access_log.search(action="log_review")[0].user_id == user.id


def test_the_list_on_screen_goes_to_excel(qtbot, store, logged, tmp_path, monkeypatch):
    from app.ui.export_actions import ExportRunner

    asked, offered = [], []
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, name: asked.append(name) or tmp_path / name)
    monkeypatch.setattr(ExportRunner, "offer_open", lambda self, path: offered.append(path))
    page = LogReviewPage(store)
    qtbot.addWidget(page)
    page.show_others_cases()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["Åtkomstlogg 2026-11-01–2026-11-20.xlsx"]
    [path] = offered
    sheet = openpyxl.load_workbook(path)["Åtkomstlogg"]
    assert [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)] == ["Bo Berg"]


def test_every_input_has_an_accessible_name_and_a_label(qtbot, store, logged):
    page = LogReviewPage(store)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    inputs = [page.user, page.client, page.start, page.end, page.action, page.sample_size, page.findings,
              page.table, page.reviews]
    assert all(w.accessibleName() for w in inputs)
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    assert set(inputs) - {page.table} <= buddies
    buttons = [page.search_button, page.others_button, page.sample_button, page.export_button, page.save_button]
    assert all(b.accessibleName() for b in buttons)
    mnemonics = [b.text().split("&")[1][0].lower() for b in buttons]
    assert len(set(mnemonics)) == len(mnemonics) and not set(mnemonics) & set("areh")  # the menu bar's
    if (folder := os.environ.get("ATAMA_RENDER_DIR")):
        page.findings.setPlainText("Inga avvikelser.")
        page.grab().save(os.path.join(folder, "log_review.png"))
