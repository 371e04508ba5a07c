"""Marking a meeting's agreed actions done (issue 16 follow-up), through the real window: Åtgärder… in
the Samverkansmöten tab (Alt+Å, on a signed record), a date before the meeting or in the future refused
at its row, a wrong mark undone; Markera klar on Att göra (button and Ctrl+Enter) and the row leaves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.meetings import ActionInput, MeetingPlan, MeetingRecord, ParticipantInput
from app.models.plans import PlanInput, SubGoalInput
from app.ui.meeting_actions_dialog import MeetingActionsDialog, done_field
from app.ui.todo_page import TodoPage
from tests.ui.helpers import main_window, with_modal
from tests.ui.keyboard import offered

PEOPLE = [ParticipantInput("af", "Handläggare", "Eva Ek", "010-123 45 67"),
          ParticipantInput("enheten", "Arbetsterapeut", "Anna Andersson", "")]


@pytest.fixture
def meeting(store):
    """A signed kontaktmöte of 2026-11-10 (today is 2026-11-20) with our action for a sub-goal, due in
    two days, and Af's, overdue by a day."""
    client = store.clients.add(ClientInput(first_name="Åsa", last_name="Öberg", personnummer="19121212-1212",
                                           gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="af",
                                                 target_group="ama_medarbetare"))
    version = store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid", sub_goals=[
        SubGoalInput(text="Komma i tid", responsible="klienten", start_date="2026-11-03")]))
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03")
    day = store.today()
    m = store.meetings.plan(case.id, MeetingPlan("kontaktmote", "2026-11-10T09:00", 60, place="Storgatan 1",
                                                 purpose="Start.", participants=PEOPLE))
    store.meetings.record(m.id, MeetingRecord("Vi lärde känna varandra.", [
        ActionInput("enheten", "Skickar kartläggningen", (day + dt.timedelta(days=2)).isoformat(),
                    version.sub_goals[0].id),
        ActionInput("af", "Bokar arbetsträning", (day - dt.timedelta(days=1)).isoformat())]))
    return store.meetings.sign(m.id)


def test_mark_an_action_done_on_a_signed_record_and_undo_a_wrong_mark(qtbot, store, meeting):
    window = main_window(qtbot, store)
    page = window.open_case(meeting.case_id)
    page.show_side(page.meetings)
    panel = page.meetings
    qtbot.waitUntil(lambda: panel.actions_button.isVisible())
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.actions_button.isEnabled() and panel.actions_button.text() == "&Åtgärder…"
    assert [m.key for m in offered(window)].count("å") == 1  # Alt+Å clicks it, nothing else takes the letter
    seen: dict[str, object] = {}

    def refuse_then_mark(dialog: MeetingActionsDialog) -> None:
        seen["opened"] = True
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        ours, theirs = dialog.done_edits
        assert ours.iso() == "" and theirs.iso() == ""  # empty: not done
        qtbot.keyClick(ours.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar …
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # … on the app's today; Enter picks it
        assert ours.iso() == "2026-11-20"
        ours.setDate(QDate(2026, 11, 9))  # the day before the meeting
        theirs.setDate(QDate(2026, 11, 21))  # tomorrow
        dialog.save_button.click()
        seen["before"] = dialog.errors.message(done_field(0))
        seen["future"] = dialog.errors.message(done_field(1))
        seen["saved_after_refusal"] = [a.done_date for a in store.meetings.get(meeting.id).actions]
        qtbot.wait(50)
        Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
        dialog.grab().save("/tmp/shots/meeting_actions_refused.png")
        ours.setDate(QDate(2026, 11, 18))
        theirs.setDate(QDate(2026, 11, 20))
        dialog.save_button.click()

    def alt_a_ring() -> None:  # the mnemonic clicks a moment later (animateClick), then the dialog runs
        qtbot.keyClick(window, Qt.Key.Key_Aring, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: "opened" in seen and QApplication.activeModalWidget() is None)

    panel.table.setFocus()
    with_modal(refuse_then_mark, alt_a_ring, MeetingActionsDialog)
    labels = seen["labels"]
    assert isinstance(labels, list)
    for text in ("Skickar kartläggningen", "2026-11-22", "Komma i tid", "Arbetsförmedlingen",
                 "Bokar arbetsträning", "2026-11-19"):
        assert text in labels
    assert "före mötet (2026-11-10)" in str(seen["before"])
    assert str(seen["future"]).startswith("Gjord") and seen["future"]
    assert seen["saved_after_refusal"] == ["", ""]
    after = store.meetings.get(meeting.id)
    assert [a.done_date for a in after.actions] == ["2026-11-18", "2026-11-20"]
    assert after.signed and after.said == "Vi lärde känna varandra."  # only the done dates changed
    assert [a.done_on_time() for a in after.actions] == [True, False]

    def undo(dialog: MeetingActionsDialog) -> None:
        assert dialog.done_edits[1].iso() == "2026-11-20"
        dialog.done_edits[1].line.clear()  # Af had not done it after all
        dialog.save_button.click()

    with_modal(undo, panel.actions_button.click, MeetingActionsDialog)
    assert [a.done_date for a in store.meetings.get(meeting.id).actions] == ["2026-11-18", ""]


def test_mark_done_from_att_gora_by_button_and_by_keyboard(qtbot, store, meeting):
    window = main_window(qtbot, store)
    qtbot.waitUntil(lambda: isinstance(window.right.currentWidget(), TodoPage), timeout=3000)
    todo = window.todo
    ours_box, ours, ours_table = todo.tables["meeting_actions"]
    theirs_box, theirs, theirs_table = todo.tables["meeting_follow_ups"]
    assert ours.rowCount() == 1 and theirs.rowCount() == 1
    button = todo.mark_done_buttons["meeting_actions"]
    assert not button.isEnabled()  # nothing chosen yet
    ours_table.setCurrentIndex(ours.index(0, 0))
    assert button.isEnabled()
    todo.ensureWidgetVisible(button)
    qtbot.wait(50)
    ours_box.grab().save("/tmp/shots/todo_mark_done.png")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ours.rowCount() == 0 and ours_box.title().endswith("(0)")
    assert [a.done_date for a in store.meetings.get(meeting.id).actions] == ["2026-11-20", ""]
    assert not button.isEnabled()

    theirs_table.setFocus()
    theirs_table.setCurrentIndex(theirs.index(0, 0))
    tabs_before = window.tabs.count()
    qtbot.keyClick(theirs_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert theirs.rowCount() == 0 and theirs_box.title().endswith("(0)")
    assert [a.done_date for a in store.meetings.get(meeting.id).actions] == ["2026-11-20", "2026-11-20"]
    assert window.tabs.count() == tabs_before  # Ctrl+Enter marks; it does not open the case as Enter does
