"""Backups (app/models/backup.py): the online backup, verified and listed; rotation across days; an
encrypted database's backup; an unreachable folder; the backup before a migration; restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3

import pytest

from app.models import backup, keyfile, sqlite_driver
from app.models.backup import BackupDamaged, BackupFolderUnavailable, BackupKind, Rotation
from app.models.errors import DatabaseUnavailable
from app.models.log_actions import LogAction
from app.models.migrations import LATEST_VERSION
from app.models.store import Store
from tests import builders
from tests.support import FIXED_NOW


class Clock:
    def __init__(self, start: dt.datetime = FIXED_NOW):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def files_in(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def damage(path, at: int = 40_960, size: int = 8192) -> None:
    """Overwrite bytes in the middle of the file, as a failing disk would."""
    with open(path, "r+b") as handle:
        handle.seek(at)
        handle.write(os.urandom(size))


def blocks_sha256(path, block: int = 64 << 20) -> str:
    """The block checksum as the module's docstring defines it, computed here on its own."""
    data = path.read_bytes()
    digests = b"".join(hashlib.sha256(data[i:i + block]).digest() for i in range(0, max(len(data), 1), block))
    return hashlib.sha256(digests).hexdigest()


def test_the_block_checksum_covers_every_block_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "CHECKSUM_BLOCK", 4096)
    path = tmp_path / "file.bin"
    path.write_bytes(os.urandom(3 * 4096 + 100))
    assert backup.file_checksum(path) == blocks_sha256(path, 4096)
    assert backup.file_checksum(path, backup.FILE_SHA256) == hashlib.sha256(path.read_bytes()).hexdigest()
    before = backup.file_checksum(path)
    damage(path, at=2 * 4096 + 10, size=1)  # one byte in the third block
    assert backup.file_checksum(path) != before
    (empty := tmp_path / "empty.bin").write_bytes(b"")
    assert backup.file_checksum(empty) == blocks_sha256(empty)
    with pytest.raises(BackupDamaged, match="okänt slag"):
        backup.file_checksum(path, "crc-7")


def test_a_backup_listed_with_a_plain_sha256_is_still_checked_by_it(store):
    """A manifest written before the block checksum names no method: its SHA-256 of the whole file
    is what the preview checks the file against."""
    info = backup.make_backup(store)
    data = json.loads(info.manifest.read_text(encoding="utf-8"))
    del data["checksum"], data["checksum_method"]
    data["sha256"] = hashlib.sha256(info.path.read_bytes()).hexdigest()
    info.manifest.write_text(json.dumps(data), encoding="utf-8")
    old = backup.list_backups(store.path)[0]
    assert old.checksum_method == backup.FILE_SHA256 and old.checksum == data["sha256"]
    assert backup.inspect(old, None).ok
    damage(old.path, at=old.size - 100, size=10)
    assert "kontrollsumman" in backup.inspect(old, None).problem


def test_a_backup_is_verified_listed_and_logged(store, user_data_dir):
    builders.client_with_case(store, first_name="Kalle", last_name="Kartläggare")
    info = backup.make_backup(store)
    assert info.path.parent == user_data_dir / "backups"
    assert info.path.is_file() and info.manifest.is_file()
    assert info.counts["clients"] == 1 and info.counts["cases"] == 1
    assert info.schema_version == LATEST_VERSION
    assert info.checksum_method == backup.BLOCK_SHA256 and info.checksum == blocks_sha256(info.path)
    assert "antal rader" in info.verified
    assert [b.path for b in backup.list_backups(store.path)] == [info.path]
    assert backup.list_backups(store.path)[0].checksum == info.checksum
    # the copy is a plain database (this one is not encrypted) that reads alike
    copy = sqlite3.connect(info.path)
    assert copy.execute("SELECT count(*) FROM clients").fetchone() == (1,)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # no WAL on a network drive
    copy.close()
    logged = store.access_log.latest(1)[0]
    assert logged.action == LogAction.BACKUP and str(info.path) in logged.what


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_backup_files_are_private_and_a_folder_made_for_them_too(store, user_data_dir):
    info = backup.make_backup(store)
    assert info.path.parent.stat().st_mode & 0o777 == 0o700
    for path in (info.path, info.manifest):
        assert path.stat().st_mode & 0o777 == 0o600
    assert (backup.config_path().exists() is False)  # nothing chosen yet: no settings file needed
    backup.set_folder(store.path, info.path.parent)
    assert backup.config_path().stat().st_mode & 0o777 == 0o600


