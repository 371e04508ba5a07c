"""The file dialogs never open the files they list (app/ui/file_dialogs.py): browsing the open
database's folder must leave SQLite's POSIX locks in place. Linux only: it reads /proc/locks."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QFileDialog

from app.ui import file_dialogs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/locks")


def _locks_held() -> int:
    pid = f" {os.getpid()} "
    with open("/proc/locks") as locks:
        return sum(1 for line in locks if pid in line)


def _show_for_a_moment(dialog: QFileDialog, qtbot) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    loop = QEventLoop()
    QTimer.singleShot(800, loop.quit)  # the folder's list fills on a thread, its icons as it paints
    loop.exec()
    dialog.close()


def _database_in_use(store) -> int:
    store.query_value("SELECT count(*) FROM users")  # WAL mode: SQLite holds its shared-memory locks
    held = _locks_held()
    assert held > 0
    return held


def test_our_dialog_browsing_the_database_folder_keeps_sqlites_locks(qtbot, store):
    held = _database_in_use(store)
    _show_for_a_moment(file_dialogs._dialog(None, "Spara som", os.path.dirname(store.path)), qtbot)
    assert _locks_held() == held


def test_qts_own_dialog_would_drop_them(qtbot, store):
    """Why the module exists: if this starts to pass as well, Qt stopped reading files to type them."""
    held = _database_in_use(store)
    plain = QFileDialog(None, "Spara som", os.path.dirname(store.path))
    plain.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    _show_for_a_moment(plain, qtbot)
    assert _locks_held() < held
