"""Bad database files for the file-check tests (models, CLI and window): each builder writes one
into ``folder`` and returns its path. Only fictitious people in the good ones."""

from __future__ import annotations

import os
import random
import textwrap
from pathlib import Path

from app.models import sqlite_driver
from app.models.store import Store
from tests.support import TEST_PASSWORD, TEST_PASSWORD_HASH

IS_ROOT = os.name == "posix" and os.geteuid() == 0
ROOT_REASON = "root may read and write files and folders without permission (chmod does not stop it)"


def good(folder: Path, name: str = "atama.sqlite", clients: int = 30) -> Path:
    """A sound database with Anna (TEST_PASSWORD) and ``clients`` fictitious clients, checkpointed:
    everything is in the main file, nothing in a -wal."""
    from app.models.clients import ClientInput

    path = folder / name
    store = Store.open(path)
    anna = store.users.create("Anna Andersson", "arbetsterapeut", TEST_PASSWORD, password_hash=TEST_PASSWORD_HASH)
    store.users.sign_in(anna.id, TEST_PASSWORD)
    for n in range(clients):
        store.clients.add(ClientInput(first_name=f"Testa{n}", last_name="Testsson", birth_year=1980, gender="kvinna"))
    store.close()
    return path


def empty(folder: Path) -> Path:
    path = folder / "tom.sqlite"
    path.write_bytes(b"")
    return path


def random_bytes(folder: Path, size: int = 8192) -> Path:
    path = folder / "slump.sqlite"
    path.write_bytes(random.Random(7).randbytes(size))
    return path


def truncated(folder: Path, size: int) -> Path:
    """A good database cut off after ``size`` bytes (50: not even the whole header)."""
    source = good(folder, "hel.sqlite")
    path = folder / f"avkortad{size}.sqlite"
    path.write_bytes(source.read_bytes()[:size])
    return path


def damaged_page(folder: Path, table: str = "clients") -> Path:
    """A good database with garbage written into the first page of ``table`` (not the header); a
    table other than the app's (``table="uthyrning"``) is made first, with rows, so that what the
    first view reads stays whole and only a check of every page finds the damage."""
    path = good(folder, "skadad.sqlite", clients=200)
    if table != "clients":
        writer = sqlite_driver.connect(path)
        writer.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, text TEXT)")
        writer.executemany(f"INSERT INTO {table} (text) VALUES (?)", [("rad " * 50,) for _ in range(200)])
        writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        writer.close()
    conn = sqlite_driver.connect(path, read_only=True)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d\xff\xff\xff\xff\x00\x7f" + random.Random(3).randbytes(200))
    return path


def missing_folder(folder: Path) -> Path:
    return folder / "finns-inte" / "atama.sqlite"


# A child process that holds the file as an ATAMA window does (argv: the database, release|crash).
HOLD = textwrap.dedent("""
    import sys, time
    from app.models.instance_lock import InstanceLock
    lock = InstanceLock.acquire(sys.argv[1])
    print("held", flush=True)
    sys.stdin.readline()
    if sys.argv[2] == "release":
        lock.release()
    else:
        import os; os._exit(9)  # a crash: nothing released by the program
""")


def update_fails(folder: Path, version: int = 15) -> Path:
    """A file at ``version`` (at most 15, the one before migration 16) as a development build left it:
    in WAL mode (as ATAMA keeps every file), with a user, and with the column migration 16 adds
    already there, so this build's update meets "duplicate column name: phone"."""
    from tests.builders import database_at_version

    path = folder / "utveckling.sqlite"
    conn = database_at_version(path, version)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("INSERT INTO users (name, title, created_at) VALUES ('Anna Andersson', 'arbetsterapeut', "
                 "'2026-01-01T08:00:00')")
    conn.execute("ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT ''")
    conn.close()
    return path
