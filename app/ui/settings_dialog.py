"""Inställningar (Arkiv → Inställningar…, Ctrl+,): one window for what a user or the unit sets, a page
each — one's profile and password, the unit's identity on documents, the backup folder, Att göra's
rules (the four-week rule), the idle lock, the disposal rules and the screens' language.

The pages are the widgets the other screens use (app/ui/unit_dialog.py, users_dialog.py,
retention_page.py, backup_dialog.py), so each rule and its refusal stay in one place: every save goes
through its service (transactions, the access log), and what only an administrator may change is
shown disabled for others with the reason as its tooltip. Spara saves every page that changed, in
order; a refusal shows its page with the message at the field and keeps what was typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import backup
from app.models.settings import INACTIVITY_WEEKS, LIMITS, PLAN_DEADLINE_DAYS, UNSIGNED_DAYS, TodoRules
from app.models.store import Store
from app.ui import preferences
from app.ui.backup_dialog import ask_backup_folder, change_backup_folder
from app.ui.messages import run_validated
from app.ui.retention_page import RetentionRulesBox
from app.ui.unit_dialog import UnitForm
from app.ui.users_dialog import IdleLockBox
from app.ui.widgets import ComboBox, FieldErrors, SpinBox


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ProfilePage(QWidget):
    """Who is signed in, their own phone and e-mail on documents, and Byt lösenord."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        me = store.users.current()
        self.who = _wrapped(self.tr("Inloggad som %1.").replace("%1", f"{me.name}, {me.roles_label.lower()}")
                            if me else self.tr("Ingen är inloggad."))
        self.who.setObjectName("signed_in_as")
        self.contact = UnitForm(store, unit=False)
        self.password_button = QPushButton(self.tr("Byt lösenor&d…"))
        self.password_button.clicked.connect(self.change_password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.contact)
        row = QHBoxLayout()
        row.addWidget(self.password_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def change_password(self):
        from app.ui.access_dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.store, self)
        dialog.exec()
        return dialog

    def changed(self) -> bool:
        return self.contact.changed()

    def save(self) -> bool:
        return self.contact.save()

    def first_field(self) -> QWidget:
        return self.contact.first_field()


class UnitPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = UnitForm(store, contact=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def changed(self) -> bool:
        return self.form.changed()

    def save(self) -> bool:
        return self.form.save()

    def first_field(self) -> QWidget:
        return self.form.municipality if self.form.is_admin else self.form


class BackupPage(QWidget):
    """The folder this computer keeps the database's backups in (app/models/backup.py). Tests
    replace ``ask_folder``."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(store.path)
        self.chosen: str | None = None  # a folder chosen here and not yet saved
        self.to_default = False
        self.folder = QLabel()
        self.folder.setObjectName("backup_folder_setting")
        self.folder.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Byt &mapp…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("An&vänd standardmappen"))
        self.default_button.clicked.connect(self.use_default)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr("ATAMA gör en kontrollerad säkerhetskopia av databasen vid dagens första "
                                          "start. Kopiorna av den här databasen sparas på den här datorn i:")))
        layout.addWidget(self.folder)
        layout.addLayout(buttons)
        layout.addWidget(_wrapped(self.tr("Välj gärna en mapp på en annan disk eller på nätverket. Säkerhetskopiera "
                                          "nu och återställ gör du under Arkiv → Säkerhetskopior…")))
        layout.addStretch(1)
        self._show()

    def _shown_folder(self) -> Path:
        if self.to_default:
            return backup.default_folder()
        return Path(self.chosen) if self.chosen else backup.folder_for(self.db_path)

    def _show(self) -> None:
        self.folder.setText(str(self._shown_folder()))
        self.folder.setAccessibleName(self.tr("Mapp för säkerhetskopior: %1").replace("%1", self.folder.text()))

    def ask_folder(self) -> str:
        return ask_backup_folder(self, self.db_path)

    def choose_folder(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self.chosen, self.to_default = chosen, False
            self._show()

    def use_default(self) -> None:
        self.chosen, self.to_default = None, True
        self._show()

    def changed(self) -> bool:
        return self._shown_folder() != backup.folder_for(self.db_path)

    def save(self) -> bool:
        if not change_backup_folder(self, self.db_path, None if self.to_default else self.chosen):
            return False
        self.chosen, self.to_default = None, False
        self._show()
        return True

    def first_field(self) -> QWidget:
        return self.choose_button


class TodoRulesPage(QWidget):
    """Att göra's rules: the four-week rule's days, inactivity, unsigned entries (store.settings)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.errors = FieldErrors()
        allowed = store.settings.may_change_todo_rules()
        form = QFormLayout()
        self.fields: dict[str, SpinBox] = {}
        for key, text, suffix, name in (
                (PLAN_DEADLINE_DAYS, self.tr("&Utvecklingsplan senast"),
                 self.tr(" dagar efter start på AMA"), self.tr("Dagar till utvecklingsplan (fyraveckorsregeln)")),
                (INACTIVITY_WEEKS, self.tr("&Ärende utan aktivitet efter"), self.tr(" veckor"),
                 self.tr("Veckor utan aktivitet innan ärendet visas")),
                (UNSIGNED_DAYS, self.tr("&Osignerad post efter"), self.tr(" dagar"),
                 self.tr("Dagar innan en osignerad post visas"))):
            field = SpinBox()
            _label, low, high = LIMITS[key]
            field.setRange(low, high)
            field.setSuffix(suffix)
            field.setAccessibleName(name)
            field.setEnabled(allowed.ok)
            field.setToolTip(allowed.reason)
            field.setMaximumWidth(260)
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            form.addRow("", self.errors.label_for(key, field))
            self.fields[key] = field
        self.plan_deadline_days = self.fields[PLAN_DEADLINE_DAYS]
        self._show(store.settings.todo_rules())
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "Reglerna gäller Att göra för alla på enheten. Fyraveckorsregeln: en AMA-medarbetares första "
            "utvecklingsplan ska vara överenskommen inom 28 dagar från starten, om inte enheten bestämt annat.")))
        if not allowed.ok:
            note = _wrapped(allowed.reason)
            note.setObjectName("todo_rules_note")
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addStretch(1)

    def _show(self, rules: TodoRules) -> None:
        for key, field in self.fields.items():
            field.setValue(int(getattr(rules, key)))

    def _typed(self) -> TodoRules:
        return TodoRules(**{key: field.value() for key, field in self.fields.items()})

    def changed(self) -> bool:
        return self._typed() != self.store.settings.todo_rules()

    def save(self) -> bool:
        return run_validated(self, self.errors, lambda: self.store.settings.save_todo_rules(self._typed()))

    def first_field(self) -> QWidget:
        return self.plan_deadline_days


