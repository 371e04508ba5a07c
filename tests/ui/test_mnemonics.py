"""No two Alt+letter mnemonics clash in a window (issue 15, EN 301 549): a clash means Alt+letter
only moves the focus between the two, or the menu bar takes it (Alt+A opened Arkiv instead of
saving a note). Every window state and every dialog of app/ui, in each language the app ships."""

from __future__ import annotations

import inspect
import pkgutil

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMenu

import app.ui
from tests.ui.helpers import main_window
from tests.ui.keyboard import clashes, mnemonic
from tests.ui.screens import _dialogs, dialogs, filled_case, unlock_dialog, window_states


def _language_or_skip(code: str):
    """Install ``code``'s translation for the test; skip when it is not built yet."""
    try:
        from app.ui.i18n import install_language
    except ImportError:
        if code == "sv":
            return
        pytest.skip("no app/ui/i18n.py yet")
    if not install_language(QApplication.instance(), code) and code != "sv":
        pytest.skip(f"no {code} translation built")


@pytest.fixture(params=["sv", "en"])
def language(request, qapp):
    _language_or_skip(request.param)
    yield request.param
    if request.param != "sv":
        _language_or_skip("sv")


def test_the_helper_reads_mnemonics_as_qt_does():
    assert mnemonic("&Spara") == "s"
    assert mnemonic("Ä&rende") == "r"
    assert mnemonic("Svar && frågor") is None
    assert mnemonic("Svar && &frågor") == "f"
    assert mnemonic("S&äkerhet") == "ä"
    assert mnemonic("Spara&") is None


def test_the_helper_names_both_texts_of_a_clash_and_leaves_a_hidden_page_out(qtbot):
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    tabs = QTabWidget()
    shown, hidden = QWidget(), QWidget()
    QVBoxLayout(shown).addWidget(QPushButton("&Spara"))
    QVBoxLayout(hidden).addWidget(QPushButton("&Skriv ut"))
    tabs.addTab(shown, "Första")
    tabs.addTab(hidden, "Andra")
    field = QLineEdit()
    label = QLabel("&Namn")
    label.setBuddy(field)
    layout.addWidget(tabs)
    layout.addWidget(label)
    layout.addWidget(field)
    layout.addWidget(QLabel("Ingen &kompis"))  # no buddy: no mnemonic
    assert clashes(window) == []
    layout.addWidget(QPushButton("&Nytt"))
    assert clashes(window) == ["Alt+N: etikett '&Namn' och knapp '&Nytt'"]
    tabs.setCurrentIndex(1)
    assert clashes(window) == ["Alt+N: etikett '&Namn' och knapp '&Nytt'"]  # Skriv ut now, Spara hidden
    layout.addWidget(QPushButton("&Stäng"))
    assert clashes(window)[1] == "Alt+S: knapp '&Skriv ut' och knapp '&Stäng'"


def test_no_mnemonics_clash_in_the_main_window_with_its_menu_bar(qtbot, store, language):
    filled = filled_case(store)
    window = main_window(qtbot, store)
    found = []
    for where, _page in window_states(window, filled):
        found += [f"{where}: {line}" for line in clashes(window)]
    assert not found, "mnemonics that clash:\n" + "\n".join(dict.fromkeys(found))


def test_no_mnemonics_clash_within_a_menu(qtbot, store, language):
    window = main_window(qtbot, store)
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()  # a menu filled when first opened (Tom blankett)
        seen: dict[str, str] = {}
        for action in menu.actions():
            key = mnemonic(action.text())
            if key is None or action.isSeparator():
                continue
            if key in seen:
                found.append(f"{menu.title()}: Alt+{key.upper()}: {seen[key]!r} och {action.text()!r}")
            seen.setdefault(key, action.text())
    assert not found, "mnemonics that clash:\n" + "\n".join(found)


def test_no_mnemonics_clash_in_any_dialog(qtbot, store, db_path, tmp_path, language):
    filled = filled_case(store)
    found = []
    for name, dialog in dialogs(qtbot, filled):
        found += [f"{name}: {line}" for line in clashes(dialog)]
    unlock = unlock_dialog(qtbot, tmp_path / "krypterad.sqlite")
    found += [f"UnlockDialog: {line}" for line in clashes(unlock)]
    unlock.use_recovery_key()
    found += [f"UnlockDialog (nyckeln): {line}" for line in clashes(unlock)]
    assert not found, "mnemonics that clash:\n" + "\n".join(found)


def test_every_dialog_class_in_app_ui_is_checked(store):
    """A new dialog gets its line in tests/ui/screens.py, or this fails."""
    import importlib

    checked = {name.split(" ")[0] for name, _make in _dialogs(filled_case(store))} | {"UnlockDialog"}
    classes = set()
    for module in pkgutil.iter_modules(app.ui.__path__):
        loaded = importlib.import_module(f"app.ui.{module.name}")
        classes |= {name for name, cls in inspect.getmembers(loaded, inspect.isclass)
                    if issubclass(cls, QDialog) and cls.__module__ == loaded.__name__}
    assert classes - checked == set()

