""""Att göra", the start page: what needs a user's attention on a given day.

- AMA employees (target group ``ama_medarbetare``) with an active case and no agreed plan whose
  plan deadline (start at AMA + ``plan_deadline_days``) is within ``NEAR_DAYS`` days or has passed;
- follow-ups of agreed plans due by the end of the week (Sunday) or overdue;
- cases per step (counts for the user's cases, and per responsible user for the unit);
- active cases with no activity for ``inactivity_weeks`` weeks (a setting, default 4). Activity is
  the latest of the case's ``updated_at`` (every service writing in a case moves it), its notes,
  its interventions and its plan;
- the user's entries left unsigned longer than ``unsigned_days`` days (a setting, default 3; R2);
- the share of AMA employees with a current development plan that day (app/models/plan_share.py,
  the same figure as the Finsam workbook and ``store.plans.current_share``);
- the actions agreed at collaboration meetings (app/models/meetings.py) that are open and due within
  ``NEAR_DAYS`` days or overdue, on the cases the user is responsible for: the unit's own
  (``meeting_actions``) and, to follow up, those of the other organisations and the client
  (``meeting_follow_ups``); actions of a struck meeting or of a record replaced by its correction
  are not standing and are left out;
- planned meetings from today to ``NEAR_DAYS`` days ahead with time and place, and planned
  meetings whose day has passed without being recorded or cancelled (``meetings``).

Every row carries the case id, to open the case. A handful of indexed queries; the whole page for
10 000 clients takes a few tens of milliseconds (see tests/models/test_todo.py).

    page = store.todo.overview(user.id)            # today
    page.plan_deadlines[0].case_id
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.checks import parse_day
from app.models.meetings import STANDING_HELD, who_label
from app.models.process import current_step
from app.models.texts import QT_TRANSLATE_NOOP, fill, translate
from app.models.vocab import MEETING_KINDS, CaseStatus, StepState

if TYPE_CHECKING:
    from app.models.plans import PlanShare
    from app.models.store import Store

NEAR_DAYS = 7
AMA = "ama_medarbetare"
NO_USER = QT_TRANSLATE_NOOP("Todo", "Ingen ansvarig")  # Att göra is a screen: its words are translated


@dataclass(frozen=True)
class TodoRow:
    case_id: int
    case_number: str
    client_id: int
    client_name: str
    responsible_user_id: int | None
    responsible: str | None
    date: str  # the deadline, the follow-up date, or the day of the latest activity
    days: int  # days left (negative: overdue); for inactive cases, days since the latest activity
    detail: str  # one Swedish line for the row
    action_id: int | None = None  # a meeting action's row: the action, for Markera klar


@dataclass(frozen=True)
class StepCount:
    step: str  # a process step key
    title: str
    count: int


@dataclass(frozen=True)
class UserStepCount:
    user_id: int | None
    user: str
    step: str
    title: str
    count: int


@dataclass(frozen=True)
class TodoOverview:
    day: str
    user_id: int | None
    plan_deadlines: list[TodoRow]
    follow_ups: list[TodoRow]
    inactive: list[TodoRow]
    steps: list[StepCount]  # the user's active cases (all when user_id is None), in process order
    per_user: list[UserStepCount]  # every active case, per responsible user and step
    unsigned: list[TodoRow] = field(default_factory=list)  # entries unsigned longer than the set days
    plan_share: PlanShare | None = None  # AMA employees of the user's cases (all: None) with a current plan
    meeting_actions: list[TodoRow] = field(default_factory=list)  # the unit's own actions, due or overdue
    meeting_follow_ups: list[TodoRow] = field(default_factory=list)  # other organisations' and the client's
    meetings: list[TodoRow] = field(default_factory=list)  # planned: coming days, or passed unrecorded

    @property
    def attention_count(self) -> int:
        return (len(self.plan_deadlines) + len(self.follow_ups) + len(self.inactive) + len(self.unsigned)
                + len(self.meeting_actions) + len(self.meeting_follow_ups) + len(self.meetings))


def _tr(text: str) -> str:
    return translate("Todo", text)


def _in_days(days: int) -> str:
    if days == 0:
        return translate("Todo", "i dag")
    if days == 1:
        return translate("Todo", "om 1 dag")
    if days == -1:
        return translate("Todo", "1 dag sedan")
    if days > 0:
        return fill(translate("Todo", "om %1 dagar"), days)
    return fill(translate("Todo", "%1 dagar sedan"), -days)


def _meeting_time(starts_at: str, minutes: int) -> str:
    """"kl. 09:00–10:00", "kl. 09:00", or "" for a meeting with its day only."""
    time = starts_at[11:16]
    if not time:
        return ""
    if not minutes:
        return fill(translate("Todo", "kl. %1"), time)
    end = dt.datetime.fromisoformat(starts_at[:16]) + dt.timedelta(minutes=minutes)
    return fill(translate("Todo", "kl. %1–%2"), time, f"{end:%H:%M}")


def _kind(kind: str) -> str:
    """The kind of meeting as a row names it: "Gemensam kartläggning"; "annat" as "Annat möte"."""
    return translate("Todo", "Annat möte") if kind == "annat" else translate("data", MEETING_KINDS.label(kind))


_SHORT_PARTNERS = {"af": "Af", "fk": "FK", "varden": QT_TRANSLATE_NOOP("Todo", "vården"), "ifo": "IFO",
                   "arbetsgivare": QT_TRANSLATE_NOOP("Todo", "arbetsgivaren"),
                   "annan": QT_TRANSLATE_NOOP("Todo", "annan part")}


def _partners_short(partners: str) -> str:
    """"fk,af" -> "Af och FK" (the short names Af and FK use themselves), in the vocabulary's order."""
    order = list(_SHORT_PARTNERS)
    keys = sorted((p for p in partners.split(",") if p), key=lambda p: (order.index(p) if p in order else 99, p))
    names = [_tr(_SHORT_PARTNERS[p]) if p in _SHORT_PARTNERS else p for p in keys]
    return names[0] if len(names) == 1 else fill(translate("Todo", "%1 och %2"), ", ".join(names[:-1]), names[-1])


