"""The client's situation for follow-up reporting: occupation, main income source, degree of
occupation (and, for the situation at the start, the date it applies and how long the client had
lived on public support before)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from app.models.closure import SituationInput
from app.models.vocab import INCOME_SOURCES, OCCUPATIONS, PUBLIC_SUPPORT_TIMES
from app.ui.widgets import ChoiceCombo, DateEdit, FieldErrors, SpinBox


class SituationBox(QGroupBox):
    """Occupation, main income source and degree of occupation, with their error labels."""

    def __init__(self, title: str, prefix: str, errors: FieldErrors, dated: bool, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.occupation = ChoiceCombo(OCCUPATIONS, self.tr("Sysselsättning (%1)").replace("%1", title.lower()),
                                      placeholder=self.tr("Välj…"))
        self.income = ChoiceCombo(INCOME_SOURCES, self.tr("Huvudsaklig försörjning (%1)").replace("%1", title.lower()),
                                  placeholder=self.tr("Välj…"))
        self.percent = SpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setAccessibleName(self.tr("Sysselsättningsgrad (%1)").replace("%1", title.lower()))
        self.date = DateEdit(self.tr("Datum för uppgifterna (%1)").replace("%1", title.lower())) if dated else None
        # the situation at the start only: how long the client had lived on public support before
        self.support = (ChoiceCombo(PUBLIC_SUPPORT_TIMES, self.tr("Tid med offentlig försörjning före insatsen"),
                                    placeholder=self.tr("Ej angivet")) if dated else None)
        form = QFormLayout(self)
        rows = [("occupation", self.tr("Sysselsättning"), self.occupation),
                ("income_source", self.tr("Huvudsaklig försörjning"), self.income),
                ("occupation_percent", self.tr("Sysselsättningsgrad"), self.percent)]
        if self.support is not None:
            rows.append(("public_support_time", self.tr("Tid med offentlig försörjning före"), self.support))
        if self.date is not None:
            rows.append(("recorded_date", self.tr("Uppgifterna gäller"), self.date))
        for field, label, widget in rows:
            form.addRow(label, widget)
            form.addRow("", errors.label_for(f"{prefix}.{field}", widget))

    def load(self, data: SituationInput) -> None:
        self.occupation.set_key(data.occupation)
        self.income.set_key(data.income_source)
        self.percent.setValue(int(data.occupation_percent or 0))
        if self.support is not None:
            self.support.set_key(data.public_support_time)

    def input(self) -> SituationInput:
        return SituationInput(self.occupation.key(), self.income.key(), self.percent.value(),
                              self.date.iso() if self.date is not None else "",
                              self.support.key() if self.support is not None else "")
