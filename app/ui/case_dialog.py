"""Open a case from a referral, or edit its referral details."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.cases import Case, CaseInput
from app.models.store import Store
from app.models.vocab import REFERRERS, TARGET_GROUPS
from app.ui.messages import run_validated
from app.ui.situation_box import SituationBox
from app.ui.widgets import (
    ChoiceCombo,
    ComboBox,
    DateEdit,
    FieldErrors,
    OptionalDateEdit,
    save_cancel_buttons,
)


class CaseDialog(QDialog):
    def __init__(self, store: Store, client_id: int, case: Case | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        self.case = case
        self.saved: Case | None = None
        client = store.clients.get(client_id)
        title = self.tr("Ärende %1").replace("%1", case.case_number) if case else self.tr("Nytt ärende")
        self.setWindowTitle(f"{title} – {client.full_name}")
        self.setMinimumWidth(560)
        self.errors = FieldErrors()

        self.referral_date = DateEdit(self.tr("Remissdatum"))
        self.referred_by = ChoiceCombo(REFERRERS, self.tr("Remittent"), placeholder=self.tr("Välj…"))
        self.referred_by_other = QLineEdit()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.target_group = ChoiceCombo(TARGET_GROUPS, self.tr("Målgrupp"), placeholder=self.tr("Välj…"))
        self.responsible = ComboBox()
        for user in store.users.all():
            self.responsible.addItem(user.display, user.id)
        self.ama_start = OptionalDateEdit(self.tr("Startdatum på AMA"))

        form = QFormLayout()
        rows = [
            ("referral_date", self.tr("Remiss&datum"), self.referral_date),
            ("referred_by", self.tr("Remitterad &av"), self.referred_by),
            ("referred_by_other", self.tr("Annan &remittent"), self.referred_by_other),
            ("reason", self.tr("A&nledning"), self.reason),
            ("target_group", self.tr("&Målgrupp"), self.target_group),
            ("responsible_user_id", self.tr("Ans&varig"), self.responsible),
            ("ama_start_date", self.tr("Start &på AMA"), self.ama_start),
        ]
        for field, label, widget in rows:
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, widget))

        # The situation at the start, for follow-up (SUS); only when opening, and it may be left out.
        self.before_box = None
        if case is None:
            self.before_box = SituationBox(self.tr("Klientens situation vid start (för uppföljning)"), "before",
                                           self.errors, dated=True)
            self.before_box.setCheckable(True)
            self.before_box.setChecked(True)

        buttons = save_cancel_buttons(self.tr("&Spara") if case else self.tr("&Öppna ärende"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.before_box is not None:
            layout.addWidget(self.before_box)
        layout.addWidget(buttons)

        self.referred_by.currentIndexChanged.connect(self._toggle_other)
        self._load(case.as_input() if case else CaseInput(responsible_user_id=store.user_id))
        self._toggle_other()

    def _load(self, data: CaseInput) -> None:
        if data.referral_date:
            self.referral_date.set_iso(data.referral_date)
        self.referred_by.set_key(data.referred_by)
        self.referred_by_other.setText(data.referred_by_other)
        self.reason.setPlainText(data.reason)
        self.target_group.set_key(data.target_group)
        index = self.responsible.findData(data.responsible_user_id)
        self.responsible.setCurrentIndex(max(index, 0))
        self.ama_start.set_iso(data.ama_start_date)

    def _toggle_other(self) -> None:
        self.referred_by_other.setEnabled(self.referred_by.key() == "annan")

    def input(self) -> CaseInput:
        return CaseInput(
            referral_date=self.referral_date.iso(),
            referred_by=self.referred_by.key(),
            referred_by_other=self.referred_by_other.text(),
            reason=self.reason.toPlainText(),
            target_group=self.target_group.key(),
            responsible_user_id=self.responsible.currentData(),
            ama_start_date=self.ama_start.iso(),
        )

    def save(self) -> None:
        def store_it() -> None:
            if self.case:
                self.saved = self.store.cases.update(self.case.id, self.input())
            else:
                before = self.before_box.input() if self.before_box.isChecked() else None
                self.saved = self.store.cases.open(self.client_id, self.input(), before)

        if run_validated(self, self.errors, store_it):
            self.accept()
