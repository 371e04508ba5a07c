"""The database key of an encrypted database, wrapped under each user's password and the unit's
recovery key, kept in a small file beside the database (``atama.sqlite.keys``).

Being written in this session; what other modules may rely on already: ``keyfile_path``.
"""

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
