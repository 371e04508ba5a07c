"""Inställningar (Arkiv → Inställningar…, Ctrl+,): each setting changed through the window, and its
effect where the user meets it; what only an administrator may change, for someone who is not one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.models import backup
from app.models.log_actions import LogAction
from app.ui import preferences
from app.ui.settings_dialog import SettingsDialog
from tests.builders import add_user, sign_in_as
from tests.ui.helpers import main_window, type_text, with_modal


@pytest.fixture(autouse=True)
def clean_preferences():
    preferences.settings().clear()
    yield
    preferences.settings().clear()


def _page(dialog: SettingsDialog, title: str) -> QWidget:
    """Go to the page as the user does: its entry in the list on the left."""
    [item] = dialog.page_list.findItems(title, Qt.MatchFlag.MatchExactly)
    dialog.page_list.setCurrentItem(item)
    page = dialog.stack.currentWidget()
    assert page.isVisible()
    return page


def _set(spin, value: int) -> None:
    spin.selectAll()
    spin.lineEdit().setText(str(value))
    spin.interpretText()
    assert spin.value() == value


def _save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)


def test_ctrl_comma_opens_the_settings_from_arkiv(qtbot, store):
    window = main_window(qtbot, store)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.settings_action in window.menuBar().actions()[0].menu().actions()  # Arkiv
    seen = []

    def look(dialog: SettingsDialog) -> None:
        seen.append([dialog.page_list.item(i).text() for i in range(dialog.page_list.count())])
        dialog.reject()

    with_modal(look, window.settings_action.trigger, SettingsDialog)
    assert seen == [["Min profil", "Enheten", "Säkerhetskopior", "Att göra", "Låsning", "Gallring", "Språk"]]


def test_the_four_week_rule_changed_in_the_window_moves_att_gora(qtbot, store, user, add_client, open_case):
    case = open_case(add_client(first_name="Fyra").id, ama_start_date="2026-11-10")  # due 12-08: not near yet
    window = main_window(qtbot, store)
    _box, deadlines, _table = window.todo.tables["plan_deadlines"]
    assert deadlines.rowCount() == 0

    def fill(dialog: SettingsDialog) -> None:
        page = _page(dialog, "Att göra")
        assert page.plan_deadline_days.value() == 28
        _set(page.plan_deadline_days, 14)  # due 11-24: within the week
        _save(qtbot, dialog)

    with_modal(fill, lambda: window.open_settings(), SettingsDialog)
    assert store.settings.plan_deadline_days() == 14
    assert [r.case_id for r in deadlines.records] == [case.id]  # Att göra shows it without a restart
    (row,) = [e for e in store.access_log.latest() if e.action == LogAction.SETTINGS]
    assert "28 → 14" in row.what


def test_the_idle_lock_minutes_are_stored_and_the_lock_takes_them_at_once(qtbot, store):
    window = main_window(qtbot, store)

    def fill(dialog: SettingsDialog) -> None:
        page = _page(dialog, "Låsning")
        _set(page.box.minutes, 5)
        _save(qtbot, dialog)

    with_modal(fill, lambda: window.open_settings("lock"), SettingsDialog)
    assert store.users.idle_lock_seconds() == 300
    assert window.idle_watch.timer.interval() == 300_000


def test_the_units_name_set_here_is_printed_on_documents(qtbot, store, tmp_path):
    from app.exporters.service import Exports
    from tests.exporters.pdf_support import pdf_read

    window = main_window(qtbot, store)

    def fill(dialog: SettingsDialog) -> None:
        page = _page(dialog, "Enheten")
        type_text(page.form.municipality, "Åre kommun")
        page.form.name.clear()
        type_text(page.form.name, "AMA Järpen")
        type_text(page.form.email, "ama.are.se")  # no @: refused at the field, the page stays
        _page(dialog, "Språk")  # the user looked elsewhere before saving: the refusal brings the page back
        _save(qtbot, dialog)
        assert dialog.isVisible() and dialog.stack.currentWidget() is page
        assert "namn@kommun.se" in page.findChild(QLabel, "error_email").text()
        page.form.email.clear()
        type_text(page.form.email, "ama@are.se")
        _save(qtbot, dialog)

    with_modal(fill, window.unit_action.trigger, SettingsDialog)
    assert store.unit.identity().heading == "Åre kommun · AMA Järpen"
    pdf = pdf_read(Exports(store).info_sheet(tmp_path / "info.pdf"))
    assert "AMA Järpen" in pdf.text


def test_ones_own_contact_and_the_password_are_on_the_profile_page(qtbot, store):
    from app.ui.access_dialogs import ChangePasswordDialog

    window = main_window(qtbot, store)
    opened = []

    def fill(dialog: SettingsDialog) -> None:
        page = _page(dialog, "Min profil")
        assert "Anna Andersson" in page.who.text()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.contact.my_phone)
        type_text(page.contact.my_phone, "070-123 45 67")

        def password(box: ChangePasswordDialog) -> None:
            opened.append(box.windowTitle())
            box.reject()

        with_modal(password, page.password_button.click, ChangePasswordDialog)
        _save(qtbot, dialog)

    with_modal(fill, window.open_settings, SettingsDialog)
    assert opened == ["Byt lösenord"]
    assert store.users.current().phone == "070-123 45 67"


def test_the_backup_folder_and_the_disposal_rules(qtbot, store, tmp_path):
    window = main_window(qtbot, store)
    chosen = tmp_path / "kopior"
    chosen.mkdir()

    def fill(dialog: SettingsDialog) -> None:
        page = _page(dialog, "Säkerhetskopior")
        page.ask_folder = lambda: str(chosen)
        qtbot.keyClick(page.choose_button, Qt.Key.Key_Space)
        assert page.folder.text() == str(chosen)
        retention = _page(dialog, "Gallring")
        _set(retention.box.years, 12)
        retention.box.keep_birthdays.setChecked(False)
        _save(qtbot, dialog)

    with_modal(fill, window.open_settings, SettingsDialog)
    assert backup.folder_for(store.path) == chosen.resolve()
    assert (store.retention.rules().years, store.retention.rules().keep_birthdays) == (12, False)


def test_a_new_language_is_kept_and_starta_om_nu_opens_the_window_anew(qtbot, store, monkeypatch):
    installed = []  # app/ui/i18n.py's install_language, called before the window opens anew
    monkeypatch.setattr("app.ui.i18n.install_language", lambda app, code: installed.append(code) or True)
    window = main_window(qtbot, store)
    asked = []

    def fill(dialog: SettingsDialog) -> None:
        page = _page(dialog, "Språk")
        page.language.setCurrentIndex(page.language.findData("en"))
        dialog.ask_restart = lambda: asked.append(True) or True
        _save(qtbot, dialog)

    with_modal(fill, window.open_settings, SettingsDialog)
    assert asked == [True] and preferences.language() == "en"
    assert window.reopen_requested and not window.isVisible()  # app/ui/app.py opens it again
    assert installed == ["en"]


def test_later_keeps_the_language_for_the_next_start_and_the_window_open(qtbot, store):
    window = main_window(qtbot, store)

    def fill(dialog: SettingsDialog) -> None:
        page = _page(dialog, "Språk")
        page.language.setCurrentIndex(page.language.findData("en"))
        dialog.ask_restart = lambda: False
        _save(qtbot, dialog)

    with_modal(fill, window.open_settings, SettingsDialog)
    assert preferences.language() == "en" and not window.reopen_requested and window.isVisible()


def test_saving_what_did_not_change_logs_nothing(qtbot, store):
    window = main_window(qtbot, store)
    with_modal(lambda dialog: _save(qtbot, dialog), window.open_settings, SettingsDialog)
    assert [e for e in store.access_log.latest() if e.action == LogAction.SETTINGS] == []


def test_someone_not_an_administrator_sees_the_units_rules_disabled_saying_why(qtbot, store, tmp_path):
    bo = add_user(store, "Bo Berg")
    sign_in_as(store, bo.id)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    todo = _page(dialog, "Att göra")
    dialog.grab().save(str(tmp_path / "settings_todo_not_admin.png"))
    for field in todo.fields.values():
        assert not field.isEnabled() and field.toolTip() == store.settings.may_change_todo_rules().reason
    assert "administratör" in todo.findChild(QLabel, "todo_rules_note").text()
    lock = _page(dialog, "Låsning")
    assert not lock.box.minutes.isEnabled() and "administratör" in lock.box.minutes.toolTip()
    retention = _page(dialog, "Gallring")
    assert not retention.box.years.isEnabled() and "administratör" in retention.box.years.toolTip()
    unit = _page(dialog, "Enheten")
    assert unit.findChild(QLabel, "unit_read_only_note") is not None  # text, not fields
    # what is his own he changes
    profile = _page(dialog, "Min profil")
    type_text(profile.contact.my_email, "bo.berg@are.se")
    _save(qtbot, dialog)
    assert not dialog.isVisible() and store.users.get(bo.id).email == "bo.berg@are.se"


def test_every_page_renders(qtbot, store, tmp_path):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for key in SettingsDialog.PAGE_KEYS:
        dialog.show_page(key)
        dialog.grab().save(str(tmp_path / f"settings_{key}.png"))
    assert dialog.stack.currentWidget() is dialog.language


def test_f1_in_the_settings_opens_the_help_at_its_section(qtbot, store):
    window = main_window(qtbot, store)
    seen = []

    def fill(dialog: SettingsDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog.page_list, Qt.Key.Key_F1)
        browser = window.help_window.browser
        seen.append(browser.cursorForPosition(browser.viewport().rect().topLeft()).block().text())
        dialog.reject()

    with_modal(fill, window.open_settings, SettingsDialog)
    assert seen == ["Inställningar"] and window.help_window.isVisible()
