"""Development plans (utvecklingsplaner): one per case, in versions, and the unit's plan rules.

A plan is written with the client, often with the work supervisor: a main goal about the work
situation, the baseline (utgångsläge) in words, the client's own priorities, and sub-goals (delmål),
each with strategies/actions, who is responsible and its dates.

Versions. The newest version is a draft until it is marked as agreed with the client (date, who took
part). An agreed version never changes: saving a revised plan makes a new version and every earlier
version stays readable. So there is at most one draft, and it is always the newest version.
An agreed version is signed by the one who made it (``created_by``, app/models/signing.py); a signed
version is locked in the schema too (migration 9), sub-goals and all, and is corrected by the next
version: saving after it makes one. No version is ever deleted. A draft version started by mistake
is struck out (makulerad) by its author with a reason: it stays readable, marked so, and never
changes again (migration 12); it is not the plan in force and not the newest version any more, so
the next save makes a new version after it.
A sub-goal carried into a revision keeps its ``lineage_id`` (the id of its first version), so
interventions and evaluations can be followed across versions.

Rules of the unit:
- *four weeks*: every AMA employee (target group ``ama_medarbetare``) should have an agreed plan
  within ``plan_deadline_days`` (a setting, default 28) of the start date at AMA; when no start date
  is recorded the referral date counts. The rule is met when the first agreed version is agreed on
  or before the deadline.
- *current*: a plan is current when it has an agreed version and its next follow-up is set and not
  overdue (on or after the day asked about).
- *next follow-up* of the agreed version: the earliest of its follow-up dates (the plan's own and the
  sub-goals'), until a follow-up is held: that settles the one that was next and everything planned
  up to that day, and names the next one (see :func:`next_follow_up`).

    v1 = store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid i köket", sub_goals=[...]))
    store.plans.agree(v1.id, "2026-11-20", "Klienten, arbetsledaren, arbetsterapeuten")
    store.plans.sign(v1.id)
    store.plans.record_follow_up(case.id, "2026-12-18", next_follow_up="2027-01-22")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.access_log import LogAction
from app.models.allowed import Allowed, first_refusal, refused
from app.models.errors import NotFound, ValidationError
from app.models.fields import FieldCheck, iso, planning_horizon
from app.models.journal import UnsignedEntry
from app.models.signing import Signature, Strike, sign_rule, signature_of, strike_of, strike_rule
from app.models.texts import fill, translate
from app.models.vocab import PLAN_RESPONSIBLE, CaseStatus

if TYPE_CHECKING:
    from app.models.store import Store, Writer

AMA = "ama_medarbetare"
GOAL_TEXT_MAX = 10_000
MAX_SUB_GOALS = 50
# The next follow-up the form proposes after one held, when the plan names none after it. Not the
# four-week rule's setting (plan_deadline_days): that is how soon a first plan is due, not how often
# a plan is followed up, and a unit that shortens it has not asked for more frequent follow-ups.
FOLLOW_UP_WEEKS = 4


def next_follow_up(planned: Iterable[str | None], held: Sequence[tuple[str, str | None]]) -> str | None:
    """The next follow-up of an agreed version: ``planned`` are its follow-up dates (ISO), ``held``
    the follow-ups held on it as (date held, next date set), in the order they were recorded.

    A follow-up held settles the one that was next (even when held early) and everything planned up
    to the day it was held; the next date it sets takes the place of the previous one's."""
    remaining = sorted(d for d in planned if d)
    following: str | None = None
    for done, nxt in sorted(held, key=lambda h: h[0]):  # stable: one day's follow-ups in recorded order
        pending = min([*remaining, *([following] if following else [])], default=done)
        settled = max(done, pending)
        remaining = [d for d in remaining if d > settled]
        following = nxt
    return min([*remaining, *([following] if following else [])], default=None)


@dataclass(frozen=True)
class PlanActions:
    """What may be done with a version of the plan now (see allowed.py)."""

    edit: Allowed  # save: edits the draft, or makes the next version after an agreed one
    agree: Allowed
    sign: Allowed
    strike: Allowed  # makulera: an unagreed draft version started by mistake


def plan_deadline(start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=days)


# -- input ------------------------------------------------------------------------------------

@dataclass
class SubGoalInput:
    text: str = ""
    actions: str = ""  # strategier/åtgärder
    responsible: Sequence[str] | str = ()  # keys of PLAN_RESPONSIBLE; one key alone may be given as a str
    responsible_other: str = ""  # who, when "annan" is among them
    start_date: str = ""
    target_date: str = ""
    follow_up_date: str = ""
    goal_id: int | None = None  # from PlanVersion.as_input(): the sub-goal this continues


@dataclass
class PlanInput:
    main_goal: str = ""
    baseline: str = ""
    client_priorities: str = ""
    follow_up_date: str = ""  # follow-up of the plan as a whole
    sub_goals: list[SubGoalInput] = field(default_factory=list)


