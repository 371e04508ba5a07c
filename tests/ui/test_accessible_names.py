"""Every input has a name a screen reader says and the label beside it is its buddy (issue 15,
EN 301 549), over every window state and dialog the mnemonic test goes through."""

from __future__ import annotations

from tests.ui.accessibility import problems
from tests.ui.helpers import main_window
from tests.ui.screens import dialogs, filled_case, unlock_dialog, window_states


def test_every_input_in_the_main_window_is_named_and_labelled(qtbot, store):
    filled = filled_case(store)
    window = main_window(qtbot, store)
    found = []
    for where, _page in window_states(window, filled):
        found += [f"{where}: {line}" for line in problems(window)]
    assert not found, "\n".join(dict.fromkeys(found))


def test_every_input_in_every_dialog_is_named_and_labelled(qtbot, store, tmp_path):
    found = []
    for name, dialog in dialogs(qtbot, filled_case(store)):
        found += [f"{name}: {line}" for line in problems(dialog)]
    unlock = unlock_dialog(qtbot, tmp_path / "krypterad.sqlite")
    found += [f"UnlockDialog: {line}" for line in problems(unlock)]
    assert not found, "\n".join(found)
