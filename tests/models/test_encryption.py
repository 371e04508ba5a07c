"""Encryption at rest (issue 12, rules.md R11): a new database is unreadable without a user's password
or the unit's recovery key; passwords re-wrap the key and never re-encrypt; a plain database is
converted only on request, verified, and an interrupted conversion is finished at the next open."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from app.cli import main
from app.models import encryption, sqlite_driver
from app.models.errors import DatabaseUnavailable, RuleError, ValidationError
from app.models.keyfile import keyfile_path
from app.models.keyring import Keyring, normalise_recovery_key
from app.models.store import Store
from app.models.users import WrongPassword
from tests.builders import add_client, add_user
from tests.support import FIXED_NOW, TEST_PASSWORD

PASSWORD = "annas lösenord"


def clock():
    return FIXED_NOW


@pytest.fixture
def encrypted(db_path):
    """A new encrypted database with Anna, its administrator, signed in; and its recovery key."""
    store, code = encryption.create_database(db_path, clock)
    anna = store.users.create("Anna Andersson", "arbetsterapeut", PASSWORD)
    store.users.sign_in(anna.id, PASSWORD)
    yield store, code
    if not store.closed:
        store.close()


def _unreadable_without_the_key(path) -> None:
    assert path.read_bytes()[:16] != sqlite_driver.SQLITE_HEADER
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(DatabaseUnavailable):
        Store.open(path)  # our own driver without a key: no better


def test_a_new_database_cannot_be_read_without_the_key_and_names_no_one_in_clear(encrypted, db_path):
    store, _code = encrypted
    add_client(store, first_name="Tolvan", last_name="Tolvansson", personnummer="19121212-1212")
    store.close()
    _unreadable_without_the_key(db_path)
    assert b"Tolvansson" not in db_path.read_bytes()
    assert b"Tolvansson" not in keyfile_path(db_path).read_bytes()
    assert stat.S_IMODE(keyfile_path(db_path).stat().st_mode) == 0o600


def test_the_users_password_opens_it_and_a_wrong_one_does_not(encrypted, db_path):
    store, _code = encrypted
    anna_id = store.user_id
    add_client(store, first_name="Tolvan", last_name="Tolvansson")
    store.close()
    assert encryption.key_users(db_path) == [(anna_id, "Anna Andersson")]
    with pytest.raises(WrongPassword):
        encryption.open_database(db_path, anna_id, "fel lösenord")
    reopened = encryption.open_database(db_path, anna_id, PASSWORD, clock)
    try:
        assert reopened.encrypted
        assert reopened.clients.search_ids("tolvan")
    finally:
        reopened.close()


def test_the_recovery_key_opens_it_typed_back_loosely_and_a_wrong_one_is_refused_at_its_field(encrypted, db_path):
    store, code = encrypted
    store.close()
    sloppy = code.lower().replace("-", " ").replace("o", "0")  # as read off paper
    assert normalise_recovery_key(sloppy) == code
    with encryption.open_with_recovery_key(db_path, sloppy, clock) as _:
        pass
    wrong = ("A" if code[0] != "A" else "B") + code[1:]
    with pytest.raises(ValidationError) as refused:
        encryption.open_with_recovery_key(db_path, wrong)
    assert "recovery" in refused.value.errors


def test_changing_a_password_rewraps_the_key_and_never_reencrypts(encrypted, db_path):
    store, _code = encrypted
    anna_id = store.user_id
    key = store.database_key
    store.users.change_password(PASSWORD, "ett nytt lösenord")
    store.close()
    assert Keyring.load(db_path).unlock(anna_id, "ett nytt lösenord") == key  # the same key, wrapped anew
    with pytest.raises(WrongPassword):
        encryption.open_database(db_path, anna_id, PASSWORD)
    encryption.open_database(db_path, anna_id, "ett nytt lösenord").close()


def test_a_new_user_opens_it_with_the_set_password_and_a_deactivated_one_no_longer(encrypted, db_path):
    store, _code = encrypted
    bo = add_user(store, "Bo Berg")
    store.users.set_password(bo.id, "tillfälligt-123")
    encryption.open_database(db_path, bo.id, "tillfälligt-123").close()
    store.users.set_active(bo.id, False)
    with pytest.raises(ValidationError):
        encryption.open_database(db_path, bo.id, "tillfälligt-123")
    store.users.set_active(bo.id, True)
    assert bo.id not in Keyring.load(db_path).users  # until Bo signs in again (Byt användare)
    store.users.sign_in(bo.id, "tillfälligt-123")
    encryption.open_database(db_path, bo.id, "tillfälligt-123").close()


def test_a_key_file_that_cannot_be_written_leaves_the_old_password_in_both(encrypted, db_path, monkeypatch):
    store, _code = encrypted
    anna_id = store.user_id

    def full_disk(self, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Keyring, "save", full_disk)
    with pytest.raises(OSError):
        store.users.change_password(PASSWORD, "ett nytt lösenord")
    monkeypatch.undo()
    store.users.unlock(PASSWORD)  # the database still has the old password
    store.close()
    encryption.open_database(db_path, anna_id, PASSWORD).close()  # and so has the key file


def test_without_its_key_file_the_database_says_what_is_missing(encrypted, db_path):
    store, _code = encrypted
    store.close()
    keyfile_path(db_path).write_text("{ trasig")
    with pytest.raises(DatabaseUnavailable, match="går inte att läsa"):
        encryption.key_users(db_path)
    keyfile_path(db_path).unlink()
    with pytest.raises(DatabaseUnavailable, match="saknas bredvid databasen"):
        Keyring.load(db_path)


def test_a_new_recovery_key_replaces_the_old_and_only_an_administrator_makes_one(encrypted, db_path):
    store, old = encrypted
    assert encryption.recovery_key_missing(store)  # nobody has confirmed writing it down yet
    new = encryption.new_recovery_key(store)
    encryption.recovery_key_shown(store)
    assert not encryption.recovery_key_missing(store)
    bo = add_user(store, "Bo Berg")
    store.users.sign_in(bo.id, TEST_PASSWORD)
    with pytest.raises(RuleError):
        encryption.new_recovery_key(store)
    store.close()
    with pytest.raises(ValidationError):
        encryption.open_with_recovery_key(db_path, old)
    encryption.open_with_recovery_key(db_path, new).close()


def _plain_with_anna(db_path):
    store = Store.open(db_path, clock=clock)
    anna = store.users.create("Anna Andersson", "arbetsterapeut", PASSWORD)
    store.users.sign_in(anna.id, PASSWORD)
    return store, anna


def test_a_plain_database_is_converted_on_request_verified_and_keeps_every_row(db_path):
    store, anna = _plain_with_anna(db_path)
    for n in range(30):
        add_client(store, first_name=f"Klient{n}", last_name="Testsson")
    backed_up = []
    counts = store.table_counts()
    code = encryption.encrypt_existing(store, PASSWORD, before=lambda: backed_up.append(True))
    assert backed_up == [True] and store.closed
    _unreadable_without_the_key(db_path)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600  # owner-only from its first byte
    assert not any(p.name.startswith(".") for p in db_path.parent.iterdir())  # no copy left beside it
    assert not os.path.exists(f"{db_path}-wal")
    with encryption.open_database(db_path, anna.id, PASSWORD) as reopened:
        after = reopened.table_counts()
        assert after["clients"] == 30
        assert {k: v for k, v in after.items() if k != "access_log"} == \
            {k: v for k, v in counts.items() if k != "access_log"}
        assert reopened.schema_version == Store.open(":memory:").schema_version
    with encryption.open_with_recovery_key(db_path, code):
        pass


def test_converting_needs_an_administrator_and_their_password(db_path):
    store, _anna = _plain_with_anna(db_path)
    with pytest.raises(WrongPassword):
        encryption.encrypt_existing(store, "fel")
    bo = add_user(store, "Bo Berg")
    store.users.sign_in(bo.id, TEST_PASSWORD)
    with pytest.raises(RuleError, match="administratör"):
        encryption.encrypt_existing(store, TEST_PASSWORD)
    store.close()
    assert sqlite_driver.has_sqlite_header(db_path)  # untouched


def test_a_conversion_cut_off_between_its_renames_is_finished_at_the_next_open(db_path, monkeypatch):
    store, anna = _plain_with_anna(db_path)
    real_replace = os.replace
    calls = []

    def cut_off(src, dst):
        if dst in (db_path, keyfile_path(db_path)):
            calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the power went between the key file and the database
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", cut_off)
    with pytest.raises(KeyboardInterrupt):
        encryption.encrypt_existing(store, PASSWORD)
    monkeypatch.undo()
    assert sqlite_driver.has_sqlite_header(db_path)  # the plain file still in place, the key file beside it
    with encryption.open_database(db_path, anna.id, PASSWORD) as reopened:
        assert reopened.encrypted
    assert not sqlite_driver.has_sqlite_header(db_path)


def test_demo_databases_stay_plain_unless_asked(tmp_path, capsys):
    plain, secret = tmp_path / "demo.sqlite", tmp_path / "hemlig.sqlite"
    assert main(["demo", "--db", str(plain), "--clients", "5"]) == 0
    assert sqlite_driver.has_sqlite_header(plain) and not keyfile_path(plain).exists()
    sqlite3.connect(plain).execute("SELECT count(*) FROM clients").fetchone()  # tools can read it
    assert main(["demo", "--db", str(secret), "--clients", "5", "--encrypt"]) == 0
    assert "återställningsnyckel" in capsys.readouterr().out
    _unreadable_without_the_key(secret)
    users = encryption.key_users(secret)
    assert len(users) > 1  # every demo user opens it with the demo password
    encryption.open_database(secret, users[0][0], "demo").close()


def test_the_cli_encrypts_on_request_and_then_opens_it_with_the_password(tmp_path, capsys, monkeypatch):
    path = tmp_path / "enhet.sqlite"
    assert main(["demo", "--db", str(path), "--clients", "5"]) == 0
    monkeypatch.setenv("ATAMA_PASSWORD", "demo")
    assert main(["encrypt", "--db", str(path), "--user", "1"]) == 0
    out = capsys.readouterr().out
    assert "Återställningsnyckel: " in out and "kassaskåp" in out
    _unreadable_without_the_key(path)
    assert Keyring.load(path).recovery_shown_at is not None  # it was printed: shown once
    assert main(["encrypt", "--db", str(path), "--user", "1"]) == 2
    assert "redan krypterad" in capsys.readouterr().err
    out_file = tmp_path / "caseload.xlsx"
    assert main(["export", "caseload", "--db", str(path), "--user", "1", "--out", str(out_file)]) == 0
    assert out_file.is_file()
    monkeypatch.setenv("ATAMA_PASSWORD", "fel lösenord")
    assert main(["export", "caseload", "--db", str(path), "--user", "1", "--out", str(out_file)]) == 2
    assert "Fel lösenord" in capsys.readouterr().err


def test_check_reads_an_encrypted_database_with_a_password_or_the_recovery_key(encrypted, db_path, capsys,
                                                                                monkeypatch):
    store, code = encrypted
    store.close()
    monkeypatch.setenv("ATAMA_PASSWORD", PASSWORD)
    assert main(["check", "--db", str(db_path)]) == 0
    assert "krypterad" in capsys.readouterr().out.lower()
    monkeypatch.setenv("ATAMA_PASSWORD", "fel lösenord")
    assert main(["check", "--db", str(db_path)]) == 2
    assert "Fel lösenord" in capsys.readouterr().err
    monkeypatch.setenv("ATAMA_RECOVERY_KEY", code)
    assert main(["check", "--db", str(db_path)]) == 0


def test_an_encrypted_backup_restores_from_the_cli_when_the_database_will_not_open(encrypted, db_path, capsys,
                                                                                  monkeypatch):
    from app.models import backup

    store, _code = encrypted
    add_client(store, first_name="Före", last_name="Testsson")
    made = backup.make_backup(store)
    store.close()
    _unreadable_without_the_key(made.path)
    db_path.write_bytes(os.urandom(8192))
    monkeypatch.setenv("ATAMA_PASSWORD", PASSWORD)
    assert main(["restore", str(made.path), "--db", str(db_path), "--yes", "--user", "Anna Andersson"]) == 0
    with encryption.open_database(db_path, 1, PASSWORD) as reopened:
        assert reopened.query_value("SELECT first_name FROM clients") == "Före"
