"""Closing a case (avsluta) and the client's situation before and after, for follow-up reporting.

"Before" (occupation, main income source, degree of occupation) is recorded when the case opens; a
case without it can get it later while open, or in the closing itself. Closing records the date, the
outcome, where further occupational therapy continues (purpose, collaboration) and the situation
after, and completes the Avsluta step, all in one transaction. Reopening Avsluta (however it is done)
keeps the closure as history, marked superseded (a trigger in the schema does it).

    with store.transaction():                      # the "before" values together with the case
        case = store.cases.open(client.id, CaseInput(...))
        store.closure.record_before(case.id, SituationInput("arbetslos", "forsorjningsstod", 0))
    store.closure.close_case(case.id, ClosureInput(outcome="studier",
                                                   after=SituationInput("studier", "annan", 100)))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.checks import whole_number
from app.models.errors import NotFound
from app.models.fields import FieldCheck, iso
from app.models.vocab import CLOSURE_OUTCOMES, INCOME_SOURCES, OCCUPATIONS, StepKey

if TYPE_CHECKING:
    from app.models.store import Store, Writer


@dataclass
class SituationInput:
    occupation: str = ""
    income_source: str = ""
    occupation_percent: int | str | None = None  # 0–100
    recorded_date: str = ""  # "before" only; empty: today


@dataclass(frozen=True)
class Situation:
    occupation: str
    income_source: str
    occupation_percent: int
    recorded_date: str | None = None

    @property
    def occupation_label(self) -> str:
        return OCCUPATIONS.label(self.occupation)

    @property
    def income_source_label(self) -> str:
        return INCOME_SOURCES.label(self.income_source)

    @property
    def text(self) -> str:
        return f"{self.occupation_label}, {self.occupation_percent} %; {self.income_source_label}"

    def as_input(self) -> SituationInput:
        return SituationInput(self.occupation, self.income_source, self.occupation_percent, self.recorded_date or "")


@dataclass
class ClosureInput:
    outcome: str = ""
    outcome_other: str = ""  # what, when the outcome is "annat"
    closed_date: str = ""  # empty: today
    continued_where: str = ""  # where further occupational therapy continues, if it does
    continued_purpose: str = ""
    collaboration: str = ""  # with whom collaboration is needed
    after: SituationInput = field(default_factory=SituationInput)
    reason: str = ""  # why the case closes without a finished Utvärdera (the process asks for it)
    before: SituationInput | None = None  # only when the case has no "before" yet


@dataclass(frozen=True)
class Closure:
    id: int
    case_id: int
    closed_date: str
    outcome: str
    outcome_other: str
    continued_where: str
    continued_purpose: str
    collaboration: str
    after: Situation
    reason: str
    superseded_at: str | None
    superseded_by: str | None
    superseded_note: str
    created_at: str
    created_by: str | None

    @property
    def is_superseded(self) -> bool:
        return self.superseded_at is not None

    @property
    def outcome_label(self) -> str:
        label = CLOSURE_OUTCOMES.label(self.outcome)
        return f"{label}: {self.outcome_other}" if self.outcome_other else label


_CLOSURE_SELECT = """SELECT c.id, c.case_id, c.closed_date, c.outcome, c.outcome_other, c.continued_where,
       c.continued_purpose, c.collaboration, c.occupation_after, c.income_source_after,
       c.occupation_percent_after, c.reason, c.superseded_at, us.name AS superseded_by, c.superseded_note,
       c.created_at, uc.name AS created_by
