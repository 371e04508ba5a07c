"""Group activities as the therapist runs them: create a ReDO™ group, add sessions, register
clients, take attendance with a head count of others; the client's case shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.groups_page import GroupsPage
from app.ui.main_window import MainWindow


def _client(store, first, last):
    client = store.clients.add(ClientInput(first_name=first, last_name=last, birth_year=1985, gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-09-01", referred_by="arbetsledare",
                                                 target_group="ama_medarbetare"))
    return client, case


def _check(widget, text):
    for i in range(widget.count()):
        if widget.item(i).text() == text:
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{text!r} not in list")


def test_run_a_redo_group_and_see_it_in_the_clients_case(qtbot, store):
    signe, signe_case = _client(store, "Signe", "Åkerlund")
    _client(store, "Petra", "Persson")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    case_page = window.open_case(signe_case.id)
    assert "Inte anmäld" in case_page.groups.summary.text()

    page = window.open_groups()
    assert isinstance(page, GroupsPage) and window.tabs.currentWidget() is page
    editor = page.editor
    assert not editor.sessions_box.isEnabled()  # a new group is saved before it gets sessions

    # A title is required, shown at its field
    editor.kind.set_key("redo")
    editor.save_button.click()
    assert editor.errors.message("title") == "Namn måste fyllas i."
    assert store.groups.all() == []

    editor.title_edit.setText("ReDO hösten 2026")
    editor.other_leaders.setText("Assistent Bo Berg")
    editor.save_button.click()
    [group] = store.groups.all()
    assert (group.title, group.kind_label) == ("ReDO hösten 2026", "ReDO™")
    assert page.model.rowCount() == 1 and editor.sessions_box.isEnabled()
    assert store.groups.get(group.id).leaders == ("Anna Andersson",)  # the signed-in user leads by default

    for day in ("2026-11-03", "2026-11-10"):
        editor.session_date.set_iso(day)
        editor.add_session()
    assert [s.session_date for s in store.groups.get(group.id).sessions] == ["2026-11-03", "2026-11-10"]

    editor.client_search.setText("Åkerl")
    assert editor.client_hits.count() == 1
    editor.add_participant()
    assert [p.name for p in store.groups.get(group.id).participants] == ["Signe Åkerlund"]

    editor.sessions.selectRow(0)
    _check(editor.attendance, "Signe Åkerlund")
    editor.guests.setValue(4)
    editor.save_attendance()
    first = store.groups.get(group.id).sessions[0]
    assert (first.attended, first.guests, first.head_count) == ((signe.id,), 4, 5)
    assert editor.session_model.data(editor.session_model.index(0, 3)) == 5

    # A session in the future cannot have attendance: the message shows at the field
    editor.session_date.set_iso("2026-12-01")
    editor.add_session()
    editor.sessions.selectRow(2)
    _check(editor.attendance, "Signe Åkerlund")
    editor.save_attendance()
    assert "inte har ägt rum" in editor.errors.message("attended")

    # The client's case shows the group and her attendance
    window.open_case(signe_case.id)
    assert case_page.groups.model.rowCount() == 1
    assert case_page.groups.model.data(case_page.groups.model.index(0, 3)) == "1 av 3"
    assert "deltagit i 1" in case_page.groups.summary.text()


def test_removing_a_session_asks_first(qtbot, store, monkeypatch):
    page = GroupsPage(store)
    qtbot.addWidget(page)
    page.editor.kind.set_key("friskvardstimmen")
    page.editor.title_edit.setText("Friskvårdstimmen")
    page.editor.save()
    page.editor.session_date.set_iso("2026-11-18")
    page.editor.add_session()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.editor.remove_session()
    assert page.editor.session_model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.editor.remove_session()
    assert page.editor.session_model.rowCount() == 0
    assert store.groups.get(store.groups.all()[0].id).sessions == ()
