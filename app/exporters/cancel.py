"""Cancelling a long export: the writer reports how far it got through a ``Progress`` callback,
which may raise ``Cancelled`` to stop it. The atomic writer then removes its temporary file and the
export log is never written, so a cancelled export leaves no file and no entry.

    def progress(done, total, what=""):
        if flag.is_set():
            raise Cancelled()

    exports.record(case_id, path, progress=progress)
"""

from __future__ import annotations

from typing import Protocol

from app.models.errors import AtamaError

CANCELLED = "Avbruten: ingen fil skapades."

class Progress(Protocol):
    """``progress(done, total, what="")``: how far the writer is (total 0 while not known) and what it
    is doing, a short Swedish phrase the window shows ("Samlar journalen"). May raise Cancelled."""

    def __call__(self, done: int, total: int, what: str = "") -> None: ...


class Cancelled(AtamaError):
    """The user stopped an export: nothing was written and nothing logged."""

    def __init__(self, message: str = CANCELLED):
        super().__init__(message)
