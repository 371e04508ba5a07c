"""The app's read-only lists. A small module: the main window's client list is on the start-up
path, where every Qt class and ``Qt`` enum first used costs (see app/ui/qt_binding.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.ui.qt_binding import set_model_with_titles


def read_only_table(model, accessible_name: str, column_titles: Sequence[str] | None = None) -> QTableView:
    """A list as the app shows lists: whole rows selected one at a time, no in-place editing,
    no row numbers, no wrapping, and Tab leaves it.

    With ``column_titles`` the header shows them without calling the model's Python ``headerData``,
    which would build the ``Qt`` namespace (the client list, before the first paint; see
    app/ui/qt_binding.py)."""
    table = QTableView()
    table.verticalHeader().setVisible(False)  # a hidden header asks the model for no header data
    if column_titles is None:
        table.setModel(model)
    else:
        set_model_with_titles(table, model, column_titles)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    # Tab moves on to the next field, as in a form; the arrow keys move within the list. A
    # QTableView's own Tab walked its cells and never let go (issue 15).
    table.setTabKeyNavigation(False)
    return table
