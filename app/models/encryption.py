"""Encrypted databases (rules.md R11): making one, opening one with a password or the recovery key,
keeping the key file in step with the users' passwords, and converting a plain database on request.

    store, code = create_database(path)                 # a new database, encrypted; ``code`` shown once
    store = open_database(path, user_id, "lösenord")     # WrongPassword if not theirs
    store = open_with_recovery_key(path, "ABCD-EFGH-…")
    code = encrypt_existing(store, "lösenord")           # an administrator converts a plain file

The key and its wrapping are app/models/keyring.py; SQLCipher itself is app/models/sqlite_driver.py.
A plain database is never converted silently, and demo databases (fictitious people) stay plain
unless asked, so that tools can read them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.file_modes import make_folders
from app.models import sqlite_driver
from app.models.errors import DatabaseUnavailable, RuleError
from app.models.keyfile import is_encrypted, keyfile_path
from app.models.keyring import Keyring, new_database_key
from app.models.log_actions import LogAction

if TYPE_CHECKING:
    from app.models.store import Store

Clock = Callable[[], dt.datetime]


def _stamp(clock: Clock | None) -> str:
    return (clock or dt.datetime.now)().isoformat(sep=" ", timespec="seconds")


# -- making and opening -------------------------------------------------------------------------
def create_database(db_path: str | Path, clock: Clock | None = None) -> tuple[Store, str]:
    """A new, empty, encrypted database at ``db_path`` and its recovery key (to show once). The key
    file is written first: a database is never left on disk without the key that opens it."""
    from app.models.store import Store

    path = Path(db_path)
    if path.exists() and path.stat().st_size > 0:
        raise RuleError(f"Det finns redan en databas i {path}. Välj ett annat filnamn.")
    key = new_database_key()
    ring = Keyring()
    code = ring.new_recovery_key(key, _stamp(clock))
    make_folders(path.parent)
    ring.save(path)
    try:
        store = Store.open(path, clock=clock, key=key)
    except BaseException:
        with contextlib.suppress(OSError):
            keyfile_path(path).unlink()
        raise
    return store, code


def unfinished(db_path: str | Path) -> bool:
    """An encrypted database whose first start never finished: its key file knows no user and nobody
    confirmed seeing its recovery key, so nobody can ever open it (the app offers to start over)."""
    ring = Keyring.load(db_path)
    return not ring.users and ring.recovery_shown_at is None


def discard_unfinished(db_path: str | Path) -> None:
    """Remove the files of a database made by a first start that was cancelled or cut off before its
    first user and recovery key (``unfinished``); refused for any other."""
    path = Path(db_path)
    if is_encrypted(path) and not unfinished(path):
        raise RuleError(f"Databasen {path} har användare och tas inte bort.")
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keyfile_path(path)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def key_users(db_path: str | Path) -> list[tuple[int, str]]:
    """(id, name) of those who can open the encrypted file with their password: the sign-in lists
    them before the file is open."""
    return sorted(((u.id, u.name) for u in Keyring.load(db_path).users.values()), key=lambda u: u[1].casefold())


def open_database(db_path: str | Path, user_id: int, password: str, clock: Clock | None = None, *,
                  read_only: Any = False, read_only_why: str = "") -> Store:
    """The encrypted database, opened with ``user_id``'s password (not signed in yet: the caller
    signs in with the same password, which also writes the access log)."""
    _finish_interrupted_conversion(Path(db_path))
    key = Keyring.load(db_path).unlock(user_id, password)
    return _open_with_key(db_path, key, clock, read_only, read_only_why)


def open_with_recovery_key(db_path: str | Path, code: str, clock: Clock | None = None, *,
                           read_only: Any = False, read_only_why: str = "") -> Store:
    """The encrypted database, opened with the unit's recovery key (then a user signs in as usual;
    an administrator can set new passwords for those who forgot theirs)."""
    _finish_interrupted_conversion(Path(db_path))
    key = Keyring.load(db_path).unlock_with_recovery_key(code)
    store = _open_with_key(db_path, key, clock, read_only, read_only_why)
    store.opened_with_recovery_key = True  # lets ``new_password_with_recovery_key`` set a forgotten password
    return store


def new_password_with_recovery_key(store: Store, user_id: int, password: str, repeated: str) -> None:
    """Whoever holds the unit's recovery key sets a new password for a user who forgot theirs (the only
    administrator, say): the key file and the database learn it together, and the access log says it
    was done with the recovery key. Only on a store opened with the recovery key."""
    from app.models.users import check_new_password, hash_password

    if not getattr(store, "opened_with_recovery_key", False):
        raise RuleError("Ett nytt lösenord med återställningsnyckeln sätts bara när databasen öppnats med den.")
    user = store.users.get(user_id)
    if not user.active:
        raise RuleError(f"{user.name} är inaktiverad. Välj en aktiv användare, till exempel en administratör.")
    hashed = hash_password(check_new_password(password, repeated))
    with store.transaction() as tx:
        tx.execute("UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?", (hashed, user.id))
        store.access_log.record(LogAction.RIGHTS, user_id=user.id,
                                what=f"Nytt lösenord för {user.name} med återställningsnyckeln", tx=tx)
        wrap_for_user(store, user.id, user.name, password)


def _open_with_key(db_path: str | Path, key: bytes, clock: Clock | None, read_only: Any = False,
                   read_only_why: str = "") -> Store:
    """``read_only``: as ``Store.open`` takes it (False, True or a ``ReadOnly`` kind)."""
    from app.models.store import Store

    return Store.open(db_path, clock=clock, key=key, read_only=read_only, read_only_why=read_only_why)


# -- the key file in step with the users ---------------------------------------------------------
def wrap_for_user(store: Store, user_id: int, name: str, password: str) -> None:
    """``user_id`` opens the file with ``password`` from now on (a new user, a new password)."""
    ring = Keyring.load(store.path)
    ring.add_user(user_id, name, password, _key(store))
    ring.save(store.path)


def forget_user(store: Store, user_id: int) -> None:
    """A deactivated user's password no longer opens the file."""
    ring = Keyring.load(store.path)
    if user_id in ring.users:
        ring.remove_user(user_id)
        ring.save(store.path)


