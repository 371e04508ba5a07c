"""The unit's identity that every document prints in its frame — municipality, unit, address, phone,
e-mail, an optional logo — and the signed-in user's own phone and e-mail, printed with their name on
documents about their cases: ``UnitForm``, the settings window's pages "Enheten" (the unit's part)
and "Min profil" (one's own contact). The unit's part is an administrator's: others see it as text,
not as fields that look editable, with who may change it; the rules are in app/models/unit.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
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
from app.ui.widgets import FieldErrors


def _line(name: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    return edit


class UnitForm(QWidget):
    """``unit``: the unit's part (fields for an administrator, text for others); ``contact``: the
    signed-in user's phone and e-mail. ``save()`` saves both parts in one go (False: refused, the
    messages at the fields and the typing kept)."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, unit: bool = True, contact: bool = True):
        super().__init__(parent)
        self.store = store
        self.errors = FieldErrors()
        self.with_unit, self.with_contact = unit, contact
        self.is_admin = store.users.is_admin()
        identity = store.unit.identity()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if unit:
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

        if contact:
            me = store.users.current()
            own_box = QGroupBox(self.tr("Dina kontaktuppgifter (på dokument om ärenden där du är ansvarig)"))
            own_form = QFormLayout(own_box)
            self.my_phone = _line(self.tr("Ditt telefonnummer"), me.phone if me else "")
            self.my_email = _line(self.tr("Din e-postadress"), me.email if me else "")
            self._row(own_form, "my_phone", self.tr("Ditt tele&fonnummer"), self.my_phone)
            self._row(own_form, "my_email", self.tr("Din e-&postadress"), self.my_email)
            layout.addWidget(own_box)
        layout.addStretch(1)
        self._saved = self._typed()

    def first_field(self) -> QWidget:
        return self.municipality if self.with_unit and self.is_admin else self.my_phone

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

    def _typed(self) -> tuple:
        unit = (self.unit_input() if self.with_unit and self.is_admin else None)
        contact = (self.my_phone.text(), self.my_email.text()) if self.with_contact else None
        return unit, contact

    def changed(self) -> bool:
        return self._typed() != self._saved

    def _save(self) -> None:
        """Both parts in one save: a refusal of either leaves nothing half-saved."""
        unit, contact = self._typed()
        self.store.unit.save(unit, contact=contact)

    def save(self) -> bool:
        if not run_validated(self, self.errors, self._save):
            return False
        self._saved = self._typed()
        return True
