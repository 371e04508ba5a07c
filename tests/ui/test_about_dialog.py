"""Om ATAMA (Hjälp): which copy of the program and which database, as a supporter asks for them —
version, database file, schema version, encryption, backup folder, Qt and Python — for a plain and
an encrypted database; "Kopiera" puts the same lines on the clipboard."""

from __future__ import annotations

import platform

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

import app
from app.models import backup, encryption
from app.models.migrations import LATEST_VERSION
from app.ui.about_dialog import AboutDialog
from tests.ui.helpers import main_window, with_modal


def shown(dialog) -> dict[str, str]:
    """What the dialog says, by the name a screen reader gives each value."""
    return {label.accessibleName(): label.text() for label in dialog.findChildren(QLabel) if label.accessibleName()}


def test_help_about_names_the_version_the_plain_database_and_where_its_backups_go(qtbot, store):
    window = main_window(qtbot, store)
    seen: dict[str, str] = {}

    def read(dialog) -> None:
        seen.update(shown(dialog))
        dialog.accept()

    with_modal(read, window.about, AboutDialog)
    assert seen["Version"] == f"ATAMA {app.__version__}"
    assert seen["Databas"] == str(store.path)
    assert seen["Schemaversion"] == str(LATEST_VERSION)
    assert seen["Kryptering"] == "Inte krypterad"
    assert seen["Säkerhetskopior"] == str(backup.folder_for(store.path))
    assert seen["Qt"].startswith("Qt 6.") and "PySide6 6." in seen["Qt"]
    assert seen["Python"] == platform.python_version()
    assert "Skrivskydd" not in seen


def test_an_encrypted_database_says_so_with_its_key_file_and_the_chosen_backup_folder(qtbot, db_path, tmp_path):
    store, _code = encryption.create_database(db_path)
    office = tmp_path / "kontoret"
    office.mkdir()
    backup.set_folder(db_path, office)
    try:
        dialog = AboutDialog(store)
        qtbot.addWidget(dialog)
        seen = shown(dialog)
    finally:
        store.close()
    assert seen["Kryptering"] == f"Krypterad (SQLCipher); nycklarna finns i {db_path}.keys"
    assert seen["Säkerhetskopior"] == str(office)
    assert seen["Databas"] == str(db_path)


def test_kopiera_puts_every_line_on_the_clipboard(qtbot, store):
    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == f"Version: ATAMA {app.__version__}"
    assert f"Databas: {store.path}" in lines and "Kryptering: Inte krypterad" in lines
    assert len(lines) == len(shown(dialog))
    assert dialog.status.text() == "Kopierat."
