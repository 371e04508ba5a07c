"""The window from one start to the next (app/ui/window_state.py): it opens fitted to the screen,
comes back at the size and with the splitters the user left, and opens their client and case tabs
again, logged as if opened by hand; another's case and records that are gone stay closed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui import preferences
from app.ui.case_page import CasePage
from app.ui.client_page import ClientPage
from app.ui.window_state import fitted_geometry
from tests.builders import add_user, client_with_case, sign_in_as
from tests.ui.helpers import main_window


def _restarted(qtbot, window):
    """Close ``window`` as the user does and start a new one on the same database."""
    assert window.close()
    again = main_window(qtbot, window.store)
    qtbot.waitUntil(lambda: not again.open_tabs._quiet)  # the saved tabs have been opened
    return again


def _tabs(window) -> list[tuple[str, int]]:
    return [window.tabs.widget(i).tab_key for i in range(window.tabs.count())]


def _openings(store) -> list[tuple[str, int | None, str]]:
    return [(e.action, e.case_id or e.client_id, e.what) for e in reversed(store.access_log.latest(50))
            if e.action in ("open_case", "open_client")]


def test_on_an_office_screen_the_window_takes_most_of_it_centred_and_no_more_than_is_comfortable():
    assert fitted_geometry(QRect(0, 0, 1920, 1040)) == QRect(160, 52, 1600, 936)
    assert fitted_geometry(QRect(0, 0, 2560, 1400)).size().toTuple() == (1600, 1000)
    assert fitted_geometry(QRect(1920, 0, 1920, 1040)).x() == 1920 + 160  # on the screen it opens on


def test_on_a_laptop_screen_or_at_a_large_scale_the_window_is_maximised():
    assert fitted_geometry(QRect(0, 0, 1366, 728)) is None  # 1366×768 beside the taskbar
    assert fitted_geometry(QRect(0, 0, 1280, 680)) is None  # 1920×1080 at 150 %


def test_a_window_opened_maximised_comes_back_from_it_at_a_usable_size(qtbot, store, monkeypatch):
    """Un-maximised (or where nothing maximises it: no window manager), a laptop's first window was
    Qt's default of a few hundred pixels, and that was saved as its size for the next start."""
    from app.ui import window_state
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(window_state, "fitted_geometry", lambda available: None)  # a 1366×768 laptop
    window = MainWindow(store)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window._maximise
    assert window.normalGeometry().width() >= screen.width() * 0.85
    assert window.normalGeometry().height() >= screen.height() * 0.85
    assert screen.contains(window.normalGeometry())


def test_a_size_saved_too_small_comes_back_at_a_usable_one(qtbot, store):
    from app.ui.main_window import MainWindow

    window = main_window(qtbot, store)
    window.showNormal()
    window.setMinimumSize(0, 0)
    window.resize(365, 292)  # what a window that never had its own size saved
    preferences.set_window_geometry(window.saveGeometry())
    window.close()
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert again.width() >= 800 and again.height() >= 500


def test_the_first_window_fits_the_screen(qtbot, store):
    window = main_window(qtbot, store)
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry()) and not window.isMaximized()
    assert window.width() == 1600


def test_size_and_splitter_come_back_as_the_user_left_them(qtbot, store):
    window = main_window(qtbot, store)
    window.resize(1300, 800)
    splitter = window.findChild(type(window.centralWidget()), "main_splitter")
    handle = splitter.handle(1)
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(handle, start + QPoint(-150, 0))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(-150, 0))
    list_width = splitter.sizes()[0]

    again = _restarted(qtbot, window)
    assert again.size().toTuple() == (1300, 800)
    assert again.findChild(type(splitter), "main_splitter").sizes()[0] == list_width != 610


