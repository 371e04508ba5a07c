"""The therapist's conclusion (sammanfattande bedömning): a summary assessment of the client's work
ability and the recommendations, what an assessment report states for its reader.

A journal entry of its own, signed by its author like the others (app/models/signing.py): the one
who wrote it as it stands (``updated_by``) signs it; a signed conclusion never changes (migration
15's triggers too). Writing after a signed one starts a new conclusion: work ability is judged again
as the case goes on, and the report states the newest signed one.

    store.conclusions.save(case.id, ConclusionInput(work_ability="Klarar halvtid …",
                                                    recommendations="Arbetsträning 50 % …"))
    store.conclusions.sign(conclusion.id)
    store.conclusions.latest_signed(case.id)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.access_log import LogAction
from app.models.allowed import Allowed, refused
from app.models.checks import not_before_referral
from app.models.errors import NotFound
from app.models.fields import FieldCheck, iso
from app.models.journal import UnsignedEntry
from app.models.signing import Signature, sign_rule
from app.models.texts import translate

if TYPE_CHECKING:
    from app.models.store import Store, Writer

TEXT_MAX = 20_000
THING = "Den sammanfattande bedömningen"


@dataclass
class ConclusionInput:
    work_ability: str = ""  # sammanfattande bedömning av arbetsförmågan
    recommendations: str = ""  # rekommendationer
    concluded_date: str = ""  # empty: today


@dataclass(frozen=True)
class ConclusionActions:
    """What may be done with the case's conclusion now (see allowed.py)."""

    edit: Allowed  # write (the draft, or a new conclusion after a signed one)
    sign: Allowed  # sign the newest, when it is a draft


@dataclass(frozen=True)
class Conclusion:
    """One conclusion of a case, draft or signed."""

    id: int
    case_id: int
    concluded_date: str
    work_ability: str
    recommendations: str
    author_id: int | None
    author: str | None
    recorded_at: str
    signature: Signature = field(default_factory=Signature)

    @property
    def is_signed(self) -> bool:
        return self.signature.is_signed


_SELECT = """SELECT k.id, k.case_id, k.concluded_date, k.work_ability, k.recommendations,
                    k.updated_by AS author_id, u.name AS author, k.updated_at AS recorded_at,
                    k.signed_at, us.name AS signer, us.title AS signer_title
             FROM conclusions k LEFT JOIN users u ON u.id = k.updated_by
             LEFT JOIN users us ON us.id = k.signed_by"""


def _conclusion(row: dict) -> Conclusion:
    signature = Signature(row.pop("signed_at"), row.pop("signer"), row.pop("signer_title"))
    return Conclusion(**row, signature=signature)


