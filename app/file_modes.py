"""Files that hold personal data are the owner's only: 0600 for a file, 0700 for a folder the app
makes (issue 12, R11). Every place that writes such a file goes through here (no Qt):

- the database and its ``-wal``/``-shm``/``-journal``: ``protect_database`` in ``Store.open``. It makes
  the file 0600 *before* SQLite opens it (an empty file is a new database), so the file is never
  readable by others, not even for a moment; SQLite's unix VFS gives a new ``-wal``/``-shm`` the main
  file's permission bits (``robust_open`` copies them), and ones left from before are chmodded here;
- exports: ``app/exporters/atomic.py`` creates its temporary file with ``create_new`` (0600 from the
  first byte, ``O_EXCL``); the rename keeps the mode, so the document is 0600 too. In a folder the
  user chose only our file is made 0600, the folder is left as it is;
- the app's log (``app/ui/app.py``) and the user data folder (``private_folder``: 0700);
- scratch and temporary files and their cleanup after a crash: ``app/temp_files.py``.

On Windows ``chmod`` sets only the read-only flag, so every function here leaves the modes alone
there: the user's profile (``%LOCALAPPDATA%``) is protected by its NTFS ACLs, and a file the app
makes inherits them. The functions still create files and folders there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
POSIX = os.name == "posix"

# the files SQLite keeps beside a database, as their suffixes
DATABASE_SIDE_FILES = ("-wal", "-shm", "-journal")


def owner_only(path: str | Path, mode: int = FILE_MODE) -> None:
    """Take from ``path`` every permission beyond ``mode`` (0600): group and others lose theirs, and
    nothing is ever added (a file the user made read-only, 0444, becomes 0400, not writable). Best
    effort: a file we do not own (or a share that ignores modes) keeps its mode; never a reason to fail."""
    if not POSIX:
        return  # NTFS ACLs of the user profile protect it (see the module docstring)
    with contextlib.suppress(OSError):
        current = os.stat(path).st_mode & 0o777
        if current & ~mode:
            os.chmod(path, current & mode)


def _exactly(path: str | Path, mode: int) -> None:
    """A file or folder just made by us: exactly ``mode``."""
    if POSIX:
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def make_folders(folder: str | Path) -> Path:
    """Make ``folder`` and any missing parents, each new one 0700 (``Path.mkdir(parents=True)`` would
    give the parents the umask's mode). Folders that exist are left as they are."""
    folder = Path(folder).expanduser()
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            break
        missing.append(candidate)
    for new in reversed(missing):
        with contextlib.suppress(FileExistsError):
            new.mkdir(mode=FOLDER_MODE)
        _exactly(new, FOLDER_MODE)  # mkdir's mode goes through the umask
    return folder


def private_folder(folder: str | Path) -> Path:
    """A folder that is the app's own (the user data folder): made if missing, and 0700 even when
    it was made earlier with a wider mode."""
    folder = make_folders(folder)
    owner_only(folder, FOLDER_MODE)
    return folder


def create_new(path: str | Path) -> None:
    """Create ``path`` as a new, empty file, 0600 from the start (``O_EXCL``: never an existing file or
    a symlink an attacker left). Raises ``FileExistsError`` if it exists, ``OSError`` otherwise."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    os.close(fd)
    _exactly(path, FILE_MODE)  # ours and new: the umask may have taken bits away (a umask like 0o277)


def owner_only_file(path: str | Path) -> Path:
    """The file at ``path``, made empty and 0600 if missing, else set to 0600 (the log, a list)."""
    path = Path(path)
    with contextlib.suppress(FileExistsError):
        create_new(path)
    owner_only(path)
    return path


def protect_database(path: str | Path) -> None:
    """Before SQLite opens the database at ``path`` for writing: missing folders made 0700, a missing
    file created empty with 0600 (SQLite takes an empty file as a new database), and the file and its
    side files set to 0600. Best effort: anything SQLite itself would refuse (a folder as the path,
    a read-only folder) is left to SQLite's own message. ``:memory:`` and ``""`` are left alone."""
    target = str(path)
    if target in ("", ":memory:") or target.startswith("file:"):
        return
    file = Path(target).expanduser()
    with contextlib.suppress(OSError):
        make_folders(file.parent)
    with contextlib.suppress(OSError):  # FileExistsError: an existing database, chmodded below
        create_new(file)
    for side in ("", *DATABASE_SIDE_FILES):
        owner_only(file.with_name(file.name + side))
