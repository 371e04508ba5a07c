"""Evaluation (utvärdera): each goal of the plan in force compared with the baseline and the goal.

For the main goal and every sub-goal of the plan version in force (the newest agreed version, else
the draft): the baseline, the situation now, the goal, and attainment (uppnått / delvis uppnått / ej
uppnått) with the reason where the goal was not (fully) reached. Evaluating is the work of the
Utvärdera step: it starts the step when needed, and a finished Utvärdera must be reopened first.

    store.evaluation.evaluate(case.id, None, EvaluationInput(attainment="delvis", now="Arbetar 50 %",
                                                            reason="Sjukskrivning i oktober"))
    store.evaluation.summary(case.id).text   # "1 av 3 mål uppnått, 1 delvis, 1 ej utvärderat"
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.allowed import SIGNING_LATER, Allowed, first_refusal, refused
from app.models.errors import ValidationError
from app.models.fields import FieldCheck, iso
from app.models.process import DONE, NOT_STARTED
from app.models.vocab import ATTAINMENT, StepKey

if TYPE_CHECKING:
    from app.models.plans import PlanVersion
    from app.models.store import Store

REACHED, PARTLY, NOT_REACHED = "uppnatt", "delvis", "ej_uppnatt"
TEXT_MAX = 10_000


@dataclass
class EvaluationInput:
    attainment: str = ""
    now: str = ""  # the situation now (nuläge)
    baseline: str = ""  # empty: the plan's baseline is shown
    goal: str = ""  # empty: the goal's own text is shown
    reason: str = ""  # why not reached; required unless attainment is "uppnatt"
    evaluated_date: str = ""  # empty: today


@dataclass(frozen=True)
class EvaluationActions:
    """What may be done with the evaluation of a case's goals now (see allowed.py)."""

    edit: Allowed
    sign: Allowed = SIGNING_LATER


@dataclass(frozen=True)
class GoalEvaluation:
    """One goal of the plan in force and its evaluation (the evaluation fields empty until made)."""

    plan_version_id: int
    version: int
    goal_id: int | None  # None: the main goal
    label: str  # "Huvudmål" / "Delmål 2"
    goal_text: str  # as written in the plan
    baseline: str
    now: str
    goal: str
    attainment: str | None
    reason: str
    evaluated_date: str | None
    evaluation_id: int | None

    @property
    def is_evaluated(self) -> bool:
        return self.attainment is not None

    @property
    def attainment_label(self) -> str:
        return ATTAINMENT.label(self.attainment) if self.attainment else "Ej utvärderat"


@dataclass(frozen=True)
class AttainmentSummary:
    version: int | None  # the plan version evaluated; None when the case has no plan
    total: int
    reached: int
    partly: int
    not_reached: int

    @property
    def not_evaluated(self) -> int:
        return self.total - self.reached - self.partly - self.not_reached

    @property
    def text(self) -> str:
        if not self.total:
            return "Ingen utvecklingsplan att utvärdera"
        parts = [f"{self.reached} av {self.total} mål uppnådda" if self.reached != 1
                 else f"1 av {self.total} mål uppnått"]
        if self.partly:
            parts.append(f"{self.partly} delvis")
        if self.not_reached:
            parts.append(f"{self.not_reached} ej uppnådda" if self.not_reached != 1 else "1 ej uppnått")
        if self.not_evaluated:
            parts.append(f"{self.not_evaluated} ej utvärderade" if self.not_evaluated != 1 else "1 ej utvärderat")
        return ", ".join(parts)


@dataclass(frozen=True)
class InstrumentResult:
    """An instrument given in the case: the first and latest completed administrations side by side."""

    instrument_id: str
    count: int
    first: object  # app.models.assessments.Assessment
    latest: object
    comparison: object | None  # AssessmentComparison; None with only one administration


