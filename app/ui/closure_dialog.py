"""Closing a case: outcome, further occupational therapy, the client's situation after (and before,
if it was not recorded when the case opened). Saving records the closure and finishes Avsluta
in one transaction."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.closure import ClosureInput
from app.models.store import Store
from app.models.vocab import StepKey, closure_outcomes_for
from app.ui.i18n import data_text
from app.ui.messages import run_validated
from app.ui.situation_box import SituationBox
from app.ui.small_screens import scrolling_dialog, size_on_screen
from app.ui.widgets import ChoiceCombo, DateEdit, FieldErrors, save_cancel_buttons


class ClosureDialog(QDialog):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        case = store.cases.get(case_id)
        self.setWindowTitle(self.tr("Avsluta ärende %1").replace("%1", case.case_number))
        self.errors = FieldErrors()
        draft = store.closure.draft_input(case_id)
        self.needs_reason = store.process.needs_reason_to_close(case_id)

        self.closed_date = DateEdit(self.tr("Avslutsdatum"))
        self.closed_date.set_iso(draft.closed_date)
        # an employee with repeated short-term absence sees the employee outcomes first (vocab)
        self.outcome = ChoiceCombo(closure_outcomes_for(case.target_group), self.tr("Utfall"),
                                   placeholder=self.tr("Välj…"))
        self.outcome_other = QLineEdit()
        self.continued_where = QPlainTextEdit(draft.continued_where)
        self.continued_purpose = QPlainTextEdit(draft.continued_purpose)
        self.collaboration = QPlainTextEdit(draft.collaboration)
        self.reason = QPlainTextEdit()
        for editor in (self.continued_where, self.continued_purpose, self.collaboration, self.reason):
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(60)

        # The three about what follows are the Avsluta step's own questions (the draft is their
        # answers), asked the same way here: resources/process.json
        asked = {q.key: data_text(q.text) for part in store.process.definition.step(StepKey.CLOSE).parts
                 for q in part.questions}
        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # the question above its answer when narrow
        rows = [("closed_date", self.tr("Avslutsdatum"), self.closed_date),
                ("outcome", self.tr("&Utfall"), self.outcome),
                ("outcome_other", self.tr("Annat utfall"), self.outcome_other),
                ("continued_where", asked["avsluta.var"], self.continued_where),
                ("continued_purpose", asked["avsluta.syfte"], self.continued_purpose),
                ("collaboration", asked["avsluta.samverkan"], self.collaboration)]
        if self.needs_reason:
            rows.append(("reason", self.tr("Varför utan utvärdering?"), self.reason))
        for field, label, widget in rows:
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, widget))

        self.before_box = None
        if store.closure.before(case_id) is None:
            self.before_box = SituationBox(self.tr("Före (saknas för ärendet)"), "before", self.errors, dated=True)
        self.after_box = SituationBox(self.tr("Efter"), "after", self.errors, dated=False)
        self.after_box.load(draft.after)

        buttons = save_cancel_buttons(self.tr("&Avsluta ärendet"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        if self.before_box is not None:
            layout.addWidget(self.before_box)
        layout.addWidget(self.after_box)
        layout.addWidget(self.errors.label_for("", self))
        # 760 px: the questions are whole sentences and the answers keep a useful width; less, and
        # scrolling up and down, where the screen is smaller (150–200 %)
        scrolling_dialog(self, content, buttons)
        size_on_screen(self, max(760, self.width()), self.height())

    def input(self) -> ClosureInput:
        return ClosureInput(
            outcome=self.outcome.key(),
            outcome_other=self.outcome_other.text(),
            closed_date=self.closed_date.iso(),
            continued_where=self.continued_where.toPlainText(),
            continued_purpose=self.continued_purpose.toPlainText(),
            collaboration=self.collaboration.toPlainText(),
            after=self.after_box.input(),
            reason=self.reason.toPlainText() if self.needs_reason else "",
            before=self.before_box.input() if self.before_box is not None else None,
        )

    def save(self) -> None:
        if self.needs_reason and not self.reason.toPlainText().strip():
            self.errors.show({"reason": self.tr(
                "Utvärdera är inte klar. Ange varför ärendet avslutas utan utvärdering.")})
            return
        if run_validated(self, self.errors, lambda: self.store.closure.close_case(self.case_id, self.input())):
            self.accept()
