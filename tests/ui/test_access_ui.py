"""Who may see what, through the real window: the idle lock keeps what was typed and needs the
password; Byt användare signs out, signs the next user in and closes the cases they may not open;
opening another's case asks for the reason, which lands in the log review's list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.access_dialogs import CaseReasonDialog
from app.ui.case_page import CasePage
from app.ui.lock_screen import LockScreen
from app.ui.user_dialog import UserDialog
from app.ui.users_dialog import NewUserDialog, UsersDialog
from tests.builders import add_user, client_with_case, sign_in_as
from tests.support import TEST_PASSWORD
from tests.ui.helpers import main_window, type_text, with_modal

QUESTION = "informera.vad_arbetsterapi"


def _window_with_idle_lock(qtbot, store, seconds: int = 1):
    store.users.set_idle_lock_seconds(seconds)
    window = main_window(qtbot, store)
    qtbot.waitUntil(lambda: window.idle_watch is not None)  # started after the first paint
    return window


def _lock_screen(window) -> LockScreen:
    [screen] = [s for s in window._lock_screens if s.parent() is window]
    return screen


def test_the_idle_lock_covers_the_window_keeps_the_typing_and_needs_the_password(qtbot, store, case):
    window = _window_with_idle_lock(qtbot, store)
    page = window.open_case(case.id)
    assert isinstance(page, CasePage)
    page.show_step("informera")
    editor = page.form("informera").editors[QUESTION]
    editor.setFocus()
    type_text(editor, "Skrivet strax före låset")
    qtbot.waitUntil(window.is_locked, timeout=4000)

    screen = _lock_screen(window)
    assert screen.isVisible() and screen.geometry() == window.rect()
    assert window.windowTitle() == "ATAMA"  # not the client's name
    assert not window.close_tab_action.isEnabled() and not window.centralWidget().isEnabled()
    assert store.process.answers(case.id).get(QUESTION) == "Skrivet strax före låset"  # saved before locking
    assert [e.action for e in store.access_log.latest(1)] == ["lock"]

    type_text(screen.password, "fel lösenord")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert window.is_locked() and "Fel lösenord" in screen.message.text()
    assert store.access_log.search(action="sign_in_failed")[0].what == "Fel lösenord (Låste upp)"
    type_text(screen.password, TEST_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not window.is_locked() and window.close_tab_action.isEnabled() and window.centralWidget().isEnabled()
    assert editor.toPlainText() == "Skrivet strax före låset" and window.tabs.currentWidget() is page
    assert window.windowTitle().startswith("ATAMA – ")

    type_text(editor, ", och mer")  # locked by hand at once: saved then, not by the autosave's timer
    window.lock_action.trigger()
    assert store.process.answers(case.id).get(QUESTION) == "Skrivet strax före låset, och mer"


def test_input_to_the_window_keeps_it_unlocked(qtbot, store):
    window = _window_with_idle_lock(qtbot, store, seconds=1)
    for _ in range(8):  # 1.6 s of typing, a key every 0.2 s
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_A)
        qtbot.wait(200)
        assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=3000)  # and then it locks


def test_lock_now_from_the_menu_and_a_dialog_open_over_the_window_is_covered_too(qtbot, store):
    window = main_window(qtbot, store)
    seen = []

    def lock_while_open(dialog):
        window.lock()
        seen.append([type(s.parent()).__name__ for s in window._lock_screens])
        dialog_screen = [s for s in window._lock_screens if s.parent() is dialog][0]
        assert not dialog_screen.switch_button.isVisible()  # switching only from the main window
        dialog_screen.password.setText(TEST_PASSWORD)
        dialog_screen.unlock()
        dialog.reject()

    from app.ui.access_dialogs import ChangePasswordDialog

    with_modal(lock_while_open, window.change_password_action.trigger, ChangePasswordDialog)
    assert seen == [["MainWindow", "ChangePasswordDialog"]] and not window.is_locked()
    window.lock_action.trigger()
    assert window.is_locked()


def test_byt_anvandare_signs_out_and_the_next_users_rights_apply(qtbot, store, user, case):
    bo = add_user(store, "Bo Berg", "arbetsmarknadskoordinator")
    shared = client_with_case(store, first_name="Delad")
    store.cases.add_member(shared.id, bo.id)
    window = main_window(qtbot, store)
    window.open_case(case.id)
    window.open_case(shared.id)
    assert window.log_review_action.isVisible() and window.users_action.isVisible()  # Anna is the administrator

    def sign_in_bo(dialog: UserDialog) -> None:
        assert window.is_locked()  # nothing of Anna's shows while the dialog is up
        [item] = [dialog.users.item(i) for i in range(dialog.users.count()) if "Bo Berg" in dialog.users.item(i).text()]
        dialog.users.setCurrentItem(item)
        dialog.password.setText(TEST_PASSWORD)
        dialog.choose()

    with_modal(sign_in_bo, window.switch_user_action.trigger, UserDialog)
    assert store.users.current().id == bo.id and not window.is_locked()
    # nothing of Anna's stays open: Bo starts on Att göra and opens what he needs himself
    assert window.tabs.count() == 0 and window.right.currentWidget() is window.todo
    assert window.log_review_action.isVisible() is False and window.users_action.isVisible() is False
    assert window.retention_action.isVisible() is False  # Gallring is the administrator's too
    assert window.who_label.text().startswith("Bo Berg")
    rows = [(e.action, e.user_name) for e in reversed(store.access_log.latest(2))]
    assert rows == [("sign_out", "Anna Andersson"), ("sign_in", "Bo Berg")]
    window.open_case(shared.id)  # his own to open (he was added): no reason asked, logged as his
    assert (store.access_log.latest(1)[0].action, store.access_log.latest(1)[0].user_name) == ("open_case",
                                                                                                "Bo Berg")


def test_byt_anvandare_cancelled_leaves_the_window_locked_with_nobody_signed_in(qtbot, store):
    window = main_window(qtbot, store)
    with_modal(lambda d: d.reject(), window.switch_user_action.trigger, UserDialog)
    assert store.user_id is None and window.is_locked()
    screen = _lock_screen(window)
    assert screen.who.text() == "Ingen är inloggad." and not screen.password.isVisible()
    assert screen.switch_button.text() == "&Logga in…"


def test_opening_anothers_case_asks_for_the_reason_and_lands_in_the_review_list(qtbot, store, user):
    bo = add_user(store, "Bo Berg", "arbetsmarknadskoordinator")
    sign_in_as(store, bo.id)
    bos = client_with_case(store, first_name="Kalle")
    sign_in_as(store, user.id)
    window = main_window(qtbot, store)

    assert with_modal(lambda d: d.reject(), lambda: window.open_case(bos.id), CaseReasonDialog) is None
    assert window.tabs.count() == 0 and store.access_log.search(action="open_case") == []  # nothing without a reason

    def give_reason(dialog: CaseReasonDialog) -> None:
        dialog._accept()  # no reason yet: said at the field
        assert dialog.isVisible() and dialog.errors.message("reason") == "Ange ett skäl för att öppna ärendet."
        dialog.choice.setCurrentIndex(0)  # "Jag täcker upp för en kollega"
        dialog._accept()

    page = with_modal(give_reason, lambda: window.open_case(bos.id), CaseReasonDialog)
    assert isinstance(page, CasePage) and page.case_id == bos.id
    [row] = store.access_log.openings_of_others_cases("2026-11-01", "2026-11-30")
    assert (row.user_name, row.what, row.responsible_name) == ("Anna Andersson", "Skäl: Jag täcker upp för en kollega",
                                                              "Bo Berg")
    window.open_case(bos.id)  # already open: brought forward, not asked or logged again
    assert len(store.access_log.search(action="open_case")) == 1


def test_opening_a_clients_tab_is_logged(qtbot, store, case):
    window = main_window(qtbot, store)
    window.open_client(case.client_id)
    window.open_client(case.client_id)
    assert [e.client_id for e in store.access_log.search(action="open_client")] == [case.client_id]


def test_an_administrator_adds_a_user_and_makes_them_administrator_in_the_users_dialog(qtbot, store):
    dialog = UsersDialog(store)
    qtbot.addWidget(dialog)

    def fill(new: NewUserDialog) -> None:
        type_text(new.name, "Cecilia Öberg")
        new.title.set_key("arbetsterapeut")
        type_text(new.password, "ett första lösen")
        type_text(new.repeat, "ett första lösen")
        new.save()

    with_modal(fill, dialog.add_button.click, NewUserDialog)
    assert dialog.selected().name == "Cecilia Öberg"
    dialog.admin_button.click()
    assert store.users.get(dialog.selected().id).is_admin
    dialog.idle_minutes.setValue(5)
    dialog.save_idle()
    assert store.users.idle_lock_seconds() == 300
    assert [e.what for e in reversed(store.access_log.search(action="rights"))] == [
        "Lade till användaren Cecilia Öberg (arbetsterapeut)", "Cecilia Öberg blev administratör"]
