"""The first-start dialog: Enter does what the part being filled in is for."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.user_dialog import UserDialog
from tests.ui.helpers import type_text


def _dialog(qtbot, store) -> UserDialog:
    store.users.add("Bo Berg", "arbetsterapeut")  # existing profiles; one is selected in the list
    dialog = UserDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    assert dialog.users.currentItem() is not None
    return dialog


def test_enter_in_the_new_profile_name_creates_that_profile(qtbot, store):
    dialog = _dialog(qtbot, store)
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    type_text(dialog.name, "Cecilia Öberg")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == UserDialog.DialogCode.Accepted
    assert dialog.chosen.name == "Cecilia Öberg"
    assert store.users.current().name == "Cecilia Öberg"


def test_enter_on_the_title_in_new_profile_creates_it_and_in_the_list_continues_as_chosen(qtbot, store):
    dialog = _dialog(qtbot, store)
    dialog.title.setFocus()
    qtbot.waitUntil(dialog.title.hasFocus)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # no name yet: refused at the field, nothing chosen
    assert dialog.isVisible() and dialog.chosen is None and dialog.errors.message("name")

    dialog.users.setFocus()
    qtbot.waitUntil(dialog.users.hasFocus)
    chosen = dialog.users.currentItem().text()
    qtbot.keyClick(dialog.users, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.display == chosen


def test_a_name_that_is_already_a_profile_is_refused_at_the_name_field(qtbot, store):
    store.users.add("Karin Lindqvist", "arbetsterapeut")
    dialog = _dialog(qtbot, store)
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    type_text(dialog.name, "karin  lindqvist")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.chosen is None
    assert dialog.errors.message("name") == ("Det finns redan en profil som heter Karin Lindqvist. "
                                             "Välj den i listan eller skriv ett annat namn.")
    assert [u.name for u in store.users.all()].count("Karin Lindqvist") == 1
    assert store.users.current().name == "Anna Andersson"  # still who was signed in

    dialog.name.clear()
    type_text(dialog.name, "Karin Lindqvist Berg")  # another name: created and chosen
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == UserDialog.DialogCode.Accepted and dialog.chosen.name == "Karin Lindqvist Berg"
