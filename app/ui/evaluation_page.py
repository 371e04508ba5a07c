"""The Utvärdera workspace of a case: each goal of the plan in force (main goal and sub-goals) with
its baseline, the situation now and attainment (uppnått / delvis / ej uppnått, with the reason where
not reached), the attainment summary, the instruments given more than once, first vs. latest, and
the therapist's conclusion (work ability and recommendations, app/ui/conclusion_box.py).

Each goal is saved with its own button; evaluating a goal again replaces the earlier evaluation.
A saved evaluation is signed by the one who wrote it (Signera); a signed one is read-only, with why."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import AtamaError
from app.models.evaluation import AttainmentSummary, EvaluationInput, GoalEvaluation
from app.models.store import Store
from app.models.vocab import ATTAINMENT
from app.ui.assessment_results import _fitted, domain_change_columns
from app.ui.case_tab import CaseTab
from app.ui.changes import Change, announce, changes_of
from app.ui.conclusion_box import ConclusionBox
from app.ui.i18n import data_text
from app.ui.messages import run_validated, show_error
from app.ui.record_model import RecordTableModel
from app.ui.tables import read_only_table
from app.ui.widgets import ChoiceCombo, FieldErrors, text_edit, wrapped_label

NO_COMPARISON = QT_TRANSLATE_NOOP("EvaluationPage", "Inget instrument har ännu getts två gånger i ärendet, så "
                                  "det finns inget före och efter att jämföra.")
translate = QCoreApplication.translate


def goal_label(goal: GoalEvaluation) -> str:
    """"Huvudmål" / "Delmål 2" on screens (``GoalEvaluation.label`` is the model's Swedish)."""
    if goal.goal_id is None:
        return translate("evaluation_page", "Huvudmål")
    return translate("evaluation_page", "Delmål %1").replace("%1", goal.label.removeprefix("Delmål "))


def summary_text(summary: AttainmentSummary) -> str:
    """``AttainmentSummary.text`` on screens (the model's goes into the assessment report)."""
    if not summary.total:
        return translate("evaluation_page", "Ingen utvecklingsplan att utvärdera")
    # Swedish says "1 av 3 mål uppnått" but "2 av 3 mål uppnådda": one text for one, another for more
    parts = [(translate("evaluation_page", "%1 av %2 mål uppnådda") if summary.reached != 1
              else translate("evaluation_page", "1 av %2 mål uppnått"))
             .replace("%1", str(summary.reached)).replace("%2", str(summary.total))]
    if summary.partly:
        parts.append(translate("evaluation_page", "%1 delvis").replace("%1", str(summary.partly)))
    if summary.not_reached:
        parts.append(translate("evaluation_page", "%1 ej uppnådda").replace("%1", str(summary.not_reached))
                     if summary.not_reached != 1 else translate("evaluation_page", "1 ej uppnått"))
    if summary.not_evaluated:
        parts.append(translate("evaluation_page", "%1 ej utvärderade").replace("%1", str(summary.not_evaluated))
                     if summary.not_evaluated != 1 else translate("evaluation_page", "1 ej utvärderat"))
    return ", ".join(parts)



class GoalEvaluationBox(QGroupBox):
    """One goal: what the plan says, and its evaluation."""

    saved = Signal(object)  # the GoalEvaluation after saving

    def __init__(self, store: Store, case_id: int, goal: GoalEvaluation, parent: QWidget | None = None):
        super().__init__(goal_label(goal), parent)
        self.store = store
        self.case_id = case_id
        self.goal_id = goal.goal_id
        self.label = label = goal_label(goal)
        self.errors = FieldErrors()
        self.setAccessibleName(self.tr("Utvärdering av %1").replace("%1", label.lower()))
        self.goal_text = wrapped_label(goal.goal_text or "–")
        self.goal_text.setObjectName("goal_text")
        self.goal_text.setTextFormat(Qt.TextFormat.PlainText)  # the client's words, never markup
        self.baseline = wrapped_label(goal.baseline or "–")
        self.baseline.setObjectName("goal_baseline")
        self.baseline.setTextFormat(Qt.TextFormat.PlainText)
        self.now = text_edit(self.tr("Nuläge för %1").replace("%1", label.lower()))
        self.attainment = ChoiceCombo(ATTAINMENT, self.tr("Måluppfyllelse för %1").replace("%1", label.lower()),
                                      placeholder=self.tr("Välj…"))
        self.reason = text_edit(self.tr("Orsak för %1 om målet inte nåddes helt").replace("%1", label.lower()))
        self.state = wrapped_label("")
        self.state.setObjectName("goal_state")
        # One box per goal: the boxes' labels and buttons carry no Alt letters (they would clash from
        # box to box, as the plan's sub-goal boxes); Tab reaches them.
        self.save_button = QPushButton(self.tr("Spara utvärderingen"))
        self.save_button.setAccessibleName(self.tr("Spara utvärderingen av %1").replace("%1", label.lower()))
        self.save_button.clicked.connect(self.save)
        self.sign_button = QPushButton(self.tr("Signera"))
        self.sign_button.setAccessibleName(self.tr("Signera utvärderingen av %1").replace("%1", label.lower()))
        self.sign_button.clicked.connect(self.sign)
        self.signature = wrapped_label("")  # who signed it, or that it is not signed; why it is read-only
        self.signature.setObjectName("goal_signature")
        self.attainment.currentIndexChanged.connect(self._attainment_changed)

        form = QFormLayout(self)
        form.addRow(self.tr("Mål:"), self.goal_text)
        form.addRow(self.tr("Utgångsläge:"), self.baseline)
        for field, text, widget in (("now", self.tr("Nuläge"), self.now),
                                    ("attainment", self.tr("Måluppfyllelse"), self.attainment),
                                    ("reason", self.tr("Orsak (om ej helt uppnått)"), self.reason)):
            form.addRow(wrapped_label(text, widget), widget)
            form.addRow("", self.errors.label_for(field, widget))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.sign_button)
        row.addWidget(self.state, 1)
        form.addRow("", row)
        form.addRow("", self.signature)
        form.addRow("", self.errors.label_for("evaluated_date", self.save_button))
        form.addRow("", self.errors.label_for("goal_id", self.save_button))
        self.load(goal)

    def load(self, goal: GoalEvaluation) -> None:
        self.goal = goal
        self.now.setPlainText(goal.now)
        self.attainment.set_key(goal.attainment)
        self.reason.setPlainText(goal.reason)
        self.state.setText(self.tr("%1 · utvärderat %2").replace("%1", data_text(goal.attainment_label))
                           .replace("%2", goal.evaluated_date or "") if goal.is_evaluated
                           else self.tr("Ej utvärderat"))
        self._attainment_changed()
        self._shown = self.input()
        self.sign_button.setEnabled(goal.actions.sign.ok)
        self.sign_button.setToolTip(goal.actions.sign.reason)
        locked = goal.actions.edit.reason if goal.is_signed else ""
        self.signature.setText(f"{goal.signature.text}. {locked}" if goal.is_signed
                               else goal.signature.text if goal.is_evaluated else "")
        self.set_read_only(not goal.actions.edit.ok)

    def has_unsaved(self) -> bool:
        return self.input() != self._shown

    def _attainment_changed(self) -> None:
        self.reason.setEnabled(self.attainment.key() != "uppnatt")

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.now, self.reason):
            widget.setReadOnly(read_only)
        self.attainment.setEnabled(not read_only)
        self.save_button.setEnabled(not read_only)
        self.save_button.setToolTip(self.goal.actions.edit.reason if read_only else "")

    def sign(self) -> None:
        """Sign the saved evaluation (its writer); what is typed and not saved is saved first."""
        if self.has_unsaved() and not self.save():
            return
        if self.goal.evaluation_id is None:
            return
        try:
            signed = self.store.evaluation.sign(self.goal.evaluation_id)
        except AtamaError as exc:
            show_error(self, exc)
            return
        self.load(signed)
        self.saved.emit(signed)

    def input(self) -> EvaluationInput:
        return EvaluationInput(attainment=self.attainment.key(), now=self.now.toPlainText(),
                               reason=self.reason.toPlainText())

    def save(self) -> bool:
        done: list[GoalEvaluation] = []
        if run_validated(self, self.errors, lambda: done.append(
                self.store.evaluation.evaluate(self.case_id, self.goal_id, self.input()))):
            self.load(done[0])
            self.saved.emit(done[0])
            return True
        return False