_ROW_COLUMNS = """c.id AS case_id, c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name AS client_name,
       c.responsible_user_id, u.name AS responsible"""
_ROW_JOINS = "JOIN clients cl ON cl.id = c.client_id LEFT JOIN users u ON u.id = c.responsible_user_id"


class Todos:
    def __init__(self, store: Store):
        self.store = store

    def overview(self, user_id: int | None, day: dt.date | str | None = None) -> TodoOverview:
        """Everything on the page for ``user_id`` (their cases as responsible; None: every case)."""
        from app.models.plan_share import plan_share  # plans.py is not on the first paint's path

        day = parse_day(day, self.store.today())
        per_user = self.per_user()
        ours, theirs = self.meeting_actions(user_id, day)
        return TodoOverview(
            day=day.isoformat(),
            user_id=user_id,
            plan_deadlines=self.plan_deadlines(user_id, day),
            follow_ups=self.follow_ups(user_id, day),
            inactive=self.inactive(user_id, day),
            steps=self._steps_from(per_user, user_id),  # the same walk over every case, counted once
            per_user=per_user,
            unsigned=self.unsigned(user_id, day),
            plan_share=plan_share(self.store, day, user_id=user_id),
            meeting_actions=ours,
            meeting_follow_ups=theirs,
            meetings=self.meetings(user_id, day),
        )

    def _steps_from(self, per_user: list[UserStepCount], user_id: int | None) -> list[StepCount]:
        counts: dict[str, int] = {}
        for row in per_user:
            if user_id is None or row.user_id == user_id:
                counts[row.step] = counts.get(row.step, 0) + row.count
        return [StepCount(s.key, s.title, counts.get(s.key, 0)) for s in self.store.process.definition.steps]

    @staticmethod
    def _user_filter(user_id: int | None) -> tuple[str, tuple]:
        return ("AND c.responsible_user_id = ?", (user_id,)) if user_id is not None else ("", ())

    def plan_deadlines(self, user_id: int | None, day: dt.date | str | None = None) -> list[TodoRow]:
        """AMA employees without an agreed plan whose deadline is near or passed, the most urgent first."""
        day = parse_day(day, self.store.today())
        period = self.store.settings.plan_deadline_days()
        latest_start = (day + dt.timedelta(days=NEAR_DAYS - period)).isoformat()
        where, params = self._user_filter(user_id)
        rows = self.store.query_tuples(
            f"""SELECT {_ROW_COLUMNS}, coalesce(c.ama_start_date, c.referral_date) AS start,
                       p.latest_version_id IS NOT NULL AS has_draft
                FROM cases c {_ROW_JOINS} LEFT JOIN plans p ON p.case_id = c.id
                WHERE c.status = '{CaseStatus.ACTIVE}' AND c.target_group = ? {where}
                  AND (c.ama_start_date <= ? OR (c.ama_start_date IS NULL AND c.referral_date <= ?))
                  AND p.first_agreed_date IS NULL
                ORDER BY start, c.id""",
            (AMA, *params, latest_start, latest_start),
        )
        out = []
        for case_id, number, client_id, name, uid, uname, start, has_draft in rows:
            deadline = dt.date.fromisoformat(start) + dt.timedelta(days=period)
            days = (deadline - day).days
            state = (translate("Todo", "utkast finns, ej överenskommen") if has_draft
                     else translate("Todo", "ingen plan"))
            when = fill(translate("Todo", "tidsgränsen passerad %1") if days < 0 else translate("Todo", "senast %1"),
                        _in_days(days))
            detail = fill(translate("Todo", "Utvecklingsplan %1 (%2; %3)"), deadline.isoformat(), when, state)
            out.append(TodoRow(case_id, number, client_id, name, uid, uname, deadline.isoformat(), days, detail))
        return out

    def follow_ups(self, user_id: int | None, day: dt.date | str | None = None) -> list[TodoRow]:
        """Plan follow-ups due by Sunday of ``day``'s week, overdue ones included, oldest first."""
        day = parse_day(day, self.store.today())
        week_end = (day + dt.timedelta(days=6 - day.weekday())).isoformat()
        where, params = self._user_filter(user_id)
        rows = self.store.query_tuples(
            f"""SELECT {_ROW_COLUMNS}, p.next_follow_up
                FROM plans p JOIN cases c ON c.id = p.case_id {_ROW_JOINS}
                WHERE p.next_follow_up <= ? AND p.agreed_version_id IS NOT NULL
                  AND c.status = '{CaseStatus.ACTIVE}' {where}
                ORDER BY p.next_follow_up, c.id""",
            (week_end, *params),
        )
        out = []
        for case_id, number, client_id, name, uid, uname, due in rows:
            days = (dt.date.fromisoformat(due) - day).days
            label = (translate("Todo", "Uppföljning av planen försenad %1 (%2)") if days < 0
                     else translate("Todo", "Uppföljning av planen %1 (%2)"))
            out.append(TodoRow(case_id, number, client_id, name, uid, uname, due, days,
                               fill(label, due, _in_days(days))))
        return out

    def inactive(self, user_id: int | None, day: dt.date | str | None = None) -> list[TodoRow]:
        """Active cases with no activity for the set number of weeks, the longest idle first."""
        day = parse_day(day, self.store.today())
        weeks = self.store.settings.inactivity_weeks()
        cutoff = (day - dt.timedelta(weeks=weeks)).isoformat()  # activity before this day is old
        where, params = self._user_filter(user_id)
        rows = self.store.query_tuples(
            f"""SELECT * FROM (
                  SELECT {_ROW_COLUMNS},
                         max(c.updated_at,
                             coalesce((SELECT max(n.updated_at) FROM notes n WHERE n.case_id = c.id), ''),
                             coalesce((SELECT max(i.updated_at) FROM interventions i WHERE i.case_id = c.id), ''),
                             coalesce(p.updated_at, '')) AS last_activity
                  FROM cases c {_ROW_JOINS} LEFT JOIN plans p ON p.case_id = c.id
                  WHERE c.status = '{CaseStatus.ACTIVE}' AND c.updated_at < ? {where})
                WHERE last_activity < ? ORDER BY last_activity, case_id""",
            (cutoff, *params, cutoff),
        )
        out = []
        for case_id, number, client_id, name, uid, uname, last in rows:
            last_day = last[:10]
            idle = (day - dt.date.fromisoformat(last_day)).days
            out.append(TodoRow(case_id, number, client_id, name, uid, uname, last_day, idle,
                               fill(translate("Todo", "Ingen aktivitet sedan %1 (%2 veckor)"), last_day, idle // 7)))
        return out

    def unsigned(self, user_id: int | None, day: dt.date | str | None = None) -> list[TodoRow]:
        """Entries ``user_id`` wrote (every author's when None) and left unsigned for more than
        ``unsigned_days`` days, the oldest first. The row's responsible is the author: the one who signs."""
        day = parse_day(day, self.store.today())
        days = self.store.settings.unsigned_days()
        out = []
        for e in self.store.journal.older_than(user_id, days, day):
            age = e.age_days(day)
            out.append(TodoRow(e.case_id, e.case_number, e.client_id, e.client_name, e.author_id, e.author,
                               e.written_at[:10], age,
                               fill(translate("Todo", "Osignerad sedan %1 (%2 dagar): %3"), e.written_at[:10], age,
                                    e.title)))
        return out

    # -- collaboration meetings -----------------------------------------------------------
    def meeting_actions(self, user_id: int | None, day: dt.date | str | None = None
                        ) -> tuple[list[TodoRow], list[TodoRow]]:
        """Open actions of standing held meetings due by ``NEAR_DAYS`` days from ``day`` or overdue, on
        active cases: (the unit's own, the other organisations' and the client's), the earliest due
        first. One query driven by the index of open actions (meeting_actions_open): CROSS JOIN keeps
        SQLite from starting at the active cases instead (5 ms rather than 2 on 10 000 clients)."""
        day = parse_day(day, self.store.today())
        latest = (day + dt.timedelta(days=NEAR_DAYS)).isoformat()
        where, params = self._user_filter(user_id)
        rows = self.store.query_tuples(
            f"""SELECT {_ROW_COLUMNS}, a.who, a.what, a.due_date, m.kind, m.meeting_date, a.id
                FROM meeting_actions a CROSS JOIN meetings m ON m.id = a.meeting_id
                     CROSS JOIN cases c ON c.id = m.case_id {_ROW_JOINS}
                WHERE a.done_date = '' AND a.due_date != '' AND a.due_date <= ?
                  AND {STANDING_HELD} AND c.status = '{CaseStatus.ACTIVE}' {where}
                ORDER BY a.due_date, a.id""",
            (latest, *params),
        )
        ours: list[TodoRow] = []
        theirs: list[TodoRow] = []
        for case_id, number, client_id, name, uid, uname, who, what, due, kind, held, action_id in rows:
            days = (dt.date.fromisoformat(due) - day).days
            when = fill(translate("Todo", "försenad, skulle vara klar %1") if days < 0
                        else translate("Todo", "senast %1"), _in_days(days))
            source = f"{_kind(kind).lower()} {held}"
            text = " ".join(what.split()).rstrip(".")  # the row's parenthesis follows it
            if who == "enheten":
                ours.append(TodoRow(case_id, number, client_id, name, uid, uname, due, days,
                                    fill(translate("Todo", "%1 (%2; från %3)"), text, when, source), action_id))
            else:
                theirs.append(TodoRow(case_id, number, client_id, name, uid, uname, due, days,
                                      fill(translate("Todo", "%1: %2 (%3; från %4)"), who_label(who), text, when,
                                           source),
                                      action_id))
        return ours, theirs

    def meetings(self, user_id: int | None, day: dt.date | str | None = None) -> list[TodoRow]:
        """Planned meetings (not struck) of active cases from ``day`` to ``NEAR_DAYS`` days ahead, with
        time and place, and those whose day has passed while still planned (to record or cancel),
        the earliest first. The meetings are read first (CROSS JOIN): a few thousand rows scan faster
        than the active cases' walk SQLite would choose (1 ms rather than 3 on 10 000 clients)."""
        day = parse_day(day, self.store.today())
        latest = (day + dt.timedelta(days=NEAR_DAYS)).isoformat()
        where, params = self._user_filter(user_id)
        rows = self.store.query_tuples(
            f"""SELECT {_ROW_COLUMNS}, m.kind, m.starts_at, m.meeting_date, m.minutes, m.place, m.video_link,
                       (SELECT group_concat(p.partner, ',') FROM meeting_partners p WHERE p.meeting_id = m.id)
                FROM meetings m CROSS JOIN cases c ON c.id = m.case_id {_ROW_JOINS}
                WHERE m.status = 'planerat' AND m.struck_at IS NULL AND m.meeting_date <= ?
                  AND c.status = '{CaseStatus.ACTIVE}' {where}
                ORDER BY m.starts_at, m.id""",
            (latest, *params),
        )
        out = []
        for case_id, number, client_id, name, uid, uname, kind, starts, meeting_day, minutes, place, link, orgs \
                in rows:
            days = (dt.date.fromisoformat(meeting_day) - day).days
            when = " ".join(filter(None, (_kind(kind), _meeting_time(starts, minutes))))
            where_text = place.strip() or (translate("Todo", "videomöte") if link.strip()
                                           else translate("Todo", "plats ej angiven"))
            with_whom = fill(translate("Todo", ", med %1"), _partners_short(orgs)) if orgs else ""
            if days < 0:
                detail = fill(translate("Todo", "%1%2 har passerat utan anteckning (%3): dokumentera eller ställ "
                                                "in mötet"), when, with_whom, _in_days(days))
            else:
                detail = fill(translate("Todo", "%1 (%2), %3%4"), when, _in_days(days), where_text, with_whom)
            out.append(TodoRow(case_id, number, client_id, name, uid, uname, meeting_day, days, detail))
        return out

    # -- steps ----------------------------------------------------------------------------
    # Att göra counts every active case by the step it is at. The rule is process.current_step (the
    # one the list and the case page use); SQLite only sums each case's step states into one number,
    # digit i in base 3 being step i's state, and the rule runs once per distinct number (a few
    # dozen). Fetching the states row by row and grouping them in Python took twice as long on
    # 10 000 clients (the bench's todo_page_10k figure).
    _STATE_DIGITS = (StepState.NOT_STARTED, StepState.IN_PROGRESS, StepState.DONE)

    def _active_cases(self, user_id: int | None) -> tuple[str, tuple]:
        """SQL for the active cases (the user's; every case when None) with their states as one
        number: columns case_id, user_id, states; and its parameters."""
        keys = self.store.process.definition.keys()
        weight = "CASE s.step " + " ".join(f"WHEN ? THEN {3 ** i}" for i in range(len(keys))) + " END"
        digit = "CASE s.state " + " ".join(f"WHEN ? THEN {d}" for d in range(len(self._STATE_DIGITS))) + " END"
        where, params = self._user_filter(user_id)
        sql = f"""SELECT c.id AS case_id, c.responsible_user_id AS user_id, sum(({weight}) * ({digit})) AS states
                  FROM cases c JOIN case_steps s ON s.case_id = c.id
                  WHERE c.status = ? {where} GROUP BY c.id"""
        return sql, (*keys, *self._STATE_DIGITS, CaseStatus.ACTIVE, *params)

    def _step_of_number(self) -> Callable[[int], str]:
        definition = self.store.process.definition
        keys = definition.keys()

        @functools.cache
        def step_of(number: int) -> str:
            states = {key: self._STATE_DIGITS[number // 3 ** i % 3] for i, key in enumerate(keys)}
            return current_step(states, CaseStatus.ACTIVE, definition).key

        return step_of

    def _counts_at_steps(self, user_id: int | None) -> Counter[tuple[int | None, str]]:
        """(responsible user id, step key) -> the number of active cases there."""
        cases, params = self._active_cases(user_id)
        rows = self.store.query_tuples(f"SELECT user_id, states, count(*) FROM ({cases}) GROUP BY user_id, states",
                                       params)
        step_of = self._step_of_number()
        counts: Counter[tuple[int | None, str]] = Counter()
        for uid, number, n in rows:
            counts[(uid, step_of(number))] += n
        return counts

    def step_counts(self, user_id: int | None) -> list[StepCount]:
        """Active cases per step (the user's cases; every case when None), every step listed."""
        counts: Counter[str] = Counter()
        for (_, key), n in self._counts_at_steps(user_id).items():
            counts[key] += n
        return [StepCount(s.key, s.title, counts[s.key]) for s in self.store.process.definition.steps]

    def per_user(self) -> list[UserStepCount]:
        """Active cases per responsible user and step (users by name; unassigned cases last)."""
        counts = self._counts_at_steps(None)
        names = dict(self.store.query_tuples("SELECT id, name FROM users"))
        steps = self.store.process.definition.steps
        titles = {s.key: s.title for s in steps}
        order = [s.key for s in steps]
        out = [UserStepCount(uid, names.get(uid) or _tr(NO_USER), key, titles[key], n)
               for (uid, key), n in counts.items()]
        out.sort(key=lambda r: (r.user_id is None, r.user.casefold(), r.user_id or 0, order.index(r.step)))
        return out

    def cases_in_step(self, step: str, user_id: int | None) -> list[TodoRow]:
        """The active cases at ``step`` (the user's; all when None), longest untouched first."""
        self.store.process.definition.step(step)  # NotFound for a step that does not exist
        cases, params = self._active_cases(user_id)
        step_of = self._step_of_number()
        ids = [case_id for case_id, number in self.store.query_tuples(f"SELECT case_id, states FROM ({cases})", params)
               if step_of(number) == step]
        rows = self.store.query_tuples(
            f"""SELECT {_ROW_COLUMNS}, c.updated_at FROM cases c {_ROW_JOINS}
                WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.updated_at, c.id""",
            (json.dumps(ids),),
        )
        today = self.store.today()
        out = []
        for case_id, number, client_id, name, uid, uname, updated in rows:
            idle = (today - dt.date.fromisoformat(updated[:10])).days
            out.append(TodoRow(case_id, number, client_id, name, uid, uname, updated[:10], idle,
                               fill(translate("Todo", "Senast ändrat %1"), updated[:10])))
        return out
