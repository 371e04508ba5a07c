"""A long journal copy from the window: it runs off the UI thread with a progress dialog whose Avbryt
stops it, leaving no file, no temporary file and nothing in the export log or the access log."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from app.exporters.service import Exports
from app.models.access_log import LogAction
from app.ui import messages
from app.ui.export_actions import ExportRunner
from app.ui.main_window import MainWindow
from tests import builders


def _long_note() -> str:
    """About 1 MB: a layout of several seconds, so the dialog is up long before it could finish."""
    line = "Klienten berättar om veckan, om arbetet i köket & om tiderna som inte håller. " * 12
    return "\n".join(f"Stycke {n}: {line}" for n in range(1, 1101))


def _exports_logged(store) -> int:
    return store.query_value("SELECT count(*) FROM access_log WHERE action = ?", (LogAction.EXPORT.value,))


def test_avbryt_during_a_long_journal_copy_leaves_no_file_and_logs_nothing(qtbot, store, monkeypatch, tmp_path):
    case = builders.client_with_case(store)
    store.notes.add(case.id, "2026-11-10", "samtal", _long_note())
    folder = tmp_path / "export"
    folder.mkdir()
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, name: folder / name)
    offered, told = [], []
    monkeypatch.setattr(ExportRunner, "offer_open", lambda self, path: offered.append(path))
    monkeypatch.setattr(messages, "tell", lambda parent, title, text: told.append((title, text)))
    logged_before = _exports_logged(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.open_case(case.id)
    pressed: list[str] = []
    # The real export, held at its first progress report until Avbryt is pressed: however fast the
    # machine, the press lands while the copy is being laid out (it once finished first).
    avbryt_pressed = threading.Event()
    real_record = Exports.record

    def held_record(self, case_id, target, progress=None):
        def held(done: int, total: int, what: str = "") -> None:
            avbryt_pressed.wait(30)
            progress(done, total, what)

        return real_record(self, case_id, target, held)

    monkeypatch.setattr(Exports, "record", held_record)

    def press_avbryt() -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, QProgressDialog) and dialog.isVisible()
                and dialog.labelText().startswith("Skapar journalkopian…")):
            QTimer.singleShot(20, press_avbryt)
            return
        button = dialog.findChild(QPushButton)
        pressed.append(button.text())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        avbryt_pressed.set()

    QTimer.singleShot(0, press_avbryt)
    written = page.export_document("record", "klient")

    assert pressed == ["Avbryt"], (pressed, written, told)
    assert written is None and offered == [], (written, offered)
    assert told == [("Avbruten", "Avbruten: ingen fil skapades.")], told
    assert list(folder.iterdir()) == []  # neither the document nor its hidden temporary file
    assert store.export_log.entries(case.id) == []
    assert _exports_logged(store) == logged_before


def test_the_journal_copy_still_finishes_and_is_offered_when_not_cancelled(qtbot, store, monkeypatch, tmp_path):
    case = builders.client_with_case(store)
    store.notes.add(case.id, "2026-11-10", "samtal", "Kort anteckning.")
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, name: tmp_path / name)
    offered = []
    monkeypatch.setattr(ExportRunner, "offer_open", lambda self, path: offered.append(path))
    window = MainWindow(store)
    qtbot.addWidget(window)
    page = window.open_case(case.id)
    written = page.export_document("record", "klient")
    assert offered == [written] and written.read_bytes().startswith(b"%PDF")
    assert [e.document for e in store.export_log.entries(case.id)] == ["record"]
