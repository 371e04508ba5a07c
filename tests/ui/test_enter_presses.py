"""Enter presses the focused button in the main window, as Space does (app/ui/enter_presses.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from tests import builders
from tests.ui.helpers import main_window


def _focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_enter_on_a_case_s_step_shows_it_and_on_its_start_button_starts_it(qtbot, store):
    case = builders.client_with_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    step = page.stepper.buttons["planera"]
    _focus(qtbot, step)
    qtbot.keyClick(step, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.form("planera")  # a tool button

    informera = page.form("informera")
    page.show_step("informera")
    assert informera.start_button.isEnabled()
    _focus(qtbot, informera.start_button)
    qtbot.keyClick(informera.start_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # a push button
    assert store.process.statuses(case.id)["informera"].state == "pagar"


def test_ctrl_enter_and_a_dialog_s_buttons_keep_qt_s_own_rule(qtbot, store):
    case = builders.client_with_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    start = page.form("informera").start_button
    _focus(qtbot, start)
    qtbot.keyClick(start, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.process.statuses(case.id)["informera"].state == "ej_paborjad"

    # In a dialog Enter presses the focused push button once, by Qt (and the filter stays out)
    dialog = QDialog(window)
    pressed: list[str] = []
    layout = QVBoxLayout(dialog)
    for name in ("first", "second"):
        button = QPushButton(name)
        button.clicked.connect(lambda _=False, n=name: pressed.append(n))
        layout.addWidget(button)
    dialog.show()
    second = dialog.findChildren(QPushButton)[1]
    _focus(qtbot, second)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert pressed == ["second"]
    dialog.close()
