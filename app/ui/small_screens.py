"""What keeps the screens whole on a small screen (issue 15: 1366×768, and 150–200 % scale, where a
1366×768 screen is 911×485 or 683×364 logical pixels): nothing needs sideways scrolling, and a page
taller than the window scrolls up and down.

- ``FlowLayout``: a row of buttons that wraps onto the next line when the pane is narrow (Qt's Flow
  Layout example). The buttons keep their order; a wrap happens only when the pane is resized.
- ``scrolls_when_short(content)``: ``content`` in a scroll area that scrolls vertically only, so a
  page with a tall minimum (a case's stepper above its panes) still fits a short window.
- ``WrappingCheckBox(text)``: a check box whose text wraps onto more lines in a narrow pane.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLayout, QLayoutItem, QScrollArea, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1, fill: bool = False):
        """``fill``: widen the items of each line to the pane's width, in equal widths where they fit
        (the stepper's steps)."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._fill = fill
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)  # neither way: the buttons keep their own size

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = sum(item.sizeHint().width() for item in self._shown()) + self._gap() * max(len(self._shown()) - 1, 0)
        height = max((item.sizeHint().height() for item in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest button: each may stand on a line of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not (item.widget() and item.widget().isHidden())]

    def setSpacing(self, spacing: int) -> None:  # QLayout's own would be ignored by _gap
        self._spacing = spacing

    def spacing(self) -> int:
        return self._gap()

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _lines(self, width: int, gap: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            needed = item.sizeHint().width()
            if lines[-1] and used + gap + needed > width:  # wrap before it
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + needed
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = max(self._gap(), 0)
        y = area.y()
        lines = self._lines(area.width(), gap)
        # fill: the items are cards of one width, the first line's share of the pane, on every line (a
        # grid, which a text change in one card does not move); where one does not fit that, a line's
        # share of its own, else each item its own width plus an equal share of what its line leaves
        per_line = len(lines[0]) if lines else 1
        even = (area.width() - gap * (per_line - 1)) // per_line
        equal = self._fill and all(item.sizeHint().width() <= even for line in lines for item in line)
        for line in lines:
            natural = sum(item.sizeHint().width() for item in line) + gap * (len(line) - 1)
            extra = max(area.width() - natural, 0) // len(line) if self._fill else 0
            share = (area.width() - gap * (len(line) - 1)) // len(line)
            line_equal = self._fill and all(item.sizeHint().width() <= share for item in line)
            sizes = []
            for item in line:
                hint = item.sizeHint()
                width = even if equal else share if line_equal else min(hint.width() + extra, area.width())
                # an item wider than the pane (a WrappingCheckBox's text) gets the pane's width and its
                # height at that width
                narrowed = width < hint.width() and item.hasHeightForWidth()
                sizes.append((width, item.heightForWidth(width) if narrowed else hint.height()))
            line_height = max(height for _, height in sizes)
            x = area.x()
            for item, (width, height) in zip(line, sizes, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, line_height if self._fill else height)))
                x += width + gap
            y += line_height + gap
        return max(y - gap, area.y()) - rect.y() + margins.bottom()


# Every scroll area the screens make is held here until Qt deletes it. PySide 6.11's record of who
# owns a scroll area put into a layout was seen to break (the area and its viewport each other's
# parent, cut off from the page), after which a garbage collection took the area for garbage and
# deleted it, and with it the page it scrolls: the Gallring page's body after a few dialogs, or a
# crash inside a paint (tests/ui/test_pages_survive_gc.py).
_held_areas: set[QScrollArea] = set()


def held_until_destroyed(area: QScrollArea) -> None:
    """Keep ``area``'s Python side alive until Qt deletes it (see above); every QScrollArea of the
    screens, made here or a subclass's own (a case's tab, a step's form), is given to this."""
    _held_areas.add(area)
    area.destroyed.connect(functools.partial(_held_areas.discard, area))


def scroll_area(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that resizes it and is no Tab stop of its own (a stop
    with no name, between the fields; Tab to a field scrolls it in view)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    held_until_destroyed(area)
    return area


def scrolls_when_short(content: QWidget) -> QScrollArea:
    """``content`` filling a scroll area as long as the window is tall enough for its minimum height,
    scrolling vertically when not; never sideways (its width follows the pane)."""
    area = scroll_area(content)
    area.setObjectName("scrolls_when_short")
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def in_a_row(*parts: QWidget, below: QWidget | None = None) -> QWidget:
    """``parts`` (a label and its field, say) kept together on one line of a FlowLayout, with
    ``below`` (the field's error) under them."""
    from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    row = QHBoxLayout()
    for part in parts:
        row.addWidget(part)
    column.addLayout(row)
    if below is not None:
        column.addWidget(below)
    return holder


def size_on_screen(window: QWidget, width: int, height: int) -> None:
    """``window`` at ``width``×``height``, or at what the screen's free area has room for when that is
    less (a 1366×768 screen at 150–200 %); its content scrolls for the rest."""
    area = window.screen().availableGeometry()
    window.resize(min(width, area.width() * 19 // 20), min(height, area.height() * 9 // 10))


def scrolling_dialog(dialog: QWidget, content: QWidget, buttons: QWidget) -> None:
    """``dialog`` laid out as ``content`` over its ``buttons``, opened at the content's natural size
    where the screen has room for it; on a smaller screen the content scrolls up and down and the
    buttons stay in sight."""
    from PySide6.QtWidgets import QVBoxLayout

    layout = QVBoxLayout(dialog)
    layout.addWidget(scrolls_when_short(content), 1)
    layout.addWidget(buttons)
    margins = layout.contentsMargins()
    wanted = content.sizeHint()
    size_on_screen(dialog, max(wanted.width() + margins.left() + margins.right(), dialog.minimumWidth()),
                   wanted.height() + buttons.sizeHint().height() + layout.spacing() + margins.top()
                   + margins.bottom() + 2)


def in_a_column(label: QWidget, field: QWidget) -> QWidget:
    """A label over its field, kept together as one item of a FlowLayout (a row of a meeting's participants)."""
    from PySide6.QtWidgets import QVBoxLayout

    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(label)
    column.addWidget(field)
    return holder


class _TicksItsBox(QLabel):
    """A check box's text beside it: a click on it ticks the box, as on a check box's own text."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._box.isEnabled() and self.rect().contains(event.position().toPoint()):
            self._box.click()
        super().mouseReleaseEvent(event)


class WrappingCheckBox(QWidget):
    """A check box (``box``, the one to read and tick) whose text wraps in a narrow pane: a QCheckBox's
    own text never wraps, and at 200 % a long one ran out of the retention page and the consent panel."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text.replace("&", ""))
        self.label = _TicksItsBox(text, self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.box.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self.box))
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
