"""The quick check of the open database after the first paint (app/ui/main_window.py): SQLite's
``quick_check`` on a worker thread, on a connection of its own; a damaged page comes back to the UI
thread as a ``FileProblem``. A file that cannot even be opened again for the check is left to the
next start's checks (nothing shown)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.models.errors import AtamaError
from app.models.file_check import FileProblem, quick_check


class _Signals(QObject):
    found = Signal(object)


class QuickCheckJob(QRunnable):
    def __init__(self, store, found: Callable[[FileProblem], None]):
        super().__init__()
        self.setAutoDelete(False)  # the window keeps it (and its signals) until it is done
        self.store = store
        self.signals = _Signals()
        self.signals.found.connect(found)
        self.done = False

    def run(self) -> None:
        try:
            if self.store.path == ":memory:":  # a sibling would be another, empty database
                return
            own = self.store.sibling()
            try:
                problem = quick_check(own)
            finally:
                own.close()
            if problem is not None:
                self.signals.found.emit(problem)
        except (AtamaError, OSError):
            pass
        finally:
            self.done = True


def start_quick_check(store, found: Callable[[FileProblem], None]) -> QuickCheckJob:
    job = QuickCheckJob(store, found)
    QThreadPool.globalInstance().start(job)
    return job