# -- read models ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SubGoal:
    id: int
    position: int
    lineage_id: int
    text: str
    actions: str
    responsible: tuple[str, ...]  # keys of PLAN_RESPONSIBLE in vocabulary order (plan_goal_responsible)
    responsible_other: str
    start_date: str
    target_date: str | None
    follow_up_date: str | None

    @property
    def number(self) -> int:
        return self.position + 1

    @property
    def responsible_label(self) -> str:
        """"Klienten, Chef" (Annan as "Annan: what was typed")."""
        return self.responsible_text()

    def responsible_text(self, client: str | None = None, last: str = ", ") -> str:
        """The responsible in words, the client named ``client`` when given ("Du, Chef" in the
        client's own plan); ``last`` joins the last two ("Du och Chef" in the easy-read plan)."""
        words = []
        for key in self.responsible:
            label = PLAN_RESPONSIBLE.label(key)
            if key == "klienten" and client:
                label = client
            elif key == "annan" and self.responsible_other:
                label = f"{label}: {self.responsible_other}"
            words.append(label)
        return last.join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)

    def as_input(self) -> SubGoalInput:
        return SubGoalInput(
            text=self.text, actions=self.actions, responsible=list(self.responsible),
            responsible_other=self.responsible_other, start_date=self.start_date,
            target_date=self.target_date or "", follow_up_date=self.follow_up_date or "", goal_id=self.id,
        )


@dataclass(frozen=True)
class PlanVersion:
    id: int
    case_id: int
    version: int
    main_goal: str
    baseline: str
    client_priorities: str
    follow_up_date: str | None
    agreed_date: str | None
    agreed_participants: str
    created_at: str
    created_by: str | None
    updated_at: str
    author_id: int | None  # created_by's id: the one who signs
    signature: Signature
    strike: Strike
    sub_goals: tuple[SubGoal, ...]
    agreed_at: str | None = None  # when the agreement was recorded (agreed_date: the day it was made)

    @property
    def is_agreed(self) -> bool:
        return self.agreed_date is not None

    @property
    def is_signed(self) -> bool:
        return self.signature.is_signed

    @property
    def is_struck(self) -> bool:
        return self.strike.is_struck

    @property
    def status_label(self) -> str:
        if self.is_struck:
            return "Makulerad"
        return f"Överenskommen {self.agreed_date}" if self.agreed_date else "Utkast"

    def follow_up_dates(self) -> list[str]:
        return [d for d in (self.follow_up_date, *(g.follow_up_date for g in self.sub_goals)) if d]

    def as_input(self) -> PlanInput:
        """The version as a starting point for a revision (or for editing the draft)."""
        return PlanInput(
            main_goal=self.main_goal, baseline=self.baseline, client_priorities=self.client_priorities,
            follow_up_date=self.follow_up_date or "", sub_goals=[g.as_input() for g in self.sub_goals],
        )


@dataclass(frozen=True)
class FollowUp:
    id: int
    plan_version_id: int
    version: int
    follow_up_date: str
    note: str
    next_follow_up: str | None
    created_at: str
    created_by: str | None
    participants: str = ""  # who took part: "Klienten, arbetsledaren Per och arbetsterapeuten"


@dataclass(frozen=True)
class PlanDeadline:
    """The four-week rule for one AMA employee's case."""

    start_date: str
    deadline: str
    agreed_date: str | None  # of the first agreed version
    day: str  # the day asked about

    @property
    def days_left(self) -> int:
        """Days from ``day`` to the deadline; negative once it has passed."""
        return (dt.date.fromisoformat(self.deadline) - dt.date.fromisoformat(self.day)).days

    @property
    def met(self) -> bool | None:
        """True: agreed in time; False: agreed late, or not agreed and the deadline passed; None: pending."""
        if self.agreed_date is not None:
            return self.agreed_date <= self.deadline
        return False if self.day > self.deadline else None

    @property
    def label(self) -> str:
        """Shown on the plan page only (documents word the rule themselves): in the screens' language.
        Before an agreement it says "ingen överenskommen plan", true also beside a draft on the page."""
        if self.agreed_date is not None:
            text = (translate("Plans", "Plan överenskommen i tid (%1, senast %2)") if self.met
                    else translate("Plans", "Plan överenskommen efter tidsgränsen (%1, senast %2)"))
            return text.replace("%1", self.agreed_date).replace("%2", self.deadline)
        days = self.days_left
        if days < 0:
            return translate("Plans", "Ingen överenskommen plan – tidsgränsen %1 passerades för %2 sedan").replace(
                "%1", self.deadline).replace("%2", _days(-days))
        if days == 0:
            return translate("Plans", "Ingen överenskommen plan – tidsgränsen är i dag (%1)").replace(
                "%1", self.deadline)
        return translate("Plans", "Plan senast %1 (om %2)").replace("%1", self.deadline).replace("%2", _days(days))


@dataclass(frozen=True)
class PlanStatus:
    case_id: int
    latest_version: int | None  # version numbers; None when the case has no plan
    agreed_version: int | None
    first_agreed_date: str | None
    next_follow_up: str | None
    is_current: bool
    deadline: PlanDeadline | None  # only for AMA employees
    # The day the case closed, when it is closed: its plan is no longer followed up, so it has no next
    # follow-up (None above), is not current, and a follow-up date it had is never "försenad".
    closed_date: str | None = None

    @property
    def label(self) -> str:
        """Shown on the plan page only: in the screens' language."""
        version = str(self.agreed_version)
        if self.latest_version is None:
            return translate("Plans", "Ingen utvecklingsplan")
        if self.closed_date is not None:
            if self.agreed_version is None:
                return translate("Plans", "Planen blev inte överenskommen (ärendet avslutat %1)").replace(
                    "%1", self.closed_date)
            return translate("Plans", "Plan version %1 (ärendet avslutat %2)").replace("%1", version).replace(
                "%2", self.closed_date)
        if self.agreed_version is None:
            return translate("Plans", "Utvecklingsplan under arbete (ej överenskommen)")
        if self.is_current:
            return translate("Plans", "Aktuell plan (version %1), nästa uppföljning %2").replace(
                "%1", version).replace("%2", self.next_follow_up or "")
        if self.next_follow_up is None:
            return translate("Plans", "Planen (version %1) har ingen planerad uppföljning").replace("%1", version)
        return translate("Plans", "Uppföljningen %1 är försenad (version %2)").replace(
            "%1", self.next_follow_up).replace("%2", version)


