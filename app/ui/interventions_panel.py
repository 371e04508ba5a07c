"""Interventions (insatser) of a case: the list, and an editor that logs a new one or changes the
one selected. Collaboration meetings moved to their own tab (app/ui/meetings_panel.py, issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.interventions import (
    MAX_MINUTES,
    Intervention,
    InterventionInput,
)
from app.models.store import Store
from app.models.vocab import (
    INTERVENTION_KINDS,
    INTERVENTION_MODELS,
    intervention_kinds,
)
from app.ui.changes import Change, announce, changes_of
from app.ui.empty_state import empty_state
from app.ui.i18n import data_text
from app.ui.messages import run_validated
from app.ui.record_model import RecordTableModel
from app.ui.tables import read_only_table
from app.ui.widgets import ChoiceCombo, ComboBox, DateEdit, FieldErrors, SpinBox


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:200]


def _goal_short(i: Intervention) -> str:
    if i.goal_id is None:
        return ""
    return (QCoreApplication.translate("InterventionsPanel", "Delmål %1 (v%2)")
            .replace("%1", str(i.goal_number)).replace("%2", str(i.goal_version)))


def _goal_short_sample() -> str:
    return QCoreApplication.translate("InterventionsPanel", "Delmål %1 (v%2)").replace("%1", "10").replace("%2", "10")


def _fixed_widths(table, samples: dict[int, str], stretch: int) -> None:
    """Fixed widths like the journal: sizing to contents reads every row."""
    width = table.fontMetrics().horizontalAdvance
    for column, sample in samples.items():
        table.setColumnWidth(column, width(sample) + 16)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _may_shrink(combo: QComboBox) -> None:
    """Narrower than its longest choice (the rest shows when it opens): the panel fits its tab."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)


def _editor(form: QFormLayout, buttons: QHBoxLayout) -> QWidget:
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow tab: labels go above
    editor = QWidget()
    layout = QVBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(form)
    layout.addLayout(buttons)
    layout.addStretch(1)
    return editor


