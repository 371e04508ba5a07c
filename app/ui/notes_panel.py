"""Journal notes of a case: the list (newest first) and an editor for a new or draft note.

A note being written is a draft of the journal and saves as you type (app/ui/autosave.py): the
first save adds it, later ones update it. A note stays a draft until it is signed."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from app.ui.autosave import Autosave, status_label
from app.ui.changes import Change, announce, changes_of
from app.ui.messages import run_validated
from app.ui.record_model import RecordTableModel
from app.ui.tables import read_only_table
from app.ui.widgets import ChoiceCombo, DateEdit, FieldErrors


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:200]


class NotesPanel(QWidget):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.client_id = store.cases.get(case_id).client_id
        self.editing: Note | None = None
        self._marking = False
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
        self.save_label = status_label()
        self.autosave = Autosave(self._save_draft, self.save_label, self, self.errors, store=store)
        for changed in (self.text.textChanged, self.date.dateChanged, self.kind.currentIndexChanged):
            changed.connect(lambda *_: self.autosave.edited("note"))

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
        # the save status above the buttons: the editor's height is the splitter's, so a longer
        # status takes its line from the text field and the buttons at the bottom stay put
        editor_layout.addWidget(self.save_label)
        editor_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()
        changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.touches_case(self.case_id) and not change.made_by(self):
            self.reload()

    def reload(self) -> None:
        """The list from the store; the note in the editor stays as it is, marked in the list."""
        self.model.set_records(self.store.notes.for_case(self.case_id))
        self._mark_editing()

    def _mark_editing(self) -> None:
        self._marking = True  # marking the row is not choosing another note
        try:
            self.table.clearSelection()
            for row, note in enumerate(self.model.records):
                if self.editing is not None and note.id == self.editing.id:
                    self.table.selectRow(row)
        finally:
            self._marking = False

    def new_note(self) -> None:
        """Save the note being written (it then stands in the list) and start an empty one."""
        if not self.flush():
            return  # the text stays; the status says why it was not saved
        self.editing = None
        self.table.clearSelection()
        with self.autosave.loading():
            self.date.set_iso(self.store.today())
            self.kind.set_key("samtal")
            self.text.clear()
        self._set_editable(True)
        self.errors.clear()
        self.save_label.clear()
        self.text.setFocus()

    def _load_selected(self, current, _previous) -> None:
        if self._marking or not current.isValid():
            return
        chosen: Note = self.model.record(current.row())
        if self.editing is not None and chosen.id == self.editing.id:
            return
        if not self.flush():  # keep the unsaved text rather than replace it
            self._mark_editing()
            return
        note = self.editing = self.store.notes.get(chosen.id)
        with self.autosave.loading():
            self.date.set_iso(note.note_date)
            self.kind.set_key(note.kind)
            self.text.setPlainText(note.text)
        self._set_editable(note.actions.edit.ok)
        self.errors.clear()
        self.save_label.clear()
        self._mark_editing()

    def _set_editable(self, editable: bool) -> None:
        self.text.setReadOnly(not editable)
        self.date.setEnabled(editable)
        self.kind.setEnabled(editable)
        self.save_button.setEnabled(editable)

    # -- saving -----------------------------------------------------------------------------
    def _save_draft(self, _key: str) -> None:
        text = self.text.toPlainText()
        if self.editing is None:
            if not text.strip():
                return  # an empty editor is no note
            self.editing = self.store.notes.add(self.case_id, self.date.iso(), self.kind.key(), text)
        else:
            self.editing = self.store.notes.update(self.editing.id, self.date.iso(), self.kind.key(), text)
        self.reload()
        announce(self.store, Change.case(self.case_id, self.client_id), source=self)

    def flush(self) -> bool:
        """Save the note being written now. False if the store refused (the text stays)."""
        return self.autosave.flush()

    def has_unsaved(self) -> bool:
        return self.autosave.has_unsaved()

    def save(self) -> None:
        """Save now and start a new note; with nothing written, the domain says what is missing."""
        if self.editing is None and not self.text.toPlainText().strip():
            run_validated(self, self.errors, lambda: self.store.notes.add(
                self.case_id, self.date.iso(), self.kind.key(), self.text.toPlainText()))
            return
        self.new_note()
