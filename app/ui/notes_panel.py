"""Journal notes of a case: the list (newest first, with kind, status and author), an editor for a
new or draft note, and what may be done with the chosen note: Signera, Rätta…, Makulera…,
Avvikande mening… (each enabled by the note's read model, its reason as tooltip).

A note being written is a draft of the journal and saves as you type (app/ui/autosave.py): the
first save adds it, later ones update it. A note stays a draft until its author signs it; a signed
or struck note is shown read-only with the reason beside it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import AtamaError
from app.models.notes import COORDINATOR, CORRECTED, DRAFT, JOURNAL, OBJECTION, SIGNED, STRUCK, Note
from app.models.store import Store
from app.models.texts import fill
from app.models.vocab import NOTE_KINDS, USER_TITLES
from app.ui import style
from app.ui.autosave import Autosave, status_label
from app.ui.changes import Change, announce, changes_of
from app.ui.empty_state import empty_state
from app.ui.i18n import data_text
from app.ui.messages import run_validated, show_error
from app.ui.note_dialog import CORRECT, OBJECT, STRIKE, NoteActionDialog
from app.ui.qt_binding import set_shortcuts
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import FlowLayout
from app.ui.style import Tone
from app.ui.tables import read_only_table
from app.ui.widgets import ChoiceCombo, DateEdit, FieldErrors
from app.ui.window_state import remember_splitter


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:200]


translate = QCoreApplication.translate  # pyside6-lupdate finds translate("Context", "…") calls


def _summary(note: Note) -> str:
    if note.is_correction:
        return fill(translate("NotesPanel", "Rättelse: %1"), _first_line(note.text))
    return _first_line(note.text)


def _kind(note: Note) -> str:
    """"Journal · Samtal", "Koordinator · Telefon", "Journal · Avvikande mening"."""
    short = translate("NotesPanel", "Journal") if note.record_kind == "journal" else translate("NotesPanel",
                                                                                              "Koordinator")
    return f"{short} · {_kind_label(note)}"


def _kind_label(note: Note) -> str:
    return translate("NotesPanel", "Avvikande mening") if note.kind == OBJECTION else data_text(note.kind_label)


# the screen's words for the model's keys (the model's Swedish labels go into the journal's documents)
_STATUS = {DRAFT: QT_TRANSLATE_NOOP("NotesPanel", "Utkast"), SIGNED: QT_TRANSLATE_NOOP("NotesPanel", "Signerad"),
           STRUCK: QT_TRANSLATE_NOOP("NotesPanel", "Makulerad"), CORRECTED: QT_TRANSLATE_NOOP("NotesPanel", "Rättad")}
_RECORD_KINDS = {JOURNAL: QT_TRANSLATE_NOOP("NotesPanel", "Journalanteckning"),
                 COORDINATOR: QT_TRANSLATE_NOOP("NotesPanel", "Koordinatorsanteckning")}


def _status(note: Note) -> str:
    return translate("NotesPanel", _STATUS[note.status]) if note.status in _STATUS else note.status_label


def person_text(name: str | None, title: str | None) -> str:
    """"Anna Andersson, arbetsterapeut" in the screen's words (the model's go into the journal copy)."""
    if not name:
        return translate("NotesPanel", "Okänd")
    return f"{name}, {data_text(USER_TITLES.label(title)).lower()}" if title else name


def status_line(note: Note, notes: dict[int, Note]) -> str:
    """Who signed, struck or corrected the note, when, and what it points to."""
    def ref(note_id: int | None) -> str:
        other = notes.get(note_id or 0)
        if other is None:
            return translate("NotesPanel", "en anteckning")
        return fill(translate("NotesPanel", "anteckningen %1 (%2)"), other.note_date, _first_line(other.text)[:40])

    unknown = translate("NotesPanel", "okänd")
    kind = (translate("NotesPanel", _RECORD_KINDS[note.record_kind]) if note.record_kind in _RECORD_KINDS
            else note.record_kind_label)
    parts = [fill(translate("NotesPanel", "%1, skriven %2 av %3."), kind, note.created_at[:16],
                  person_text(note.author, note.author_title))]
    if note.is_struck:
        parts.append(fill(translate("NotesPanel", "Makulerad %1 av %2: %3"), (note.struck_at or "")[:16],
                          note.striker or unknown, note.strike_reason))
    elif note.is_signed:
        parts.append(fill(translate("NotesPanel", "Signerad %1 av %2."), (note.signed_at or "")[:16],
                          person_text(note.signer, note.signer_title)))
    else:
        parts.append(translate("NotesPanel", "Utkast, inte signerad."))
    if note.is_corrected:
        parts.append(fill(translate("NotesPanel", "Rättad genom %1."), ref(note.corrected_by_id)))
    if note.is_correction:
        parts.append(fill(translate("NotesPanel", "Rättelse av %1. Skäl: %2"), ref(note.corrects_id),
                          note.correction_reason))
    if note.is_objection:
        parts.append(fill(translate("NotesPanel", "Klientens avvikande mening om %1."), ref(note.objection_to_id)))
    return " ".join(parts)


class NotesPanel(QWidget):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.client_id = store.cases.get(case_id).client_id
        self.editing: Note | None = None
        self._marking = False
        self.model = RecordTableModel([
            (self.tr("Datum"), lambda n: n.note_date),
            (self.tr("Typ"), _kind),
            (self.tr("Status"), _status),
            (self.tr("Anteckning"), _summary),
            (self.tr("Skriven av"), lambda n: n.author or ""),
        ], self)
        self.table = read_only_table(self.model, self.tr("Journalanteckningar"))
        empty_state(self.table, self.tr("Inga anteckningar ännu. Skriv den första i fälten nedan och spara den."))
        # Fixed widths: sizing columns to their contents reads every row, which is slow on long journals.
        header = self.table.horizontalHeader()
        width = self.table.fontMetrics().horizontalAdvance
        for column, sample in ((0, "2026-12-31"), (1, self.tr("Koordinator · Avvikande mening")),
                               (2, self.tr("Makulerad")), (4, "Förnamn Efternamn")):
            self.table.setColumnWidth(column, width(sample) + 16)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._load_selected)
        self.table.activated.connect(lambda index: self._load_selected(index, None))  # Enter on a row

        self.errors = FieldErrors()
        self.date = DateEdit(self.tr("Datum för anteckningen"))
        self.kind = ChoiceCombo(NOTE_KINDS, self.tr("Typ av anteckning"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Anteckningstext"))
        self.text.setTabChangesFocus(True)
        self.new_button = QPushButton(self.tr("&Ny anteckning"))
        self.save_button = QPushButton(self.tr("&Spara anteckning"))
        self.new_button.clicked.connect(self.new_note)
        self.save_button.clicked.connect(self.save)
        self.save_label = status_label()
        # What may be done with the note in the editor; the read model enables each and gives the reason.
        self.sign_button = QPushButton(self.tr("Si&gnera"))
        self.correct_button = QPushButton(self.tr("Rät&ta…"))
        self.strike_button = QPushButton(self.tr("&Makulera…"))
        self.object_button = QPushButton(self.tr("Avvikande men&ing…"))
        self.sign_button.clicked.connect(self.sign)
        # Ctrl+Shift+S while working in the notes (the panel's own context: no clash with other panels)
        self.sign_action = QAction(self.tr("Signera anteckningen"), self)
        set_shortcuts(self.sign_action, "Ctrl+Shift+S")
        self.sign_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sign_action.triggered.connect(lambda: self.sign() if self.sign_button.isEnabled() else None)
        self.addAction(self.sign_action)
        self.sign_button.setText(self.tr("Si&gnera (Ctrl+Shift+S)"))
        self.correct_button.clicked.connect(lambda: self._open_dialog(CORRECT))
        self.strike_button.clicked.connect(lambda: self._open_dialog(STRIKE))
        self.object_button.clicked.connect(lambda: self._open_dialog(OBJECT))
        self.status = QLabel()  # who wrote, signed, struck, corrected; why the editor is locked
        self.status.setObjectName("note_status")
        self.status.setWordWrap(True)
        # two lines kept for it, so the editor does not move when a first save turns "Ny anteckning"
        # into the longer "Utkast av … skriven …"
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing())
        self.locked = QLabel()
        self.locked.setObjectName("note_locked")
        self.locked.setWordWrap(True)
        style.set_tone(self.locked, Tone.WARNING)
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
        actions = FlowLayout()  # onto two lines in a narrow pane
        for button in (self.sign_button, self.correct_button, self.strike_button, self.object_button):
            actions.addWidget(button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(actions)
        editor_layout.addWidget(self.status)
        editor_layout.addWidget(self.locked)
        editor_layout.addLayout(form)
        # the save status above the buttons: the editor's height is the splitter's, so a longer
        # status takes its line from the text field and the buttons at the bottom stay put
        editor_layout.addWidget(self.save_label)
        editor_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        remember_splitter(splitter, "notes")  # where the user last left it
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()
        changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.touches_case(self.case_id) and not change.made_by(self):
            self.reload()

    def reload(self) -> None:
        """The list from the store; the note in the editor stays as it is, marked in the list (with
        its status and actions as they are now: another window may have signed it)."""
        self.model.set_records(self.store.notes.for_case(self.case_id))
        if self.editing is not None:
            fresh = next((n for n in self.model.records if n.id == self.editing.id), None)
            if fresh is not None:
                self.editing = fresh
                self._set_editable(fresh.actions.edit.ok)
        self._show_actions()
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
        # no row current either: else the only note in the list stayed current, and neither an arrow
        # key nor Space could choose it (a walk could not sign a lone note by keyboard)
        self.table.selectionModel().clearCurrentIndex()
        with self.autosave.loading():
            self.date.set_iso(self.store.today())
            self._set_kinds(None)
            self.kind.set_key("samtal")
            self.text.clear()
        self._set_editable(True)
        self._show_actions()
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
        self._load(self.store.notes.get(chosen.id))

    def _load(self, note: Note) -> None:
        self.editing = note
        with self.autosave.loading():
            self.date.set_iso(note.note_date)
            self._set_kinds(note)
            self.kind.set_key(note.kind)
            self.text.setPlainText(note.text)
        self._set_editable(note.actions.edit.ok)
        self.errors.clear()
        self.save_label.clear()
        self._show_actions()
        self._mark_editing()

    def _set_kinds(self, note: Note | None) -> None:
        """An objection keeps its own kind, which is not offered for a new note."""
        at = self.kind.findData(OBJECTION)
        if note is not None and note.is_objection and at < 0:
            self.kind.addItem(_kind_label(note), OBJECTION)
        elif (note is None or not note.is_objection) and at >= 0:
            self.kind.removeItem(at)

    def _set_editable(self, editable: bool) -> None:
        """A signed or struck note is read-only; the reason stands beside it and on the save button."""
        note = self.editing
        reason = "" if editable or note is None else note.actions.edit.reason
        self.text.setReadOnly(not editable)
        self.date.setEnabled(editable)
        self.kind.setEnabled(editable and not (note is not None and note.is_objection))
        self.save_button.setEnabled(editable)
        self.save_button.setToolTip(reason)
        self.text.setToolTip(reason)
        self.locked.setText(reason)
        self.locked.setVisible(bool(reason))

    def _show_actions(self) -> None:
        note = self.editing
        buttons = ((self.sign_button, "sign"), (self.correct_button, "correct"), (self.strike_button, "strike"),
                   (self.object_button, "object"))
        for button, name in buttons:
            allowed = getattr(note.actions, name) if note is not None else None
            button.setEnabled(bool(allowed))
            button.setToolTip(allowed.reason if allowed is not None else self.tr(
                "Skriv eller välj en anteckning i listan först."))
        if note is None:
            self.status.setText(self.store.notes.new_note_label(self.case_id))  # says so in a closed case
        else:
            self.status.setText(status_line(note, {n.id: n for n in self.model.records}))

    # -- signing, correcting, striking, objecting ---------------------------------------------
    def _changed(self, note: Note) -> None:
        self.reload()
        self._load(self.store.notes.get(note.id))
        announce(self.store, Change.case(self.case_id, self.client_id), source=self)

    def sign(self) -> None:
        """Save what is typed, then sign the note in the editor (its author only)."""
        if self.editing is None or not self.flush():
            return
        try:
            note = self.store.notes.sign(self.editing.id)
        except AtamaError as exc:
            show_error(self, exc)
            return
        self._changed(note)
        self.save_label.setText(self.tr("Signerad."))

    def _open_dialog(self, mode: str) -> NoteActionDialog | None:
        if self.editing is None or not self.flush():
            return None
        dialog = NoteActionDialog(self.store, mode, self.store.notes.get(self.editing.id), self)
        if dialog.exec() and dialog.result_note is not None:
            self._changed(dialog.result_note)
        return dialog

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
