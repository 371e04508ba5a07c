"""One rating on an instrument's scale: a row of buttons that also works from the keyboard.

Number keys choose the step with that value, N (or 0 where no step is 0) marks N/A, Delete
clears; Tab moves on. Emits ``changed(value, na)`` with value None when cleared or N/A.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from app.models.instruments import Scale
from app.ui import style

NA_ID = -1
_FRAME = 2  # the focus frame's width, kept free around the buttons so they never move


class RatingControl(QWidget):
    changed = Signal(object, bool)  # value (int or None), na

    def __init__(self, scale: Scale, na_allowed: bool, na_label: str, accessible_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.scale = scale
        self.na_allowed = na_allowed
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a click on the chosen step can clear it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(_FRAME, _FRAME, _FRAME, _FRAME)
        layout.setSpacing(2)
        self.buttons: dict[int, QToolButton] = {}
        for step in scale.steps:
            self._add_button(step.value, str(step.value), step.label.sv)
        if na_allowed:
            self._add_button(NA_ID, self.tr("E/T"), na_label)
        self.group.idClicked.connect(self._clicked)
        self._value: int | None = None
        self._na = False

    def _add_button(self, button_id: int, text: str, tooltip: str) -> None:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tooltip)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the control takes focus as one stop
        # wide enough for its text in bold (the chosen step, _show_chosen), so that choosing moves nothing
        bold = button.font()
        bold.setBold(True)
        widening = QFontMetrics(bold).horizontalAdvance(text) - button.fontMetrics().horizontalAdvance(text)
        button.setMinimumWidth(max(34, button.sizeHint().width() + widening))
        button.setAccessibleName(f"{text}: {tooltip}")
        self.group.addButton(button, button_id)
        self.buttons[button_id] = button
        self.layout().addWidget(button)

    # -- state ------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def is_na(self) -> bool:
        return self._na

    def set_rating(self, value: int | None, na: bool) -> None:
        """Show a stored rating without emitting ``changed``."""
        self._value, self._na = (None, True) if na else (value, False)
        for button_id, button in self.buttons.items():
            checked = (button_id == NA_ID and self._na) or (button_id == self._value and not self._na)
            if checked != button.isChecked() or checked != button.font().bold():
                _show_chosen(button, checked)
            button.setChecked(checked)
        label = self.tr("E/T") if self._na else (self.scale.label(self._value).sv if self._value is not None
                                                 else self.tr("ej bedömd"))
        self.setAccessibleDescription(label)

    def restyle(self) -> None:
        """Light or dark changed (app/ui/style.py): the chosen step in the new accent."""
        for button in self.buttons.values():
            if button.isChecked():
                _show_chosen(button, True)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)

    def _choose(self, value: int | None, na: bool) -> None:
        self.set_rating(value, na)
        self.changed.emit(self._value, self._na)

    def _clicked(self, button_id: int) -> None:
        if button_id == NA_ID:
            self._choose(None, not self._na)
        elif button_id == self._value and not self._na:
            self._choose(None, False)
        else:
            self._choose(button_id, False)

    # -- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if not self.isEnabled() or self.focusPolicy() == Qt.FocusPolicy.NoFocus:
            return super().keyPressEvent(event)
        text = event.text()
        if text.isdigit() and int(text) in self.scale.values:
            self._choose(int(text), False)
        elif self.na_allowed and (text.lower() in ("n", "e") or (text == "0" and 0 not in self.scale.values)):
            self._choose(None, True)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None, False)
        else:
            return super().keyPressEvent(event)
        event.accept()

    # Focus shows as a frame around the buttons. Painted, not a style sheet: a style sheet per control
    # made Qt style each control and its buttons apart, a fifth of the time to open a form.
    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event) -> None:
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(style.current().focus), _FRAME))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)


def _show_chosen(button: QToolButton, chosen: bool) -> None:
    """The chosen step stands out in colour and weight as well as in its pressed look."""
    if chosen:
        background, text = style.current().accent
        palette = button.palette()
        for role in (QPalette.ColorRole.Button, QPalette.ColorRole.Highlight):
            palette.setColor(role, QColor(background))
        palette.setColor(QPalette.ColorRole.ButtonText, QColor(text))
        button.setPalette(palette)
    else:
        button.setPalette(QPalette())  # back to the application's
    font = button.font()
    font.setBold(chosen)
    button.setFont(font)
