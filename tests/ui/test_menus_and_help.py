"""The menu bar as an Office user looks for things (Import under Arkiv, Redigera, Visa, Hjälp), no
"Avsluta" that means quitting, and the help window (F1) whose shortcut list is the window's own."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir
from app.ui.help_window import HelpWindow, action_shortcuts
from tests.builders import add_user, sign_in_as
from tests.ui.helpers import main_window


def _menus(window) -> dict[str, list]:
    return {a.text(): [x for x in a.menu().actions() if not x.isSeparator()]
            for a in window.menuBar().actions() if a.menu() is not None}


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_the_menu_bar_reads_arkiv_redigera_visa_export_hjalp(qtbot, store):
    window = main_window(qtbot, store)
    menus = _menus(window)
    assert [_plain(t) for t in menus] == ["Arkiv", "Redigera", "Visa", "Export", "Hjälp"]
    arkiv, redigera, visa, export, hjalp = menus.values()
    assert window.import_action in arkiv and window.import_template_action in arkiv
    assert not [a for a in export if "mport" in a.text()]  # Import lives under Arkiv
    assert window.settings_action in arkiv and window.search_action in redigera
    assert {window.todo_action, window.groups_action, window.unsigned_action, window.log_review_action} <= set(visa)
    assert [_plain(a.text()) for a in hjalp] == ["Hjälp", "Kortkommandon", "Om ATAMA"]
    assert window.help_action.shortcut().toString() == "F1"


def test_every_mnemonic_is_unique_within_its_menu_and_across_the_menu_bar(qtbot, store):
    window = main_window(qtbot, store)
    bar = [_mnemonic(t) for t in _menus(window)]
    assert None not in bar and len(set(bar)) == len(bar), bar
    for title, actions in _menus(window).items():
        letters = [_mnemonic(a.text()) for a in actions]
        assert None not in letters, (title, [a.text() for a in actions])
        clashing = {x for x in letters if letters.count(x) > 1}
        assert not clashing, (title, clashing)


def test_quitting_is_stang_programmet_and_never_avsluta(qtbot, store):
    window = main_window(qtbot, store)
    every = [a for actions in _menus(window).values() for a in actions]
    assert not [a.text() for a in every if "avsluta" in a.text().lower()]
    assert _plain(window.quit_action.text()) == "Stäng programmet"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_f1_opens_the_help_beside_the_window_with_the_process(qtbot, store):
    window = main_window(qtbot, store)
    qtbot.keyClick(window.search, Qt.Key.Key_F1)
    help_window = window.help_window
    assert isinstance(help_window, HelpWindow)
    qtbot.waitUntil(help_window.isVisible)
    assert not help_window.isModal() and QApplication.activeModalWidget() is None
    text = help_window.text()
    for step in ("Informera", "Utreda", "Planera och genomföra", "Utvärdera", "Avsluta"):
        assert step in text
    assert "Kortkommandon" in text and "Var finns vad" in text


def test_the_shortcut_list_is_the_windows_own_actions(qtbot, store):
    """Every visible action with a shortcut is listed with its keys: the list cannot drift."""
    window = main_window(qtbot, store)
    window.show_shortcuts()
    text = window.help_window.text()
    with_keys = [a for a in window.findChildren(type(window.help_action)) if a.isVisible() and a.shortcuts()]
    assert len(with_keys) >= 12
    for action in with_keys:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)  # "Skift" under Qt's Swedish
        assert re.search(re.escape(_plain(action.text())) + r"\s+" + re.escape(keys), text), (action.text(), keys)
    assert QKeySequence("Ctrl+Shift+M").toString(QKeySequence.SequenceFormat.NativeText) in text  # a page's own
    # an action added later is listed too, and the hidden one of an administrator is not, for others
    listed = {what for _menu, what, _keys in action_shortcuts(window)}
    assert "Loggkontroll…" in listed
    bo = add_user(store, "Bo Berg")
    sign_in_as(store, bo.id)
    window._apply_rights()
    assert "Loggkontroll…" not in {what for _menu, what, _keys in action_shortcuts(window)}


def test_kortkommandon_shows_the_list_where_it_is(qtbot, store):
    window = main_window(qtbot, store)
    window.shortcuts_action.trigger()
    browser = window.help_window.browser
    qtbot.waitUntil(window.help_window.isVisible)
    assert browser.verticalScrollBar().value() > 0  # scrolled down to the list


def test_the_english_help_has_the_same_sections(qtbot):
    folder = resources_dir() / "help"
    anchors = {}
    for language in ("sv", "en"):
        page = (folder / f"{language}.html").read_text(encoding="utf-8")
        anchors[language] = re.findall(r'name="([a-z]+)"', page)
        assert "<!-- kortkommandon -->" in page
    assert anchors["sv"] == anchors["en"]
    assert {"process", "informera", "utreda", "planera", "utvardera", "avsluta", "kortkommandon"} <= set(anchors["sv"])


def test_the_help_renders(qtbot, store, tmp_path):
    window = main_window(qtbot, store)
    help_window = window.show_help("kortkommandon")
    qtbot.waitExposed(help_window)
    help_window.grab().save(str(tmp_path / "help_shortcuts.png"))
    window.show_help()
    help_window.grab().save(str(tmp_path / "help_top.png"))
    assert help_window.browser.verticalScrollBar().value() == 0


def test_f1_on_a_case_opens_the_help_at_the_step_shown(qtbot, store, case):
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.show_step("utreda")
    window.help_action.trigger()
    browser = window.help_window.browser
    qtbot.waitUntil(window.help_window.isVisible)
    top = browser.cursorForPosition(browser.viewport().rect().topLeft()).block().text()
    assert top == "2. Utreda"


def test_the_help_closes_with_the_window_and_never_keeps_atama_running(qtbot, store):
    window = main_window(qtbot, store)
    help_window = window.show_help()
    qtbot.waitExposed(help_window)
    assert not help_window.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    window.close()
    assert not help_window.isVisible()


def _open_redigera(qtbot, window):
    """Alt+R, as a user opens it; the menu shown, with the focus field as it was."""
    menu = window.edit_menu
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible)
    return menu


def _choose(qtbot, menu, name: str) -> None:
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled(), action.text()
    menu.setActiveAction(action)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_redigera_copies_pastes_and_undoes_in_the_field_with_the_focus(qtbot, store):
    window = main_window(qtbot, store)
    texts = [a.text() for a in window.edit_menu.actions() if not a.isSeparator()]
    assert texts == ["Å&ngra", "&Gör om", "Klipp &ut", "&Kopiera", "Klistra &in", "&Markera allt", "&Sök klient"]
    assert window.edit_actions[3].shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)  # shown in the menu
    QApplication.clipboard().clear()
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Tolvan")
    menu = _open_redigera(qtbot, window)
    enabled = {a.objectName(): a.isEnabled() for a in window.edit_actions}
    assert enabled == {"edit_undo": True, "edit_redo": False, "edit_cut": False, "edit_copy": False,
                       "edit_paste": True, "edit_selectAll": True}  # nothing selected yet
    _choose(qtbot, menu, "edit_selectAll")
    assert window.search.selectedText() == "Tolvan"
    _choose(qtbot, _open_redigera(qtbot, window), "edit_cut")
    assert window.search.text() == "" and QApplication.clipboard().text() == "Tolvan"
    _choose(qtbot, _open_redigera(qtbot, window), "edit_paste")
    assert window.search.text() == "Tolvan"
    _choose(qtbot, _open_redigera(qtbot, window), "edit_undo")
    assert window.search.text() == ""


def test_redigera_is_greyed_out_where_there_is_no_text_field_and_ctrl_c_stays_the_fields(qtbot, store):
    window = main_window(qtbot, store)
    window.list.setFocus()
    menu = _open_redigera(qtbot, window)
    assert not any(a.isEnabled() for a in window.edit_actions)
    menu.close()
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Ek")
    window.search.selectAll()
    QApplication.clipboard().clear()
    qtbot.keyClick(window.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # the field's own copy
    assert QApplication.clipboard().text() == "Ek"


def test_with_a_case_open_the_shortcut_list_names_each_page_shortcut_once_with_where(qtbot, store, case):
    from app.ui.help_window import shortcut_table

    window = main_window(qtbot, store)
    window.open_case(case.id)
    table = shortcut_table(window)
    assert table.count("Signera anteckningen") == 1
    assert "<td></td>" not in table  # every row says where


def test_the_help_names_every_command_of_redigera(qtbot, store):
    """Var finns vad's Redigera line keeps up with the menu (it once said only "sök klient")."""
    window = main_window(qtbot, store)
    qtbot.waitUntil(lambda: bool(getattr(window, "edit_actions", None)))  # added after the first paint
    window.show_help()
    line = next(line for line in window.help_window.text().splitlines() if line.startswith("Redigera"))
    commands = [_plain(a.text()).rstrip("…").lower() for a in _menus(window)["&Redigera"]]
    assert len(commands) == 7
    assert [c for c in commands if c not in line.lower()] == []
