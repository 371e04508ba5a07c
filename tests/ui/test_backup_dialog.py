"""Säkerhetskopior… (app/ui/backup_dialog.py): the list, "Säkerhetskopiera nu", a restore after a
checked preview and a confirmation, the same without an open database, and the start-up backup."""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.models import backup
from app.models.store import Store
from app.ui.backup_dialog import BackupDialog, restore_from_backup_list, start_daily_backup
from tests import builders
from tests.support import FIXED_NOW
from tests.ui.helpers import main_window, with_modal


def click_through(answers: list[str], seen: list[str]) -> None:
    """Answer the message boxes that open one after another: press the button named ``answers[i]``
    on the i-th, noting each box's text in ``seen``."""
    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        seen.append(box.text())
        wanted = answers.pop(0)
        # "OK" or Qt's Swedish "Ok", once a test has installed the translations (create_application)
        [button] = [b for b in box.findChildren(QPushButton)
                    if b.text().replace("&", "").casefold() == wanted.casefold()]
        button.click()
        if answers:
            QTimer.singleShot(20, act)
    QTimer.singleShot(0, act)


def test_the_list_shows_the_backups_and_backup_now_adds_one(qtbot, store):
    backup.make_backup(store, backup.BackupKind.DAILY)
    dialog = BackupDialog(store, store.path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "daglig"
    assert dialog.folder_label.text().endswith(str(backup.folder_for(store.path)))
    made = dialog.backup_now()
    assert made is not None and dialog.model.rowCount() == 2
    assert "Säkerhetskopia gjord" in dialog.status.text()
    assert dialog.model.index(0, 4).data() == made.checksum[:12]
    assert dialog.model.index(0, 5).data() == "ja"


def test_restore_shows_the_preview_asks_and_can_be_declined(qtbot, store):
    builders.add_client(store, first_name="Före", last_name="Kopian")
    backup.make_backup(store)
    builders.add_client(store, first_name="Efter", last_name="Kopian")
    released = []
    dialog = BackupDialog(store, store.path, release=lambda: released.append(1) or True)
    qtbot.addWidget(dialog)
    seen: list[str] = []
    click_through(["Nej"], seen)
    assert dialog.restore_selected() is False
    assert "Innehåll: 1 klient, 0 ärenden, 0 anteckningar, 1 användare" in seen[0]  # counted: "1 klient"
    assert "Gjord: 2026-11-20 10:00" in seen[0]
    assert "den nuvarande filen sparas undan" in seen[0]
    assert released == [] and store.query_value("SELECT count(*) FROM clients") == 2


def test_restore_from_the_main_window_closes_it_and_the_restored_file_opens(qtbot, store, db_path):
    builders.add_client(store, first_name="Före", last_name="Kopian")
    backup.make_backup(store)
    builders.add_client(store, first_name="Efter", last_name="Kopian")
    window = main_window(qtbot, store)
    assert window.backup_action.text() == "Säkerhets&kopior…"
    seen: list[str] = []

    def fill(dialog) -> None:
        dialog.table.selectRow(0)
        click_through(["Ja", "OK"], seen)
        assert dialog.restore_selected() is True

    with_modal(fill, window.backup_action.trigger, expected=BackupDialog)
    assert "ATAMA öppnar nu den återställda databasen" in seen[1]
    assert not window.isVisible() and window.reopen_requested  # app/ui/app.py opens the restored file
    restored = Store.open(db_path, clock=lambda: FIXED_NOW)
    try:
        assert [r["first_name"] for r in restored.query("SELECT first_name FROM clients")] == ["Före"]
        assert restored.query_value("SELECT action FROM access_log ORDER BY id DESC LIMIT 1") == "restore"
    finally:
        restored.close()


def test_without_an_open_database_a_backup_can_be_restored(qtbot, store, db_path):
    builders.add_client(store, first_name="Före", last_name="Kopian")
    backup.make_backup(store)
    store.close()
    with open(db_path, "r+b") as handle:  # the file is no database any more
        handle.write(os.urandom(4096))
    seen: list[str] = []

    def fill(dialog) -> None:
        assert not dialog.backup_button.isVisibleTo(dialog)  # nothing to back up
        click_through(["Ja", "OK"], seen)
        dialog.restore_selected()

    assert with_modal(fill, lambda: restore_from_backup_list(None, db_path)) is True
    assert "Öppna databasen igen" in seen[1]
    reopened = Store.open(db_path)
    try:
        assert reopened.query_value("SELECT first_name FROM clients") == "Före"
    finally:
        reopened.close()


def test_an_encrypted_backup_of_a_file_that_will_not_open_is_unlocked_with_the_password(qtbot, tmp_path):
    from app.models import encryption
    from app.ui.encryption_dialogs import UnlockDialog
    from tests.ui.helpers import type_text

    path = tmp_path / "krypterad.sqlite"
    encrypted, _code = encryption.create_database(path, lambda: FIXED_NOW)
    anna = encrypted.users.create("Anna Andersson", "arbetsterapeut", "annas lösenord")
    encrypted.users.sign_in(anna.id, "annas lösenord")
    builders.add_client(encrypted, first_name="Före")
    backup.make_backup(encrypted)
    encrypted.close()
    path.write_bytes(os.urandom(8192))  # the live file ruined
    seen: list[str] = []
    dialog = BackupDialog(None, path)
    qtbot.addWidget(dialog)

    def unlock(unlock_dialog: UnlockDialog) -> None:
        assert unlock_dialog.key_only
        type_text(unlock_dialog.password, "fel lösenord")
        unlock_dialog.open_button.click()
        assert unlock_dialog.isVisible()  # said at the field
        type_text(unlock_dialog.password, "annas lösenord")
        click_through(["Ja", "OK"], seen)  # the preview's question, then "restored"
        unlock_dialog.open_button.click()

    assert with_modal(unlock, dialog.restore_selected, UnlockDialog) is True
    with encryption.open_database(path, anna.id, "annas lösenord") as reopened:
        assert reopened.query_value("SELECT first_name FROM clients") == "Före"


def test_the_start_up_backup_is_silent_and_says_when_it_was_made(qtbot, store):
    window = main_window(qtbot, store)
    start_daily_backup(window)
    qtbot.waitUntil(lambda: hasattr(window, "backup_result"), timeout=10_000)
    assert window.backup_result.made is not None
    assert window.statusBar().currentMessage() == "Säkerhetskopia gjord 10:00"
    assert len(backup.list_backups(store.path)) == 1


def test_an_unreachable_folder_at_start_up_is_said_once(qtbot, store, tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    backup.set_folder(store.path, blocker / "mapp")
    window = main_window(qtbot, store)
    seen: list[str] = []
    click_through(["OK"], seen)
    start_daily_backup(window)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "går inte att nå" in seen[0]
    del window.backup_result
    start_daily_backup(window)  # the next start the same day: the status bar only
    qtbot.waitUntil(lambda: hasattr(window, "backup_result"), timeout=10_000)
    assert window.statusBar().currentMessage() == "Ingen säkerhetskopia: mappen går inte att nå"
    assert len(seen) == 1
