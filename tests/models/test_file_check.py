"""The file check (app/models/file_check.py), read-only stores and the two-window lock."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from app.models import instance_lock, pending_log, sqlite_driver
from app.models.clients import ClientInput
from app.models.errors import DatabaseUnavailable, ReadOnlyRefused, StorageError
from app.models.file_check import Cause, WayOut, diagnose, quick_check
from app.models.log_actions import LogAction
from app.models.store import ReadOnly, Store
from tests import bad_files
from tests.bad_files import HOLD
from tests.support import TEST_PASSWORD


@pytest.fixture(autouse=True)
def pending_dir(tmp_path, monkeypatch):
    folder = tmp_path / "userdata" / "pending"
    monkeypatch.setattr(pending_log, "pending_dir", lambda: folder)
    return folder


def test_a_sound_file_has_no_problem(tmp_path):
    assert diagnose(bad_files.good(tmp_path), check_holder=True) is None


@pytest.mark.parametrize(("make", "cause", "ways"), [
    (bad_files.empty, Cause.EMPTY, {WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER, WayOut.CREATE_NEW}),
    (bad_files.random_bytes, Cause.NOT_A_DATABASE, {WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER}),
    (lambda f: bad_files.truncated(f, 50), Cause.TRUNCATED, {WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER}),
    (lambda f: bad_files.truncated(f, 4096 * 3 + 100), Cause.TRUNCATED, {WayOut.RESTORE_BACKUP}),
    (bad_files.missing_folder, Cause.MISSING_FOLDER, {WayOut.CHOOSE_OTHER, WayOut.CREATE_NEW}),
])
def test_each_bad_file_is_named_with_its_ways_out(tmp_path, make, cause, ways):
    path = make(tmp_path)
    problem = diagnose(path)
    assert problem is not None and problem.cause == cause
    assert ways <= set(problem.ways_out)
    assert problem.path == str(path) and path.name in problem.message
    assert not path.parent.is_dir() or path.exists()  # nothing was created
    assert not path.with_name(path.name + "-wal").exists()


def test_a_truncated_file_cut_at_a_page_boundary_is_found_by_the_page_count(tmp_path):
    path = bad_files.truncated(tmp_path, 4096 * 2)
    assert diagnose(path).cause == Cause.TRUNCATED


def test_random_bytes_with_a_key_file_are_an_encrypted_database_not_damage(tmp_path):
    path = bad_files.random_bytes(tmp_path)
    path.with_name(path.name + ".keys").write_text("{}")
    problem = diagnose(path)
    assert problem.cause == Cause.ENCRYPTED
    assert "krypterad" in problem.message and "inte skadad" in problem.message
    assert diagnose(path, have_key=True) is None
    with pytest.raises(DatabaseUnavailable) as raised:
        Store.open(path, read_only=True)  # without the key SQLite says "file is not a database"
    assert raised.value.problem.cause == Cause.ENCRYPTED


def test_opening_random_bytes_says_not_a_database_and_leaves_the_file(tmp_path):
    path = bad_files.random_bytes(tmp_path)
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable) as raised:
        Store.open(path)
    assert raised.value.problem.cause == Cause.NOT_A_DATABASE
    assert path.read_bytes() == before


def test_a_damaged_page_is_found_by_quick_check(tmp_path):
    path = bad_files.damaged_page(tmp_path)
    assert diagnose(path) is None  # the header is fine: only reading the pages shows it
    try:
        store = Store.open(path, read_only=True)
    except DatabaseUnavailable as exc:  # so damaged that opening already fails: also named
        assert exc.problem.cause == Cause.DAMAGED
        return
    try:
        problem = quick_check(store)
        assert problem is not None and problem.cause == Cause.DAMAGED
        assert WayOut.RESTORE_BACKUP in problem.ways_out and problem.details
    finally:
        store.close()


def test_quick_check_passes_a_sound_file(store):
    assert quick_check(store) is None


@pytest.mark.skipif(bad_files.IS_ROOT or os.name != "posix", reason=bad_files.ROOT_REASON)
def test_a_read_only_file_and_a_read_only_folder_offer_read_only(tmp_path):
    path = bad_files.good(tmp_path)
    path.chmod(stat.S_IRUSR)
    assert diagnose(path).cause == Cause.READ_ONLY_FILE
    assert diagnose(path).read_only_possible
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert diagnose(path).cause == Cause.READ_ONLY_FOLDER
        store = Store.open(path, read_only=ReadOnly.FILE)
        assert store.clients.search_ids("testa0")
        store.close()
    finally:
        tmp_path.chmod(stat.S_IRWXU)


def test_a_read_only_file_simulated(tmp_path, monkeypatch):
    path = bad_files.good(tmp_path)
    monkeypatch.setattr(os, "access", lambda p, mode: str(p) != str(path))
    assert diagnose(path).cause == Cause.READ_ONLY_FILE
    assert diagnose(path, for_writing=False) is None


def test_a_file_locked_by_another_program_is_named_with_retry(tmp_path, monkeypatch):
    path = bad_files.good(tmp_path)
    other = sqlite_driver.connect(path)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE settings SET value = value")
    monkeypatch.setattr("app.models.store.BUSY_TIMEOUT_MS", 50)
    try:
        with pytest.raises(DatabaseUnavailable) as raised:
            Store.open(path)
        assert raised.value.problem.cause == Cause.LOCKED
        assert WayOut.RETRY in raised.value.problem.ways_out
        assert "låst av ett annat program" in str(raised.value)
    finally:
        other.execute("ROLLBACK")
        other.close()


# -- read-only stores ------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", [ReadOnly.FILE, ReadOnly.SHARED])
def test_a_read_only_store_refuses_every_write_and_names_why(tmp_path, kind):
    path = bad_files.good(tmp_path)
    store = Store.open(path, read_only=kind, read_only_why="den är öppen hos Bo Testsson")
    try:
        assert store.read_only and store.read_only_kind is kind
        before = store.query_value("SELECT count(*) FROM clients")
        anna = store.users.all()[0]
        store.users.sign_in(anna.id, TEST_PASSWORD)  # signing in works, and is logged (below)
        from app.models.clients import ClientInput
        with pytest.raises(ReadOnlyRefused) as raised:
            store.clients.add(ClientInput(first_name="Ny", last_name="Testsson", birth_year=1990, gender="man"))
        assert isinstance(raised.value, StorageError)  # the form keeps the text (app/ui/autosave.py)
        assert raised.value.reason.startswith("Databasen är öppnad skrivskyddad: den är öppen hos Bo Testsson")
        with pytest.raises(ReadOnlyRefused), store.transaction() as tx:
            tx.execute("UPDATE clients SET first_name = 'X'")
        with pytest.raises(ReadOnlyRefused):
            store.compact()
        assert store.query_value("SELECT count(*) FROM clients") == before
    finally:
        store.close()


def test_shared_read_only_writes_the_access_log_to_the_file(tmp_path):
    path = bad_files.good(tmp_path)
    store = Store.open(path, read_only=ReadOnly.SHARED)
    store.users.sign_in(store.users.all()[0].id, TEST_PASSWORD)
    client_id = store.clients.search_ids("testa1")[0]
    store.cases.open_client(client_id)
    store.close()
    check = Store.open(path)
    assert [r["action"] for r in check.query("SELECT action FROM access_log WHERE client_id = ?", (client_id,))] \
        == [LogAction.OPEN_CLIENT]
    check.close()


def test_file_read_only_keeps_the_access_log_pending_until_the_next_writable_open(tmp_path, pending_dir):
    path = bad_files.good(tmp_path)
    store = Store.open(path, read_only=ReadOnly.FILE)
    store.users.sign_in(store.users.all()[0].id, TEST_PASSWORD)
    client_id = store.clients.search_ids("testa2")[0]
    store.cases.open_client(client_id)
    store.close()
    assert [r["action"] for r in pending_log.waiting(path)] == [LogAction.SIGN_IN, LogAction.OPEN_CLIENT]
    pending = pending_log.pending_file(path)
    if os.name == "posix":
        assert stat.S_IMODE(pending.stat().st_mode) == 0o600
    writable = Store.open(path)
    assert writable.query("SELECT action FROM access_log WHERE client_id = ?", (client_id,)) == []
    assert pending_log.add_to(writable) == 2
    late = writable.query("SELECT action, what FROM access_log WHERE client_id = ?", (client_id,))
    assert late == [{"action": "open_client", "what": pending_log.LATE_NOTE.strip()}]
    assert not pending.exists() and pending_log.add_to(writable) == 0
    writable.close()


def test_the_pending_access_log_of_an_encrypted_database_is_sealed_with_its_key(tmp_path, pending_dir):
    from app.models import encryption

    path = tmp_path / "krypterad.sqlite"
    made, _code = encryption.create_database(path)
    key = made.database_key
    with made:
        anna = made.users.create("Anna Andersson", "arbetsterapeut", TEST_PASSWORD)
        made.users.sign_in(anna.id, TEST_PASSWORD)
        client = made.clients.add(ClientInput(first_name="Tolvan", last_name="Tolvansson", birth_year=1980,
                                              gender="man"))
    store = Store.open(path, key=key, read_only=ReadOnly.FILE)
    store.users.sign_in(anna.id, TEST_PASSWORD)
    store.cases.open_client(client.id)
    store.close()
    text = pending_log.pending_file(path).read_text()
    assert "open_client" not in text and "Anna" not in text  # sealed: nothing in clear
    assert pending_log.waiting(path) == []  # without the key nothing can be read
    with Store.open(path, key=key) as writable:
        assert pending_log.add_to(writable) == 2
        assert writable.query_value("SELECT count(*) FROM access_log WHERE client_id = ? AND what LIKE ?",
                                    (client.id, "%i efterhand%")) == 1


# -- two windows -----------------------------------------------------------------------------------



def _holder_process(db, how):
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(db), how], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    assert child.stdout.readline().strip() == "held"
    return child


@pytest.mark.parametrize("how", ["release", "crash"])
def test_a_second_process_sees_who_holds_the_file_and_a_crash_leaves_no_stale_lock(tmp_path, how):
    db = bad_files.good(tmp_path)
    child = _holder_process(db, how)
    try:
        with pytest.raises(instance_lock.HeldElsewhere) as raised:
            instance_lock.InstanceLock.acquire(db)
        holder = raised.value.holder
        assert holder.pid == child.pid and holder.user and holder.computer and holder.since
        seen = diagnose(db, check_holder=True)
        assert seen.cause == Cause.HELD_BY_WINDOW and WayOut.OPEN_READ_ONLY in seen.ways_out
        assert holder.user in seen.message
        marker = instance_lock.lock_path(db)
        assert json.loads(marker.read_text())["pid"] == child.pid
        if os.name == "posix":
            assert stat.S_IMODE(marker.stat().st_mode) == 0o600
    finally:
        child.communicate("\n", timeout=30)
    assert instance_lock.holder_of(db) is None
    mine = instance_lock.InstanceLock.acquire(db)  # after a release or a crash: free
    mine.release()
    assert not instance_lock.lock_path(db).exists()


def test_a_store_releases_its_lock_on_close(tmp_path):
    db = bad_files.good(tmp_path)
    store = Store.open(db)
    store.hold(instance_lock.InstanceLock.acquire(db))
    assert instance_lock.holder_of(db) is not None
    store.sibling().close()  # a worker thread's connection holds nothing
    assert instance_lock.holder_of(db) is not None
    store.close()
    assert instance_lock.holder_of(db) is None
