"""What a strike-out, a correction or the client's objection needs from the user: the reason, the
new text, the date it happened. The dialog calls the service; a refusal shows at its field and the
typed text stays."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from app.models.notes import Note
from app.models.store import Store
from app.ui.i18n import data_text
from app.ui.messages import run_validated
from app.ui.widgets import DateEdit, FieldErrors

STRIKE, CORRECT, OBJECT = "strike", "correct", "object"

# marked for lupdate here, translated where the dialog shows them
_TEXTS = {
    STRIKE: (QT_TRANSLATE_NOOP("NoteActionDialog", "Makulera anteckning"),
             QT_TRANSLATE_NOOP("NoteActionDialog", "&Makulera"),
             QT_TRANSLATE_NOOP("NoteActionDialog", "Utkastet makuleras: det finns kvar och går att läsa, "
                                                   "markerat som makulerat med ditt skäl.")),
    CORRECT: (QT_TRANSLATE_NOOP("NoteActionDialog", "Rätta anteckning"),
              QT_TRANSLATE_NOOP("NoteActionDialog", "&Spara rättelse"),
              QT_TRANSLATE_NOOP("NoteActionDialog", "Rättelsen blir en ny anteckning som pekar på den gamla. Den "
                                                    "gamla finns kvar, markerad som rättad. Rättelsen är ett "
                                                    "utkast tills du signerar den.")),
    OBJECT: (QT_TRANSLATE_NOOP("NoteActionDialog", "Avvikande mening"),
             QT_TRANSLATE_NOOP("NoteActionDialog", "&Spara avvikande mening"),
             QT_TRANSLATE_NOOP("NoteActionDialog", "Klientens avvikande mening om anteckningen, med klientens "
                                                   "egna ord. Den kopplas till anteckningen och är ett utkast "
                                                   "tills du signerar den.")),
}


def _text_edit(name: str, text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    return edit


class NoteActionDialog(QDialog):
    """``NoteActionDialog(store, STRIKE, note)``; after ``exec()``, ``result_note`` is the struck note,
    the correction or the objection (None when cancelled)."""

    def __init__(self, store: Store, mode: str, note: Note, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.mode, self.note = store, mode, note
        self.result_note: Note | None = None
        title, ok_text, explanation = (self.tr(text) for text in _TEXTS[mode])
        self.setWindowTitle(title)
        self.resize(560, 420)
        self.errors = FieldErrors()
        form = QFormLayout(self)
        about = QLabel(explanation)
        about.setWordWrap(True)
        form.addRow(about)
        from app.ui.notes_panel import person_text  # the panel imports this module

        author = person_text(note.author, note.author_title)
        quoted = QLabel(f"<b>{note.note_date} · {data_text(note.kind_label)} · {author}</b><br>"
                        + note.text.replace("&", "&amp;").replace("<", "&lt;")[:600].replace("\n", "<br>"))
        quoted.setWordWrap(True)
        form.addRow(quoted)
        self.date: DateEdit | None = None
        self.text: QPlainTextEdit | None = None
        self.reason: QPlainTextEdit | None = None
        if mode in (CORRECT, OBJECT):
            self.date = DateEdit(self.tr("Datum då det hände") if mode == CORRECT
                                 else self.tr("Datum för den avvikande meningen"))
            self.date.set_iso(note.note_date if mode == CORRECT else store.today())
            self._row(form, self.tr("&Datum"), self.date, "note_date")
            self.text = _text_edit(self.tr("Rättad text") if mode == CORRECT else self.tr("Klientens avvikande mening"),
                                   note.text if mode == CORRECT else "")
            self._row(form, self.tr("&Text"), self.text, "text")
        if mode in (STRIKE, CORRECT):
            self.reason = _text_edit(self.tr("Skäl till makuleringen") if mode == STRIKE
                                     else self.tr("Skäl till rättelsen"))
            self.reason.setMaximumHeight(80)
            self._row(form, self.tr("S&käl"), self.reason, "reason")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.text or self.reason or self.ok_button).setFocus()

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        title = QLabel(label)
        title.setBuddy(widget)
        form.addRow(title, widget)
        form.addRow("", self.errors.label_for(field, widget))

    def _call(self) -> Note:
        notes = self.store.notes
        if self.mode == STRIKE:
            assert self.reason is not None
            return notes.strike(self.note.id, self.reason.toPlainText())
        assert self.text is not None and self.date is not None
        if self.mode == CORRECT:
            assert self.reason is not None
            return notes.correct(self.note.id, self.text.toPlainText(), self.reason.toPlainText(), self.date.iso())
        return notes.object(self.note.id, self.text.toPlainText(), self.date.iso())

    def accept(self) -> None:
        notes: list[Note] = []
        if run_validated(self, self.errors, lambda: notes.append(self._call())):
            self.result_note = notes[0]
            super().accept()
