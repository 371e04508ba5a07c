"""Opening the local SQLite store and the service facade the UI and CLI talk to.

>>> store = Store.open(":memory:")
>>> user = store.users.add("Test Testsson", "arbetsterapeut")

The way to the data: reads are ``store.query*``, writes go only through the ``Writer`` of
``with store.transaction() as tx:`` (see ``Store``). A helper that writes for its caller takes that
``tx``; a service method called inside another's transaction opens its own ``transaction()``, which
nests as a savepoint. The connection stays private; only migrations get it, as a
``sqlite_utils.Database`` for ``transform``. tests/models/test_store.py fails if a model or exporter
reaches for the connection.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.file_modes import create_new, protect_database
from app.models import sqlite_driver
from app.models.errors import NOT_SAVED, DatabaseUnavailable, ReadOnlyRefused, SchemaTooNew, storage_error
from app.models.migrations import LATEST_VERSION, MIGRATIONS, MigrationFailed

if TYPE_CHECKING:
    import sqlite_utils


Params = Sequence[Any] | Mapping[str, Any]  # SQL parameters: positional or named


def schema_version(conn: sqlite_driver.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another program's lock (tests shorten it)


class ReadOnly(StrEnum):
    """Why a store is read-only: the two kinds differ in what can still be written (the access log).

    - ``FILE``: the file or its folder cannot be written (SQLite's ``mode=ro``); nothing reaches the
      file, so the access log's rows wait in an owner-only file (app/models/pending_log.py) and are
      added at the next writable open;
    - ``SHARED``: another ATAMA window holds the file (app/models/instance_lock.py); the file is
      writable, but this window must not edit: only the access log's rows are written, as always.
    """

    FILE = "file"
    SHARED = "shared"


READ_ONLY_WHY = {
    ReadOnly.FILE: "filen eller mappen den ligger i går inte att skriva till",
    ReadOnly.SHARED: "den är öppen för ändringar i ett annat ATAMA-fönster",
}


def _connect(path: str | Path, key: bytes | None = None, read_only: bool = False) -> sqlite_driver.Connection:
    target = str(path)
    if target != ":memory:" and not read_only:
        # A new file in a new folder: callers that must not create one (the app, the CLI) check
        # app/models/file_check.diagnose first and ask; tests and the demo create files on purpose.
        protect_database(target)  # file modes (issue 12): folder made 0700, the file and its -wal/-shm 0600
    conn = None
    try:
        conn = sqlite_driver.connect(target, key=key, read_only=read_only)  # explicit transactions only
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        conn.execute("PRAGMA schema_version").fetchone()  # fails early on a non-database file (or a wrong key)
    except sqlite_driver.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise _unavailable(target, exc, key is not None) from exc
    return conn


def _unavailable(target: str, exc: BaseException, key_given: bool) -> DatabaseUnavailable:
    """The open failure as the file check words it (cause and ways out), or the old generic words."""
    from app.models.file_check import problem_from_error  # only on a failure: not start-up work

    problem = problem_from_error(target, exc, key_given=key_given)
    if problem is not None:
        return problem.error()
    return DatabaseUnavailable(
        f"Databasfilen {target} kan inte öppnas: den är låst, skadad eller ingen ATAMA-databas.")


def refuse_newer(version: int) -> None:
    if version > LATEST_VERSION:
        raise SchemaTooNew(
            f"Databasen är skapad av en nyare version av ATAMA (schemaversion {version}, "
            f"den här versionen känner till {LATEST_VERSION}). Uppdatera programmet. "
            "Databasen har inte ändrats."
        )


def _refuse_foreign(conn: sqlite_driver.Connection) -> None:
    """Version 0 with tables in it is some other program's database: leave it alone."""
    if schema_version(conn) == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise DatabaseUnavailable(
            "Filen är en databas från ett annat program, inte en ATAMA-databas. Den har inte ändrats."
        )


def migrate(db: sqlite_utils.Database) -> int:
    """Apply every pending migration, all in one transaction: a failure leaves the file exactly as it
    was (its version, schema and rows; one transaction per migration left it half-way, at a version
    neither this build nor the one that made it expected). Returns the new version; a failure raises
    ``MigrationFailed`` naming the migration, with the error under it."""
    version = schema_version(db.conn)
    refuse_newer(version)
    number = version
    try:
        with db.atomic():
            for number in range(version, LATEST_VERSION):
                MIGRATIONS[number](db)
                db.execute(f"PRAGMA user_version = {number + 1}")
    except Exception as exc:  # rolled back by atomic() before it gets here
        raise MigrationFailed(version, LATEST_VERSION, number + 1, MIGRATIONS[number].__name__, exc) from exc
    return LATEST_VERSION


TRIAL_MAX_BYTES = 1 << 30  # a file larger than this is not copied into memory to try its migration


def trial_migration(conn: sqlite_driver.Connection, key: bytes | None = None) -> MigrationFailed | None:
    """Whether the pending migrations would succeed on the database behind ``conn`` (read-only is
    enough): they run on a copy in memory (keyed as the file is, which SQLCipher's copy needs), which
    is then thrown away. The failure they would meet, or None."""
    copy = sqlite_driver.connect(":memory:", key=key)
    try:
        conn.backup(copy)
        copy.execute("PRAGMA foreign_keys = ON")  # as Store.open migrates
        import sqlite_utils

        migrate(sqlite_utils.Database(copy))
    except MigrationFailed as failed:
        return failed
    finally:
        copy.close()
    return None


class Store:
    """One open database plus the services over it. Not shared between threads.

    **The one way to the data** (models and exporters use nothing else):

    - reads: ``store.query(sql, params)`` (rows as dicts), ``store.query_one(...)`` (a dict or None),
      ``store.query_value(...)`` (the first column of the first row, or None) and
      ``store.query_tuples(...)`` (plain tuples, for loops over thousands of rows);
    - writes: only inside ``with store.transaction() as tx:``, through ``tx.insert(table, row)``
      (returns the new id), ``tx.update(table, id, row)``, ``tx.execute(sql, params)`` and
      ``tx.executemany(sql, rows)``. There is no write outside a transaction.

    >>> with store.transaction() as tx:
    ...     note_id = tx.insert("notes", {"case_id": 1, "text": "…"})
    >>> store.query_value("SELECT text FROM notes WHERE id = ?", (note_id,))

    The sqlite3 connection itself is private (``_conn``); migrations get a sqlite-utils view of it.
    """

    # The services, by attribute name: each module is imported when its service is first used,
    # so start-up pays only for what the first screen shows. A new area adds one line here and
    # one typed attribute below (what editors and mypy follow).
    SERVICES = {
        "users": "app.models.users:Users",
        "clients": "app.models.clients:Clients",
        "cases": "app.models.cases:Cases",
        "process": "app.models.process:Process",
        "notes": "app.models.notes:Notes",
        "consents": "app.models.consents:Consents",
        "assessments": "app.models.assessments:Assessments",
        "settings": "app.models.settings:Settings",
        "unit": "app.models.unit:Unit",
        "plans": "app.models.plans:Plans",
        "interventions": "app.models.interventions:Interventions",
        "meetings": "app.models.meetings:Meetings",
        "evaluation": "app.models.evaluation:Evaluation",
        "conclusions": "app.models.conclusions:Conclusions",
        "closure": "app.models.closure:ClosureService",
        "groups": "app.models.groups:Groups",
        "todo": "app.models.todo:Todos",
        "sequences": "app.models.sequences:Sequences",
        "export_log": "app.models.export_log:ExportLog",
        "access_log": "app.models.access_log:AccessLog",
        "journal": "app.models.journal:Journal",
        "retention": "app.models.retention:Retention",
        "erasure": "app.models.erasure:Erasure",
    }

    if TYPE_CHECKING:  # the same services, typed; at run time __getattr__ builds them on first use
        from app.models.access_log import AccessLog
        from app.models.assessments import Assessments
        from app.models.cases import Cases
        from app.models.clients import Clients
        from app.models.closure import ClosureService
        from app.models.conclusions import Conclusions
        from app.models.consents import Consents
        from app.models.erasure import Erasure
        from app.models.evaluation import Evaluation
        from app.models.export_log import ExportLog
        from app.models.groups import Groups
        from app.models.interventions import Interventions
        from app.models.journal import Journal
        from app.models.meetings import Meetings
        from app.models.notes import Notes
        from app.models.plans import Plans
        from app.models.process import Process
        from app.models.retention import Retention
        from app.models.sequences import Sequences
        from app.models.settings import Settings
        from app.models.todo import Todos
        from app.models.unit import Unit
        from app.models.users import Users

        users: Users
        clients: Clients
        cases: Cases
        process: Process
        notes: Notes
        consents: Consents
        assessments: Assessments
        settings: Settings
        unit: Unit
        plans: Plans
        interventions: Interventions
        meetings: Meetings
        evaluation: Evaluation
        conclusions: Conclusions
        closure: ClosureService
        groups: Groups
        todo: Todos
        sequences: Sequences
        export_log: ExportLog
        access_log: AccessLog
        journal: Journal
        retention: Retention
        erasure: Erasure

    def __init__(self, conn: sqlite_driver.Connection, path: str, clock: Callable[[], dt.datetime], *,
                 key: bytes | None = None, read_only: ReadOnly | None = None, read_only_why: str = ""):
        self._conn = conn
        self.path = path
        self._clock = clock
        self._key = key  # kept for sibling() and backups; never written anywhere
        self.closed = False
        self.opened_with_recovery_key = False  # set by app/models/encryption.open_with_recovery_key
        self.read_only_kind = read_only
        # why, in words for the banner and the refusal ("den är öppen … hos Anna på datorn X")
        self.read_only_why = (read_only_why or READ_ONLY_WHY[read_only]) if read_only else ""
        self._pending_log: list[dict[str, Any]] | None = None  # ReadOnly.FILE: the access rows of a transaction
        self._instance_lock: Any = None  # the window's hold on the file (app/models/instance_lock.py)
        self._savepoints = itertools.count(1)
        self.user_id: int | None = None  # the signed-in user; set by the UI/CLI after choosing

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not set yet: build the service once and keep it.
        target = type(self).SERVICES.get(name)
        if target is None:
            raise AttributeError(name)
        module, cls = target.split(":")
        service = getattr(importlib.import_module(module), cls)(self)
        setattr(self, name, service)
        return service

    @classmethod
    def open(
        cls,
        path: str | Path,
        clock: Callable[[], dt.datetime] | None = None,
        *,
        key: bytes | None = None,
        read_only: bool | ReadOnly = False,
        read_only_why: str = "",
    ) -> Store:
        """Open (or create) the database at ``path``, migrated to the latest schema. ``key``: the
        database key of an encrypted file (app/models/keyring.py unwraps it). ``read_only``: no
        edit at all and no migration (a file that needs one is refused): ``ReadOnly.FILE`` (or True)
        for a file or folder without write permission, ``ReadOnly.SHARED`` for a file another window
        holds; see ``ReadOnly`` for what each still writes (the access log). ``read_only_why`` says
        why in the banner and in each refusal.

        Opening never asks: the app and the CLI check ``app.models.file_check.diagnose`` first (a
        missing folder, an empty file) so that nothing is created unasked. A failure to open raises
        ``DatabaseUnavailable`` whose ``problem`` names the cause and the ways out."""
        kind = ReadOnly.FILE if read_only is True else (read_only or None)
        conn = _connect(path, key, kind is ReadOnly.FILE)
        try:
            # Check the version before anything writes (WAL mode changes the file header).
            refuse_newer(schema_version(conn))
            _refuse_foreign(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            if kind is not None:
                if kind is ReadOnly.FILE:
                    conn.execute("PRAGMA query_only = ON")
                else:  # the other window set the journal mode; this one only adds access-log rows
                    conn.execute("PRAGMA synchronous = FULL")
                if schema_version(conn) < LATEST_VERSION:
                    raise DatabaseUnavailable(
                        "Databasen har en äldre schemaversion och måste uppdateras, vilket inte går när "
                        "den är öppnad skrivskyddad. Öppna den med skrivrätt.")
                return cls(conn, str(path), clock or dt.datetime.now, key=key, read_only=kind,
                           read_only_why=read_only_why)
            if str(path) != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed answer survives a power cut, not only an app crash.
            conn.execute("PRAGMA synchronous = FULL")
            made = None
            if schema_version(conn) < LATEST_VERSION:
                # -- backups (issue 12): a verified backup of an existing file before it is migrated;
                # refuses to migrate (file unchanged) when none can be made. app/models/backup.py.
                from app.models import backup

                made = backup.before_migration(cls(conn, str(path), clock or dt.datetime.now, key=key))
                # -- end backups
                import sqlite_utils

                try:
                    migrate(sqlite_utils.Database(conn))
                except MigrationFailed as failed:  # the file is as it was: say why, and the way out
                    from app.models.file_check import migration_problem, problem_from_error

                    problem = (problem_from_error(str(path), failed.cause, key_given=key is not None)
                               or migration_problem(str(path), failed, made))  # a full disk stays a full disk
                    raise problem.error() from failed
        except sqlite_driver.Error as exc:
            # Locked by another program (WAL needs a moment's exclusive lock), a full disk during a
            # migration, a damaged page: the file check's words, never a traceback.
            conn.close()
            translated = _unavailable(str(path), exc, key is not None)
            if translated.problem is None:
                raise
            raise translated from exc
        except BaseException:
            conn.close()
            raise
        store = cls(conn, str(path), clock or dt.datetime.now, key=key)
        if made is not None:  # backups (issue 12): logged once the log's table is current
            backup.log_backup(store, made)
        return store

    @property
    def read_only(self) -> bool:
        """No edits in this store (see ``ReadOnly``); ``read_only_kind`` says which kind, ``read_only_why`` why."""
        return self.read_only_kind is not None

    def hold(self, lock: Any) -> None:
        """Keep the window's instance lock (app/models/instance_lock.py) until ``close()``."""
        self._instance_lock = lock

    def close(self) -> None:
        self._conn.close()
        lock, self._instance_lock = self._instance_lock, None
        if lock is not None:
            lock.release()
        self.closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def database_key(self) -> bytes | None:
        """The key of an encrypted database, for the key file (app/models/encryption.py) and for
        keying a backup's connection; None for a plain one. Never written anywhere in clear."""
        return self._key

    def table_counts(self) -> dict[str, int]:
        """Rows per table: what a copy (a backup, an encrypted conversion) must match."""
        names = [row[0] for row in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: self._conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}

    def export_encrypted_copy(self, target: Path, key: bytes) -> None:
        """A copy of this plain database at ``target`` (which must not exist), encrypted with ``key``:
        SQLCipher's ``sqlcipher_export`` into an attached keyed file, schema version included."""
        if self._key is not None:
            raise RuntimeError("the database is already encrypted")
        if len(key) != sqlite_driver.KEY_BYTES:
            raise ValueError("a database key is 32 bytes")
        version = self.schema_version
        create_new(target)  # 0600 from the first byte (SQLite would make it with the umask's mode)
        # the key is our own 32 random bytes as hex, never user text; ATTACH cannot bind it
        self._conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        try:
            self._conn.execute("SELECT sqlcipher_export('encrypted')")
            self._conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        finally:
            self._conn.execute("DETACH DATABASE encrypted")

    @property
    def schema_version(self) -> int:
        return schema_version(self._conn)

    def sibling(self) -> Store:
        """Another connection to the same file, same clock and user: for work on another thread
        (an SQLite connection belongs to the thread that opened it). The caller closes it."""
        other = type(self).open(self.path, clock=self._clock, key=self._key, read_only=self.read_only_kind or False,
                                read_only_why=self.read_only_why)
        other.user_id = self.user_id
        return other

    def backup_into(self, target: str | Path, *, count: Iterable[str] = (), pages_per_step: int = -1,
                    progress: Callable[[int, int, int], object] | None = None) -> tuple[int, dict[str, int]]:
        """SQLite's online backup of this database into the new file ``target``, keyed as this one is
        (an encrypted database gives an encrypted copy). The copy is the snapshot of one read
        transaction: writers on other connections go on meanwhile (WAL) and never make it restart,
        and the page count and the row counts of the tables ``count`` returned are of that same
        snapshot, for app/models/backup.py to check the copy against. ``progress(status, remaining,
        total)`` after each step of ``pages_per_step`` pages (-1: all at once). The copy is written
        without a journal and without syncs (it is a new file under a temporary name; the caller
        syncs it once and renames it), and is left in rollback-journal mode: it may lie on a network
        drive, where WAL does not work."""
        if self._conn.in_transaction:
            raise RuntimeError("backup_into() runs outside a transaction")
        copy = sqlite_driver.connect(target, key=self._key)
        try:
            copy.execute("PRAGMA synchronous = OFF")
            copy.execute("PRAGMA journal_mode = OFF")
            self._conn.execute("BEGIN")  # deferred: the read snapshot starts with the first read
            try:
                pages = int(self._conn.execute("PRAGMA page_count").fetchone()[0])
                counts = {t: int(self._conn.execute(f"SELECT count(*) FROM {_name(t)}").fetchone()[0])
                          for t in count}
                self._conn.backup(copy, pages=pages_per_step, progress=progress)
            finally:
                self._conn.execute("COMMIT")
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        return pages, counts

    # -- time -------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        return self._clock()

    def today(self) -> dt.date:
        return self.now().date()

    def timestamp(self) -> str:
        return self.now().isoformat(sep=" ", timespec="seconds")

    # -- reads ------------------------------------------------------------------------------
    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """``store.query("SELECT id, name FROM users ORDER BY name")`` → ``[{"id": 1, "name": …}]``"""
        cursor = self._conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        """The first row as a dict, or None: ``store.query_one("SELECT * FROM cases WHERE id = ?", (7,))``"""
        cursor = self._conn.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row))

    def query_value(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None: ``store.query_value("SELECT count(*) FROM notes")``"""
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def query_tuples(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Rows as plain tuples, for loops over many rows (statistics, search, Att göra)."""
        return self._conn.execute(sql, params).fetchall()

    # -- writes -----------------------------------------------------------------------------
    def compact(self) -> None:
        """VACUUM: rewrite the file without the free pages deleted rows leave behind (after a
        disposal, so nothing of a disposed case can be read back from the file), then empty the WAL.
        Outside any transaction: SQLite cannot vacuum inside one."""
        if self._conn.in_transaction:
            raise RuntimeError("compact() runs outside a transaction")
        if self.read_only:
            raise self.read_only_refusal()
        try:
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite_driver.OperationalError as exc:
            translated = storage_error(exc)
            if translated is None:
                raise
            raise translated from exc

    @contextlib.contextmanager
    def transaction(self, *, check_foreign_keys: bool = True) -> Iterator[Writer]:
        """Every write goes through here: all of it lands, or none of it. Nested use is a
        savepoint inside the outer transaction. Yields the ``Writer`` that is the only way to write.
        A locked file, a full disk or a read-only file raises ``StorageError`` with a Swedish message
        (see errors.storage_error); nothing of the transaction is then written.

        ``check_foreign_keys=False`` is for bulk loads of rows built consistent (the demo data):
        the outermost transaction then skips the reference checks, which are back on after it.

        A read-only store (``read_only``) refuses every write here with ``ReadOnlyRefused``, before it
        reaches the file; only the access log's rows go through (``_read_only_transaction``)."""
        if self.read_only:
            with self._read_only_transaction() as writer:
                yield writer
            return
        try:
            if check_foreign_keys:
                with self._transaction() as writer:
                    yield writer
            else:
                with self._foreign_keys_off(), self._transaction() as writer:
                    yield writer
        except sqlite_driver.OperationalError as exc:
            translated = storage_error(exc)
            if translated is None:
                raise
            raise translated from exc

    def read_only_refusal(self) -> ReadOnlyRefused:
        return ReadOnlyRefused(f"{NOT_SAVED}Databasen är öppnad skrivskyddad: {self.read_only_why}. "
                               "Inget har ändrats; det du skrivit finns kvar i formuläret.")

    @contextlib.contextmanager
    def _read_only_transaction(self) -> Iterator[Writer]:
        """The one way a read-only store writes: the access log's rows (Patientdatalagen: every access
        to a record is logged, read-only or not), and nothing else (``_AccessLogOnly`` refuses the
        rest). ``SHARED``: a real transaction on the writable file, so a refusal later in the block
        takes the log row back with it. ``FILE``: the rows are kept in memory and, when the outermost
        block ends without an error, appended to the pending file (app/models/pending_log.py)."""
        writer = _AccessLogOnly(self)
        if self.read_only_kind is ReadOnly.SHARED:
            try:
                with self._transaction() as real:
                    writer.real = real
                    yield writer
            except sqlite_driver.OperationalError as exc:
                translated = storage_error(exc)
                if translated is None:
                    raise
                raise translated from exc
            return
        outermost = self._pending_log is None
        if outermost:
            self._pending_log = []
        pending = self._pending_log
        assert pending is not None
        start = len(pending)
        try:
            yield writer
        except BaseException:
            del pending[start:]
            if outermost:
                self._pending_log = None
            raise
        if outermost:
            self._pending_log = None
            if pending:
                from app.models import pending_log

                pending_log.append(self.path, pending, key=self._key)

    def _pending_access_row(self, row: Mapping[str, Any]) -> int:
        assert self._pending_log is not None
        self._pending_log.append(dict(row))
        return 0  # no id: the row is not in the file yet

    @contextlib.contextmanager
    def without_waiting(self) -> Iterator[None]:
        """Writes in here that find the file locked by another program fail at once (``StorageError``)
        instead of waiting up to five seconds for the lock: for a retry nobody asked for, which must
        not freeze the window while the other program keeps the lock."""
        with self._pragma("busy_timeout", 0):
            yield

    @contextlib.contextmanager
    def _foreign_keys_off(self) -> Iterator[None]:
        # The pragma only takes effect outside a transaction.
        if self._conn.in_transaction:
            raise RuntimeError("check_foreign_keys=False needs the outermost transaction")
        with self._pragma("foreign_keys", 0):
            yield

    @contextlib.contextmanager
    def _pragma(self, name: str, value: int) -> Iterator[None]:
        """The connection's integer pragma ``name`` set to ``value`` for the block, then put back."""
        before = int(self._conn.execute(f"PRAGMA {name}").fetchone()[0])
        self._conn.execute(f"PRAGMA {name} = {int(value)}")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA {name} = {before}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Writer]:
        conn = self._conn
        if conn.in_transaction:
            name = f"atama_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield Writer(conn)
            except BaseException:
                if conn.in_transaction:  # a failed COMMIT-level error may have ended it already
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
        try:
            yield Writer(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _name(identifier: str) -> str:
    """Table and column names come from our code, never from a user; checked all the same."""
    if not _IDENTIFIER.fullmatch(identifier):
        raise ValueError(f"not an SQL identifier: {identifier!r}")
    return identifier


class Writer:
    """The writes of one transaction (see ``Store.transaction``)."""

    def __init__(self, conn: sqlite_driver.Connection):
        self._conn = conn

    def execute(self, sql: str, params: Params = ()) -> sqlite_driver.Cursor:
        """Any statement: ``tx.execute("UPDATE cases SET status = ? WHERE id = ?", ("aktiv", 7))``"""
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self._conn.executemany(sql, rows)

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """``tx.insert("notes", {"case_id": 7, "text": "…"})`` → the new row's id."""
        columns = ", ".join(_name(c) for c in row)
        marks = ", ".join("?" * len(row))
        cursor = self._conn.execute(f"INSERT INTO {_name(table)} ({columns}) VALUES ({marks})", tuple(row.values()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        """``tx.update("notes", 12, {"text": "…"})``; a row that does not exist is an error."""
        if not values:
            return
        assignments = ", ".join(f"{_name(c)} = ?" for c in values)
        cursor = self._conn.execute(
            f"UPDATE {_name(table)} SET {assignments} WHERE id = ?", (*values.values(), row_id))
        if cursor.rowcount != 1:
            raise LookupError(f"{table} {row_id} does not exist")


class _AccessLogOnly(Writer):
    """The writer of a read-only store (``Store._read_only_transaction``): inserts into ``access_log``
    go through; every other write is refused with ``ReadOnlyRefused`` before it reaches the file.
    (The sign-in does not remember the last user in a read-only window: app/models/users.py.)"""

    def __init__(self, store: Store):
        super().__init__(store._conn)
        self._store = store
        self.real: Writer | None = None  # SHARED: the real transaction's writer

    def _refuse(self) -> ReadOnlyRefused:
        return self._store.read_only_refusal()

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        if table != "access_log":
            raise self._refuse()
        if self.real is not None:
            return self.real.insert(table, row)
        return self._store._pending_access_row(row)

    def execute(self, sql: str, params: Params = ()) -> sqlite_driver.Cursor:
        raise self._refuse()

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        raise self._refuse()

    def update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        raise self._refuse()