class Conclusions:
    def __init__(self, store: Store):
        self.store = store

    # -- reads ------------------------------------------------------------------------------
    def for_case(self, case_id: int) -> list[Conclusion]:
        """Oldest first."""
        return [_conclusion(r) for r in self.store.query(f"{_SELECT} WHERE k.case_id = ? ORDER BY k.id", (case_id,))]

    def latest(self, case_id: int) -> Conclusion | None:
        """The newest conclusion, draft or signed: what the window shows and edits."""
        row = self.store.query_one(f"{_SELECT} WHERE k.case_id = ? ORDER BY k.id DESC LIMIT 1", (case_id,))
        return _conclusion(row) if row else None

    def latest_signed(self, case_id: int) -> Conclusion | None:
        """The newest signed conclusion: what a report states."""
        row = self.store.query_one(
            f"{_SELECT} WHERE k.case_id = ? AND k.signed_at IS NOT NULL ORDER BY k.id DESC LIMIT 1", (case_id,))
        return _conclusion(row) if row else None

    def get(self, conclusion_id: int) -> Conclusion:
        row = self.store.query_one(f"{_SELECT} WHERE k.id = ?", (conclusion_id,))
        if row is None:
            raise NotFound(f"Den sammanfattande bedömningen {conclusion_id} finns inte.")
        return _conclusion(row)

    def actions(self, case_id: int) -> ConclusionActions:
        latest = self.latest(case_id)
        if latest is None or latest.is_signed:
            sign = refused(translate("conclusions", "Det finns ingen osignerad sammanfattande bedömning att signera."))
        else:
            sign = sign_rule(THING, latest.signature, latest.author_id, latest.author, self.store.user_id)
        return ConclusionActions(edit=self.store.cases.changes(case_id), sign=sign)

    # -- writes -----------------------------------------------------------------------------
    def save(self, case_id: int, data: ConclusionInput) -> Conclusion:
        """Write the case's conclusion: the draft is replaced; after a signed one a new one begins."""
        self.actions(case_id).edit.require()
        check = FieldCheck()
        work_ability = check.text("work_ability", "Sammanfattande bedömning av arbetsförmågan", data.work_ability,
                                  required=True, max_len=TEXT_MAX)
        recommendations = check.text("recommendations", "Rekommendationer", data.recommendations, max_len=TEXT_MAX)
        day = check.date("concluded_date", "Datum för bedömningen", data.concluded_date or self.store.today(),
                         required=True, not_after=self.store.today())
        not_before_referral(check, "concluded_date", "Datum för bedömningen", day,
                            self.store.cases.get(case_id).referral_date)
        check.raise_if_any()
        now = self.store.timestamp()
        values = {"concluded_date": iso(day), "work_ability": work_ability, "recommendations": recommendations,
                  "updated_at": now, "updated_by": self.store.user_id}
        latest = self.latest(case_id)
        with self.store.transaction() as tx:
            if latest is not None and not latest.is_signed:
                tx.update("conclusions", latest.id, values)
                conclusion_id = latest.id
            else:
                conclusion_id = tx.insert("conclusions", {**values, "case_id": case_id, "created_at": now,
                                                          "created_by": self.store.user_id})
            self.store.cases.touch(tx, case_id, now)
        return self.get(conclusion_id)

    # -- signing ----------------------------------------------------------------------------
    def sign(self, conclusion_id: int) -> Conclusion:
        with self.store.transaction() as tx:
            self._sign(tx, conclusion_id)
        return self.get(conclusion_id)

    def sign_many(self, conclusion_ids: Iterable[int]) -> list[Conclusion]:
        """Sign every one of ``conclusion_ids``, all or none (journal.SOURCES)."""
        ids = list(dict.fromkeys(conclusion_ids))
        with self.store.transaction() as tx:
            for conclusion_id in ids:
                self._sign(tx, conclusion_id)
        return [self.get(i) for i in ids]

    def _sign(self, tx: Writer, conclusion_id: int) -> None:
        conclusion = self.get(conclusion_id)
        sign_rule(THING, conclusion.signature, conclusion.author_id, conclusion.author, self.store.user_id).require()
        tx.execute("UPDATE conclusions SET signed_at = ?, signed_by = ? WHERE id = ?",
                   (self.store.timestamp(), self.store.user_id, conclusion_id))
        self.store.access_log.record(LogAction.SIGN, case_id=conclusion.case_id,
                                     what=f"sammanfattande bedömning {conclusion_id}", tx=tx)

    def unsigned_for(self, user_id: int | None, written_before: str | None = None) -> list[UnsignedEntry]:
        """Conclusions ``user_id`` wrote and has not signed (every author's when None), oldest first:
        a source of ``store.journal.unsigned_for``."""
        where, params = ("AND k.updated_by = ?", (user_id,)) if user_id is not None else ("", ())
        if written_before is not None:
            where, params = where + " AND k.updated_at < ?", (*params, written_before)
        rows = self.store.query_tuples(
            f"""SELECT k.id, k.case_id, c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name,
                       k.concluded_date, k.updated_at, k.work_ability, k.updated_by, u.name
                FROM conclusions k JOIN cases c ON c.id = k.case_id JOIN clients cl ON cl.id = c.client_id
                LEFT JOIN users u ON u.id = k.updated_by
                WHERE k.signed_at IS NULL {where} ORDER BY k.updated_at, k.id""",
            params,
        )
        out = []
        for cid, case_id, number, client_id, name, day, written, text, author_id, author in rows:
            start = " ".join(text.split())
            start = start if len(start) <= 60 else start[:59].rstrip() + "…"
            out.append(UnsignedEntry("conclusion", cid, case_id, number, client_id, name, day, written,
                                     f"Sammanfattande bedömning: {start}", author_id, author))
        return out
