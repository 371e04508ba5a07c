"""The share of clients with a current development plan, computed one way for the export, Att göra
and ``store.plans.current_share``.

    plan_share(store, day)                                   # the clients worked with at the end of ``day``
    plan_share(store, period_to, period_from=period_from)    # every client with a case in the period

Rules, decided once here:

- *Who counts*: every client the unit works with, anonymous in statistics or with protected
  identity too (the share is the unit's own figure, not a report of persons). A client with several
  cases counts once, as current when one of them is.
- *A day* is a period of one day: cases referred on or before it and not closed before it (a case
  closed that day was still worked with that day; it leaves the count the day after).
- *A period*: cases that ran some time in it (referred by its last day, not closed before its first);
  each is measured on the period's last day or the day it closed, whichever is first — a case that
  closed on the last day is measured on that day, not left out.
- *Current on a day*: the newest version agreed on or before that day, whose next follow-up as of
  that day (its planned dates, less the follow-ups held up to that day: plans.next_follow_up) is set
  and not before that day. For today this is what ``Plans.status`` shows; for a past day it is what
  the plan said then, not what it says now.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.plans import AMA, PlanShare, next_follow_up

if TYPE_CHECKING:
    from app.models.store import Store

NO_RESPONSIBLE = "Ingen ansvarig"


@dataclass(frozen=True)
class MeasuredCase:
    """One case in a share: the day it is measured on and whether its plan was current then."""

    case_id: int
    client_id: int
    responsible_user_id: int | None
    responsible: str  # the user's name, or NO_RESPONSIBLE
    day: str  # ISO
    current: bool


def plan_share(store: Store, day: dt.date | None = None, *, period_from: dt.date | None = None,
               user_id: int | None = None, target_group: str | None = AMA) -> PlanShare:
    """Clients (of ``target_group``; None: every group; only ``user_id``'s cases if given) and how
    many of them have a current plan: on ``day`` (today by default), or over the period
    ``period_from``–``day`` when ``period_from`` is given."""
    return share_of(measured_cases(store, day, period_from=period_from, user_id=user_id, target_group=target_group))


def share_of(cases: list[MeasuredCase]) -> PlanShare:
    clients: dict[int, bool] = {}
    for c in cases:
        clients[c.client_id] = clients.get(c.client_id, False) or c.current
    return PlanShare(sum(clients.values()), len(clients))


def share_per_responsible(cases: list[MeasuredCase]) -> list[tuple[str, PlanShare]]:
    """The share per responsible user (a client counts with each user responsible for one of their
    cases), by name; internal: staff names never go into a report that leaves the unit."""
    per: dict[str, list[MeasuredCase]] = defaultdict(list)
    for c in cases:
        per[c.responsible].append(c)
    return [(name, share_of(per[name])) for name in sorted(per, key=str.casefold)]


def measured_cases(store: Store, day: dt.date | None = None, *, period_from: dt.date | None = None,
                   user_id: int | None = None, target_group: str | None = AMA) -> list[MeasuredCase]:
    """The cases of a share, each with its measuring day and whether its plan was current then."""
    last = (day or store.today()).isoformat()
    first = period_from.isoformat() if period_from is not None else last
    where = ["c.referral_date <= :last", "(c.closed_date IS NULL OR c.closed_date >= :first)"]
    params: dict[str, str | int] = {"last": last, "first": first}
    if target_group is not None:
        where.append("c.target_group = :group")
        params["group"] = target_group
    if user_id is not None:
        where.append("c.responsible_user_id = :user")
        params["user"] = user_id
    # The plans row says the newest agreed version and its next follow-up now; that is also the answer
    # for the measuring day when the version was agreed by then and no follow-up was held after it.
    measured = "min(:last, coalesce(c.closed_date, :last))"
    rows = store.query_tuples(
        f"""SELECT c.id, c.client_id, c.responsible_user_id, u.name, {measured}, a.agreed_date, p.next_follow_up,
                   EXISTS (SELECT 1 FROM plan_follow_ups f WHERE f.plan_version_id = p.agreed_version_id
                           AND f.follow_up_date > {measured})
            FROM cases c
            LEFT JOIN users u ON u.id = c.responsible_user_id
            LEFT JOIN plans p ON p.case_id = c.id
            LEFT JOIN plan_versions a ON a.id = p.agreed_version_id
            WHERE {' AND '.join(where)}
            ORDER BY c.id""",
        params,
    )
    out = []
    for case_id, client_id, responsible_id, name, on, agreed, following, held_later in rows:
        if agreed is None:
            current = False
        elif agreed <= on and not held_later:
            current = following is not None and following >= on
        else:
            current = _current_then(store, case_id, on)
        out.append(MeasuredCase(case_id, client_id, responsible_id, name or NO_RESPONSIBLE, on, current))
    return out


def _current_then(store: Store, case_id: int, day: str) -> bool:
    """Whether the case's plan was current on ``day``, from its versions and follow-ups as they were."""
    version = store.query_one(
        """SELECT id, follow_up_date FROM plan_versions
           WHERE case_id = ? AND agreed_date IS NOT NULL AND agreed_date <= ? ORDER BY version DESC LIMIT 1""",
        (case_id, day),
    )
    if version is None:
        return False
    planned = [version["follow_up_date"]] + [r[0] for r in store.query_tuples(
        "SELECT follow_up_date FROM plan_goals WHERE plan_version_id = ?", (version["id"],))]
    held = store.query_tuples(
        """SELECT follow_up_date, next_follow_up FROM plan_follow_ups
           WHERE plan_version_id = ? AND follow_up_date <= ? ORDER BY id""",
        (version["id"], day),
    )
    following = next_follow_up(planned, held)
    return following is not None and following >= day
