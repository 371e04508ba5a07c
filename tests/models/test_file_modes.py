"""Files with personal data are the owner's only (issue 12): the database and its -wal/-shm 0600,
folders the app makes 0700 (app/file_modes.py). Mode bits are checked as root too; only the
permission-denial parts need a normal user."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from app.file_modes import create_new, make_folders, owner_only_file, private_folder, protect_database
from app.models.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="modes are left alone on Windows (NTFS ACLs)")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def wide_umask():
    """The usual umask 022, which gives a file 0644 unless the app says otherwise."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_and_its_wal_and_shm_are_0600_in_new_folders_0700(tmp_path):
    path = tmp_path / "ny" / "mapp" / "atama.sqlite"
    store = Store.open(path)
    try:
        with store.transaction() as tx:
            tx.execute("UPDATE settings SET value = value")  # a write: the -wal has pages
        files = {name: mode(path.with_name(path.name + name)) for name in ("", "-wal", "-shm")}
    finally:
        store.close()
    assert files == {"": 0o600, "-wal": 0o600, "-shm": 0o600}
    assert (mode(tmp_path / "ny"), mode(tmp_path / "ny" / "mapp")) == (0o700, 0o700)


def test_an_existing_folder_keeps_its_mode(tmp_path):
    folder = tmp_path / "delad"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    Store.open(folder / "atama.sqlite").close()
    assert mode(folder) == 0o755  # the user's folder: only our file in it is made 0600
    assert mode(folder / "atama.sqlite") == 0o600


def test_a_database_left_0644_by_an_older_version_is_made_0600_with_its_side_files(tmp_path):
    path = tmp_path / "atama.sqlite"
    Store.open(path).close()
    # an older ATAMA (and plain SQLite) left the file and its -wal/-shm with the umask's 0644
    os.chmod(path, 0o644)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS kvar (x)")
    conn.execute("INSERT INTO kvar VALUES (1)")
    conn.commit()
    side = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    for file in side:
        os.chmod(file, 0o644)
    store = Store.open(path)
    try:
        assert [mode(path), *map(mode, side)] == [0o600, 0o600, 0o600]
    finally:
        store.close()
        conn.close()


def test_plain_sqlite_would_have_made_them_0644(tmp_path):
    """Why Store.open creates the file itself: SQLite makes a new file with the umask's mode (and
    gives the -wal/-shm the main file's). The test that shows the fix is needed."""
    path = tmp_path / "plain.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    try:
        assert [mode(path.with_name(path.name + s)) for s in ("", "-wal", "-shm")] == [0o644] * 3
    finally:
        conn.close()


def test_read_only_and_memory_databases_are_not_touched(tmp_path):
    path = tmp_path / "atama.sqlite"
    Store.open(path).close()
    os.chmod(path, 0o640)
    Store.open(path, read_only=True).close()
    assert mode(path) == 0o640  # perhaps not ours: a read-only open changes nothing
    protect_database(":memory:")
    protect_database("")
    # the -wal/-shm a reader of a WAL file makes get the main file's mode from SQLite, never wider
    assert {p.name: mode(p) for p in tmp_path.iterdir()}.items() <= {
        "atama.sqlite": 0o640, "atama.sqlite-wal": 0o640, "atama.sqlite-shm": 0o640}.items()


def test_the_demo_database_is_0600(tmp_path):
    from app.models.demo import make_demo_database

    path = tmp_path / "demo.sqlite"
    make_demo_database(path, clients=3)
    assert mode(path) == 0o600


def test_a_new_file_is_0600_from_the_start_and_never_an_existing_one_or_a_symlink(tmp_path):
    os.umask(0o000)  # even then
    create_new(tmp_path / "ny.tmp")
    assert mode(tmp_path / "ny.tmp") == 0o600
    with pytest.raises(FileExistsError):
        create_new(tmp_path / "ny.tmp")
    (tmp_path / "länk.tmp").symlink_to(tmp_path / "mål")
    with pytest.raises(FileExistsError):
        create_new(tmp_path / "länk.tmp")
    assert not (tmp_path / "mål").exists()


def test_the_private_folder_is_0700_even_if_it_was_made_wider_and_the_log_file_0600(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    assert mode(private_folder(folder)) == 0o700
    log = folder / "atama.log"
    log.write_text("gammal rad\n")
    os.chmod(log, 0o644)
    owner_only_file(log)
    assert (mode(log), log.read_text()) == (0o600, "gammal rad\n")  # made private, not emptied
    assert mode(owner_only_file(folder / "ny.log")) == 0o600
    assert mode(make_folders(tmp_path / "a" / "b")) == 0o700 and mode(tmp_path / "a") == 0o700
