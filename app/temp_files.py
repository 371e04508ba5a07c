"""Temporary files with personal data, and their cleanup after a crash (issue 12, R11: no plaintext
temp file is left). No Qt.

Two kinds, both 0600 from the first byte (``app.file_modes.create_new``):

- the hidden file an export is written to beside its target before the rename
  (``.plan-1a2b3c4d5e6f.pdf.tmp``, app/exporters/atomic.py). Before it is created, its path is recorded
  in the user data folder's ``pending/`` (one small 0600 file per temporary file, named by the process
  id); the record goes when the file has been renamed or removed;
- scratch files a library writes while it works (openpyxl writes each sheet of a streamed workbook to
  a file first): made in the user data folder's ``scratch/`` (0700), their names beginning with the
  process id, instead of the system's temp folder.

A process killed with ``kill -9`` (or a power cut) leaves both behind. ``clean_leftovers()`` at start
(the desktop app, and the CLI's export and import commands) removes them: only files recorded in
``pending/`` or lying in ``scratch/``, only names of our own pattern, and only those of a process that
no longer runs (another window's export in progress is left alone) or older than a day.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from app.file_modes import FOLDER_MODE, create_new, owner_only, private_folder

log = logging.getLogger(__name__)

PENDING = "pending"
SCRATCH = "scratch"
STALE_SECONDS = 24 * 3600  # no export takes a day: older records are leftovers whatever their pid says

# .<stem>-<12 hex><suffix>.tmp — what temporary_name makes; nothing else is ever removed
_TEMPORARY = re.compile(r"\..*-[0-9a-f]{12}(\.[^./\\]*)?\.tmp")
_SCRATCH = re.compile(r"(\d+)-[0-9a-f]{12}-[\w.]*")
_RECORD = re.compile(r"(\d+)-[0-9a-f]{12}\.path")


def data_folder() -> Path:
    from app.paths import user_data_dir

    return user_data_dir()


def temporary_name(target: Path) -> Path:
    """The hidden temporary file beside ``target`` that an export is written to."""
    return target.with_name(f".{target.stem}-{secrets.token_hex(6)}{target.suffix}.tmp")


@contextlib.contextmanager
def recorded(temporary: Path) -> Iterator[Path]:
    """Record ``temporary`` in ``pending/`` for as long as the block runs (create it inside the block).
    The record is synced before the file is created, so a crash can never leave an unrecorded copy.
    A user data folder that cannot be written does not stop an export: it is logged, and then a
    crash would leave the file (the export itself still removes it on any error)."""
    record: Path | None = None
    try:
        folder = private_folder(data_folder() / PENDING)
        record = folder / f"{os.getpid()}-{secrets.token_hex(6)}.path"
        create_new(record)
        with open(record, "w", encoding="utf-8") as handle:
            handle.write(str(temporary.absolute()))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        log.warning("Kunde inte anteckna den tillfälliga filen %s: %s", temporary.name, exc)
        if record is not None:
            record.unlink(missing_ok=True)
        record = None
    try:
        yield temporary
    finally:
        if record is not None:
            with contextlib.suppress(OSError):
                record.unlink()


def scratch_file(suffix: str = "") -> str:
    """A new empty 0600 file in ``scratch/`` for a library's own temporary use; the caller removes it."""
    folder = private_folder(data_folder() / SCRATCH)
    tail = re.sub(r"[^\w.]", "", suffix)
    path = folder / f"{os.getpid()}-{secrets.token_hex(6)}-{tail}"
    create_new(path)
    return str(path)


def clean_leftovers(folder: Path | None = None) -> list[Path]:
    """Remove the temporary and scratch files a crashed ATAMA left; returns the files removed.
    Never raises: a start must not fail over cleanup (what could not be removed is logged)."""
    folder = folder or data_folder()
    if folder.is_dir():
        owner_only(folder, FOLDER_MODE)  # a folder made by an older version with the umask's mode
    removed: list[Path] = []
    pending = folder / PENDING
    for record in _listing(pending):
        match = _RECORD.fullmatch(record.name)
        if match is None or not _left_over(int(match[1]), record):
            continue
        try:
            temporary = Path(record.read_text(encoding="utf-8").strip())
        except (OSError, UnicodeDecodeError):
            temporary = None
        if temporary is not None and _TEMPORARY.fullmatch(temporary.name) and _remove(temporary):
            removed.append(temporary)
        _remove(record)
    for scratch in _listing(folder / SCRATCH):
        match = _SCRATCH.fullmatch(scratch.name)
        if match is not None and _left_over(int(match[1]), scratch) and _remove(scratch):
            removed.append(scratch)
    if removed:
        log.info("Tog bort %d tillfälliga filer som en avbruten körning lämnat", len(removed))
    return removed


def _listing(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if not p.is_symlink() and p.is_file()]
    except OSError:
        return []


def _remove(path: Path) -> bool:
    """Unlink ``path`` (a symlink itself, never what it points to); True if a file was removed."""
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.warning("Kunde inte ta bort den tillfälliga filen %s: %s", path, exc)
        return False


def _left_over(pid: int, path: Path) -> bool:
    """Left by a process that has ended (or so old that the pid must have been reused)."""
    try:
        if time.time() - path.stat().st_mtime > STALE_SECONDS:
            return True
    except OSError:
        return False
    return pid != os.getpid() and not _running(pid)


def _running(pid: int) -> bool:
    if os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # ERROR_ACCESS_DENIED: it exists, someone else's
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, another user's
    return True
