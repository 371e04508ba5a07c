"""Cases (ärenden): a referral for one client, run through the five steps.

A closed case (Avsluta finished) takes no changes until Avsluta is reopened: every service asks
``store.cases.require_open(case_id)`` before it writes in a case, and ``store.cases.touch(tx, case_id)``
after, so the start page sees the activity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.allowed import Allowed, refused
from app.models.errors import NotFound, RuleError, ValidationError
from app.models.fields import FieldCheck, clean_text, iso
from app.models.log_actions import LogAction
from app.models.texts import translate
from app.models.vocab import REFERRERS, TARGET_GROUPS, CaseStatus

if TYPE_CHECKING:
    from app.models.closure import SituationInput
    from app.models.store import Store, Writer

CASE_CLOSED = "Ärendet är avslutat. Öppna steget Avsluta igen för att ändra."
REASON_NEEDED = ("Ärendet är inte ditt och du är inte tillagd i det. Ange varför du öppnar det "
                 "(till exempel att du täcker upp för en kollega); det loggas och granskas.")
REASON_EXAMPLES = ("Jag täcker upp för en kollega", "Klienten har kontaktat mig", "Ärendet ska lämnas över till mig")


def changes_allowed(status: str) -> Allowed:
    """The one rule for writing in a case: not while it is closed."""
    if status != CaseStatus.CLOSED:
        return Allowed.yes()
    # a button's tool tip and show_error's words: the screens' language (app/models/texts.py)
    return refused(translate("cases", "Ärendet är avslutat. Öppna steget Avsluta igen för att ändra."))


@dataclass(frozen=True)
class CaseAccess:
    """Whether a user may open a case as their own: its responsible, or a user the responsible or an
    administrator added (``case_members``). Anyone else needs a reason, which is logged (R4, R5)."""

    case_id: int
    responsible: bool
    member: bool

    @property
    def needs_reason(self) -> bool:
        return not (self.responsible or self.member)


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


# The start at AMA comes before the referral as a rule (a new employee is referred by the work
# supervisor in the first weeks; the four-week plan rule counts from the start), so it may lie before
# the referral, but not years before it: AMA's employments are time-limited, and a start three years
# or more before the referral is a year typed wrong (2016 for 2026), which would also show the plan as
# years overdue. An employee of longer standing can leave the field empty (the rule then counts from
# the referral). Never in the future (``not_after=today``), never before the client was born.
AMA_START_YEARS_BEFORE_REFERRAL = 3


def check_ama_start(check: FieldCheck, start: dt.date, referral: dt.date, born: dt.date | None) -> None:
    if born is not None and start < born:
        check.fail("ama_start_date",
                   f"Startdatum på AMA kan inte ligga före klientens födelsedatum ({born.isoformat()}).")
        return
    years = AMA_START_YEARS_BEFORE_REFERRAL
    try:
        earliest = referral.replace(year=referral.year - years)
    except ValueError:  # 29 February
        earliest = referral.replace(year=referral.year - years, day=28)
    if start < earliest:
        check.fail("ama_start_date",
                   f"Startdatum på AMA ligger mer än {years} år före remissdatum ({referral.isoformat()}). "
                   "Kontrollera årtalet, eller lämna fältet tomt för en anställd sedan länge.")


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

    def _clean(self, client_id: int | None, data: CaseInput, born: dt.date | None = None) -> dict:
        """The referral's fields, checked; the client's birth date from ``client_id`` or ``born``
        (a client not registered yet, as in an import's preview)."""
        check = FieldCheck()
        today = self.store.today()
        referral = check.date("referral_date", "Remissdatum", data.referral_date, required=True, not_after=today)
        if client_id is not None:
            born = self.store.clients.get(client_id).birth_date
        if referral is not None and born is not None and referral < born:
            check.fail("referral_date", f"Remissdatum kan inte ligga före klientens födelsedatum ({born.isoformat()}).")
        referred_by = check.choice("referred_by", "Vem som remitterat", data.referred_by, REFERRERS)
        other = check.text("referred_by_other", "Annan remittent", data.referred_by_other,
                           max_len=200, single_line=True)
        if referred_by == "annan" and not other:
            check.fail("referred_by_other", "Ange vem som remitterat när du valt Annan.")
        reason = check.text("reason", "Anledning", data.reason)
        target = check.choice("target_group", "Målgrupp", data.target_group, TARGET_GROUPS)
        start = check.date("ama_start_date", "Startdatum på AMA", data.ama_start_date, not_after=today)
        if start is not None and referral is not None:
            check_ama_start(check, start, referral, born)
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
        """The year's highest serial + 1. One index lookup (cases_number_serial, migration 14: the
        expressions must stay exactly these), so an import opening thousands of cases stays linear;
        read inside the opening transaction, so it is right whoever else opened a case meanwhile."""
        highest = self.store.query_value(
            "SELECT max(CAST(substr(case_number, 6) AS INTEGER)) FROM cases WHERE substr(case_number, 1, 5) = ?",
            (f"{year}-",),
        )
        return case_number(year, (highest or 0) + 1)

    def check(self, data: CaseInput, client_id: int | None = None, born: dt.date | None = None) -> None:
        """Check a referral as ``open`` would, writing nothing: ValidationError naming the field.
        ``client_id`` (a registered client) or ``born`` (one about to be) for the dates' rules."""
        self._clean(client_id, data, born)

    def open(self, client_id: int, data: CaseInput, before: SituationInput | None = None) -> Case:
        """Open a case from a referral: ``store.cases.open(client.id, CaseInput(referral_date="2026-11-02",
        referred_by="arbetsledare", target_group="ama_medarbetare"))``. Creates the five steps.
        ``before`` is the client's situation at the start (occupation, income, degree), for follow-up
        reporting; it is recorded in the same transaction, so a bad value leaves no case behind."""
        row = self._clean(client_id, data)
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
        before = self.get(case_id)
        row = self._clean(before.client_id, data)
        row["updated_at"] = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("cases", case_id, row)
            if row["responsible_user_id"] != before.responsible_user_id:  # who may open it changed
                name = self.store.query_value("SELECT name FROM users WHERE id = ?", (row["responsible_user_id"],))
                what = f"Ny ansvarig: {name or 'ingen'} (var {before.responsible_name or 'ingen'})"
                self.store.access_log.record(LogAction.RIGHTS, case_id=case_id, what=what, tx=tx)
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

    # -- who may open a case (R4) -------------------------------------------------------------
    def access(self, case_id: int, user_id: int | None = None) -> CaseAccess:
        """How ``user_id`` (the signed-in user unless told) stands to the case; NotFound for no case."""
        who = self.store.user_id if user_id is None else user_id
        row = self.store.query_one(
            "SELECT responsible_user_id, EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = c.id"
            " AND m.user_id = ?) AS member FROM cases c WHERE c.id = ?", (who, case_id))
        if row is None:
            raise NotFound(f"Ärendet {case_id} finns inte.")
        return CaseAccess(case_id, who is not None and row["responsible_user_id"] == who, bool(row["member"]))

    def open_for_reading(self, case_id: int, reason: str = "") -> Case:
        """The case, for the signed-in user to read: their own or one they were added to, or with a
        ``reason`` when it is neither (refused without one). Every opening is an OPEN_CASE row in the
        access log; one of another's case carries the reason and shows in the log review's list of
        openings of others' cases."""
        if self.store.user_id is None:
            raise RuleError("Logga in för att öppna ett ärende.")
        access = self.access(case_id)
        reason = clean_text(reason, single_line=True)
        if access.needs_reason and not reason:
            raise ValidationError.single("reason", REASON_NEEDED)
        if len(reason) > 500:
            raise ValidationError.single("reason", "Skälet får vara högst 500 tecken.")
        what = ("Ansvarig" if access.responsible else "Tillagd i ärendet") if not access.needs_reason \
            else f"Skäl: {reason}"
        self.store.access_log.record(LogAction.OPEN_CASE, case_id=case_id, what=what)
        return self.get(case_id)

    def open_client(self, client_id: int) -> None:
        """The client's record was opened (their tab): an OPEN_CLIENT row."""
        if self.store.user_id is None:
            raise RuleError("Logga in för att öppna en klient.")
        self.store.access_log.record(LogAction.OPEN_CLIENT, client_id=client_id)

    def members(self, case_id: int) -> list[int]:
        """The ids of the users added to the case (besides its responsible), by name."""
        return [r[0] for r in self.store.query_tuples(
            "SELECT m.user_id FROM case_members m JOIN users u ON u.id = m.user_id WHERE m.case_id = ?"
            " ORDER BY u.name COLLATE NOCASE", (case_id,))]

    def may_change_members(self, case_id: int) -> bool:
        return self.access(case_id).responsible or self.store.users.is_admin()

    def _require_member_rights(self, case_id: int) -> None:
        if not self.may_change_members(case_id):
            raise RuleError("Bara ärendets ansvariga eller en administratör kan ändra vilka som har "
                            "tillgång till ärendet.")

    def add_member(self, case_id: int, user_id: int) -> None:
        """Open the case to ``user_id`` as well (the responsible or an administrator; a RIGHTS row)."""
        self._require_member_rights(case_id)
        user = self.store.users.get(user_id)
        if self.access(case_id, user_id).responsible:
            raise RuleError(f"{user.name} är ansvarig för ärendet och har redan tillgång.")
        with self.store.transaction() as tx:
            tx.execute("INSERT OR IGNORE INTO case_members (case_id, user_id, added_at, added_by) VALUES (?, ?, ?, ?)",
                       (case_id, user_id, self.store.timestamp(), self.store.user_id))
            self.store.access_log.record(LogAction.RIGHTS, case_id=case_id,
                                         what=f"Gav {user.name} tillgång till ärendet", tx=tx)

    def remove_member(self, case_id: int, user_id: int) -> None:
        """Close the case to ``user_id`` again (the responsible or an administrator; a RIGHTS row)."""
        self._require_member_rights(case_id)
        user = self.store.users.get(user_id)
        with self.store.transaction() as tx:
            tx.execute("DELETE FROM case_members WHERE case_id = ? AND user_id = ?", (case_id, user_id))
            self.store.access_log.record(LogAction.RIGHTS, case_id=case_id,
                                         what=f"Tog bort {user.name}s tillgång till ärendet", tx=tx)
