"""Starting the desktop app: Qt in Swedish, open the database, sign in (the first start creates the
unit's administrator), show the window; signing out when it closes."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME
from app.models.errors import AtamaError
from app.models.file_check import Cause, FileProblem, WayOut, diagnose, held_problem, problem_from_error
from app.models.instance_lock import HeldElsewhere, InstanceLock
from app.models.store import ReadOnly, Store
from app.paths import resources_dir, user_data_dir
from app.ui.messages import install_excepthook
from app.ui.qt_binding import read_sources_as_bytes

read_sources_as_bytes()  # before the window's modules are imported (qt_binding.py, 4)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication in the language the user chose (app/ui/preferences.py; Swedish unless
    English was chosen), with Qt's own strings (buttons, dialogs) in it, and the Swedish locale."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "atama.png")))  # every window's (title bar, taskbar)
    from app.ui.i18n import install_language
    from app.ui.preferences import language

    install_language(app, language())
    from app.ui import focus_ring

    focus_ring.install(app)  # a clear focus outline in light and dark (issue 15)
    from app.ui import enter_presses

    enter_presses.install(app)  # Enter presses the focused button in the main window too
    return app


def _setup_logging() -> None:
    """atama.log in the user data folder (0700); the log is 0600: a traceback may name a client."""
    from app.file_modes import owner_only_file, private_folder

    log_file = owner_only_file(private_folder(user_data_dir()) / "atama.log")
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


class Opening:
    """How this start opens a database file, for ``open_store_or_explain``: an encrypted one with
    the user's password or the recovery key (the unlock dialog), a missing one as a new encrypted
    database (its recovery key kept here, to show once), a plain one as it is. ``None``: the user
    cancelled the unlock."""

    def __init__(self) -> None:
        self.recovery_code: str | None = None
        self.unlocked_as: tuple[int, str] | None = None  # who typed their password in the unlock

    def open(self, path: Path, read_only: ReadOnly | None = None, read_only_why: str = "") -> Store | None:
        from app.models.keyfile import is_encrypted

        if is_encrypted(path) and read_only is None and self._start_over(path):
            return self.open(path)
        if is_encrypted(path):
            from app.ui.encryption_dialogs import UnlockDialog

            unlock = UnlockDialog(path, read_only=read_only, read_only_why=read_only_why)
            if not unlock.exec() or unlock.store is None:
                return None
            if unlock.user_id is not None and unlock.password_used is not None:
                self.unlocked_as = (unlock.user_id, unlock.password_used)
            return unlock.store
        if read_only is None and (not path.exists() or path.stat().st_size == 0):
            from app.models import encryption

            if path.exists():
                path.unlink()  # the empty file, replaced by the new database the user asked for
            store, self.recovery_code = encryption.create_database(path)
            return store
        return Store.open(path, read_only=read_only or False, read_only_why=read_only_why)

    @staticmethod
    def _start_over(path: Path) -> bool:
        """A first start that never finished left a database nobody can open: offer to start over."""
        from app.models import encryption

        if not encryption.unfinished(path):
            return False
        from app.ui.messages import ask_yes_no

        if not ask_yes_no(None, APP_NAME, QCoreApplication.translate(
                "app", "Databasen %1 skapades vid en första start som aldrig blev klar: ingen användare sparades "
                "och ingen har sett dess återställningsnyckel, så den kan inte öppnas. Den innehåller inget "
                "som har skrivits in. Ta bort den och börja om med en ny databas?").replace("%1", str(path))):
            return False
        encryption.discard_unfinished(path)
        return True


def open_store_or_explain(db_path: Path, opening: Opening | None = None) -> Store | None:
    """The store at ``db_path``, held for writing by this window; or, when the file is bad, the way
    out the user chooses (app/ui/open_problem_dialog.py): another file, a backup, read-only, a new
    database (asked first), or None to quit. Never a traceback, never a database created unasked.
    ``opening`` opens the file (an encrypted one asks for the password; a new one is made encrypted)."""
    from app.models.keyfile import is_encrypted

    opening = opening or Opening()
    path = Path(db_path)
    while True:
        problem = diagnose(path, have_key=is_encrypted(path))  # the unlock asks for the password
        if problem is not None and problem.cause is Cause.MISSING_FILE:
            problem = None  # a new file in an existing folder: the first start, or the user's --db
        lock = None
        if problem is None:
            try:
                lock = InstanceLock.acquire(path)
            except HeldElsewhere as held:
                problem = held_problem(path, held.holder)
            except OSError:
                lock = None  # no marker possible (unusual permissions): SQLite's own locks still guard writes
        if problem is None:
            try:
                store = opening.open(path)
            except AtamaError as exc:
                if lock is not None:
                    lock.release()
                problem = problem_from_error(path, exc) or _refusal(path, exc)
            else:
                if store is None:  # the unlock was cancelled
                    if lock is not None:
                        lock.release()
                    return None
                store.hold(lock)
                _add_pending_access_log(store)
                return store
        opened = _way_out(problem, opening)
        if isinstance(opened, Store):
            return opened
        if opened is None:
            return None
        path = opened  # another file, a restored backup, a retry: check again


def _refusal(path: Path, exc: AtamaError) -> FileProblem:
    """A refusal with its own words (a newer schema, another program's database): choose another file."""
    return FileProblem(Cause.OTHER, str(path), str(exc), (WayOut.CHOOSE_OTHER,))


def _add_pending_access_log(store: Store) -> None:
    from app.models import pending_log

    try:
        pending_log.add_to(store)
    except (AtamaError, OSError):  # tried again at the next start; the rows stay in their file
        logging.getLogger("atama").warning("Väntande loggrader kunde inte föras in", exc_info=True)


def _way_out(problem: FileProblem, opening: Opening) -> Store | Path | None:
    """Ask; a read-only or new store, a path to try (again), or None to quit."""
    from app.ui import open_problem_dialog as dialog  # only when there is a problem

    path = Path(problem.path)
    while True:
        way = dialog.ask_way_out(problem)
        if way is None:
            return None
        try:
            if way is WayOut.RETRY:
                return path
            if way is WayOut.CHOOSE_OTHER:
                chosen = dialog.choose_other_file(problem)
                if chosen is not None:
                    return chosen
            elif way is WayOut.RESTORE_BACKUP:
                if dialog.restore_backup(problem):
                    return path
            elif way is WayOut.CREATE_NEW:
                if dialog.confirm_create(problem):
                    return _create_new(path, opening)
            elif way is WayOut.OPEN_READ_ONLY:
                return _open_read_only(problem, opening)
        except AtamaError as exc:  # e.g. read-only refused for an older schema: say it, ask again
            from app.ui.messages import show_error

            show_error(None, exc)


def _create_new(path: Path, opening: Opening) -> Store | None:
    from app.file_modes import make_folders

    make_folders(path.parent)
    store = opening.open(path)  # new, and encrypted
    if store is not None:
        store.hold(InstanceLock.acquire(path))
    return store


def _open_read_only(problem: FileProblem, opening: Opening) -> Store | None:
    path = Path(problem.path)
    if problem.cause is Cause.HELD_BY_WINDOW and problem.holder is not None:
        return opening.open(path, ReadOnly.SHARED, QCoreApplication.translate(
            "app", "den är öppen för ändringar hos %1").replace("%1", problem.holder.describe()))
    # Shown in the main window's read-only banner only: in the screens' language.
    why = {Cause.READ_ONLY_FILE: QCoreApplication.translate("app", "filen är skrivskyddad"),
           Cause.READ_ONLY_FOLDER: QCoreApplication.translate("app", "mappen den ligger i är skrivskyddad"),
           Cause.DAMAGED: QCoreApplication.translate("app", "filen är skadad"),
           Cause.DISK_FULL: QCoreApplication.translate("app", "disken är full")}.get(problem.cause, "")
    return opening.open(path, ReadOnly.FILE, why)


def open_main_window(db_path: Path):
    """Open the database, let the user sign in with their password (on the first start: create the
    database, encrypted, and its first user, the administrator, and show the recovery key once), and
    show the main window. An encrypted database is opened with the user's password (or the unit's
    recovery key) before anything in it can be read, and that password signs them in. None when the
    database cannot be used or the user cancels."""
    opening = Opening()
    store = open_store_or_explain(db_path, opening)
    if store is None:
        return None
    from app.ui.main_window import MainWindow
    from app.ui.user_dialog import UserDialog

    dialog = UserDialog(store)
    signed_in = opening.unlocked_as is not None and dialog.continue_sign_in(*opening.unlocked_as)
    if not signed_in and not dialog.exec():
        store.close()
        if opening.recovery_code is not None:  # the first start, cancelled: nothing of it stays behind
            from app.models import encryption

            encryption.discard_unfinished(store.path)
        return None
    _show_recovery_key(store, opening.recovery_code)
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

        if not ask_yes_no(None, APP_NAME, QCoreApplication.translate(
                "app", "Ingen har bekräftat att databasens återställningsnyckel är utskriven. "
                "Utan den kan databasen inte öppnas om alla lösenord glöms bort. Göra en ny nu?")):
            return
        code = encryption.new_recovery_key(store)
    RecoveryKeyDialog(store, code).exec()


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
