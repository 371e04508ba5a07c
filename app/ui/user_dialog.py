"""The sign-in dialog, before the main window and at "Byt användare": who is working, with their
password. On the first start it creates the first user, the unit's administrator. A user without a
password yet (from before passwords) chooses one here, and one whose password an administrator set
chooses their own after signing in. Everything written is signed with the chosen user.

On the start-up path (it shows before the main window): no ``Qt`` namespace, see app/ui/qt_binding.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import AtamaError, ValidationError
from app.models.store import Store
from app.models.users import PASSWORD_MIN, User
from app.models.vocab import USER_TITLES
from app.ui.i18n_people import user_text
from app.ui.messages import show_error
from app.ui.qt_binding import USER
from app.ui.widgets import ChoiceCombo, FieldErrors


def password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


class UserDialog(QDialog):
    """``UserDialog(store).exec()``: accepted once someone is signed in (``chosen``)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.chosen: User | None = None
        self._signed_in_with = ""  # the password just typed, while a set password is being replaced
        self.first_start = store.users.first_start()
        self.setWindowTitle(self.tr("ATAMA – logga in"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        self.users = QListWidget()
        self.users.setAccessibleName(self.tr("Användare"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Namn på den första användaren"))
        self.title = ChoiceCombo(USER_TITLES, self.tr("Titel"))
        self.password = password_field(self.tr("Lösenord"))
        self.repeat = password_field(self.tr("Upprepa lösenordet"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)

        form = QFormLayout()
        if self.first_start:
            self.heading.setText(self.tr("Välkommen! Skapa den första användaren. Hen blir enhetens "
                                         "administratör och kan sedan lägga till de andra."))
            form.addRow(self.tr("&Namn"), self.name)
            form.addRow("", self.errors.label_for("name", self.name))
            form.addRow(self.tr("&Titel"), self.title)
            self.users.hide()
        else:
            self.heading.setText(self.tr("Vem arbetar i ATAMA nu? Välj dig och skriv ditt lösenord."))
            layout.addWidget(self.users)
            last = store.users.last_signed_in()
            for user in store.users.active():
                item = QListWidgetItem(user_text(user))  # the title in the screens' language
                item.setData(USER, user.id)
                self.users.addItem(item)
                if last and user.id == last.id:
                    self.users.setCurrentItem(item)
            if self.users.count() and self.users.currentRow() < 0:
                self.users.setCurrentRow(0)
            self.users.currentRowChanged.connect(lambda _row: self._user_changed())
            self.users.itemActivated.connect(lambda _item: self.password.setFocus())
            self.name.hide()
            self.title.hide()
        form.addRow("", self.hint)
        self.password_label = QLabel(self.tr("&Lösenord"))
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.errors.label_for("password", self.password))
        self.repeat_label = QLabel(self.tr("&Upprepa lösenordet"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.errors.label_for("repeat", self.repeat))
        layout.addLayout(form)

        self.choose_button = QPushButton(self.tr("&Skapa och logga in") if self.first_start else self.tr("Logga &in"))
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.create if self.first_start else self.choose)
        self.create_button = self.choose_button  # the first start's button (the old dialog's name)
        layout.addWidget(self.choose_button)
        self._user_changed()
        (self.name if self.first_start else self.password).setFocus()

    # -- what is asked for ------------------------------------------------------------------
    def selected(self) -> User | None:
        item = self.users.currentItem()
        return self.store.users.get(item.data(USER)) if item is not None else None

    def _show_repeat(self, shown: bool) -> None:
        self.repeat_label.setVisible(shown)
        self.repeat.setVisible(shown)

    def _user_changed(self) -> None:
        self.errors.clear()
        self.password.clear()
        self.repeat.clear()
        if self.first_start:
            self.hint.setText(self.tr("Välj ett lösenord med minst %1 tecken.").replace("%1", str(PASSWORD_MIN)))
            self.hint.setVisible(True)
            self._show_repeat(True)
            return
        user = self.selected()
        new = user is not None and not user.has_password
        self.hint.setText(self.tr("%1 har inget lösenord än. Välj ett med minst %2 tecken och skriv det två gånger.")
                          .replace("%1", user.name if user else "").replace("%2", str(PASSWORD_MIN)))
        self.hint.setVisible(new)
        self._show_repeat(new)
        self.password_label.setText(self.tr("&Nytt lösenord") if new else self.tr("&Lösenord"))
        self.choose_button.setText(self.tr("&Välj lösenord och logga in") if new else self.tr("Logga &in"))

    def _ask_for_own_password(self) -> None:
        """An administrator set this password: the user chooses their own before going on."""
        self.users.setEnabled(False)
        self.errors.clear()
        self.hint.setText(self.tr("Lösenordet du fick av administratören ska bytas. Välj ett eget lösenord "
                                  "med minst %1 tecken.").replace("%1", str(PASSWORD_MIN)))
        self.hint.setVisible(True)
        self.password.clear()
        self.repeat.clear()
        self._show_repeat(True)
        self.password_label.setText(self.tr("&Nytt lösenord"))
        self.choose_button.setText(self.tr("&Byt lösenord och fortsätt"))
        self.password.setFocus()

    def continue_sign_in(self, user_id: int, password: str) -> bool:
        """After the unlock of an encrypted database: sign ``user_id`` in with the password just typed
        there, without asking again. True when done; False when the dialog must be shown (the
        password an administrator set is to be replaced, or the sign-in was refused)."""
        for row in range(self.users.count()):
            if self.users.item(row).data(USER) == user_id:
                self.users.setCurrentRow(row)
                break
        else:
            return False
        self.password.setText(password)
        self.choose()
        return self.result() == QDialog.DialogCode.Accepted

    # -- doing it ---------------------------------------------------------------------------
    def _run(self, action) -> bool:
        """``action()``; a field's refusal at the field (a wrong password at the password, which is
        emptied for the next try), any other in a box."""
        self.errors.clear()
        try:
            action()
        except ValidationError as exc:
            unplaced = self.errors.show({("password" if f in ("new", "old") else f): m for f, m in exc.errors.items()})
            if unplaced:
                show_error(self, ValidationError({"": "\n".join(unplaced)}))
            return False
        except AtamaError as exc:
            from app.models.users import WrongPassword

            if isinstance(exc, WrongPassword):
                self.errors.show({"password": str(exc)})
                self.password.clear()
                self.password.setFocus()
            else:
                show_error(self, exc)
            return False
        return True

    def choose(self) -> None:
        """Sign the selected user in with the typed password (or the one they choose now)."""
        if self._signed_in_with:
            self._change_set_password()
            return
        user = self.selected()
        if user is None:
            return

        def sign_in() -> None:
            if user.has_password:
                self.chosen = self.store.users.sign_in(user.id, self.password.text())
            else:
                self.chosen = self.store.users.choose_first_password(user.id, self.password.text(),
                                                                     self.repeat.text())

        if not self._run(sign_in):
            return
        assert self.chosen is not None
        if self.chosen.must_change_password:
            self._signed_in_with = self.password.text()
            self._ask_for_own_password()
            return
        self.accept()

    def _change_set_password(self) -> None:
        def change() -> None:
            self.store.users.change_password(self._signed_in_with, self.password.text(), self.repeat.text())

        if self._run(change):
            self._signed_in_with = ""
            self.chosen = self.store.users.current()
            self.accept()

    def create(self) -> None:
        """The first start: the first user, the administrator, signed in."""
        def create_and_sign_in() -> None:
            password, repeated = self.password.text(), self.repeat.text()
            if password != repeated:
                raise ValidationError.single("repeat", self.tr(
                    "Lösenorden är inte lika. Skriv samma lösenord två gånger."))
            user = self.store.users.create(self.name.text(), self.title.key(), password)
            self.chosen = self.store.users.sign_in(user.id, password)

        if self._run(create_and_sign_in):
            self.accept()

    def reject(self) -> None:
        if self._signed_in_with:  # signed in, but the set password was not replaced: not let in
            self._signed_in_with = ""
            self.store.users.sign_out()
            self.chosen = None
        super().reject()
