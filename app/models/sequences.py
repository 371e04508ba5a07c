"""Guided sequences beside the five steps, for a target group (resources/sequences.json).

The short-term-absence follow-up (WEIS): meeting 1 (conversation + WEIS-S), the compiled
assessment, meeting 2 (present and correct it), interventions, follow-up. Each step has a date
(planned, then held), its own notes, and where the definition says so the instrument given at it.

Rules: a step is marked done only with a date that is not in the future, and only after the steps
before it; a date cannot lie before the referral; a closed case is read-only.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from app.models.allowed import SIGNING_LATER, Allowed, first_refusal, refused
from app.models.errors import NotFound, RuleError, ValidationError
from app.models.fields import FieldCheck, iso, planning_horizon
from app.models.texts import fill, translate
from app.paths import resources_dir

if TYPE_CHECKING:
    from app.models.assessments import Assessment
    from app.models.store import Store, Writer

NOT_STARTED, PLANNED, DONE = "ej_paborjad", "planerad", "klar"
STATE_LABELS = {NOT_STARTED: "Ej påbörjad", PLANNED: "Planerad / pågår", DONE: "Klar"}


@dataclass(frozen=True)
class SequenceStepDef:
    key: str
    title: str
    hint: str
    instrument: str | None          # given at this step (e.g. WEIS-S at meeting 1)
    shows_instrument_of: str | None  # works on the administration of an earlier step
    instrument_action: str = ""      # button text for opening that administration


@dataclass(frozen=True)
class SequenceDef:
    key: str
    target_group: str
    title: str
    purpose: str
    steps: tuple[SequenceStepDef, ...]
    short_title: str = ""  # the case's button

    def step(self, key: str) -> SequenceStepDef:
        for step in self.steps:
            if step.key == key:
                return step
        raise NotFound(f"Steget {key!r} finns inte i {self.title}.")


@dataclass(frozen=True)
class SequenceStep:
    definition: SequenceStepDef
    step_date: str | None
    note: str
    assessment_id: int | None  # given at this step, or (shows_instrument_of) at the earlier step
    done_at: str | None
    done_by: str | None
    number: int
    own_assessment: bool = False  # given at this step (not only shown from an earlier one)

    @property
    def key(self) -> str:
        return self.definition.key

    @property
    def state(self) -> str:
        if self.done_at:
            return DONE
        return PLANNED if (self.step_date or self.note.strip() or self.own_assessment) else NOT_STARTED

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass(frozen=True)
class CaseSequence:
    definition: SequenceDef
    case_id: int
    steps: tuple[SequenceStep, ...]

    def step(self, key: str) -> SequenceStep:
        for step in self.steps:
            if step.key == key:
                return step
        raise NotFound(f"Steget {key!r} finns inte i {self.definition.title}.")

    @property
    def done_count(self) -> int:
        return sum(s.state == DONE for s in self.steps)

    def actions(self, key: str, case_changes: Allowed) -> SequenceStepActions:
        """What may be done with step ``key`` now; the date rules are checked at the date field."""
        step = self.step(key)
        # shown on the step's buttons: in the screens' language (the titles are in the "data" catalogue)
        title = translate("data", step.definition.title)
        earlier = [translate("data", s.definition.title) for s in self.steps[: step.number - 1] if not s.done_at]
        complete = first_refusal(
            refused(fill(translate("Sequences", "%1 är redan klart."), title)) if step.done_at else Allowed.yes(),
            refused(fill(translate("Sequences", "Gör först klart: %1."), ", ".join(earlier)))
            if earlier else Allowed.yes(),
        )
        return SequenceStepActions(
            edit=case_changes,
            complete=first_refusal(case_changes, complete),
            reopen=first_refusal(case_changes, Allowed.yes() if step.done_at else refused(
                fill(translate("Sequences", "%1 är inte klart och behöver inte öppnas igen."), title))),
        )


@dataclass(frozen=True)
class SequenceStepActions:
    """What may be done with one step of the guided follow-up now (see allowed.py)."""

    edit: Allowed  # date and notes
    complete: Allowed
    reopen: Allowed
    sign: Allowed = SIGNING_LATER


@lru_cache(maxsize=1)
def sequence_definitions() -> dict[str, SequenceDef]:
    """Target group -> its sequence."""
    data = json.loads((resources_dir() / "sequences.json").read_text(encoding="utf-8"))
    result = {}
    for s in data["sequences"]:
        steps = tuple(
            SequenceStepDef(st["key"], st["title"], st.get("hint", ""), st.get("instrument"),
                            st.get("shows_instrument_of"), st.get("instrument_action", ""))
            for st in s["steps"]
        )
        result[s["target_group"]] = SequenceDef(s["key"], s["target_group"], s["title"], s.get("purpose", ""), steps,
                                                s.get("short_title", s["title"]))
    return result


class Sequences:
    def __init__(self, store: Store):
        self.store = store

    def definition_for(self, target_group: str) -> SequenceDef | None:
        return sequence_definitions().get(target_group)

    def for_case(self, case_id: int) -> CaseSequence | None:
        """The case's sequence with what has been recorded, or None when its target group has none."""
        target_group = self.store.cases.get(case_id).target_group
        definition = self.definition_for(target_group)
        if definition is None:
            return None
        rows = {r["step_key"]: r for r in self.store.query(
            """SELECT s.step_key, s.step_date, s.note, s.assessment_id, s.done_at, u.name AS done_by
               FROM sequence_steps s LEFT JOIN users u ON u.id = s.done_by WHERE s.case_id = ?""",
            (case_id,),
        )}
        steps = []
        for number, step_def in enumerate(definition.steps, start=1):
            row = rows.get(step_def.key, {})
            assessment_id = own = row.get("assessment_id")
            if assessment_id is None and step_def.shows_instrument_of:
                assessment_id = rows.get(step_def.shows_instrument_of, {}).get("assessment_id")
            steps.append(SequenceStep(step_def, row.get("step_date"), row.get("note") or "", assessment_id,
                                      row.get("done_at"), row.get("done_by"), number, own is not None))
        return CaseSequence(definition, case_id, tuple(steps))

    def _require(self, case_id: int, step_key: str) -> tuple[CaseSequence, SequenceStep]:
        sequence = self.for_case(case_id)
        if sequence is None:
            raise RuleError("Ärendets målgrupp har ingen guidad uppföljning.")
        return sequence, sequence.step(step_key)

    def actions(self, case_id: int, step_key: str) -> SequenceStepActions:
        """``store.sequences.actions(case.id, "mote1").complete.reason``"""
        sequence, _step = self._require(case_id, step_key)
        return sequence.actions(step_key, self.store.cases.changes(case_id))

    # -- writes -----------------------------------------------------------------------------
    def save(self, case_id: int, step_key: str, step_date: str | dt.date | None, note: str) -> SequenceStep:
        """The step's date (planned or held; may lie ahead) and notes; saved as the user types."""
        check = FieldCheck()
        day = check.date("step_date", "Datum", step_date, latest=planning_horizon(self.store.today()))
        note = check.text("note", "Anteckningar", note)
        check.raise_if_any()
        with self.store.transaction() as tx:
            referral_date = self.store.cases.require_open(case_id).referral_date
            sequence, step = self._require(case_id, step_key)
            if day and day < dt.date.fromisoformat(referral_date):
                raise ValidationError.single("step_date", f"Datum kan inte ligga före remissdatum {referral_date}.")
            if step.done_at and day is None:
                raise ValidationError.single("step_date", "Ett klart steg måste ha ett datum.")
            if step.done_at and day and day > self.store.today():
                raise ValidationError.single("step_date", "Ett klart steg kan inte ha ett datum i framtiden.")
            self._upsert(tx, case_id, step_key, step_date=iso(day), note=note)
        return self._require(case_id, step_key)[1]  # read again after the write

    def complete(self, case_id: int, step_key: str) -> SequenceStep:
        with self.store.transaction() as tx:
            _sequence, step = self._require(case_id, step_key)
            self.actions(case_id, step_key).complete.require()
            if not step.step_date:
                raise ValidationError.single(
                    "step_date", f"Ange datum för {step.definition.title} innan steget markeras klart.")
            if dt.date.fromisoformat(step.step_date) > self.store.today():
                raise ValidationError.single(
                    "step_date",
                    f"{step.definition.title} är planerat till {step.step_date}; det kan markeras klart den dagen.")
            self._upsert(tx, case_id, step_key, done_at=self.store.timestamp(), done_by=self.store.user_id)
        return self._require(case_id, step_key)[1]  # read again after the write

    def reopen(self, case_id: int, step_key: str) -> SequenceStep:
        with self.store.transaction() as tx:
            self.actions(case_id, step_key).reopen.require()
            self._upsert(tx, case_id, step_key, done_at=None, done_by=None)
        return self._require(case_id, step_key)[1]  # read again after the write

    def start_instrument(self, case_id: int, step_key: str) -> Assessment:
        """The step's instrument (e.g. WEIS-S at meeting 1): the one already started, or a new draft
        dated on the step's date when that has passed, linked to the step — in one transaction."""
        with self.store.transaction() as tx:
            self.store.cases.require_open(case_id)
            _sequence, step = self._require(case_id, step_key)
            if step.definition.instrument is None:
                raise RuleError(f"{step.definition.title} har inget instrument.")
            if step.own_assessment:
                assert step.assessment_id is not None  # own_assessment: this step's row holds the id
                return self.store.assessments.get(step.assessment_id)
            today = self.store.today().isoformat()
            day = step.step_date if step.step_date and step.step_date <= today else None
            assessment = self.store.assessments.start(case_id, step.definition.instrument, assessment_date=day)
            self._upsert(tx, case_id, step_key, assessment_id=assessment.id)
        return assessment

    def _upsert(self, tx: Writer, case_id: int, step_key: str, **values) -> None:
        now = self.store.timestamp()
        tx.execute(
            "INSERT OR IGNORE INTO sequence_steps (case_id, step_key, updated_at, updated_by) VALUES (?, ?, ?, ?)",
            (case_id, step_key, now, self.store.user_id),
        )
        values.update(updated_at=now, updated_by=self.store.user_id)
        assignments = ", ".join(f"{column} = ?" for column in values)
        tx.execute(
            f"UPDATE sequence_steps SET {assignments} WHERE case_id = ? AND step_key = ?",
            (*values.values(), case_id, step_key),
        )
        self.store.cases.touch(tx, case_id, now)