class BoxPage(QWidget):
    """A page of one box that saves itself (the idle lock, the disposal rules) and a line below it."""

    def __init__(self, box, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = box
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        if note:
            layout.addWidget(_wrapped(note))
        layout.addStretch(1)

    def changed(self) -> bool:
        return self.box.changed()

    def save(self) -> bool:
        return self.box.save()

    def first_field(self) -> QWidget:
        return self.box


class LanguagePage(QWidget):
    """The screens' language on this computer (app/ui/preferences.py); it shows from the next start."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = ComboBox()
        for code, name in preferences.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language())))
        self.language.setAccessibleName(self.tr("Språk i ATAMA"))
        self.language.setMaximumWidth(260)
        label = QLabel(self.tr("Sp&råk"))
        label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_wrapped(self.tr(
            "Språket gäller menyer och fönster på den här datorn och syns när ATAMA har startats om. "
            "Dokument till klienten, Arbetsförmedlingen och Försäkringskassan är alltid på svenska, "
            "liksom det som skrivits i journalen.")))
        layout.addStretch(1)

    def code(self) -> str:
        return str(self.language.currentData())

    def changed(self) -> bool:
        return self.code() != preferences.language()

    def save(self) -> bool:
        preferences.set_language(self.code())
        return True

    def first_field(self) -> QWidget:
        return self.language


class SettingsDialog(QDialog):
    """``SettingsDialog(store, page="todo").exec()``. After it, ``restart_now`` says the user chose
    "Starta om nu" for a new language (the main window then opens anew, app/ui/app.py). Tests
    replace ``ask_restart``."""

    PAGE_KEYS = ("profile", "unit", "backup", "todo", "lock", "retention", "language")

    def __init__(self, store: Store, parent: QWidget | None = None, *, page: str = "profile"):
        super().__init__(parent)
        self.store = store
        self.restart_now = False
        self.setWindowTitle(self.tr("Inställningar"))
        self.resize(820, 560)
        from app.models.retention import may_dispose

        retention_note = self.tr("Att gallra ärenden gör du under Arkiv → Gallring…") if may_dispose(store).ok else ""
        self.profile = ProfilePage(store)
        self.unit = UnitPage(store)
        self.backup = BackupPage(store)
        self.todo = TodoRulesPage(store)
        self.lock = BoxPage(IdleLockBox(store, button=False), self.tr(
            "Ett låst fönster öppnas med lösenordet; det som skrivits finns kvar. Lås direkt med Ctrl+L."))
        self.retention = BoxPage(RetentionRulesBox(store, button=False), retention_note)
        self.language = LanguagePage()
        titles = (self.tr("Min profil"), self.tr("Enheten"), self.tr("Säkerhetskopior"), self.tr("Att göra"),
                  self.tr("Låsning"), self.tr("Gallring"), self.tr("Språk"))
        self.page_list = QListWidget()
        self.page_list.setObjectName("settings_pages")
        self.page_list.setAccessibleName(self.tr("Inställningarnas sidor"))
        self.stack = QStackedWidget()
        for title, widget in zip(titles, self.pages(), strict=True):
            self.page_list.addItem(title)
            self.stack.addWidget(widget)
        self.page_list.setFixedWidth(max(150, self.page_list.sizeHintForColumn(0) + 24))
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.page_list)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.show_page(page)
        from app.ui.help_window import help_on_f1

        help_on_f1(self, "installningar")

    def pages(self) -> list:
        return [self.profile, self.unit, self.backup, self.todo, self.lock, self.retention, self.language]

    def show_page(self, key: str) -> None:
        index = self.PAGE_KEYS.index(key)
        self.page_list.setCurrentRow(index)
        self.pages()[index].first_field().setFocus()

    def ask_restart(self) -> bool:
        """True for "Starta om nu"; False for later."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Byt språk"), self.tr(
            "Det nya språket syns när ATAMA startas om. Det du har skrivit sparas först, och du loggar in "
            "igen. Starta om nu?"), parent=self)
        now = box.addButton(self.tr("Starta om &nu"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Senare"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        return box.clickedButton() is now

    def reject(self) -> None:
        """Escape, Avbryt or the window's close: changed settings are not dropped without a question."""
        from app.ui.messages import ask_yes_no

        changed = [self.page_list.item(i).text() for i, page in enumerate(self.pages()) if page.changed()]
        if changed and not ask_yes_no(self, self.tr("Inte sparat"), self.tr(
                "Det du har ändrat under %1 är inte sparat. Stänga utan att spara?").replace("%1", ", ".join(changed))):
            return
        super().reject()

    def accept(self) -> None:
        """Save every page that changed; a refusal shows its page and the window stays open."""
        from app.ui.changes import Change, announce

        saved = False
        language_changed = self.language.changed()
        for index, page in enumerate(self.pages()):
            if not page.changed():
                continue
            if not page.save():
                self.page_list.setCurrentRow(index)
                if saved:
                    announce(self.store, Change(settings=True), source=self)
                return
            saved = True
        if saved:
            announce(self.store, Change(settings=True), source=self)
        if language_changed:
            self.restart_now = self.ask_restart()
        super().accept()


def install_chosen_language() -> bool:
    """Install the translator for the language chosen in preferences before the window opens anew,
    so the sign-in and the new window speak it. False when it could not be installed."""
    from app.ui.i18n import install_language

    app = QCoreApplication.instance()
    return app is not None and bool(install_language(app, preferences.language()))
