"""Enhetens uppgifter… (Arkiv): the unit's identity that every document prints in its frame —
municipality, unit, address, phone, e-mail, an optional logo — and the signed-in user's own phone
and e-mail, printed with their name on documents about their cases. The unit's part is an
administrator's: others see it as text, not as fields that look editable, with who may change it;
the rules are in app/models/unit.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.models.unit import UnitIdentity, UnitInput
from app.ui.file_dialogs import open_file_name
from app.ui.messages import run_validated
from app.ui.widgets import FieldErrors, save_cancel_buttons


def _line(name: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    return edit


class UnitDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Enhetens uppgifter"))
        self.resize(600, 520)
        self.errors = FieldErrors()
        self.is_admin = store.users.is_admin()
        identity = store.unit.identity()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Uppgifterna står i sidhuvudet och sidfoten på alla dokument som ATAMA skapar."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        unit_box = QGroupBox(self.tr("Enheten"))
        unit_form = QFormLayout(unit_box)
        if self.is_admin:
            self._editable_unit(unit_form, identity)
        else:
            self._shown_unit(unit_form, identity)
        layout.addWidget(unit_box)

        me = store.users.current()
        own_box = QGroupBox(self.tr("Dina kontaktuppgifter (på dokument om ärenden där du är ansvarig)"))
        own_form = QFormLayout(own_box)
        self.my_phone = _line(self.tr("Ditt telefonnummer"), me.phone if me else "")
        self.my_email = _line(self.tr("Din e-postadress"), me.email if me else "")
        self._row(own_form, "my_phone", self.tr("Ditt tele&fonnummer"), self.my_phone)
        self._row(own_form, "my_email", self.tr("Din e-&postadress"), self.my_email)
        layout.addWidget(own_box)

        buttons = save_cancel_buttons(self.tr("&Spara"))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.municipality if self.is_admin else self.my_phone).setFocus()
        if not self.is_admin:  # the text takes less room than the fields
            self.resize(600, self.sizeHint().height())

    def _editable_unit(self, unit_form: QFormLayout, identity: UnitIdentity) -> None:
        self.municipality = _line(self.tr("Kommun"), identity.municipality)
        self.name = _line(self.tr("Enhetens namn"), identity.name)
        self.address = _line(self.tr("Adress"), identity.address)
        self.phone = _line(self.tr("Enhetens telefon"), identity.phone)
        self.email = _line(self.tr("Enhetens e-post"), identity.email)
        self.logo_path = _line(self.tr("Ny logotyp (fil)"))
        self.logo_path.setPlaceholderText(self.tr("PNG eller JPEG, högst 1 MB"))
        self.choose_logo = QPushButton(self.tr("Väl&j fil…"))
        self.choose_logo.setAccessibleName(self.tr("Välj logotypfil"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QCheckBox(self.tr("Ta &bort logotypen"))
        self.remove_logo.setEnabled(identity.logo is not None)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.choose_logo)
        for field, text, widget in (("municipality", self.tr("&Kommun"), self.municipality),
                                    ("name", self.tr("Enhetens &namn"), self.name),
                                    ("address", self.tr("&Adress"), self.address),
                                    ("phone", self.tr("&Telefon"), self.phone),
                                    ("email", self.tr("&E-post"), self.email)):
            self._row(unit_form, field, text, widget)
        logo_label = QLabel(self.tr("&Logotyp"))
        logo_label.setBuddy(self.logo_path)
        unit_form.addRow(logo_label, logo_row)
        unit_form.addRow("", self.errors.label_for("logo", self.logo_path))
        unit_form.addRow("", self._logo_preview(identity))
        unit_form.addRow("", self.remove_logo)

    def _shown_unit(self, unit_form: QFormLayout, identity: UnitIdentity) -> None:
        """The unit's fields as text one can read and copy, and who may change them."""
        note = QLabel(self.store.unit.who_may_change())
        note.setWordWrap(True)
        note.setObjectName("unit_read_only_note")
        unit_form.addRow(note)
        self.shown: dict[str, QLabel] = {}
        not_given = self.tr("inte angivet")
        for key, text, value in (("municipality", self.tr("Kommun"), identity.municipality),
                                 ("name", self.tr("Enhetens namn"), identity.name),
                                 ("address", self.tr("Adress"), identity.address),
                                 ("phone", self.tr("Telefon"), identity.phone),
                                 ("email", self.tr("E-post"), identity.email)):
            shown = QLabel(value or "–")
            shown.setAccessibleName(f"{text}: {value or not_given}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            self.shown[key] = shown
            unit_form.addRow(f"{text}:", shown)
        unit_form.addRow(self.tr("Logotyp:"), self._logo_preview(identity))

    def _logo_preview(self, identity: UnitIdentity) -> QLabel:
        self.logo_preview = QLabel(self.tr("Ingen logotyp") if identity.logo is None else "")
        self.logo_preview.setAccessibleName(self.tr("Nuvarande logotyp"))
        if identity.logo is not None:
            pixmap = QPixmap()
            pixmap.loadFromData(identity.logo)
            self.logo_preview.setPixmap(pixmap.scaledToHeight(40))
        return self.logo_preview

    def _row(self, form: QFormLayout, field: str, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
        form.addRow("", self.errors.label_for(field, widget))

    def _choose_logo(self) -> None:
        name = open_file_name(self, self.tr("Välj logotyp"), self.logo_path.text() or "",
                              self.tr("Bilder (*.png *.jpg *.jpeg)"))
        if name:
            self.logo_path.setText(name)

    def unit_input(self) -> UnitInput:
        return UnitInput(municipality=self.municipality.text(), name=self.name.text(), address=self.address.text(),
                         phone=self.phone.text(), email=self.email.text(),
                         logo_path=self.logo_path.text().strip() or None, remove_logo=self.remove_logo.isChecked())

    def _save(self) -> None:
        """Both parts in one save: a refusal of either leaves nothing half-saved."""
        self.store.unit.save(self.unit_input() if self.is_admin else None,
                             contact=(self.my_phone.text(), self.my_email.text()))

    def accept(self) -> None:
        if run_validated(self, self.errors, self._save):
            super().accept()
