"""The sign-in dialog: the first start creates the administrator; Enter in the password signs in;
a wrong password is said at the field and logged; a user without a password chooses one; a password
an administrator set is replaced by the user's own before the window opens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models.users import verify_password
from app.ui.user_dialog import UserDialog
from tests.builders import add_user
from tests.support import TEST_PASSWORD
from tests.ui.helpers import type_text


def _dialog(qtbot, store) -> UserDialog:
    dialog = UserDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def _select(dialog: UserDialog, name: str) -> None:
    [item] = [dialog.users.item(i) for i in range(dialog.users.count()) if dialog.users.item(i).text().startswith(name)]
    dialog.users.setCurrentItem(item)


def test_the_first_start_creates_the_first_user_as_administrator_with_a_password(qtbot, bare_store):
    dialog = _dialog(qtbot, bare_store)
    assert dialog.first_start and not dialog.users.isVisible() and dialog.repeat.isVisible()
    type_text(dialog.name, "Anna Andersson")
    dialog.title.set_key("arbetsterapeut")
    type_text(dialog.password, "kort")
    type_text(dialog.repeat, "kort")
    dialog.create()
    assert dialog.errors.message("password") == "Lösenordet måste ha minst 8 tecken." and dialog.chosen is None
    dialog.password.setText("ett långt lösenord")
    dialog.repeat.setText("ett annat lösenord")
    dialog.create()
    assert "inte lika" in dialog.errors.message("repeat") and bare_store.users.first_start()
    dialog.repeat.setText("ett långt lösenord")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter: the default button
    assert dialog.result() == UserDialog.DialogCode.Accepted
    anna = bare_store.users.current()
    assert (anna.name, anna.is_admin, anna.must_change_password) == ("Anna Andersson", True, False)
    assert [e.action for e in bare_store.access_log.latest()] == ["sign_in"]


def test_enter_in_the_password_signs_the_proposed_user_in(qtbot, store, user):
    add_user(store, "Bo Berg", "arbetsmarknadskoordinator")
    dialog = _dialog(qtbot, store)
    assert dialog.users.currentItem().text() == user.display  # the last signed in is proposed
    assert dialog.password.hasFocus() and not dialog.repeat.isVisible()
    type_text(dialog.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == UserDialog.DialogCode.Accepted and dialog.chosen.id == user.id


def test_a_wrong_password_is_refused_at_the_field_and_logged(qtbot, store):
    bo = add_user(store, "Bo Berg", "arbetsmarknadskoordinator")
    dialog = _dialog(qtbot, store)
    _select(dialog, "Bo Berg")
    type_text(dialog.password, "fel lösenord")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.chosen is None
    assert dialog.errors.message("password") == "Fel lösenord för Bo Berg. Försök igen."
    assert dialog.password.text() == ""  # emptied for the next try
    [failed] = store.access_log.search(action="sign_in_failed")
    assert (failed.user_id, failed.user_name) == (bo.id, "Bo Berg")
    assert store.users.current().name == "Anna Andersson"  # nobody new signed in


def test_a_user_from_before_passwords_chooses_one_at_the_first_sign_in(qtbot, store):
    bo = store.users.add("Bo Berg", "arbetsmarknadskoordinator")  # as the migration leaves an old user
    dialog = _dialog(qtbot, store)
    _select(dialog, "Bo Berg")
    assert dialog.repeat.isVisible() and "inget lösenord än" in dialog.hint.text()
    type_text(dialog.password, "bos eget lösen")
    type_text(dialog.repeat, "bos eget lösen")
    dialog.choose()
    assert dialog.result() == UserDialog.DialogCode.Accepted and store.users.current().id == bo.id
    assert store.users.get(bo.id).has_password


def test_a_password_the_administrator_set_is_replaced_before_going_on(qtbot, store):
    cecilia = store.users.create("Cecilia Öberg", "arbetsterapeut", "fått av admin")
    assert cecilia.must_change_password
    dialog = _dialog(qtbot, store)
    _select(dialog, "Cecilia")
    type_text(dialog.password, "fått av admin")
    dialog.choose()
    assert dialog.isVisible() and dialog.repeat.isVisible()  # signed in, now asked for her own
    assert "ska bytas" in dialog.hint.text()
    type_text(dialog.password, "ceciliAs egna")
    type_text(dialog.repeat, "ceciliAs egna")
    dialog.choose()
    assert dialog.result() == UserDialog.DialogCode.Accepted
    assert not store.users.get(cecilia.id).must_change_password
    stored = store.query_value("SELECT password_hash FROM users WHERE id = ?", (cecilia.id,))
    assert verify_password("ceciliAs egna", stored) and not verify_password("fått av admin", stored)
