"""The quick check of the open database after the first paint (app/ui/main_window.py): SQLite's
``quick_check`` on a worker thread, on a connection of its own; a damaged page comes back to the UI
thread as a ``FileProblem``. A file that cannot even be opened again for the check is left to the
next start's checks (nothing shown)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal  # after the first paint: Qt is fine

from app.models import sqlite_driver
from app.models.errors import AtamaError
from app.models.file_check import FileProblem, quick_check


class _Signals(QObject):
    found = Signal(object)


class _Receiver(QObject):
    """On the UI thread, a child of the window: a problem found after the window is gone goes nowhere,
    and one found while it is there is handled on the UI thread (never on the worker's)."""

    def __init__(self, parent: QObject | None, found: Callable[[FileProblem], None]):
        super().__init__(parent)
        self.found = found

    def deliver(self, problem) -> None:
        self.found(problem)


class QuickCheckJob(QRunnable):
    def __init__(self, store, found: Callable[[FileProblem], None], parent: QObject | None = None):
        super().__init__()
        self.setAutoDelete(False)  # the window keeps it (and its signals) until it is done
        self.store = store
        self.signals = _Signals()
        self.receiver = _Receiver(parent, found)
        self.signals.found.connect(self.receiver.deliver, Qt.ConnectionType.QueuedConnection)
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
        except (AtamaError, OSError, sqlite_driver.Error):  # e.g. the file went away under the check
            pass
        finally:
            self.done = True


def start_quick_check(store, found: Callable[[FileProblem], None], parent: QObject | None = None) -> QuickCheckJob:
    job = QuickCheckJob(store, found, parent)
    QThreadPool.globalInstance().start(job)
    return job
