"""Opening the store, migrations, refusal of files we must not touch, transactions, layering."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from app.models import sqlite_driver
from app.models import store as store_module
from app.models.clients import ClientInput
from app.models.errors import DatabaseUnavailable, SchemaTooNew, StorageError
from app.models.migrations import LATEST_VERSION, MIGRATIONS
from app.models.store import Store
from tests.builders import database_at_version
from tests.support import FIXED_NOW, count

REPO_ROOT = Path(__file__).resolve().parents[2]
ATAMA_TABLES = {"users", "settings", "clients", "cases", "case_steps", "step_events", "step_answers",
                "consents", "notes", "clients_search"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name))


def raw_version(path: Path) -> int:
    conn = sqlite_driver.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def raw_schema(path: Path) -> set[tuple[str, str]]:
    conn = sqlite_driver.connect(path)
    try:
        return set(conn.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def tables(store: Store) -> set[str]:
    return {r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}


def open_store(path) -> Store:
    return Store.open(path, clock=lambda: FIXED_NOW)


# -- opening and migrating --------------------------------------------------------------------

def test_migration_n_is_the_nth_in_the_list():
    """A migration's number is its place in the list (user_version counts them): _m003_… third. A
    migration inserted in the middle, or two with one number, fails here instead of in a unit's file."""
    numbers = [int(m.__name__.split("_")[1].removeprefix("m")) for m in MIGRATIONS]
    assert numbers == list(range(1, LATEST_VERSION + 1))


def test_new_file_is_created_and_migrated_to_the_latest_version(tmp_path):
    path = tmp_path / "deep" / "er" / "atama.sqlite"  # missing folders are created
    store = open_store(path)
    try:
        assert path.exists()
        assert store.schema_version == LATEST_VERSION
        assert ATAMA_TABLES <= tables(store)
    finally:
        store.close()


