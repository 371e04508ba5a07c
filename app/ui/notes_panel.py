"""Journal notes of a case: the list (newest first) and an editor for a new or draft note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.notes import Note
from app.models.store import Store
from app.models.vocab import NOTE_KINDS
from app.ui.messages import run_validated
from app.ui.record_model import RecordTableModel
from app.ui.tables import read_only_table
from app.ui.widgets import ChoiceCombo, DateEdit, FieldErrors


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:200]


class NotesPanel(QWidget):
    changed = Signal()

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.editing: Note | None = None
        self.model = RecordTableModel([
            ("Datum", lambda n: n.note_date),
            ("Typ", lambda n: n.kind_label),
            ("Anteckning", lambda n: _first_line(n.text)),
            ("Skriven av", lambda n: n.author or ""),
        ], self)
        self.table = read_only_table(self.model, self.tr("Journalanteckningar"))
        # Fixed widths: sizing columns to their contents reads every row, which is slow on long journals.
        header = self.table.horizontalHeader()
        width = self.table.fontMetrics().horizontalAdvance
        for column, sample in ((0, "2026-12-31"), (1, "Observation"), (3, "Förnamn Efternamn")):
            self.table.setColumnWidth(column, width(sample) + 16)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._load_selected)

        self.errors = FieldErrors()
        self.date = DateEdit(self.tr("Datum för anteckningen"))
        self.kind = ChoiceCombo(NOTE_KINDS, self.tr("Typ av anteckning"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Anteckningstext"))
        self.text.setTabChangesFocus(True)
        self.new_button = QPushButton(self.tr("&Ny anteckning"))
        self.save_button = QPushButton(self.tr("Spara &anteckning"))
        self.new_button.clicked.connect(self.new_note)
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("Datum"), self.date)
        form.addRow("", self.errors.label_for("note_date", self.date))
        form.addRow(self.tr("Typ"), self.kind)
        form.addRow("", self.errors.label_for("kind", self.kind))
        form.addRow(self.tr("Text"), self.text)
        form.addRow("", self.errors.label_for("text", self.text))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(self.store.notes.for_case(self.case_id))

    def new_note(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.date.set_iso(self.store.today())
        self.kind.set_key("samtal")
        self.text.clear()
        self.text.setReadOnly(False)
        self.save_button.setEnabled(True)
        self.errors.clear()
        self.text.setFocus()

    def _load_selected(self, current, _previous) -> None:
        if not current.isValid():
            return
        note: Note = self.model.record(current.row())
        self.editing = note
        self.date.set_iso(note.note_date)
        self.kind.set_key(note.kind)
        self.text.setPlainText(note.text)
        self.text.setReadOnly(not note.actions.edit.ok)
        self.save_button.setEnabled(note.actions.edit.ok)

    def save(self) -> None:
        def store_it() -> None:
            if self.editing:
                self.store.notes.update(self.editing.id, self.date.iso(), self.kind.key(), self.text.toPlainText())
            else:
                self.store.notes.add(self.case_id, self.date.iso(), self.kind.key(), self.text.toPlainText())

        if run_validated(self, self.errors, store_it):
            self.reload()
            self.new_note()
            self.changed.emit()
