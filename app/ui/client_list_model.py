"""Table model for the client list. The search runs in the store; the rows' columns are fetched
in pages as the view shows them, so a keystroke costs the search plus one page, not every match."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex

from app.models.clients import ClientListRow
from app.models.store import Store
from app.ui.client_texts import id_text
from app.ui.current_step_text import current_step_text
from app.ui.qt_binding import DISPLAY, TOOL_TIP, USER

NO_CASE = QT_TRANSLATE_NOOP("ClientListModel", "Inget ärende")
RESULT_LIMIT = 500
# About one screenful (28 rows on a 1080p screen, 18 on a 768p laptop): the first paint and each
# keystroke fetch one page, under 0.1 ms a row on the encrypted 10 000-client database.
PAGE_SIZE = 30

COLUMNS = (  # (attribute of ClientListRow, column title)
    ("name", QT_TRANSLATE_NOOP("ClientListModel", "Namn")),
    ("id_display", QT_TRANSLATE_NOOP("ClientListModel", "Personnummer")),
    ("case_number", QT_TRANSLATE_NOOP("ClientListModel", "Ärende")),
    ("current_step", QT_TRANSLATE_NOOP("ClientListModel", "Steg")),
    ("responsible", QT_TRANSLATE_NOOP("ClientListModel", "Ansvarig")),
)


COLUMN_TITLES = tuple(title for _, title in COLUMNS)  # the Swedish source texts


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientListModel", text)  # the texts are marked above


def column_titles() -> tuple[str, ...]:
    """The column titles in the screens' language."""
    return tuple(_tr(title) for title in COLUMN_TITLES)


class ClientListModel(QAbstractTableModel):
    """No ``Qt`` here: this list is on the start-up path (see app/ui/qt_binding.py)."""

    ClientIdRole = USER + 1
    CaseIdRole = USER + 2

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.ids: list[int] = []
        self._rows: dict[int, ClientListRow] = {}  # row number -> row, filled a page at a time
        self.query = ""
        self.truncated = False

    def set_query(self, query: str) -> None:
        """Search as you type: replace the rows with the matches for ``query``."""
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        ids = self.store.clients.search_ids(self.query, RESULT_LIMIT + 1)
        self.beginResetModel()
        self.truncated = len(ids) > RESULT_LIMIT
        self.ids = ids[:RESULT_LIMIT]
        self._rows = {}
        self.endResetModel()

    def row(self, number: int) -> ClientListRow:
        if number not in self._rows:
            start = number - number % PAGE_SIZE
            page = self.ids[start:start + PAGE_SIZE]
            by_id = {r.client_id: r for r in self.store.clients.list_rows(page)}
            for offset, client_id in enumerate(page):
                if client_id in by_id:
                    self._rows[start + offset] = by_id[client_id]
        return self._rows.get(number) or ClientListRow(self.ids[number], "", "")

    @property
    def rows(self) -> list[ClientListRow]:
        """Every row (fetches all pages); for tests and callers that need them all."""
        return [self.row(n) for n in range(len(self.ids))]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=DISPLAY):
        # The view asks seven roles of every cell it paints (the first paint: some 900 calls), five
        # of them for nothing here: those are answered first.
        if role not in _ROLES or not index.isValid():
            return None
        if role == self.ClientIdRole:
            return self.ids[index.row()]
        row = self.row(index.row())
        if role == self.CaseIdRole:
            return row.case_id
        key = COLUMNS[index.column()][0]
        value = getattr(row, key)
        if key == "current_step":
            if row.case_id is None:
                return _tr(NO_CASE)  # the step says the rest: "Avslutat" for a closed case
            return current_step_text(value)
        if key == "id_display":
            return id_text(value)
        return value

    def headerData(self, section, orientation, role=DISPLAY):
        """For screen readers and other callers; the list's own header shows column_titles() without
        calling this (see tables.read_only_table)."""
        # Built by now, since PySide6 converted ``orientation`` to it; the import is free here.
        from PySide6.QtCore import Qt

        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section][1])
        return None

    def row_of_client(self, client_id: int) -> int | None:
        try:
            return self.ids.index(client_id)
        except ValueError:
            return None


_ROLES = frozenset({DISPLAY, TOOL_TIP, ClientListModel.ClientIdRole, ClientListModel.CaseIdRole})  # what data() answers
