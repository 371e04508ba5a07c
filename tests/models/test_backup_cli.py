"""``python -m app backup`` and ``python -m app restore``: exit codes and messages (app/cli_backup.py)."""

from __future__ import annotations

import io

import pytest

from app.cli import main
from app.models import backup
from app.models.store import Store
from tests import builders
from tests.support import FIXED_NOW, TEST_PASSWORD


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def cli_password(monkeypatch):
    monkeypatch.setenv("ATAMA_PASSWORD", TEST_PASSWORD)


def test_backup_to_a_folder_says_where_and_is_logged(store, db_path, tmp_path, capsys):
    folder = tmp_path / "usb"
    assert main(["backup", "--db", str(db_path), "--to", str(folder)]) == 0
    out = capsys.readouterr().out
    [made] = backup.list_backups(db_path, folder)
    assert f"Säkerhetskopia gjord: {made.path}" in out and made.checksum in out
    assert store.query_value("SELECT count(*) FROM access_log WHERE action = 'backup'") == 1


def test_backup_into_an_unreachable_folder_exits_2_in_swedish(store, db_path, tmp_path, capsys):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    assert main(["backup", "--db", str(db_path), "--to", str(blocker / "mapp")]) == 2
    assert "Mappen för säkerhetskopior går inte att nå" in capsys.readouterr().err


def test_backup_needs_the_password(store, db_path, capsys, monkeypatch):
    monkeypatch.setenv("ATAMA_PASSWORD", "fel")
    assert main(["backup", "--db", str(db_path)]) == 2
    assert "Fel lösenord" in capsys.readouterr().err
    assert backup.list_backups(db_path) == []


def made_backup(store):
    builders.add_client(store, first_name="Före", last_name="Kopian")
    info = backup.make_backup(store)
    builders.add_client(store, first_name="Efter", last_name="Kopian")
    return info


def last_names(db_path):
    reopened = Store.open(db_path, clock=lambda: FIXED_NOW)
    try:
        return [r["first_name"] for r in reopened.query("SELECT first_name FROM clients ORDER BY id")]
    finally:
        reopened.close()


def test_restore_with_yes_restores_and_says_where_the_old_file_is(store, db_path, capsys):
    info = made_backup(store)
    store.close()
    assert main(["restore", str(info.path), "--db", str(db_path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Innehåll: 1 klient, 0 ärenden, 0 anteckningar, 1 användare" in out
    assert "Den tidigare databasfilen ligger kvar som" in out
    assert last_names(db_path) == ["Före"]


def test_restore_in_a_script_without_yes_is_refused(store, db_path, capsys, monkeypatch):
    info = made_backup(store)
    store.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["restore", str(info.path), "--db", str(db_path)]) == 2
    assert "Bekräfta med --yes" in capsys.readouterr().err
    assert last_names(db_path) == ["Före", "Efter"]


def test_restore_on_a_terminal_shows_the_preview_and_asks(store, db_path, capsys, monkeypatch):
    info = made_backup(store)
    store.close()
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert main(["restore", str(info.path), "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "Gjord: 2026-11-20 10:00" in out and "Avbrutet. Ingenting har ändrats." in out
    assert last_names(db_path) == ["Före", "Efter"]
    monkeypatch.setattr("sys.stdin", Terminal("j\n"))
    assert main(["restore", str(info.path), "--db", str(db_path)]) == 0
    assert last_names(db_path) == ["Före"]


def test_restore_of_a_damaged_backup_exits_2_and_changes_nothing(store, db_path, capsys):
    info = made_backup(store)
    store.close()
    with open(info.path, "r+b") as handle:
        handle.seek(8192)
        handle.write(b"\xff" * 4096)
    assert main(["restore", str(info.path), "--db", str(db_path), "--yes"]) == 2
    assert "Ingenting har ändrats" in capsys.readouterr().err
    assert last_names(db_path) == ["Före", "Efter"]


def test_restore_of_a_missing_file_exits_2(store, db_path, tmp_path, capsys):
    assert main(["restore", str(tmp_path / "finns-inte.sqlite"), "--db", str(db_path), "--yes"]) == 2
    assert "finns inte" in capsys.readouterr().err


def test_restore_and_encrypt_are_refused_while_a_window_holds_the_file(store, db_path, capsys):
    """A window's later saves would go to the file set aside (found in the user walk)."""
    import os
    import subprocess
    import sys

    from tests.bad_files import HOLD

    info = made_backup(store)
    store.close()
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path), "release"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        assert main(["restore", str(info.path), "--db", str(db_path), "--yes"]) == 2
        err = capsys.readouterr().err
        assert "redan öppen i ATAMA" in err and "Stäng ATAMA där först; ingenting har ändrats" in err
        assert main(["encrypt", "--db", str(db_path)]) == 2
        assert "redan öppen i ATAMA" in capsys.readouterr().err
    finally:
        child.communicate("\n", timeout=10)
    assert last_names(db_path) == ["Före", "Efter"]  # untouched
    assert main(["restore", str(info.path), "--db", str(db_path), "--yes"]) == 0  # free again