class InterventionsPanel(QWidget):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.client_id = store.cases.get(case_id).client_id
        self.editing: Intervention | None = None

        # -- interventions ------------------------------------------------------------------
        self.model = RecordTableModel([
            (self.tr("Datum"), lambda i: i.intervention_date),
            (self.tr("Minuter"), lambda i: i.minutes),
            (self.tr("Modell"), lambda i: data_text(i.model_label)),
            (self.tr("Typ"), lambda i: data_text(i.kind_label)),
            (self.tr("Delmål"), _goal_short),
            (self.tr("Beskrivning"), lambda i: _first_line(i.text)),
        ], self)
        self.table = read_only_table(self.model, self.tr("Insatser"))
        empty_state(self.table, self.tr("Inga insatser ännu. Registrera en i fälten nedan och spara den."))
        _fixed_widths(self.table, {0: "2026-12-31", 1: self.tr("Minuter"), 2: "Kompensation",
                                   3: "Hjälpmedel/arbets", 4: _goal_short_sample()}, 5)
        self.table.selectionModel().currentRowChanged.connect(self._load_selected)

        self.errors = FieldErrors()
        self.date = DateEdit(self.tr("Datum för insatsen"))
        self.minutes = SpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Tid i minuter"))
        self.intervention_model = ChoiceCombo(INTERVENTION_MODELS, self.tr("Modell"), placeholder=self.tr("Välj…"))
        # the kinds follow the model (vocab.KINDS_BY_MODEL): filled by _fill_kinds
        self.kind = ChoiceCombo(INTERVENTION_KINDS, self.tr("Typ av insats"), placeholder=self.tr("Välj…"))
        self.kind_note = QLabel()  # says so when a model change leaves the chosen kind behind
        self.kind_note.setObjectName("kind_note")
        self.kind_note.setWordWrap(True)
        self.kind_note.setVisible(False)
        self.intervention_model.currentIndexChanged.connect(lambda _i: self._fill_kinds(self.kind.key()))
        self.kind.currentIndexChanged.connect(lambda _i: self.kind.key() and self.kind_note.setVisible(False))
        for combo in (self.intervention_model, self.kind):
            _may_shrink(combo)
        self.goal = ComboBox()
        _may_shrink(self.goal)
        self.goal.setAccessibleName(self.tr("Delmål som insatsen gäller"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Beskrivning av insatsen"))
        self.text.setTabChangesFocus(True)
        self.new_button = QPushButton(self.tr("&Ny insats"))
        self.save_button = QPushButton(self.tr("&Spara insats"))
        self.new_button.clicked.connect(self.new_intervention)
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        for field, label, widget in (
            ("intervention_date", self.tr("Da&tum"), self.date),
            ("minutes", self.tr("T&id (minuter)"), self.minutes),
            ("model", self.tr("&Modell"), self.intervention_model),
            ("kind", self.tr("T&yp av insats"), self.kind),
            ("goal_id", self.tr("Delm&ål"), self.goal),
            ("text", self.tr("&Beskrivning"), self.text),
        ):
            form.addRow(label, widget)
            if field == "kind":
                form.addRow("", self.kind_note)
            form.addRow("", self.errors.label_for(field, widget))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        # The list over its form: side by side they needed more width than a case's side panel has.
        self.table.setMinimumHeight(150)
        interventions_box = QGroupBox(self.tr("Insatser"))
        column = QVBoxLayout(interventions_box)
        column.addWidget(self.table, 1)
        column.addWidget(_editor(form, buttons))

        # Collaboration meetings have their own tab (app/ui/meetings_panel.py): plan, record, sign.
        moved = QLabel(self.tr("Samverkansmöten planeras och dokumenteras under fliken Samverkansmöten."))
        moved.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(interventions_box)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(moved)
        self.reload()
        self.new_intervention()
        changes_of(store).changed.connect(self._on_change)

    # -- shared -------------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.touches_case(self.case_id) and not change.made_by(self):
            self.reload()  # the plan's sub-goals, too

    def reload(self) -> None:
        self.model.set_records(self.store.interventions.for_case(self.case_id))
        self._fill_goals()

    def _fill_goals(self) -> None:
        current = self.goal.currentData()
        self.goal.clear()
        self.goal.addItem(self.tr("Inget delmål"), None)
        plan = self.store.plans.in_force(self.case_id)  # the agreed version, else the draft
        if plan is not None:
            for g in plan.sub_goals:
                self.goal.addItem(self.tr("Delmål %d: %s") % (g.number, _first_line(g.text)[:80]), g.id)
        self._set_goal(current)

    def _set_goal(self, goal_id: int | None, label: str = "") -> None:
        index = self.goal.findData(goal_id) if goal_id is not None else 0
        if index < 0 and label:  # a sub-goal of an older plan version: keep it selectable
            self.goal.addItem(label, goal_id)
            index = self.goal.count() - 1
        self.goal.setCurrentIndex(max(index, 0))

    # -- interventions ------------------------------------------------------------------------
    def _fill_kinds(self, wanted: str) -> None:
        """The chosen model's kinds, keeping ``wanted`` when the model has it. A row saved before the
        kinds followed the model keeps its own pair as an extra choice; a kind the new model does not
        have is said under the list, never dropped unsaid."""
        model = self.intervention_model.key()
        kinds = intervention_kinds(model)
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Välj…") if model else self.tr("Välj modell först"), "")
        for key, label in kinds:
            self.kind.addItem(data_text(label), key)
        old = self.editing is not None and (self.editing.model, self.editing.kind) == (model, wanted)
        if wanted and wanted not in kinds and old:
            self.kind.addItem(self.tr("%s (äldre val)") % data_text(INTERVENTION_KINDS.label(wanted)), wanted)
        self.kind.set_key(wanted)
        self.kind.blockSignals(False)
        self.kind.setEnabled(bool(model))
        left = bool(wanted) and self.kind.key() != wanted
        self.kind_note.setText(self.tr("Typen %s hör inte till %s. Välj en typ som hör till modellen.")
                               % (data_text(INTERVENTION_KINDS.label(wanted)),
                                  data_text(INTERVENTION_MODELS.label(model)) or self.tr("ingen modell"))
                               if left else "")
        self.kind_note.setVisible(left)

    def new_intervention(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.date.set_iso(self.store.today())
        self.minutes.setValue(0)
        self.intervention_model.set_key("")
        self._fill_kinds("")
        self.goal.setCurrentIndex(0)
        self.text.clear()
        self.save_button.setText(self.tr("&Spara insats"))
        self.errors.clear()

    def _load_selected(self, current, _previous) -> None:
        if not current.isValid():
            return
        item: Intervention = self.model.record(current.row())
        self.editing = item
        self.date.set_iso(item.intervention_date)
        self.minutes.setValue(item.minutes)
        self.intervention_model.set_key(item.model)
        self._fill_kinds(item.kind)
        self._set_goal(item.goal_id, self._goal_label(item))
        self.text.setPlainText(item.text)
        self.save_button.setText(self.tr("&Spara ändringar"))
        self.errors.clear()

    def _goal_label(self, item: Intervention) -> str:
        """A sub-goal of an older plan version, as the list of sub-goals names it."""
        if item.goal_id is None:
            return ""
        return (self.tr("Delmål %1 (version %2): %3").replace("%1", str(item.goal_number))
                .replace("%2", str(item.goal_version)).replace("%3", item.goal_text or ""))

    def intervention_input(self) -> InterventionInput:
        return InterventionInput(self.date.iso(), self.minutes.value(), self.intervention_model.key(),
                                 self.kind.key(), self.goal.currentData(), self.text.toPlainText())

    def save(self) -> None:
        data = self.intervention_input()

        def store_it() -> None:
            if self.editing:
                self.store.interventions.update(self.editing.id, data)
            else:
                self.store.interventions.add(self.case_id, data)

        if run_validated(self, self.errors, store_it):
            self.reload()
            self.new_intervention()
            self._announce()

    def _announce(self) -> None:
        announce(self.store, Change.case(self.case_id, self.client_id), source=self)
