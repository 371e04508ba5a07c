"""The therapist's conclusion on the Utvärdera page: the summary assessment of work ability and the
recommendations the assessment report states, saved with its button and signed by its writer. A
signed conclusion is read-only; writing again after it starts a new one (app/models/conclusions.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from app.models.conclusions import Conclusion, ConclusionInput
from app.models.errors import AtamaError
from app.models.store import Store
from app.ui.messages import run_validated, show_error
from app.ui.widgets import DateEdit, FieldErrors, text_edit, wrapped_label


class ConclusionBox(QGroupBox):
    saved = Signal(object)  # the Conclusion after saving or signing

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Sammanfattande bedömning (står först i bedömningsrapporten)"))
        self.store = store
        self.case_id = case_id
        self.errors = FieldErrors()
        self.setAccessibleName(self.tr("Sammanfattande bedömning"))
        self.work_ability = text_edit(self.tr("Sammanfattande bedömning av arbetsförmågan"), height=110)
        self.recommendations = text_edit(self.tr("Rekommendationer"), height=90)
        self.concluded_date = DateEdit(self.tr("Datum för bedömningen"))
        self.save_button = QPushButton(self.tr("Spara &bedömningen"))
        self.save_button.setAccessibleName(self.tr("Spara den sammanfattande bedömningen"))
        self.save_button.clicked.connect(self.save)
        self.sign_button = QPushButton(self.tr("Signera be&dömningen"))
        self.sign_button.setAccessibleName(self.tr("Signera den sammanfattande bedömningen"))
        self.sign_button.clicked.connect(self.sign)
        self.state = wrapped_label("")
        self.state.setObjectName("conclusion_state")

        form = QFormLayout(self)
        for field, text, widget in (("work_ability", self.tr("Arbets&förmåga:"), self.work_ability),
                                    ("recommendations", self.tr("Re&kommendationer:"), self.recommendations),
                                    ("concluded_date", self.tr("Da&tum:"), self.concluded_date)):
            form.addRow(wrapped_label(text, widget), widget)
            form.addRow("", self.errors.label_for(field, widget))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.sign_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.state)
        self.load()

    def load(self) -> None:
        latest = self.store.conclusions.latest(self.case_id)
        actions = self.store.conclusions.actions(self.case_id)
        self.conclusion: Conclusion | None = latest
        if latest is None:
            self.state.setText(self.tr("Ingen sammanfattande bedömning skriven ännu."))
        elif latest.is_signed:
            self.state.setText(self.tr("%1. Den kan inte ändras; skriver du en ny bedömning "
                                       "och signerar den, är det den som står i rapporten.")
                               .replace("%1", latest.signature.text))
        else:
            self.state.setText(self.tr("Osignerad: rapporten kan skapas först när bedömningen är signerad."))
        self.work_ability.setPlainText(latest.work_ability if latest else "")
        self.recommendations.setPlainText(latest.recommendations if latest else "")
        self.concluded_date.set_iso(latest.concluded_date if latest else self.store.today())
        self._shown = self.input()
        self.sign_button.setEnabled(actions.sign.ok)
        self.sign_button.setToolTip(actions.sign.reason)
        for widget in (self.work_ability, self.recommendations):
            widget.setReadOnly(not actions.edit.ok)
        self.concluded_date.setEnabled(actions.edit.ok)
        self.save_button.setEnabled(actions.edit.ok)
        self.save_button.setToolTip(actions.edit.reason)

    def input(self) -> ConclusionInput:
        return ConclusionInput(work_ability=self.work_ability.toPlainText(),
                               recommendations=self.recommendations.toPlainText(),
                               concluded_date=self.concluded_date.iso())

    def has_unsaved(self) -> bool:
        return self.input() != self._shown

    def save(self) -> bool:
        done: list[Conclusion] = []
        if run_validated(self, self.errors, lambda: done.append(self.store.conclusions.save(self.case_id,
                                                                                            self.input()))):
            self.load()
            self.saved.emit(done[0])
            return True
        return False

    def sign(self) -> None:
        """Sign the saved conclusion (its writer); what is typed and not saved is saved first."""
        if self.has_unsaved() and not self.save():
            return
        if self.conclusion is None:
            return
        try:
            signed = self.store.conclusions.sign(self.conclusion.id)
        except AtamaError as exc:
            show_error(self, exc)
            return
        self.load()
        self.saved.emit(signed)
