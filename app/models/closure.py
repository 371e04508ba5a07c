"""Closing a case (avsluta) and the client's situation before and after, for follow-up reporting.

"Before" (occupation, main income source, degree of occupation) is recorded when the case opens; a
case without it can get it later while open, or in the closing itself. Closing records the date, the
outcome, where further occupational therapy continues (purpose, collaboration) and the situation
after, and completes the Avsluta step, all in one transaction. Reopening Avsluta (however it is done)
keeps the closure as history, marked superseded (a trigger in the schema does it).

The closure is signed by the one who closed the case (``created_by``, app/models/signing.py), also
while the case is closed: it is how Avsluta is signed. A signed closure never changes (migration 9's
triggers; only its superseded mark moves when the case is reopened) and stays readable as history; it
is corrected by a journal note (rättelse). No closure is deleted.

    with store.transaction():                      # the "before" values together with the case
        case = store.cases.open(client.id, CaseInput(...))
        store.closure.record_before(case.id, SituationInput("arbetslos", "forsorjningsstod", 0))
    store.closure.close_case(case.id, ClosureInput(outcome="studier",
                                                   after=SituationInput("studier", "annan", 100)))
    store.closure.sign(store.closure.get(case.id).id)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.access_log import LogAction
from app.models.allowed import Allowed
from app.models.checks import whole_number
from app.models.errors import NotFound
from app.models.fields import FieldCheck, iso
from app.models.journal import UnsignedEntry
from app.models.signing import Signature, sign_rule
from app.models.vocab import CLOSURE_OUTCOMES, INCOME_SOURCES, OCCUPATIONS, PUBLIC_SUPPORT_TIMES, StepKey

if TYPE_CHECKING:
    from app.models.store import Store, Writer


@dataclass
class SituationInput:
    occupation: str = ""
    income_source: str = ""
    occupation_percent: int | str | None = None  # 0–100
    recorded_date: str = ""  # "before" only; empty: today
    public_support_time: str = ""  # "before" only: vocab.PUBLIC_SUPPORT_TIMES, "" not recorded


@dataclass(frozen=True)
class Situation:
    occupation: str
    income_source: str
    occupation_percent: int
    recorded_date: str | None = None
    public_support_time: str = ""

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
    author_id: int | None = None  # created_by's id: the one who signs
    signature: Signature = field(default_factory=Signature)
    viewer_id: int | None = field(default=None, compare=False, repr=False)

    @property
    def is_signed(self) -> bool:
        return self.signature.is_signed

    @property
    def actions(self) -> ClosureActions:
        """What the signed-in user (``viewer_id``) may do with the closure now: sign it, when theirs."""
        return ClosureActions(sign=sign_rule("Avslutet", self.signature, self.author_id, self.created_by,
                                             self.viewer_id, signed="signerat"))

    @property
    def is_superseded(self) -> bool:
        return self.superseded_at is not None

    @property
    def outcome_label(self) -> str:
        label = CLOSURE_OUTCOMES.label(self.outcome)
        return f"{label}: {self.outcome_other}" if self.outcome_other else label


@dataclass(frozen=True)
class ClosureActions:
    """What may be done with a closure now (see allowed.py)."""

    sign: Allowed


_CLOSURE_SELECT = """SELECT c.id, c.case_id, c.closed_date, c.outcome, c.outcome_other, c.continued_where,
       c.continued_purpose, c.collaboration, c.occupation_after, c.income_source_after,
       c.occupation_percent_after, c.reason, c.superseded_at, us.name AS superseded_by, c.superseded_note,
       c.created_at, uc.name AS created_by, c.created_by AS author_id,
       c.signed_at, ug.name AS signer, ug.title AS signer_title
