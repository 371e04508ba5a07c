"""Opening the database from the command line as a user: every command that reads or writes the
journal signs in first, with the password asked for on a terminal or taken from ``$ATAMA_PASSWORD``
in a script. A wrong one ends the command with exit code 2 (and a failed sign-in in the access log).

    store = open_signed_in(db_path, user="Anna Andersson")   # or user=None: the last one / the only one
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from app.models.errors import DatabaseUnavailable, NotFound, RuleError, ValidationError

PASSWORD_ENV = "ATAMA_PASSWORD"


def open_signed_in(db_path: Path, user: str | None, *, read_only: bool = False):
    """The store at ``db_path`` with ``user`` signed in (the caller closes it). A bad file (missing,
    empty, cut off, not a database …) is refused with its cause and ways out (app/models/file_check.py)
    before anything is opened or created. An encrypted database is opened with the same password
    (app/models/encryption.py)."""
    from app.models.keyfile import is_encrypted
    from app.models.store import Store

    check_before_opening(db_path, read_only=read_only)
    if is_encrypted(db_path):
        return _open_encrypted(db_path, user, read_only)
    store = Store.open(db_path, read_only=read_only)
    try:
        _sign_in(store, user)
    except BaseException:
        store.close()
        raise
    return store


RECOVERY_ENV = "ATAMA_RECOVERY_KEY"


@contextlib.contextmanager
def holding(db_path: Path) -> Iterator[None]:
    """The file held as a window holds it (app/models/instance_lock.py), for a command that replaces
    the whole file (restore, encrypt): refused while an ATAMA window has it open, whose later saves
    would otherwise go to the file set aside."""
    from app.models.instance_lock import HeldElsewhere, InstanceLock

    try:
        lock = InstanceLock.acquire(db_path)
    except HeldElsewhere as held:
        raise RuleError(f"{held} Stäng ATAMA där först; ingenting har ändrats.") from held
    except OSError:  # no marker possible (unusual permissions): SQLite's own locks still guard writes
        yield
        return
    try:
        yield
    finally:
        lock.release()


def database_key(db_path: Path, user: str | None) -> bytes | None:
    """The key of an encrypted database for a command that reads the file itself (``check``): the
    recovery key in ``$ATAMA_RECOVERY_KEY``, else ``user``'s password. None when the key file cannot
    be read (the report says so)."""
    from app.models.keyring import Keyring

    try:
        ring = Keyring.load(db_path)
    except DatabaseUnavailable:
        return None
    code = os.environ.get(RECOVERY_ENV)
    if code:
        return ring.unlock_with_recovery_key(code)
    user_id, name = _key_user(db_path, user)
    return ring.unlock(user_id, _password(name))


def _key_user(db_path: Path, user: str | None) -> tuple[int, str]:
    """Who opens the encrypted file: ``user`` (id or name), or the only one who can."""
    from app.models import encryption

    users = encryption.key_users(db_path)
    if user is None:
        if len(users) != 1:
            raise ValidationError.single("user", "Ange vem du är med --user (id eller namn). Kan öppna databasen: "
                                         + ", ".join(f"{i} {n}" for i, n in users))
        chosen = users[0]
    else:
        matches = [(i, n) for i, n in users if str(i) == user or n.casefold() == user.casefold()]
        if len(matches) != 1:
            raise NotFound(f"Användaren {user!r} kan inte öppna den krypterade databasen. Kan öppna den: "
                           + ", ".join(f"{i} {n}" for i, n in users))
        chosen = matches[0]
    return chosen


def _open_encrypted(db_path: Path, user: str | None, read_only: bool):
    from app.models import encryption

    chosen = _key_user(db_path, user)
    password = _password(chosen[1])
    store = encryption.open_database(db_path, chosen[0], password, read_only=read_only)
    try:
        store.users.sign_in(chosen[0], password, remember=False, what="Kommandoraden")
    except BaseException:
        store.close()
        raise
    return store


def check_before_opening(db_path: Path, *, read_only: bool = False) -> None:
    """Raise ``DatabaseUnavailable`` (its message: cause and ways out, in words) when the file at
    ``db_path`` must not be opened as it is; a command never creates a database."""
    from app.models.file_check import diagnose
    from app.models.keyfile import is_encrypted

    # an encrypted file: the password is asked for next (its key file beside it says so)
    problem = diagnose(db_path, have_key=is_encrypted(db_path), for_writing=not read_only)
    if problem is not None:
        raise DatabaseUnavailable(problem.cli_text(), problem=problem)


def _sign_in(store, user: str | None, what: str = "Kommandoraden") -> None:
    users = store.users.all()
    if user is None:
        chosen = default_user(store)
        if chosen is None:
            raise ValidationError.single("user", "Ange vem du är med --user (id eller namn). Användare: "
                                         + user_list(store.users.active()) + ".")
    else:
        matches = [u for u in users if str(u.id) == user or u.name.casefold() == user.casefold()]
        if len(matches) != 1:
            raise NotFound(f"Användaren {user!r} finns inte. Användare: {user_list(store.users.active())}.")
        chosen = matches[0]
    if not chosen.has_password:
        raise RuleError(f"{chosen.name} har inget lösenord än. Logga in i programmet en gång och välj ett; "
                        "kommandoraden kräver lösenordet.")
    # the author of the export log entry; not remembered as the last user
    store.users.sign_in(chosen.id, _password(chosen.name), remember=False, what=what)


def default_user(store):
    """Who a command acts as without ``--user``: the one last signed in to the window on this
    database, if still active, else the only active user; None when it must be said."""
    last = store.users.last_signed_in()
    if last is not None and last.active:
        return last
    active = store.users.active()
    return active[0] if len(active) == 1 else None


def user_list(users) -> str:
    """"1 Anna Andersson, 2 Berit Bengtsson": what ``--user`` takes, for a message."""
    return ", ".join(f"{u.id} {u.name}" for u in users) or "inga"


def _password(name: str) -> str:
    """``$ATAMA_PASSWORD`` when set (scripts), else asked for on the terminal without echo."""
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Lösenord för {name}: ")
    raise RuleError(f"Lösenordet för {name} behövs. Kör kommandot i en terminal och skriv det, eller sätt "
                    f"miljövariabeln {PASSWORD_ENV} i ett skript.")


RECOVERY_NOTE = ("Skriv ut eller skriv av återställningsnyckeln och lägg den i enhetens kassaskåp. Den visas "
                 "bara nu. Med den kan databasen öppnas om alla lösenord glöms bort.")


def run_encryption(args, db_path: Path) -> int:
    """``python -m app encrypt`` and ``python -m app recovery-key``."""
    from app.models.keyfile import is_encrypted

    if not db_path.exists():
        raise NotFound(f"Databasen {db_path} finns inte.")
    if args.command == "encrypt" and is_encrypted(db_path):
        raise RuleError(f"Databasen {db_path} är redan krypterad.")
    with holding(db_path) if args.command == "encrypt" else contextlib.nullcontext():
        return _run_encryption(args, db_path)


def _run_encryption(args, db_path: Path) -> int:
    from app.models import encryption

    store = open_signed_in(db_path, args.user)
    try:
        if args.command == "encrypt":
            user = store.users.current()
            assert user is not None
            from app.models import backup

            def backup_first() -> None:
                backup.make_backup(store, backup.BackupKind.BEFORE_ENCRYPTION)

            code = encryption.encrypt_existing(store, _password(user.name), before=backup_first)
            print(f"Databasen är krypterad: {db_path} (nyckelfilen {db_path.name}.keys ligger bredvid "
                  "och hör till den).")
            print(f"Säkerhetskopiorna från före krypteringen i {backup.folder_for(db_path)} är okrypterade: ta "
                  "bort dem när du har kontrollerat att den krypterade databasen öppnas.")
            print("Andra användare öppnar den när en administratör har satt ett tillfälligt lösenord åt dem.")
        else:
            code = encryption.new_recovery_key(store)
            print("Ny återställningsnyckel. Den gamla gäller inte längre.")
        print(f"Återställningsnyckel: {code}")
        print(RECOVERY_NOTE)
    finally:
        store.close()  # encrypt_existing has closed it already; a second close does nothing
    encryption.recovery_key_shown(store)  # printed: shown once, as the window's dialog does
    return 0
