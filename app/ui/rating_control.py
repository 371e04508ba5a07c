"""One rating on an instrument's scale: a row of buttons that also works from the keyboard.

Number keys choose the step with that value, N (or 0 where no step is 0) marks N/A, Delete
clears; Tab moves on. Emits ``changed(value, na)`` with value None when cleared or N/A.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from app.models.instruments import Scale

NA_ID = -1


class RatingControl(QWidget):
    changed = Signal(object, bool)  # value (int or None), na

    def __init__(self, scale: Scale, na_allowed: bool, na_label: str, accessible_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.scale = scale
        self.na_allowed = na_allowed
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # for the focus frame
        self.setAccessibleName(accessible_name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a click on the chosen step can clear it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: dict[int, QToolButton] = {}
        for step in scale.steps:
            self._add_button(step.value, str(step.value), step.label.sv)
        if na_allowed:
            self._add_button(NA_ID, "E/T", na_label)
        self.group.idClicked.connect(self._clicked)
        self.setStyleSheet(self._STYLE)
        self._value: int | None = None
        self._na = False

    def _add_button(self, button_id: int, text: str, tooltip: str) -> None:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tooltip)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the control takes focus as one stop
        button.setMinimumWidth(34)
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
            button.setChecked((button_id == NA_ID and self._na) or (button_id == self._value and not self._na))
        label = "E/T" if self._na else (self.scale.label(self._value).sv if self._value is not None else "ej bedömd")
        self.setAccessibleDescription(label)

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

    # The chosen step stands out in colour as well as in its pressed look; focus shows as a frame.
    _STYLE = "QToolButton:checked { background: #1565c0; color: white; font-weight: bold; }"

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.setStyleSheet(self._STYLE + " RatingControl { border: 2px solid #1565c0; border-radius: 4px; }")

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.setStyleSheet(self._STYLE)
