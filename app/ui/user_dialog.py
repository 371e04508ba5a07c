"""Choose who is working (or create a profile) at start; everything written is signed with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.models.users import User
from app.models.vocab import USER_TITLES
from app.ui.messages import run_validated
from app.ui.widgets import ChoiceCombo, FieldErrors


class UserDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.chosen: User | None = None
        self.setWindowTitle(self.tr("ATAMA – välj användare"))
        self.setMinimumWidth(420)
        self.users = QListWidget()
        self.users.setAccessibleName(self.tr("Användarprofiler"))
        last = store.users.last_signed_in()
        for user in store.users.all():
            item = QListWidgetItem(user.display)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            self.users.addItem(item)
            if last and user.id == last.id:
                self.users.setCurrentItem(item)
        if self.users.count() and self.users.currentRow() < 0:
            self.users.setCurrentRow(0)
        self.users.itemActivated.connect(lambda _item: self.choose())
        choose = self.choose_button = QPushButton(self.tr("&Fortsätt som vald användare"))
        choose.setDefault(True)
        choose.clicked.connect(self.choose)

        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Namn på ny profil"))
        self.title = ChoiceCombo(USER_TITLES, self.tr("Titel"))
        create = self.create_button = QPushButton(self.tr("&Skapa profil och fortsätt"))
        create.clicked.connect(self.create)
        new_box = self.new_box = QGroupBox(self.tr("Ny profil"))
        form = QFormLayout(new_box)
        form.addRow(self.tr("&Namn"), self.name)
        form.addRow("", self.errors.label_for("name", self.name))
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow("", create)

        layout = QVBoxLayout(self)
        if self.users.count():
            layout.addWidget(QLabel(self.tr("Vem arbetar i ATAMA nu?")))
            layout.addWidget(self.users)
            layout.addWidget(choose)
        else:
            layout.addWidget(QLabel(self.tr("Välkommen! Skapa din användarprofil för att börja.")))
            self.users.hide()
            choose.hide()
            self.name.setFocus()
        layout.addWidget(new_box)
        # Enter does what the part being filled in is for: in Ny profil it creates the profile
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        in_new_profile = new is not None and self.new_box.isAncestorOf(new)
        self.create_button.setDefault(in_new_profile)
        self.choose_button.setDefault(not in_new_profile)

    def choose(self) -> None:
        item = self.users.currentItem()
        if item is None:
            return
        self.chosen = self.store.users.sign_in(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def create(self) -> None:
        def store_it() -> None:
            user = self.store.users.add(self.name.text(), self.title.key())
            self.chosen = self.store.users.sign_in(user.id)

        if run_validated(self, self.errors, store_it):
            self.accept()
