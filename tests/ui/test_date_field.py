"""A date is one field to type, ÅÅÅÅ-MM-DD, with a calendar on a key (issue 15): one Tab stop, the
short forms written out, a day that does not exist said at once naming the field, the calendar on
Alt+Nedpil or F4 (Enter picks, Escape leaves the field as it was), and empty for no date where a date
may be left out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.ui.widgets import DateEdit, OptionalDateEdit
from tests.ui.helpers import type_text


@pytest.fixture
def form(qtbot):
    """A start date, an optional end date and a field after them, in a shown, active window."""
    window = QWidget()
    layout = QVBoxLayout(window)
    start, end, after = DateEdit("Startdatum"), OptionalDateEdit("Slutdatum"), QLineEdit()
    for widget in (start, end, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield start, end, after
    del window  # kept until the test ends (qtbot holds it weakly)


def _leave(qtbot, date: DateEdit) -> None:
    qtbot.keyClick(date.line, Qt.Key.Key_Tab)


def test_one_tab_stop_per_date_and_the_button_is_for_the_mouse(qtbot, form):
    start, end, after = form
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is end.line
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert start.calendar_button.accessibleName() == "Välj Startdatum i kalendern"
    assert start.calendar_button.focusPolicy() == Qt.FocusPolicy.NoFocus


@pytest.mark.parametrize("typed", ["2026-12-01", "20261201", "261201"])
def test_a_date_typed_in_full_or_short_is_written_out_when_the_field_is_left(qtbot, form, typed):
    start, _end, _after = form
    start.setFocus()
    start.line.clear()
    changes: list[str] = []
    start.dateChanged.connect(changes.append)
    type_text(start.line, typed)
    _leave(qtbot, start)
    assert start.line.text() == "2026-12-01" and start.iso() == "2026-12-01"
    assert changes == ["2026-12-01"]
    assert not start.message.isVisible()


def test_letters_cannot_be_typed_and_a_day_that_does_not_exist_is_said_naming_the_field(qtbot, form):
    start, _end, _after = form
    start.setFocus()
    start.line.clear()
    type_text(start.line, "idag")
    assert start.line.text() == ""
    type_text(start.line, "2026-02-30")
    _leave(qtbot, start)
    assert start.message.isVisible()
    assert start.message.text() == ("Startdatum: 2026-02-30 är inget datum som finns. Skriv ÅÅÅÅ-MM-DD, "
                                    "till exempel 2026-11-20.")
    assert start.line.accessibleDescription() == start.message.text()  # a screen reader says it too
    assert start.iso() == "2026-02-30"  # as typed: the service refuses it at the field, nothing is stored
    start.line.clear()
    type_text(start.line, "2026-02-28")
    assert not start.message.isVisible()


def test_alt_down_opens_the_calendar_on_the_date_enter_picks_and_escape_leaves_it(qtbot, form):
    start, _end, _after = form
    start.set_iso("2026-11-20")
    start.setFocus()
    qtbot.keyClick(start.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = QApplication.activePopupWidget()
    assert calendar is not None and calendar.selectedDate().toString("yyyy-MM-dd") == "2026-11-20"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # a week on
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert start.iso() == "2026-11-27" and QApplication.focusWidget() is start.line
    qtbot.keyClick(start.line, Qt.Key.Key_F4)
    assert QApplication.activePopupWidget() is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None and start.iso() == "2026-11-27"


def test_an_optional_date_is_empty_for_none_and_its_calendar_opens_on_the_proposed_day(qtbot, form):
    _start, end, _after = form
    assert end.iso() == "" and not end.message.isVisible()
    end.propose("2026-11-20")
    end.setFocus()
    qtbot.keyClick(end.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert end.iso() == "2026-11-20"
    changes: list[str] = []
    end.dateChanged.connect(changes.append)
    end.line.clear()
    _leave(qtbot, end)
    assert end.iso() == "" and changes == [""] and not end.message.isVisible()