class EvaluationPage(CaseTab):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(store, case_id, ("evaluation", case_id), parent)
        self.goal_boxes: list[GoalEvaluationBox] = []
        self.instrument_tables: dict[str, object] = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self._show_heading()
        self.summary = wrapped_label("")
        self.summary.setObjectName("evaluation_summary")
        self.summary.setAccessibleName(self.tr("Måluppfyllelse i sammanfattning"))
        layout.addWidget(self.summary)
        self.goals_layout = QVBoxLayout()
        layout.addLayout(self.goals_layout)
        layout.addWidget(QLabel("<h3>" + self.tr("Bedömningsinstrument, första och senaste") + "</h3>"))
        self.instruments_layout = QVBoxLayout()
        layout.addLayout(self.instruments_layout)
        self.conclusion = ConclusionBox(store, case_id)
        self.conclusion.saved.connect(self._goal_saved)
        layout.addWidget(self.conclusion)
        layout.addStretch(1)
        self.setWidget(body)
        self.reload()
        changes_of(store).changed.connect(self._on_change)

    def title(self) -> str:
        return self.tr("Utvärdering %1").replace("%1", self.case_number())

    def flush(self) -> bool:
        """Closing saves what is typed in each goal's box and the conclusion, as their Spara does;
        False when one could not be saved (it keeps the text and says why at the field)."""
        boxes = [b for b in (*self.goal_boxes, self.conclusion) if b.has_unsaved()]
        return all([box.save() for box in boxes])  # noqa: C419 - try each, so every refusal is shown

    # -- showing ----------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        """The plan's goals or an instrument changed elsewhere. The goals are rebuilt only when no
        evaluation is typed and unsaved here; the summary and the instruments always follow."""
        if change.made_by(self):
            return
        if change.touches_client(self.client_id):
            self._show_heading()  # the client's name
        if not change.touches_case(self.case_id):
            return
        if any(box.has_unsaved() for box in self.goal_boxes):
            self._show_summary()
            self._show_instruments()
        else:
            self.reload()
        if not self.conclusion.has_unsaved():
            self.conclusion.load()

    def _show_heading(self) -> None:
        name = self.store.clients.get(self.client_id).full_name
        self.heading.setText("<h2>" + self.tr("Utvärdering") + "</h2>"
                             + self.tr("%1 · Ärende %2").replace("%2", self.case_number()).replace("%1", name))

    def reload(self) -> None:
        self._show_summary()
        self._clear(self.goals_layout)
        self.goal_boxes = []
        goals = self.store.evaluation.goals(self.case_id)
        if not goals:
            self.no_plan = wrapped_label(self.tr("Ärendet har ingen utvecklingsplan ännu. Skriv och kom överens om "
                                                 "planen först; sedan utvärderas dess mål här."))
            self.no_plan.setObjectName("no_plan")
            self.goals_layout.addWidget(self.no_plan)
        for goal in goals:  # each read-only as its read model says (the step done, the case closed, signed)
            box = GoalEvaluationBox(self.store, self.case_id, goal)
            box.saved.connect(self._goal_saved)
            self.goal_boxes.append(box)
            self.goals_layout.addWidget(box)
        self._show_instruments()

    def _show_summary(self) -> None:
        summary = self.store.evaluation.summary(self.case_id)
        heading = (self.tr("Måluppfyllelse (plan version %1):").replace("%1", str(summary.version)) if summary.version
                   else self.tr("Måluppfyllelse:"))
        self.summary.setText(f"<b>{heading}</b> {summary_text(summary)}")

    def _show_instruments(self) -> None:
        self._clear(self.instruments_layout)
        self.instrument_tables = {}
        results = self.store.evaluation.instrument_results(self.case_id)
        once = [r for r in results if r.comparison is None]
        compared = [r for r in results if r.comparison is not None]
        if not compared:
            self.instruments_layout.addWidget(wrapped_label(self.tr(NO_COMPARISON)))
        row = QHBoxLayout()  # side by side
        for result in compared:
            row.addWidget(self._instrument_column(result), 1)
        if compared:
            self.instruments_layout.addLayout(row)
        for result in once:
            self.instruments_layout.addWidget(wrapped_label(
                self.tr("%1 har getts en gång (%2).").replace("%2", result.latest.assessment_date)
                .replace("%1", escape(result.title or _named(result)))))

    def _instrument_column(self, result) -> QWidget:
        comparison = result.comparison
        definition = comparison.after.definition
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wrapped_label(
            f"<b>{escape(result.title or _named(result))}</b>: {comparison.before.assessment_date} → "
            f"{comparison.after.assessment_date} " + self.tr("(%n gånger)", "", result.count)))
        model = RecordTableModel(domain_change_columns(definition), column)
        model.set_records(comparison.changes.domains)
        name = self.tr("Förändring per område, %1").replace("%1", definition.short_name)
        table = _fitted(read_only_table(model, name))
        table.setColumnHidden(0, len(definition.parts) == 1)
        self.instrument_tables[result.key] = table
        layout.addWidget(table)
        layout.addStretch(1)
        return column

    @staticmethod
    def _clear(layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                EvaluationPage._clear(item.layout())

    def _goal_saved(self, _record: object) -> None:
        """A goal's evaluation or the conclusion was saved or signed here."""
        self._show_summary()
        announce(self.store, Change.case(self.case_id, self.client_id), source=self)


def _named(result) -> str:
    """"WEIS-S", or with the group it is compared within: "OVal-9 – Städa köket"."""
    name = result.latest.definition.short_name
    return f"{name} – {result.group}" if result.group else name
