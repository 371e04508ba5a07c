"""What is wrong with a database file, in words a user can act on, and the ways out it allows.

    problem = diagnose(path)             # cheap checks before opening: None when nothing is seen
    problem = problem_from_error(path, exc)   # why Store.open failed, when it did
    problem = quick_check(store)         # a damaged page, after opening

Every ``FileProblem`` names its cause in Swedish (``message``) and lists the ``ways_out`` the start-up
dialog (app/ui/open_problem_dialog.py) offers as buttons and the CLI names in words; never a
traceback, never "Ett oväntat fel". The order of ``diagnose`` goes from the folder to the file's
bytes, so the first thing wrong is the one reported. No Qt here.

The checks read at most the file's first 100 bytes and stat it: they are on the start-up path.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.models import sqlite_driver
from app.models.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from app.models.backup import BackupInfo
    from app.models.instance_lock import Holder
    from app.models.migrations import MigrationFailed
    from app.models.store import Store

HEADER_BYTES = 100  # SQLite's database header
MIN_PAGE = 512  # every page size is a power of two from 512: any other length is a cut-off file


class WayOut(StrEnum):
    RESTORE_BACKUP = "restore_backup"
    CHOOSE_OTHER = "choose_other"
    OPEN_READ_ONLY = "open_read_only"
    CREATE_NEW = "create_new"
    RETRY = "retry"


# The button texts in the window, and the same way out in words for the command line.
WAY_LABELS = {
    WayOut.RESTORE_BACKUP: "Återställ en säkerhetskopia…",
    WayOut.CHOOSE_OTHER: "Välj en annan fil…",
    WayOut.OPEN_READ_ONLY: "Öppna skrivskyddat",
    WayOut.CREATE_NEW: "Skapa en ny databas här",
    WayOut.RETRY: "Försök igen",
}
WAY_HINTS = {  # "Du kan …": infinitives, joined with commas and "eller"
    WayOut.RESTORE_BACKUP: "återställa en säkerhetskopia (python -m app restore)",
    WayOut.CHOOSE_OTHER: "ange en annan databasfil med --db",
    WayOut.OPEN_READ_ONLY: "öppna den skrivskyddat i programmet",
    WayOut.CREATE_NEW: "starta programmet med --db och den här sökvägen för att skapa en ny databas (det frågar först)",
    WayOut.RETRY: "försöka igen om en stund",
}


class Cause(StrEnum):
    MISSING_FOLDER = "missing_folder"
    MISSING_FILE = "missing_file"
    NOT_A_FILE = "not_a_file"
    EMPTY = "empty"
    TRUNCATED = "truncated"
    NOT_A_DATABASE = "not_a_database"
    ENCRYPTED = "encrypted"  # needs the password (no key given)
    WRONG_KEY = "wrong_key"  # a key was given and it does not open the file
    KEY_FILE_MISSING = "key_file_missing"
    UNREADABLE = "unreadable"
    READ_ONLY_FILE = "read_only_file"
    READ_ONLY_FOLDER = "read_only_folder"
    HELD_BY_WINDOW = "held_by_window"
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    DAMAGED = "damaged"
    MIGRATION_FAILED = "migration_failed"  # the update to this version's schema failed; the file is as it was
    OTHER = "other"  # a refusal with its own message (a newer schema, another program's database)


class FileProblem(NamedTuple):
    """What is wrong with the file at ``path``, said so that the user knows what to do."""

    cause: Cause
    path: str
    message: str
    ways_out: tuple[WayOut, ...]
    holder: Holder | None = None  # HELD_BY_WINDOW: who has it
    details: tuple[str, ...] = ()  # what quick_check/integrity_check said (the first lines)

    @property
    def read_only_possible(self) -> bool:
        return WayOut.OPEN_READ_ONLY in self.ways_out

    def cli_text(self) -> str:
        """The message and its ways out in words, for the command line."""
        hints = [WAY_HINTS[w] for w in self.ways_out]
        if not hints:
            return self.message
        listed = hints[0] if len(hints) == 1 else ", ".join(hints[:-1]) + " eller " + hints[-1]
        return f"{self.message} Du kan {listed}."

    def error(self) -> DatabaseUnavailable:
        return DatabaseUnavailable(self.message, problem=self)


def _problem(cause: Cause, path: Path | str, message: str, *ways: WayOut, **extra) -> FileProblem:
    return FileProblem(cause, str(path), message, tuple(ways), **extra)


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _is_encrypted(path: Path) -> bool:
    from app.models.keyfile import is_encrypted  # the key file beside it (another module's rule)

    return is_encrypted(path)


def diagnose(path: str | Path, *, have_key: bool = False, check_holder: bool = False,
             for_writing: bool = True) -> FileProblem | None:
    """The first thing wrong with the database file at ``path`` seen without opening it, or None.

    ``have_key``: the caller holds the key of an encrypted file (then encryption is no problem).
    ``check_holder``: also ask whether another ATAMA window holds it (``check``; the app takes the
    lock itself, which answers the same question without a race). ``for_writing``: report a file or
    folder that cannot be written (the app offers read-only); ``check`` only reads.
    """
    path = Path(path).expanduser()
    folder = path.parent
    if not folder.is_dir():
        return _problem(Cause.MISSING_FOLDER, path,
                        f"Mappen {folder} finns inte, så databasen {path.name} finns inte heller. Har mappen "
                        "flyttats, eller är en nätverks- eller USB-enhet inte ansluten? Ingen ny databas skapas "
                        "utan att du väljer det.",
                        WayOut.CHOOSE_OTHER, WayOut.CREATE_NEW, WayOut.RESTORE_BACKUP)
    if not path.exists():
        return _problem(Cause.MISSING_FILE, path,
                        f"Databasfilen {path} finns inte. Har den flyttats eller bytt namn?",
                        WayOut.CHOOSE_OTHER, WayOut.CREATE_NEW, WayOut.RESTORE_BACKUP)
    if not path.is_file():
        return _problem(Cause.NOT_A_FILE, path, f"{path} är en mapp eller en specialfil, inte en databasfil.",
                        WayOut.CHOOSE_OTHER)
    size = path.stat().st_size
    if size == 0:
        return _problem(Cause.EMPTY, path,
                        f"Databasfilen {path} är tom (0 byte): ingen journal finns i den. Det händer när en "
                        "kopiering eller ett sparande avbröts. Återställ en säkerhetskopia, välj en annan fil, "
                        "eller skapa en ny, tom databas i den.",
                        WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER, WayOut.CREATE_NEW)
    try:
        with open(path, "rb") as handle:
            header = handle.read(HEADER_BYTES)
    except PermissionError:
        return _problem(Cause.UNREADABLE, path,
                        f"Du har inte behörighet att läsa databasfilen {path}. Be den som sköter datorn om "
                        "läsrätt, eller välj en annan fil.",
                        WayOut.CHOOSE_OTHER, WayOut.RETRY)
    except OSError as exc:
        return _problem(Cause.UNREADABLE, path,
                        f"Databasfilen {path} kunde inte läsas ({exc.strerror or exc}). Är enheten ansluten?",
                        WayOut.RETRY, WayOut.CHOOSE_OTHER, WayOut.RESTORE_BACKUP)
    plain = header.startswith(sqlite_driver.SQLITE_HEADER)
    encrypted = not plain and _is_encrypted(path)
    truncated = _problem(Cause.TRUNCATED, path,
                         f"Databasfilen {path} är avkortad ({size} byte): slutet av filen saknas, troligen efter "
                         "en avbruten kopiering eller en full disk. Återställ en säkerhetskopia.",
                         WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER)
    if plain:
        page = _page_size(header)
        if size < HEADER_BYTES or size < page or size % page:
            return truncated
        # The header's page count is valid when its "version-valid-for" matches the change counter;
        # with a write-ahead log the file may legitimately be shorter (its pages are still in the log).
        pages = int.from_bytes(header[28:32], "big")
        valid = header[92:96] == header[24:28]
        wal = path.with_name(path.name + "-wal")
        if valid and pages and size < pages * page and not (wal.exists() and wal.stat().st_size):
            return truncated
    elif encrypted:
        if size % MIN_PAGE:
            return truncated
        if not have_key:
            return encrypted_problem(path)
    else:
        return _problem(Cause.NOT_A_DATABASE, path,
                        f"Filen {path} är ingen ATAMA-databas: den börjar inte som en SQLite-databas och det "
                        "finns ingen nyckelfil för en krypterad databas bredvid den. Den kan vara skadad "
                        "(slumpmässiga data) eller en helt annan sorts fil. Filen har inte ändrats.",
                        WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER)
    if check_holder:
        from app.models.instance_lock import holder_of

        holder = holder_of(path)
        if holder is not None:
            return held_problem(path, holder)
    if for_writing:
        return writable_problem(path)
    return None


def writable_problem(path: str | Path) -> FileProblem | None:
    """A file or folder without write permission (SQLite writes its log files in the folder)."""
    path = Path(path).expanduser()
    if not os.access(path, os.W_OK):
        return _problem(Cause.READ_ONLY_FILE, path,
                        f"Databasfilen {path} är skrivskyddad: du kan läsa journalen men inte ändra något. "
                        "Öppna den skrivskyddat, eller be den som sköter datorn om skrivrätt.",
                        WayOut.OPEN_READ_ONLY, WayOut.CHOOSE_OTHER)
    if not os.access(path.parent, os.W_OK):
        return _problem(Cause.READ_ONLY_FOLDER, path,
                        f"Mappen {path.parent} är skrivskyddad, och databasen behöver kunna skriva sina "
                        "loggfiler där. Öppna den skrivskyddat, flytta den till en mapp där du har skrivrätt, "
                        "eller be den som sköter datorn om skrivrätt.",
                        WayOut.OPEN_READ_ONLY, WayOut.CHOOSE_OTHER)
    return None


def encrypted_problem(path: str | Path) -> FileProblem:
    return _problem(Cause.ENCRYPTED, path,
                    f"Databasen {path} är krypterad och öppnas med ditt lösenord. Den är inte skadad.",
                    WayOut.RETRY, WayOut.CHOOSE_OTHER)


def held_problem(path: str | Path, holder: Holder) -> FileProblem:
    return _problem(Cause.HELD_BY_WINDOW, path,
                    f"Databasen {path} är redan öppen i ATAMA hos {holder.describe()}. Två fönster som "
                    "skriver i samma journal skulle skriva över varandras ändringar. Öppna den skrivskyddat "
                    "här (du kan läsa men inte ändra), eller stäng det andra fönstret och försök igen.",
                    WayOut.OPEN_READ_ONLY, WayOut.RETRY, WayOut.CHOOSE_OTHER, holder=holder)


def damaged_problem(path: str | Path, details: tuple[str, ...] = ()) -> FileProblem:
    return _problem(Cause.DAMAGED, path,
                    f"Databasfilen {path} är skadad: SQLite hittade fel i filens sidor. Det som går att läsa "
                    "kan visas skrivskyddat, men skriv inget mer i den: återställ en säkerhetskopia.",
                    WayOut.RESTORE_BACKUP, WayOut.OPEN_READ_ONLY, WayOut.CHOOSE_OTHER, details=details)


# What a failed migration's error says about the file: it already has what the migration adds.
_ALREADY_THERE = ("duplicate column name", "already exists")


def migration_problem(path: str | Path, failed: MigrationFailed, backup: BackupInfo | None = None, *,
                      trial: bool = False) -> FileProblem:
    """The update to this version's schema failed (``failed``, from Store.open), or would fail
    (``trial``: ``python -m app check`` ran it on a copy in memory). Store.open runs all of it in one
    transaction, rolled back: the file is unchanged. ``backup``: the copy made before the attempt."""
    error = str(failed.cause)
    if any(words in error.lower() for words in _ALREADY_THERE):
        why = ("Filen har redan en del av det som uppdateringen lägger till, vilket händer när den har "
               "öppnats med en test- eller utvecklingsversion av ATAMA.")
    else:
        why = "Filen innehåller något som uppdateringen inte väntade sig."
    if trial:
        outcome = "Det visade en provkörning på en kopia i minnet; filen har inte rörts."
    else:
        outcome = ("Databasen har inte ändrats: hela uppdateringen görs i en transaktion, och den rullades "
                   "tillbaka.")
    if backup is not None:
        outcome += f" En kopia av filen som den var gjordes före försöket: {backup.path}."
    message = (f"Databasen {path} kan inte uppdateras från schemaversion {failed.from_version} till "
               f"{failed.to_version}, som den här versionen av ATAMA behöver: steg {failed.number} i uppdateringen "
               f"{'misslyckas' if trial else 'misslyckades'} ({error}). {why} {outcome} Öppna filen med den "
               "version av ATAMA som senast använde den, återställ en säkerhetskopia från tiden innan den "
               "versionen, eller välj en annan fil.")
    return _problem(Cause.MIGRATION_FAILED, path, message, WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER,
                    details=(f"Migrering {failed.number} ({failed.name}) från schemaversion {failed.from_version}: "
                             f"{type(failed.cause).__name__}: {error}",))


def _sqlite_error(exc: BaseException) -> sqlite_driver.Error | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, sqlite_driver.Error):
            return seen
        seen = seen.__cause__
    return None


def problem_from_error(path: str | Path, exc: BaseException, *, key_given: bool = False) -> FileProblem | None:
    """Why opening ``path`` failed, from the SQLite error under ``exc``; None when it is not a file
    problem (a newer schema, another program's database: those keep their own message)."""
    problem = getattr(exc, "problem", None)
    if isinstance(problem, FileProblem):
        return problem
    error = _sqlite_error(exc)
    if error is None:
        if isinstance(exc, OSError):
            return _problem(Cause.UNREADABLE, path, f"Databasfilen {path} kunde inte öppnas ({exc.strerror or exc}).",
                            WayOut.RETRY, WayOut.CHOOSE_OTHER)
        return None
    name = getattr(error, "sqlite_errorname", "") or ""
    base = "_".join(name.split("_")[:2])
    text = str(error).lower()
    if base == "SQLITE_NOTADB" or "file is not a database" in text:
        if _is_encrypted(Path(path)):
            if key_given:
                return _problem(Cause.WRONG_KEY, path,
                                f"Databasen {path} är krypterad, och nyckeln öppnar den inte. Den är inte "
                                "nödvändigtvis skadad: kontrollera att nyckelfilen hör till just den här databasen.",
                                WayOut.RETRY, WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER)
            return encrypted_problem(path)
        return _problem(Cause.NOT_A_DATABASE, path,
                        f"Filen {path} är ingen läsbar ATAMA-databas (SQLite: filen är ingen databas). Den kan "
                        "vara skadad eller en annan sorts fil. Filen har inte ändrats.",
                        WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER)
    if base == "SQLITE_CORRUPT":
        return damaged_problem(path, (str(error),))
    if base in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in text:
        return _problem(Cause.LOCKED, path,
                        f"Databasfilen {path} är låst av ett annat program (till exempel ett "
                        "säkerhetskopieringsprogram eller ett databasverktyg). Vänta tills det är klart och "
                        "försök igen.",
                        WayOut.RETRY, WayOut.CHOOSE_OTHER)
    if base == "SQLITE_FULL":
        return _problem(Cause.DISK_FULL, path,
                        f"Disken där databasen {path} ligger är full, så den kan inte öppnas för skrivning. "
                        "Frigör utrymme och försök igen; inget har ändrats.",
                        WayOut.RETRY, WayOut.OPEN_READ_ONLY, WayOut.CHOOSE_OTHER)
    if base == "SQLITE_READONLY":
        return writable_problem(path) or _problem(
            Cause.READ_ONLY_FILE, path, f"Databasfilen {path} går bara att läsa, inte skriva.",
            WayOut.OPEN_READ_ONLY, WayOut.CHOOSE_OTHER)
    if base == "SQLITE_CANTOPEN":
        return writable_problem(path) or _problem(
            Cause.UNREADABLE, path, f"Databasfilen {path} kunde inte öppnas. Kontrollera behörigheterna och "
            "att enheten är ansluten.", WayOut.RETRY, WayOut.CHOOSE_OTHER)
    if base == "SQLITE_IOERR":
        return _problem(Cause.UNREADABLE, path,
                        f"Databasfilen {path} kunde inte läsas (läsfel på disken). Är enheten ansluten?",
                        WayOut.RETRY, WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER)
    return None


def quick_check(store: Store) -> FileProblem | None:
    """SQLite's ``quick_check`` (every page and record, no index comparison): a damaged page, or None."""
    try:
        lines = [str(r[0]) for r in store.query_tuples("PRAGMA quick_check(20)")]
    except sqlite_driver.DatabaseError as exc:  # so damaged that the check itself cannot read it
        return damaged_problem(store.path, (str(exc),))
    if lines == ["ok"]:
        return None
    return damaged_problem(store.path, tuple(lines[:5]))
