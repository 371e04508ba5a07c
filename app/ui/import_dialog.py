"""Importera klienter: choose an .xlsx, see every row with what importing it would do or what is
wrong with it (naming the column), then import all valid rows in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.client_import import ImportPreview, import_rows, read_import
from app.models.errors import AtamaError
from app.models.store import Store
from app.ui import style
from app.ui.background import run_with_store_progress
from app.ui.file_dialogs import open_file_name
from app.ui.messages import show_error
from app.ui.record_model import RecordTableModel
from app.ui.style import Tone
from app.ui.tables import read_only_table


class _PreviewModel(RecordTableModel):
    """The preview rows; a row that will not be imported is shown in red (its message says why)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.record(index.row()).errors:
            return QColor(style.current().text[Tone.ERROR])
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():  # a long reason does not fit the column
            return super().data(index.siblingAtColumn(4), Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


def _identity(row) -> str:
    return row.client.personnummer or (str(row.client.birth_year) if row.client.birth_year else "")


class ImportDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.preview: ImportPreview | None = None
        self.result = None
        self.imported = False  # the import ran and the dialog shows the rows it refused
        self.setWindowTitle(self.tr("Importera klienter från Excel"))
        self.resize(980, 560)
        intro = QLabel(self.tr(
            "Välj en Excel-fil (.xlsx) med kolumnerna i importmallen (Arkiv → Importmall). Inget sparas "
            "förrän du väljer Importera; rader med fel hoppas över och klienter som redan finns skapas inte igen. "
            "En rad vars personnummer tillhör en klient med ett annat namn importeras inte."))
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("Ingen fil vald."))
        choose = QPushButton(self.tr("&Välj fil…"))
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(self.file_label, 1)
        self.model = _PreviewModel([
            (self.tr("Rad"), lambda r: r.row_number),
            (self.tr("Namn"), lambda r: f"{r.client.first_name} {r.client.last_name}".strip()),
            (self.tr("Personnummer/födelseår"), _identity),
            (self.tr("Remissdatum"), lambda r: r.case.referral_date if r.case else ""),
            (self.tr("Resultat"), lambda r: r.message if r.errors else r.action),
        ], self)
        self.table = read_only_table(self.model, self.tr("Förhandsgranskning av importen"))
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Importera"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.import_valid_rows)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        name = open_file_name(self, self.tr("Välj Excel-fil"), str(Path.home()), self.tr("Excel-arbetsbok (*.xlsx)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read and check the file, then show the preview. Nothing is written."""
        try:
            preview = run_with_store_progress(self, self.tr("Läser och kontrollerar %1…").replace("%1", path.name),
                                              self.store, lambda store, report: read_import(path, store, report))
        except AtamaError as exc:
            show_error(self, exc)
            return
        self.preview = preview
        self.file_label.setText(str(path))
        self.model.set_records(preview.rows)
        self.summary.setText(preview.summary)
        self._select_first_refused(preview.rows)
        count = len(preview.valid_rows)
        self.import_button.setText(self.tr("&Importera 1 rad") if count == 1 else
                                   self.tr("&Importera %1 rader").replace("%1", str(count)))
        self.import_button.setEnabled(count > 0)

    def import_valid_rows(self) -> None:
        if self.preview is None:
            return
        preview = self.preview
        try:
            self.result = run_with_store_progress(self, self.tr("Importerar…"), self.store,
                                                  lambda store, report: import_rows(store, preview, report))
        except AtamaError as exc:
            show_error(self, exc)  # one transaction: nothing was written
            return
        self.summary.setText(str(self.result))
        if not self.result.refused:
            self.accept()
            return
        # rows the database no longer took (changed since the preview): shown with why, the rest is in
        self.imported = True
        self.preview = None
        self.model.set_records(self.result.refused)
        self._select_first_refused(self.result.refused)
        self.import_button.setEnabled(False)
        self.import_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Stäng"))

    def reject(self) -> None:
        if self.imported:  # something was written: the window refreshes its lists
            self.accept()
        else:
            super().reject()

    def _select_first_refused(self, rows) -> None:
        """The first row that will not be imported, scrolled to (a long file may have it far down)."""
        for number, row in enumerate(rows):
            if row.errors:
                self.table.scrollTo(self.model.index(number, 0))
                return
