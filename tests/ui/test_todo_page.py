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
    # the plan share, the same figure as store.plans.current_share (app/models/plan_share.py)
    assert todo.plan_share.text().endswith("(mina): 0 av 1 (0 %)")

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


def test_counts_per_responsible_user_and_step_open_their_cases(qtbot, store):
    anna_id = store.user_id
    bo = store.users.add("Bo Berg", "arbetsmarknadskoordinator")
    cases = {}
    for first, user_id in (("Ada", anna_id), ("Bea", anna_id), ("Cia", bo.id)):
        client = store.clients.add(ClientInput(first_name=first, last_name="Test", birth_year=1990, gender="kvinna"))
        cases[first] = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="arbetsledare",
                                                             target_group="annan", responsible_user_id=user_id))
    store.process.save_answer(cases["Bea"].id, "utreda.vem", "Utreds.")  # Bea's case moves to Utreda
    todo = TodoPage(store)
    qtbot.addWidget(todo)
    todo.refresh()
    model = todo.count_model
    headers = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert headers == ["Anna Andersson", "Bo Berg", "Totalt"]
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    informera, utreda, total = columns.index("Informera"), columns.index("Utreda"), columns.index("Totalt")
    assert [model.count(0, c) for c in (informera, utreda, total)] == [1, 1, 2]
    assert [model.count(1, c) for c in (informera, utreda, total)] == [1, 0, 1]
    assert [model.count(2, c) for c in (informera, utreda, total)] == [2, 1, 3]

    todo.count_table.setCurrentIndex(model.index(2, informera))  # the unit's cases in Informera
    assert sorted(r.client_name for r in todo.cell_model.records) == ["Ada Test", "Cia Test"]
    assert "Informera · alla: 2 ärenden" in todo.cell_label.text()
    todo.count_table.setCurrentIndex(model.index(1, total))  # all of Bo's active cases
    assert [r.case_id for r in todo.cell_model.records] == [cases["Cia"].id]
    with qtbot.waitSignal(todo.openCase) as opened:
        todo.cell_table.activated.emit(todo.cell_model.index(0, 0))
    assert opened.args == [cases["Cia"].id]


def test_meetings_and_their_actions_are_listed_and_open_their_case(qtbot, store):
    """A planned meeting of the coming days with its time and place, the unit's own action and Af's
    to follow up, each row opening its case; a row leaves the page once its action is done."""
    from app.models.meetings import ActionInput, MeetingPlan, MeetingRecord, ParticipantInput

    client = store.clients.add(ClientInput(first_name="Karin", last_name="Mötesson", birth_year=1980,
                                           gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="arbetsledare",
                                                 target_group="annan"))
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03")
    people = [ParticipantInput("af", "Handläggare", "Eva Ek", "010-123 45 67"),
              ParticipantInput("enheten", "Arbetsterapeut", "Anna Andersson", "")]
    day = store.today()
    held = store.meetings.plan(case.id, MeetingPlan("kontaktmote", "2026-11-10T09:00", 60, place="Storgatan 1",
                                                    purpose="Start.", participants=people))
    held = store.meetings.record(held.id, MeetingRecord("Vi lärde känna varandra.", [
        ActionInput("enheten", "Skickar kartläggningen", (day + dt.timedelta(days=2)).isoformat()),
        ActionInput("af", "Bokar arbetsträning", (day - dt.timedelta(days=1)).isoformat())]))
    store.meetings.plan(case.id, MeetingPlan("gemensam_kartlaggning", f"{day + dt.timedelta(days=1)}T13:00", 90,
                                             place="Storgatan 1", purpose="GK.", participants=people))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.right.currentWidget(), TodoPage), timeout=3000)
    todo = window.todo
    texts = {key: [model.data(model.index(r, 3)) for r in range(model.rowCount())]
             for key, (_box, model, _table) in todo.tables.items()}
    assert texts["meetings"] == ["Gemensam kartläggning kl. 13:00–14:30 (om 1 dag), Storgatan 1, med Af"]
    assert texts["meeting_actions"] == ["Skickar kartläggningen (senast om 2 dagar; från kontaktmöte 2026-11-10)"]
    assert texts["meeting_follow_ups"] == [
        "Arbetsförmedlingen: Bokar arbetsträning (försenad, skulle vara klar 1 dag sedan; från kontaktmöte 2026-11-10)"]
    box, model, table = todo.tables["meeting_follow_ups"]
    assert box.title() == "Andras åtgärder från möten att följa upp (1)"

    table.setCurrentIndex(model.index(0, 0))
    table.activated.emit(model.index(0, 0))
    assert isinstance(window.tabs.currentWidget(), CasePage) and window.tabs.currentWidget().case_id == case.id
    window.close_current_tab()
    store.meetings.set_action_done(held.actions[1].id, day.isoformat())
    todo.refresh()
    assert model.rowCount() == 0 and box.title().endswith("(0)")
