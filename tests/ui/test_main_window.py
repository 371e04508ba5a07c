"""The main window with the keyboard: search as you type, open, close tabs, new client."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.case_page import CasePage
from app.ui.changes import Change, announce
from app.ui.client_dialog import ClientDialog
from app.ui.client_page import ClientPage
from tests.ui.helpers import main_window, type_text, with_modal


def _add(store, first, last, pnr=None, year=None, protected=False):
    return store.clients.add(ClientInput(first_name=first, last_name=last, personnummer=pnr or "",
                                         birth_year=year, gender="kvinna", protected_identity=protected))


def test_search_as_you_type_and_keyboard_navigation(qtbot, store):
    _add(store, "Åsa", "Öberg", "19121212-1212")
    karin = _add(store, "Karin", "Andersson", year=1980)
    hidden = _add(store, "Máret", "Nutti", "19701063-2391", protected=True)
    store.cases.open(karin.id, CaseInput(referral_date="2026-11-02", referred_by="hr",
                                         target_group="korttidsfranvaro"))
    window = main_window(qtbot, store)
    assert [r.name for r in window.model.rows] == ["Andersson, Karin", "Nutti, Máret", "Öberg, Åsa"]
    assert window.model.rows[1].id_display == "Skyddad identitet"
    header = window.list.horizontalHeader()
    assert [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())] == [
        "Namn", "Personnummer", "Ärende", "Steg", "Ansvarig"]
    steps = [window.model.index(row, 3).data() for row in range(3)]
    assert steps == ["Informera (ej påbörjad)", "Inget ärende", "Inget ärende"]  # a closed case says "Avslutat"
    # what the first paint does without follows it: Att göra and the search field's clear button
    qtbot.waitUntil(lambda: window.todo is not None and window.search.isClearButtonEnabled())

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    type_text(window.search, "öbe")
    assert [r.name for r in window.model.rows] == ["Öberg, Åsa"]
    window.search.clear()
    type_text(window.search, "2026-0001")
    assert [r.name for r in window.model.rows] == ["Andersson, Karin"]
    assert window.model.rows[0].current_step == "Informera (ej påbörjad)"
    window.search.clear()
    type_text(window.search, "7010")  # part of a protected number finds nothing
    assert window.model.rowCount() == 0
    window.search.clear()
    type_text(window.search, "701063-2391")  # the whole number does
    assert [r.client_id for r in window.model.rows] == [hidden.id]

    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert isinstance(window.tabs.currentWidget(), ClientPage)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 0


def test_ctrl_n_opens_the_client_dialog(qtbot, store):
    window = main_window(qtbot, store)
    seen = []
    with_modal(lambda d: (seen.append(d.windowTitle()), d.reject()),
               lambda: qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), ClientDialog)
    assert seen == ["Ny klient"]


def test_case_with_200_notes_opens_and_lists_them(qtbot, store):
    client = _add(store, "Karin", "Andersson", year=1980)
    case = store.cases.open(client.id, CaseInput(referral_date="2026-01-01", referred_by="hr",
                                                 target_group="korttidsfranvaro"))  # no note before it
    for day in range(200):
        store.notes.add(case.id, f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}", "samtal", f"Anteckning {day}")
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    assert isinstance(page, CasePage)
    assert page.notes.model.rowCount() == 200
    assert page.notes.model.record(0).text == "Anteckning 199"  # newest first


def test_case_side_panels_are_built_when_first_shown_with_what_is_stored_then(qtbot, store):
    client = _add(store, "Karin", "Andersson", year=1980)
    case = store.cases.open(client.id, CaseInput(referral_date="2026-01-02", referred_by="hr",
                                                 target_group="korttidsfranvaro"))
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    assert set(page._panels) == {"notes"}  # the tab in front; the rest when shown
    announce(store, Change.case(case.id, client.id))  # a change elsewhere: nothing to reload yet, nothing built
    assert set(page._panels) == {"notes"}
    store.consents.add(case.id, "af", "skriftligt", "2026-01-05")  # stored before the tab is first shown
    page.side.setCurrentIndex(4)
    assert page.side.tabText(4) == "Samtycken" and set(page._panels) == {"notes", "consents"}
    assert page.side.currentWidget().widget() is page.consents and page.consents.model.rowCount() == 1
    page.show_side(page.interventions)  # asking for a panel builds it and brings it to the front
    assert page.side.currentWidget().widget() is page.interventions


def _status_bar_text(window) -> str:
    """What the status bar shows now: its message, or the labels in it that are visible."""
    from PySide6.QtWidgets import QLabel

    bar = window.statusBar()
    return bar.currentMessage() or " ".join(
        label.text() for label in bar.findChildren(QLabel) if label.isVisible() and label.text())


def test_the_user_and_database_line_stays_in_the_status_bar_after_a_menu(qtbot, store):
    window = main_window(qtbot, store)
    line = f"Anna Andersson (arbetsterapeut) · Databas: {store.path}"
    assert _status_bar_text(window) == line
    menu = window.menuBar().actions()[0].menu()  # Arkiv
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    for action in menu.actions():  # hovering shows each action's (empty) status tip
        menu.setActiveAction(action)
    menu.close()
    QApplication.processEvents()
    assert _status_bar_text(window) == line


def test_a_case_already_open_comes_to_the_front_from_att_gora(qtbot, store):
    client = store.clients.add(ClientInput(first_name="Åsa", last_name="Sjöberg", birth_year=1980, gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="hr",
                                                 target_group="ama_medarbetare"))
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    window.show_todo()
    assert window.right.currentWidget() is window.todo
    assert window.open_case(case.id) is page  # the same tab, and it shows: Att göra steps aside
    assert window.right.currentWidget() is window.tabs and window.tabs.currentWidget() is page


def test_garbage_collection_resumes_once_the_window_has_painted(qtbot, store):
    gc.disable()  # as app/__main__.py starts the window
    try:
        main_window(qtbot, store)  # shown, painted, and what follows the paint has run
        assert gc.isenabled()
    finally:
        gc.enable()


def test_the_count_under_the_list_says_1_klient_and_2_klienter(qtbot, store):
    from tests.builders import client_with_case

    client_with_case(store, first_name="Tove", last_name="Lind")
    window = main_window(qtbot, store)
    assert window.count_label.text() == "1 klient"
    client_with_case(store, first_name="Tove", last_name="Ek")
    window.set_query("")
    window.model.refresh()
    window._update_count()
    assert window.count_label.text() == "2 klienter"


def test_opening_the_plan_puts_the_keyboard_in_its_main_goal_and_closing_a_tab_keeps_it_in_the_tabs(qtbot, store):
    """A walk: Alt+U left the focus in the search field (typing went into the search), and Ctrl+W
    handed it to the search field with its text selected."""
    from tests.builders import client_with_case

    case = client_with_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.setFocus()
    plan = window.open_plan(case.id)
    qtbot.waitUntil(plan.main_goal.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is page
    focused = QApplication.focusWidget()
    assert focused is not window.search and page.isAncestorOf(focused)
