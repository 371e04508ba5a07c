"""What "nothing clipped" means on a shown window, checked widget by widget (tests/ui/screen_tour.py):

- the window lies inside its screen's free area;
- no scroll area, list or text field shows a horizontal scroll bar (they may scroll vertically; a
  table of many columns may scroll sideways in itself);
- a short list of fixed length (a maximum height: the case's side panels) shows all its items;
- no tab bar shows its scroll arrows (every tab's title is in sight);
- no widget reaches beyond the parent it is shown in (inside a scroll area: beyond the content);
- no label is cut: a one-line label is as wide as its text, a word-wrapped one as tall as its lines;
- no scroll area that never scrolls sideways is narrower than its content;
- no button is narrower than its text.

Each problem is one line naming the widget (class, object or accessible name, the start of its text).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QListView,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

TOLERANCE = 1  # px: rounding at 150 %


def describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    text = " ".join(text.split())
    return f"{type(widget).__name__}" + (f" {name!r}" if name else "") + (f" «{text[:50]}»" if text else "")


def problems(window: QWidget) -> list[str]:
    found = _off_screen(window)
    for widget in _shown(window):
        found += _clipped(widget)
    return found


def _shown(window: QWidget) -> list[QWidget]:
    """The widgets shown in ``window`` itself (not in a popup or another window)."""
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]


def _off_screen(window: QWidget) -> list[str]:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    found = []
    if not area.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(frame):
        found.append(f"the window {frame.getRect()} runs off the screen's free area {area.getRect()}")
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    if hint.width() > area.width() or hint.height() > area.height():
        found.append(f"the window needs at least {hint.width()}×{hint.height()}, the screen has "
                     f"{area.width()}×{area.height()}")
    return found


def _in_scrolled_content(widget: QWidget) -> bool:
    """The content of a scroll area's viewport is larger than what shows: that is scrolling, not clipping."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea) \
        and parent is parent.parentWidget().viewport()


def _clipped(widget: QWidget) -> list[str]:
    found = []
    if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible() \
            and not isinstance(widget, QTableView):  # a table of many columns may scroll in itself
        found.append(f"{describe(widget)} scrolls sideways")
    if isinstance(widget, QListView) and widget.verticalScrollBar().isVisible() and widget.maximumHeight() < 10_000:
        found.append(f"{describe(widget)} hides some of its few items")
    if isinstance(widget, QScrollArea) and widget.widget() is not None and widget.widget().isVisible() \
            and not widget.horizontalScrollBar().isVisible() \
            and widget.widget().width() > widget.viewport().width() + TOLERANCE:
        found.append(f"{describe(widget)} cuts its content: {widget.widget().width()} px wide in "
                     f"{widget.viewport().width()} px")
    if isinstance(widget, QTabBar) and any(b.isVisible() for b in widget.findChildren(QToolButton)):
        found.append(f"{describe(widget)} hides tabs behind its arrows")
    parent = widget.parentWidget()
    if parent is not None and not isinstance(widget, QScrollBar) and not _in_scrolled_content(widget):
        room = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        if not room.contains(widget.geometry()):
            found.append(f"{describe(widget)} {widget.geometry().getRect()} reaches beyond "
                         f"{describe(parent)} {parent.rect().getRect()}")
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + TOLERANCE:
                found.append(f"{describe(widget)} is cut: {needed} px of lines in {widget.height()} px")
        elif widget.sizeHint().width() > widget.width() + TOLERANCE:
            found.append(f"{describe(widget)} is cut: {widget.sizeHint().width()} px of text in {widget.width()} px")
    if isinstance(widget, QAbstractButton) and not isinstance(parent, QTabBar) and widget.text() \
            and widget.minimumSizeHint().width() > widget.width() + TOLERANCE:
        found.append(f"{describe(widget)} is cut: needs {widget.minimumSizeHint().width()} px, has {widget.width()}")
    return found