def ensure_wrapped(store: Store, user_id: int, name: str, password: str) -> None:
    """At a sign-in with a checked password: a user the key file does not know gets their wrap (after
    a conversion, a reactivation, an older key file put back)."""
    ring = Keyring.load(store.path)
    known = ring.users.get(user_id)
    if known is None or known.name != name:
        ring.add_user(user_id, name, password, _key(store))
        ring.save(store.path)


def recovery_key_missing(store: Store) -> bool:
    """True when nobody has confirmed writing down the present recovery key (the window asks an
    administrator to make a new one: the first start was interrupted before it was shown)."""
    return store.encrypted and Keyring.load(store.path).recovery_shown_at is None


def recovery_key_shown(store: Store) -> None:
    """Someone confirmed they printed or wrote down the recovery key just shown (the key file only:
    also after ``encrypt_existing`` has closed ``store``)."""
    ring = Keyring.load(store.path)
    ring.recovery_shown_at = store.timestamp()
    ring.save(store.path)


def new_recovery_key(store: Store) -> str:
    """An administrator makes a new recovery key (the old one stops working); shown once."""
    if not store.users.is_admin():
        raise RuleError("Bara en administratör kan göra en ny återställningsnyckel.")
    if not store.encrypted:
        raise RuleError("Databasen är inte krypterad; en återställningsnyckel behövs först när den krypteras.")
    ring = Keyring.load(store.path)
    with store.transaction() as tx:
        code = ring.new_recovery_key(_key(store), store.timestamp())
        store.access_log.record(LogAction.SETTINGS, what="Ny återställningsnyckel för databasen", tx=tx)
        ring.save(store.path)
    return code


def _key(store: Store) -> bytes:
    key = store.database_key
    if key is None:
        raise RuleError("Databasen är inte krypterad.")
    return key


# -- converting a plain database ------------------------------------------------------------------
def _encrypting_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.krypteras")


def encrypt_existing(store: Store, password: str, *, before: Callable[[], None] | None = None) -> str:
    """Convert the plain database ``store`` has open into an encrypted one, for the signed-in
    administrator (``password`` is theirs, checked again). ``before`` runs first (the backup).
    The encrypted copy is made beside it, verified (integrity, every table's row count) and only
    then put in its place; ``store`` is closed. Returns the recovery key, to show once.

    Other users open the file after an administrator has given them a temporary password, or by
    signing in at "Byt användare" in a session that has it open (their password then wraps the key)."""
    from app.models.store import Store

    if store.encrypted:
        raise RuleError("Databasen är redan krypterad.")
    if store.read_only:
        raise RuleError("Databasen är öppnad skrivskyddad och kan inte krypteras.")
    user = store.users.current()
    if user is None or not user.is_admin:
        raise RuleError("Bara en administratör kan kryptera databasen.")
    store.users.unlock(password)  # the password again, as for any change of this weight (WrongPassword)
    db_path = Path(store.path)
    if before is not None:
        before()
    target = _encrypting_path(db_path)
    for leftover in (target, keyfile_path(target)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    key = new_database_key()
    store.access_log.record(LogAction.SETTINGS, what="Krypterade databasen")
    counts = store.table_counts()
    store.export_encrypted_copy(target, key)
    try:
        copy = Store.open(target, clock=store.now, key=key)
        try:
            problems = copy.query_value("PRAGMA integrity_check")
            if problems != "ok" or copy.table_counts() != counts:
                raise DatabaseUnavailable("Den krypterade kopian stämde inte med originalet; databasen är "
                                          "oförändrad och okrypterad. Försök igen eller kontakta IT.")
        finally:
            copy.close()
        ring = Keyring()
        code = ring.new_recovery_key(key, store.timestamp())
        ring.add_user(user.id, user.name, password, key)
        ring.save(target)
    except BaseException:
        for leftover in (target, keyfile_path(target)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    store.close()
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:  # another connection still writes to the plain file
        for leftover in (target, keyfile_path(target)):
            leftover.unlink()
        raise RuleError("Databasen är öppen i ett annat fönster eller program. Stäng det och försök igen; "
                        "databasen är oförändrad och okrypterad.")
    for side in ("-wal", "-shm"):  # the plain file's, never to be read against the encrypted one
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{side}").unlink()
    # The two renames: the key file first, then the database over the plain one. Interrupted between
    # them, the next open finishes the second (``_finish_interrupted_conversion``).
    os.replace(keyfile_path(target), keyfile_path(db_path))
    os.replace(target, db_path)
    return code


def _finish_interrupted_conversion(db_path: Path) -> None:
    """A conversion cut off between its two renames left the key file beside the plain original and
    the verified encrypted copy beside it: put the copy in place."""
    target = _encrypting_path(db_path)
    if is_encrypted(db_path) and sqlite_driver.has_sqlite_header(db_path) and target.is_file():
        os.replace(target, db_path)
