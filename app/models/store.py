"""Opening the local SQLite store and the service facade the UI and CLI talk to.

>>> store = Store.open(":memory:")
>>> user = store.users.add("Test Testsson", "arbetsterapeut")
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib
import itertools
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from app.models.errors import DatabaseUnavailable, SchemaTooNew
from app.models.migrations import LATEST_VERSION, MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _connect(path: str | Path) -> sqlite3.Connection:
    target = str(path)
    if target != ":memory:":
        Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(target, isolation_level=None)  # explicit transactions only
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA schema_version").fetchone()  # fails early on a non-database file
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(
            f"Databasfilen {target} kan inte öppnas: den är låst, skadad eller ingen ATAMA-databas."
        ) from exc
    return conn


def refuse_newer(version: int) -> None:
    if version > LATEST_VERSION:
        raise SchemaTooNew(
            f"Databasen är skapad av en nyare version av ATAMA (schemaversion {version}, "
            f"den här versionen känner till {LATEST_VERSION}). Uppdatera programmet. "
            "Databasen har inte ändrats."
        )


def _refuse_foreign(conn: sqlite3.Connection) -> None:
    """Version 0 with tables in it is some other program's database: leave it alone."""
    if schema_version(conn) == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise DatabaseUnavailable(
            "Filen är en databas från ett annat program, inte en ATAMA-databas. Den har inte ändrats."
        )


def migrate(db: "sqlite_utils.Database") -> int:
    """Apply every pending migration, each in its own transaction. Returns the new version."""
    version = schema_version(db.conn)
    refuse_newer(version)
    for number in range(version, LATEST_VERSION):
        with db.atomic():  # one transaction per migration: a failure leaves the previous version
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    return LATEST_VERSION


class Store:
    """One open database plus the services over it. Not shared between threads.

    ``conn`` is the sqlite3 connection (reads and tuned SQL); ``db`` is the sqlite-utils view of it
    for table writes, created on first use so that opening the app does not pay its import.
    """

    # The services, by attribute name: each module is imported when its service is first used,
    # so start-up pays only for what the first screen shows. A new area adds one line here.
    SERVICES = {
        "users": "app.models.users:Users",
        "clients": "app.models.clients:Clients",
        "cases": "app.models.cases:Cases",
        "process": "app.models.process:Process",
        "notes": "app.models.notes:Notes",
        "consents": "app.models.consents:Consents",
        "assessments": "app.models.assessments:Assessments",
        "settings": "app.models.settings:Settings",
        "plans": "app.models.plans:Plans",
        "interventions": "app.models.interventions:Interventions",
        "evaluation": "app.models.evaluation:Evaluation",
        "closure": "app.models.closure:ClosureService",
        "groups": "app.models.groups:Groups",
        "todo": "app.models.todo:Todos",
        "sequences": "app.models.sequences:Sequences",
        "export_log": "app.models.export_log:ExportLog",
    }

    def __init__(self, conn: sqlite3.Connection, path: str, clock: Callable[[], dt.datetime]):
        self.conn = conn
        self.path = path
        self._clock = clock
        self._savepoints = itertools.count(1)
        self.user_id: int | None = None  # the signed-in user; set by the UI/CLI after choosing

    def __getattr__(self, name: str):
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
    ) -> "Store":
        conn = _connect(path)
        try:
            # Check the version before anything writes (WAL mode changes the file header).
            refuse_newer(schema_version(conn))
            _refuse_foreign(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            if str(path) != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed answer survives a power cut, not only an app crash.
            conn.execute("PRAGMA synchronous = FULL")
            if schema_version(conn) < LATEST_VERSION:
                import sqlite_utils

                migrate(sqlite_utils.Database(conn))
        except BaseException:
            conn.close()
            raise
        return cls(conn, str(path), clock or dt.datetime.now)

    @functools.cached_property
    def db(self) -> "sqlite_utils.Database":
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def sibling(self) -> "Store":
        """Another connection to the same file, same clock and user: for work on another thread
        (an SQLite connection belongs to the thread that opened it). The caller closes it."""
        other = type(self).open(self.path, clock=self._clock)
        other.user_id = self.user_id
        return other

    # -- time -------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        return self._clock()

    def today(self) -> dt.date:
        return self.now().date()

    def timestamp(self) -> str:
        return self.now().isoformat(sep=" ", timespec="seconds")

    # -- transactions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """Every write goes through here: all of it lands, or none of it. Nested use is a
        savepoint inside the outer transaction (sqlite-utils' own writes nest the same way).
        Yields the store: ``tx.execute(sql)`` for SQL, ``tx["table"]`` for sqlite-utils' table API."""
        if self.conn.in_transaction:
            name = f"atama_{next(self._savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a failed COMMIT-level error may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def __getitem__(self, table: str) -> "sqlite_utils.db.Table":
        return self.db[table]

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: tuple | dict = ()) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None
