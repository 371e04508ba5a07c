"""A journal note being written is a draft that saves as you type, like a step's answers: nothing
typed is lost on Ny anteckning, on choosing another note or on quitting (Ctrl+Q)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.autosave import AUTOSAVE_MS
from app.ui.notes_panel import NotesPanel
from tests.ui.helpers import answer_box, database_read_only, main_window, short_absence_case, type_text, with_modal

CTRL = Qt.KeyboardModifier.ControlModifier


def _panel(qtbot, store):
    case = short_absence_case(store)
    panel = NotesPanel(store, case.id)
    qtbot.addWidget(panel)
    panel.show()
    panel.new_note()
    return case, panel


def _texts(store, case):
    return [n.text for n in store.notes.for_case(case.id)]


def test_a_typed_note_is_stored_shortly_after_typing_stops_and_updated_as_it_grows(qtbot, store):
    case, panel = _panel(qtbot, store)
    type_text(panel.text, "Samtal om arbetsdagen.")
    assert _texts(store, case) == []  # not on every key
    qtbot.waitUntil(lambda: _texts(store, case) == ["Samtal om arbetsdagen."], timeout=AUTOSAVE_MS * 10)
    assert panel.save_label.text().startswith("Sparat ")
    assert panel.model.rowCount() == 1
    type_text(panel.text, " Hon vill prova fyra timmar.")
    qtbot.waitUntil(lambda: _texts(store, case) == ["Samtal om arbetsdagen. Hon vill prova fyra timmar."],
                    timeout=AUTOSAVE_MS * 10)  # the same note, not a second one
    assert panel.text.toPlainText() == "Samtal om arbetsdagen. Hon vill prova fyra timmar."


def test_ny_anteckning_keeps_the_draft_in_the_list_and_an_empty_editor_makes_no_note(qtbot, store):
    case, panel = _panel(qtbot, store)
    type_text(panel.text, "Första samtalet.")
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)  # before the autosave delay
    assert _texts(store, case) == ["Första samtalet."]
    assert panel.model.rowCount() == 1 and panel.model.record(0).text == "Första samtalet."
    assert panel.text.toPlainText() == ""
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    panel.kind.setCurrentIndex(1)  # a choice alone is no note
    assert panel.flush()
    assert _texts(store, case) == ["Första samtalet."]


def test_a_future_date_is_refused_at_the_field_and_the_text_stays(qtbot, store):
    case, panel = _panel(qtbot, store)
    panel.date.set_iso("2030-01-01")
    type_text(panel.text, "Planerat möte.")
    assert not panel.flush()
    assert panel.errors.message("note_date")
    assert panel.text.toPlainText() == "Planerat möte." and _texts(store, case) == []


def test_ctrl_q_with_a_typed_note_stores_it_before_quitting(qtbot, store):
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.show_side(page.notes)
    page.notes.new_note()
    type_text(page.notes.text, "Ringde arbetsgivaren.")
    qtbot.keyClick(page.notes.text, Qt.Key.Key_Q, CTRL)  # at once, before the autosave delay
    assert not window.isVisible()
    assert _texts(store, case) == ["Ringde arbetsgivaren."]


def test_a_note_that_cannot_be_saved_stays_and_quitting_asks_first(qtbot, store):
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.show_side(page.notes)
    page.notes.new_note()
    type_text(page.notes.text, "Ringde arbetsgivaren.")
    seen: list[str] = []
    with database_read_only(store):
        with_modal(answer_box(QMessageBox.StandardButton.No, seen),
                   lambda: qtbot.keyClick(page.notes.text, Qt.Key.Key_Q, CTRL), QMessageBox)
        assert window.isVisible() and page.notes.text.toPlainText() == "Ringde arbetsgivaren."
        assert "skrivskyddad" in seen[0] and "skrivskyddad" in page.notes.save_label.text()
    assert page.notes.flush() and _texts(store, case) == ["Ringde arbetsgivaren."]


def test_in_a_closed_case_the_new_note_is_writable_and_says_why(qtbot, store):
    """The rule (app/models/notes.py): a closed case still takes notes, the journal goes on. The
    editor stays open, as the rule allows, and says it is a note in a closed case, while the case
    page says the case takes no changes."""
    from tests import builders

    case = short_absence_case(store)
    builders.closed_case(store, case.id)
    assert store.cases.get(case.id).is_closed
    panel = NotesPanel(store, case.id)
    qtbot.addWidget(panel)
    panel.show()
    panel.new_note()
    assert "i ett avslutat ärende" in panel.status.text() and "avslutet ändras inte" in panel.status.text()
    assert not panel.text.isReadOnly() and panel.save_button.isEnabled()
    type_text(panel.text, "Avslutande samtal per telefon.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert _texts(store, case) == ["Avslutande samtal per telefon."]
    assert "i ett avslutat ärende" in panel.status.text()  # Spara starts the next note, in the same case
    assert store.notes.sign(store.notes.for_case(case.id)[0].id).is_signed  # and it is signed like any note


def test_in_an_open_case_the_new_note_says_only_that_it_is_a_draft(qtbot, store):
    _case, panel = _panel(qtbot, store)
    assert panel.status.text() == "Ny anteckning (utkast)."


def test_after_ny_anteckning_the_only_note_is_chosen_by_keyboard_and_can_be_signed(qtbot, store):
    """A walk: with one note in the list it stayed the current row after Ny anteckning, so neither
    Down nor Space chose it, and Signera stayed grey."""
    case, panel = _panel(qtbot, store)
    type_text(panel.text, "Samtal om arbetsdagen.")
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)  # saved; the editor is empty
    assert panel.editing is None and not panel.sign_button.isEnabled()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.editing is not None and panel.text.toPlainText() == "Samtal om arbetsdagen."
    assert panel.sign_button.isEnabled()
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Home)  # Home, or Enter on the row, chooses it too
    assert panel.text.toPlainText() == "Samtal om arbetsdagen."
