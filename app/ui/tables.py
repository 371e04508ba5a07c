"""The app's read-only lists. A small module: the main window's client list is on the start-up
path, where every Qt class and ``Qt`` enum first used costs (see app/ui/roles.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def read_only_table(model, accessible_name: str, column_titles: Sequence[str] | None = None) -> QTableView:
    """A list as the app shows lists: whole rows selected one at a time, no in-place editing,
    no row numbers, no wrapping.

    With ``column_titles`` the header shows them from a Qt-side model and never calls the model's
    Python ``headerData`` (screen readers still read that): PySide6 hands ``headerData`` its
    orientation as a ``Qt`` enum, and the first such call builds the whole ``Qt`` namespace. The
    main window's client list paints without it (see app/ui/roles.py)."""
    table = QTableView()
    table.verticalHeader().setVisible(False)  # a hidden header asks the model for no header data
    header = table.horizontalHeader()
    if column_titles is not None:
        header.setVisible(False)
    table.setModel(model)
    if column_titles is not None:
        titles = QStandardItemModel(0, len(column_titles), header)
        titles.setHorizontalHeaderLabels(list(column_titles))
        header.setModel(titles)
        header.setVisible(True)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    return table
