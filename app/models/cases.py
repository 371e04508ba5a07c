"""Cases (ärenden): a referral for one client, run through the five steps.

A closed case (Avsluta finished) takes no changes until Avsluta is reopened: every service asks
``store.cases.require_open(case_id)`` before it writes in a case, and ``store.cases.touch(tx, case_id)``
after, so the start page sees the activity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.access_log import LogAction
from app.models.allowed import Allowed, refused
from app.models.errors import NotFound
from app.models.fields import FieldCheck, iso
from app.models.vocab import REFERRERS, TARGET_GROUPS, CaseStatus

if TYPE_CHECKING:
    from app.models.closure import SituationInput
    from app.models.store import Store, Writer

CASE_CLOSED = "Ärendet är avslutat. Öppna steget Avsluta igen för att ändra."


def changes_allowed(status: str) -> Allowed:
    """The one rule for writing in a case: not while it is closed."""
    return refused(CASE_CLOSED) if status == CaseStatus.CLOSED else Allowed.yes()


@dataclass
class CaseInput:
    referral_date: str = ""  # ISO date
    referred_by: str = ""
    referred_by_other: str = ""
    reason: str = ""
    target_group: str = ""
    responsible_user_id: int | None = None
    ama_start_date: str = ""  # ISO date; for AMA employees (the four-week plan rule counts from it)


@dataclass(frozen=True)
class Case:
    id: int
    client_id: int
    case_number: str
    referral_date: str
    referred_by: str
    referred_by_other: str
    reason: str
    target_group: str
    responsible_user_id: int | None
    responsible_name: str | None
    ama_start_date: str | None
    status: str
    closed_date: str | None
    created_at: str
    updated_at: str

    @property
    def referred_by_label(self) -> str:
        label = REFERRERS.label(self.referred_by)
        return f"{label}: {self.referred_by_other}" if self.referred_by_other else label

    @property
    def target_group_label(self) -> str:
        return TARGET_GROUPS.label(self.target_group)

    @property
    def is_closed(self) -> bool:
        return self.status == CaseStatus.CLOSED

    @property
    def changes(self) -> Allowed:
        """May anything in the case be changed now (see ``changes_allowed``)."""
        return changes_allowed(self.status)

    def as_input(self) -> CaseInput:
        return CaseInput(
            referral_date=self.referral_date,
            referred_by=self.referred_by,
            referred_by_other=self.referred_by_other,
            reason=self.reason,
            target_group=self.target_group,
            responsible_user_id=self.responsible_user_id,
            ama_start_date=self.ama_start_date or "",
        )


def case_number(year: int, serial: int) -> str:
    """A case's number: the year it was opened and its serial that year.

    >>> case_number(2026, 12)
    '2026-0012'
    """
    return f"{year}-{serial:04d}"


_CASE_SELECT = """SELECT c.id, c.client_id, c.case_number, c.referral_date, c.referred_by, c.referred_by_other,
       c.reason, c.target_group, c.responsible_user_id, u.name AS responsible_name, c.ama_start_date,
       c.status, c.closed_date, c.created_at, c.updated_at
FROM cases c LEFT JOIN users u ON u.id = c.responsible_user_id"""


class Cases:
    def __init__(self, store: Store):
        self.store = store

    def _clean(self, data: CaseInput) -> dict:
        check = FieldCheck()
        today = self.store.today()
        referral = check.date("referral_date", "Remissdatum", data.referral_date, required=True, not_after=today)
        referred_by = check.choice("referred_by", "Vem som remitterat", data.referred_by, REFERRERS)
        other = check.text("referred_by_other", "Annan remittent", data.referred_by_other,
                           max_len=200, single_line=True)
        if referred_by == "annan" and not other:
            check.fail("referred_by_other", "Ange vem som remitterat när du valt Annan.")
        reason = check.text("reason", "Anledning", data.reason)
        target = check.choice("target_group", "Målgrupp", data.target_group, TARGET_GROUPS)
        start = check.date("ama_start_date", "Startdatum på AMA", data.ama_start_date)
        responsible = data.responsible_user_id
        if responsible is not None and not self.store.query_one("SELECT 1 FROM users WHERE id = ?", (responsible,)):
            check.fail("responsible_user_id", "Välj ansvarig handläggare.")
        check.raise_if_any()
        return {
            "referral_date": iso(referral),
            "referred_by": referred_by,
            "referred_by_other": other if referred_by == "annan" else "",
            "reason": reason,
            "target_group": target,
            "responsible_user_id": responsible,
            "ama_start_date": iso(start),
        }

    def _next_number(self, year: int) -> str:
        highest = self.store.query_value(
            "SELECT max(CAST(substr(case_number, 6) AS INTEGER)) FROM cases WHERE case_number LIKE ?",
            (f"{year}-%",),
        )
        return case_number(year, (highest or 0) + 1)

    def open(self, client_id: int, data: CaseInput, before: SituationInput | None = None) -> Case:
        """Open a case from a referral: ``store.cases.open(client.id, CaseInput(referral_date="2026-11-02",
        referred_by="arbetsledare", target_group="ama_medarbetare"))``. Creates the five steps.
        ``before`` is the client's situation at the start (occupation, income, degree), for follow-up
        reporting; it is recorded in the same transaction, so a bad value leaves no case behind."""
        self.store.clients.get(client_id)
        row = self._clean(data)
        if row["responsible_user_id"] is None:
            row["responsible_user_id"] = self.store.user_id
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            row.update(
                client_id=client_id,
                case_number=self._next_number(self.store.today().year),
                status=CaseStatus.ACTIVE,
                created_at=now,
                created_by=self.store.user_id,
                updated_at=now,
            )
            case_id = tx.insert("cases", row)
            self.store.process.create_steps(tx, case_id)
            self.store.clients.refresh_search_text(tx, client_id)
            if before is not None:
                self.store.closure.record_before(case_id, before)
        return self.get(case_id)

    def update(self, case_id: int, data: CaseInput) -> Case:
        self.get(case_id)
        row = self._clean(data)
        row["updated_at"] = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("cases", case_id, row)
        return self.get(case_id)

    def changes(self, case_id: int) -> Allowed:
        """Whether the case takes changes now, and the sentence why not; NotFound for no such case."""
        status = self.store.query_value("SELECT status FROM cases WHERE id = ?", (case_id,))
        if status is None:
            raise NotFound(f"Ärendet {case_id} finns inte.")
        return changes_allowed(status)

    def require_open(self, case_id: int) -> Case:
        """The case, when it takes changes; RuleError with CASE_CLOSED when it is closed."""
        case = self.get(case_id)
        case.changes.require()
        return case

    def touch(self, tx: Writer, case_id: int, stamp: str | None = None, what: str = "") -> None:
        """Something was written in the case: its ``updated_at`` moves (Att göra reads it) and the
        access log gets a write row (``what``: which entry) in the same transaction."""
        tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (stamp or self.store.timestamp(), case_id))
        self.store.access_log.record(LogAction.WRITE, case_id=case_id, what=what, tx=tx)

    def get(self, case_id: int) -> Case:
        row = self.store.query_one(f"{_CASE_SELECT} WHERE c.id = ?", (case_id,))
        if row is None:
            raise NotFound(f"Ärendet {case_id} finns inte.")
        return Case(**row)

    def for_client(self, client_id: int) -> list[Case]:
        rows = self.store.query(f"{_CASE_SELECT} WHERE c.client_id = ? ORDER BY c.id DESC", (client_id,))
        return [Case(**r) for r in rows]