def test_empty_file_is_migrated_to_the_latest_version(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    store = open_store(path)
    store.close()
    assert raw_version(path) == LATEST_VERSION
    assert {"clients", "cases", "notes"} <= {name for name, _ in raw_schema(path)}


def test_in_memory_store_is_migrated():
    store = open_store(":memory:")
    try:
        assert store.schema_version == LATEST_VERSION
        assert ATAMA_TABLES <= tables(store)
    finally:
        store.close()


def test_reopening_runs_no_migration_and_keeps_data(db_path, monkeypatch):
    store = open_store(db_path)
    store.users.add("Anna Andersson", "arbetsterapeut")
    store.close()
    schema_before = raw_schema(db_path)

    calls = []

    def spy(migration):
        def run(db):
            calls.append(migration.__name__)
            migration(db)
        return run

    monkeypatch.setattr(store_module, "MIGRATIONS", [spy(m) for m in MIGRATIONS])
    store = open_store(db_path)
    try:
        assert calls == []
        assert store.schema_version == LATEST_VERSION
        assert [u.name for u in store.users.all()] == ["Anna Andersson"]
    finally:
        store.close()
    assert raw_schema(db_path) == schema_before


@pytest.mark.parametrize("k", range(LATEST_VERSION))
def test_a_database_at_any_older_version_is_brought_up_to_date(tmp_path, k):
    """Grows with the migration list: a file left at version k by an older release opens fine."""
    old = tmp_path / f"v{k}.sqlite"
    conn = database_at_version(old, k)
    conn.close()
    assert raw_version(old) == k

    store = open_store(old)
    store.close()
    fresh = tmp_path / "fresh.sqlite"
    open_store(fresh).close()

    assert raw_version(old) == LATEST_VERSION
    assert raw_schema(old) == raw_schema(fresh)


def _failing_migration(db):
    db.execute("CREATE TABLE half_done (x INTEGER)")
    db.execute("INSERT INTO half_done VALUES (1)")
    raise RuntimeError("migration broke halfway")


def test_failing_migration_leaves_version_and_schema_unchanged(db_path, monkeypatch):
    open_store(db_path).close()
    schema_before = raw_schema(db_path)

    monkeypatch.setattr(store_module, "MIGRATIONS", [*MIGRATIONS, _failing_migration])
    monkeypatch.setattr(store_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(DatabaseUnavailable, match="migration broke halfway"):
        open_store(db_path)

    assert raw_version(db_path) == LATEST_VERSION
    assert raw_schema(db_path) == schema_before
    assert "half_done" not in {name for name, _ in raw_schema(db_path)}


def test_all_pending_migrations_are_one_transaction(db_path, monkeypatch):
    """A fresh file whose last migration breaks gets none of them: all or nothing, so a failed update
    never leaves a file at a version between the one it had and this build's (issue 13)."""
    monkeypatch.setattr(store_module, "MIGRATIONS", [*MIGRATIONS, _failing_migration])
    monkeypatch.setattr(store_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(DatabaseUnavailable):
        open_store(db_path)

    assert raw_version(db_path) == 0
    assert raw_schema(db_path) == set()


def test_after_a_failed_migration_the_file_is_not_left_locked(db_path, monkeypatch):
    monkeypatch.setattr(store_module, "MIGRATIONS", [*MIGRATIONS, _failing_migration])
    monkeypatch.setattr(store_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(DatabaseUnavailable):
        open_store(db_path)
    monkeypatch.undo()
    store = open_store(db_path)
    try:
        store.users.add("Anna Andersson", "arbetsterapeut")
        assert count(store, "users") == 1
    finally:
        store.close()


# -- files we must refuse ---------------------------------------------------------------------

def _newer_database(path: Path, wal: bool = False) -> None:
    conn = sqlite_driver.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY, x TEXT)")
    conn.execute("INSERT INTO future_things (x) VALUES ('från framtiden')")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_newer_schema_is_refused_and_the_file_is_not_touched(tmp_path, wal):
    path = tmp_path / "newer.sqlite"
    _newer_database(path, wal=wal)
    before, files_before = sha256(path), sidecars(path)

    with pytest.raises(SchemaTooNew) as info:
        open_store(path)

    message = str(info.value)
    assert f"schemaversion {LATEST_VERSION + 1}" in message
    assert f"känner till {LATEST_VERSION}" in message
    assert "nyare version av ATAMA" in message
    assert "Databasen har inte ändrats." in message
    assert sha256(path) == before
    assert sidecars(path) == files_before == []  # no -wal / -shm left behind
    assert raw_version(path) == LATEST_VERSION + 1


def test_newer_schema_is_refused_by_migrate_too(tmp_path):
    path = tmp_path / "newer.sqlite"
    _newer_database(path)
    conn = sqlite_driver.connect(path)
    try:
        with pytest.raises(SchemaTooNew):
            store_module.migrate(sqlite_utils.Database(conn))
    finally:
        conn.close()


def test_random_bytes_are_not_a_database(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(random.Random(20261120).randbytes(8192))
    before = sha256(path)
    with pytest.raises(DatabaseUnavailable) as info:
        open_store(path)
    assert "ingen läsbar ATAMA-databas" in str(info.value)
    assert str(path) in str(info.value)
    assert sha256(path) == before
    assert sidecars(path) == []


def test_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "anteckningar.txt"
    path.write_text("Det här är ingen databas, bara en textfil med åäö.\n" * 100, encoding="utf-8")
    before = sha256(path)
    with pytest.raises(DatabaseUnavailable):
        open_store(path)
    assert sha256(path) == before


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseUnavailable):
        open_store(tmp_path)


def _foreign_database_with_users_table(path: Path) -> None:
    conn = sqlite_driver.connect(path)
    conn.execute("CREATE TABLE users (login TEXT)")
    conn.execute("INSERT INTO users VALUES ('någon')")
    conn.commit()
    conn.close()


def _foreign_database_without_clashes(path: Path) -> None:
    conn = sqlite_driver.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("make", [_foreign_database_with_users_table, _foreign_database_without_clashes],
                         ids=["clashing-table", "other-tables"])
def test_another_programs_database_is_refused_untouched(tmp_path, make):
    path = tmp_path / "annat-program.sqlite"
    make(path)
    before = sha256(path)
    try:
        opened = open_store(path)
    except DatabaseUnavailable:
        opened = None
    else:
        opened.close()
    assert sha256(path) == before
    assert opened is None


# -- connection settings ----------------------------------------------------------------------

def test_foreign_keys_are_enforced(store):
    assert store.query_value("PRAGMA foreign_keys") == 1
    with pytest.raises(sqlite_driver.IntegrityError), store.transaction() as tx:
        tx.execute(
            "INSERT INTO cases (client_id, case_number, referral_date, referred_by, target_group, "
            "created_at, updated_at) VALUES (999, '2026-9999', '2026-11-01', 'chef', 'annan', 'x', 'x')"
        )
    assert count(store, "cases") == 0


def test_file_database_uses_wal_and_full_sync(store):
    assert store.query_value("PRAGMA journal_mode") == "wal"
    assert store.query_value("PRAGMA synchronous") == 2  # FULL


def test_store_remembers_path_and_clock(store, db_path):
    assert store.path == str(db_path)
    assert store.now() == FIXED_NOW
    assert store.today().isoformat() == "2026-11-20"
    assert store.timestamp() == "2026-11-20 10:00:00"


# -- transactions -----------------------------------------------------------------------------

def test_failure_inside_a_transaction_rolls_back_every_write(bare_store):
    with pytest.raises(RuntimeError), bare_store.transaction():
        bare_store.users.add("Anna Andersson", "arbetsterapeut")
        bare_store.clients.add(ClientInput(first_name="Tolvan", last_name="Tolvansson",
                                           personnummer="19121212-1212", gender="man"))
        assert count(bare_store, "clients") == 1  # visible inside the transaction
        raise RuntimeError("strömavbrott")
    assert count(bare_store, "users") == 0
    assert count(bare_store, "clients") == 0
    assert bare_store.clients.search("Tolvan") == []
    assert bare_store.clients.search("19121212-1212") == []


def test_rolled_back_writes_never_reach_the_file(bare_store, db_path):
    with pytest.raises(RuntimeError), bare_store.transaction() as tx:
        tx.insert("settings", {"key": "k", "value": "v"})
        raise RuntimeError
    other = sqlite_driver.connect(db_path)
    try:
        assert other.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    finally:
        other.close()


def test_committed_writes_are_visible_to_another_connection(bare_store, db_path):
    bare_store.users.add("Anna Andersson", "arbetsterapeut")
    other = sqlite_driver.connect(db_path)
    try:
        assert other.execute("SELECT name FROM users").fetchall() == [("Anna Andersson",)]
    finally:
        other.close()


def test_without_waiting_a_locked_file_refuses_at_once_and_the_wait_comes_back(bare_store, db_path):
    """For the UI's retries after a refused save: no five-second wait for another program's lock."""
    assert bare_store.query_value("PRAGMA busy_timeout") == 5000
    other = sqlite_driver.connect(db_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with bare_store.without_waiting():
            assert bare_store.query_value("PRAGMA busy_timeout") == 0
            with pytest.raises(StorageError, match="låst"):
                bare_store.users.add("Anna Andersson", "arbetsterapeut")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert bare_store.query_value("PRAGMA busy_timeout") == 5000
    bare_store.users.add("Anna Andersson", "arbetsterapeut")
    assert count(bare_store, "users") == 1


def test_transaction_commits_when_the_block_succeeds(bare_store):
    with bare_store.transaction() as tx:
        tx.insert("settings", {"key": "a", "value": "1"})
        tx.insert("settings", {"key": "b", "value": "2"})
    assert bare_store.query("SELECT key, value FROM settings ORDER BY key") == [
        {"key": "a", "value": "1"}, {"key": "b", "value": "2"}
    ]
    assert bare_store._conn.in_transaction is False


# -- the one way to the data ------------------------------------------------------------------

def _user_row(name: str) -> dict:
    return {"name": name, "title": "arbetsterapeut", "created_at": "2026-11-20 10:00:00"}


def test_insert_returns_the_new_id_and_update_changes_that_row(bare_store):
    with bare_store.transaction() as tx:
        first = tx.insert("users", _user_row("Anna Andersson"))
        second = tx.insert("users", _user_row("Bo Berg"))
        tx.update("users", second, {"name": "Bo Bergström"})
    assert second == first + 1
    assert bare_store.query_value("SELECT name FROM users WHERE id = ?", (first,)) == "Anna Andersson"
    assert bare_store.query_one("SELECT name FROM users WHERE id = ?", (second,)) == {"name": "Bo Bergström"}
    assert bare_store.query_tuples("SELECT id FROM users ORDER BY id") == [(first,), (second,)]
    assert bare_store.query_one("SELECT name FROM users WHERE id = 999") is None
    assert bare_store.query_value("SELECT name FROM users WHERE id = 999") is None


def test_update_of_a_missing_row_fails_and_writes_nothing(bare_store):
    with pytest.raises(LookupError, match="users 999"), bare_store.transaction() as tx:
        tx.insert("users", _user_row("Anna Andersson"))
        tx.update("users", 999, {"name": "Ingen"})
    assert count(bare_store, "users") == 0


def test_there_is_no_write_outside_a_transaction(store):
    for name in ("execute", "executemany", "insert", "update", "conn", "db", "__getitem__"):
        assert not hasattr(store, name), name
    assert not hasattr(store_module.Writer, "__getitem__")


def test_a_nested_transaction_that_raises_rolls_back_only_its_savepoint(bare_store):
    with bare_store.transaction() as tx:
        tx.insert("users", _user_row("Anna Andersson"))
        with pytest.raises(RuntimeError), bare_store.transaction() as inner:
            inner.insert("users", _user_row("Bo Berg"))
            raise RuntimeError("halvvägs")
        tx.insert("users", _user_row("Cilla Carlsson"))
    assert [r["name"] for r in bare_store.query("SELECT name FROM users ORDER BY id")] == [
        "Anna Andersson", "Cilla Carlsson"]


def test_a_bulk_load_may_skip_the_reference_checks_only_as_the_outer_transaction(store):
    orphan = ("INSERT INTO cases (client_id, case_number, referral_date, referred_by, target_group, "
              "created_at, updated_at) VALUES (999, '2026-9999', '2026-11-01', 'chef', 'annan', 'x', 'x')")
    with store.transaction(check_foreign_keys=False) as tx:
        tx.execute(orphan)
    assert count(store, "cases") == 1
    assert store.query_value("PRAGMA foreign_keys") == 1  # back on afterwards
    with (store.transaction(), pytest.raises(RuntimeError, match="outermost"),
          store.transaction(check_foreign_keys=False)):
        pass


def test_models_and_exporters_never_reach_for_the_connection():
    """Everything goes through Store's API; only store.py and the migrations hold the connection
    (sqlite_driver.py makes it). backup.py opens backup files, not the journal's data: it checks a copy
    and copies a backup back (the live database is copied by Store.backup_into)."""
    allowed = {REPO_ROOT / "app" / "models" / name
               for name in ("store.py", "migrations.py", "sqlite_driver.py", "backup.py")}
    sources = [*(REPO_ROOT / "app" / "models").rglob("*.py"), *(REPO_ROOT / "app" / "exporters").rglob("*.py")]
    assert len(sources) > 20
    offenders = [
        f"{path.relative_to(REPO_ROOT)}: {word}"
        for path in sources if path not in allowed
        for word in ("_conn", "sqlite3.connect", "sqlite_driver.connect") if word in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


# -- layering ---------------------------------------------------------------------------------

def test_models_do_not_import_qt():
    """The domain layer is plain Python: importing every app/models module must not load PySide6.
    Run in a fresh interpreter: pytest-qt has already imported Qt into this one."""
    code = """
import importlib, json, pkgutil, sys
import app.models, app.paths
names = sorted(m.name for m in pkgutil.walk_packages(app.models.__path__, "app.models."))
for name in names:
    importlib.import_module(name)
qt = sorted(n for n in sys.modules if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(json.dumps({"modules": names, "qt": qt}))
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    models = REPO_ROOT / "app" / "models"  # modules and packages (app.models.demo), with their modules
    expected = {".".join(("app", "models", *p.relative_to(models).with_suffix("").parts)).removesuffix(".__init__")
                for p in models.rglob("*.py") if p != models / "__init__.py"}
    assert set(report["modules"]) == expected
    assert report["qt"] == []