@dataclass(frozen=True)
class PlanShare:
    """Clients with an active case, and how many of them have a current plan (the report's 19 of 23)."""

    current: int
    total: int

    @property
    def percent(self) -> float | None:
        return None if self.total == 0 else 100.0 * self.current / self.total

    @property
    def text(self) -> str:
        percent = self.percent
        if percent is None:
            return "Inga aktiva klienter"
        return f"{self.current} av {self.total} ({round(percent)} %)"


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0][:80] if text.strip() else ""


def _days(n: int) -> str:
    """For the deadline's label (screens only)."""
    return translate("Plans", "1 dag") if n == 1 else translate("Plans", "%1 dagar").replace("%1", str(n))


_VERSION_SELECT = """SELECT v.id, v.case_id, v.version, v.main_goal, v.baseline, v.client_priorities,
       v.follow_up_date, v.agreed_date, v.agreed_participants, v.created_at, u.name AS created_by, v.updated_at,
       v.created_by AS author_id, v.signed_at, us.name AS signer, us.title AS signer_title, v.agreed_at,
       v.struck_at, ux.name AS striker, v.strike_reason
FROM plan_versions v LEFT JOIN users u ON u.id = v.created_by LEFT JOIN users us ON us.id = v.signed_by
     LEFT JOIN users ux ON ux.id = v.struck_by"""


def what(version: PlanVersion) -> str:
    """How the access log names a plan version."""
    return f"planversion {version.id} (version {version.version})"

_GOAL_COLUMNS = ("id, position, lineage_id, text, actions, responsible_other, start_date, "
                 "target_date, follow_up_date")


def responsible_keys(value: Sequence[str] | str | None) -> list[str]:
    """The keys of a sub-goal's responsible as given (one key, a list, or none), without repeats."""
    if not value:
        return []
    return list(dict.fromkeys([value] if isinstance(value, str) else value))


def _vocabulary_order(keys: Iterable[str]) -> tuple[str, ...]:
    order = PLAN_RESPONSIBLE.keys()
    return tuple(sorted(keys, key=lambda k: order.index(k) if k in order else len(order)))



@dataclass(frozen=True)
class CarriedGoals:
    """What ``Plans.carry_goals`` did: the saved version, the goals added, those the plan already
    held (not added twice), and whether passed follow-up dates were left for new ones."""

    version: PlanVersion
    added: tuple[str, ...]
    already_there: tuple[str, ...]
    cleared_follow_ups: bool


def goal_source(instrument: str, assessment_date: str) -> str:
    """The sentence a plan's priorities carry when goals came from an instrument's goal formulation
    (DOA): the report looks for the same sentence to name the formulation as their source."""
    return f"Klientens prioriterade mål kommer från målformuleringen i {instrument} ({assessment_date})."

