"""A garbage collection never deletes what a shown page holds (app/ui/small_screens.py,
held_until_destroyed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui import small_screens

ROOT = Path(__file__).resolve().parents[2]


def test_a_scroll_area_is_held_until_qt_deletes_it_and_then_let_go(qtbot):
    page = QWidget()
    area = small_screens.scroll_area(QWidget())
    QVBoxLayout(page).addWidget(area)
    assert area in small_screens._held_areas
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert area not in small_screens._held_areas  # gone with its page: nothing kept for the session


@pytest.mark.slow
def test_after_the_screen_tour_and_its_dialogs_every_page_is_whole():
    """Before: the Gallring page's body (its rules, table and buttons) deleted by a collection during
    the meeting dialog, while the tab still showed."""
    done = subprocess.run([sys.executable, "-m", "tests.ui.gc_survival"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-3000:]
    pages = json.loads(done.stdout.strip().splitlines()[-1])["pages"]
    assert "RetentionPage" in pages and len(pages) >= 3
    assert {name: dead for name, dead in pages.items() if dead} == {}
