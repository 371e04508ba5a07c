"""Screens learn of changes from the bus (app/ui/changes.py): what one screen saves shows on every
other screen of the window, and nothing typed and unsaved is thrown away on the way."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.groups import GroupInput
from app.models.plans import PlanInput
from app.models.store import Store
from app.ui.changes import Change, announce, changes_of
from app.ui.client_dialog import ClientDialog
from tests.support import FIXED_NOW, TEST_PASSWORD
from tests.ui.helpers import main_window, type_text, with_modal


def test_a_change_says_which_cases_clients_and_kinds_it_touches():
    change = Change.case(7, 3)
    assert change.touches_case(7) and not change.touches_case(8)
    assert change.touches_client(3) and not change.touches_client(4)  # the client's tab lists the case
    assert change.touches_list and not change.groups
    renamed = Change.client(3)
    assert renamed.touches_client(3) and not renamed.touches_case(7) and renamed.touches_list
    imported = Change(all_clients=True)
    assert imported.touches_client(99) and imported.touches_list and not imported.touches_case(7)
    attendance = Change(groups=True)
    assert attendance.groups and not attendance.touches_list and not attendance.touches_client(3)


def test_the_screen_that_announced_a_change_knows_it_made_it(qtbot, store, tmp_path):
    page, other = QObject(), QObject()
    with qtbot.waitSignal(changes_of(store).changed) as seen:
        announce(store, Change.case(7, 3), source=page)
    [change] = seen.args
    assert change == Change.case(7, 3)  # who made it is not part of what changed
    assert change.made_by(page) and not change.made_by(other)
    assert not Change.case(7, 3).made_by(page) and not Change.case(7, 3).made_by(None)
    elsewhere = Store.open(tmp_path / "other.sqlite")
    try:
        assert changes_of(elsewhere) is not changes_of(store)  # one bus per database
    finally:
        elsewhere.close()


def _karin(store, updated: dt.datetime | None = None):
    """Karin Andersson with a case of the signed-in user; ``updated``: written at that time."""
    writer = Store.open(store.path, clock=lambda: updated) if updated else store
    try:
        writer.users.sign_in(store.user_id, TEST_PASSWORD)
        client = writer.clients.add(ClientInput(first_name="Karin", last_name="Andersson", birth_year=1980,
                                                gender="kvinna"))
        case = writer.cases.open(client.id, CaseInput(referral_date="2026-01-02", referred_by="hr",
                                                      target_group="ama_medarbetare",
                                                      responsible_user_id=store.user_id))
    finally:
        if writer is not store:
            writer.close()
    return client, case


def _tab_text(window, page) -> str:
    return window.tabs.tabText(window.tabs.indexOf(page))


def _list_row(window, client_id: int) -> int:
    return window.model.row_of_client(client_id)


def test_a_new_name_shows_in_the_list_and_in_every_tab_of_the_client(qtbot, store):
    client, case = _karin(store)
    window = main_window(qtbot, store)
    client_page = window.open_client(client.id)
    case_page = window.open_case(case.id)
    plan_page = window.open_plan(case.id)

    def rename(dialog):
        dialog.first_name.setText("Kajsa")
        dialog.buttons.accepted.emit()

    with_modal(rename, client_page.edit_client, ClientDialog)
    assert window.model.index(_list_row(window, client.id), 0).data() == "Andersson, Kajsa"
    assert _tab_text(window, client_page) == "Kajsa Andersson"
    assert _tab_text(window, case_page) == f"{case.case_number} Kajsa Andersson"
    assert "Kajsa Andersson" in case_page.header.text()
    assert "Kajsa Andersson" in plan_page.heading.text()
    assert window.windowTitle().endswith("Plan " + case.case_number)  # the tab in front keeps its title

    window.close_tab(window.tabs.indexOf(plan_page))  # a closed tab hears no more changes
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    announce(store, Change.case(case.id, client.id))
    assert window.tabs.count() == 2


def test_a_note_shows_in_att_gora_and_an_answer_in_the_list_while_typed_text_stays(qtbot, store):
    client, case = _karin(store, updated=FIXED_NOW - dt.timedelta(weeks=10))
    window = main_window(qtbot, store)
    qtbot.waitUntil(lambda: window.todo is not None and window.todo.isVisible())
    inactive = window.todo.tables["inactive"][1]
    assert [r.case_id for r in inactive.records] == [case.id]  # ten weeks without activity

    client_page = window.open_client(client.id)
    page = window.open_case(case.id)
    step = page.form("utreda").editors["utreda.vem"]
    type_text(step, "Karin själv")  # typed, not yet saved, when the note is saved
    notes = page.notes
    notes.new_button.click()
    type_text(notes.text, "Samtal om återgång.")
    assert notes.flush()
    assert step.toPlainText() == "Karin själv"  # the case page showed the note's change without wiping it
    assert store.notes.for_case(case.id)[0].text == "Samtal om återgång."

    type_text(notes.text, " Nästa vecka igen.")  # now the note is the one being typed
    assert page.forms["utreda"].flush()
    assert notes.text.toPlainText() == "Samtal om återgång. Nästa vecka igen."
    assert store.process.answers(case.id)["utreda.vem"] == "Karin själv"
    assert "Utreda" in window.model.index(_list_row(window, client.id), 3).data()  # the step moved on
    assert "Utreda" in client_page.cases_model.data(client_page.cases_model.index(0, 4))

    window.close_current_tab()

    window.close_current_tab()  # the last tab: Att göra comes back, up to date
    assert window.right.currentWidget() is window.todo
    assert inactive.records == []
    assert store.notes.for_case(case.id)[0].text == "Samtal om återgång. Nästa vecka igen."


def test_typed_assessment_text_stays_when_the_case_changes_elsewhere(qtbot, store):
    _client, case = _karin(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    assessment = store.assessments.start(case.id, "weis-s")
    form = window.open_assessment(assessment.id)
    field, editor = next(iter(form.texts.items()))
    type_text(editor, "Trivs med kollegorna")
    page.notes.new_button.click()
    type_text(page.notes.text, "Telefonsamtal.")
    assert page.notes.flush()  # the form hears of the case's change and saves what is typed first
    assert editor.toPlainText() == "Trivs med kollegorna"
    assert store.assessments.get(assessment.id).texts[field] == "Trivs med kollegorna"


def test_attendance_taken_in_gruppaktiviteter_shows_in_the_cases_grupper(qtbot, store):
    client, case = _karin(store)
    activity = store.groups.create(GroupInput("redo", "ReDO vår", [store.user_id]))
    session = store.groups.add_session(activity.id, "2026-11-03")
    store.groups.add_participant(activity.id, client.id)
    window = main_window(qtbot, store)
    case_page = window.open_case(case.id)
    panel = case_page.groups
    assert "deltagit i 0" in panel.summary.text()

    groups = window.open_groups()
    editor = groups.editor
    assert editor.activity_id == activity.id and editor._current_session().id == session.id
    editor.attendance.item(0).setCheckState(Qt.CheckState.Checked)
    editor.save_attendance()
    assert "deltagit i 1" in panel.summary.text()
    assert panel.model.data(panel.model.index(0, 3)) == "1 av 1"


def test_the_plan_follows_a_change_elsewhere_unless_its_own_fields_hold_unsaved_typing(qtbot, store):
    client, case = _karin(store)
    window = main_window(qtbot, store)
    plan_page = window.open_plan(case.id)
    store.plans.save(case.id, PlanInput(main_goal="Arbeta heltid"))  # as carrying DOA's goals does
    announce(store, Change.case(case.id, client.id))
    assert plan_page.main_goal.toPlainText() == "Arbeta heltid"

    type_text(plan_page.baseline, "Halvtid i dag")  # typed, not saved (the plan saves with its button)
    store.plans.save(case.id, PlanInput(main_goal="Arbeta heltid igen"))
    announce(store, Change.case(case.id, client.id))
    assert plan_page.baseline.toPlainText() == "Halvtid i dag"
    assert plan_page.main_goal.toPlainText() == "Arbeta heltid"
