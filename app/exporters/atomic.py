"""Write a file so that it is either wholly new or not touched at all: the writer fills a temporary
file in the same folder, which is synced and then renamed over the target. A file open in Excel, a
read-only folder or a full disk gives a Swedish message and leaves no half-written file behind.

The temporary file is 0600 from its first byte and so is the document (the rename keeps the mode;
app/file_modes.py); its path is recorded before it is made, so that if the app is killed before the
rename the next start removes it (app/temp_files.py)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from app.file_modes import create_new
from app.models.errors import AtamaError
from app.temp_files import recorded, temporary_name


class ExportFailed(AtamaError):
    """The file could not be written; the message says why and what to do."""


def excel_lock_file(target: Path) -> Path:
    """Excel and LibreOffice mark an open workbook with a lock file next to it."""
    return target.with_name("~$" + target.name)


def _refuse_locked(target: Path) -> None:
    if excel_lock_file(target).exists() or target.with_name(f".~lock.{target.name}#").exists():
        raise ExportFailed(
            f"Filen {target.name} är öppen i ett annat program (t.ex. Excel). "
            "Stäng den och försök igen, eller välj ett annat filnamn."
        )
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportFailed(f"Filen {target.name} är skrivskyddad. Välj ett annat filnamn eller en annan mapp.")


def _message(exc: OSError, target: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"Disken är full: {target.name} kunde inte sparas. Frigör utrymme och försök igen. Ingen fil ändrades."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"Kan inte skriva {target.name} i mappen {target.parent}: mappen är skrivskyddad, filen är öppen i "
                "ett annat program eller behörighet saknas. Välj en annan mapp eller stäng filen.")
    return f"{target.name} kunde inte sparas: {exc.strerror or exc}."


def write_atomically(target: str | Path, write: Callable[[Path], None], *,
                     publish: Callable[[Callable[[], None]], None] | None = None) -> Path:
    """Call ``write(temporary_path)``, then put the result at ``target``. Returns the target.

    ``publish``, when given, is called with the function that puts the file in place, so the caller
    can do it inside its own transaction (the export log: the entry and the file appear together)."""
    target = Path(target).expanduser().absolute()
    if not target.parent.is_dir():
        raise ExportFailed(f"Mappen {target.parent} finns inte.")
    if target.is_dir():
        raise ExportFailed(f"{target} är en mapp. Ange ett filnamn.")
    _refuse_locked(target)
    with recorded(temporary_name(target)) as temporary_path:
        temporary: Path | None = None
        try:
            create_new(temporary_path)
            temporary = temporary_path
            write(temporary)
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
            written = temporary

            def replace() -> None:
                os.replace(written, target)

            (publish or (lambda put: put()))(replace)
            temporary = None
            _sync_folder(target.parent)
        except OSError as exc:
            raise ExportFailed(_message(exc, target)) from exc
        finally:
            if temporary is not None:
                temporary.unlink(missing_ok=True)
    return target


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
