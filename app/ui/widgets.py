"""Small shared widgets: date fields, choice and number boxes, per-field error messages.

Use these rather than the bare Qt classes: a date, choice or number here changes on the mouse
wheel only when it has keyboard focus, so scrolling a page never rewrites what the wheel passes
over (a finished step's date went from 2026 to 2008 that way)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.models.vocab import Choices
from app.ui.i18n import data_text

DATE_FORMAT = "yyyy-MM-dd"  # ISO 8601, as Swedish dates are written


def to_qdate(value: str | dt.date | None) -> QDate:
    if not value:
        return QDate.currentDate()
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return QDate(value.year, value.month, value.day)


class WheelNeedsFocus:
    """Mixin for a spin box, date or combo box: without keyboard focus the wheel scrolls the page
    under it instead of changing the value, and the wheel does not give it focus (StrongFocus).
    Per widget class, not an application-wide event filter (app/ui/qt_binding.py, quirk 6)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # Qt hands an ignored wheel on to the parent: the scroll area scrolls


class ComboBox(WheelNeedsFocus, QComboBox):
    """A combo box that changes on the wheel only when focused."""


class SpinBox(WheelNeedsFocus, QSpinBox):
    """A number box that changes on the wheel only when focused."""


class TimeEdit(WheelNeedsFocus, QTimeEdit):
    """A time of day written and shown as TT:MM (a meeting's start)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setAccessibleName(accessible_name)


class DateEdit(WheelNeedsFocus, QDateEdit):
    """A date field written and shown as ÅÅÅÅ-MM-DD, with a calendar popup."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setDate(QDate.currentDate())
        self.setAccessibleName(accessible_name)

    def iso(self) -> str:
        return self.date().toString(DATE_FORMAT)

    def set_iso(self, value: str | dt.date | None) -> None:
        self.setDate(to_qdate(value))


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box turns the date field on."""

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.enabled_box = QCheckBox(label)
        self.enabled_box.setAccessibleName(QCoreApplication.translate("OptionalDateEdit", "%1: anges")
                                           .replace("%1", label))
        self.date_edit = DateEdit(label)
        self.date_edit.setEnabled(False)
        self.enabled_box.toggled.connect(self.date_edit.setEnabled)
        self.setFocusProxy(self.date_edit)  # a message about the date focuses the date (it is set then)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.date_edit, 1)

    def iso(self) -> str:
        return self.date_edit.iso() if self.enabled_box.isChecked() else ""

    def set_iso(self, value: str | None) -> None:
        self.enabled_box.setChecked(bool(value))
        if value:
            self.date_edit.set_iso(value)


class ChoiceCombo(ComboBox):
    """A combo box over a Choices list; ``key()`` returns the stored key ('' for none)."""

    def __init__(self, choices: Choices, accessible_name: str, placeholder: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        if placeholder is not None:
            self.addItem(placeholder, "")
        for key, label in choices:
            self.addItem(data_text(label), key)  # the vocabulary's label in the screens' language

    def key(self) -> str:
        return self.currentData() or ""

    def set_key(self, key: str | None) -> None:
        index = self.findData(key or "")
        self.setCurrentIndex(max(index, 0))


class FieldErrors:
    """Shows the domain's Swedish field messages right under the fields they belong to.

    A form whose rows come and go (a plan's sub-goals) makes a row's labels with the same field
    names again; a label leaves the registry when it is destroyed, so a removed row's labels never
    stay behind to be cleared after Qt deleted them."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def label_for(self, field: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020;")
        label.setVisible(False)
        self._fields[field] = (widget, label)
        label.destroyed.connect(lambda: self._forget(field, label))
        return label

    def _forget(self, field: str, label: QLabel) -> None:
        if field in self._fields and self._fields[field][1] is label:  # not a newer row's label
            del self._fields[field]

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.setVisible(False)
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show each message at its field, focus the first such field; return messages that have no
        field here."""
        self.clear()
        unplaced = []
        for field, message in errors.items():
            if field not in self._fields:
                unplaced.append(message)
                continue
            widget, label = self._fields[field]
            label.setText(message)
            label.setVisible(True)
            widget.setStyleSheet("border: 1px solid #b00020;")
            widget.setAccessibleDescription(message)
        first = self.first_shown()
        if first is not None:
            first[0].setFocus()
        return unplaced

    def first_shown(self) -> tuple[QWidget, QLabel] | None:
        """The field with a message highest up in its window (then leftmost), and its message label:
        the first one the user reads, whatever order the service named them in."""
        def place(entry: tuple[QWidget, QLabel]) -> tuple[int, int]:
            at = entry[0].mapTo(entry[0].window(), QPoint(0, 0))
            return at.y(), at.x()

        shown = [entry for entry in self._fields.values() if entry[1].text()]
        return min(shown, key=place) if shown else None

    def message(self, field: str) -> str:
        return self._fields[field][1].text() if field in self._fields else ""


def wrapped_label(text: str, buddy: QWidget | None = None) -> QLabel:
    """A label that wraps, with the field it names as its buddy (its mnemonic and screen readers)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def text_edit(accessible_name: str, height: int = 60) -> QPlainTextEdit:
    """A free-text field of a form: Tab moves on (it does not type a tab), at most ``height`` high."""
    editor = QPlainTextEdit()
    editor.setAccessibleName(accessible_name)
    editor.setTabChangesFocus(True)
    editor.setMaximumHeight(height)
    return editor


def save_cancel_buttons(save_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("Dialog", "Avbryt"))
    return buttons
