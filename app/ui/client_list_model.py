"""Table model for the client list; the query runs in the store, the model only shows rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.models.clients import ClientListRow
from app.models.store import Store
from app.models.vocab import CASE_STATUSES

RESULT_LIMIT = 500

COLUMNS = (
    ("name", "Namn"),
    ("id_display", "Personnummer"),
    ("case_number", "Ärende"),
    ("current_step", "Steg"),
    ("responsible", "Ansvarig"),
    ("case_status", "Status"),
)


class ClientListModel(QAbstractTableModel):
    ClientIdRole = Qt.ItemDataRole.UserRole + 1
    CaseIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.rows: list[ClientListRow] = []
        self.query = ""
        self.truncated = False

    def set_query(self, query: str) -> None:
        """Search as you type: replace the rows with the matches for ``query``."""
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        ids = self.store.clients.search_ids(self.query, RESULT_LIMIT + 1)
        self.truncated = len(ids) > RESULT_LIMIT
        rows = self.store.clients.list_rows(ids[:RESULT_LIMIT])
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = COLUMNS[index.column()][0]
            value = getattr(row, key)
            if key == "case_status":
                return CASE_STATUSES.label(value) if value else "Inget ärende"
            return value
        if role == self.ClientIdRole:
            return row.client_id
        if role == self.CaseIdRole:
            return row.case_id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]
        return None

    def row_of_client(self, client_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.client_id == client_id:
                return number
        return None
