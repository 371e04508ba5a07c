"""The mouse wheel scrolls the page over a date or a choice; it changes a choice only once focused,
and a date (typed) never."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDate, QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

import app.ui
from app.models.vocab import NOTE_KINDS
from app.ui.widgets import ChoiceCombo, DateEdit, SpinBox


def _page(qtbot):
    body = QWidget()
    layout = QVBoxLayout(body)
    date = DateEdit("Datum")
    date.setDate(QDate(2026, 10, 19))
    kind = ChoiceCombo(NOTE_KINDS, "Typ")
    minutes = SpinBox()
    minutes.setValue(30)
    for widget in (date, kind, minutes):
        layout.addWidget(widget)
    layout.addSpacing(3000)  # a long page: there is something to scroll
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(body)
    area.resize(400, 300)
    qtbot.addWidget(area)
    with qtbot.waitExposed(area):
        area.show()
    return area, date, kind, minutes


def _wheel_over(widget: QWidget, notches: int = 1) -> None:
    """A real wheel turn (towards the user: down the page) with the mouse over ``widget``."""
    window = widget.window()
    position = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), position, QPoint(0, -120 * notches))


def test_the_wheel_over_an_unfocused_date_or_choice_scrolls_the_page(qtbot):
    area, date, kind, minutes = _page(qtbot)
    area.setFocus()
    _wheel_over(date)
    assert date.date() == QDate(2026, 10, 19)
    assert not date.hasFocus()  # the wheel does not give it focus either
    scrolled = area.verticalScrollBar().value()
    assert scrolled > 0
    area.verticalScrollBar().setValue(0)
    _wheel_over(kind)
    assert kind.currentIndex() == 0
    assert area.verticalScrollBar().value() > 0
    _wheel_over(minutes)
    assert minutes.value() == 30


def test_a_date_is_typed_and_the_wheel_never_changes_it_even_focused(qtbot):
    area, date, _kind, _minutes = _page(qtbot)
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    _wheel_over(date)
    assert date.date() == QDate(2026, 10, 19)
    assert area.verticalScrollBar().value() > 0  # the page scrolled instead


def test_every_screen_uses_the_guarded_widgets():
    """A bare Qt spin box, date or combo box would change under the wheel again."""
    bare = re.compile(r"\bQ(ComboBox|SpinBox|DoubleSpinBox|DateEdit|TimeEdit|DateTimeEdit)\(")
    found = [f"{path.name}:{number}" for path in Path(app.ui.__file__).parent.glob("*.py") if path.name != "widgets.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if bare.search(line)]
    assert found == []
