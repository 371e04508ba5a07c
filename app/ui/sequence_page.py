"""The guided follow-up of a case's target group (short-term absence: meeting 1 with WEIS-S,
compiled assessment, meeting 2, interventions, follow-up): one box per step with its date,
notes that save as you type, and the instrument given at or worked on in the step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import AtamaError, ValidationError
from app.models.sequences import DONE, NOT_STARTED, PLANNED, SequenceStep, SequenceStepActions
from app.models.store import Store
from app.ui import style
from app.ui.autosave import Autosave, status_label
from app.ui.case_tab import CaseTab
from app.ui.changes import Change, announce, changes_of
from app.ui.i18n import data_text
from app.ui.messages import show_error
from app.ui.small_screens import FlowLayout
from app.ui.style import Tone
from app.ui.widgets import FieldErrors, OptionalDateEdit

# the screen's words for a step's state (the model's labels go into the journal copy)
STATE_TEXTS = {NOT_STARTED: QT_TRANSLATE_NOOP("SequenceStepBox", "Ej påbörjad"),
               PLANNED: QT_TRANSLATE_NOOP("SequenceStepBox", "Planerad / pågår"),
               DONE: QT_TRANSLATE_NOOP("SequenceStepBox", "Klar")}


class SequenceStepBox(QGroupBox):
    """One step: date (planned, then held), notes, done/reopen, and its instrument."""

    acted = Signal()  # done, reopened or its instrument started: the page shows every step again
    openAssessment = Signal(int)
    openResults = Signal(int)

    def __init__(self, store: Store, case_id: int, step: SequenceStep, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.case_id, self.key = store, case_id, step.key
        self.definition = step.definition
        self.errors = FieldErrors()

        hint = QLabel(data_text(step.definition.hint))
        hint.setWordWrap(True)
        style.set_tone(hint, Tone.MUTED)
        self.state = QLabel()
        self.state.setObjectName(f"sequence_state_{self.key}")
        self.date = OptionalDateEdit(self.tr("Datum"))
        self.date.setAccessibleName(self.tr("%1: datum").replace("%1", data_text(step.definition.title)))
        self.date.dateChanged.connect(self._edited)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("%1: anteckningar").replace("%1", data_text(step.definition.title)))
        self.note.setPlaceholderText(self.tr("Anteckningar från steget"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(60)
        self.note.setMaximumHeight(100)
        self.note.textChanged.connect(self._edited)
        self.save_label = status_label()
        # date and notes save as one, under the key ""
        self.autosave = Autosave(lambda _key: self.store.sequences.save(
            self.case_id, self.key, self.date.iso() or None, self.note.toPlainText()), self.save_label, self,
            self.errors, store=store)

        self.done_button = QPushButton(self.tr("Markera klart"))
        self.done_button.clicked.connect(self.complete)
        self.reopen_button = QPushButton(self.tr("Öppna igen"))
        self.reopen_button.clicked.connect(self.reopen)
        self.instrument_button = QPushButton()
        self.instrument_button.clicked.connect(self.instrument_action)
        self.results_button = QPushButton(self.tr("Visa resultat"))
        self.results_button.clicked.connect(lambda: self.openResults.emit(self._assessment_id))
        self._assessment_id: int | None = None

        actions = FlowLayout()  # onto more lines in a narrow page
        for button in (self.done_button, self.reopen_button, self.instrument_button, self.results_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.state)
        layout.addWidget(self.date)
        layout.addWidget(self.errors.label_for("step_date", self.date))
        layout.addWidget(self.note)
        layout.addWidget(self.errors.label_for("note", self.note))
        layout.addLayout(actions)  # the page shows the step (show_step) as soon as it is built
        layout.addWidget(self.save_label)

    def show_step(self, step: SequenceStep, actions: SequenceStepActions) -> None:
        self.flush()
        with self.autosave.loading():
            self.setTitle(f"{step.number}. {data_text(step.definition.title)}")
            self.date.set_iso(step.step_date)
            if self.note.toPlainText() != step.note:
                self.note.setPlainText(step.note)
        done = step.state == DONE
        state = self.tr(STATE_TEXTS[step.state]) if step.state in STATE_TEXTS else step.state_label
        if done:
            state = self.tr("%1 – %2 av %3").replace("%1", state).replace("%2", (step.done_at or "")[:16]).replace(
                "%3", step.done_by or self.tr("okänd"))
        self.state.setText(state)
        self.date.setEnabled(actions.edit.ok)
        self.note.setReadOnly(not actions.edit.ok)
        # both buttons stay in their place; a disabled one says why
        for button, allowed in ((self.done_button, actions.complete), (self.reopen_button, actions.reopen)):
            button.setEnabled(allowed.ok)
            button.setToolTip(allowed.reason)
        self._assessment_id = step.assessment_id
        instrument = self.definition.instrument
        name = self._instrument_name(instrument) if instrument else ""
        if instrument:
            self.instrument_button.setText(
                self.tr("Öppna %1").replace("%1", name) if step.assessment_id
                else self.tr("Starta %1").replace("%1", name))
            self.instrument_button.setEnabled(actions.edit.ok or step.assessment_id is not None)
        elif self.definition.shows_instrument_of:
            self.instrument_button.setText(data_text(self.definition.instrument_action) or self.tr("Öppna bedömningen"))
            self.instrument_button.setEnabled(step.assessment_id is not None)
        self.instrument_button.setVisible(bool(instrument or self.definition.shows_instrument_of))
        self.results_button.setVisible(step.assessment_id is not None)

    def _instrument_name(self, instrument_id: str) -> str:
        try:
            return self.store.assessments.registry.get(instrument_id).short_name
        except AtamaError:  # a broken or missing definition: the id still tells the user which
            return instrument_id

    # -- saving -----------------------------------------------------------------------------
    def _edited(self, *_signal_args) -> None:
        self.autosave.edited()

    def flush(self) -> bool:
        return self.autosave.flush()

    # -- actions ----------------------------------------------------------------------------
    def _act(self, action) -> None:
        if not self.flush():
            return
        try:
            action()
        except ValidationError as exc:
            unplaced = self.errors.show(exc.errors)
            if unplaced:
                show_error(self, exc)
        except AtamaError as exc:
            show_error(self, exc)
        self.acted.emit()

    def complete(self) -> None:
        self._act(lambda: self.store.sequences.complete(self.case_id, self.key))

    def reopen(self) -> None:
        self._act(lambda: self.store.sequences.reopen(self.case_id, self.key))

    def instrument_action(self) -> None:
        if self.definition.instrument:
            opened: list[int] = []
            self._act(lambda: opened.append(self.store.sequences.start_instrument(self.case_id, self.key).id))
            if opened:
                self.openAssessment.emit(opened[0])
        elif self._assessment_id is not None:
            self.openAssessment.emit(self._assessment_id)


class SequencePage(CaseTab):
    openAssessment = Signal(int)
    openResults = Signal(int)

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(store, case_id, ("sequence", case_id), parent)
        sequence = store.sequences.for_case(case_id)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        purpose = QLabel(data_text(sequence.definition.purpose) if sequence else "")
        purpose.setWordWrap(True)
        layout.addWidget(purpose)
        self.boxes: dict[str, SequenceStepBox] = {}
        for step in sequence.steps if sequence else ():
            box = SequenceStepBox(store, case_id, step)
            box.acted.connect(self.refresh_and_announce)
            box.autosave.saved.connect(self._announce)  # a date or notes: nothing else here to show
            box.openAssessment.connect(self.openAssessment)
            box.openResults.connect(self.openResults)
            self.boxes[step.key] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh()
        changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        """A WEIS-S started or completed, or the target group changed, shows in its step; each
        box saves what is typed in it before it is shown again (SequenceStepBox.show_step)."""
        if change.touches_case(self.case_id) and not change.made_by(self):
            self.refresh()

    def title(self) -> str:
        return self.tr("Uppföljning %1").replace("%1", self.case_number())

    def refresh(self) -> None:
        sequence = self.store.sequences.for_case(self.case_id)
        if sequence is None:  # the target group was changed: the recorded steps stay in the database
            self.heading.setText(self.tr("Ärendets målgrupp har ingen guidad uppföljning."))
            for box in self.boxes.values():
                box.setVisible(False)
            return
        changes = self.store.cases.changes(self.case_id)
        self.heading.setText(f"<h2>{data_text(sequence.definition.title)}</h2>" + self.tr(
            "%1 av %2 steg klara").replace("%1", str(sequence.done_count)).replace("%2", str(len(sequence.steps))))
        for step in sequence.steps:
            self.boxes[step.key].show_step(step, sequence.actions(step.key, changes))
            self.boxes[step.key].setVisible(True)

    def refresh_and_announce(self) -> None:
        self.refresh()
        self._announce()

    def _announce(self) -> None:
        announce(self.store, Change.case(self.case_id, self.client_id), source=self)

    def flush(self) -> bool:
        return all(box.flush() for box in self.boxes.values())
