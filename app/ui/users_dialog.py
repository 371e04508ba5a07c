"""Användare och behörigheter (administrators): add users, reset a password, make or unmake an
administrator, deactivate, and the idle lock's time. Every change of rights is logged by the
service (store.users); this screen only asks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.models.users import PASSWORD_MIN, User, check_new_password
from app.models.vocab import USER_TITLES
from app.ui.messages import run_validated
from app.ui.qt_binding import USER
from app.ui.user_dialog import password_field
from app.ui.widgets import ChoiceCombo, FieldErrors, SpinBox


class NewUserDialog(QDialog):
    """Name, title, a first password (the user chooses their own at the first sign-in), administrator."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.created: User | None = None
        self.setWindowTitle(self.tr("Ny användare"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Namn"))
        self.title = ChoiceCombo(USER_TITLES, self.tr("Titel"))
        self.password = password_field(self.tr("Första lösenord"))
        self.repeat = password_field(self.tr("Upprepa lösenordet"))
        self.admin = QCheckBox(self.tr("&Administratör (hanterar användare och gör loggkontroll)"))
        self.errors = FieldErrors()
        form = QFormLayout(self)
        form.addRow(self.tr("&Namn"), self.name)
        form.addRow("", self.errors.label_for("name", self.name))
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow("", self.errors.label_for("title", self.title))
        form.addRow(self.tr("&Första lösenord"), self.password)
        form.addRow("", self.errors.label_for("password", self.password))
        form.addRow(self.tr("&Upprepa"), self.repeat)
        form.addRow("", self.errors.label_for("repeat", self.repeat))
        hint = QLabel(self.tr("Minst %1 tecken. Användaren väljer ett eget lösenord vid första inloggningen.")
                      .replace("%1", str(PASSWORD_MIN)))
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow("", self.admin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lägg till"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        def create() -> None:
            check_new_password(self.password.text(), self.repeat.text())
            self.created = self.store.users.create(self.name.text(), self.title.key(), self.password.text(),
                                                   is_admin=self.admin.isChecked())

        if run_validated(self, self.errors, create):
            self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, store: Store, user: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.user = user
        self.setWindowTitle(self.tr("Nytt lösenord för %1").replace("%1", user.name))
        self.password = password_field(self.tr("Nytt lösenord"))
        self.repeat = password_field(self.tr("Upprepa lösenordet"))
        self.errors = FieldErrors()
        form = QFormLayout(self)
        text = QLabel(self.tr("%1 loggar in med det här lösenordet och väljer sedan ett eget.")
                      .replace("%1", user.name))
        text.setWordWrap(True)
        form.addRow(text)
        form.addRow(self.tr("&Nytt lösenord"), self.password)
        form.addRow("", self.errors.label_for("password", self.password))
        form.addRow(self.tr("&Upprepa"), self.repeat)
        form.addRow("", self.errors.label_for("repeat", self.repeat))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sätt lösenordet"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        def reset() -> None:
            check_new_password(self.password.text(), self.repeat.text())
            self.store.users.set_password(self.user.id, self.password.text())

        if run_validated(self, self.errors, reset):
            self.accept()


class IdleLockBox(QGroupBox):
    """Lås efter inaktivitet: the minutes without input before the window locks (store.users; an
    administrator's: for others the field is shown, disabled, saying why). ``button``: a "Spara
    tiden" of its own (the users' window); the settings window saves it with its other pages."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, button: bool = True):
        super().__init__(parent)
        self.setTitle(self.tr("Lås efter inaktivitet"))
        self.store = store
        self.errors = FieldErrors()
        self.minutes = SpinBox()
        self.minutes.setRange(1, 480)
        self.minutes.setSuffix(self.tr(" minuter"))
        self.minutes.setAccessibleName(self.tr("Lås efter så här lång tid utan aktivitet"))
        self.minutes.setValue(self._stored())
        allowed = store.users.may_change_idle_lock()
        self.minutes.setEnabled(allowed.ok)
        self.minutes.setToolTip(allowed.reason)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        if button:
            save_idle = QPushButton(self.tr("&Spara tiden"))
            save_idle.clicked.connect(self.save)
            save_idle.setEnabled(allowed.ok)
            row.addWidget(save_idle)
        row.addStretch(1)
        form = QFormLayout(self)
        label = QLabel(self.tr("L&ås efter"))
        label.setBuddy(self.minutes)
        form.addRow(label, row)
        form.addRow("", self.errors.label_for("idle_lock", self.minutes))

    def _stored(self) -> int:
        return max(1, round(self.store.users.idle_lock_seconds() / 60))

    def changed(self) -> bool:
        return self.minutes.value() != self._stored()

    def save(self) -> bool:
        return run_validated(self, self.errors, lambda: self.store.users.set_idle_lock_seconds(
            self.minutes.value() * 60))


class UsersDialog(QDialog):
    """The unit's users and their rights; the idle lock's time."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Användare och behörigheter"))
        self.setMinimumSize(620, 460)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Användare"))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Lägg till användare…"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button = QPushButton(self.tr("&Nytt lösenord…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.admin_button = QPushButton()
        self.admin_button.clicked.connect(self.toggle_admin)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.reset_button, self.admin_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)

        self.errors = FieldErrors()
        self.idle_lock = IdleLockBox(store)
        self.idle_minutes = self.idle_lock.minutes

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Titeln avgör vilken sorts anteckning användaren skriver (journal för "
                               "arbetsterapeut). Administratörer hanterar användare och gör loggkontroll. "
                               "Varje ändring loggas."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.idle_lock)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        current = select if select is not None else (self.selected().id if self.selected() else None)
        self.list.clear()
        for user in self.store.users.all():
            state = "" if user.has_password else self.tr(" – inget lösenord än")
            item = QListWidgetItem(f"{user.name} – {user.roles_label}{state}")
            item.setData(USER, user.id)
            self.list.addItem(item)
            if user.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected(self) -> User | None:
        item = self.list.currentItem()
        return self.store.users.get(item.data(USER)) if item is not None else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.reset_button, self.admin_button, self.active_button):
            button.setEnabled(user is not None)
        self.admin_button.setText(self.tr("Ta bort som &administratör") if user and user.is_admin
                                  else self.tr("Gör till &administratör"))
        self.active_button.setText(self.tr("&Aktivera igen") if user and not user.active else self.tr("&Inaktivera"))

    def add_user(self) -> None:
        dialog = NewUserDialog(self.store, self)
        if dialog.exec() and dialog.created:
            self.refresh(select=dialog.created.id)

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None and ResetPasswordDialog(self.store, user, self).exec():
            self.refresh()

    def toggle_admin(self) -> None:
        user = self.selected()
        if user is not None and run_validated(self, self.errors, lambda: self.store.users.set_admin(
                user.id, not user.is_admin)):
            self.refresh()

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None and run_validated(self, self.errors, lambda: self.store.users.set_active(
                user.id, not user.active)):
            self.refresh()

    def save_idle(self) -> None:
        self.idle_lock.save()
