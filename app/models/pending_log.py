"""The access log of a database opened from a file that cannot be written (``ReadOnly.FILE``).

Patientdatalagen wants every opening of a record logged, and a read-only file cannot take the rows.
Refusing to open records would leave a unit without its journal when only a read-only copy can be
reached (a write-protected share, a copy on a USB stick), so the rows are kept instead, one JSON line
each, in an owner-only file in the user data folder, named by the database's full path; they are
added to the database's log at its next writable open (``add_to``), with their original time and
"(loggad i efterhand)" in ``what``. The window's banner says so. No Qt here.

For an encrypted database each row is sealed with a key derived from the database key (AES-GCM), so
the file beside the user's data says no more than the database does without its key (rules.md R11).

    append(db_path, rows)       # Store._read_only_transaction, at the end of each transaction
    add_to(store)               # the app and the CLI, after a writable open
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.models.store import Store

log = logging.getLogger("atama")

LATE_NOTE = " (loggad i efterhand: databasen var öppnad skrivskyddad)"


def pending_dir() -> Path:
    """Where the pending rows wait (tests point this elsewhere)."""
    from app.paths import user_data_dir

    return user_data_dir() / "pending_access_log"


def pending_file(db_path: str | Path) -> Path:
    import hashlib  # not on the start-up path: only a read-only window or a writable open with rows waiting

    key = str(Path(db_path).expanduser().resolve())
    return pending_dir() / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".jsonl")


def _sealer(key: bytes):
    import hashlib
    import hmac

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(hmac.new(key, b"atama pending access log", hashlib.sha256).digest())


def _seal(key: bytes, row: Mapping[str, Any]) -> str:
    import base64

    nonce = os.urandom(12)
    return base64.b64encode(nonce + _sealer(key).encrypt(nonce, json.dumps(dict(row)).encode(), None)).decode()


def _unseal(key: bytes, sealed: str) -> dict[str, Any]:
    import base64

    data = base64.b64decode(sealed)
    return dict(json.loads(_sealer(key).decrypt(data[:12], data[12:], None)))


def append(db_path: str | Path, rows: Iterable[Mapping[str, Any]], *, key: bytes | None = None) -> None:
    """Add ``rows`` (access_log rows) to the database's pending file, created owner-only; sealed with
    ``key``, the database key of an encrypted database."""
    target = pending_file(db_path)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    where = str(Path(db_path).resolve())
    text = "".join(json.dumps({"db": where, "sealed": _seal(key, row)} if key is not None else
                              {"db": where, "row": dict(row)}, ensure_ascii=False) + "\n"
                   for row in rows)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, text.encode())
        os.fsync(fd)
    finally:
        os.close(fd)


def waiting(db_path: str | Path, key: bytes | None = None) -> list[dict[str, Any]]:
    """The rows waiting for the database at ``db_path`` (none when the folder does not exist); sealed
    rows are opened with ``key``."""
    if not pending_dir().is_dir():
        return []
    target = pending_file(db_path)
    if not target.is_file():
        return []
    from cryptography.exceptions import InvalidTag

    rows = []
    for line in target.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
            rows.append(_unseal(key, entry["sealed"]) if "sealed" in entry and key is not None else dict(entry["row"]))
        except (ValueError, KeyError, TypeError, InvalidTag):  # a line cut off by a crash: the others still count
            log.warning("Oläslig rad i %s hoppades över", target)
    return rows


def add_to(store: Store) -> int:
    """Add the rows waiting for ``store``'s file to its access log, in one transaction, and remove the
    pending file. Returns how many; 0 (and the file kept) when the store is read-only."""
    if store.read_only or store.path == ":memory:":
        return 0
    rows = waiting(store.path, store.database_key)
    if not rows:
        return 0
    columns = ("at", "unit", "user_id", "user_name", "action", "client_id", "case_id", "what", "responsible_id")
    with store.transaction() as tx:
        for row in rows:
            values = {c: row.get(c) for c in columns}
            values["what"] = f"{values['what'] or ''}{LATE_NOTE}".strip()
            if values["user_id"] is not None and store.query_value(
                    "SELECT count(*) FROM users WHERE id = ?", (values["user_id"],)) == 0:
                values["user_id"] = None  # the name is kept; the id belongs to another copy of the file
            tx.insert("access_log", values)
    pending_file(store.path).unlink()
    return len(rows)
