"""Two windows on one file: the window that may write holds ``atama.sqlite.lock`` beside the
database, a small JSON marker (who, which computer, which process, since when; owner-only) held with
an OS file lock. A second window finds it held, reads who has it and is offered read-only instead
of silently writing over the first one's edits (last writer wins).

    lock = InstanceLock.acquire(db_path)      # HeldElsewhere names the holder
    holder_of(db_path)                        # who holds it now, or None (``check``, the dialog)
    lock.release()

The OS lock, not the marker, is what counts: a crashed window's lock goes with its process, and the
marker it leaves is overwritten by the next window, so a stale file never blocks anyone. On Linux and
macOS it is ``flock`` (per open file, unlike ``fcntl`` record locks, which any close of the same file
anywhere in the process drops, see app/ui/file_dialogs.py); on Windows ``msvcrt.locking`` on a byte
far beyond the marker's text, which stays readable to the second window.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import NamedTuple

from app.models.errors import DatabaseUnavailable

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 30  # the locked byte on Windows: past any marker text


def lock_path(db_path: str | Path) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + LOCK_SUFFIX)


class Holder(NamedTuple):
    """Who holds the file open for writing, as its marker says."""

    user: str = ""
    computer: str = ""
    pid: int = 0
    since: str = ""

    def describe(self) -> str:
        if not self.user and not self.computer:
            return "ett annat ATAMA-fönster (okänt vems)"
        where = f" på datorn {self.computer}" if self.computer else ""
        when = f" sedan {self.since}" if self.since else ""
        return f"{self.user or 'okänd användare'}{where}{when}"


class HeldElsewhere(DatabaseUnavailable):
    """Another ATAMA window holds the file for writing."""

    def __init__(self, db_path: str | Path, holder: Holder):
        self.holder = holder
        super().__init__(f"Databasen {db_path} är redan öppen i ATAMA hos {holder.describe()}.")


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (a service account): the marker says less
        user = ""
    now = dt.datetime.now().isoformat(sep=" ", timespec="minutes")
    return Holder(user=user, computer=_computer_name(), pid=os.getpid(), since=now)


def _computer_name() -> str:
    """This computer's name, for the other window's message. ``os.uname`` where there is one: the
    portable ``socket.gethostname`` costs importing ``socket``, 2–4 ms of every start (bench
    start_to_first_paint), for the same name."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _try_lock(fd: int, shared: bool = False) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_marker(fd: int) -> Holder:
    try:
        data = json.loads(os.pread(fd, 4096, 0) if hasattr(os, "pread") else _read_start(fd))
        return Holder(user=str(data.get("user", "")), computer=str(data.get("computer", "")),
                      pid=int(data.get("pid", 0)), since=str(data.get("since", "")))
    except (ValueError, TypeError, AttributeError, OSError):
        return Holder()  # being written just now, or not ours: held all the same


def _read_start(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096)


def holder_of(db_path: str | Path) -> Holder | None:
    """Who holds the database for writing now, or None (a marker left by a crash is nobody)."""
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDONLY if sys.platform != "win32" else os.O_RDWR)
    except FileNotFoundError:
        return None
    except OSError:  # another user's marker (owner-only): someone holds it, or crashed holding it
        return Holder()
    try:
        if _try_lock(fd, shared=True):
            _unlock(fd)
            return None
        return _read_marker(fd)
    finally:
        os.close(fd)


class InstanceLock:
    """This window's hold on the database for writing (see the module docstring)."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, db_path: str | Path) -> InstanceLock:
        path = lock_path(db_path)
        for _ in range(5):  # the holder may remove the file between our open and our lock: open again
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                holder = _read_marker(fd)
                os.close(fd)
                raise HeldElsewhere(db_path, holder)
            if sys.platform == "win32" or _same_file(fd, path):
                break
            _unlock(fd)
            os.close(fd)
        else:  # pragma: no cover - five removals in a row
            raise HeldElsewhere(db_path, Holder())
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)  # an older marker may have other modes
        me = _me()
        text = json.dumps({"user": me.user, "computer": me.computer, "pid": me.pid, "since": me.since},
                          ensure_ascii=False).encode()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text)
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let the next window write. Removes the marker while still holding it (a window that
        opened the old file finds it removed and opens the new one, see acquire)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
            _unlock(fd)
        finally:
            os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.path)

    def __del__(self) -> None:  # a forgotten lock goes with the object, as with the process
        with contextlib.suppress(Exception):
            self.release()


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_ino, mine.st_dev) == (on_disk.st_ino, on_disk.st_dev)
