"""A client's request for erasure: record when and how it came and what they asked, then make the
answer (a letter that refuses, citing the retention duty). Nothing is deleted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.models.erasure import CHANNELS, ErasureInput, ErasureRequest
from app.models.store import Store
from app.models.vocab import Choices
from app.ui.export_actions import ExportRunner
from app.ui.messages import run_validated
from app.ui.widgets import ChoiceCombo, DateEdit, FieldErrors, save_cancel_buttons, text_edit

EXPLAIN = QT_TRANSLATE_NOOP(
    "ErasureDialog", "Begäran registreras och besvaras med ett brev till klienten: journalen raderas inte, eftersom "
    "den ska sparas i minst tio år (patientdatalagen 3 kap. 17 §, GDPR artikel 17.3 b). Brevet berättar vad "
    "klienten kan göra i stället. <b>Ingenting raderas.</b>")
# CHANNELS' labels on the screen (the model's go into the letter, in Swedish)
_CHANNEL_TEXTS = {"brev": QT_TRANSLATE_NOOP("ErasureDialog", "Brev"),
                  "e-post": QT_TRANSLATE_NOOP("ErasureDialog", "E-post"),
                  "telefon": QT_TRANSLATE_NOOP("ErasureDialog", "Telefon"),
                  "besok": QT_TRANSLATE_NOOP("ErasureDialog", "Vid besök"),
                  "annat": QT_TRANSLATE_NOOP("ErasureDialog", "Annat sätt")}


class ErasureDialog(QDialog):
    """Tests replace ``runner.ask_path`` and ``runner.offer_open``."""

    def __init__(self, store: Store, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        self.saved: ErasureRequest | None = None
        self.letter = None
        self.runner = ExportRunner(store, self)
        client = store.clients.get(client_id)
        self.setWindowTitle(self.tr("Begäran om radering – %1").replace("%1", client.full_name))
        self.setMinimumWidth(560)
        self.errors = FieldErrors()

        explain = QLabel(self.tr(EXPLAIN))
        explain.setWordWrap(True)
        self.received = DateEdit(self.tr("Datum då begäran kom in"))
        self.received.set_iso(store.today())
        channels = Choices(tuple((key, self.tr(_CHANNEL_TEXTS.get(key, label))) for key, label in CHANNELS))
        self.channel = ChoiceCombo(channels, self.tr("Hur begäran kom in"), placeholder=self.tr("Välj…"))
        self.request_text = text_edit(self.tr("Vad klienten begär"), height=110)
        user = store.users.current()
        recorder = QLabel(escape(user.display) if user else "–")
        recorder.setObjectName("recorded_by")

        form = QFormLayout()
        for field, label, widget in (("received_date", self.tr("&Inkom"), self.received),
                                     ("channel", self.tr("&Hur"), self.channel),
                                     ("request_text", self.tr("&Vad klienten begär"), self.request_text)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            form.addRow("", self.errors.label_for(field, widget))
        form.addRow(self.tr("Registreras av"), recorder)
        earlier = store.erasure.for_client(client_id)
        if earlier:
            listed = ", ".join(self.tr("%1 (besvarad)").replace("%1", r.received_date) if r.answered_at
                               else r.received_date for r in earlier)
            form.addRow(self.tr("Tidigare begäran"), QLabel(escape(listed)))

        self.buttons = save_cancel_buttons(self.tr("Registrera och skapa &brev…"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.errors.label_for("", self))
        layout.addWidget(self.buttons)

    def input(self) -> ErasureInput:
        return ErasureInput(received_date=self.received.iso(), channel=self.channel.key(),
                            request_text=self.request_text.toPlainText())

    def save(self) -> None:
        if self.saved is None:
            def record() -> None:
                self.saved = self.store.erasure.record(self.client_id, self.input())
            if not run_validated(self, self.errors, record):
                return
        assert self.saved is not None
        request_id = self.saved.id
        self.letter = self.runner.run(
            f"Svar på begäran om radering {self.store.today().isoformat()}.pdf", self.tr("Skapar brevet…"),
            lambda exports, path: exports.erasure_letter(request_id, path))
        if self.letter is None:  # recorded, but no letter yet: the dialog stays for another try
            from PySide6.QtWidgets import QDialogButtonBox

            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Skapa &brevet…"))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Stäng"))
            for widget in (self.received, self.channel, self.request_text):
                widget.setEnabled(False)
            return
        self.accept()
