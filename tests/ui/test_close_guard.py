"""A save that fails (database locked, read-only) keeps the typed text in its field, says why, and
closing the window (Ctrl+Q) or the tab (Ctrl+W) then asks before anything is thrown away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import (
    answer_box,
    database_locked,
    database_read_only,
    main_window,
    short_absence_case,
    type_text,
    with_modal,
)

CTRL = Qt.KeyboardModifier.ControlModifier
QUESTION = "informera.vad_arbetsterapi"
TEXT = "Klienten vill veta vad arbetsterapi är."


def _answer_typed(qtbot, store):
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.show_step("informera")
    form = page.form("informera")
    editor = form.editors[QUESTION]
    editor.setFocus()
    type_text(editor, TEXT)
    return window, page, form, editor


def _back_in(window, editor, qtbot) -> None:
    """After the question the window is in front again, the cursor in the answer."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.setFocus()


def test_ctrl_q_with_the_database_locked_asks_and_no_keeps_the_window_and_the_text(qtbot, store):
    window, page, form, editor = _answer_typed(qtbot, store)
    seen: list[str] = []
    with database_locked(store):
        with_modal(answer_box(QMessageBox.StandardButton.No, seen),
                   lambda: qtbot.keyClick(editor, Qt.Key.Key_Q, CTRL), QMessageBox)
        assert window.isVisible()
        assert editor.toPlainText() == TEXT
        # said once, in Swedish, what failed
        assert form.save_label.text() == ("Inte sparat: Databasen är låst av ett annat program eller fönster. "
                                          "Försök igen om en stund. Det du skrivit finns kvar i formuläret. "
                                          "ATAMA försöker själv igen om några sekunder.")
        assert len(seen) == 1 and page.title() in seen[0] and "låst" in seen[0]
        assert store.process.answers(page.case_id).get(QUESTION) is None

        _back_in(window, editor, qtbot)
        with_modal(answer_box(QMessageBox.StandardButton.Yes, seen),
                   lambda: qtbot.keyClick(editor, Qt.Key.Key_Q, CTRL), QMessageBox)
        assert not window.isVisible()


def test_ctrl_w_on_a_read_only_file_asks_and_closes_once_the_answer_is_saved(qtbot, store):
    window, page, _form, editor = _answer_typed(qtbot, store)
    seen: list[str] = []
    with database_read_only(store):
        with_modal(answer_box(QMessageBox.StandardButton.No, seen),
                   lambda: qtbot.keyClick(editor, Qt.Key.Key_W, CTRL), QMessageBox)
        assert "skrivskyddad" in seen[0]
        assert window.tabs.indexOf(page) >= 0 and editor.toPlainText() == TEXT
    _back_in(window, editor, qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_W, CTRL)  # writable again: saved, closed, nothing asked
    assert window.tabs.indexOf(page) < 0
    assert store.process.answers(page.case_id)[QUESTION] == TEXT


def test_the_close_question_says_not_saved_once_and_then_each_tab_and_why(qtbot, store):
    window, page, _form, editor = _answer_typed(qtbot, store)
    sequence = window.open_sequence(page.case_id)  # the answer is saved as the tab changes
    note = sequence.boxes["mote1"].note
    note.setFocus()
    seen: list[str] = []
    with database_locked(store):
        type_text(editor, " Och om ATAMA.")  # in the case's tab, behind
        type_text(note, "Möte bokat.")
        with_modal(answer_box(QMessageBox.StandardButton.No, seen),
                   lambda: qtbot.keyClick(note, Qt.Key.Key_Q, CTRL), QMessageBox)
    locked = ("Databasen är låst av ett annat program eller fönster. Försök igen om en stund. "
              "Det du skrivit finns kvar i formuläret.")
    assert seen == ["Det här kunde inte sparas:\n\n"
                    f"{page.title()}: {locked}\n\n"
                    f"{sequence.title()}: {locked}\n\n"
                    "Stänga programmet ändå? Det som inte sparats går då förlorat. "
                    "Välj Nej så finns texten kvar och du kan försöka igen."]
    assert window.isVisible() and editor.toPlainText() == TEXT + " Och om ATAMA."
