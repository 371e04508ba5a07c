"""Register or edit a client, with Swedish messages at the fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.models import personnummer
from app.models.clients import Client, ClientInput
from app.models.errors import ValidationError
from app.models.store import Store
from app.models.vocab import EDUCATION, GENDERS
from app.ui import style
from app.ui.i18n import data_text
from app.ui.messages import run_validated
from app.ui.small_screens import scrolling_dialog
from app.ui.style import Tone
from app.ui.widgets import ChoiceCombo, FieldErrors, save_cancel_buttons


class ClientDialog(QDialog):
    def __init__(self, store: Store, client: Client | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.client = client
        self.saved: Client | None = None
        self.setWindowTitle(self.tr("Redigera klient") if client else self.tr("Ny klient"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.pnr = QLineEdit()
        self.pnr.setPlaceholderText(self.tr("ÅÅÅÅMMDD-NNNN"))
        self.pnr_status = QLabel()
        style.set_tone(self.pnr_status, Tone.MUTED)
        self.pnr_status.setWordWrap(True)
        self.no_pnr = QCheckBox(self.tr("Personen saknar personnummer och samordningsnummer"))
        self.birth_year = QLineEdit()
        self.birth_year.setPlaceholderText(self.tr("ÅÅÅÅ"))
        self.birth_year.setMaxLength(4)
        self.gender = ChoiceCombo(GENDERS, self.tr("Kön"), placeholder=self.tr("Välj…"))
        # What the number last proposed (personnummer.proposed_gender): kön follows the number while it
        # is unset or still holds that proposal; once the user chose otherwise, the number leaves it.
        self._proposed_gender: str | None = None
        self.education = ChoiceCombo(EDUCATION, self.tr("Högsta utbildning"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)
        self.anonymous = QCheckBox(self.tr("Anonym i statistik (insatsstatistiken; till Finsam avgör samtycket)"))
        self.protected = QCheckBox(self.tr("Skyddad identitet (dölj personnumret i listor)"))

        form = QFormLayout()
        rows = [
            ("first_name", self.tr("&Förnamn"), self.first_name),
            ("last_name", self.tr("&Efternamn"), self.last_name),
            ("personnummer", self.tr("&Personnummer"), self.pnr),
            (None, "", self.pnr_status),
            (None, "", self.no_pnr),
            ("birth_year", self.tr("Födelse&år"), self.birth_year),
            ("gender", self.tr("&Kön"), self.gender),
            ("education", self.tr("Högsta &utbildning"), self.education),
            ("phone", self.tr("&Telefon"), self.phone),
            ("email", self.tr("E-p&ost"), self.email),
            ("address", self.tr("&Adress"), self.address),
            (None, "", self.anonymous),
            (None, "", self.protected),
        ]
        for field, label, widget in rows:
            if label:
                widget.setAccessibleName(label.replace("&", ""))
                form.addRow(label, widget)
            else:
                form.addRow(widget)
            if field:
                form.addRow("", self.errors.label_for(field, widget))

        buttons = save_cancel_buttons(self.tr("&Spara"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        fields = QWidget()
        fields.setLayout(form)
        scrolling_dialog(self, fields, buttons)  # at 200 % the fields scroll, the buttons stay

        self.no_pnr.toggled.connect(self._toggle_pnr)
        self.pnr.editingFinished.connect(self._check_pnr)
        self.pnr.textChanged.connect(self._propose_gender)
        if client:
            self._load(client.as_input())
        else:
            self.education.set_key("okand")
        self._toggle_pnr(self.no_pnr.isChecked())
        self._as_opened = self.input()  # Escape or Avbryt asks first once something differs from this

    def _load(self, data: ClientInput) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        self.pnr.setText(data.personnummer)
        self.no_pnr.setChecked(not data.personnummer)
        self.birth_year.setText(str(data.birth_year or ""))
        self.gender.set_key(data.gender)
        self.education.set_key(data.education)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.address.setPlainText(data.address)
        self.anonymous.setChecked(data.anonymous_in_stats)
        self.protected.setChecked(data.protected_identity)

    def _toggle_pnr(self, without: bool) -> None:
        self.pnr.setEnabled(not without)
        self.birth_year.setEnabled(without)
        self.pnr_status.setVisible(not without)

    def _propose_gender(self) -> None:
        proposed = personnummer.proposed_gender(self.pnr.text(), self.store.today())
        if proposed is None:
            return
        current = self.gender.key()
        if current and current != self._proposed_gender:  # the user's own choice (or the stored one)
            return
        self._proposed_gender = proposed
        self.gender.set_key(proposed)

    def _check_pnr(self) -> None:
        """Immediate feedback while typing the number; the save re-checks everything."""
        text = self.pnr.text().strip()
        if not text:
            self.pnr_status.clear()
            return
        try:
            parsed = personnummer.parse(text, self.store.today())
        except ValidationError as exc:
            self.pnr_status.setText(exc.errors["personnummer"])
            style.set_tone(self.pnr_status, Tone.ERROR)
        else:
            self.pnr.setText(parsed.display)
            kind = self.tr("Samordningsnummer") if parsed.is_coordination else self.tr("Personnummer")
            status = self.tr("%1, född %2").replace("%1", kind).replace("%2", parsed.birth_date.isoformat())
            if self.gender.key() == self._proposed_gender == parsed.gender:
                status += self.tr(" · kön enligt numret: %1 (kan ändras)").replace(
                    "%1", data_text(GENDERS.label(parsed.gender)))
            self.pnr_status.setText(status)
            style.set_tone(self.pnr_status, Tone.OK)

    def input(self) -> ClientInput:
        without = self.no_pnr.isChecked()
        return ClientInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            personnummer="" if without else self.pnr.text(),
            birth_year=self.birth_year.text() if without else None,
            gender=self.gender.key(),
            education=self.education.key(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            anonymous_in_stats=self.anonymous.isChecked(),
            protected_identity=self.protected.isChecked(),
        )

    def save(self) -> None:
        data = self.input()
        if not self.no_pnr.isChecked() and not data.personnummer.strip():
            self.errors.show({"personnummer": self.tr(
                "Ange personnummer eller samordningsnummer, eller kryssa i att personen saknar ett.")})
            return

        def store_it() -> None:
            if self.client:
                self.saved = self.store.clients.update(self.client.id, data)
            else:
                self.saved = self.store.clients.add(data)

        if run_validated(self, self.errors, store_it):
            self.accept()

    def reject(self) -> None:
        """Escape, Avbryt or the window's close: what is typed is not thrown away without a question."""
        from app.ui.messages import ask_yes_no

        if self.saved is None and self.input() != self._as_opened and not ask_yes_no(
                self, self.tr("Inte sparat"),
                self.tr("Det du har skrivit om klienten är inte sparat. Stänga utan att spara?")):
            return
        super().reject()
