"""Starting the desktop app: Qt in Swedish, open the database, sign in (the first start creates the
unit's administrator), show the window; signing out when it closes."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import APP_NAME
from app.models.errors import AtamaError
from app.models.store import Store
from app.paths import user_data_dir
from app.ui.messages import install_excepthook


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Swedish locale and Qt's own Swedish strings (buttons, dialogs)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_sv", "qt_sv"):
        translator = QTranslator(app)
        if translator.load(name, translations):
            app.installTranslator(translator)
    return app


def _setup_logging() -> None:
    """atama.log in the user data folder (0700); the log is 0600: a traceback may name a client."""
    from app.file_modes import owner_only_file, private_folder

    log_file = owner_only_file(private_folder(user_data_dir()) / "atama.log")
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def open_store_or_explain(db_path: Path) -> Store | None:
    try:
        return Store.open(db_path)
    except AtamaError as exc:
        # imported here, not at the top: a normal start does without it (see app/ui/qt_binding.py)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(exc))
        return None


def open_main_window(db_path: Path):
    """Open the database, let the user sign in with their password (on the first start: create the
    database, encrypted, and its first user, the administrator, and show the recovery key once), and
    show the main window. An encrypted database is opened with the user's password (or the unit's
    recovery key) before anything in it can be read. None when the database cannot be used or the
    user cancels."""
    from app.models.keyring import is_encrypted

    recovery_code = None
    unlocked_as: tuple[int, str] | None = None
    if is_encrypted(db_path):
        from app.ui.encryption_dialogs import UnlockDialog

        try:
            unlock = UnlockDialog(db_path)
        except AtamaError as exc:  # the key file is missing or unreadable
            _explain(exc)
            return None
        if not unlock.exec() or unlock.store is None:
            return None
        store = unlock.store
        if unlock.user_id is not None and unlock.password_used is not None:
            unlocked_as = (unlock.user_id, unlock.password_used)
    elif not db_path.exists():
        from app.models import encryption

        try:
            store, recovery_code = encryption.create_database(db_path)
        except AtamaError as exc:
            _explain(exc)
            return None
    else:
        opened = open_store_or_explain(db_path)
        if opened is None:
            return None
        store = opened
    from app.ui.main_window import MainWindow
    from app.ui.user_dialog import UserDialog

    dialog = UserDialog(store)
    signed_in = unlocked_as is not None and dialog.continue_sign_in(*unlocked_as)
    if not signed_in and not dialog.exec():
        store.close()
        return None
    _show_recovery_key(store, recovery_code)
    window = MainWindow(store)
    window.show()
    return window


def _show_recovery_key(store: Store, code: str | None) -> None:
    """The first start's recovery key, once; or, for an administrator, a new one when nobody has
    confirmed writing down the present one (the first start was cut off before it was shown)."""
    if not store.encrypted:
        return
    from app.models import encryption
    from app.ui.encryption_dialogs import RecoveryKeyDialog

    if code is None:
        if not (store.users.is_admin() and encryption.recovery_key_missing(store)):
            return
        from app.ui.messages import ask_yes_no

        if not ask_yes_no(None, APP_NAME, "Ingen har bekräftat att databasens återställningsnyckel är utskriven. "
                          "Utan den kan databasen inte öppnas om alla lösenord glöms bort. Göra en ny nu?"):
            return
        code = encryption.new_recovery_key(store)
    RecoveryKeyDialog(store, code).exec()


def _explain(exc: AtamaError) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, APP_NAME, str(exc))


def _no_screen() -> bool:
    """On Linux without X11/Wayland and no platform chosen, Qt would abort with a cryptic message."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def run_app(db_path: Path, demo: bool = False) -> int:
    if _no_screen():
        print("ATAMA behöver en skärm (X11 eller Wayland). Starta programmet från skrivbordet, "
              "eller använd kommandona demo, bench m.fl. som fungerar utan skärm.", file=sys.stderr)
        return 2
    _setup_logging()
    from app.temp_files import clean_leftovers

    clean_leftovers()  # temporary export files a crash (kill -9, power cut) left behind (issue 12)
    app = create_application()
    install_excepthook()
    if demo:
        from app.ui.demo_start import make_demo_if_empty

        if not make_demo_if_empty(db_path):
            return 1
    while True:
        window = open_main_window(db_path)
        if window is None:
            return 1
        code = app.exec()
        if not window.store.closed:
            window.store.users.sign_out()
            window.store.close()
        if not window.reopen_requested:  # e.g. after the database was encrypted: open it again
            return code
