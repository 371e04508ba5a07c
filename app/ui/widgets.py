"""Small shared widgets: date fields, choice and number boxes, per-field error messages.

Use these rather than the bare Qt classes: a choice or number here changes on the mouse wheel only
when it has keyboard focus, and a date (a typed field) never does, so scrolling a page never
rewrites what the wheel passes over (a finished step's date went from 2026 to 2008 that way)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.vocab import Choices
from app.ui import style
from app.ui.i18n import data_text
from app.ui.style import Tone

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


def parse_typed_date(text: str) -> dt.date | None:
    """A date as a user types it: ÅÅÅÅ-MM-DD, or the same without dashes (ÅÅÅÅMMDD), or ÅÅMMDD for
    this century (261201 is 2026-12-01). None for anything else, also for a day that does not exist."""
    text = text.strip()
    if len(text) == 10 and text[4] == text[7] == "-":
        text = text[:4] + text[5:7] + text[8:]
    elif len(text) == 6:
        text = "20" + text
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


class _CalendarPopup(QCalendarWidget):
    """The date field's calendar: a popup under the field, Monday first, week numbers; Enter or a
    click picks the day, Escape closes it and leaves the field as it was."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setAccessibleName(QCoreApplication.translate("DateEdit", "Kalender"))
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.close()
        self.picked.emit(day)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateEdit(QWidget):
    """A date as one field to type, ÅÅÅÅ-MM-DD (also ÅÅÅÅMMDD or ÅÅMMDD, written out when the field
    is left), with a calendar on Alt+Nedpil or F4 and on the small button beside it. One Tab stop:
    the button is for the mouse (a screen reader still finds it by its name). A day that does not
    exist is said under the field at once, naming it; ``iso()`` then returns the text as typed,
    so the service refuses it at the field as well and nothing wrong is stored.

    ``optional``: empty means no date (OptionalDateEdit). The mouse wheel never changes a date: a
    page scrolls over it."""

    dateChanged = Signal(str)  # the ISO date ("" for none) whenever it becomes another valid value
    editingFinished = Signal()  # the field was left (or a day picked in the calendar)

    def __init__(self, accessible_name: str, parent: QWidget | None = None, *, optional: bool = False):
        super().__init__(parent)
        self.optional = optional
        self._name = accessible_name
        self._minimum: dt.date | None = None
        self._maximum: dt.date | None = None
        self._proposed: dt.date | None = None
        self.line = QLineEdit()
        self.line.setAccessibleDescription(self.tr("Skriv ÅÅÅÅ-MM-DD. Alt+Nedpil öppnar kalendern."))
        self.line.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD, eller tomt") if optional else self.tr("ÅÅÅÅ-MM-DD"))
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9-]{0,10}"), self.line))
        self.line.setMaxLength(10)
        self.line.installEventFilter(self)
        self.line.textChanged.connect(self._typed)
        self.line.editingFinished.connect(self._left)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Kalender (Alt+Nedpil eller F4)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.message = QLabel()
        self.message.setObjectName("date_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.setFocusProxy(self.line)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.calendar_button)
        row.addStretch(1)  # a date is short: the field is as wide as its hint, the message takes the width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._last = ""
        self.setAccessibleName(accessible_name)
        if not optional:
            self.set_iso(None)
        self.line.setFixedWidth(self.line.fontMetrics().horizontalAdvance(self.line.placeholderText()) + 24)

    # -- value ------------------------------------------------------------------------------------
    def iso(self) -> str:
        """ÅÅÅÅ-MM-DD; "" when empty; the text as typed when it is no date (the service names it)."""
        day = parse_typed_date(self.line.text())
        return day.isoformat() if day else self.line.text().strip()

    def set_iso(self, value: str | dt.date | None) -> None:
        """Show ``value``; None or "" is today in a required date and nothing in an optional one."""
        if not value:
            self.line.setText("" if self.optional else to_qdate(None).toString(DATE_FORMAT))
        else:
            self.line.setText(value if isinstance(value, str) else value.isoformat())
        self._finished()

    def date(self) -> QDate:
        """The date shown (an invalid QDate when the field holds none)."""
        day = parse_typed_date(self.line.text())
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setDate(self, value: QDate) -> None:
        self.set_iso(value.toString(DATE_FORMAT))

    def setMinimumDate(self, value: QDate) -> None:
        self._minimum = dt.date(value.year(), value.month(), value.day())

    def setMaximumDate(self, value: QDate) -> None:
        self._maximum = dt.date(value.year(), value.month(), value.day())

    def propose(self, value: str | dt.date | None) -> None:
        """The day the calendar opens on while the field is empty (the app's today, not the clock's)."""
        self._proposed = dt.date.fromisoformat(value) if isinstance(value, str) else value

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - as QLineEdit's
        self.line.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)

    def is_valid(self) -> bool:
        text = self.line.text().strip()
        return parse_typed_date(text) is not None or (self.optional and not text)

    def setStyleSheet(self, style: str) -> None:  # noqa: N802 - FieldErrors marks the field, not the button
        self.line.setStyleSheet(style)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - the field is what a screen reader names
        self._name = name
        self.line.setAccessibleName(name)
        self.calendar_button.setAccessibleName(self.tr("Välj %1 i kalendern").replace("%1", name))
        super().setAccessibleName(name)

    # -- typing -----------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        now = self.iso() if self.is_valid() else None
        if now is not None and now != self._last:
            self._last = now
            self.message.hide()
            self.dateChanged.emit(now)

    def _left(self) -> None:
        self._finished()
        self.editingFinished.emit()

    def _finished(self) -> None:
        """Leaving the field: a short form is written out; a wrong one is said, naming the field."""
        text = self.line.text().strip()
        day = parse_typed_date(text)
        if day is not None and self.line.text() != day.isoformat():
            self.line.setText(day.isoformat())
        if self.is_valid():
            self.message.hide()
            self.line.setAccessibleDescription(self.tr("Skriv ÅÅÅÅ-MM-DD. Alt+Nedpil öppnar kalendern."))
            return
        problem = (self.tr("%1: %2 är inget datum som finns. Skriv ÅÅÅÅ-MM-DD, till exempel 2026-11-20.")
                   if text else self.tr("%1: skriv ett datum, ÅÅÅÅ-MM-DD, till exempel 2026-11-20."))
        problem = problem.replace("%1", self._name).replace("%2", text)
        self.message.setText(problem)
        self.message.show()
        self.line.setAccessibleDescription(problem)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            alt_down = (event.key() == Qt.Key.Key_Down
                        and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if alt_down or event.key() == Qt.Key.Key_F4 and not event.modifiers():
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # -- calendar ---------------------------------------------------------------------------------
    def open_calendar(self) -> _CalendarPopup:
        """The calendar under the field, on the date shown (or the proposed day, or today)."""
        if not self.line.isEnabled() or self.line.isReadOnly():
            return None  # type: ignore[return-value]
        popup = _CalendarPopup(self)
        if self._minimum:
            popup.setMinimumDate(to_qdate(self._minimum))
        if self._maximum:
            popup.setMaximumDate(to_qdate(self._maximum))
        shown = self.date()
        popup.setSelectedDate(shown if shown.isValid() else to_qdate(self._proposed))
        popup.picked.connect(self._picked)
        popup.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        popup.show()
        popup.setFocus()
        self._popup = popup
        return popup

    def _picked(self, day: QDate) -> None:
        self.set_iso(day.toString(DATE_FORMAT))
        self.line.setFocus()
        self.editingFinished.emit()


class OptionalDateEdit(DateEdit):
    """A date that may be left out: the same field, empty for no date."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(accessible_name, parent, optional=True)


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
        style.set_tone(label, Tone.ERROR)
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
            style.set_invalid(widget, False)

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
            style.set_invalid(widget, True)
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
