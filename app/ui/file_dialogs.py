"""File dialogs that never open the files they list.

Qt's file dialog finds each file's type and icon by reading its first bytes (QMimeDatabase), which
opens and closes the file. On Linux and macOS closing any descriptor of a file drops every POSIX lock
the process holds on it, so browsing the folder of the open database (its ``-shm`` has no known
name pattern) silently took SQLite's locks away: another process could then checkpoint and delete
the WAL under us and writes were lost (a user walk found it; ``tests/ui/test_file_dialogs.py``).
These dialogs name types and icons from the file name alone. Windows has no such locks, and keeps
its own dialog.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QWidget


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the name: a file is never opened to find out what it is."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()

    def icon(self, what) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kinds = QAbstractFileIconProvider.IconType
            return super().icon(kinds.Folder if what.isDir() else kinds.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        if info.isDir():
            return QCoreApplication.translate("NameOnlyIconProvider", "Mapp")
        types = self._mime.mimeTypesForFileName(info.fileName())  # by name only
        return types[0].comment() if types else QCoreApplication.translate("NameOnlyIconProvider", "Fil")


def _dialog(parent: QWidget | None, title: str, where: str, name_filter: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, where, name_filter)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # a native one reads files too
        provider = NameOnlyIconProvider()
        dialog.setIconProvider(provider)
        dialog._atama_icons = provider  # type: ignore[attr-defined]  # kept alive with the dialog
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    if not dialog.exec():
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""


def save_file_name(parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str:
    """The path the user chose to save to, or "" when they cancelled."""
    dialog = _dialog(parent, title, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _chosen(dialog)


def open_file_name(parent: QWidget | None, title: str, folder: str, name_filter: str = "") -> str:
    """The existing file the user chose, or ""."""
    dialog = _dialog(parent, title, folder, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def existing_directory(parent: QWidget | None, title: str, folder: str) -> str:
    """The folder the user chose, or ""."""
    dialog = _dialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)
