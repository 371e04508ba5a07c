"""The encrypted database in the window (issue 12): opening it with one's password or the recovery
key, the recovery key shown once (and printable), and an administrator's conversion from the menu."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QMessageBox

from app.models import backup, encryption, keyfile
from app.models.keyring import Keyring
from app.models.sqlite_driver import has_sqlite_header
from app.models.store import Store
from app.models.users import WrongPassword
from app.ui.app import create_application, open_main_window
from app.ui.encryption_dialogs import ForgottenPasswordDialog, PasswordDialog, RecoveryKeyDialog, UnlockDialog
from app.ui.main_window import MainWindow
from app.ui.user_dialog import UserDialog
from tests.builders import add_user
from tests.support import TEST_PASSWORD
from tests.ui.helpers import type_text, with_modal, with_modals

PASSWORD = "annas lösenord"


@pytest.fixture
def encrypted_file(db_path):
    """An encrypted database with Anna (administrator) and Bo, and its recovery key."""
    store, code = encryption.create_database(db_path)
    anna = store.users.create("Anna Andersson", "arbetsterapeut", PASSWORD)
    store.users.sign_in(anna.id, PASSWORD)
    encryption.recovery_key_shown(store)
    add_user(store, "Bo Berg")
    store.close()
    return db_path, code


def _yes(box: QMessageBox) -> None:
    next(b for b in box.buttons() if b.text() == "Ja").click()


def test_a_wrong_password_is_said_at_the_field_and_the_right_one_signs_in_at_once(qtbot, encrypted_file):
    db_path, _code = encrypted_file
    create_application([])

    def unlock(dialog: UnlockDialog) -> None:
        names = [dialog.users.item(i).text() for i in range(dialog.users.count())]
        assert names == ["Anna Andersson", "Bo Berg"]
        dialog.users.setCurrentRow(0)
        type_text(dialog.password, "fel lösenord")
        dialog.open_button.click()
        assert dialog.isVisible() and "Fel lösenord för Anna Andersson" in dialog.errors.message("password")
        assert dialog.password.text() == ""
        type_text(dialog.password, PASSWORD)
        dialog.open_button.click()

    window = with_modal(unlock, lambda: open_main_window(db_path), UnlockDialog)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.store.encrypted
    assert window.store.users.current().name == "Anna Andersson"  # no second password question
    assert window.recovery_key_action.isVisible()
    assert not window.encrypt_action.isVisible()
    window.close()
    window.store.close()


def test_the_recovery_key_opens_it_and_then_someone_signs_in_as_usual(qtbot, encrypted_file):
    db_path, code = encrypted_file
    create_application([])

    def recover(dialog: UnlockDialog) -> None:
        dialog.forgot_button.click()
        type_text(dialog.recovery, code.lower())
        dialog.open_button.click()

    def sign_in_bo(dialog: UserDialog) -> None:
        bo = next(i for i in range(dialog.users.count()) if dialog.users.item(i).text().startswith("Bo Berg"))
        dialog.users.setCurrentRow(bo)
        dialog.password.setText(TEST_PASSWORD)
        dialog.choose()

    def skip(dialog: ForgottenPasswordDialog) -> None:
        dialog.reject()

    window = with_modals([(recover, UnlockDialog), (skip, ForgottenPasswordDialog), (sign_in_bo, UserDialog)],
                         lambda: open_main_window(db_path))
    qtbot.addWidget(window)
    assert window.store.users.current().name == "Bo Berg"
    window.close()
    window.store.close()


def test_with_the_recovery_key_the_administrator_who_forgot_sets_a_new_password(qtbot, encrypted_file):
    db_path, code = encrypted_file
    create_application([])

    def recover(dialog: UnlockDialog) -> None:
        dialog.forgot_button.click()
        type_text(dialog.recovery, code)
        dialog.open_button.click()

    def new_password(dialog: ForgottenPasswordDialog) -> None:
        assert dialog.users.currentItem().text().startswith("Anna Andersson")
        type_text(dialog.password, "ett nytt lösenord")
        type_text(dialog.repeat, "ett annat")
        dialog.save_button.click()
        assert dialog.isVisible() and "inte lika" in dialog.errors.message("repeat")
        dialog.repeat.clear()
        type_text(dialog.repeat, "ett nytt lösenord")
        dialog.save_button.click()

    window = with_modals([(recover, UnlockDialog), (new_password, ForgottenPasswordDialog)],
                         lambda: open_main_window(db_path))
    qtbot.addWidget(window)
    assert window.store.users.current().name == "Anna Andersson"  # signed in with it, no further question
    logged = window.store.query_value("SELECT what FROM access_log WHERE action = 'rights' ORDER BY id DESC LIMIT 1")
    assert logged == "Nytt lösenord för Anna Andersson med återställningsnyckeln"
    window.close()
    window.store.close()
    with pytest.raises(WrongPassword):
        encryption.open_database(db_path, 1, PASSWORD)
    encryption.open_database(db_path, 1, "ett nytt lösenord").close()


def test_a_cancelled_first_start_leaves_nothing_and_a_cut_off_one_is_offered_a_new_start(qtbot, db_path):
    create_application([])
    assert with_modal(lambda d: d.reject(), lambda: open_main_window(db_path), UserDialog) is None
    assert not db_path.exists() and not keyfile.keyfile_path(db_path).exists()
    store, _code = encryption.create_database(db_path)  # cut off before the first user
    store.close()

    def create(dialog: UserDialog) -> None:
        type_text(dialog.name, "Anna Andersson")
        type_text(dialog.password, PASSWORD)
        type_text(dialog.repeat, PASSWORD)
        dialog.create()

    def confirm(dialog: RecoveryKeyDialog) -> None:
        dialog.confirmed.click()
        dialog.done_button.click()

    window = with_modals([(_yes, QMessageBox), (create, UserDialog), (confirm, RecoveryKeyDialog)],
                         lambda: open_main_window(db_path))
    qtbot.addWidget(window)
    assert window.store.encrypted and window.store.users.current().name == "Anna Andersson"
    window.close()
    window.store.close()


def test_the_recovery_key_sheet_prints_with_the_key(qtbot, encrypted_file, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    db_path, _code = encrypted_file
    store = encryption.open_database(db_path, 1, PASSWORD)
    store.users.sign_in(1, PASSWORD)
    code = encryption.new_recovery_key(store)
    dialog = RecoveryKeyDialog(store, code)
    qtbot.addWidget(dialog)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "nyckel.pdf"))
    dialog.print_key(printer)
    text = subprocess.run(["pdftotext", str(tmp_path / "nyckel.pdf"), "-"], capture_output=True, text=True).stdout
    assert code in text and "kassaskåp" in text
    dialog.reject()  # Escape does not close it before the key is confirmed written down
    assert not dialog.result()
    assert encryption.recovery_key_missing(store)
    dialog.confirmed.click()
    dialog.done_button.click()
    assert not encryption.recovery_key_missing(store)
    store.close()


def test_an_administrator_with_no_confirmed_recovery_key_is_offered_a_new_one(qtbot, db_path):
    store, _code = encryption.create_database(db_path)  # the first start cut off before the key was shown
    store.users.create("Anna Andersson", "arbetsterapeut", PASSWORD)
    store.close()
    create_application([])
    shown: list[str] = []

    def unlock(dialog: UnlockDialog) -> None:
        type_text(dialog.password, PASSWORD)
        dialog.open_button.click()

    def confirm(dialog: RecoveryKeyDialog) -> None:
        shown.append(dialog.key_label.text())
        dialog.confirmed.click()
        dialog.done_button.click()

    window = with_modals([(unlock, UnlockDialog), (_yes, QMessageBox), (confirm, RecoveryKeyDialog)],
                         lambda: open_main_window(db_path))
    qtbot.addWidget(window)
    window.close()
    window.store.close()
    encryption.open_with_recovery_key(db_path, shown[0]).close()


def test_an_administrator_encrypts_a_plain_database_from_the_menu_and_it_opens_again_with_the_password(
        qtbot, db_path):
    store = Store.open(db_path)
    anna = store.users.create("Anna Andersson", "arbetsterapeut", PASSWORD)
    store.users.sign_in(anna.id, PASSWORD)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.encrypt_action.isVisible() and not window.recovery_key_action.isVisible()
    shown: list[str] = []

    def password(dialog: PasswordDialog) -> None:
        type_text(dialog.password, PASSWORD)
        dialog.accept()

    def confirm(dialog: RecoveryKeyDialog) -> None:
        shown.append(dialog.key_label.text())
        dialog.confirmed.click()
        dialog.done_button.click()

    told: list[str] = []

    def unencrypted_backups(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    with_modals([(_yes, QMessageBox), (password, PasswordDialog), (unencrypted_backups, QMessageBox),
                 (confirm, RecoveryKeyDialog)], window.encrypt_action.trigger)
    assert "okrypterade" in told[0]
    kinds = [b.kind for b in backup.list_backups(db_path)]
    assert kinds == [backup.BackupKind.BEFORE_ENCRYPTION]  # the plain file, backed up first
    assert window.reopen_requested and not window.isVisible() and store.closed
    assert not has_sqlite_header(db_path)
    assert Keyring.load(db_path).recovery_shown_at is not None
    encryption.open_with_recovery_key(db_path, shown[0]).close()

    def unlock(dialog: UnlockDialog) -> None:
        type_text(dialog.password, PASSWORD)
        dialog.open_button.click()

    again = with_modal(unlock, lambda: open_main_window(db_path), UnlockDialog)
    qtbot.addWidget(again)
    assert again.store.encrypted and again.store.users.current().name == "Anna Andersson"
    again.close()
    again.store.close()
