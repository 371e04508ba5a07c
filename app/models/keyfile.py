"""Where an encrypted database keeps its wrapped keys, and so whether a file is encrypted: asked at
every start (app/ui/app.py, app/models/file_check.py), which needs none of the key handling in
app/models/keyring.py (its record types and imports cost some milliseconds before the first window)."""

from __future__ import annotations

from pathlib import Path

KEYFILE_SUFFIX = ".keys"


def keyfile_path(db_path: str | Path) -> Path:
    """Where the wrapped keys of the database at ``db_path`` are kept: beside it, same name plus
    ``.keys``. A backup carries a copy beside itself the same way (``<backup>.keys``)."""
    path = Path(db_path)
    return path.with_name(path.name + KEYFILE_SUFFIX)


def is_encrypted(db_path: str | Path) -> bool:
    """An ATAMA database is encrypted when its key file is beside it."""
    return keyfile_path(db_path).is_file()