FROM closures c LEFT JOIN users us ON us.id = c.superseded_by LEFT JOIN users uc ON uc.id = c.created_by
     LEFT JOIN users ug ON ug.id = c.signed_by"""


def _closure(row: dict, viewer_id: int | None = None) -> Closure:
    after = Situation(row.pop("occupation_after"), row.pop("income_source_after"), row.pop("occupation_percent_after"))
    signature = Signature(row.pop("signed_at"), row.pop("signer"), row.pop("signer_title"))
    return Closure(**row, after=after, signature=signature, viewer_id=viewer_id)


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
            support = data.public_support_time or ""  # optional: not every referral says it
            row["public_support_time"] = support and check.choice(
                f"{prefix}.public_support_time", "Tid med offentlig försörjning före insatsen", support,
                PUBLIC_SUPPORT_TIMES)
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
                                              public_support_time, created_at, created_by, updated_at, updated_by)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (case_id) DO UPDATE SET recorded_date = excluded.recorded_date,
                 occupation = excluded.occupation, income_source = excluded.income_source,
                 occupation_percent = excluded.occupation_percent,
                 public_support_time = excluded.public_support_time, updated_at = excluded.updated_at,
                 updated_by = excluded.updated_by""",
            (case_id, row["recorded_date"], row["occupation"], row["income_source"], row["occupation_percent"],
             row["public_support_time"], now, self.store.user_id, now, self.store.user_id),
        )
        self.store.cases.touch(tx, case_id, now)

    def before(self, case_id: int) -> Situation | None:
        row = self.store.query_one(
            """SELECT occupation, income_source, occupation_percent, recorded_date, public_support_time
               FROM situations_before WHERE case_id = ?""",
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
        return _closure(row, self.store.user_id) if row else None

    def get_closure(self, closure_id: int) -> Closure:
        row = self.store.query_one(f"{_CLOSURE_SELECT} WHERE c.id = ?", (closure_id,))
        if row is None:
            raise NotFound(f"Avslutet {closure_id} finns inte.")
        return _closure(row, self.store.user_id)

    def history(self, case_id: int) -> list[Closure]:
        """Every closure of the case, oldest first; all but the last one in force are superseded."""
        self.store.cases.get(case_id)  # NotFound for no such case
        rows = self.store.query(f"{_CLOSURE_SELECT} WHERE c.case_id = ? ORDER BY c.id", (case_id,))
        return [_closure(r, self.store.user_id) for r in rows]

    # -- signing ----------------------------------------------------------------------------
    def sign(self, closure_id: int) -> Closure:
        """The one who closed the case signs the closure (the case may be closed: this is Avsluta's signature)."""
        with self.store.transaction() as tx:
            self._sign(tx, closure_id)
        return self.get_closure(closure_id)

    def sign_many(self, closure_ids: Iterable[int]) -> list[Closure]:
        """Sign every one of ``closure_ids``, all or none (journal.SOURCES)."""
        ids = list(dict.fromkeys(closure_ids))
        with self.store.transaction() as tx:
            for closure_id in ids:
                self._sign(tx, closure_id)
        return [self.get_closure(i) for i in ids]

    def _sign(self, tx: Writer, closure_id: int) -> None:
        closure = self.get_closure(closure_id)
        closure.actions.sign.require()
        tx.execute("UPDATE closures SET signed_at = ?, signed_by = ? WHERE id = ?",
                   (self.store.timestamp(), self.store.user_id, closure_id))
        self.store.access_log.record(LogAction.SIGN, case_id=closure.case_id, what=f"avslut {closure_id}", tx=tx)

    def unsigned_for(self, user_id: int | None, written_before: str | None = None) -> list[UnsignedEntry]:
        """Closures ``user_id`` recorded and has not signed (everyone's when None), oldest first: a
        source of ``store.journal.unsigned_for``. A superseded one too: it is the record of that closing."""
        where, params = ("AND x.created_by = ?", (user_id,)) if user_id is not None else ("", ())
        if written_before is not None:  # Att göra's "older than N days" (journal.older_than)
            where, params = where + " AND x.created_at < ?", (*params, written_before)
        rows = self.store.query_tuples(
            f"""SELECT x.id, x.case_id, c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name,
                       x.closed_date, x.created_at, x.outcome, x.created_by, u.name
                FROM closures x JOIN cases c ON c.id = x.case_id JOIN clients cl ON cl.id = c.client_id
                LEFT JOIN users u ON u.id = x.created_by
                WHERE x.signed_at IS NULL {where}
                ORDER BY x.created_at, x.id""",
            params,
        )
        return [UnsignedEntry("closure", cid, case_id, number, client_id, name, day, written,
                              f"Avslut av ärendet: {CLOSURE_OUTCOMES.label(outcome)}", author_id, author)
                for cid, case_id, number, client_id, name, day, written, outcome, author_id, author in rows]

