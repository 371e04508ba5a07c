"""The focus outline: a 2 px band in the scheme's focus colour (app/ui/style.py, 3:1 and more
against the window in light and dark) along the edges of whatever widget has the keyboard focus:
a field, a button, a check box, a list or table, a text area.

One small see-through widget laid over the focused widget as its child, moved whenever the focus
moves (QApplication.focusChanged). Not an application style sheet, which makes Qt style every
widget apart and draw it its own way; and not a proxy style written in Python, whose drawing calls
(some 400 on the first paint, every list cell's) cost the first paint about 8 ms of its 53 ms of CPU
on the 10 000-client database, where this ring costs under 1 ms. As a child the ring moves, scrolls
and clips with the widget; its mask is the band alone, so clicks inside reach the widget.

Qt fills the band from the ring's palette (its window colour is the focus colour): no paintEvent in
Python, and no QPainter or QImage to load before the first paint, where the search field has the
focus (about 1 ms)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.ui import style

WIDTH = 2


class FocusRing(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focus_ring")
        self.setAutoFillBackground(True)  # the band, in the palette's window colour: see restyle
        self.setBackgroundRole(QPalette.ColorRole.Window)  # not the field's Base, which it would inherit
        self.target: QWidget | None = None
        self.restyle()

    def restyle(self) -> None:
        """The focus colour of the scheme in use (style.restyle_all calls this when it changes)."""
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, style.colour(style.current().focus))
        self.setPalette(palette)

    def follow(self, widget: QWidget | None) -> None:
        """Outline ``widget`` (None: nothing has focus in this application's active window)."""
        if self.target is not None and isValid(self.target):  # a widget being deleted gives up the focus
            self.target.removeEventFilter(self)
        self.target = widget if widget is not None and widget.window() is not widget else None
        if self.target is None:
            self.hide()
            self.setParent(None)
            return
        self.setParent(self.target)
        self.target.installEventFilter(self)  # this widget's resizes only
        self._fit()
        self.show()
        self.raise_()

    def _fit(self) -> None:
        if self.target is None:
            return
        rect = self.target.rect()
        self.setGeometry(rect)
        inner = rect.adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)
        self.setMask(QRegion(rect).subtracted(QRegion(inner)))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self._fit()
        return False


_ring: list[FocusRing] = []


def install(app: QApplication) -> None:
    """The focus outline in every window of ``app`` (once)."""
    if not _ring:
        _ring.append(FocusRing())
        app.focusChanged.connect(_focus_changed)  # a signal, not an application-wide event filter


def ring() -> FocusRing | None:
    return _ring[0] if _ring else None


def _focus_changed(_old, new) -> None:
    if _ring and not isValid(_ring[0]):  # it went with the widget it outlined
        _ring[0] = FocusRing()
    if _ring:
        _ring[0].follow(new)
