"""Small dialogs of who may see what: the reason for opening another's case, who a case is open to,
changing one's own password. The rules are the services' (store.cases, store.users)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.cases import REASON_EXAMPLES
from app.models.store import Store
from app.ui.messages import run_validated
from app.ui.qt_binding import USER
from app.ui.user_dialog import password_field
from app.ui.widgets import ComboBox, FieldErrors

# cases.REASON_EXAMPLES marked for translation (the dialog shows them through self.tr)
_REASON_TEXTS = (QT_TRANSLATE_NOOP("CaseReasonDialog", "Jag täcker upp för en kollega"),
                 QT_TRANSLATE_NOOP("CaseReasonDialog", "Klienten har kontaktat mig"),
                 QT_TRANSLATE_NOOP("CaseReasonDialog", "Ärendet ska lämnas över till mig"))


class CaseReasonDialog(QDialog):
    """Why the signed-in user opens a case that is not theirs; ``reason`` once accepted. The opening
    itself (and its log row with the reason) is ``store.cases.open_for_reading``."""

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        case = store.cases.get(case_id)
        self.reason = ""
        self.setWindowTitle(self.tr("Öppna ett ärende som inte är ditt"))
        self.setMinimumWidth(460)
        text = QLabel(self.tr("Ärende %1 har %2 som ansvarig, och du är inte tillagd i det. Du kan öppna det "
                              "om du har skäl, till exempel att du täcker upp för en kollega. Öppningen och "
                              "skälet loggas och granskas i loggkontrollen.")
                      .replace("%1", case.case_number).replace("%2", case.responsible_name or self.tr("ingen")))
        text.setWordWrap(True)
        self.choice = ComboBox()
        self.choice.setEditable(True)
        for example in REASON_EXAMPLES:  # shown in the screens' language; the log gets the Swedish (_accept)
            self.choice.addItem(self.tr(example), example)
        self.choice.setCurrentIndex(-1)
        self.choice.setAccessibleName(self.tr("Skäl att öppna ärendet"))
        self.choice.lineEdit().setPlaceholderText(self.tr("Välj eller skriv ett skäl"))
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("&Skäl"), self.choice)
        form.addRow("", self.errors.label_for("reason", self.choice))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Öppna ärendet"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.choice.setFocus()

    def _accept(self) -> None:
        text = self.choice.currentText().strip()
        index = self.choice.findText(text)
        if index >= 0 and self.choice.itemData(index):
            text = self.choice.itemData(index)  # an example as chosen: the access log keeps it in Swedish
        if not text:
            self.errors.show({"reason": self.tr("Ange ett skäl för att öppna ärendet.")})
            return
        if len(text) > 500:
            self.errors.show({"reason": self.tr("Skälet får vara högst 500 tecken.")})
            return
        self.reason = text
        self.accept()


class CaseMembersDialog(QDialog):
    """Who the case is open to: its responsible and the users added here (by the responsible or an
    administrator; each change a RIGHTS row in the access log)."""

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        case = store.cases.get(case_id)
        self.setWindowTitle(self.tr("Tillgång till ärende %1").replace("%1", case.case_number))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Ärendet är öppet för den ansvariga (%1) och för dem som läggs till här. Andra "
                               "måste ange skäl för att öppna det.")
                       .replace("%1", case.responsible_name or self.tr("ingen")))
        intro.setWordWrap(True)
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Tillagda användare"))
        self.others = ComboBox()
        self.others.setAccessibleName(self.tr("Användare att lägga till"))
        self.add_button = QPushButton(self.tr("&Lägg till"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Ta bort markerad"))
        self.remove_button.clicked.connect(self.remove)
        allowed = store.cases.may_change_members(case_id)
        for widget in (self.others, self.add_button, self.remove_button):
            widget.setEnabled(allowed)
            if not allowed:
                widget.setToolTip(self.tr("Bara ärendets ansvariga eller en administratör kan ändra tillgången."))
        row = QHBoxLayout()
        row.addWidget(self.others, 1)
        row.addWidget(self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Tillagda:")))
        layout.addWidget(self.members)
        layout.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(close)
        self.errors = FieldErrors()
        self.refresh()

    def refresh(self) -> None:
        members = self.store.cases.members(self.case_id)
        responsible = self.store.cases.get(self.case_id).responsible_user_id
        self.members.clear()
        self.others.clear()
        for user in self.store.users.all():
            if user.id in members:
                item = QListWidgetItem(user.display)
                item.setData(USER, user.id)
                self.members.addItem(item)
            elif user.id != responsible and user.active:
                self.others.addItem(user.display, user.id)

    def add(self) -> None:
        user_id = self.others.currentData()
        if user_id is not None and run_validated(self, self.errors,
                                                 lambda: self.store.cases.add_member(self.case_id, user_id)):
            self.refresh()

    def remove(self) -> None:
        item = self.members.currentItem()
        if item is not None and run_validated(self, self.errors, lambda: self.store.cases.remove_member(
                self.case_id, item.data(USER))):
            self.refresh()


class ChangePasswordDialog(QDialog):
    """The signed-in user changes their own password."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Byt lösenord"))
        self.old = password_field(self.tr("Nuvarande lösenord"))
        self.new = password_field(self.tr("Nytt lösenord"))
        self.repeat = password_field(self.tr("Upprepa det nya lösenordet"))
        self.errors = FieldErrors()
        form = QFormLayout(self)
        for field, label, widget in (("old", self.tr("&Nuvarande lösenord"), self.old),
                                     ("new", self.tr("N&ytt lösenord (minst 8 tecken)"), self.new),
                                     ("repeat", self.tr("&Upprepa det nya"), self.repeat)):
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, widget))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Byt lösenord"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        if run_validated(self, self.errors, lambda: self.store.users.change_password(
                self.old.text(), self.new.text(), self.repeat.text())):
            self.accept()
