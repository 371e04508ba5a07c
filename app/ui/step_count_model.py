"""Active cases per responsible user (rows) and process step (columns), with totals: the Att göra
matrix. A cell's case list comes from Todos.cases_in_step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from app.models.todo import UserStepCount

TOTAL = QT_TRANSLATE_NOOP("StepCountModel", "Totalt")  # shown through tr


class StepCountModel(QAbstractTableModel):
    def __init__(self, steps: list[tuple[str, str]], parent=None):
        """``steps``: (key, title in the screens' language) in process order."""
        super().__init__(parent)
        self.steps = steps
        self.users: list[tuple[int | None, str]] = []
        self.counts: dict[tuple[int | None, str], int] = {}

    def set_counts(self, rows: list[UserStepCount]) -> None:
        self.beginResetModel()
        self.users = list(dict.fromkeys((r.user_id, r.user) for r in rows))
        self.counts = {(r.user_id, r.step): r.count for r in rows}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.users) + (1 if self.users else 0)  # + the total row

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.steps) + 1

    def cell(self, row: int, column: int) -> tuple[int | None, str | None, bool]:
        """(user id, step key or None for the total column, whether the row is the unit total)."""
        step = self.steps[column][0] if column < len(self.steps) else None
        if row == len(self.users):
            return None, step, True
        return self.users[row][0], step, False

    def count(self, row: int, column: int) -> int:
        user_id, step, total_row = self.cell(row, column)
        users = [u for u, _ in self.users] if total_row else [user_id]
        steps = [step] if step else [key for key, _ in self.steps]
        return sum(self.counts.get((u, s), 0) for u in users for s in steps)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.count(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (index.row() == len(self.users) or index.column() == len(self.steps)):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.steps[section][1] if section < len(self.steps) else self.tr(TOTAL)
        return self.users[section][1] if section < len(self.users) else self.tr(TOTAL)
