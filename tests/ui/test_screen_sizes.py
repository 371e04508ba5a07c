"""Every main screen at 1366×768 and 1920×1080, at 100, 150 and 200 %: nothing clipped, no form
scrolling sideways, no tab behind arrows (tests/ui/layout_check.py says what is checked; the tour,
tests/ui/screen_tour.py, what is shown). Each size and scale is a process of its own, and leaves its
pictures in $ATAMA_ARTEFACTS/screens (else build/screens) to look at.

At 200 % a 1366×768 screen is 683×364 logical pixels beside the taskbar. There "nothing clipped"
means: the window fills the screen and no more; every page scrolls up and down where it is taller
than the window (a case's stepper then sits above its panes, which keep a usable height) but never
sideways; the client list is narrow (names only; the other columns scroll in the list); titles of
tabs shorten with "…" and the whole title is the tab's tooltip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabBar, QToolButton, QWidget

from tests.ui import layout_check, screen_tour
from tests.ui.helpers import main_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("scale", screen_tour.SCALES)
@pytest.mark.parametrize("screen", screen_tour.SCREENS)
def test_every_main_screen_fits_without_clipping(screen, scale):
    out = Path(os.environ.get("ATAMA_ARTEFACTS", ROOT / "build")) / "screens"
    done = subprocess.run([sys.executable, "-m", "tests.ui.screen_tour", "--screen", screen, "--scale", str(scale),
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(report["shots"]) >= 20  # every screen was reached, each side panel and step of the case
    assert all((Path(report["folder"]) / f"{name}.png").stat().st_size > 0 for name in report["shots"])
    assert report["problems"] == []


# -- the check itself finds what it is there to find -------------------------------------------------
def _shown(qtbot, widget: QWidget, width: int = 300, height: int = 200) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_check_finds_a_cut_label_a_sideways_scroll_a_squeezed_button_and_tabs_behind_arrows(qtbot):
    window = QWidget()
    row = QHBoxLayout(window)
    label = QLabel("En mening som är alldeles för lång för att få plats på en enda rad i rutan")
    label.setMinimumWidth(10)
    button = QPushButton("Markera som klart och signera svaren")
    button.setMinimumWidth(10)
    area = QScrollArea()
    area.setWidgetResizable(True)
    wide = QWidget()
    wide.setMinimumWidth(900)
    area.setWidget(wide)
    tabs = QTabBar()
    for n in range(12):
        tabs.addTab(f"Flik nummer {n}")
    for part in (label, button, area, tabs):
        part.setSizePolicy(part.sizePolicy().horizontalPolicy(), part.sizePolicy().verticalPolicy())
        row.addWidget(part)
    found = layout_check.problems(_shown(qtbot, window, 500))
    assert any("QLabel" in line and "is cut" in line for line in found)
    assert any("QPushButton" in line and "is cut" in line for line in found)
    assert any("QScrollArea" in line and "scrolls sideways" in line for line in found)
    assert any("hides tabs behind its arrows" in line for line in found)


def test_the_check_finds_a_window_larger_than_its_screen_and_a_child_outside_its_parent(qtbot):
    window = QWidget()
    window.setMinimumSize(5000, 300)
    stray = QLabel("utanför", window)
    stray.setGeometry(6000, 10, 80, 20)
    found = layout_check.problems(_shown(qtbot, window, 5000, 300))
    assert any("runs off the screen" in line for line in found)
    assert any("needs at least 5000" in line for line in found)
    assert any("«utanför» " in line and "reaches beyond" in line for line in found)


def test_a_fitting_window_passes(qtbot):
    window = QWidget()
    row = QHBoxLayout(window)
    row.addWidget(QLabel("Kort"))
    row.addWidget(QPushButton("Spara"))
    assert layout_check.problems(_shown(qtbot, window)) == []


# -- what makes it fit -------------------------------------------------------------------------------
def test_many_tabs_stay_in_sight_shortened_with_their_whole_title_as_tooltip(qtbot, store, case):
    window = main_window(qtbot, store)
    window.resize(1366, 728)
    window.open_case(case.id)
    for page in (window.open_plan, window.open_evaluation, window.open_trend):
        page(case.id)
    window.open_groups()
    window.open_log_review()
    bar = window.tabs.tabBar()
    assert not any(button.isVisible() for button in bar.findChildren(QToolButton))
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))
    assert [bar.tabToolTip(i) for i in range(bar.count())] == [window.tabs.widget(i).title()
                                                              for i in range(bar.count())]


def test_the_case_panes_stand_side_by_side_when_wide_and_one_above_the_other_when_narrow(qtbot, store, case):
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    splitter = page.findChild(type(page.panes.splitter), "case_splitter")
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal)
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)


def test_the_side_panels_are_a_list_choosing_one_shows_it_and_ctrl_tab_moves_the_list(qtbot, store, case):
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    names = [page.side_list.item(i).text() for i in range(page.side_list.count())]
    assert names == [page.side.tabText(i) for i in range(page.side.count())] and "Samtycken" in names
    assert not page.side.tabBar().isVisible()
    page.side_list.setCurrentRow(names.index("Samtycken"))
    assert page.side.currentWidget().widget() is page.consents
    page.consents.setFocus()
    qtbot.keyClick(page.side.currentWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.side_list.currentItem().text() == names[names.index("Samtycken") + 1]


def test_a_wrapping_check_box_wraps_in_a_narrow_pane_and_its_text_ticks_it(qtbot):
    from PySide6.QtCore import QPoint

    from app.ui.small_screens import FlowLayout, WrappingCheckBox

    pane = QWidget()
    row = FlowLayout(pane)
    box = WrappingCheckBox("Spara ärenden för personer födda den 5:e, 15:e och 25:e (forskningsurval)")
    row.addWidget(box)
    qtbot.addWidget(pane)
    one_line = box.sizeHint()
    pane.resize(one_line.width() // 2, 300)
    pane.show()
    qtbot.waitExposed(pane)
    assert box.width() <= pane.width() and box.height() > one_line.height()  # onto more lines, not cut
    assert box.box.accessibleName().startswith("Spara ärenden") and box.label.buddy() is box.box
    qtbot.mouseClick(box.label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert box.box.isChecked()
