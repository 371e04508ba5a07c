"""Run long work off the UI thread while a progress dialog shows (Anki's CollectionOp idea).

The function runs on a worker thread and must open its own Store (SQLite connections are
per thread). Its result comes back; an error comes back as the same exception.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

REPORT_INTERVAL_S = 0.1  # between progress reports a cancellable job sends to its dialog


class _Signals(QObject):
    finished = Signal(object, object)  # result, exception


SHOW_AFTER_MS = 300  # the dialog shows this soon, whatever the work reports (or does not)


class _Progress(QObject):
    changed = Signal(int, int, str)  # done, total (0: not known yet), what it is doing ("" : as before)


def progress_text(label: str, what: str, done: int, total: int) -> str:
    """The dialog's text: the job, then what it is doing now and how far, as a percentage (a writer's
    units, flowables or entries, mean nothing to the reader): "Samlar journalen – 40 %"."""
    if not what:
        return label
    return f"{label}\n{what} – {done * 100 // total} %" if total else f"{label}\n{what}…"


class _Job(QRunnable):
    """The work and the signal that hands its outcome back. Not auto-deleted: the pool would delete it
    on the worker thread right after ``run``, taking its ``signals`` (a UI-thread object) with it while
    the outcome is still queued to the UI thread; the caller holds it until the outcome is delivered."""

    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed back to the UI thread, never lost
            self.signals.finished.emit(None, exc)
        else:
            self.signals.finished.emit(result, None)


def run_with_progress(parent: QWidget | None, label: str, fn: Callable[[], Any],
                      progress: _Progress | None = None, cancel: threading.Event | None = None) -> Any:
    """Run ``fn`` on a worker thread; the UI stays responsive and shows ``label`` meanwhile (and how
    far it got, when ``progress`` reports it). With ``cancel``, the dialog has an Avbryt button that
    sets it; the work looks at it and stops (see ``run_cancellable``)."""
    dialog = QProgressDialog(label, QCoreApplication.translate("background", "Avbryt") if cancel is not None else "",
                             0, 0, parent)
    if cancel is None:
        dialog.setCancelButton(None)
    else:
        dialog.canceled.connect(cancel.set)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoReset(False)  # a phase that reaches its end must not hide the dialog: we close it
    dialog.setAutoClose(False)
    dialog.setMinimumWidth(320)  # room for "Samlar journalen – 40 %" without the dialog jumping in size
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    # Qt starts the timer that shows the dialog only when the value is at its minimum; a new dialog's
    # is -1, so without this it showed after Qt's default 4 s, or at the first report (after the
    # whole case was gathered: 12 s on a case with 15 000 notes).
    dialog.setValue(0)
    if progress is not None:
        shown = [label]

        def show(done: int, total: int, what: str) -> None:
            if cancel is not None and cancel.is_set():
                return  # a late report must not show the cancelled dialog again
            text = progress_text(label, what, done, total)
            if text != shown[0]:
                shown[0] = text
                dialog.setLabelText(text)
            if dialog.maximum() != total:
                dialog.setMaximum(total)
            dialog.setValue(min(done, total) if total else 0)

        progress.changed.connect(show, Qt.ConnectionType.QueuedConnection)
    job = _Job(fn)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result, exc) -> None:
        outcome.update(result=result, exc=exc)
        loop.quit()

    job.signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(job)
    loop.exec()
    dialog.close()
    if outcome["exc"] is not None:
        raise outcome["exc"]
    return outcome["result"]


def _on_sibling(store, work: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """``work(own, *args)`` for a worker thread: ``own`` its own connection to the store's database
    (same clock and user; SQLite connections are per thread), closed afterwards."""
    def job() -> Any:
        own = store.sibling()
        try:
            return work(own, *args)
        finally:
            own.close()

    return job


def run_with_store(parent: QWidget | None, label: str, store, work: Callable[[Any], Any]) -> Any:
    """``work(store)`` on a worker thread, on its own connection to the same database (same clock
    and user), closed afterwards; the progress dialog shows ``label`` meanwhile."""
    return run_with_progress(parent, label, _on_sibling(store, work))


class _Receiver(QObject):
    """Hands a background job's outcome to ``done`` on the UI thread; a child of the widget that
    asked, so nothing is delivered once that widget is gone."""

    def __init__(self, parent: QObject, done: Callable[[Any, BaseException | None], None], job: _Job):
        super().__init__(parent)
        self.done = done
        self.job: _Job | None = job  # kept until its outcome is here (see _Job)

    def deliver(self, result, exc) -> None:
        self.job = None
        self.done(result, exc)
        self.deleteLater()


def start_in_background(parent: QObject, fn: Callable[[], Any],
                        done: Callable[[Any, BaseException | None], None]) -> None:
    """``fn()`` on a worker thread without waiting and without a progress dialog (work the user did
    not ask for, e.g. the start-up backup); ``done(result, exception)`` on the UI thread after it."""
    job = _Job(fn)
    receiver = _Receiver(parent, done, job)
    job.signals.finished.connect(receiver.deliver, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(job)


def run_with_store_progress(parent: QWidget | None, label: str, store, work: Callable[[Any, Callable[[int, int], None]],
                                                                                       Any]) -> Any:
    """As ``run_with_store``, with ``work(store, report)``: ``report(done, total)`` may be called from
    the worker thread as often as it likes; the progress dialog shows done of total (total 0: busy)."""
    progress = _Progress()

    def report(done: int, total: int, what: str = "") -> None:
        progress.changed.emit(done, total, what)

    return run_with_progress(parent, label, _on_sibling(store, work, report), progress)


def run_cancellable(parent: QWidget | None, label: str, store, work: Callable[[Any, Any], Any]) -> Any:
    """As ``run_with_store_progress``, with an Avbryt button: ``report(done, total, what="")``
    (app/exporters/cancel.py ``Progress``) raises ``Cancelled`` once it is pressed, so the work stops
    at its next report, in whatever phase, and the call raises ``Cancelled``. ``what`` says what the
    work is doing now; the dialog shows it under ``label`` with the percentage."""
    from app.exporters.cancel import Cancelled

    progress = _Progress()
    cancel = threading.Event()
    last: list[Any] = [0.0, None]  # when the last report was sent, and its ``what``

    def report(done: int, total: int, what: str = "") -> None:
        if cancel.is_set():
            raise Cancelled()
        # A report per flowable is thousands a second: queued faster than the UI takes them, they
        # would starve the dialog's show timer and its Avbryt. A few a second are plenty to watch;
        # a new phase is sent at once, so the dialog never says the old one.
        now = time.monotonic()
        if now - last[0] >= REPORT_INTERVAL_S or done == total or what != last[1]:
            last[0], last[1] = now, what
            progress.changed.emit(done, total, what)

    job = _on_sibling(store, work, report)
    # Avbryt pressed after the last report is too late: the file is written and logged, and shown so.
    return run_with_progress(parent, label, job, progress, cancel)