FROM closures c LEFT JOIN users us ON us.id = c.superseded_by LEFT JOIN users uc ON uc.id = c.created_by"""


def _closure(row: dict) -> Closure:
    after = Situation(row.pop("occupation_after"), row.pop("income_source_after"), row.pop("occupation_percent_after"))
    return Closure(**row, after=after)


class ClosureService:
    def __init__(self, store: Store):
        self.store = store

    # -- the situation --------------------------------------------------------------------------
    def _clean_situation(self, check: FieldCheck, prefix: str, when: str, data: SituationInput,
                         dated: bool) -> dict:
        occupation = check.choice(f"{prefix}.occupation", f"Sysselsättning {when}", data.occupation, OCCUPATIONS)
        income = check.choice(f"{prefix}.income_source", f"Huvudsaklig försörjning {when}", data.income_source,
                              INCOME_SOURCES)
        percent = whole_number(check, f"{prefix}.occupation_percent", f"Sysselsättningsgrad {when}",
                               data.occupation_percent, low=0, high=100, required=True, unit="%")
        row = {"occupation": occupation, "income_source": income, "occupation_percent": percent}
        if dated:
            day = check.date(f"{prefix}.recorded_date", f"Datum för uppgifterna {when}",
                             data.recorded_date or self.store.today(), required=True, not_after=self.store.today())
            row["recorded_date"] = iso(day)
        return row

    def record_before(self, case_id: int, data: SituationInput) -> Situation:
        """The client's situation when the case opened; recording it again corrects it."""
        self.store.cases.require_open(case_id)
        check = FieldCheck()
        row = self._clean_situation(check, "before", "före", data, dated=True)
        check.raise_if_any()
        with self.store.transaction() as tx:
            self.store.cases.require_open(case_id)
            self._write_before(tx, case_id, row)
        return self.before(case_id)  # type: ignore[return-value]

    def _write_before(self, tx: Writer, case_id: int, row: dict) -> None:
        now = self.store.timestamp()
        tx.execute(
            """INSERT INTO situations_before (case_id, recorded_date, occupation, income_source, occupation_percent,
                                              created_at, created_by, updated_at, updated_by)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (case_id) DO UPDATE SET recorded_date = excluded.recorded_date,
                 occupation = excluded.occupation, income_source = excluded.income_source,
                 occupation_percent = excluded.occupation_percent, updated_at = excluded.updated_at,
                 updated_by = excluded.updated_by""",
            (case_id, row["recorded_date"], row["occupation"], row["income_source"], row["occupation_percent"],
             now, self.store.user_id, now, self.store.user_id),
        )
        self.store.cases.touch(tx, case_id, now)

    def before(self, case_id: int) -> Situation | None:
        row = self.store.query_one(
            """SELECT occupation, income_source, occupation_percent, recorded_date FROM situations_before
               WHERE case_id = ?""",
            (case_id,),
        )
        return Situation(**row) if row else None

    # -- closing ----------------------------------------------------------------------------
    def draft_input(self, case_id: int) -> ClosureInput:
        """A starting point for the closing form: Avsluta's answers, and "after" as it was before."""
        answers = self.store.process.answers(case_id)
        before = self.before(case_id)
        return ClosureInput(
            closed_date=self.store.today().isoformat(),
            continued_where=answers.get("avsluta.var", ""),
            continued_purpose=answers.get("avsluta.syfte", ""),
            collaboration=answers.get("avsluta.samverkan", ""),
            after=SituationInput(before.occupation, before.income_source, before.occupation_percent)
            if before else SituationInput(),
        )

    def close_case(self, case_id: int, data: ClosureInput) -> Closure:
        """Record the closure and complete Avsluta in one transaction: if the process refuses
        (e.g. Utvärdera unfinished and no reason), nothing is saved and the case stays open."""
        referral = self.store.cases.require_open(case_id).referral_date
        today = self.store.today()
        check = FieldCheck()
        outcome = check.choice("outcome", "Utfall", data.outcome, CLOSURE_OUTCOMES)
        other = check.text("outcome_other", "Annat utfall", data.outcome_other, max_len=500, single_line=True)
        if outcome == "annat" and not other:
            check.fail("outcome_other", "Beskriv utfallet när du valt Annat.")
        day = check.date("closed_date", "Avslutsdatum", data.closed_date or today, required=True, not_after=today)
        if day and day.isoformat() < referral:
            check.fail("closed_date", f"Avslutsdatum kan inte vara före remissdatum ({referral}).")
        where = check.text("continued_where", "Var fortsatt arbetsterapi sker", data.continued_where, max_len=5000)
        purpose = check.text("continued_purpose", "Syfte med fortsatt arbetsterapi", data.continued_purpose,
                             max_len=5000)
        collaboration = check.text("collaboration", "Samverkan", data.collaboration, max_len=5000)
        after = self._clean_situation(check, "after", "efter", data.after or SituationInput(), dated=False)
        before = None
        if data.before is not None:
            before = self._clean_situation(check, "before", "före", data.before, dated=True)
        reason = check.text("reason", "Orsak", data.reason, max_len=5000)
        check.raise_if_any()
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            self.store.cases.require_open(case_id)
            if before is not None:
                self._write_before(tx, case_id, before)
            closure_id = tx.insert("closures", {
                "case_id": case_id, "closed_date": iso(day), "outcome": outcome,
                "outcome_other": other if outcome == "annat" else "", "continued_where": where,
                "continued_purpose": purpose, "collaboration": collaboration,
                "occupation_after": after["occupation"], "income_source_after": after["income_source"],
                "occupation_percent_after": after["occupation_percent"], "reason": reason.strip(),
                "created_at": now, "created_by": self.store.user_id,
            })
            self.store.process.complete(case_id, StepKey.CLOSE, reason)
            tx.execute("UPDATE cases SET closed_date = ? WHERE id = ?", (iso(day), case_id))
        return self.get_closure(closure_id)

    # -- reads ------------------------------------------------------------------------------
    def get(self, case_id: int) -> Closure | None:
        """The closure in force; None while the case is open (or was closed without one)."""
        row = self.store.query_one(f"{_CLOSURE_SELECT} WHERE c.case_id = ? AND c.superseded_at IS NULL", (case_id,))
        return _closure(row) if row else None

    def get_closure(self, closure_id: int) -> Closure:
        row = self.store.query_one(f"{_CLOSURE_SELECT} WHERE c.id = ?", (closure_id,))
        if row is None:
            raise NotFound(f"Avslutet {closure_id} finns inte.")
        return _closure(row)

    def history(self, case_id: int) -> list[Closure]:
        """Every closure of the case, oldest first; all but the last one in force are superseded."""
        self.store.cases.get(case_id)  # NotFound for no such case
        rows = self.store.query(f"{_CLOSURE_SELECT} WHERE c.case_id = ? ORDER BY c.id", (case_id,))
        return [_closure(r) for r in rows]