def test_the_open_clients_and_cases_come_back_in_order_logged_as_when_opened_by_hand(qtbot, store, user):
    first = client_with_case(store, first_name="Ada")
    second = client_with_case(store, first_name="Bea")
    window = main_window(qtbot, store)
    window.open_case(first.id)
    window.open_client(second.client_id)
    window.open_case(second.id)
    window.open_plan(second.id)  # a case's plan is opened from the case again; it counts as the case
    window.open_client(second.client_id)  # in front
    before = len(_openings(store))

    again = _restarted(qtbot, window)
    assert _tabs(again) == [("case", first.id), ("client", second.client_id), ("case", second.id)]
    assert isinstance(again.tabs.currentWidget(), ClientPage) and again.right.currentWidget() is again.tabs
    assert _openings(store)[before:] == [("open_case", first.id, "Ansvarig"),
                                         ("open_client", second.client_id, ""),
                                         ("open_case", second.id, "Ansvarig")]


def test_with_att_gora_in_front_it_is_in_front_again(qtbot, store, case):
    window = main_window(qtbot, store)
    window.open_case(case.id)
    window.show_todo()
    again = _restarted(qtbot, window)
    assert _tabs(again) == [("case", case.id)] and again.right.currentWidget() is again.todo


def test_anothers_case_and_records_that_are_gone_are_skipped_without_a_question(qtbot, store, user):
    bo = add_user(store, "Bo Berg")
    sign_in_as(store, bo.id)
    bos = client_with_case(store, first_name="Kalle")
    sign_in_as(store, user.id)
    own = client_with_case(store, first_name="Ada")
    preferences.set_open_tabs(store.path, user.id, [("case", bos.id), ("client", 999), ("case", own.id),
                                                    ("case", 998)], ("case", bos.id))
    before = len(_openings(store))

    asked: list[str] = []

    def answer_no_box() -> None:  # a reason box would wait for an answer: none may be asked
        box = QApplication.activeModalWidget()
        if box is not None:
            asked.append(type(box).__name__)
            box.reject()
    boxes = QTimer()
    boxes.timeout.connect(answer_no_box)
    boxes.start(20)
    window = main_window(qtbot, store)
    qtbot.waitUntil(lambda: not window.open_tabs._quiet)
    boxes.stop()
    assert asked == []
    assert _tabs(window) == [("case", own.id)] and isinstance(window.tabs.currentWidget(), CasePage)
    assert _openings(store)[before:] == [("open_case", own.id, "Ansvarig")]  # nothing for Bo's case
    assert preferences.open_tabs(store.path, user.id) == ([("case", own.id)], ("case", own.id))


def test_the_tabs_are_each_users_own_and_each_database_files_own(qtbot, store, user, case):
    bo = add_user(store, "Bo Berg")
    preferences.set_open_tabs(store.path, bo.id, [("client", case.client_id)], None)
    preferences.set_open_tabs(store.path + ".other", user.id, [("case", case.id)], None)
    window = main_window(qtbot, store)
    qtbot.waitUntil(lambda: not window.open_tabs._quiet)
    assert _tabs(window) == []
    window.open_case(case.id)
    assert preferences.open_tabs(store.path, user.id) == ([("case", case.id)], ("case", case.id))  # kept as it changes
    assert preferences.open_tabs(store.path, bo.id) == ([("client", case.client_id)], None)


def test_a_saved_list_holds_ids_only(qtbot, store, case):
    window = main_window(qtbot, store)
    window.open_case(case.id)
    window.open_client(case.client_id)
    stored = [str(preferences.settings().value(key)) for key in preferences.settings().allKeys()]
    assert not any("Testa" in value or "Testsson" in value for value in stored)


def _drag(handle, by: QPoint) -> None:
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(handle, start + by)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + by)


def test_the_case_splitter_comes_back_where_it_was_left_in_the_next_case_opened(qtbot, store, case):
    other = client_with_case(store, first_name="Bea")
    window = main_window(qtbot, store)
    window.resize(1900, 1000)  # wide: the step form and the side panel side by side
    page = window.open_case(case.id)
    splitter = page.panes.splitter
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal)
    _drag(splitter.handle(1), QPoint(-120, 0))
    moved = splitter.sizes()
    assert moved[0] < moved[1] - 100

    second = window.open_case(other.id)
    qtbot.waitUntil(lambda: second.panes.splitter.orientation() == Qt.Orientation.Horizontal)
    assert second.panes.splitter.sizes() == moved