class Plans:
    def __init__(self, store: Store):
        self.store = store

    # -- reads ------------------------------------------------------------------------------
    def versions(self, case_id: int) -> list[PlanVersion]:
        """Every version of the case's plan, oldest first, struck ones too; empty when there is none."""
        rows = self.store.query(f"{_VERSION_SELECT} WHERE v.case_id = ? ORDER BY v.version", (case_id,))
        return [self._build(r) for r in rows]

    def get(self, version_id: int) -> PlanVersion:
        row = self.store.query_one(f"{_VERSION_SELECT} WHERE v.id = ?", (version_id,))
        if row is None:
            raise NotFound(f"Planversionen {version_id} finns inte.")
        return self._build(row)

    def latest(self, case_id: int) -> PlanVersion | None:
        """The newest version that is not struck out."""
        row = self.store.query_one(
            f"{_VERSION_SELECT} WHERE v.case_id = ? AND v.struck_at IS NULL ORDER BY v.version DESC LIMIT 1",
            (case_id,))
        return self._build(row) if row else None

    def agreed(self, case_id: int) -> PlanVersion | None:
        """The newest version agreed with the client: the plan in force."""
        row = self.store.query_one(
            f"{_VERSION_SELECT} WHERE v.case_id = ? AND v.agreed_date IS NOT NULL AND v.struck_at IS NULL "
            "ORDER BY v.version DESC LIMIT 1",
            (case_id,),
        )
        return self._build(row) if row else None

    def in_force(self, case_id: int) -> PlanVersion | None:
        """The version work is measured against: the newest agreed one, else the draft."""
        return self.agreed(case_id) or self.latest(case_id)

    def goal(self, goal_id: int) -> tuple[PlanVersion, SubGoal]:
        version_id = self.store.query_value("SELECT plan_version_id FROM plan_goals WHERE id = ?", (goal_id,))
        if version_id is None:
            raise NotFound(f"Delmålet {goal_id} finns inte.")
        version = self.get(version_id)
        return version, next(g for g in version.sub_goals if g.id == goal_id)

    def goal_case(self, goal_id: int) -> int | None:
        return self.store.query_value(
            "SELECT v.case_id FROM plan_goals g JOIN plan_versions v ON v.id = g.plan_version_id WHERE g.id = ?",
            (goal_id,),
        )

    def _build(self, row: dict) -> PlanVersion:
        goals = self.store.query(
            f"""SELECT {_GOAL_COLUMNS}, (SELECT group_concat(responsible, ',') FROM plan_goal_responsible
                                         WHERE goal_id = plan_goals.id) AS responsible
                FROM plan_goals WHERE plan_version_id = ? ORDER BY position""", (row["id"],)
        )
        data = dict(row)
        signature, strike = signature_of(data), strike_of(data)
        sub_goals = []
        for g in goals:
            stored = g.pop("responsible")
            sub_goals.append(SubGoal(**g, responsible=_vocabulary_order(stored.split(",") if stored else ())))
        return PlanVersion(**data, signature=signature, strike=strike, sub_goals=tuple(sub_goals))

    def follow_ups(self, case_id: int) -> list[FollowUp]:
        rows = self.store.query(
            """SELECT f.id, f.plan_version_id, v.version, f.follow_up_date, f.note, f.next_follow_up,
                      f.created_at, u.name AS created_by, f.participants
               FROM plan_follow_ups f JOIN plan_versions v ON v.id = f.plan_version_id
               LEFT JOIN users u ON u.id = f.created_by
               WHERE v.case_id = ? ORDER BY f.follow_up_date, f.id""",
            (case_id,),
        )
        return [FollowUp(**r) for r in rows]

    def deadline_days(self) -> int:
        return self.store.settings.plan_deadline_days()

    def deadline(self, case_id: int, day: dt.date | None = None) -> PlanDeadline | None:
        """The four-week rule for the case; None when it does not apply (not an AMA employee)."""
        rows = self.store.query_tuples(
            """SELECT c.target_group, coalesce(c.ama_start_date, c.referral_date), p.first_agreed_date
               FROM cases c LEFT JOIN plans p ON p.case_id = c.id WHERE c.id = ?""",
            (case_id,),
        )
        if not rows:
            raise NotFound(f"Ärendet {case_id} finns inte.")
        group, start, agreed = rows[0]
        if group != AMA:
            return None
        due = plan_deadline(dt.date.fromisoformat(start), self.deadline_days())
        return PlanDeadline(start, due.isoformat(), agreed, (day or self.store.today()).isoformat())

    def status(self, case_id: int, day: dt.date | None = None) -> PlanStatus:
        day = day or self.store.today()
        deadline = self.deadline(case_id, day)
        rows = self.store.query_tuples(
            f"""SELECT l.version, a.version, p.first_agreed_date, p.next_follow_up,
                       CASE WHEN c.status = '{CaseStatus.CLOSED}' THEN c.closed_date END
               FROM plans p JOIN cases c ON c.id = p.case_id
               JOIN plan_versions l ON l.id = p.latest_version_id
               LEFT JOIN plan_versions a ON a.id = p.agreed_version_id WHERE p.case_id = ?""",
            (case_id,),
        )
        if not rows:
            return PlanStatus(case_id, None, None, None, None, False, deadline)
        latest, agreed, first, following, closed = rows[0]
        closed = closed if closed is not None and closed <= day.isoformat() else None
        following = None if closed else following  # a closed case's plan has no next follow-up
        current = agreed is not None and following is not None and following >= day.isoformat()
        return PlanStatus(case_id, latest, agreed, first, following, current, deadline, closed)

    def is_current(self, case_id: int, day: dt.date | None = None) -> bool:
        return self.status(case_id, day).is_current

    def current_share(self, day: dt.date | None = None, user_id: int | None = None,
                      target_group: str | None = AMA, period_from: dt.date | None = None) -> PlanShare:
        """Clients with a case (of ``target_group``; None: every group) on ``day`` (or over the period
        ``period_from``–``day``), optionally only the cases ``user_id`` is responsible for, and how
        many of them have a current plan. The rule is app/models/plan_share.py's, as in the exports."""
        from app.models.plan_share import plan_share

        return plan_share(self.store, day, period_from=period_from, user_id=user_id, target_group=target_group)

    def actions(self, case_id: int, version_id: int | None = None) -> PlanActions:
        """What may be done with version ``version_id`` (None: the newest, or a plan not written yet):
        ``store.plans.actions(case.id, version.id).agree.reason``."""
        changes = self.store.cases.changes(case_id)
        latest = self.latest(case_id)
        version = self.get(version_id) if version_id is not None else latest
        older = version is not None and latest is not None and version.id != latest.id
        struck = (refused(fill(translate("Plans", "Version %1 är makulerad och kan inte ändras."), version.version))
                  if version is not None and version.is_struck else Allowed.yes())
        if version is None:
            agree = refused(translate("Plans", "Spara planen innan den markeras som överenskommen."))
        elif version.is_agreed:
            agree = refused(fill(translate("Plans", "Version %1 är redan överenskommen. Gör en ny version för att "
                                                    "ändra planen."), version.version))
        elif older:
            agree = refused(translate("Plans", "Bara den senaste versionen av planen kan markeras som "
                                               "överenskommen."))
        else:
            agree = Allowed.yes()
        if version is None:
            sign = refused(translate("Plans", "Spara planen och kom överens om den med klienten innan den "
                                              "signeras."))
        else:
            sign = sign_rule("Planversionen", version.signature, version.author_id, version.created_by,
                             self.store.user_id,
                             Allowed.yes() if version.is_agreed
                             else refused(translate("Plans", "Planversionen signeras när den är överenskommen "
                                                             "med klienten.")))
        if version is None:
            strike = refused(translate("Plans", "Det finns ingen planversion att makulera."))
        else:
            strike = strike_rule("Planversionen", version.signature, version.strike, version.author_id,
                                 version.created_by, self.store.user_id,
                                 refused(translate("Plans", "Bara ett utkast som inte är överenskommet kan "
                                                            "makuleras; en överenskommen version ändras med en ny "
                                                            "version.")) if version.is_agreed else Allowed.yes())
        return PlanActions(
            edit=first_refusal(struck, changes, refused(translate("Plans", "Det här är en tidigare version av "
                                                                           "planen; bara den senaste kan ändras."))
                               if older else Allowed.yes()),
            agree=first_refusal(struck, changes, agree),
            sign=first_refusal(struck, sign),
            strike=strike,
        )

    def follow_up_action(self, case_id: int) -> Allowed:
        """Whether a follow-up of the plan may be recorded now: the case takes changes and its plan
        has a version agreed with the client (a follow-up is held on that one)."""
        return first_refusal(self.store.cases.changes(case_id), Allowed.yes() if self.agreed(case_id) is not None
                             else refused(translate("Plans", "Planen är inte överenskommen med klienten än; det "
                                                             "finns ingen plan att följa upp.")))

    def strike(self, version_id: int, reason: str) -> PlanVersion:
        """Strike out (makulera) an unagreed draft version started by mistake, with the reason; it stays
        readable, marked so, and the plan goes on from the version before it (if any)."""
        version = self.get(version_id)
        self.actions(version.case_id, version_id).strike.require()
        check = FieldCheck()
        reason = check.text("reason", "Skäl till makuleringen", reason, required=True)
        check.raise_if_any()
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.execute("UPDATE plan_versions SET struck_at = ?, struck_by = ?, strike_reason = ? WHERE id = ?",
                       (now, self.store.user_id, reason, version_id))
            self._refresh(tx, version.case_id, now)
            self.store.access_log.record(LogAction.STRIKE, case_id=version.case_id, what=what(version), tx=tx)
        return self.get(version_id)

    # -- signing ----------------------------------------------------------------------------
    def sign(self, version_id: int) -> PlanVersion:
        """The version's author signs it once agreed; a later change is the next version."""
        with self.store.transaction() as tx:
            self._sign(tx, version_id)
        return self.get(version_id)

    def sign_many(self, version_ids: Iterable[int]) -> list[PlanVersion]:
        """Sign every one of ``version_ids``, all or none (journal.SOURCES)."""
        ids = list(dict.fromkeys(version_ids))
        with self.store.transaction() as tx:
            for version_id in ids:
                self._sign(tx, version_id)
        return [self.get(i) for i in ids]

    def _sign(self, tx: Writer, version_id: int) -> None:
        version = self.get(version_id)
        self.actions(version.case_id, version_id).sign.require()
        tx.execute("UPDATE plan_versions SET signed_at = ?, signed_by = ? WHERE id = ?",
                   (self.store.timestamp(), self.store.user_id, version_id))
        self.store.access_log.record(LogAction.SIGN, case_id=version.case_id, what=what(version), tx=tx)

    def unsigned_for(self, user_id: int | None, written_before: str | None = None) -> list[UnsignedEntry]:
        """Agreed versions ``user_id`` made and has not signed (every author's when None), oldest
        agreed first: a source of ``store.journal.unsigned_for``. A draft is agreed before it is signed."""
        where, params = ("AND v.created_by = ?", (user_id,)) if user_id is not None else ("", ())
        if written_before is not None:  # Att göra's "older than N days" (journal.older_than)
            where, params = where + " AND coalesce(v.agreed_at, v.updated_at) < ?", (*params, written_before)
        rows = self.store.query_tuples(
            f"""SELECT v.id, v.case_id, c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name,
                       v.agreed_date, coalesce(v.agreed_at, v.updated_at), v.version, v.main_goal, v.created_by, u.name
                FROM plan_versions v JOIN cases c ON c.id = v.case_id JOIN clients cl ON cl.id = c.client_id
                LEFT JOIN users u ON u.id = v.created_by
                WHERE v.signed_at IS NULL AND v.agreed_date IS NOT NULL AND v.struck_at IS NULL {where}
                ORDER BY 7, v.id""",
            params,
        )
        return [UnsignedEntry("plan_version", vid, case_id, number, client_id, name, day, written,
                              f"Utvecklingsplan version {version}: {_first_line(goal)}", author_id, author)
                for vid, case_id, number, client_id, name, day, written, version, goal, author_id, author in rows]

    # -- writes -----------------------------------------------------------------------------
    def save(self, case_id: int, data: PlanInput) -> PlanVersion:
        """Save the plan: edits the draft when the newest version is one, otherwise (no plan yet, or
        the newest version is agreed) makes a new version. Returns the saved version."""
        self.actions(case_id).edit.require()
        latest = self.latest(case_id)
        draft = latest if latest is not None and not latest.is_agreed else None
        goals = self._clean(case_id, data, draft)
        now = self.store.timestamp()
        main = {**goals.pop(0), "updated_at": now}
        with self.store.transaction() as tx:
            self.store.cases.require_open(case_id)
            if draft is None:  # numbered after every version, struck ones too
                number = self.store.query_value(
                    "SELECT coalesce(max(version), 0) + 1 FROM plan_versions WHERE case_id = ?", (case_id,))
                version_id = tx.insert("plan_versions", {
                    **main, "case_id": case_id, "version": number,
                    "created_at": now, "created_by": self.store.user_id,
                })
                self._write_goals(tx, version_id, goals, keep=set())
            else:
                version_id = draft.id
                tx.update("plan_versions", version_id, main)
                self._write_goals(tx, version_id, goals, keep={g.id for g in draft.sub_goals})
            self._refresh(tx, case_id, now)
            self.store.cases.touch(tx, case_id, now)
        return self.get(version_id)

    def carry_goals(self, case_id: int, goals: list[str], source: str = "") -> CarriedGoals:
        """Take goals the client formulated (e.g. DOA's goal formulation, one per line) into the plan
        as sub-goals with the client responsible, starting today. With no plan yet, the first goal
        becomes the main goal. A goal the plan already holds is not added again (carrying twice
        must not double the sub-goals). ``source`` (``goal_source``) is named once in the client's
        priorities, so the plan and the report say where the priorities come from. Follow-up dates
        of the plan it continues that have passed do not follow (a new version needs new ones; a
        walk found the carry refused for them). Saved like any edit: the draft, or a new version
        after an agreed one."""
        wanted = list(dict.fromkeys(g.strip(" -•*\t") for g in goals if g.strip(" -•*\t")))
        if not wanted:
            raise ValidationError.single("goals", "Det finns inga mål att föra över. Skriv ett mål per rad.")
        latest = self.latest(case_id)
        data = latest.as_input() if latest else PlanInput(main_goal=wanted.pop(0))
        held = {t.casefold() for t in (data.main_goal, *(g.text for g in data.sub_goals))}
        there = tuple(g for g in wanted if g.casefold() in held)
        new = [g for g in wanted if g.casefold() not in held]
        if latest is not None and not new:
            raise ValidationError.single("goals", "Målen finns redan i utvecklingsplanen: " + "; ".join(there) + ".")
        today = self.store.today().isoformat()
        cleared = False
        if data.follow_up_date and data.follow_up_date < today:
            data.follow_up_date, cleared = "", True
        for goal in data.sub_goals:
            if goal.follow_up_date and goal.follow_up_date < today:
                goal.follow_up_date, cleared = "", True
        if source and source not in data.client_priorities:
            data.client_priorities = "\n".join(t for t in (data.client_priorities.rstrip(), source) if t)
        data.sub_goals.extend(SubGoalInput(text=g, responsible=["klienten"], start_date=today) for g in new)
        version = self.save(case_id, data)
        added = tuple(new) if latest is not None else (version.main_goal, *new)
        return CarriedGoals(version, added, there, cleared)

    def agree(self, version_id: int, agreed_date: str | dt.date, participants: str) -> PlanVersion:
        """Mark the newest version as agreed with the client (the day, and who took part)."""
        version = self.get(version_id)
        self.actions(version.case_id, version_id).agree.require()
        check = FieldCheck()
        day = check.date("agreed_date", "Datum för överenskommelsen", agreed_date, required=True,
                         not_after=self.store.today())
        who = check.text("agreed_participants", "Vilka som deltog", participants, required=True, max_len=2000)
        referral = self.store.cases.get(version.case_id).referral_date
        previous = self.agreed(version.case_id)
        previous_date = previous.agreed_date if previous else None
        if day and day.isoformat() < referral:
            check.fail("agreed_date", f"Datum för överenskommelsen kan inte vara före remissdatum ({referral}).")
        elif day and previous_date and day.isoformat() < previous_date:
            check.fail("agreed_date", "Datum för överenskommelsen kan inte vara före förra versionens "
                                      f"({previous_date}).")
        if not version.follow_up_dates():
            check.fail("follow_up_date", "Ange när planen ska följas upp innan den markeras som överenskommen.")
        check.raise_if_any()
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("plan_versions", version_id, {
                "agreed_date": iso(day), "agreed_participants": who, "agreed_at": now,
                "agreed_by": self.store.user_id, "updated_at": now,
            })
            self._refresh(tx, version.case_id, now)
            self.store.cases.touch(tx, version.case_id, now)
        return self.get(version_id)

    def proposed_next_follow_up(self, case_id: int, follow_up_date: str | dt.date) -> str | None:
        """What the follow-up form proposes as the next one for a follow-up held ``follow_up_date``:
        the plan's next follow-up when it lies after that day (the date agreed stays), else
        :data:`FOLLOW_UP_WEEKS` after it; never a day already past, which :meth:`record_follow_up`
        refuses. None without an agreed plan."""
        if self.agreed(case_id) is None:
            return None
        held = dt.date.fromisoformat(str(follow_up_date)[:10])
        today = self.store.today()
        following = self.status(case_id, today).next_follow_up
        if following and following > held.isoformat() and following >= today.isoformat():
            return following
        interval = dt.timedelta(weeks=FOLLOW_UP_WEEKS)
        proposed = held + interval
        return (proposed if proposed >= today else today + interval).isoformat()  # one recorded late

    def record_follow_up(self, case_id: int, follow_up_date: str | dt.date, note: str = "",
                         next_follow_up: str | dt.date | None = "", participants: str = "") -> FollowUp:
        """A follow-up of the agreed plan was held: ``note`` what was followed up and the outcome,
        ``participants`` who took part; ``next_follow_up`` is when the next one is (none: the plan
        then has no planned follow-up and stops counting as current)."""
        self.follow_up_action(case_id).require()
        version = self.agreed(case_id)
        assert version is not None and version.agreed_date is not None  # agreed() returns agreed versions only
        today = self.store.today()
        check = FieldCheck()
        held = check.date("follow_up_date", "Datum för uppföljningen", follow_up_date, required=True, not_after=today)
        following = check.date("next_follow_up", "Nästa uppföljning", next_follow_up, latest=planning_horizon(today))
        note = check.text("note", "Vad som följdes upp och resultatet", note, max_len=GOAL_TEXT_MAX)
        participants = check.text("participants", "Vilka som deltog", participants, max_len=2000)
        if held and held.isoformat() < version.agreed_date:
            check.fail("follow_up_date", f"Uppföljningen kan inte vara före överenskommelsen ({version.agreed_date}).")
        if following and following < today:
            check.fail("next_follow_up", "Nästa uppföljning kan inte ligga i det förflutna.")
        elif following and held and following <= held:
            check.fail("next_follow_up", "Nästa uppföljning måste ligga efter den här uppföljningen.")
        check.raise_if_any()
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            follow_up_id = tx.insert("plan_follow_ups", {
                "plan_version_id": version.id, "follow_up_date": iso(held), "note": note,
                "next_follow_up": iso(following), "created_at": now, "created_by": self.store.user_id,
                "participants": participants,
            })
            self._refresh(tx, case_id, now)
            self.store.cases.touch(tx, case_id, now)
        return next(f for f in self.follow_ups(case_id) if f.id == follow_up_id)

    # -- internals --------------------------------------------------------------------------
    def _clean(self, case_id: int, data: PlanInput, draft: PlanVersion | None) -> list[dict]:
        """Validated rows: first the plan's own columns (goal, baseline, priorities, follow-up date),
        then one dict per sub-goal."""
        check = FieldCheck()
        today = self.store.today()
        main_goal = check.text("main_goal", "Huvudmål", data.main_goal, required=True, max_len=GOAL_TEXT_MAX)
        baseline = check.text("baseline", "Utgångsläge", data.baseline, max_len=GOAL_TEXT_MAX)
        priorities = check.text("client_priorities", "Klientens egna prioriteringar", data.client_priorities,
                                max_len=GOAL_TEXT_MAX)
        horizon = planning_horizon(today)
        plan_follow_up = check.date("follow_up_date", "Uppföljning av planen", data.follow_up_date, latest=horizon)
        if plan_follow_up and plan_follow_up < today:
            check.fail("follow_up_date", "Uppföljning av planen kan inte ligga i det förflutna.")
        if len(data.sub_goals) > MAX_SUB_GOALS:
            check.fail("sub_goals", f"En plan kan ha högst {MAX_SUB_GOALS} delmål.")
        own = self._case_goals(case_id)  # goal id -> (lineage, version id)
        seen: set[int] = set()
        rows: list[dict] = [{"main_goal": main_goal, "baseline": baseline, "client_priorities": priorities,
                             "follow_up_date": iso(plan_follow_up)}]
        for i, goal in enumerate(data.sub_goals):
            n, key = i + 1, f"sub_goals[{i}]"
            text = check.text(f"{key}.text", f"Delmål {n}", goal.text, required=True, max_len=GOAL_TEXT_MAX)
            actions = check.text(f"{key}.actions", f"Åtgärder för delmål {n}", goal.actions, max_len=GOAL_TEXT_MAX)
            keys = responsible_keys(goal.responsible)
            if not keys:
                check.fail(f"{key}.responsible", f"Välj ansvarig för delmål {n}.")
            elif any(k not in PLAN_RESPONSIBLE for k in keys):
                check.fail(f"{key}.responsible", f"Välj ansvarig för delmål {n} ur listan.")
            responsible = _vocabulary_order(keys)
            other = check.text(f"{key}.responsible_other", f"Annan ansvarig för delmål {n}", goal.responsible_other,
                               max_len=200, single_line=True)
            if "annan" in responsible and not other:
                check.fail(f"{key}.responsible_other", f"Ange vem som är ansvarig för delmål {n}.")
            elif "annan" not in responsible and other:  # refused, never dropped: nothing typed vanishes unsaid
                chosen = ", ".join(PLAN_RESPONSIBLE.label(k) for k in responsible) or "inte vald"
                check.fail(f"{key}.responsible_other", f"Annan ansvarig för delmål {n} är ifylld men ansvarig är "
                                                       f"{chosen}. Välj Annan eller töm fältet.")
            start = check.date(f"{key}.start_date", f"Startdatum för delmål {n}", goal.start_date, required=True,
                               latest=horizon)
            target = check.date(f"{key}.target_date", f"Måldatum för delmål {n}", goal.target_date, latest=horizon)
            follow = check.date(f"{key}.follow_up_date", f"Uppföljning av delmål {n}", goal.follow_up_date,
                                latest=horizon)
            if start and target and target < start:
                check.fail(f"{key}.target_date", f"Måldatum för delmål {n} kan inte vara före startdatum ({start}).")
            if follow and follow < today:
                check.fail(f"{key}.follow_up_date", f"Uppföljning av delmål {n} kan inte ligga i det förflutna.")
            elif start and follow and follow < start:
                check.fail(f"{key}.follow_up_date",
                           f"Uppföljning av delmål {n} kan inte vara före startdatum ({start}).")
            lineage, goal_id = None, None
            if goal.goal_id is not None:
                if goal.goal_id not in own or goal.goal_id in seen:
                    check.fail(f"{key}.goal_id", f"Delmål {n} hör inte till den här planen.")
                else:
                    seen.add(goal.goal_id)
                    lineage, version_id = own[goal.goal_id]
                    if draft is not None and version_id == draft.id:
                        goal_id = goal.goal_id  # edited in place
            rows.append({
                "id": goal_id, "position": i, "lineage_id": lineage, "text": text, "actions": actions,
                "responsible": responsible, "responsible_other": other,
                "start_date": iso(start), "target_date": iso(target), "follow_up_date": iso(follow),
            })
        if draft is not None:
            dropped = {g.id for g in draft.sub_goals} - {r["id"] for r in rows[1:] if r["id"]}
            used = self._goals_in_use(dropped)
            if used:
                names = ", ".join(f"delmål {g.number}" for g in draft.sub_goals if g.id in used)
                check.fail("sub_goals", f"Det finns insatser eller utvärderingar kopplade till {names}; "
                                        "delmålet kan inte tas bort ur utkastet.")
        check.raise_if_any()
        return rows

    def _case_goals(self, case_id: int) -> dict[int, tuple[int, int]]:
        rows = self.store.query_tuples(
            """SELECT g.id, g.lineage_id, g.plan_version_id FROM plan_goals g
               JOIN plan_versions v ON v.id = g.plan_version_id WHERE v.case_id = ? AND v.struck_at IS NULL""",
            (case_id,),
        )
        return {goal_id: (lineage, version_id) for goal_id, lineage, version_id in rows}

    def _goals_in_use(self, goal_ids: set[int]) -> set[int]:
        if not goal_ids:
            return set()
        marks = ",".join("?" * len(goal_ids))
        rows = self.store.query_tuples(
            f"""SELECT goal_id FROM interventions WHERE goal_id IN ({marks})
                UNION SELECT goal_id FROM goal_evaluations WHERE goal_id IN ({marks})""",
            (*goal_ids, *goal_ids),
        )
        return {r[0] for r in rows}

    def _write_goals(self, tx: Writer, version_id: int, goals: list[dict], keep: set[int]) -> None:
        kept = {g["id"] for g in goals if g["id"]}
        for dropped in keep - kept:
            tx.execute("DELETE FROM plan_goal_responsible WHERE goal_id = ?", (dropped,))
            tx.execute("DELETE FROM plan_goals WHERE id = ?", (dropped,))
        for g in goals:
            # plan_goals.responsible keeps the first of the list (migration 18); the list is its own table
            values = {k: v for k, v in g.items() if k != "id"}
            responsible = values.pop("responsible")
            values["responsible"] = responsible[0] if responsible else ""
            goal_id = g["id"]
            if goal_id:
                sets = ", ".join(f"{k} = ?" for k in values)
                tx.execute(f"UPDATE plan_goals SET {sets} WHERE id = ?", (*values.values(), goal_id))
                tx.execute("DELETE FROM plan_goal_responsible WHERE goal_id = ?", (goal_id,))
            else:
                goal_id = tx.execute(
                    """INSERT INTO plan_goals (plan_version_id, position, lineage_id, text, actions, responsible,
                       responsible_other, start_date, target_date, follow_up_date)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (version_id, values["position"], values["lineage_id"] or 0, values["text"], values["actions"],
                     values["responsible"], values["responsible_other"], values["start_date"], values["target_date"],
                     values["follow_up_date"]),
                ).lastrowid
                if values["lineage_id"] is None:  # a new sub-goal starts its own line
                    tx.execute("UPDATE plan_goals SET lineage_id = id WHERE id = ?", (goal_id,))
            tx.executemany("INSERT INTO plan_goal_responsible (goal_id, responsible) VALUES (?, ?)",
                           [(goal_id, k) for k in responsible])

    def _refresh(self, tx: Writer, case_id: int, now: str) -> None:
        """Recompute the case's row in ``plans`` (inside the writing transaction)."""
        store = self.store
        latest = store.query_value(
            "SELECT id FROM plan_versions WHERE case_id = ? AND struck_at IS NULL ORDER BY version DESC LIMIT 1",
            (case_id,)
        )
        if latest is None:
            tx.execute("DELETE FROM plans WHERE case_id = ?", (case_id,))
            return
        agreed = store.query_one(
            """SELECT id, follow_up_date FROM plan_versions WHERE case_id = ? AND agreed_date IS NOT NULL
               ORDER BY version DESC LIMIT 1""",
            (case_id,),
        )
        first = store.query_value(
            """SELECT agreed_date FROM plan_versions WHERE case_id = ? AND agreed_date IS NOT NULL
               ORDER BY version LIMIT 1""",
            (case_id,),
        )
        following = None
        if agreed is not None:
            planned = [agreed["follow_up_date"]] + [r[0] for r in store.query_tuples(
                "SELECT follow_up_date FROM plan_goals WHERE plan_version_id = ?", (agreed["id"],))]
            held = store.query_tuples(
                "SELECT follow_up_date, next_follow_up FROM plan_follow_ups WHERE plan_version_id = ? ORDER BY id",
                (agreed["id"],),
            )
            following = next_follow_up(planned, held)
        tx.execute(
            """INSERT INTO plans (case_id, latest_version_id, agreed_version_id, first_agreed_date, next_follow_up,
                                  updated_at) VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (case_id) DO UPDATE SET latest_version_id = excluded.latest_version_id,
                 agreed_version_id = excluded.agreed_version_id, first_agreed_date = excluded.first_agreed_date,
                 next_follow_up = excluded.next_follow_up, updated_at = excluded.updated_at""",
            (case_id, latest, agreed["id"] if agreed else None, first, following, now),
        )

