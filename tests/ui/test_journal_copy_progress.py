"""The journal copy of a huge case from the window: the progress dialog is up before the work has
reported anything, it says what is being done ("Samlar journalen", then "Skriver sidorna") and how
far, and Avbryt works while the case is still being gathered, before any page is laid out.

The real export runs; the tests hold it at a chosen progress report until the dialog has shown what
they look for, so however fast or slow the machine, the dialog is seen mid-work."""

from __future__ import annotations

import re
import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.exporters.pdf.record import GATHERING, WRITING
from app.exporters.service import Exports
from app.ui import messages
from app.ui.export_actions import ExportRunner
from app.ui.main_window import MainWindow
from tests import builders
from tests.exporters.pdf_support import pdf_read

NOTES = 3000


@pytest.fixture
def huge_case(store):
    case = builders.client_with_case(store, {"referral_date": "2020-01-02"})
    builders.many_notes(store, case.id, NOTES)
    return case


@pytest.fixture
def page(qtbot, store, huge_case, monkeypatch, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, name: folder / name)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = SimpleNamespace(window=window, case_page=window.open_case(huge_case.id), offered=[], told=[],
                           folder=folder)
    monkeypatch.setattr(ExportRunner, "offer_open", lambda self, path: page.offered.append(path))
    monkeypatch.setattr(messages, "tell", lambda parent, title, text: page.told.append((title, text)))
    return page


def _dialog() -> QProgressDialog | None:
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QProgressDialog) and dialog.isVisible():
        return dialog
    return None


class Watch:
    """Looks at the visible progress dialog every few milliseconds on the UI thread and keeps what it
    showed: (label, value, maximum)."""

    def __init__(self):
        self.seen: list[tuple[str, int, int]] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.look)
        self.on_look = lambda dialog: None
        self.timer.start()

    def look(self) -> None:
        dialog = _dialog()
        if dialog is not None:
            shown = (dialog.labelText(), dialog.value(), dialog.maximum())
            if not self.seen or self.seen[-1] != shown:
                self.seen.append(shown)
            self.on_look(dialog)

    def showed(self, pattern: str) -> bool:
        return any(re.search(pattern, label) for label, _, _ in self.seen)


def _hold_record(monkeypatch, hold):
    """Exports.record with its progress passed through ``hold(done, total, what, forward)``."""
    real_record = Exports.record
    reports: list[str] = []

    def held_record(self, case_id, target, progress=None):
        def held(done: int, total: int, what: str = "") -> None:
            reports.append(what)
            hold(done, total, what, lambda: progress(done, total, what))

        return real_record(self, case_id, target, held)

    monkeypatch.setattr(Exports, "record", held_record)
    return reports


def test_the_dialog_shows_before_the_work_has_reported_anything(qtbot, page, monkeypatch):
    """Qt's own timer showed the dialog only after 4 s, or at the first report (after gathering the
    whole case: 12 s for 15 000 notes). Held before its first report, the dialog must still show;
    the hold gives up after 2 s, well before Qt's 4 s, and then the assert below fails."""
    visible = threading.Event()
    shown_while_held: list[str] = []

    def hold(done, total, what, forward) -> None:
        if not shown_while_held and not visible.is_set():
            visible.wait(2)
        forward()

    _hold_record(monkeypatch, hold)
    watch = Watch()

    def seen(dialog) -> None:
        if not visible.is_set():
            shown_while_held.append(dialog.labelText())
            visible.set()

    watch.on_look = seen
    written = page.case_page.export_document("record", "klient")
    watch.timer.stop()
    assert shown_while_held == ["Skapar journalkopian…"], watch.seen
    assert page.offered == [written] and f"Anteckning {NOTES - 1}: kort." in pdf_read(written).flat


def test_the_dialog_says_what_it_is_doing_and_how_far(qtbot, page, monkeypatch):
    monkeypatch.setattr("app.ui.background.REPORT_INTERVAL_S", 0)  # every report reaches the dialog
    seen_gathering, seen_writing = threading.Event(), threading.Event()

    def hold(done, total, what, forward) -> None:
        forward()
        if what == GATHERING and done == total // 2 > 0:
            seen_gathering.wait(30)
        if what == WRITING and done == total // 2 > 0:
            seen_writing.wait(30)

    _hold_record(monkeypatch, hold)
    watch = Watch()

    def look(dialog) -> None:
        if watch.showed(r"^Skapar journalkopian…\nSamlar journalen – [1-9]\d? %$"):
            seen_gathering.set()
        if watch.showed(r"^Skapar journalkopian…\nSkriver sidorna – [1-9]\d? %$"):
            seen_writing.set()

    watch.on_look = look
    written = page.case_page.export_document("record", "klient")
    watch.timer.stop()
    assert seen_gathering.is_set() and seen_writing.is_set(), watch.seen
    # the bar moves with the text: half-way through the layout, the value is half the maximum
    writing = [(value, maximum) for label, value, maximum in watch.seen if "Skriver sidorna – " in label]
    assert any(0 < value < maximum for value, maximum in writing), writing
    assert page.offered == [written] and written.exists()


def test_avbryt_while_the_case_is_gathered_leaves_no_file(qtbot, page, store, monkeypatch, huge_case):
    monkeypatch.setattr("app.ui.background.REPORT_INTERVAL_S", 0)
    pressed = threading.Event()

    def hold(done, total, what, forward) -> None:
        forward()  # raises Cancelled once Avbryt is pressed
        if what == GATHERING and done == total // 2 > 0:
            pressed.wait(30)

    reports = _hold_record(monkeypatch, hold)
    watch = Watch()
    clicked: list[str] = []

    def press(dialog) -> None:
        if not clicked and re.search(r"\nSamlar journalen – [1-9]\d? %$", dialog.labelText()):
            button = dialog.findChild(QPushButton)
            clicked.append(button.text())
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            pressed.set()

    watch.on_look = press
    written = page.case_page.export_document("record", "klient")
    watch.timer.stop()
    assert clicked == ["Avbryt"], watch.seen
    assert written is None and page.offered == []
    assert page.told == [("Avbruten", "Avbruten: ingen fil skapades.")]
    assert WRITING not in reports  # stopped while gathering: no page was laid out
    assert list(page.folder.iterdir()) == []
    assert store.export_log.entries(huge_case.id) == []
