"""The PySide6 quirks ATAMA works around, each with its cost and the test that guards it. The rest
of app/ui reads as plain Qt and takes what it needs from here.

1. **The ``Qt`` namespace builds all its enums on first use**, about 25 ms (a quarter of a bare
   window's start). The main window and its client list paint without it, so item data roles are
   numbers here (``DISPLAY``, ``TOOL_TIP``, ``USER``), not ``Qt.ItemDataRole``.
   Guard: tests/ui/test_startup_path.py (no namespace before the first paint; the numbers are Qt's).
2. **``headerData`` gets its orientation as a ``Qt`` enum**, so the first call builds the namespace.
   :func:`set_model_with_titles` shows a table's column titles from a Qt-side model, and the Python
   model's ``headerData`` (still there for screen readers) is not called to paint.
   Guard: tests/ui/test_startup_path.py.
3. **``QAction.setShortcut`` and ``QKeySequence.StandardKey``**: the overloads of setShortcut take
   ``Qt.Key`` too, and checking for one builds the namespace; the first use of StandardKey builds its
   seventy members. :func:`set_shortcuts` sets shortcuts from text ("Ctrl" is Cmd on a Mac).
   Guard: tests/ui/test_startup_path.py.
4. **PySide6 reads the source of every module imported after it** (for its ``__feature__`` imports):
   once per module an ``import`` statement names, it asks whether the module's source contains
   "PySide6", through ``inspect.getsource``, which decodes the file into lines that ``linecache`` then
   keeps for the whole session. About a third of a millisecond each, some 40 on the way to the first
   paint, and again for every screen's modules when it is first opened. Two answers:
   app/ui/__init__.py imports the model modules the main window needs before any Qt module, and
   :func:`read_sources_as_bytes` (installed by app/ui/app.py, the first Qt module on the way to the
   window) gives PySide6 the same answer from the file's bytes: about 5 ms less to the first paint
   (bench: start_to_first_paint_10k). Guard: tests/ui/test_startup_path.py (no app.models module after
   Qt) and tests/ui/test_qt_binding.py (installed, and the same answer as PySide6's own).
   Precisely: it reads each module an ``import`` statement names after PySide6 is loaded, once, even
   one loaded before; importing the models first spares the modules *they* import.
5. **QMessageBox builds its class and enums when first imported.** Screens on the start-up path
   (main_window.py, app.py) import it inside the function that shows a box. No test: a cost, not an
   error; the bench figure start_to_first_paint_10k shows it.
6. **No application-wide event filter**: one (the wheel rule below, installed on the QApplication)
   was reported to crash PySide6 6.11.3. The rule "the wheel changes a date, number or choice only
   when it has focus" is a mixin on each widget class instead: app/ui/widgets.py ``WheelNeedsFocus``.
   Guard: tests/ui/test_wheel.py.
7. **PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()``** and the app aborts
   after a while. pyproject.toml caps PySide6 below 6.12; lift the cap when a release passes
   tests/ui/test_qt_binding.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QTableView

# 1. Qt.ItemDataRole's values
DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
TOOL_TIP = 3  # Qt.ItemDataRole.ToolTipRole
USER = 0x0100  # Qt.ItemDataRole.UserRole


def set_model_with_titles(table: QTableView, model, column_titles: Sequence[str]) -> None:
    """2. ``table.setModel(model)``, its header showing ``column_titles`` without asking ``model``."""
    header = table.horizontalHeader()
    header.setVisible(False)  # a hidden header asks the model for no header data
    table.setModel(model)
    titles = QStandardItemModel(0, len(column_titles), header)
    titles.setHorizontalHeaderLabels(list(column_titles))
    header.setModel(titles)
    header.setVisible(True)


def set_shortcuts(action: QAction, keys: str | Sequence[str]) -> None:
    """3. ``action``'s shortcuts from text: "Ctrl+W" or ("Ctrl+W", "Ctrl+F4")."""
    action.setShortcuts([QKeySequence(k) for k in ((keys,) if isinstance(keys, str) else keys)])


def read_sources_as_bytes() -> None:
    """4. PySide6's check of each newly imported module, "does its source name PySide6?", answered
    from the bytes of its .py file instead of ``inspect.getsource``'s decoded lines. Anything else (a
    built-in module, a bundle's compiled one, a file that cannot be read) gets PySide6's own check.
    Does nothing where this PySide6 has no such check, or when it is already installed."""
    feature = sys.modules.get("shibokensupport.feature")
    pysides_own: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or pysides_own is None or hasattr(pysides_own, "pysides_own"):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not (isinstance(path, str) and path.endswith(".py")):
            return pysides_own(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return pysides_own(module)

    uses_pyside.pysides_own = pysides_own  # type: ignore[attr-defined]  # kept for the test of the same answer
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
