"""Notes as a record in the window (issue 11): write a note, sign it, try to edit it (refused, with
the reason shown), correct it, strike out a draft, and find all of it in the journal copy; the list
of one's unsigned entries signed after review; Att göra's unsigned section."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from app.models.store import Store
from app.ui.export_actions import ExportRunner
from app.ui.note_dialog import NoteActionDialog
from app.ui.todo_page import TodoPage
from app.ui.unsigned_dialog import UnsignedDialog
from tests.exporters.pdf_support import pdf_read
from tests.ui.helpers import main_window, short_absence_case, type_text, with_modal

SIGNED_REASON = "Anteckningen är signerad och kan inte ändras. Skriv en rättelse i stället."


def _row_of(panel, note_id: int) -> int:
    return next(i for i, n in enumerate(panel.model.records) if n.id == note_id)


def _choose(panel, note_id: int) -> None:
    panel.table.selectRow(_row_of(panel, note_id))


def _fill(**fields):
    def fill(dialog: NoteActionDialog) -> None:
        for name, value in fields.items():
            widget = getattr(dialog, name)
            widget.clear()
            type_text(widget, value)
        dialog.ok_button.click()
    return fill


def test_write_sign_refuse_edit_correct_strike_and_find_it_all_in_the_journal_copy(
        qtbot, store, monkeypatch, tmp_path):
    case = short_absence_case(store)
    offered: list = []
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, name: tmp_path / name)
    monkeypatch.setattr(ExportRunner, "offer_open", lambda self, path: offered.append(path))
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.show_side(page.notes)
    panel = page.notes

    # write a note: a draft, and Signera is there for it at once
    panel.new_note()
    panel.date.set_iso("2026-11-18")
    type_text(panel.text, "Samtal om arbetsdagen.")
    assert panel.flush()
    note = panel.editing
    assert panel.model.record(_row_of(panel, note.id)).status_label == "Utkast"
    assert panel.sign_button.isEnabled() and not panel.correct_button.isEnabled()
    assert panel.correct_button.toolTip() == "Ett utkast rättas inte: ändra det, eller makulera det."

    # sign it (Ctrl+Shift+S in the notes)
    qtbot.keyClick(panel.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.notes.get(note.id).is_signed
    assert panel.model.record(_row_of(panel, note.id)).status_label == "Signerad"
    assert "Signerad 2026-11-20 10:00 av Anna Andersson, arbetsterapeut." in panel.status.text()

    # try to edit it: refused, the reason shown beside the text and on the save button
    _choose(panel, note.id)
    type_text(panel.text, " Ändrat i efterhand.")
    assert panel.text.toPlainText() == "Samtal om arbetsdagen."
    assert panel.text.isReadOnly() and not panel.save_button.isEnabled()
    assert panel.locked.isVisibleTo(panel) and panel.locked.text() == SIGNED_REASON
    assert panel.save_button.toolTip() == SIGNED_REASON
    assert not panel.sign_button.isEnabled() and not panel.strike_button.isEnabled()
    assert panel.strike_button.toolTip() == "En signerad anteckning makuleras inte. Skriv en rättelse i stället."
    assert store.notes.get(note.id).text == "Samtal om arbetsdagen."

    # correct it: a new draft pointing back, the old one rättad
    with_modal(_fill(text="Samtal om arbetsdagen med arbetsledaren.", reason="Arbetsledaren var med."),
               panel.correct_button.click, NoteActionDialog)
    fix = panel.editing
    assert fix.corrects_id == note.id and fix.status_label == "Utkast"
    assert panel.model.record(_row_of(panel, note.id)).status_label == "Rättad"
    assert "Rättelse av anteckningen 2026-11-18" in panel.status.text()

    # strike out a draft, with a reason; it stays in the list, marked
    panel.new_note()
    type_text(panel.text, "Skrevs i fel ärende.")
    assert panel.flush()
    draft = panel.editing
    with_modal(_fill(reason="Fel ärende."), panel.strike_button.click, NoteActionDialog)
    struck = store.notes.get(draft.id)
    assert struck.is_struck and struck.strike_reason == "Fel ärende."
    assert panel.model.record(_row_of(panel, draft.id)).status_label == "Makulerad"
    assert panel.text.isReadOnly() and panel.locked.text() == "Anteckningen är makulerad och kan inte ändras."

    # the journal copy holds all of it
    page.document_actions[("record", "klient")].trigger()
    assert len(offered) == 1
    flat = pdf_read(offered[0]).flat
    for expected in ("2026-11-18 · Journalanteckning – Samtal – RÄTTAD", "Samtal om arbetsdagen.",
                     "signerad 2026-11-20 10:00 av Anna Andersson, arbetsterapeut",
                     f"Rättad: se rättelsen nr {fix.id} (2026-11-18).",
                     f"Rättelse av anteckning nr {note.id} (2026-11-18). Skäl: Arbetsledaren var med.",
                     "Samtal om arbetsdagen med arbetsledaren.",
                     "Journalanteckning – Samtal – MAKULERAD", "Skäl: Fel ärende.", "Skrevs i fel ärende."):
        assert expected in flat, expected


def test_a_refused_correction_keeps_the_dialog_open_with_the_message_at_its_field(qtbot, store):
    case = short_absence_case(store)
    note = store.notes.add(case.id, "2026-11-18", "samtal", "Samtal.")
    store.notes.sign(note.id)
    dialog = NoteActionDialog(store, "correct", store.notes.get(note.id))
    qtbot.addWidget(dialog)
    dialog.ok_button.click()  # no reason given
    assert dialog.result_note is None
    assert dialog.errors.message("reason") == "Skäl till rättelsen måste fyllas i."
    assert store.notes.get(note.id).status_label == "Signerad"


def test_the_clients_objection_from_the_panel(qtbot, store):
    case = short_absence_case(store)
    note = store.notes.add(case.id, "2026-11-18", "samtal", "Samtal.")
    from app.ui.notes_panel import NotesPanel

    panel = NotesPanel(store, case.id)
    qtbot.addWidget(panel)
    panel.show()
    _choose(panel, note.id)
    with_modal(_fill(text="Klienten håller inte med."), panel.object_button.click, NoteActionDialog)
    objection = panel.editing
    assert (objection.kind_label, objection.objection_to_id) == ("Avvikande mening", note.id)
    assert panel.kind.currentText() == "Avvikande mening" and not panel.kind.isEnabled()
    panel.text.moveCursor(QTextCursor.MoveOperation.End)
    type_text(panel.text, " Skriftligt.")
    assert panel.flush()
    assert store.notes.get(objection.id).text == "Klienten håller inte med. Skriftligt."
    assert not panel.object_button.isEnabled()


def test_my_unsigned_entries_are_signed_after_review(qtbot, store, user):
    case = short_absence_case(store)
    first = store.notes.add(case.id, "2026-11-18", "samtal", "Första.\nMed mer text.")
    second = store.notes.add(case.id, "2026-11-19", "telefon", "Andra.")
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.show_side(page.notes)
    seen = {}

    def review(dialog: UnsignedDialog) -> None:
        assert [e.id for e in dialog.model.records] == [first.id, second.id]
        assert "Med mer text." in dialog.preview.toPlainText()  # read in full before signing
        assert not dialog.sign_button.isEnabled()
        dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        assert dialog.summary.text() == "1 av 2 markerade"
        dialog.sign_button.click()
        seen["after"] = [e.id for e in dialog.model.records]
        seen["summary"] = dialog.summary.text()
        dialog.accept()

    with_modal(review, lambda: window.unsigned_action.trigger(), UnsignedDialog)
    assert seen == {"after": [second.id], "summary": "1 post signerad."}
    assert store.notes.get(first.id).is_signed and not store.notes.get(second.id).is_signed
    # the open case heard of it on the bus
    assert page.notes.model.record(_row_of(page.notes, first.id)).status_label == "Signerad"


def test_signing_a_selection_is_all_or_none(qtbot, store, user, monkeypatch):
    case = short_absence_case(store)
    first = store.notes.add(case.id, "2026-11-18", "samtal", "Första.")
    second = store.notes.add(case.id, "2026-11-19", "telefon", "Andra.")
    dialog = UnsignedDialog(store)
    qtbot.addWidget(dialog)
    dialog.model.set_all(True)
    store.notes.strike(second.id, "Fel")  # meanwhile, in another window
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert dialog.sign_checked() == 0
    assert warnings == ["Anteckningen är makulerad och signeras inte."]
    assert not store.notes.get(first.id).is_signed
    assert [e.id for e in dialog.model.records] == [first.id]


def test_att_gora_lists_unsigned_notes_older_than_the_set_days(qtbot, db_path, store, user):
    case = short_absence_case(store)
    earlier = Store.open(db_path, clock=lambda: dt.datetime(2026, 11, 15, 9))
    try:
        earlier.user_id = user.id
        old = earlier.notes.add(case.id, "2026-11-14", "samtal", "Gammalt utkast.")
    finally:
        earlier.close()
    store.notes.add(case.id, "2026-11-19", "samtal", "Nytt utkast.")
    todo = TodoPage(store)
    qtbot.addWidget(todo)
    todo.refresh()
    box, model, _table = todo.tables["unsigned"]
    assert box.title() == "Osignerade anteckningar äldre än 3 dagar (1)"
    assert [r.detail for r in model.records] == [
        "Osignerad sedan 2026-11-15 (5 dagar): Journalanteckning – Samtal: Gammalt utkast."]
    store.settings.set_unsigned_days(7)
    todo.refresh()
    assert box.title() == "Osignerade anteckningar äldre än 7 dagar (0)"
    store.settings.set_unsigned_days(3)
    store.notes.sign(old.id)
    todo.refresh()
    assert model.rowCount() == 0
