"""Where things live: shipped resources and the default database (no Qt here)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_ENV = "ATAMA_DB"


def resources_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)  # PyInstaller one-file/one-folder build
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    import platformdirs  # only when the default location is needed

    return Path(platformdirs.user_data_dir("ATAMA", appauthor=False))


def default_db_path() -> Path:
    """``--db`` wins, then $ATAMA_DB, then the user data dir."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "atama.sqlite"
