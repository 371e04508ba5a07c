"""Mina osignerade poster: the signed-in user's entries waiting for a signature, oldest first. Each
is read in full beside the list; "Signera markerade" signs the ticked ones together, all or none
(R2: entries are signed as soon as possible)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
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
from app.models.journal import UnsignedEntry
from app.models.store import Store
from app.ui.changes import Change, announce
from app.ui.empty_state import empty_state
from app.ui.messages import show_error
from app.ui.record_model import RecordTableModel
from app.ui.tables import read_only_table
from app.ui.window_state import remember_splitter


class CheckedEntries(RecordTableModel):
    """The entries with a check box in the first column: the ones to sign."""

    def __init__(self, parent=None):
        super().__init__([
            (self.tr("Signera"), lambda e: ""),
            (self.tr("Skriven"), lambda e: e.written_at[:16]),
            (self.tr("Datum"), lambda e: e.date),
            (self.tr("Ärende"), lambda e: e.case_number),
            (self.tr("Klient"), lambda e: e.client_name),
            (self.tr("Post"), lambda e: e.title),
        ], parent)
        self.checked: set[tuple[str, int]] = set()

    def set_records(self, records) -> None:
        keys = {(e.kind, e.id) for e in records}
        self.checked &= keys  # ticks stay on what is still unsigned
        super().set_records(records)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            entry = self.records[index.row()]
            return Qt.CheckState.Checked if (entry.kind, entry.id) in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt's name
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        entry = self.records[index.row()]
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        (self.checked.add if on else self.checked.discard)((entry.kind, entry.id))
        self.dataChanged.emit(index, index, [role])
        return True

    def set_all(self, on: bool) -> None:
        self.checked = {(e.kind, e.id) for e in self.records} if on else set()
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, 0))

    def chosen(self) -> list[UnsignedEntry]:
        return [e for e in self.records if (e.kind, e.id) in self.checked]


class UnsignedDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Mina osignerade poster"))
        self.resize(1000, 620)
        self.model = CheckedEntries(self)
        self.table = read_only_table(self.model, self.tr("Osignerade poster"))
        empty_state(self.table, self.tr("Inga osignerade poster: allt du har skrivit är signerat."))
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        width = self.table.fontMetrics().horizontalAdvance
        for column, sample in ((0, self.tr("Signera")), (1, "2026-12-31 10:00"), (2, "2026-12-31"), (3, "2026-0000"),
                               (4, "Förnamn Efternamn")):
            self.table.setColumnWidth(column, width(sample) + 24)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Den markerade postens text"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.all_button = QPushButton(self.tr("Markera &alla"))
        self.none_button = QPushButton(self.tr("Avmarkera a&lla"))
        self.sign_button = QPushButton(self.tr("&Signera markerade"))
        close = QPushButton(self.tr("S&täng"))
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.sign_button.clicked.connect(self.sign_checked)
        close.clicked.connect(self.accept)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        remember_splitter(splitter, "unsigned")  # where the user last left it
        buttons = QHBoxLayout()
        for button in (self.all_button, self.none_button):
            buttons.addWidget(button)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Läs varje post innan du signerar den. En signerad post kan inte ändras; fel rättas med en rättelse.")))
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(self.store.journal.unsigned_for(self.store.user_id))
        if self.model.records:
            self.table.selectRow(0)
        else:
            self.preview.setPlainText(self.tr("Du har inga osignerade poster."))
        self._update_buttons()

    def _show_selected(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        entry: UnsignedEntry = self.model.record(current.row())
        text = self.store.notes.get(entry.id).text if entry.kind == "note" else entry.title
        self.preview.setPlainText(f"{entry.title}\n{entry.case_number} · {entry.client_name} · {entry.date}\n\n{text}")

    def _update_buttons(self) -> None:
        chosen = len(self.model.chosen())
        self.sign_button.setEnabled(bool(chosen))
        self.sign_button.setToolTip("" if chosen else self.tr("Markera de poster du har läst och vill signera."))
        self.summary.setText(self.tr("%1 av %2 markerade").replace("%1", str(chosen))
                             .replace("%2", str(len(self.model.records))))

    def sign_checked(self) -> int:
        chosen = self.model.chosen()
        if not chosen:
            return 0
        try:
            signed = self.store.journal.sign(chosen)
        except AtamaError as exc:
            show_error(self, exc)
            self.reload()
            return 0
        cases = frozenset(e.case_id for e in chosen)
        announce(self.store, Change(cases=cases, clients=frozenset(e.client_id for e in chosen)), source=self)
        self.reload()
        self.summary.setText(self.tr("%n poster signerade.", "", signed))
        return signed
