"""Closing a tab (Ctrl+W) saves what is typed in the forms that save with a button, as their Spara
does: a user walk lost two ticked responsible and a strategy in the plan that way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.helpers import agreed_plan, evaluation_case, main_window, short_absence_case, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_w_on_the_plan_saves_what_is_typed(qtbot, store):
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    page.main_goal.setFocus()
    type_text(page.main_goal, "Arbeta kvar i köket med färre sjukdagar")
    assert page.has_unsaved() and store.plans.latest(case.id) is None
    QTest.keyClick(window, Qt.Key.Key_W, CTRL)
    assert window.tabs.indexOf(page) == -1  # closed, without a question
    assert store.plans.latest(case.id).main_goal == "Arbeta kvar i köket med färre sjukdagar"


def test_ctrl_w_on_a_plan_that_cannot_be_saved_keeps_the_tab_and_the_text(qtbot, store):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import with_modal

    case = short_absence_case(store)
    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    page.main_goal.setFocus()
    type_text(page.main_goal, "x" * 5)
    page.follow_up.set_iso("1999-01-01")  # refused: before the referral
    asked = []

    def answer_no(box) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    with_modal(answer_no, lambda: QTest.keyClick(window, Qt.Key.Key_W, CTRL), QMessageBox)
    assert window.tabs.indexOf(page) != -1 and page.main_goal.toPlainText() == "xxxxx"
    first_message = page.errors.first_shown()[1].text()
    assert first_message and first_message in asked[0]  # why, in the field's own words
    assert store.plans.latest(case.id) is None
    # closing the window asks the same; Ja lets the text go (else the teardown's close would wait on it)
    with_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), window.close, QMessageBox)
    assert not window.isVisible()


def test_ctrl_w_on_the_evaluation_saves_each_goal_typed(qtbot, store):
    case = evaluation_case(store)
    agreed_plan(store, case.id)
    window = main_window(qtbot, store)
    page = window.open_evaluation(case.id)
    qtbot.waitUntil(lambda: len(page.goal_boxes) == 3)  # the page fills itself as it is shown
    box = page.goal_boxes[1]
    box.now.setFocus()
    type_text(box.now, "Lyfter med rullvagn varje dag.")
    box.attainment.set_key("uppnatt")
    QTest.keyClick(window, Qt.Key.Key_W, CTRL)
    assert window.tabs.indexOf(page) == -1
    saved = store.evaluation.goals(case.id)[1]
    assert (saved.attainment, saved.now) == ("uppnatt", "Lyfter med rullvagn varje dag.")
