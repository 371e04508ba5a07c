"""Cancelling a long export: the writer reports how far it got through a ``Progress`` callback,
which may raise ``Cancelled`` to stop it. The atomic writer then removes its temporary file and the
export log is never written, so a cancelled export leaves no file and no entry.

    exports.record(case_id, path, progress=lambda done, total: flag.is_set() and raise_cancelled())
"""

from __future__ import annotations

from collections.abc import Callable

from app.models.errors import AtamaError

CANCELLED = "Avbruten: ingen fil skapades."

# (done, total): how far the writer is; total 0 while not known. May raise Cancelled.
Progress = Callable[[int, int], None]


class Cancelled(AtamaError):
    """The user stopped an export: nothing was written and nothing logged."""

    def __init__(self, message: str = CANCELLED):
        super().__init__(message)