def test_a_failed_backup_leaves_nothing_that_looks_like_one(store, monkeypatch, user_data_dir):
    def broken(*args, **kwargs):
        raise BackupDamaged("kontrollen föll")

    monkeypatch.setattr(backup, "_verify_copy", broken)
    with pytest.raises(BackupDamaged):
        backup.make_backup(store)
    assert files_in(user_data_dir / "backups") == []
    assert backup.list_backups(store.path) == []


def test_an_interrupted_backup_leaves_nothing_that_looks_like_one(store, monkeypatch, user_data_dir):
    def interrupted(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backup.make_backup(store, progress=interrupted)
    assert files_in(user_data_dir / "backups") == []


def test_backup_then_damage_then_restore_gives_the_data_back(store, db_path):
    builders.client_with_case(store, first_name="Kalle", last_name="Kartläggare")
    clients_before = store.query("SELECT id, first_name, last_name FROM clients")
    info = backup.make_backup(store)
    user_id = store.user_id
    store.close()
    damage(db_path)
    result = backup.restore(db_path, info, user_id=user_id, user_name="Anna Andersson")
    assert result.kept_aside is not None and result.kept_aside.exists()
    assert not (db_path.parent / f"{db_path.name}-wal").exists()
    reopened = Store.open(db_path, clock=lambda: FIXED_NOW)
    try:
        assert reopened.query_value("PRAGMA integrity_check") == "ok"
        assert reopened.query("SELECT id, first_name, last_name FROM clients") == clients_before
        row = reopened.query_one("SELECT action, user_id, what FROM access_log ORDER BY id DESC LIMIT 1")
        assert row["action"] == LogAction.RESTORE and row["user_id"] == user_id
        assert "Anna Andersson" in row["what"] and info.path.name in row["what"]
    finally:
        reopened.close()


def test_restore_keeps_the_current_file_and_its_wal_aside_and_backs_it_up_first(store, db_path):
    info = backup.make_backup(store)
    builders.add_client(store, first_name="Efter", last_name="Kopian")  # only in the current file
    other = sqlite_driver.connect(db_path)  # holds the WAL open, as a crash would leave it
    other.execute("SELECT count(*) FROM clients").fetchone()
    store.close()
    assert (db_path.parent / f"{db_path.name}-wal").exists()
    result = backup.restore(db_path, info, user_name="Anna Andersson")
    other.close()
    assert result.safety_backup is not None and result.safety_backup.kind == BackupKind.BEFORE_RESTORE
    assert result.safety_backup.counts["clients"] == 1
    restored = Store.open(db_path)
    aside = Store.open(result.kept_aside)
    try:
        assert restored.query_value("SELECT count(*) FROM clients") == 0
        assert aside.query_value("SELECT first_name FROM clients") == "Efter"  # the aside file is whole
    finally:
        restored.close()
        aside.close()


def test_a_damaged_backup_is_not_restored_and_changes_nothing(store, db_path):
    builders.add_client(store)
    info = backup.make_backup(store)
    store.close()
    before = db_path.read_bytes()
    damage(info.path, at=4096 * 3, size=4096)
    preview = backup.inspect(info, None)
    assert not preview.ok and "kontrollsumma" in preview.problem
    with pytest.raises(BackupDamaged, match="Ingenting har ändrats"):
        backup.restore(db_path, info)
    assert db_path.read_bytes() == before


def test_the_preview_shows_date_counts_and_version(store):
    builders.client_with_case(store)
    preview = backup.inspect(backup.make_backup(store), None)
    assert preview.ok and preview.schema_version == LATEST_VERSION
    assert preview.counts["clients"] == 1 and preview.counts["cases"] == 1
    text = "\n".join(preview.lines())
    assert "2026-11-20 10:00" in text and "1 klient, 1 ärende" in text


# -- rotation ---------------------------------------------------------------------------------------

def newest_in(days: list[dt.date], period) -> set[dt.date]:
    return {max(d for d in days if period(d) == p) for p in {period(d) for d in days}}


def test_rotation_keeps_7_daily_4_weekly_and_12_monthly():
    first = dt.date(2025, 1, 1)
    days = [first + dt.timedelta(days=n) for n in range(500)]  # one backup a day for 500 days
    made = [backup.BackupInfo(path=backup.Path(f"/b/{d}"), created=dt.datetime.combine(d, dt.time(9, 30)),
                              kind=BackupKind.DAILY, schema_version=1, size=1, checksum="", encrypted=False)
            for d in days]
    kept = {dt.date.fromisoformat(p.name) for p in backup.keep(made, Rotation())}
    last = days[-1]
    weeks = sorted({d.isocalendar()[:2] for d in days})[-4:]
    months = sorted({(d.year, d.month) for d in days})[-12:]
    expected = (set(days[-7:])
                | {d for d in newest_in(days, lambda d: d.isocalendar()[:2]) if d.isocalendar()[:2] in weeks}
                | {d for d in newest_in(days, lambda d: (d.year, d.month)) if (d.year, d.month) in months})
    assert kept == expected
    assert last in kept and len(kept) <= 7 + 4 + 12


def test_rotation_keeps_the_backups_made_before_a_migration_or_restore_apart():
    day = dt.datetime(2026, 3, 1, 9)
    made = [backup.BackupInfo(path=backup.Path(f"/b/{n}"), created=day + dt.timedelta(hours=n), kind=kind,
                              schema_version=1, size=1, checksum="", encrypted=False)
            for n, kind in enumerate([BackupKind.DAILY, BackupKind.BEFORE_RESTORE, BackupKind.MANUAL])]
    later = day + dt.timedelta(days=1, hours=5)  # the next day: none is of the last 24 hours
    assert backup.keep(made, Rotation(), later) == {made[1].path, made[2].path}  # the day's newest, the safety one
    assert backup.keep(made, Rotation(), day + dt.timedelta(hours=3)) == {b.path for b in made}  # all recent


def test_rotation_across_simulated_days_removes_files_and_their_manifests(tmp_path):
    clock = Clock(dt.datetime(2026, 1, 5, 9))  # a Monday
    store = Store.open(tmp_path / "rot.sqlite", clock=clock)
    try:
        for _ in range(10):
            backup.make_backup(store, BackupKind.DAILY, log=False)
            clock.now += dt.timedelta(days=1)
        folder = backup.folder_for(store.path)
        names = files_in(folder)
    finally:
        store.close()
    backups = [n for n in names if n.endswith(".sqlite")]
    # Jan 5-14: the last 7 days (8-14); Jan 11 is the first week's newest and Jan 14 the month's
    assert [n.split("-")[2] for n in backups] == [f"202601{day:02d}" for day in range(8, 15)]
    assert len([n for n in names if n.endswith(".json")]) == len(backups)
    assert not [n for n in names if n.startswith(".")]  # no temporary file left


# -- encryption ------------------------------------------------------------------------------------

def test_an_encrypted_database_gives_an_encrypted_backup_that_restores_with_the_key(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "krypterad.sqlite"
    store = Store.open(path, key=key, clock=lambda: FIXED_NOW)
    keyfile.keyfile_path(path).write_bytes(b"wrapped keys")  # the keyring's file beside it
    builders.add_client(store, first_name="Hemlig", last_name="Hemligsson")
    info = backup.make_backup(store)
    store.close()
    assert info.encrypted
    assert not info.path.read_bytes().startswith(sqlite_driver.SQLITE_HEADER)
    assert b"Hemligsson" not in info.path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.path).execute("SELECT count(*) FROM clients").fetchone()
    assert info.keyfile.read_bytes() == b"wrapped keys"
    with pytest.raises(BackupDamaged, match="krypterad"):
        backup.inspect(info, None)
    damage(path)
    keyfile.keyfile_path(path).unlink()  # lost with the disk
    backup.restore(path, info, key=key, user_name="Anna Andersson")
    assert keyfile.keyfile_path(path).read_bytes() == b"wrapped keys"
    restored = Store.open(path, key=key)
    try:
        assert restored.query_value("SELECT last_name FROM clients") == "Hemligsson"
    finally:
        restored.close()
    with pytest.raises(DatabaseUnavailable):
        Store.open(path, key=os.urandom(32))


# -- the folder ------------------------------------------------------------------------------------

def test_a_folder_under_a_file_is_unreachable_and_the_daily_backup_says_so_once(store, tmp_path):
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("en fil")
    backup.set_folder(store.path, blocker / "säkerhetskopior")
    with pytest.raises(BackupFolderUnavailable, match="går inte att nå"):
        backup.make_backup(store)
    first = backup.daily_backup(store)
    again = backup.daily_backup(store)
    assert first.made is None and "går inte att nå" in first.message
    assert again.message == "" and again.problem  # said once; still known
    assert store.query_value("SELECT count(*) FROM access_log WHERE action = 'backup'") == 0


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write in a chmod 0 folder")
def test_a_folder_without_rights_is_unreachable(store, tmp_path):
    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(0)
    try:
        backup.set_folder(store.path, folder)
        with pytest.raises(BackupFolderUnavailable):
            backup.make_backup(store)
    finally:
        folder.chmod(0o700)


def test_a_chosen_folder_that_is_missing_is_not_created(store, tmp_path):
    backup.set_folder(store.path, tmp_path / "nätverksenhet" / "atama")
    with pytest.raises(BackupFolderUnavailable, match="finns inte"):
        backup.make_backup(store)
    assert not (tmp_path / "nätverksenhet").exists()


def test_the_daily_backup_runs_once_a_day(tmp_path):
    clock = Clock()
    store = Store.open(tmp_path / "d.sqlite", clock=clock)
    try:
        assert backup.daily_backup(store).made is not None
        assert backup.daily_backup(store).made is None
        clock.now += dt.timedelta(days=1)
        assert backup.daily_backup(store).made is not None
        assert len(backup.list_backups(store.path)) == 2
    finally:
        store.close()


def test_the_folder_choice_is_kept_per_database_outside_it(store, tmp_path):
    chosen = tmp_path / "kontoret"
    chosen.mkdir()
    backup.set_folder(store.path, chosen)
    assert backup.folder_for(store.path) == chosen.resolve()
    assert backup.folder_for(tmp_path / "annan.sqlite") == backup.default_folder()
    saved = json.loads(backup.config_path().read_text(encoding="utf-8"))
    assert saved["databases"][str(backup.Path(store.path).resolve())]["folder"] == str(chosen.resolve())
    assert backup.make_backup(store).path.parent == chosen.resolve()


# -- before a migration ----------------------------------------------------------------------------

def test_a_verified_backup_is_made_before_a_migration(tmp_path, user_data_dir):
    path = tmp_path / "gammal.sqlite"
    old = builders.database_at_version(path, 5)
    old.execute("INSERT INTO users (name, title, created_at) VALUES ('Anna Andersson', 'arbetsterapeut', '2024-01-02')")
    old.close()
    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        made = backup.list_backups(path)
        assert [b.kind for b in made] == [BackupKind.BEFORE_MIGRATION]
        assert made[0].schema_version == 5 and made[0].counts["users"] == 1
        assert store.schema_version == LATEST_VERSION
        assert store.query_value("SELECT count(*) FROM access_log WHERE action = 'backup'") == 1
    finally:
        store.close()
    copy = sqlite3.connect(made[0].path)
    assert copy.execute("PRAGMA user_version").fetchone() == (5,)
    copy.close()


def test_a_new_database_and_memory_get_no_backup(tmp_path, user_data_dir):
    Store.open(tmp_path / "ny.sqlite").close()
    Store.open(":memory:").close()
    assert files_in(user_data_dir / "backups") == []


def test_no_migration_without_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "gammal.sqlite"
    builders.database_at_version(path, 3).close()

    def unreachable(*args, **kwargs):
        raise BackupFolderUnavailable("Mappen för säkerhetskopior går inte att nå.")

    monkeypatch.setattr(backup, "make_backup", unreachable)
    with pytest.raises(DatabaseUnavailable, match="Databasen har inte ändrats"):
        Store.open(path)
    left = sqlite3.connect(path)
    assert left.execute("PRAGMA user_version").fetchone() == (3,)  # not migrated
    left.close()
