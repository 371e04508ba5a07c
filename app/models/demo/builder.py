"""The whole build, in order: users, people and their case timelines, the clients, everything in
each case (in batches), then the group activities. All of it inside the caller's transaction."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.clients import build_search_text, build_sort_key
from app.models.demo.assessments import DemoInstrument, add_assessments, load_instruments
from app.models.demo.build_state import BuildState
from app.models.demo.cases import StepRun, add_answers, add_case, add_steps, step_runs
from app.models.demo.clock import DemoClock
from app.models.demo.closure import add_closure, add_situation_before
from app.models.demo.consents import add_consents
from app.models.demo.evaluation import add_evaluations
from app.models.demo.groups import add_groups
from app.models.demo.interventions import add_interventions, add_meetings
from app.models.demo.meetings import add_meeting_records
from app.models.demo.notes import add_notes
from app.models.demo.people import DemoPerson, draw_people
from app.models.demo.plans import add_plan
from app.models.demo.rows import TableColumns
from app.models.demo.signing import sign_the_past
from app.models.demo.timeline import HISTORY_DAYS, DemoCase, number_people_and_cases, plan_cases
from app.models.demo.work_match import add_work_match
from app.models.notes import record_kind_of
from app.models.users import hash_password

if TYPE_CHECKING:
    from app.models.store import Store, Writer

BATCH_CASES = 1_000  # rows are written per batch of cases to keep memory flat
# The tables of a case's work in foreign-key order (the checks are off while the demo writes).
CASE_TABLES = ("cases", "case_steps", "step_events", "step_answers", "consents", "notes", "situations_before",
               "plan_versions", "plan_goals", "plan_goal_responsible", "plan_follow_ups", "plans", "interventions",
               "meetings", "meeting_partners", "meeting_participants", "meeting_actions", "assessments",
               "assessment_ratings", "assessment_texts", "sequence_steps", "goal_evaluations", "closures")
GROUP_TABLES = ("group_activities", "group_leaders", "group_sessions", "group_participants", "group_attendance")
DEMO_PASSWORD = "demo"  # every demo user's password (the README says so)
DEMO_USERS = (
    ("Karin Lindqvist", "arbetsterapeut"),  # the unit's administrator, unless the database has one
    ("Jonas Berg", "arbetsmarknadskoordinator"),
    ("Elin Sundström", "arbetsterapeut"),
)


@dataclass(frozen=True)
class DemoCounts:
    clients: int
    cases: int
    notes: int

    def summary(self) -> str:
        return ", ".join((
            _count(self.clients, "klient", "klienter"),
            _count(self.cases, "ärende", "ärenden"),
            _count(self.notes, "anteckning", "anteckningar"),
        ))


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,}".replace(",", " ") + " " + (one if n == 1 else many)


def build(store: Store, tx: Writer, rng: random.Random, n: int) -> DemoCounts:
    """``n`` fictitious clients and their cases, written through ``tx``."""
    state = BuildState(rng, DemoClock(store.now()), plan_deadline_days=store.plans.deadline_days())
    columns = TableColumns(store)
    instruments = load_instruments(store)
    admin = not store.query_value("SELECT count(*) FROM users WHERE is_admin = 1")
    state.users = _add_users(store, tx, columns, state.clock, admin)
    state.record_kinds = {uid: record_kind_of(store.users.get(uid).title) for uid in state.users}
    people = draw_people(state, n)
    for person in people:
        person.cases = plan_cases(state)
    cases = number_people_and_cases(people, _next_id(store, "clients"), _next_id(store, "cases"))
    _add_clients(state, people)
    state.rows.write(tx, columns)
    state.rows.clear()
    state.ids = {table: _next_id(store, table) for table in ("plan_versions", "plan_goals", "meetings", "assessments")}
    notes = 0
    for start in range(0, len(cases), BATCH_CASES):
        for case, client_id in cases[start:start + BATCH_CASES]:
            _add_case_and_work(state, instruments, case, client_id)
        notes += len(state.rows["notes"])
        state.rows.write(tx, columns, CASE_TABLES)
        state.rows.clear()
    state.ids.update({table: _next_id(store, table) for table in ("group_activities", "group_sessions")})
    add_groups(state, cases, n)
    state.rows.write(tx, columns, GROUP_TABLES)
    sign_the_past(tx, state.clock)
    return DemoCounts(len(people), len(cases), notes)


def _next_id(store: Store, table: str) -> int:
    return store.query_value(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")


def _add_users(store: Store, tx: Writer, columns: TableColumns, clock: DemoClock, admin: bool) -> list[int]:
    """The demo's profiles, each with the password ``demo``: hashed once (a hash costs ~40 ms) and the
    hash shared; the first is the administrator when the database has none. One whose name a profile
    in the file already has is that profile (two profiles of one name cannot be told apart, see
    Users.add)."""
    created = clock.stamp((clock.today - HISTORY_DAYS - 30) * 1440 + 8 * 60)
    hashed = hash_password(DEMO_PASSWORD, salt=hashlib.sha256(b"ATAMA demo").digest()[:16])  # same seed, same data
    ids = []
    for i, (name, title) in enumerate(DEMO_USERS):
        existing = store.users.named(name)
        if existing is not None:
            ids.append(existing.id)
            continue
        row = {"name": name, "title": title, "created_at": created, "password_hash": hashed,
               "is_admin": int(admin and i == 0)}
        ids.append(tx.insert("users", {key: row[key] for key in columns.check("users", row)}))
    return ids


def _add_clients(state: BuildState, people: list[DemoPerson]) -> None:
    stamp = state.clock.stamp
    state.rows["clients"].extend(
        {
            "id": p.id, "first_name": p.first, "last_name": p.last, "personnummer": p.pnr, "is_coordination": 0,
            "birth_year": p.birth_year, "gender": p.gender, "education": p.education, "phone": p.phone,
            "email": p.email, "address": p.address, "anonymous_in_stats": int(p.anonymous),
            "protected_identity": int(p.protected),
            # the same functions the service layer uses, so search finds demo clients as any other
            "search_text": build_search_text(p.first, p.last, p.pnr, p.protected, [c.number for c in p.cases]),
            "sort_key": build_sort_key(p.first, p.last), "created_at": stamp(p.cases[0].created),
            "created_by": p.cases[0].user, "updated_at": stamp(p.cases[0].created),
        }
        for p in people
    )


def _add_case_and_work(state: BuildState, instruments: dict[str, DemoInstrument], case: DemoCase,
                       client_id: int) -> None:
    clock = state.clock
    runs = step_runs(state, case)
    closed_at = runs[-1].completed if case.closed else None
    case_end = clock.now if closed_at is None else closed_at
    case.end = case_end // 1440
    last_change = max(
        add_steps(state, case, runs),
        add_answers(state, case, runs, case_end),
        add_consents(state, case, case_end),
        add_notes(state, case, case_end),
        _add_work(state, instruments, case, runs, case_end),
    )
    add_case(state, case, client_id, closed_at, last_change)


def _add_work(state: BuildState, instruments: dict[str, DemoInstrument], case: DemoCase,
              runs: list[StepRun], case_end: int) -> int:
    """Situation before, plan, interventions, assessments, meetings, evaluation and closure;
    returns the latest moment written."""
    by_key = {run.key: run for run in runs}
    # Work inside a step ends when it is finished, or when a case closed early moved on to Avsluta.
    until = {run.key: run.completed or (runs[-1].started if case.closed else case_end) for run in runs}
    add_situation_before(state, case)
    versions, plan_latest = add_plan(state, case, by_key, until, case_end)
    latest = max(case.created, plan_latest, add_interventions(state, case, by_key, until, versions),
                 add_assessments(state, instruments, case, by_key, until, case_end),
                 add_work_match(state, instruments, case, by_key, until),
                 add_meetings(state, case, case_end), add_evaluations(state, case, by_key, until, versions),
                 add_meeting_records(state, case, case_end, versions))
    if case.closed:
        add_closure(state, case, runs[-1])
    return latest
