"""The focus outline: 2 px in the scheme's focus colour (app/ui/style.py, 3:1 and more against the
window in light and dark) around the input, button or list cell that has the keyboard focus.

A proxy over the platform's own style (Fusion on Linux, the native style on Windows 11), not an
application style sheet: a style sheet on the QApplication makes Qt style every widget apart and
draw it its own way, and costs start-up time. The proxy only adds the outline after the native
drawing, or draws it instead of the native dotted focus rectangle (check boxes, tabs, list cells)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QTextEdit,
    QWidget,
)

from app.ui import style

WIDTH = 2

_PE = QStyle.PrimitiveElement
_CE = QStyle.ControlElement
_CC = QStyle.ComplexControl
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
# drawn natively, then outlined when focused: text fields, buttons, combo and spin boxes
_OUTLINED_PRIMITIVES = (_PE.PE_PanelLineEdit,)
_OUTLINED_CONTROLS = (_CE.CE_PushButton,)
_OUTLINED_COMPLEX = (_CC.CC_ComboBox, _CC.CC_SpinBox)


class FocusStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == _PE.PE_FrameFocusRect:
            _outline(painter, option.rect, inset=0)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED_PRIMITIVES and option.state & _HAS_FOCUS and _focused(widget):
            _outline(painter, option.rect)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _OUTLINED_CONTROLS and option.state & _HAS_FOCUS:
            _outline(painter, option.rect)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _OUTLINED_COMPLEX and option.state & _HAS_FOCUS:
            _outline(painter, option.rect)


def _focused(widget) -> bool:
    """The widget itself has focus; not a text field inside a spin, date or combo box, whose own
    outline says it (its frame is drawn with the focus state too)."""
    if widget is None:
        return False
    return widget.hasFocus() and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))


def _outline(painter: QPainter, rect, inset: int = 1) -> None:
    """A WIDTH-wide band just inside ``rect`` (four filled bands: exact pixels at any scale)."""
    r = rect.adjusted(inset, inset, -inset, -inset)
    if r.width() <= 2 * WIDTH or r.height() <= 2 * WIDTH:
        return
    swatch = _swatch(style.current().focus)
    x, y, w, h = r.x(), r.y(), r.width(), r.height()
    for band in ((x, y, w, WIDTH), (x, y + h - WIDTH, w, WIDTH), (x, y, WIDTH, h), (x + w - WIDTH, y, WIDTH, h)):
        painter.drawImage(QRect(*band), swatch)


_swatches: dict[str, QImage] = {}


def _swatch(colour: str) -> QImage:
    """One pixel of ``colour``, drawn stretched over a band. Not fillRect, a pen or a brush: each of
    those resolves overloads that take ``Qt`` enums and builds the whole namespace (app/ui/qt_binding.py,
    1), here during the first paint, where the search field has focus."""
    if colour not in _swatches:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.setPixelColor(0, 0, QColor(colour))
        _swatches[colour] = image
    return _swatches[colour]


class _AreaRing(QWidget):
    """The outline of a text area, list or table with focus. Their frame is 1 px and their content
    (the viewport) paints over anything drawn inside it, so the outline is a see-through child laid
    over the whole area, moved to whichever area has focus."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt  # not before the first paint (app/ui/qt_binding.py, 1)

        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area: QAbstractScrollArea | None = None

    def follow(self, area: QAbstractScrollArea | None) -> None:
        if area is self.area:
            return
        if self.area is not None:
            self.area.removeEventFilter(self)
        self.area = area
        if area is None:
            self.hide()
            self.setParent(None)
            return
        self.setParent(area)
        area.installEventFilter(self)  # this area's resizes only
        self.setGeometry(area.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.area and event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        _outline(painter, self.rect(), inset=0)
        painter.end()


def _area_of(widget) -> QAbstractScrollArea | None:
    """The text area or list that ``widget`` is (or is the content of); not a page's scroll area."""
    if isinstance(widget, (QAbstractItemView, QPlainTextEdit, QTextEdit)):
        return widget
    return None


_installed: FocusStyle | None = None
_ring: _AreaRing | None = None


def install(app: QApplication) -> None:
    """The focus outline for every widget of ``app`` (once; the proxy wraps the style Qt chose)."""
    global _installed
    if _installed is not None and app.style() is _installed:
        return
    _installed = FocusStyle(app.style().name())
    app.setStyle(_installed)
    if not _following[0]:
        _following[0] = True
        app.focusChanged.connect(_focus_changed)


_following = [False]


def _focus_changed(_old, new) -> None:
    """The ring follows the focus; made when an area first has it (a QWidget made before the first
    paint would build the ``Qt`` namespace there)."""
    global _ring
    area = _area_of(new)
    if _ring is None:
        if area is None:
            return
        _ring = _AreaRing()
    _ring.follow(area)
