"""The caseload list (ärendelista): one row per case with step, responsible, dates and plan status,
from one query (the list runs over every case of the unit)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.clients import id_display
from app.models.plans import PlanStatus
from app.models.vocab import CASE_STATUSES, CLOSURE_OUTCOMES, TARGET_GROUPS, CaseStatus

if TYPE_CHECKING:
    from app.models.store import Store

CHUNK = 10_000  # ids per IN (...) list, well below SQLite's limit on parameters


@dataclass(frozen=True)
class CaseloadRow:
    case_id: int
    case_number: str
    client_name: str  # "Efternamn, Förnamn"
    id_display: str  # hidden for protected identity
    target_group: str  # label
    responsible: str
    referral_date: str
    ama_start_date: str | None
    current_step: str
    plan_status: str
    next_follow_up: str | None
    status: str  # label
    closed_date: str | None
    outcome: str  # label, "" while open


def caseload_rows(store: Store, user_id: int | None = None, include_closed: bool = True) -> list[CaseloadRow]:
    """Every case (or those ``user_id`` is responsible for), by client surname then referral date."""
    where, params = ["1"], {}
    if user_id is not None:
        where.append("c.responsible_user_id = :user")
        params["user"] = user_id
    if not include_closed:
        where.append(f"c.status != '{CaseStatus.CLOSED}'")
    rows = store.query_tuples(
        f"""SELECT c.id, c.case_number, k.first_name, k.last_name, k.personnummer, k.protected_identity,
                   k.birth_year, c.target_group, u.name, c.referral_date, c.ama_start_date, c.status,
                   c.closed_date, z.outcome, z.outcome_other, l.version, a.version, p.first_agreed_date,
                   p.next_follow_up
            FROM cases c JOIN clients k ON k.id = c.client_id LEFT JOIN users u ON u.id = c.responsible_user_id
            LEFT JOIN closures z ON z.case_id = c.id AND z.superseded_at IS NULL
            LEFT JOIN plans p ON p.case_id = c.id
            LEFT JOIN plan_versions l ON l.id = p.latest_version_id
            LEFT JOIN plan_versions a ON a.id = p.agreed_version_id
            WHERE {' AND '.join(where)} ORDER BY k.sort_key, k.id, c.referral_date, c.id""",
        params,
    )
    ids = [r[0] for r in rows]
    steps: dict[int, str] = {}
    for i in range(0, len(ids), CHUNK):
        steps.update(store.process.current_steps(ids[i:i + CHUNK]))
    today = store.today().isoformat()
    out = []
    for (case_id, number, first, last, pnr, protected, birth_year, group, responsible, referral, start, status,
         closed, outcome, outcome_other, latest, agreed, first_agreed, following) in rows:
        # PlanStatus built here from one query, as Plans.status builds it, so its label reads as the case page's.
        closed_on = closed if status == CaseStatus.CLOSED else None
        following = None if closed_on else following
        current = agreed is not None and following is not None and following >= today
        plan = PlanStatus(case_id, latest, agreed, first_agreed, following, current, None, closed_on)
        outcome_label = CLOSURE_OUTCOMES.label(outcome) if outcome else ""
        out.append(CaseloadRow(
            case_id=case_id, case_number=number, client_name=f"{last}, {first}",
            id_display=id_display(pnr, bool(protected), birth_year), target_group=TARGET_GROUPS.label(group),
            responsible=responsible or "", referral_date=referral, ama_start_date=start,
            current_step=steps.get(case_id, ""), plan_status=plan.label, next_follow_up=following,
            status=CASE_STATUSES.label(status), closed_date=closed,
            outcome=f"{outcome_label}: {outcome_other}" if outcome_other else outcome_label,
        ))
    return out


