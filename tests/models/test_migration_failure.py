"""A file whose update to this version's schema fails (seen: a file from a development build that
already had ``users.phone``, so migration 16 met "duplicate column name: phone"): Store.open, the
command line and ``python -m app check`` say so in Swedish with the way out, never a traceback, and
the file is left byte for byte as it was (all pending migrations are one transaction)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models import sqlite_driver
from app.models.errors import DatabaseUnavailable
from app.models.file_check import Cause, WayOut, problem_from_error
from app.models.migrations import LATEST_VERSION
from app.models.store import Store
from tests import bad_files
from tests.builders import database_at_version
from tests.support import FIXED_NOW

REPO_ROOT = Path(__file__).resolve().parents[2]

FAILS_AT = 16  # migration 16 adds users.phone, which the development build's file already has


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version(path: Path) -> int:
    conn = sqlite_driver.connect(path, read_only=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _development_build_file(folder: Path, version: int = FAILS_AT - 1) -> Path:
    return bad_files.update_fails(folder, version)


def test_store_open_names_the_failed_update_and_leaves_the_file_byte_for_byte(tmp_path):
    path = _development_build_file(tmp_path)
    before = _sha(path)
    with pytest.raises(DatabaseUnavailable) as info:
        Store.open(path, clock=lambda: FIXED_NOW)
    message = str(info.value)
    assert f"kan inte uppdateras från schemaversion {FAILS_AT - 1} till {LATEST_VERSION}" in message
    assert f"steg {FAILS_AT} i uppdateringen misslyckades (duplicate column name: phone)" in message
    assert "utvecklingsversion" in message and "Databasen har inte ändrats" in message
    problem = info.value.problem
    assert problem.cause is Cause.MIGRATION_FAILED
    assert problem.ways_out == (WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER)
    assert "_m016_contacts_and_follow_up_participants" in problem.details[0]  # for whoever supports the unit
    assert problem_from_error(path, info.value) is problem  # the window's start shows this very box
    # the backup made before the attempt is named, and is there
    backup = Path(message.split("gjordes före försöket: ")[1].split(".sqlite")[0] + ".sqlite")
    assert backup.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["utveckling.sqlite"]  # no -wal or -shm left
    assert _sha(path) == before and _version(path) == FAILS_AT - 1


def test_a_file_several_versions_behind_is_left_at_its_own_version(tmp_path):
    """Migrations 14 and 15 would succeed; 16 fails: none of them is kept (each in its own transaction,
    the file was left at 15, a version neither build expected)."""
    path = _development_build_file(tmp_path, version=FAILS_AT - 3)
    before = _sha(path)
    with pytest.raises(DatabaseUnavailable, match=f"från schemaversion {FAILS_AT - 3} till"):
        Store.open(path, clock=lambda: FIXED_NOW)
    assert _sha(path) == before and _version(path) == FAILS_AT - 3


def test_a_command_prints_the_message_with_exit_code_2_and_no_traceback(tmp_path):
    path = _development_build_file(tmp_path)
    done = subprocess.run([sys.executable, "-m", "app", "unit", "--db", str(path)], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "Fel: Databasen" in done.stderr and "duplicate column name: phone" in done.stderr
    assert "Du kan återställa en säkerhetskopia (python -m app restore) eller ange en annan databasfil" in done.stderr


def test_check_says_the_update_will_fail_and_touches_nothing(tmp_path, capsys):
    path = _development_build_file(tmp_path)
    before = _sha(path)
    code = main(["check", "--db", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert (f"Schemaversion:     {FAILS_AT - 1} (uppdateringen till {LATEST_VERSION} misslyckas i steg "
            f"{FAILS_AT}: duplicate column name: phone)") in out
    assert "uppdateras till" not in out  # it used to promise the update at the next open
    assert "Det visade en provkörning på en kopia i minnet; filen har inte rörts." in out
    assert "utvecklingsversion" in out and _sha(path) == before


def test_check_of_an_older_file_that_will_update_says_it_was_tried(tmp_path, capsys):
    path = tmp_path / "äldre.sqlite"
    database_at_version(path, LATEST_VERSION - 1).close()
    before = _sha(path)
    code = main(["check", "--db", str(path)])
    out, _ = capsys.readouterr()
    assert code == 0, out
    assert f"uppdateras till {LATEST_VERSION} nästa gång den öppnas med skrivrätt; provkörd på en kopia" in out
    assert _sha(path) == before and _version(path) == LATEST_VERSION - 1
