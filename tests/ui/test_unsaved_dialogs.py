"""Escape, Avbryt or the window's close in a dialog with typed text asks before the text is thrown
away (issue 15); an untouched dialog closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.ui.client_dialog import ClientDialog
from app.ui.settings_dialog import SettingsDialog
from tests.ui.helpers import main_window, type_text, with_modal


def _answer(text: str, asked: list[str]):
    def click(box: QMessageBox) -> None:
        asked.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()
    return click


def test_escape_in_a_filled_client_dialog_asks_and_nej_keeps_what_is_typed(qtbot, store):
    window = main_window(qtbot, store)
    asked: list[str] = []
    seen = {}

    def fill(dialog: ClientDialog) -> None:
        type_text(dialog.first_name, "Tolvan")
        with_modal(_answer("Nej", asked), lambda: qtbot.keyClick(dialog.first_name, Qt.Key.Key_Escape), QMessageBox)
        seen["after_nej"] = (dialog.isVisible(), dialog.first_name.text())
        with_modal(_answer("Ja", asked), lambda: qtbot.keyClick(dialog.first_name, Qt.Key.Key_Escape), QMessageBox)

    with_modal(fill, window.new_client_action.trigger, ClientDialog)
    assert seen["after_nej"] == (True, "Tolvan")
    assert len(asked) == 2 and "inte sparat" in asked[0]
    assert store.clients.search("Tolvan") == []


def test_an_untouched_client_dialog_and_one_changed_back_close_on_escape_without_a_question(qtbot, store):
    window = main_window(qtbot, store)

    def escape(dialog: ClientDialog) -> None:
        qtbot.keyClick(dialog.first_name, Qt.Key.Key_Escape)  # with_modal fails if a question kept it open

    with_modal(escape, window.new_client_action.trigger, ClientDialog)

    def type_and_undo(dialog: ClientDialog) -> None:
        type_text(dialog.first_name, "T")
        dialog.first_name.clear()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    with_modal(type_and_undo, window.new_client_action.trigger, ClientDialog)


def test_avbryt_in_the_settings_with_a_changed_rule_names_the_page_and_nej_keeps_the_change(qtbot, store):
    window = main_window(qtbot, store)
    asked: list[str] = []
    seen = {}

    def change(dialog: SettingsDialog) -> None:
        dialog.show_page("todo")
        spin = dialog.todo.plan_deadline_days
        spin.setValue(spin.value() + 1)
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        with_modal(_answer("Nej", asked), cancel.click, QMessageBox)
        seen["after_nej"] = (dialog.isVisible(), dialog.todo.changed())
        with_modal(_answer("Ja", asked), cancel.click, QMessageBox)

    with_modal(change, window.settings_action.trigger, SettingsDialog)
    assert seen["after_nej"] == (True, True)
    assert "Att göra" in asked[0] and "inte sparat" in asked[0]
