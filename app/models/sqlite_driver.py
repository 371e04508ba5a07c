"""The SQLite the app runs on: SQLCipher's build (``sqlcipher3``), with the sqlite3 module's API.

One driver for every database, encrypted or not: a file opened without a key is an ordinary SQLite
file (the stdlib ``sqlite3`` and any tool read it), a file opened with a key is encrypted page by page
(AES-256, an HMAC per page). Everything in the app that names a connection or an SQLite error takes it
from here, so that an error raised by an encrypted database is caught like any other: ``sqlcipher3``
has its own exception classes, not the stdlib's.

A key is 32 random bytes, handed to SQLCipher as a raw key (``PRAGMA key = "x'…'"``): no passphrase
derivation on every open, which keeps the start fast; the password-based derivation is done once, to
unwrap the key (app/models/keyring.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlcipher3 import dbapi2 as _sqlite

if TYPE_CHECKING:  # sqlcipher3 ships no type hints; its classes have the stdlib's API
    from sqlite3 import Connection, Cursor, DatabaseError, Error, IntegrityError, OperationalError
else:
    Connection = _sqlite.Connection
    Cursor = _sqlite.Cursor
    Error = _sqlite.Error
    DatabaseError = _sqlite.DatabaseError
    OperationalError = _sqlite.OperationalError
    IntegrityError = _sqlite.IntegrityError
complete_statement = _sqlite.complete_statement
SQLITE_VERSION: str = _sqlite.sqlite_version

KEY_BYTES = 32

# The first 16 bytes of every unencrypted SQLite file; an encrypted one begins with random bytes.
SQLITE_HEADER = b"SQLite format 3\x00"


def connect(path: str | Path, *, key: bytes | None = None, read_only: bool = False) -> Connection:
    """A connection in autocommit mode (the Store begins every transaction itself). With ``key`` the
    file is opened (or created) encrypted; the key must be the first statement on the connection.
    ``read_only`` opens an existing file without any right to write (SQLite's ``mode=ro``): a new
    file is never created that way."""
    target = str(path)
    if read_only and target != ":memory:":
        uri = "file:" + quote(str(Path(target).resolve())) + "?mode=ro"
        conn = _sqlite.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    else:
        conn = _sqlite.connect(target, isolation_level=None)
    try:
        # SQLCipher writes its own errors ("hmac check failed …") to stderr; ours say it in Swedish
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            apply_key(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def apply_key(conn: Connection, key: bytes) -> None:
    """Key a fresh connection (before anything else is read or written on it)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def has_sqlite_header(path: str | Path) -> bool:
    """Whether the file begins as a plain SQLite database does (an encrypted one does not)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
