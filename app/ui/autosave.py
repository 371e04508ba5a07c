"""Saving what is typed without a save button: shortly after typing stops, and at once when asked
(before a tab closes or a step changes). One piece for the step forms, the follow-up sequence's
steps, an assessment's free-text fields and the note being written; a status label says "Ändrat…",
"Sparat 14:02:11" or why it was not saved (the text then stays in its field). A save the database
file refused (locked by another program, disk full, read-only) is tried again by itself every few
seconds until it goes through or the user types again."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel

from app.models.errors import AtamaError, StorageError, ValidationError
from app.ui import style
from app.ui.style import Tone
from app.ui.widgets import FieldErrors

if TYPE_CHECKING:
    from app.models.store import Store

AUTOSAVE_MS = 400
RETRY_MS = 5000  # after a StorageError: the lock of another program is usually gone in seconds


def status_label() -> QLabel:
    """The save status, on its own row under a form's buttons: the form's whole width, wrapped,
    one line high at least, so "Ändrat…" and "Sparat 14:02:11" coming and going move nothing and
    a long reason (a locked database) reads as a sentence instead of squeezing the buttons."""
    label = QLabel()
    label.setObjectName("save_status")
    label.setWordWrap(True)
    label.setMinimumHeight(label.fontMetrics().lineSpacing())
    return label


class Autosave(QObject):
    """``edited(key)`` marks a field changed; ``flush()`` saves every changed key with ``save(key)``.
    With ``errors``, a refusal naming fields shows at those fields. With ``store``, the retries after
    a refused write do not wait for a lock (``Store.without_waiting``), so they never freeze the window."""

    saved = Signal()

    def __init__(self, save: Callable[[str], None], status: QLabel, parent: QObject,
                 errors: FieldErrors | None = None, store: Store | None = None):
        super().__init__(parent)
        self._save = save
        self.status = status
        self.errors = errors
        self._store = store
        self._dirty: set[str] = set()
        self.problem = ""  # why the last save failed, for the question before closing (which says "not saved")
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try_again)
        style.set_tone(status, Tone.MUTED)

    @contextlib.contextmanager
    def loading(self) -> Iterator[None]:
        """Text put into the fields from the store is not an edit."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def edited(self, key: str = "") -> None:
        if self._loading:
            return
        self._dirty.add(key)
        self._retry.stop()  # the typing's own save comes sooner
        self._show(self.tr("Ändrat…"))
        self._timer.start()

    def has_unsaved(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> bool:
        """Save every changed field now. False if the store refused."""
        self._timer.stop()
        self._retry.stop()
        if not self._dirty:
            return True
        for key in sorted(self._dirty):
            try:
                self._save(key)
            except AtamaError as exc:
                # a StorageError also says that the text is kept
                self.problem = exc.reason if isinstance(exc, StorageError) else str(exc)
                not_saved = self.tr("Inte sparat: %1").replace("%1", self.problem)
                if self.errors is not None and isinstance(exc, ValidationError):
                    self.errors.show(exc.errors)
                    self._show(self.tr("Inte sparat"), error=True)
                elif isinstance(exc, StorageError):  # the file, not the text: it may take it in a moment
                    self._show(not_saved + " " + self.tr("ATAMA försöker själv igen om några sekunder."), error=True)
                    self._retry.start()
                else:
                    self._show(not_saved, error=True)
                return False
            self._dirty.discard(key)
        self.problem = ""
        if self.errors is not None:
            self.errors.clear()
        self.show_saved()
        self.saved.emit()
        return True

    def _try_again(self) -> None:
        with self._store.without_waiting() if self._store is not None else contextlib.nullcontext():
            self.flush()

    def show_saved(self) -> None:
        """"Sparat" with the time, also for what the form saves at once (a rating, a date)."""
        self._show(self.tr("Sparat %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))

    def _show(self, text: str, error: bool = False) -> None:
        style.set_tone(self.status, Tone.ERROR if error else Tone.MUTED)
        self.status.setText(text)
