"""Empty states: over a list with no rows, a line that says why it is empty and what to do next
("Inga klienter ännu – registrera en med Ctrl+N"), instead of a blank white box.

The text is a label in the list's viewport, shown only while the model has no rows: a screen reader
reads it (it is also the list's accessible description then), and the list's header stays, so the
columns still say what would be there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from app.ui import style
from app.ui.style import Tone


class EmptyState(QObject):
    """``text`` is a string, or a function giving it when the list turns empty (a search's words)."""

    def __init__(self, view: QAbstractItemView, text: str | Callable[[], str]):
        super().__init__(view)
        self.view = view
        self._text = text
        self.label: QLabel | None = None  # made when the list is first empty
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def text(self) -> str:
        return self._text() if callable(self._text) else self._text

    def is_shown(self) -> bool:
        return self.label is not None and not self.label.isHidden()

    def update(self) -> None:
        empty = self.view.model().rowCount() == 0
        if empty and self.label is None:
            self.label = QLabel(self.view.viewport())
            self.label.setObjectName("empty_state")
            self.label.setWordWrap(True)
            self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            style.set_tone(self.label, Tone.MUTED)
        if self.label is None:
            return
        if empty:
            self.label.setText(self.text())
            self._place()
        self.label.setVisible(empty)
        self.view.setAccessibleDescription(self.label.text() if empty else "")

    def _place(self) -> None:
        if self.label is not None:
            margin = 2 * style.MARGIN
            self.label.setGeometry(self.view.viewport().rect().adjusted(margin, margin // 2, -margin, -margin // 2))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


def empty_state(view: QAbstractItemView, text: str | Callable[[], str]) -> EmptyState:
    """Give ``view`` its empty-state text (kept as ``view.empty_state`` for tests and callers)."""
    state = EmptyState(view, text)
    view.empty_state = state  # type: ignore[attr-defined]
    return state
