"""The assessments of a case: list, start a new one with any loaded instrument, open, results."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import AtamaError
from app.models.store import Store
from app.ui import style
from app.ui.assessment_texts import status_text
from app.ui.changes import Change, announce, changes_of
from app.ui.empty_state import empty_state
from app.ui.instrument_chooser import InstrumentChooser, instrument_choices
from app.ui.messages import show_error
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import FlowLayout
from app.ui.style import Tone
from app.ui.tables import read_only_table


class AssessmentsPanel(QWidget):
    openAssessment = Signal(int)
    openResults = Signal(int)
    openTrend = Signal(int)  # case id: Förändring över tid (app/ui/trend_page.py)

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.client_id = store.cases.get(case_id).client_id
        self.model = RecordTableModel([
            (self.tr("Datum"), lambda a: a.assessment_date),
            # with the activity for OVal-9: one administration per activity
            (self.tr("Instrument"), lambda a: f"{a.definition.short_name} {a.instrument_version}"
                                     + (f" – {a.group}" if a.group else "")),
            (self.tr("Status"), status_text),
            (self.tr("Bedömare"), lambda a: a.assessor or ""),
        ], self)
        self.table = read_only_table(self.model, self.tr("Bedömningar i ärendet"))
        empty_state(self.table, self.tr("Inga bedömningar ännu. Börja en med Ny bedömning."))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.openAssessment.emit(self.model.record(index.row()).id))
        self.new_button = QPushButton(self.tr("&Ny bedömning…"))
        self.new_button.clicked.connect(self.new_assessment)
        results = QPushButton(self.tr("Re&sultat"))
        results.clicked.connect(self._results)
        buttons = FlowLayout()  # onto two lines in a narrow pane
        buttons.addWidget(self.new_button)
        self.trend_button = QPushButton(self.tr("&Förändring över tid"))
        self.trend_button.setToolTip(self.tr("Varje områdes medelvärde från första till senaste bedömningen"))
        self.trend_button.clicked.connect(lambda: self.openTrend.emit(self.case_id))
        buttons.addWidget(self.trend_button)
        buttons.addWidget(results)
        self.problems = QLabel()
        self.problems.setObjectName("definition_problems")
        self.problems.setWordWrap(True)
        style.set_tone(self.problems, Tone.ERROR)
        self.problems.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.reload()
        changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.touches_case(self.case_id) and not change.made_by(self):
            self.reload()  # a rating, a date or a status changed in the form

    def reload(self) -> None:
        self.model.set_records(list(reversed(self.store.assessments.for_case(self.case_id))))

    def instrument_choices(self) -> list[tuple[str, str, str]]:
        """(label, id, version) of every current instrument version (superseded ones left out)."""
        return instrument_choices(self.store.assessments.registry.current())

    def show_problems(self) -> None:
        """Definition files that could not be read: named here, the others still work."""
        problems = self.store.assessments.registry.problems
        self.problems.setText(self.tr("Instrumentfiler som inte kunde läsas:") + "\n"
                              + "\n".join(f"• {p}" for p in problems))
        self.problems.setVisible(bool(problems))

    def new_assessment(self) -> None:
        self.show_problems()
        dialog = InstrumentChooser(self.store.assessments.registry.current(), self)
        if dialog.exec() and dialog.chosen is not None:
            self.start(dialog.chosen.id, dialog.chosen.version)

    def start(self, instrument_id: str, version: str) -> None:
        try:
            assessment = self.store.assessments.start(self.case_id, instrument_id, version)
        except AtamaError as exc:
            show_error(self, exc)
            return
        self.reload()
        announce(self.store, Change.case(self.case_id, self.client_id), source=self)
        self.openAssessment.emit(assessment.id)

    def _results(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.openResults.emit(self.model.record(index.row()).id)
