"""Each bad file through the real start (app/ui/app.py ``open_store_or_explain``): the box names
the cause and offers its ways out; nothing is created unasked; read-only shows and refuses edits."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import instance_lock, pending_log
from app.models.file_check import WAY_LABELS, WayOut
from app.ui.app import open_store_or_explain
from app.ui.main_window import MainWindow  # noqa: E402,I001 - before tests/ui/conftest.py turns the check off
from app.ui.open_problem_dialog import QUIT_LABEL
from tests import bad_files
from tests.support import TEST_PASSWORD
from tests.ui.helpers import main_window, with_modal

REAL_QUICK_CHECK = MainWindow._start_quick_check


@pytest.fixture(autouse=True)
def pending_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(pending_log, "pending_dir", lambda: tmp_path / "userdata" / "pending")


def _press(label: str, seen: list[str]):
    def fill(box) -> None:
        seen.append(box.text())
        buttons = [b for b in box.buttons() if b.text() == label]
        assert buttons, f"no button {label!r} among {[b.text() for b in box.buttons()]}"
        buttons[0].click()
    return fill


@pytest.mark.parametrize(("make", "words", "ways"), [
    (bad_files.empty, "är tom (0 byte)", [WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER, WayOut.CREATE_NEW]),
    (bad_files.random_bytes, "ingen ATAMA-databas", [WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER]),
    (lambda f: bad_files.truncated(f, 50), "avkortad", [WayOut.RESTORE_BACKUP, WayOut.CHOOSE_OTHER]),
    (bad_files.missing_folder, "finns inte", [WayOut.CHOOSE_OTHER, WayOut.CREATE_NEW]),
])
def test_a_bad_file_gets_its_cause_and_ways_out_and_quitting_changes_nothing(qapp, tmp_path, make, words, ways):
    path = make(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    seen: list[str] = []
    buttons: list[str] = []

    def fill(box):
        buttons.extend(b.text() for b in box.buttons())
        _press(QUIT_LABEL, seen)(box)

    assert with_modal(fill, lambda: open_store_or_explain(path), QMessageBox) is None
    assert words in seen[0] and "oväntat" not in seen[0].lower()
    assert all(WAY_LABELS[w] in buttons for w in ways)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_a_missing_folder_is_created_only_when_asked_and_confirmed(qapp, tmp_path):
    path = bad_files.missing_folder(tmp_path)
    seen: list[str] = []

    def no(box):
        [b for b in box.buttons() if b.text() == "Nej"][0].click()

    def choose_create_then(answer):
        def fill(box):
            _press(WAY_LABELS[WayOut.CREATE_NEW], seen)(box)
        return fill

    # create → Nej → back to the box → Avsluta
    def sequence():
        return open_store_or_explain(path)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    steps = [choose_create_then("Nej"), no, _press(QUIT_LABEL, seen)]

    def act():
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            QTimer.singleShot(20, act)
            return
        step = steps.pop(0)
        step(box)
        if steps:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)
    assert sequence() is None and not path.parent.exists()

    # create → Ja: the folder and a new database
    steps[:] = [choose_create_then("Ja"), lambda box: [b for b in box.buttons() if b.text() == "Ja"][0].click()]
    QTimer.singleShot(0, act)
    store = sequence()
    assert store is not None and path.is_file() and not store.read_only
    assert instance_lock.holder_of(path) is not None
    store.close()
    assert instance_lock.holder_of(path) is None


def test_an_empty_file_becomes_a_new_database_only_when_chosen(qapp, tmp_path):
    path = bad_files.empty(tmp_path)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    steps = [_press(WAY_LABELS[WayOut.CREATE_NEW], []),
             lambda box: [b for b in box.buttons() if b.text() == "Ja"][0].click()]

    def act():
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            QTimer.singleShot(20, act)
            return
        steps.pop(0)(box)
        if steps:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)
    store = open_store_or_explain(path)
    assert store is not None and path.stat().st_size > 0
    store.close()


def test_a_read_only_file_opens_read_only_shows_it_and_refuses_edits(qapp, qtbot, tmp_path, monkeypatch):
    path = bad_files.good(tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(path) and mode == os.W_OK
                        else real_access(p, mode))  # as a chmod would, also for root
    seen: list[str] = []
    store = with_modal(_press(WAY_LABELS[WayOut.OPEN_READ_ONLY], seen), lambda: open_store_or_explain(path),
                       QMessageBox)
    assert "skrivskyddad" in seen[0]
    assert store is not None and store.read_only
    store.users.sign_in(store.users.all()[0].id, TEST_PASSWORD)
    window = main_window(qtbot, store)
    assert "skrivskyddad" in window.windowTitle()
    assert "filen är skrivskyddad" in window.read_only_banner.text()
    assert "nästa gång databasen öppnas med skrivrätt" in window.read_only_banner.text()
    assert not window.new_client_action.isEnabled() and not window.new_case_action.isEnabled()
    window.close()
    store.close()


def test_a_second_window_is_told_who_has_the_file_and_offered_read_only(qapp, qtbot, tmp_path):
    path = bad_files.good(tmp_path)
    first = open_store_or_explain(path)
    assert first is not None
    seen: list[str] = []
    second = with_modal(_press(WAY_LABELS[WayOut.OPEN_READ_ONLY], seen), lambda: open_store_or_explain(path),
                        QMessageBox)
    holder = instance_lock.holder_of(path)
    assert holder is not None and holder.user in seen[0] and "redan öppen" in seen[0]
    assert second.read_only
    second.users.sign_in(second.users.all()[0].id, TEST_PASSWORD)
    window = main_window(qtbot, second)
    assert "loggas i journalens logg som vanligt" in window.read_only_banner.text()
    from app.models.clients import ClientInput
    from app.models.errors import ReadOnlyRefused

    with pytest.raises(ReadOnlyRefused):
        second.clients.add(ClientInput(first_name="Ny", last_name="Testsson", birth_year=1990, gender="man"))
    window.close()
    second.close()
    first.close()
    third = open_store_or_explain(path)  # the first window closed: free again
    assert third is not None and not third.read_only
    third.close()


def test_a_damaged_page_found_after_the_first_paint_is_said_with_its_ways_out(qtbot, tmp_path, monkeypatch):
    from app.models.store import Store

    path = bad_files.damaged_page(tmp_path, table="uthyrning")  # the first view's tables stay whole
    monkeypatch.setattr(MainWindow, "_start_quick_check", REAL_QUICK_CHECK)
    store = Store.open(path)
    store.users.sign_in(store.users.all()[0].id, TEST_PASSWORD)
    seen: list[str] = []

    def go_on() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, go_on)
            return
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == "Fortsätt läsa").click()

    QTimer.singleShot(0, go_on)
    window = main_window(qtbot, store)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "skadad" in seen[0] and WAY_LABELS[WayOut.RESTORE_BACKUP] in seen
    assert window.damage_problem is not None
    assert "återställ en säkerhetskopia" in window.statusBar().currentMessage()
    window.close()
    store.close()


def test_a_file_whose_update_fails_gets_the_reason_and_the_way_out_not_a_traceback(qapp, tmp_path):
    """A file from a development build (the column migration 16 adds is already there): the box
    says the update failed and why, that the file is unchanged, and offers a backup or another file."""
    import hashlib

    path = bad_files.update_fails(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    seen: list[str] = []
    buttons: list[str] = []

    def fill(box):
        buttons.extend(b.text() for b in box.buttons())
        _press(QUIT_LABEL, seen)(box)

    assert with_modal(fill, lambda: open_store_or_explain(path), QMessageBox) is None
    assert "kan inte uppdateras från schemaversion" in seen[0] and "duplicate column name: phone" in seen[0]
    assert "Databasen har inte ändrats" in seen[0] and "Traceback" not in seen[0]
    ways = [b for b in buttons if b in WAY_LABELS.values()]  # (the box's own details button aside)
    assert ways == [WAY_LABELS[WayOut.RESTORE_BACKUP], WAY_LABELS[WayOut.CHOOSE_OTHER]] and QUIT_LABEL in buttons
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
