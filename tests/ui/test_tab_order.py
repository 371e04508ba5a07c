"""The keyboard's way through a screen (issue 15, EN 301 549): Tab leaves every list, and goes
through a form top to bottom, reaching every field once, and back to where it started."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.builders import client_with_case
from tests.ui.helpers import main_window


def _tab_from(qtbot, start, presses: int) -> list:
    """The widgets that have focus after each Tab from ``start`` (at most ``presses``), until
    the focus is back at ``start``."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    visited = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return visited
        visited.append(focused)
    raise AssertionError(f"Tab never came back after {presses} presses; the last: "
                         + ", ".join(f"{type(w).__name__} {w.accessibleName()!r}" for w in visited[-5:]))


def test_tab_goes_through_the_client_list_and_back_to_the_search_field(qtbot, store):
    for last_name in ("Lind", "Ek", "Berg"):
        client_with_case(store, first_name="Tove", last_name=last_name)
    window = main_window(qtbot, store)
    window.set_query("")
    visited = _tab_from(qtbot, window.search, 60)
    assert window.list in visited  # the list is on the way, and Tab lets go of it
    assert visited.count(window.list) == 1
