"""The encrypted database in the window: opening it (who you are and your password, or the unit's
recovery key), showing a recovery key once, and an administrator's conversion of a plain database.
The rules and the keys are app/models/encryption.py and app/models/keyring.py.

On the start-up path of an encrypted database (the unlock dialog shows before the main window): no
``Qt`` namespace at import, see app/ui/qt_binding.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
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
from app.ui.messages import run_validated, show_error
from app.ui.qt_binding import USER
from app.ui.user_dialog import password_field
from app.ui.widgets import FieldErrors

LAST_USER_SETTING = "unlock/last_user/"  # + the database path: who opened it last on this computer


class UnlockDialog(QDialog):
    """``UnlockDialog(db_path).exec()``: accepted once the database is open (``store``); ``user_id``
    and ``password`` then sign that user in (None after the recovery key: someone signs in next).
    ``key_only``: only the key is unlocked (``key``), nothing opened: for restoring an encrypted
    backup when the database itself could not be opened (``db_path`` is then the backup)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, read_only=None, read_only_why: str = "",
                 key_only: bool = False):
        super().__init__(parent)
        from app.models import encryption

        self.db_path = Path(db_path)
        self._read_only = {"read_only": read_only or False, "read_only_why": read_only_why}
        self.store: Store | None = None
        self.user_id: int | None = None
        self.password_used: str | None = None
        self.key: bytes | None = None
        self.key_only = key_only
        self.with_recovery_key = False
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("ATAMA – lås upp säkerhetskopian") if key_only
                            else self.tr("ATAMA – öppna den krypterade databasen"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Databasen är krypterad. Välj dig och skriv ditt lösenord."))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.users = QListWidget()
        self.users.setAccessibleName(self.tr("Användare"))
        last = _settings().value(LAST_USER_SETTING + str(self.db_path))
        for user_id, name in encryption.key_users(self.db_path):
            item = QListWidgetItem(name)
            item.setData(USER, user_id)
            self.users.addItem(item)
            if str(user_id) == str(last):
                self.users.setCurrentItem(item)
        if self.users.count() and self.users.currentRow() < 0:
            self.users.setCurrentRow(0)
        self.users.itemActivated.connect(lambda _item: self.password.setFocus())
        layout.addWidget(self.users)
        self.missing = missing = QLabel(self.tr(
            "Saknas du i listan? En administratör sätter ett tillfälligt lösenord åt dig "
            "(Arkiv › Användare och behörigheter)."))
        missing.setWordWrap(True)
        layout.addWidget(missing)

        form = QFormLayout()
        self.password = password_field(self.tr("Lösenord"))
        password_label = QLabel(self.tr("&Lösenord"))
        password_label.setBuddy(self.password)
        self.password_label = password_label
        form.addRow(password_label, self.password)
        form.addRow("", self.errors.label_for("password", self.password))
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(self.tr("Återställningsnyckel"))
        self.recovery.setPlaceholderText(self.tr("åtta grupper om fyra tecken, som på papperet"))
        self.recovery_label = QLabel(self.tr("Åter&ställningsnyckel"))
        self.recovery_label.setBuddy(self.recovery)
        form.addRow(self.recovery_label, self.recovery)
        form.addRow("", self.errors.label_for("recovery", self.recovery))
        layout.addLayout(form)
        for widget in (self.recovery_label, self.recovery):
            widget.hide()

        buttons = QHBoxLayout()
        self.forgot_button = QPushButton(self.tr("&Glömt lösenordet…"))
        self.forgot_button.clicked.connect(self.use_recovery_key)
        self.open_button = QPushButton(self.tr("&Öppna och logga in"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_database)
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        if self.users.count():
            self.password.setFocus()
        else:  # nobody's password opens it (all deactivated, or the key file knows nobody): the recovery key
            self.use_recovery_key()

    def use_recovery_key(self) -> None:
        self.with_recovery_key = True
        self.heading.setText(self.tr("Skriv återställningsnyckeln från papperet i enhetens kassaskåp. Efter det "
                                     "loggar du in som vanligt; en administratör kan sätta nya lösenord."))
        for widget in (self.users, self.missing, self.password_label, self.password):
            widget.hide()
        for widget in (self.recovery_label, self.recovery):
            widget.show()
        self.forgot_button.hide()
        self.open_button.setText(self.tr("&Öppna med återställningsnyckeln"))
        self.recovery.setFocus()

    def open_database(self) -> None:
        from app.models import encryption
        from app.models.users import WrongPassword

        self.errors.clear()
        try:
            if self.key_only:
                self.key = self._unlock_key()
            elif self.with_recovery_key:
                self.store = encryption.open_with_recovery_key(self.db_path, self.recovery.text(), **self._read_only)
                if not self.store.read_only:
                    forgot = ForgottenPasswordDialog(self.store, self)
                    if forgot.exec() and forgot.user_id is not None:
                        self.user_id, self.password_used = forgot.user_id, forgot.password.text()
            else:
                item = self.users.currentItem()
                if item is None:
                    raise ValidationError.single("password", self.tr("Välj dig i listan först."))
                user_id = int(item.data(USER))
                self.store = encryption.open_database(self.db_path, user_id, self.password.text(), **self._read_only)
                self.user_id, self.password_used = user_id, self.password.text()
                _settings().setValue(LAST_USER_SETTING + str(self.db_path), user_id)
        except ValidationError as exc:
            unplaced = self.errors.show(exc.errors)
            if unplaced:
                show_error(self, ValidationError({"": "\n".join(unplaced)}))
            return
        except WrongPassword as exc:
            self.errors.show({"password": str(exc)})
            self.password.clear()
            self.password.setFocus()
            return
        except AtamaError as exc:
            show_error(self, exc)
            return
        self.accept()

    def _unlock_key(self) -> bytes:
        from app.models.keyring import Keyring

        ring = Keyring.load(self.db_path)
        if self.with_recovery_key:
            return ring.unlock_with_recovery_key(self.recovery.text())
        item = self.users.currentItem()
        if item is None:
            raise ValidationError.single("password", self.tr("Välj dig i listan först."))
        return ring.unlock(int(item.data(USER)), self.password.text())


class ForgottenPasswordDialog(QDialog):
    """After the recovery key: a new password for the one who forgot theirs (the whole point of the
    key when the only administrator has forgotten), or skip to the usual sign-in."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.user_id: int | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Nytt lösenord med återställningsnyckeln"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Databasen är öppen med återställningsnyckeln. Välj den som glömt sitt lösenord och "
                              "skriv ett nytt två gånger, eller hoppa över och logga in som vanligt."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.users = QListWidget()
        self.users.setAccessibleName(self.tr("Användare"))
        for user in store.users.active():
            item = QListWidgetItem(user.display)
            item.setData(USER, user.id)
            self.users.addItem(item)
        if self.users.count():
            self.users.setCurrentRow(0)
        layout.addWidget(self.users)
        form = QFormLayout()
        self.password = password_field(self.tr("Nytt lösenord"))
        self.repeat = password_field(self.tr("Upprepa det nya lösenordet"))
        for text_label, field, key in ((self.tr("&Nytt lösenord"), self.password, "password"),
                                       (self.tr("&Upprepa lösenordet"), self.repeat, "repeat")):
            label = QLabel(text_label)
            label.setBuddy(field)
            form.addRow(label, field)
            form.addRow("", self.errors.label_for(key, field))
        layout.addLayout(form)
        row = QHBoxLayout()
        skip = QPushButton(self.tr("&Hoppa över"))
        skip.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Spara lösenordet och logga in"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(skip)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.password.setFocus()

    def save(self) -> None:
        from app.models import encryption

        item = self.users.currentItem()
        if item is None:
            return
        if not run_validated(self, self.errors, lambda: encryption.new_password_with_recovery_key(
                self.store, int(item.data(USER)), self.password.text(), self.repeat.text())):
            return
        self.user_id = int(item.data(USER))
        self.accept()


def _settings():
    from PySide6.QtCore import QSettings

    return QSettings()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: large, to be printed or written down; the dialog closes only
    once the user confirms they have it (then the key file records that it was shown)."""

    def __init__(self, store: Store, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.code = code
        self.setWindowTitle(self.tr("Återställningsnyckel – visas bara nu"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Databasen är krypterad. Om alla lösenord glöms bort öppnas den bara med den här nyckeln. Skriv ut "
            "den eller skriv av den, och lägg papperet i enhetens kassaskåp. Den visas inte igen och sparas "
            "ingenstans i klartext."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.key_label = QLabel(code)
        self.key_label.setAccessibleName(self.tr("Återställningsnyckeln"))
        font = self.key_label.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.key_label.setFont(font)
        from PySide6.QtCore import Qt

        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.key_label)
        self.confirmed = QCheckBox(self.tr("&Jag har skrivit ut eller skrivit av nyckeln och lagt den säkert"))
        layout.addWidget(self.confirmed)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Skriv &ut…"))
        self.print_button.clicked.connect(lambda: self.print_key())  # not clicked's bool as the printer
        self.done_button = QPushButton(self.tr("&Klart"))
        self.done_button.setEnabled(False)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        self.confirmed.toggled.connect(self.done_button.setEnabled)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)

    def sheet_html(self) -> str:
        from html import escape

        return ("<h1>" + self.tr("ATAMA – återställningsnyckel") + "</h1><p>"
                + self.tr("Databas: %1").replace("%1", escape(self.store.path)) + "<br>"
                + self.tr("Gjord: %1").replace("%1", escape(self.store.timestamp())) + "</p>"
                f"<p style='font-family: monospace; font-size: 18pt; white-space: pre'><b>{escape(self.code)}</b></p>"
                "<p>" + self.tr("Förvara papperet i enhetens kassaskåp. Med nyckeln kan databasen öppnas om alla "
                                "lösenord glöms bort (ATAMA: Glömt lösenordet…). Ta inte kopior; en ny nyckel görs i "
                                "Arkiv-menyn av en administratör, och då slutar den här att gälla.") + "</p>")

    def print_key(self, printer=None) -> None:
        """On paper through the system's print dialog (never into a file ATAMA keeps)."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter()
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        document = QTextDocument()
        document.setHtml(self.sheet_html())
        document.print_(printer)

    def accept(self) -> None:
        if not self.confirmed.isChecked():
            return
        from app.models import encryption

        try:
            encryption.recovery_key_shown(self.store)
        except (AtamaError, OSError) as exc:
            show_error(self, AtamaError(self.tr("Det gick inte att spara att nyckeln visats: %1")
                                        .replace("%1", str(exc))))
        super().accept()

    def reject(self) -> None:  # Escape or the window's close: not before the key is written down
        if self.confirmed.isChecked():
            self.accept()


def encrypt_database(store: Store, parent: QWidget | None, backup=None) -> str | None:
    """An administrator converts the open plain database: asked, with the password, the backup
    first (``backup``), then the conversion; returns the recovery key (the caller shows it and
    reopens the database), or None when not done. ``store`` is closed once it is done."""
    from app.models import encryption
    from app.ui.messages import ask_yes_no

    translate = QCoreApplication.translate
    if not ask_yes_no(parent, translate("encryption_dialogs", "Kryptera databasen"), translate(
            "encryption_dialogs", "Databasen krypteras så att den inte kan läsas utan ett lösenord eller enhetens "
            "återställningsnyckel. En säkerhetskopia görs först. Efter det öppnar bara du den med ditt lösenord; "
            "de andra användarna får ett tillfälligt lösenord av en administratör. Programmet öppnar databasen "
            "igen efteråt.\n\nKryptera nu?")):
        return None
    dialog = PasswordDialog(parent)
    if not dialog.exec():
        return None
    path = store.path
    try:
        code = encryption.encrypt_existing(store, dialog.password.text(), before=backup)
    except AtamaError as exc:
        show_error(parent, exc)
        return None
    from app.models.backup import folder_for
    from app.ui.messages import tell

    tell(parent, translate("encryption_dialogs", "Databasen är krypterad"), translate(
        "encryption_dialogs", "Databasen är krypterad. Säkerhetskopiorna från före krypteringen, också den som just "
        "gjordes, är okrypterade: ta bort dem ur mappen %1 när du har kontrollerat att den krypterade "
        "databasen öppnas. Nya säkerhetskopior blir krypterade.\n\nNu visas återställningsnyckeln.")
        .replace("%1", str(folder_for(path))))
    return code


class PasswordDialog(QDialog):
    """One's own password again, for an action of weight."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bekräfta med ditt lösenord"))
        form = QFormLayout(self)
        self.password = password_field(self.tr("Ditt lösenord"))
        label = QLabel(self.tr("Ditt &lösenord"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        ok = QPushButton(self.tr("&Fortsätt"))
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(ok)
        form.addRow(row)
