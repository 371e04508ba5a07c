"""Consents of a case: who information may be exchanged with and what may be shared (a box per
scope: the plan, the assessment results, the evaluation, the journal); add and withdraw."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import recipients
from app.models.consents import Consent
from app.models.store import Store
from app.models.vocab import CONSENT_FORMS, CONSENT_RECIPIENTS, CONSENT_SCOPES
from app.ui.changes import Change, announce, changes_of
from app.ui.empty_state import empty_state
from app.ui.i18n import data_text
from app.ui.messages import run_validated
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import FlowLayout, WrappingCheckBox
from app.ui.tables import read_only_table
from app.ui.widgets import ChoiceCombo, DateEdit, FieldErrors

# The export log's documents and recipients on screens (the models' labels go into the journal copy)
_DOCUMENTS = {
    "plan": QT_TRANSLATE_NOOP("ConsentPanel", "Utvecklingsplan"),
    "report": QT_TRANSLATE_NOOP("ConsentPanel", "Bedömningsrapport"),
    "record": QT_TRANSLATE_NOOP("ConsentPanel", "Journalkopia"),
    "form": QT_TRANSLATE_NOOP("ConsentPanel", "Blankett"),
    "info_sheet": QT_TRANSLATE_NOOP("ConsentPanel", "Informationsblad"),
    "caseload": QT_TRANSLATE_NOOP("ConsentPanel", "Ärendelista"),
    "sus": QT_TRANSLATE_NOOP("ConsentPanel", "Uppföljning/SUS"),
    "finsam": "Uppföljning Finsam",  # a name
    "interventions": QT_TRANSLATE_NOOP("ConsentPanel", "Insatser"),
    "instrument_data": QT_TRANSLATE_NOOP("ConsentPanel", "Instrumentdata"),
    "import_template": QT_TRANSLATE_NOOP("ConsentPanel", "Importmall"),
    "log_extract": QT_TRANSLATE_NOOP("ConsentPanel", "Loggutdrag"),
    "access_log": QT_TRANSLATE_NOOP("ConsentPanel", "Åtkomstlogg"),
    "erasure_letter": QT_TRANSLATE_NOOP("ConsentPanel", "Svar på begäran om radering"),
    "invitation": QT_TRANSLATE_NOOP("ConsentPanel", "Kallelse till möte"),
    "meeting_record": QT_TRANSLATE_NOOP("ConsentPanel", "Mötesanteckningar till klienten"),
}
_RECIPIENTS = {
    recipients.RecipientKey.CLIENT: QT_TRANSLATE_NOOP("ConsentPanel", "Klienten"),
    recipients.RecipientKey.AF: "Arbetsförmedlingen",  # names
    recipients.RecipientKey.FK: "Försäkringskassan",
    recipients.RecipientKey.HEALTHCARE: QT_TRANSLATE_NOOP("ConsentPanel", "Vården"),
    recipients.RecipientKey.EMPLOYER: QT_TRANSLATE_NOOP("ConsentPanel", "Arbetsgivaren"),
    recipients.RecipientKey.IFO: QT_TRANSLATE_NOOP("ConsentPanel", "IFO/socialtjänsten"),
    recipients.RecipientKey.OTHER: QT_TRANSLATE_NOOP("ConsentPanel", "Annan mottagare"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentPanel", text)  # texts marked above


def _document(key: str) -> str:
    return _tr(_DOCUMENTS[key]) if key in _DOCUMENTS else key


def _recipient(key: str) -> str:
    return _tr(_RECIPIENTS[key]) if key in _RECIPIENTS else recipients.label(key)


def _recipient_of(consent: Consent) -> str:
    label = data_text(CONSENT_RECIPIENTS.label(consent.recipient))
    return f"{label}: {consent.recipient_other}" if consent.recipient_other else label


def _scopes_of(consent: Consent) -> str:
    return ", ".join(data_text(label) for key, label in CONSENT_SCOPES if key in consent.scope_keys)


def _state(consent: Consent, store: Store) -> str:
    if consent.withdrawn_date:
        return QCoreApplication.translate("ConsentPanel", "Återkallat %1").replace("%1", consent.withdrawn_date)
    return (QCoreApplication.translate("ConsentPanel", "Gäller") if consent.is_valid_on(store.today())
            else QCoreApplication.translate("ConsentPanel", "Ej giltigt än"))


class ConsentPanel(QWidget):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.client_id = store.cases.get(case_id).client_id
        self.model = RecordTableModel([
            (self.tr("Mottagare"), _recipient_of),
            (self.tr("Hur"), lambda c: data_text(CONSENT_FORMS.label(c.form))),
            (self.tr("Givet"), lambda c: c.given_date),
            (self.tr("Status"), lambda c: _state(c, store)),
            (self.tr("Får lämnas ut"), _scopes_of),
            (self.tr("Omfattning"), lambda c: c.scope),
        ], self)
        self.table = read_only_table(self.model, self.tr("Samtycken"))
        empty_state(self.table, self.tr("Inga samtycken ännu. Registrera klientens samtycke innan ni lämnar ut något."))
        header = self.table.horizontalHeader()
        for column in range(5):  # a case has a handful of consents: sizing to contents is cheap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

        self.errors = FieldErrors()
        self.recipient = ChoiceCombo(CONSENT_RECIPIENTS, self.tr("Mottagare"), placeholder=self.tr("Välj…"))
        self.recipient_other = QLineEdit()
        self.recipient_other.setAccessibleName(self.tr("Annan mottagare"))
        self.form = ChoiceCombo(CONSENT_FORMS, self.tr("Hur samtycket gavs"))
        self.given = DateEdit(self.tr("Datum för samtycke"))
        # What may be shared: one box per scope, none ticked (the client says what, the therapist ticks it)
        self.scope_boxes: dict[str, QCheckBox] = {}
        scope_row = FlowLayout()  # onto more lines in a narrow pane
        for key, label in CONSENT_SCOPES:
            row = WrappingCheckBox(data_text(label))  # wraps rather than run out of a narrow pane
            row.box.setAccessibleName(self.tr("Samtycket omfattar: %1").replace("%1", data_text(label)))
            self.scope_boxes[key] = row.box
            scope_row.addWidget(row)
        self.scopes = QWidget()
        self.scopes.setAccessibleName(self.tr("Får lämnas ut"))
        self.scopes.setLayout(scope_row)
        scope_row.setContentsMargins(0, 0, 0, 0)
        self.scope = QLineEdit()
        self.scope.setAccessibleName(self.tr("Omfattning, med klientens ord"))
        self.scope.setPlaceholderText(self.tr("t.ex. utlåtande om arbetsförmåga till handläggaren"))
        self.withdraw_date = DateEdit(self.tr("Datum för återkallelse"))
        add_button = QPushButton(self.tr("Registrera &samtycke"))
        add_button.clicked.connect(self.add)
        withdraw_button = QPushButton(self.tr("&Återkalla markerat"))
        withdraw_button.clicked.connect(self.withdraw)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # the label above in a narrow pane
        for field, label, widget in (
            ("recipient", self.tr("Mottagare"), self.recipient),
            ("recipient_other", self.tr("Annan mottagare"), self.recipient_other),
            ("form", self.tr("Hur"), self.form),
            ("given_date", self.tr("Datum"), self.given),
            ("scopes", self.tr("Får lämnas ut"), self.scopes),
            ("scope", self.tr("Omfattning"), self.scope),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, widget))
        form.labelForField(self.scopes).setBuddy(self.scope_boxes[CONSENT_SCOPES.keys()[0]])
        withdraw_row = FlowLayout()  # the date under the button in a narrow pane (200 %)
        withdraw_row.addWidget(withdraw_button)
        withdraw_row.addWidget(self.withdraw_date)
        self.withdraw_error = self.errors.label_for("withdrawn_date", self.withdraw_date)

        # What has left the app for this case, and to whom (the export log): beside the consents it rests on
        self.export_model = RecordTableModel([
            (self.tr("Tid"), lambda e: e.exported_at[:16]),
            (self.tr("Dokument"), lambda e: _document(e.document)),
            (self.tr("Till"), lambda e: _recipient(e.recipient)),
            (self.tr("Av"), lambda e: e.user or ""),
            (self.tr("Mapp"), lambda e: e.folder),
        ], self)
        self.exports = read_only_table(self.export_model, self.tr("Skapade dokument"))
        empty_state(self.exports, self.tr("Inga dokument skapade ännu. Dokumenten görs under Dokument på ärendet."))
        self.exports.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(withdraw_row)
        layout.addWidget(self.withdraw_error)
        layout.addLayout(form)
        layout.addWidget(add_button)
        exports_label = QLabel(self.tr("<b>Skapade dokument</b> (exportloggen: vad som skapats i ATAMA för "
                                       "ärendet och för vem)"))
        exports_label.setWordWrap(True)
        layout.addWidget(exports_label)
        layout.addWidget(self.exports, 1)
        self.reload()
        changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.touches_case(self.case_id) and not change.made_by(self):
            self.reload()  # a document handed out shows in the export log

    def reload(self) -> None:
        self.model.set_records(self.store.consents.for_case(self.case_id))
        self.export_model.set_records(self.store.export_log.entries(self.case_id))

    def add(self) -> None:
        def store_it() -> None:
            self.store.consents.add(self.case_id, self.recipient.key(), self.form.key(), self.given.iso(),
                                    self.scope.text(), self.recipient_other.text(), scopes=self.ticked_scopes())

        if run_validated(self, self.errors, store_it):
            self.recipient.set_key("")
            self.recipient_other.clear()
            self.scope.clear()
            for box in self.scope_boxes.values():
                box.setChecked(False)
            self.reload()
            self._announce()

    def ticked_scopes(self) -> list[str]:
        return [key for key, box in self.scope_boxes.items() if box.isChecked()]

    def withdraw(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.errors.show({"withdrawn_date": self.tr("Markera först samtycket som ska återkallas.")})
            return
        consent = self.model.record(index.row())
        if run_validated(self, self.errors, lambda: self.store.consents.withdraw(consent.id, self.withdraw_date.iso())):
            self.reload()
            self._announce()

    def _announce(self) -> None:
        announce(self.store, Change.case(self.case_id, self.client_id), source=self)
