"""Evaluation (utvärdera): each goal of the plan in force compared with the baseline and the goal.

For the main goal and every sub-goal of the plan version in force (the newest agreed version, else
the draft): the baseline, the situation now, the goal, and attainment (uppnått / delvis uppnått / ej
uppnått) with the reason where the goal was not (fully) reached. Evaluating is the work of the
Utvärdera step: it starts the step when needed, and a finished Utvärdera must be reopened first.

Each goal's evaluation is signed by the one who wrote it as it stands (``updated_by``: evaluating
again replaces the text; app/models/signing.py). A signed evaluation never changes (migration 9's
triggers too) and is corrected by a journal note (a rättelse in the notes), which is simpler than a
second evaluation of the same goal and reads the same in the journal copy.

    store.evaluation.evaluate(case.id, None, EvaluationInput(attainment="delvis", now="Arbetar 50 %",
                                                            reason="Sjukskrivning i oktober"))
    store.evaluation.summary(case.id).text   # "1 av 3 mål uppnått, 1 delvis, 1 ej utvärderat"
    store.evaluation.sign(goal.evaluation_id)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.access_log import LogAction
from app.models.allowed import Allowed, first_refusal, refused
from app.models.checks import not_before_referral
from app.models.errors import NotFound, ValidationError
from app.models.fields import FieldCheck, iso
from app.models.journal import UnsignedEntry
from app.models.process import DONE, NOT_STARTED
from app.models.signing import Signature, sign_rule
from app.models.texts import translate
from app.models.vocab import ATTAINMENT, StepKey

if TYPE_CHECKING:
    from app.models.plans import PlanVersion
    from app.models.store import Store, Writer

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
    sign: Allowed


def not_evaluated() -> Allowed:
    """The sign button's refusal before the goal is evaluated, in the screens' language (app/models/texts.py)."""
    return refused(translate("evaluation", "Målet är inte utvärderat än; spara utvärderingen innan den signeras."))


NOT_EVALUATED = not_evaluated()  # the read model's default (Swedish: built at import)


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
    author_id: int | None = None  # who wrote the evaluation as it stands: the one who signs
    author: str | None = None
    signature: Signature = field(default_factory=Signature)
    recorded_at: str | None = None  # when the evaluation as it stands was written (evaluated_date: the day)
    actions: EvaluationActions = field(default=EvaluationActions(Allowed.yes(), NOT_EVALUATED), compare=False)

    @property
    def is_signed(self) -> bool:
        return self.signature.is_signed

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
    title: str = ""  # "WEIS-S", "OVal-9 – Diska" (app/models/trend.py)
    group: str = ""  # compared within (InstrumentDef.compare_by; OVal-9: the activity), "" for most

    @property
    def key(self) -> str:
        """One result per instrument and group: "weis-s", "oval-9/Städa köket"."""
        return f"{self.instrument_id}/{self.group}" if self.group else self.instrument_id


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
                """SELECT e.id, e.goal_id, e.evaluated_date, e.baseline, e.now_text, e.goal, e.attainment, e.reason,
                          e.updated_by, e.updated_at, u.name AS author, e.signed_at, us.name AS signer,
                          us.title AS signer_title
                   FROM goal_evaluations e LEFT JOIN users u ON u.id = e.updated_by
                   LEFT JOIN users us ON us.id = e.signed_by WHERE e.plan_version_id = ?""",
                (version.id,),
            )
        }
        case_edit = self.actions(version.case_id).edit
        targets = [(None, "Huvudmål", version.main_goal)] + [(g.id, f"Delmål {g.number}", g.text)
                                                              for g in version.sub_goals]
        out = []
        for goal_id, label, text in targets:
            e = stored.get(goal_id)
            signature = Signature(e["signed_at"], e["signer"], e["signer_title"]) if e else Signature()
            if e is None:
                actions = EvaluationActions(case_edit, not_evaluated())
            else:
                actions = EvaluationActions(
                    edit=first_refusal(refused(translate(
                        "evaluation", "Utvärderingen är signerad och kan inte ändras. Skriv en rättelse som "
                        "journalanteckning.")) if signature.is_signed else Allowed.yes(), case_edit),
                    sign=sign_rule("Utvärderingen", signature, e["updated_by"], e["author"], self.store.user_id))
            out.append(GoalEvaluation(
                plan_version_id=version.id, version=version.version, goal_id=goal_id, label=label, goal_text=text,
                baseline=(e["baseline"] if e and e["baseline"] else version.baseline),
                now=e["now_text"] if e else "",
                goal=(e["goal"] if e and e["goal"] else text),
                attainment=e["attainment"] if e else None,
                reason=e["reason"] if e else "",
                evaluated_date=e["evaluated_date"] if e else None,
                evaluation_id=e["id"] if e else None,
                author_id=e["updated_by"] if e else None,
                author=e["author"] if e else None,
                signature=signature,
                recorded_at=e["updated_at"] if e else None,
                actions=actions,
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
        """Completed administrations per instrument, first vs. latest, grouped as the change-over-time
        charts are (app/models/trend.py: struck ones left out, a correction in place of what it
        corrects, OVal-9 per activity, a new scale apart)."""
        from app.models.trend import trends

        assessments = getattr(self.store, "assessments", None)
        if assessments is None:
            return []
        given = assessments.for_case(case_id)
        by_id = {a.id: a for a in given}
        out = []
        for trend in trends(given):
            first, latest = by_id[trend.points[0].assessment_id], by_id[trend.points[-1].assessment_id]
            comparison = assessments.compare(first.id, latest.id) if len(trend.points) > 1 else None
            out.append(InstrumentResult(trend.instrument_id, len(trend.points), first, latest, comparison,
                                        trend.title, trend.group or ""))
        return out

    def actions(self, case_id: int) -> EvaluationActions:
        """Whether the goals of the plan in force may be evaluated now, and why not."""
        if self.store.plans.in_force(case_id) is None:
            no_plan = refused(translate("evaluation", "Ärendet har ingen utvecklingsplan att utvärdera. "
                                                      "Skriv planen först."))
        else:
            no_plan = Allowed.yes()
        done = (refused(translate("evaluation", "Steget Utvärdera är klart. Öppna det igen för att ändra "
                                                "utvärderingen."))
                if self.store.process.statuses(case_id)[StepKey.EVALUATE].state == DONE else Allowed.yes())
        return EvaluationActions(edit=first_refusal(self.store.cases.changes(case_id), no_plan, done),
                                 sign=refused(translate("evaluation", "Varje måls utvärdering signeras för sig.")))

    def goal(self, case_id: int, goal_id: int | None) -> GoalEvaluation:
        """One goal of the plan in force (``goal_id`` None: the main goal) with its evaluation and actions."""
        found = next((g for g in self.goals(case_id) if g.goal_id == goal_id), None)
        if found is None:
            raise NotFound("Målet finns inte i den gällande versionen av planen.")
        return found

    # -- signing ----------------------------------------------------------------------------
    def _by_id(self, evaluation_id: int) -> GoalEvaluation:
        row = self.store.query_one(
            """SELECT e.plan_version_id, e.goal_id FROM goal_evaluations e WHERE e.id = ?""", (evaluation_id,))
        if row is None:
            raise NotFound(f"Utvärderingen {evaluation_id} finns inte.")
        version = self.store.plans.get(row["plan_version_id"])
        return next(g for g in self._goals(version) if g.goal_id == row["goal_id"])

    def sign(self, evaluation_id: int) -> GoalEvaluation:
        """The one who wrote the evaluation signs it (``GoalEvaluation.evaluation_id``)."""
        with self.store.transaction() as tx:
            self._sign(tx, evaluation_id)
        return self._by_id(evaluation_id)

    def sign_many(self, evaluation_ids: Iterable[int]) -> list[GoalEvaluation]:
        """Sign every one of ``evaluation_ids``, all or none (journal.SOURCES)."""
        ids = list(dict.fromkeys(evaluation_ids))
        with self.store.transaction() as tx:
            for evaluation_id in ids:
                self._sign(tx, evaluation_id)
        return [self._by_id(i) for i in ids]

    def _sign(self, tx: Writer, evaluation_id: int) -> None:
        goal = self._by_id(evaluation_id)
        goal.actions.sign.require()
        tx.execute("UPDATE goal_evaluations SET signed_at = ?, signed_by = ? WHERE id = ?",
                   (self.store.timestamp(), self.store.user_id, evaluation_id))
        case_id = self.store.query_value("SELECT case_id FROM plan_versions WHERE id = ?", (goal.plan_version_id,))
        self.store.access_log.record(LogAction.SIGN, case_id=case_id, what=f"utvärdering {evaluation_id}", tx=tx)

    def unsigned_for(self, user_id: int | None, written_before: str | None = None) -> list[UnsignedEntry]:
        """Evaluations ``user_id`` wrote and has not signed (every author's when None), oldest first:
        a source of ``store.journal.unsigned_for``."""
        where, params = ("AND e.updated_by = ?", (user_id,)) if user_id is not None else ("", ())
        if written_before is not None:  # Att göra's "older than N days" (journal.older_than)
            where, params = where + " AND e.updated_at < ?", (*params, written_before)
        rows = self.store.query_tuples(
            f"""SELECT e.id, v.case_id, c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name,
                       e.evaluated_date, e.updated_at, e.goal_id, g.position, v.version, e.attainment,
                       e.updated_by, u.name
                FROM goal_evaluations e JOIN plan_versions v ON v.id = e.plan_version_id
                JOIN cases c ON c.id = v.case_id JOIN clients cl ON cl.id = c.client_id
                LEFT JOIN plan_goals g ON g.id = e.goal_id LEFT JOIN users u ON u.id = e.updated_by
                WHERE e.signed_at IS NULL {where}
                ORDER BY e.updated_at, e.id""",
            params,
        )
        out = []
        for eid, case_id, number, client_id, name, day, written, goal_id, position, version, attainment, \
                author_id, author in rows:
            label = "huvudmålet" if goal_id is None else f"delmål {position + 1}"
            out.append(UnsignedEntry("evaluation", eid, case_id, number, client_id, name, day, written,
                                     f"Utvärdering av {label} (planversion {version}): {ATTAINMENT.label(attainment)}",
                                     author_id, author))
        return out

    # -- writes -----------------------------------------------------------------------------
    def evaluate(self, case_id: int, goal_id: int | None, data: EvaluationInput) -> GoalEvaluation:
        """Evaluate the main goal (``goal_id`` None) or a sub-goal of the plan in force; evaluating
        the same goal again replaces the earlier evaluation."""
        self.actions(case_id).edit.require()
        version = self.store.plans.in_force(case_id)
        assert version is not None  # the read model refuses without one
        if goal_id is not None and goal_id not in {g.id for g in version.sub_goals}:
            raise ValidationError.single("goal_id", "Delmålet hör inte till den gällande versionen av planen.")
        next(g for g in self._goals(version) if g.goal_id == goal_id).actions.edit.require()
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
        not_before_referral(check, "evaluated_date", "Datum för utvärderingen", day,
                            self.store.cases.get(case_id).referral_date)
        check.raise_if_any()
        now = self.store.timestamp()
        values = {"evaluated_date": iso(day), "baseline": baseline, "now_text": now_text, "goal": goal,
                  "attainment": attainment, "reason": reason if attainment != REACHED else "",
                  "updated_at": now, "updated_by": self.store.user_id}
        with self.store.transaction() as tx:
            if self.store.process.statuses(case_id)[StepKey.EVALUATE].state == NOT_STARTED:
                self.store.process.start(case_id, StepKey.EVALUATE, on=day)
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