class Evaluation:
    def __init__(self, store: Store):
        self.store = store

    # -- reads ------------------------------------------------------------------------------
    def goals(self, case_id: int) -> list[GoalEvaluation]:
        """Main goal first, then the sub-goals in plan order; empty when the case has no plan."""
        version = self.store.plans.in_force(case_id)
        return self._goals(version) if version else []

    def _goals(self, version: PlanVersion) -> list[GoalEvaluation]:
        stored = {
            r["goal_id"]: r for r in self.store.query(
                """SELECT id, goal_id, evaluated_date, baseline, now_text, goal, attainment, reason
                   FROM goal_evaluations WHERE plan_version_id = ?""",
                (version.id,),
            )
        }
        targets = [(None, "Huvudmål", version.main_goal)] + [(g.id, f"Delmål {g.number}", g.text)
                                                              for g in version.sub_goals]
        out = []
        for goal_id, label, text in targets:
            e = stored.get(goal_id)
            out.append(GoalEvaluation(
                plan_version_id=version.id, version=version.version, goal_id=goal_id, label=label, goal_text=text,
                baseline=(e["baseline"] if e and e["baseline"] else version.baseline),
                now=e["now_text"] if e else "",
                goal=(e["goal"] if e and e["goal"] else text),
                attainment=e["attainment"] if e else None,
                reason=e["reason"] if e else "",
                evaluated_date=e["evaluated_date"] if e else None,
                evaluation_id=e["id"] if e else None,
            ))
        return out

    def summary(self, case_id: int) -> AttainmentSummary:
        version = self.store.plans.in_force(case_id)
        if version is None:
            return AttainmentSummary(None, 0, 0, 0, 0)
        goals = self._goals(version)
        count = {key: sum(1 for g in goals if g.attainment == key) for key in (REACHED, PARTLY, NOT_REACHED)}
        return AttainmentSummary(version.version, len(goals), count[REACHED], count[PARTLY], count[NOT_REACHED])

    def instrument_results(self, case_id: int) -> list[InstrumentResult]:
        """Completed administrations per instrument, first vs. latest (from app.models.assessments)."""
        assessments = getattr(self.store, "assessments", None)
        if assessments is None:
            return []
        by_instrument: dict[str, list] = {}
        for a in assessments.for_case(case_id):
            if not a.is_draft:
                by_instrument.setdefault(a.instrument_id, []).append(a)
        out = []
        for instrument_id, done in by_instrument.items():
            comparison = assessments.compare(done[0].id, done[-1].id) if len(done) > 1 else None
            out.append(InstrumentResult(instrument_id, len(done), done[0], done[-1], comparison))
        return out

    def actions(self, case_id: int) -> EvaluationActions:
        """Whether the goals of the plan in force may be evaluated now, and why not."""
        if self.store.plans.in_force(case_id) is None:
            no_plan = refused("Ärendet har ingen utvecklingsplan att utvärdera. Skriv planen först.")
        else:
            no_plan = Allowed.yes()
        done = (refused("Steget Utvärdera är klart. Öppna det igen för att ändra utvärderingen.")
                if self.store.process.statuses(case_id)[StepKey.EVALUATE].state == DONE else Allowed.yes())
        return EvaluationActions(edit=first_refusal(self.store.cases.changes(case_id), no_plan, done))

    # -- writes -----------------------------------------------------------------------------
    def evaluate(self, case_id: int, goal_id: int | None, data: EvaluationInput) -> GoalEvaluation:
        """Evaluate the main goal (``goal_id`` None) or a sub-goal of the plan in force; evaluating
        the same goal again replaces the earlier evaluation."""
        self.actions(case_id).edit.require()
        version = self.store.plans.in_force(case_id)
        assert version is not None  # the read model refuses without one
        if goal_id is not None and goal_id not in {g.id for g in version.sub_goals}:
            raise ValidationError.single("goal_id", "Delmålet hör inte till den gällande versionen av planen.")
        check = FieldCheck()
        attainment = check.choice("attainment", "Måluppfyllelse", data.attainment, ATTAINMENT)
        now_text = check.text("now", "Nuläge", data.now, required=True, max_len=TEXT_MAX)
        baseline = check.text("baseline", "Utgångsläge", data.baseline, max_len=TEXT_MAX)
        goal = check.text("goal", "Mål", data.goal, max_len=TEXT_MAX)
        reason = check.text("reason", "Orsak", data.reason, max_len=TEXT_MAX)
        if attainment in (PARTLY, NOT_REACHED) and not reason.strip():
            check.fail("reason", "Ange varför målet inte nåddes helt.")
        day = check.date("evaluated_date", "Datum för utvärderingen", data.evaluated_date or self.store.today(),
                         required=True, not_after=self.store.today())
        check.raise_if_any()
        now = self.store.timestamp()
        values = {"evaluated_date": iso(day), "baseline": baseline, "now_text": now_text, "goal": goal,
                  "attainment": attainment, "reason": reason if attainment != REACHED else "",
                  "updated_at": now, "updated_by": self.store.user_id}
        with self.store.transaction() as tx:
            if self.store.process.statuses(case_id)[StepKey.EVALUATE].state == NOT_STARTED:
                self.store.process.start(case_id, StepKey.EVALUATE)
            existing = self.store.query_value(
                "SELECT id FROM goal_evaluations WHERE plan_version_id = ? AND coalesce(goal_id, 0) = ?",
                (version.id, goal_id or 0),
            )
            if existing:
                tx.update("goal_evaluations", existing, values)
            else:
                tx.insert("goal_evaluations", {**values, "plan_version_id": version.id, "goal_id": goal_id,
                                               "created_at": now, "created_by": self.store.user_id})
            self.store.cases.touch(tx, case_id, now)
        return next(g for g in self._goals(version) if g.goal_id == goal_id)
