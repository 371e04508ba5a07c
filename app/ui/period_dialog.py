"""Choose a reporting period (from – to); messages name the field that is wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.exporters.service import period
from app.models.errors import ValidationError
from app.ui.widgets import DateEdit, FieldErrors


class PeriodDialog(QDialog):
    def __init__(self, title: str, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self.first = DateEdit(self.tr("Periodens första dag"))
        self.first.set_iso(today.replace(month=1, day=1))
        self.last = DateEdit(self.tr("Periodens sista dag"))
        self.last.set_iso(today)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skapa"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Ärenden som var aktiva någon gång under perioden räknas.")))
        form.addRow(self.tr("&Från"), self.first)
        form.addRow("", self.errors.label_for("from", self.first))
        form.addRow(self.tr("&Till"), self.last)
        form.addRow("", self.errors.label_for("to", self.last))
        form.addRow(buttons)
        self.value: tuple[dt.date, dt.date] | None = None

    def accept(self) -> None:
        try:
            self.value = period(self.first.iso(), self.last.iso(), required=True)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        super().accept()
