"""Where things live: shipped resources and the default database (no Qt here)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_ENV = "ATAMA_DB"
DATA_ENV = "ATAMA_DATA_DIR"  # the user data folder elsewhere (the tests: a temporary folder)

# resources/ sits at the top of the repository; the wheel (pyproject.toml) and the PyInstaller folder
# (build.spec) carry it as package data under this name beside the app's own modules.
PACKAGED_RESOURCES = "_resources"


def resources_dir() -> Path:
    """The shipped resources (process.json, sequences.json, instruments/, fonts/) for this copy of
    the app: an installed wheel, a PyInstaller folder, or a checkout (also an editable install).
    Every reader of resources goes through here."""
    bundled = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder build
    package = Path(bundled) / "app" if bundled else Path(__file__).resolve().parent
    packaged = package / PACKAGED_RESOURCES
    if packaged.is_dir():
        return packaged
    return package.parent / "resources"


def user_data_dir() -> Path:
    """The app's own folder (log, pending/ and scratch/ temporary files, the default database,
    instruments/): $ATAMA_DATA_DIR, else the platform's user data folder. 0700, see app/file_modes.py."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when the default location is needed

    return Path(platformdirs.user_data_dir("ATAMA", appauthor=False))


def default_db_path() -> Path:
    """``--db`` wins, then $ATAMA_DB, then the user data dir."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "atama.sqlite"
