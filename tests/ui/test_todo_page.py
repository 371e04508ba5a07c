"""Att göra as the start page: filled once the window has painted; a row opens its case."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.case_page import CasePage
from app.ui.main_window import MainWindow
from app.ui.todo_page import TodoPage


def test_start_page_lists_a_missing_plan_and_opens_the_case(qtbot, store):
    client = store.clients.add(ClientInput(first_name="Karin", last_name="Andersson", birth_year=1980,
                                           gender="kvinna"))
    started = (store.today() - dt.timedelta(days=25)).isoformat()
    case = store.cases.open(client.id, CaseInput(referral_date=started, referred_by="arbetsledare",
                                                 target_group="ama_medarbetare", ama_start_date=started))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.right.currentWidget(), TodoPage), timeout=3000)
    todo = window.todo
    box, model, table = todo.tables["plan_deadlines"]
    assert [r.case_id for r in model.records] == [case.id]
    assert "(1)" in box.title()
    assert "Informera: 1" in todo.steps.text()

    table.setCurrentIndex(model.index(0, 0))
    table.activated.emit(model.index(0, 0))
    assert isinstance(window.tabs.currentWidget(), CasePage)
    assert window.tabs.currentWidget().case_id == case.id
    window.close_current_tab()
    assert window.right.currentWidget() is todo


def test_ctrl_home_shows_att_gora(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.right.currentWidget(), TodoPage)
