"""Demo data: a database of fictitious clients, with cases in every step of the process, and the
work in them: development plans with versions and follow-ups, interventions, collaboration meetings,
goal evaluations, the situation before and after, closures, and group activities.

Used by ``python -m app demo --db PATH`` and ``python -m app --demo``. Everyone is made up: names
come from short built-in lists, personnummer only from the test range (serial 980–999, valid check
digit), mobile numbers from the series PTS reserves for fiction (070-174 06 05 – 070-174 06 99) and
e-mail addresses at example.com. A database that already holds clients is refused, so demo data can
never mix with real records.

Speed: the service layer validates and inserts one row at a time, which would take many minutes for
100 000 clients; here the rows are built in plain Python and go in with ``executemany`` on raw
INSERTs, inside one transaction. The FTS triggers on ``clients`` keep the search index up to date;
``search_text`` and ``sort_key`` are computed by the same functions the service layer uses.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import json
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Generic, NamedTuple, TypeVar

from stdnum import luhn

from app.models.clients import build_search_text, build_sort_key
from app.models.errors import RuleError, ValidationError
from app.models.process import DONE, IN_PROGRESS, NOT_STARTED, load_process
from app.models.sequences import sequence_definitions
from app.models.store import Store, Writer

MAX_CLIENTS = 150_000  # the unique test personnummer run out at about 180 000
HISTORY_DAYS = 3 * 365  # referrals reach this far back
AGE_RANGE = (16, 64)  # on the store's today
TEST_SERIAL_FIRST = 980  # serials 980–999: the range set aside for test numbers
NO_PNR_SHARE = 0.03
PROTECTED_SHARE = 0.02
ANONYMOUS_SHARE = 0.05
SECOND_CASE_SHARE = 0.15
SKIP_EVALUATION_SHARE = 0.15  # closed cases that end with a reason instead of Utvärdera
REOPEN_SHARE = 0.05  # finished Utreda opened again once, for a livelier history
ANSWERED_DONE = 0.75  # share of a finished step's questions that have an answer
ANSWERED_OPEN = 0.4
CONSENT_SHARE = 0.6
WITHDRAWN_SHARE = 0.08
BATCH_CASES = 5_000  # rows are flushed per batch to keep memory flat

CLOSED = "avslutad"  # position of a closed case; the others are the step in progress
STEP_KEYS = ("informera", "utreda", "planera", "utvardera", "avsluta")
SURVEY_STEP = "utreda"

# Days: wait before a step starts, how long a finished step took, how long an open one has run.
GAP_DAYS = {"informera": (0, 10), "utreda": (0, 7), "planera": (0, 10), "utvardera": (0, 14), "avsluta": (0, 7)}
DURATION_DAYS = {"informera": (0, 10), "utreda": (7, 60), "planera": (14, 150), "utvardera": (1, 21),
                 "avsluta": (0, 10)}
OPEN_DAYS = {"informera": 14, "utreda": 60, "planera": 150, "utvardera": 30, "avsluta": 14}
# A closed case runs at most ~300 days; a client with two cases needs room for both in the history.
EARLIER_CASE_ROOM = 450
WORKDAY_MINUTES = (8 * 60, 16 * 60 + 30)

T = TypeVar("T")


class DemoRefused(RuleError):
    """The database already holds clients: demo data must never mix with real records."""


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


def make_demo_database(
    path: str | Path,
    clients: int = 200,
    seed: int = 1,
    *,
    clock: Callable[[], dt.datetime] | None = None,
) -> str:
    """Fill a new or empty database with ``clients`` fictitious clients; returns a Swedish summary
    such as ``"1 000 klienter, 1 150 ärenden, 3 900 anteckningar"``. Same seed and day, same data."""
    store = Store.open(path, clock=clock)
    try:
        return fill_demo(store, clients=clients, seed=seed).summary()
    finally:
        store.close()


def fill_demo(store: Store, clients: int = 200, seed: int = 1) -> DemoCounts:
    """The work of :func:`make_demo_database` on an open store, in one transaction."""
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValidationError.single(
            "clients", f"Antalet demoklienter ska vara mellan 1 och {MAX_CLIENTS:,}.".replace(",", " ")
        )
    # The builder writes consistent rows (the tests run PRAGMA foreign_key_check on its output);
    # checking every reference row by row costs a sixth of the build for 100 000 clients.
    with store.transaction(check_foreign_keys=False) as tx:
        if store.clients.count():
            raise DemoRefused(
                "Databasen innehåller redan klienter. Demodata skapas bara i en ny eller tom databas, "
                "så att påhittade och riktiga uppgifter aldrig blandas."
            )
        return _Builder(store, tx, random.Random(seed)).build(clients)


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,}".replace(",", " ") + " " + (one if n == 1 else many)


# -- random helpers ----------------------------------------------------------------------------

class _Weighted(Generic[T]):
    """Weighted choice from fixed (value, weight) pairs; cheaper than random.choices in a loop."""

    def __init__(self, pairs: tuple[tuple[T, int], ...]):
        self.values = [v for v, _ in pairs]
        self.cumulative = list(itertools.accumulate(w for _, w in pairs))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def _between(rng: random.Random, low: int, high: int) -> int:
    """randint without its overhead (called millions of times for 100 000 clients)."""
    return low + int(rng.random() * (high - low + 1))


def _pick(rng: random.Random, options: tuple | list):
    """random.choice without its overhead."""
    return options[int(rng.random() * len(options))]


class _Clock:
    """Moments as whole minutes since day 0 (date ordinal * 1440 + minute of the day): cheap to
    draw, compare and print. Nothing is ever later than the store's now."""

    def __init__(self, now: dt.datetime):
        self.today = now.date().toordinal()
        self.now = self.today * 1440 + now.hour * 60 + now.minute
        self._now_second = now.second
        self._dates: dict[int, str] = {}
        self._stamps: dict[int, str] = {}  # a few hundred thousand distinct minutes, millions of rows

    def at(self, rng: random.Random, day: int, after: int = -1) -> int:
        """Office hours on ``day``, later than ``after`` (so events of one case stay in order)."""
        t = day * 1440 + _between(rng, *WORKDAY_MINUTES)
        if t <= after:
            t = after + _between(rng, 1, 20)
        return min(t, self.now)

    def within(self, rng: random.Random, start: int, end: int) -> int:
        """Office hours on a day from ``start`` to ``end``, kept inside both (end is never after now)."""
        first_day = start // 1440
        day = first_day + int(rng.random() * (end // 1440 - first_day + 1))
        t = day * 1440 + _between(rng, *WORKDAY_MINUTES)
        return start if t < start else end if t > end else t

    def date(self, day: int) -> str:
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = dt.date.fromordinal(day).isoformat()
        return text

    def stamp(self, t: int) -> str:
        """As ``Store.timestamp()`` writes it: ``YYYY-MM-DD HH:MM:SS``."""
        text = self._stamps.get(t)
        if text is None:
            day, minute = divmod(t, 1440)
            second = self._now_second if t == self.now else t * 7 % 60  # any second, but never after now
            text = self._stamps[t] = f"{self.date(day)} {minute // 60:02d}:{minute % 60:02d}:{second:02d}"
        return text


# -- the plan: people and their cases ------------------------------------------------------------

@dataclass(slots=True)
class _Case:
    referral: int  # date ordinal
    created: int  # moment
    steps: list[tuple[str, int, int | None]]  # started steps: (key, start day, end day or None)
    closed: bool
    skip_reason: str
    reopen: bool
    user: int
    target_group: str
    referred_by: str
    referred_by_other: str
    reason: str
    ama_start: int | None
    id: int = 0
    number: str = ""
    end: int = 0  # day of the last activity (the closing day when closed)


class _Run(NamedTuple):
    """A started step of a case: when, and by whom."""

    key: str
    started: int
    starter: int
    completed: int | None
    finisher: int | None


@dataclass(slots=True)
class _Person:
    first: str
    last: str
    gender: str
    pnr: str | None
    birth_year: int
    education: str
    phone: str
    email: str
    address: str
    anonymous: bool
    protected: bool
    cases: list[_Case] = field(default_factory=list)
    id: int = 0


class _Builder:
    def __init__(self, store: Store, tx: Writer, rng: random.Random):
        self.store = store
        self.tx = tx
        self.rng = rng
        self.clock = _Clock(store.now())
        process = load_process()
        self.questions = {s.key: s.question_keys() for s in process.steps}
        self.survey = process.survey_questions()
        self.users: list[int] = []
        registry = store.assessments.registry
        # One snapshot of each definition, as Assessments.start stores it with every administration.
        self.instruments = {
            d.id: (d, json.dumps(d.raw, ensure_ascii=False, sort_keys=True))
            for d in (registry.get(i) for i in {i for options in DEMO_INSTRUMENTS.values() for i in options})
        }

    def build(self, n: int) -> DemoCounts:
        self.users = self._add_users()
        people = [self._person(gender, slot) for gender, slot in self._identities(n)]
        for person in people:
            person.cases = self._plan_cases()
        cases = self._number(people)
        self._insert_clients(people)
        self.ids = {table: self._next_id(table) for table in ("plan_versions", "plan_goals", "meetings", "assessments")}
        notes = self._insert_cases(cases)
        self._insert_groups(cases, n)
        return DemoCounts(len(people), len(cases), notes)

    def _add_users(self) -> list[int]:
        created = self.clock.stamp((self.clock.today - HISTORY_DAYS - 30) * 1440 + 8 * 60)
        return [
            self.tx.insert("users", {"name": name, "title": title, "created_at": created})
            for name, title in DEMO_USERS
        ]

    # -- people ----------------------------------------------------------------------------------
    def _identities(self, n: int) -> list[tuple[str, tuple[int, int] | None]]:
        """Gender and a unique (birth day, serial pair) slot, or None for the few without a number."""
        rng = self.rng
        genders = [GENDER(rng) for _ in range(n)]
        with_pnr = [rng.random() >= NO_PNR_SHARE for _ in range(n)]
        first_day, last_day = self._birth_days()
        days = last_day - first_day + 1
        # Ten serial pairs per day (980/981 … 998/999): the parity then still tells the gender.
        slots = iter(rng.sample(range(days * 10), sum(with_pnr)))
        out = []
        for gender, has in zip(genders, with_pnr):
            slot = next(slots) if has else None
            out.append((gender, None if slot is None else (first_day + slot // 10, slot % 10)))
        return out

    def _birth_days(self) -> tuple[int, int]:
        """First and last birth day (ordinals) of people aged AGE_RANGE today."""
        today = dt.date.fromordinal(self.clock.today)
        oldest = _years_before(today, AGE_RANGE[1] + 1).toordinal() + 1
        youngest = _years_before(today, AGE_RANGE[0]).toordinal()
        return oldest, youngest

    def _person(self, gender: str, slot: tuple[int, int] | None) -> _Person:
        rng = self.rng
        first, last = _pick(rng, FIRST_NAMES[gender]), _pick(rng, LAST_NAMES)
        if slot:
            born = dt.date.fromordinal(slot[0])
            odd = _between(rng, 0, 1) if gender == "annat" else int(gender == "man")  # odd serial: man
            pnr = _personnummer(born, TEST_SERIAL_FIRST + 2 * slot[1] + odd)
            birth_year = born.year
        else:
            pnr = None
            year = dt.date.fromordinal(self.clock.today).year
            birth_year = _between(rng, year - AGE_RANGE[1], year - AGE_RANGE[0])
        protected = rng.random() < PROTECTED_SHARE
        return _Person(
            first=first,
            last=last,
            gender=gender,
            pnr=pnr,
            birth_year=birth_year,
            education=EDUCATION(rng),
            phone="" if rng.random() < 0.08 else f"070-174 06 {_between(rng, 5, 99):02d}",
            email="" if rng.random() < 0.35 else f"{_ascii(first)}.{_ascii(last)}{_between(rng, 1, 99)}@example.com",
            # Protected identity: the address is exactly what must not be on file.
            address="" if protected or rng.random() < 0.1 else self._address(),
            anonymous=rng.random() < ANONYMOUS_SHARE,
            protected=protected,
        )

    def _address(self) -> str:
        rng = self.rng
        street, (postcode, town) = _pick(rng, STREETS), _pick(rng, TOWNS)
        return f"{street} {_between(rng, 1, 60)}, {postcode}{_between(rng, 10, 99)} {town}"

    # -- cases -----------------------------------------------------------------------------------
    def _plan_cases(self) -> list[_Case]:
        """One case, or two where the earlier one is closed before the later referral."""
        rng, today = self.rng, self.clock.today
        two = rng.random() < SECOND_CASE_SHARE
        earliest = today - HISTORY_DAYS
        later = self._plan_case(POSITION(rng), earliest + (EARLIER_CASE_ROOM if two else 0), today)
        if not two:
            return [later]
        return [self._plan_case(CLOSED, earliest, later.referral - _between(rng, 14, 120)), later]

    def _plan_case(self, position: str, first_day: int, last_day: int) -> _Case:
        """A case whose last activity is on or before ``last_day``; open cases are active today."""
        rng = self.rng
        offsets, span, skip_reason = self._timeline(position)
        latest = last_day - span
        referral = latest if position != CLOSED or latest <= first_day else _between(rng, first_day, latest)
        target = TARGET_GROUP(rng)
        referred_by = REFERRER(rng)
        return _Case(
            referral=referral,
            created=self.clock.at(rng, referral),
            steps=[(key, referral + start, None if end is None else referral + end) for key, start, end in offsets],
            closed=position == CLOSED,
            skip_reason=skip_reason,
            reopen=rng.random() < REOPEN_SHARE,
            user=self.users[RESPONSIBLE(rng)],
            target_group=target,
            referred_by=referred_by,
            referred_by_other=_pick(rng, OTHER_REFERRERS) if referred_by == "annan" else "",
            reason=_pick(rng, REASONS[target]),
            ama_start=referral - _between(rng, 0, 45) if target == "ama_medarbetare" else None,
        )

    def _timeline(self, position: str) -> tuple[list[tuple[str, int, int | None]], int, str]:
        """Started steps as (key, start, end) in days after the referral (end None: in progress),
        the day of the last activity, and the reason when a case closes without Utvärdera."""
        rng = self.rng
        stop, skip_reason = position, ""
        if position == CLOSED and rng.random() < SKIP_EVALUATION_SHARE:
            stop, skip_reason = _pick(rng, ("utreda", "planera", "utvardera")), _pick(rng, SKIP_REASONS)
        steps: list[tuple[str, int, int | None]] = []
        day = 0
        for key in STEP_KEYS:
            day += _between(rng, *GAP_DAYS[key])
            if key == stop:
                break
            end = day + _between(rng, *DURATION_DAYS[key])
            steps.append((key, day, end))
            day = end
        else:  # closed after the whole process
            return steps, day, ""
        if not skip_reason:  # `stop` is the step in progress today
            steps.append((stop, day, None))
            return steps, day + _between(rng, 0, OPEN_DAYS[stop]), ""
        # Closed early. Avsluta needs the survey begun, so Utreda is always at least in progress;
        # a later step was sometimes begun and left unfinished.
        if stop == SURVEY_STEP or rng.random() < 0.5:
            steps.append((stop, day, None))
            day += _between(rng, *DURATION_DAYS[stop]) // 2
        start = day + _between(rng, *GAP_DAYS["avsluta"])
        end = start + _between(rng, 0, 3)
        steps.append(("avsluta", start, end))
        return steps, end, skip_reason

    def _number(self, people: list[_Person]) -> list[tuple[_Case, int]]:
        """Ids in registration order, case numbers YYYY-NNNN counted per referral year."""
        people.sort(key=lambda p: p.cases[0].created)  # stable: ties keep the seeded order
        client_id = self._next_id("clients")
        for person in people:
            person.id, client_id = client_id, client_id + 1
        cases = sorted(
            ((c, p) for p in people for c in p.cases), key=lambda cp: (cp[0].created, cp[1].id)
        )
        case_id = self._next_id("cases")
        per_year: dict[int, int] = {}
        for case, _ in cases:
            year = dt.date.fromordinal(case.referral).year
            per_year[year] = per_year.get(year, 0) + 1
            case.id, case.number = case_id, f"{year}-{per_year[year]:04d}"
            case_id += 1
        return [(c, p.id) for c, p in cases]

    def _next_id(self, table: str) -> int:
        return self.store.query_value(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")

    # -- rows ------------------------------------------------------------------------------------
    def _insert_clients(self, people: list[_Person]) -> None:
        stamp = self.clock.stamp
        self.tx.executemany(SQL["clients"], (
            (
                p.id, p.first, p.last, p.pnr, 0, p.birth_year, p.gender, p.education, p.phone, p.email,
                p.address, int(p.anonymous), int(p.protected),
                build_search_text(p.first, p.last, p.pnr, p.protected, [c.number for c in p.cases]),
                build_sort_key(p.first, p.last), stamp(p.cases[0].created), p.cases[0].user, stamp(p.cases[0].created),
            )
            for p in people
        ))

    def _insert_cases(self, cases: list[tuple[_Case, int]]) -> int:
        """Cases and everything in them, flushed in batches. Returns the number of notes."""
        notes = 0
        for start in range(0, len(cases), BATCH_CASES):
            rows: dict[str, list[tuple]] = {table: [] for table in SQL if table != "clients"}
            for case, client_id in cases[start:start + BATCH_CASES]:
                self._case_rows(case, client_id, rows)
            for table, batch in rows.items():
                self.tx.executemany(SQL[table], batch)
            notes += len(rows["notes"])
        return notes

    def _actor(self, responsible: int) -> int:
        """Mostly the responsible user; now and then a colleague steps in."""
        return self.users[_between(self.rng, 0, len(self.users) - 1)] if self.rng.random() < 0.1 else responsible

    def _case_rows(self, case: _Case, client_id: int, rows: dict[str, list[tuple]]) -> None:
        clock = self.clock
        runs = self._runs(case)
        closed_at = runs[-1].completed if case.closed else None
        case_end = clock.now if closed_at is None else closed_at
        case.end = case_end // 1440
        last_change = max(
            self._step_rows(case, runs, rows),
            self._answer_rows(case, runs, case_end, rows),
            self._consent_rows(case, case_end, rows),
            self._note_rows(case, case_end, rows),
            self._work_rows(case, runs, case_end, rows),
        )
        rows["cases"].append((
            case.id, client_id, case.number, clock.date(case.referral), case.referred_by, case.referred_by_other,
            case.reason, case.target_group, case.user,
            None if case.ama_start is None else clock.date(case.ama_start),
            "avslutad" if case.closed else "aktiv",
            None if closed_at is None else clock.date(closed_at // 1440),
            clock.stamp(case.created), case.user, clock.stamp(last_change),
        ))

    def _runs(self, case: _Case) -> list[_Run]:
        """Moments and users of the started steps, in process order (Avsluta last when closed)."""
        rng, clock = self.rng, self.clock
        prev, runs = case.created, []
        for key, start_day, end_day in case.steps:
            started = prev = clock.at(rng, start_day, prev)
            completed = finisher = None
            if end_day is not None:
                completed = prev = clock.at(rng, end_day, prev)
                finisher = self._actor(case.user)
            runs.append(_Run(key, started, self._actor(case.user), completed, finisher))
        return runs

    def _step_rows(self, case: _Case, runs: list[_Run], rows: dict[str, list]) -> int:
        """case_steps and their step_events; returns the latest moment written."""
        rng, clock, events = self.rng, self.clock, rows["step_events"]
        by_key = {run.key: run for run in runs}
        for key in STEP_KEYS:
            run = by_key.get(key)
            if run is None:
                rows["case_steps"].append((case.id, key, NOT_STARTED, None, None, None, None, ""))
                continue
            events.append((case.id, key, "started", "", clock.stamp(run.started), run.starter))
            reason = case.skip_reason if key == "avsluta" else ""
            if run.completed is not None:
                if case.reopen and key == SURVEY_STEP and run.completed - run.started > 2:
                    first_done = clock.within(rng, run.started + 1, run.completed - 1)
                    events.append((case.id, key, "completed", "", clock.stamp(first_done), run.finisher))
                    events.append((case.id, key, "reopened", _pick(rng, REOPEN_NOTES), clock.stamp(first_done + 1),
                                   run.finisher))
                events.append((case.id, key, "completed", reason, clock.stamp(run.completed), run.finisher))
            rows["case_steps"].append((
                case.id, key, IN_PROGRESS if run.completed is None else DONE, clock.stamp(run.started), run.starter,
                None if run.completed is None else clock.stamp(run.completed), run.finisher, reason,
            ))
        return max(run.completed or run.started for run in runs)  # Informera at least is always started

    def _answer_rows(self, case: _Case, runs: list[_Run], case_end: int, rows: dict[str, list]) -> int:
        """Answers to some questions of each started step, saved while the step was open.
        Utreda always has a survey answer, saved before any later step started: every later step
        starts after Utreda was finished, or (closed early) after Utreda's answers."""
        rng, clock, answers, latest = self.rng, self.clock, rows["step_answers"], case.created
        for run in runs:
            if run.completed is not None:
                until, share, user = run.completed, ANSWERED_DONE, run.finisher
            else:  # open: until today, or until Avsluta started on a case closed early
                until, share, user = (runs[-1].started if case.closed else case_end), ANSWERED_OPEN, run.starter
            chosen = [q for q in self.questions[run.key] if rng.random() < share]
            if run.key == SURVEY_STEP and not any(q in self.survey for q in chosen):
                chosen.append(_pick(rng, self.survey))
            for question in chosen:
                t = clock.within(rng, run.started, until)
                latest = max(latest, t)
                answers.append((case.id, question, _pick(rng, ANSWERS.get(question, GENERIC_ANSWER)), clock.stamp(t),
                                user))
        return latest

    def _consent_rows(self, case: _Case, case_end: int, rows: dict[str, list]) -> int:
        rng, clock, latest = self.rng, self.clock, case.created
        if rng.random() >= CONSENT_SHARE:
            return latest
        end_day = case_end // 1440
        recipients = dict.fromkeys(CONSENT_RECIPIENT(rng) for _ in range(_between(rng, 1, 3)))
        for recipient in recipients:
            given = min(case.referral + _between(rng, 0, 30), end_day)
            withdrawn = _between(rng, given, end_day) if rng.random() < WITHDRAWN_SHARE else None
            created = min(max(clock.at(rng, given), case.created), case_end)
            latest = max(latest, created)
            rows["consents"].append((
                case.id, recipient, _pick(rng, OTHER_RECIPIENTS) if recipient == "annan" else "",
                CONSENT_FORM(rng), clock.date(given), None if withdrawn is None else clock.date(withdrawn),
                CONSENT_SCOPES[recipient], clock.stamp(created), case.user,
            ))
        return latest

    def _note_rows(self, case: _Case, case_end: int, rows: dict[str, list]) -> int:
        """0–8 unsigned notes between the referral and the end of the case, oldest first."""
        rng, clock = self.rng, self.clock
        count = _between(rng, 0, min(8, 2 * len(case.steps)))
        moments = sorted(clock.within(rng, case.created, case_end) for _ in range(count))
        for t in moments:
            kind = NOTE_KIND(rng)
            stamp = clock.stamp(t)
            text = _pick(rng, NOTE_TEXTS[kind])
            rows["notes"].append((case.id, clock.date(t // 1440), kind, text, self._actor(case.user), stamp, stamp))
        return moments[-1] if moments else case.created

    # -- the work in a case: plan, interventions, meetings, evaluation, before/after -------------
    def _take_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def _work_rows(self, case: _Case, runs: list[_Run], case_end: int, rows: dict[str, list]) -> int:
        """Everything issue 4 adds to a case; returns the latest moment written."""
        rng, clock = self.rng, self.clock
        by_key = {run.key: run for run in runs}
        # Work inside a step ends when it is finished, or when a case closed early moved on to Avsluta.
        until = {run.key: run.completed or (runs[-1].started if case.closed else case_end) for run in runs}
        latest = case.created
        if rng.random() < BEFORE_SHARE:
            occupation, income, percent = _pick(rng, BEFORE_SITUATIONS[case.target_group])
            stamp = clock.stamp(case.created)
            rows["situations_before"].append((case.id, clock.date(case.created // 1440), occupation, income, percent,
                                              stamp, case.user, stamp, case.user))
        versions, plan_latest = self._plan_rows(case, by_key, until, case_end, rows)
        latest = max(latest, plan_latest, self._intervention_rows(case, by_key, until, versions, rows),
                     self._assessment_rows(case, by_key, until, case_end, rows),
                     self._meeting_rows(case, case_end, rows), self._evaluation_rows(case, by_key, until, versions, rows))
        if case.closed:
            self._closure_row(case, runs[-1], rows)
        return latest

    def _plan_rows(self, case: _Case, by_key: dict[str, _Run], until: dict[str, int], case_end: int,
                   rows: dict[str, list]) -> tuple[list[_Version], int]:
        """A plan for most cases that reached Planera, and for AMA employees mostly early in Utreda
        (the four-week rule): one or two versions, mostly agreed, with follow-ups held (the last one
        now and then missed) up to the end of the case."""
        rng, clock = self.rng, self.clock
        utreda, planera = by_key.get("utreda"), by_key.get("planera")
        if utreda is None:
            return [], case.created
        ama, day_ = case.target_group == "ama_medarbetare", 1440  # day_: a day in moments
        work_until = until["planera" if planera is not None else "utreda"]
        if ama:
            if rng.random() >= (0.95 if planera is not None else 0.85) or work_until - utreda.started < 3 * day_:
                return [], case.created
            low, high = utreda.started + 2 * day_, min(utreda.started + 21 * day_, work_until)
        elif planera is not None:
            if rng.random() >= 0.95:
                return [], case.created
            low, high = max(utreda.started, planera.started - 20 * day_), min(planera.started + 5 * day_, case_end)
        else:
            if until["utreda"] - utreda.started < 14 * day_ or rng.random() >= 0.3:
                return [], case.created
            low, high = utreda.started + 7 * day_, until["utreda"]
        created = clock.within(rng, min(low, high), high)
        end_day = case_end // 1440
        day = created // 1440
        agreed = day + _between(rng, 0, 10) if rng.random() < 0.9 else None
        if agreed is not None and agreed > end_day:
            agreed = None
        revised = agreed + _between(rng, 30, 90) if agreed is not None and rng.random() < 0.25 else None
        if revised is not None and revised + 7 > end_day:
            revised = None
        agreed2 = revised + _between(rng, 0, 7) if revised is not None and rng.random() < 0.8 else None

        goals = _sample(rng, SUB_GOALS, _between(rng, 1, 3))
        v1 = self._version(case, 1, created, agreed, goals, None, case_end, rows)
        versions = [v1]
        if revised is not None:
            carried = goals if rng.random() < 0.7 else goals + _sample(rng, [g for g in SUB_GOALS if g not in goals], 1)
            created2 = max(clock.at(rng, revised), v1.last)
            versions.append(self._version(case, 2, min(created2, case_end), agreed2, carried, v1, case_end, rows))
        in_force = versions[-1] if versions[-1].agreed else (v1 if v1.agreed else None)
        for v in versions:
            if not v.agreed:
                continue
            last_day = revised - 1 if v is v1 and in_force is not v1 else end_day
            v.held = self._held_follow_ups(v, last_day, case, case_end, rows)
        first = clock.date(agreed) if agreed is not None else None
        following = _next_day(in_force.planned, in_force.held) if in_force else None
        last = max(v.last for v in versions)
        rows["plans"].append((case.id, versions[-1].id, in_force.id if in_force else None, first,
                              None if following is None else clock.date(following), clock.stamp(last)))
        return versions, last

    def _version(self, case: _Case, number: int, created: int, agreed: int | None, goals: list[tuple],
                 previous: _Version | None, case_end: int, rows: dict[str, list]) -> _Version:
        rng, clock = self.rng, self.clock
        day = created // 1440
        version_id = self._take_id("plan_versions")
        plan_follow_up = day + _between(rng, 28, 56)
        agreed_at = min(clock.at(rng, agreed, created), case_end) if agreed is not None else None
        last = max(created, agreed_at or created)
        rows["plan_versions"].append((
            version_id, case.id, number, _pick(rng, MAIN_GOALS[case.target_group]), _pick(rng, BASELINES),
            _pick(rng, PRIORITIES), clock.date(plan_follow_up), clock.date(agreed) if agreed is not None else None,
            _pick(rng, PLAN_PARTICIPANTS) if agreed is not None else "",
            clock.stamp(agreed_at) if agreed_at is not None else None, case.user if agreed is not None else None,
            clock.stamp(created), case.user, clock.stamp(last),
        ))
        planned, goal_ids = [plan_follow_up], []  # follow-ups as day ordinals
        lineage = dict(zip(previous.templates, previous.goal_ids)) if previous else {}
        for position, goal in enumerate(goals):
            text, actions, responsible = goal
            goal_id = self._take_id("plan_goals")
            start = day + _between(rng, 0, 7)
            follow = start + _between(rng, 14, 42)
            planned.append(follow)
            goal_ids.append(goal_id)
            rows["plan_goals"].append((
                goal_id, version_id, position, lineage.get(goal, goal_id), text, actions, responsible, "",
                clock.date(start), clock.date(start + _between(rng, 30, 120)), clock.date(follow),
            ))
        return _Version(version_id, created, agreed, tuple(goals), goal_ids, planned, [], last)

    def _held_follow_ups(self, version: _Version, last_day: int, case: _Case, case_end: int,
                         rows: dict[str, list]) -> list[tuple[int, int | None]]:
        """Follow-ups of an agreed version up to ``last_day``: held when due, now and then a day or
        a few late; once in a while one is missed, and from then on the plan is overdue."""
        rng, clock, held = self.rng, self.clock, []
        for _ in range(30):
            due = _next_day(version.planned, held)
            if due is None or due > last_day or rng.random() < 0.04:
                break
            day = min(due + (0 if rng.random() < 0.7 else _between(rng, 1, 6)), last_day)
            following = day + _between(rng, 28, 63) if rng.random() < 0.97 else None
            at = max(min(clock.at(rng, day), case_end), version.last)
            held.append((day, following))
            version.last = at
            rows["plan_follow_ups"].append((version.id, clock.date(day), _pick(rng, FOLLOW_UP_NOTES),
                                            None if following is None else clock.date(following), clock.stamp(at),
                                            self._actor(case.user)))
        return held

    def _intervention_rows(self, case: _Case, by_key: dict[str, _Run], until: dict[str, int],
                           versions: list[_Version], rows: dict[str, list]) -> int:
        """0–5 interventions while Planera ran, most for a sub-goal of the plan of the day."""
        rng, clock = self.rng, self.clock
        planera = by_key.get("planera")
        if planera is None:
            return case.created
        moments = sorted(clock.within(rng, planera.started, until["planera"]) for _ in range(_between(rng, 0, 5)))
        for t in moments:
            model, kind = INTERVENTION(rng)
            goal = None
            plan = next((v for v in reversed(versions) if v.created <= t), None)
            if plan is not None and rng.random() < 0.75:
                goal = _pick(rng, plan.goal_ids)
            stamp = clock.stamp(t)
            rows["interventions"].append((case.id, clock.date(t // 1440), _pick(rng, MINUTES), model, kind, goal,
                                          _pick(rng, INTERVENTION_TEXTS[kind]), self._actor(case.user), stamp, stamp))
        return moments[-1] if moments else case.created

    def _assessment_rows(self, case: _Case, by_key: dict[str, _Run], until: dict[str, int], case_end: int,
                         rows: dict[str, list]) -> int:
        """An instrument during Utreda (completed when Utreda finished), and often again at Utvärdera,
        somewhat better; a short-term-absence case gets its guided sequence around the WEIS-S."""
        rng, clock, latest = self.rng, self.clock, case.created
        survey = by_key.get("utreda")
        if survey is None or rng.random() >= ASSESSMENT_SHARE:
            return latest
        definition, snapshot = self.instruments[_pick(rng, DEMO_INSTRUMENTS[case.target_group])]
        level = rng.random()
        given = [(clock.within(rng, survey.started, until["utreda"]), survey.completed is not None, level)]
        evaluation = by_key.get("utvardera")
        if evaluation is not None and rng.random() < 0.6:
            given.append((clock.within(rng, evaluation.started, until["utvardera"]), True, min(1.0, level + 0.25)))
        ids = []
        for t, completed, profile in given:
            assessment_id = self._take_id("assessments")
            ids.append((assessment_id, t))
            stamp, user = clock.stamp(t), self._actor(case.user)
            rows["assessments"].append((
                assessment_id, case.id, definition.id, definition.version, snapshot, clock.date(t // 1440), user,
                "klar" if completed else "utkast", stamp if completed else None, user if completed else None,
                stamp, user, stamp))
            rated = definition.items if completed else definition.items[: len(definition.items) // 2]
            for part in definition.parts:
                for item in rated:
                    value = _demo_rating(rng, definition, profile)
                    rows["assessment_ratings"].append((assessment_id, part.id, item.id, value, int(value is None),
                                                       stamp, user))
            if completed and definition.text_fields:
                rows["assessment_texts"].append((assessment_id, definition.text_fields[0].id,
                                                 _pick(rng, INTERPRETATIONS), stamp, user))
            latest = max(latest, t)
        if case.target_group == "korttidsfranvaro" and definition.id == "weis-s":
            self._sequence_rows(case, ids, case_end, rows)
        return latest

    def _sequence_rows(self, case: _Case, given: list[tuple[int, int]], case_end: int, rows: dict[str, list]) -> None:
        """Meeting 1 is the first WEIS-S; the later steps follow on while the case runs."""
        rng, clock = self.rng, self.clock
        (first_id, t), steps = given[0], [s.key for s in sequence_definitions()["korttidsfranvaro"].steps]
        for number, key in enumerate(steps):
            if t > case_end or (number and rng.random() < 0.25):
                break
            user = self._actor(case.user)
            rows["sequence_steps"].append((
                case.id, key, clock.date(t // 1440), _pick(rng, SEQUENCE_NOTES[key]),
                first_id if key == "mote1" else None,
                clock.stamp(t), user, clock.stamp(t), user))
            t += _between(rng, 5, 20) * 1440

    def _meeting_rows(self, case: _Case, case_end: int, rows: dict[str, list]) -> int:
        rng, clock, latest = self.rng, self.clock, case.created
        if rng.random() >= MEETING_SHARE:
            return latest
        for _ in range(_between(rng, 1, 2)):
            t = clock.within(rng, case.created, case_end)
            latest = max(latest, t)
            meeting_id = self._take_id("meetings")
            partners = sorted({PARTNER(rng) for _ in range(_between(rng, 1, 2))}, key=PARTNER_ORDER.index)
            stamp = clock.stamp(t)
            rows["meetings"].append((meeting_id, case.id, clock.date(t // 1440), MEETING_KIND(rng), "",
                                     _pick(rng, MEETING_PARTICIPANTS), _pick(rng, MEETING_OUTCOMES),
                                     self._actor(case.user), stamp, stamp))
            rows["meeting_partners"].extend((meeting_id, p) for p in partners)
        return latest

    def _evaluation_rows(self, case: _Case, by_key: dict[str, _Run], until: dict[str, int],
                         versions: list[_Version], rows: dict[str, list]) -> int:
        """Goals of the plan in force evaluated while Utvärdera ran (all of them when it finished)."""
        rng, clock = self.rng, self.clock
        run = by_key.get("utvardera")
        agreed = [v for v in versions if v.agreed is not None]
        plan = agreed[-1] if agreed else (versions[-1] if versions else None)
        if run is None or plan is None or until["utvardera"] < max(run.started, plan.last):
            return case.created
        share = 1.0 if run.completed is not None else 0.6
        latest = case.created
        for goal_id in (None, *plan.goal_ids):
            if rng.random() >= share:
                continue
            t = clock.within(rng, max(run.started, plan.last), until["utvardera"])
            latest = max(latest, t)
            attainment = ATTAINED(rng)
            stamp, user = clock.stamp(t), self._actor(case.user)
            rows["goal_evaluations"].append((
                plan.id, goal_id, clock.date(t // 1440), _pick(rng, EVALUATION_NOW[attainment]),
                attainment, "" if attainment == "uppnatt" else _pick(rng, NOT_REACHED_REASONS), stamp, user,
                stamp, user,
            ))
        return latest

    def _closure_row(self, case: _Case, avsluta: _Run, rows: dict[str, list]) -> None:
        rng, clock = self.rng, self.clock
        outcome = SKIP_OUTCOMES.get(case.skip_reason) or OUTCOME(rng)
        occupation, income, percent = _pick(rng, AFTER_SITUATIONS[outcome])
        rows["closures"].append((
            case.id, clock.date(avsluta.completed // 1440), outcome, "Egen företagare" if outcome == "annat" else "",
            _pick(rng, ANSWERS["avsluta.var"]), _pick(rng, ANSWERS["avsluta.syfte"]),
            _pick(rng, ANSWERS["avsluta.samverkan"]), occupation, income, percent, case.skip_reason,
            clock.stamp(avsluta.completed), avsluta.finisher,
        ))

    # -- group activities ------------------------------------------------------------------------
    def _insert_groups(self, cases: list[tuple[_Case, int]], n: int) -> None:
        """About one group activity per 150 clients, each with sessions, clients whose case was
        open when it began, attendance, and a head count of others."""
        rng, clock = self.rng, self.clock
        activity_id, session_id = self._next_id("group_activities"), self._next_id("group_sessions")
        activities, leaders, sessions, participants, attendance = [], [], [], [], []
        first_day, last_day = clock.today - HISTORY_DAYS + 30, clock.today - 7
        for _ in range(max(2, n // 150)):
            kind = GROUP_KIND(rng)
            start = _between(rng, first_day, last_day)
            count, gap, size, guests = GROUP_SHAPES[kind]
            dates = [start + i * gap for i in range(_between(rng, *count))]
            year = dt.date.fromordinal(start).year
            title = _pick(rng, GROUP_TITLES[kind]).format(term=("våren" if dt.date.fromordinal(start).month < 7
                                                                else "hösten"), year=year)
            created = clock.at(rng, start - _between(rng, 7, 30))
            activities.append((activity_id, kind, title, "Maja Holm (assistent)" if kind == "redo" else "",
                               GROUP_DESCRIPTIONS[kind], clock.stamp(created), self.users[0], clock.stamp(created)))
            leaders.extend((activity_id, u) for u in sorted({_pick(rng, self.users) for _ in range(_between(rng, 1, 2))}))
            members: list[int] = []
            for _ in range(_between(rng, *size) * 3):  # draw until enough clients with a case open then
                case, client_id = cases[int(rng.random() * len(cases))]
                if case.referral <= start <= case.end and client_id not in members:
                    members.append(client_id)
                    if len(members) >= size[1]:
                        break
            participants.extend((activity_id, c) for c in members)
            for day in dates:
                past = day <= clock.today
                sessions.append((session_id, activity_id, clock.date(day), _between(rng, *guests) if past else 0, ""))
                if past:
                    attendance.extend((session_id, c) for c in members if rng.random() < 0.8)
                session_id += 1
            activity_id += 1
        for table, batch in (("group_activities", activities), ("group_leaders", leaders),
                             ("group_sessions", sessions), ("group_participants", participants),
                             ("group_attendance", attendance)):
            self.tx.executemany(GROUP_SQL[table], batch)


@dataclass(slots=True)
class _Version:
    """A plan version as the demo wrote it, for the interventions and evaluations that follow."""

    id: int
    created: int  # moment
    agreed: int | None  # day
    templates: tuple[tuple, ...]
    goal_ids: list[int]
    planned: list[int]  # follow-up days (ordinals)
    held: list[tuple[int, int | None]]  # follow-ups held: (day, next day)
    last: int  # moment of the latest write


def _next_day(planned: list[int], held: list[tuple[int, int | None]]) -> int | None:
    """:func:`app.models.plans.next_follow_up` on day ordinals (``held`` in date order)."""
    remaining, following = planned, None
    for done, nxt in held:
        candidates = remaining if following is None else [*remaining, following]
        pending = min(candidates) if candidates else done
        settled = max(pending, done)
        remaining = [d for d in remaining if d > settled]
        following = nxt
    if following is not None:
        return min(following, min(remaining)) if remaining else following
    return min(remaining) if remaining else None


def _demo_rating(rng: random.Random, definition, profile: float) -> int | None:
    """A rating near the client's profile (0 = worst, 1 = best end of the scale); sometimes N/A."""
    if definition.na.allowed and rng.random() < 0.04:
        return None
    worst_first = sorted(definition.scale.values, key=lambda v: v * definition.scale.sign)
    position = round(profile * (len(worst_first) - 1) + rng.uniform(-1, 1))
    return worst_first[max(0, min(len(worst_first) - 1, position))]


def _sample(rng: random.Random, options: list | tuple, k: int) -> list:
    """k different options, in the order drawn."""
    chosen: list = []
    while len(chosen) < k:
        option = _pick(rng, options)
        if option not in chosen:
            chosen.append(option)
    return chosen


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year - years, day=28)


def _personnummer(born: dt.date, serial: int) -> str:
    """12 digits, the check digit by Luhn over YYMMDDNNN as Skatteverket computes it."""
    nine = f"{born:%y%m%d}{serial:03d}"
    return f"{born.year:04d}{born:%m%d}{serial:03d}{luhn.calc_check_digit(nine)}"


@functools.lru_cache(maxsize=None)
def _ascii(name: str) -> str:
    """Lower-case ASCII for an e-mail address: Åsa -> asa, Áilu -> ailu."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


SQL = {
    "clients": """INSERT INTO clients (id, first_name, last_name, personnummer, is_coordination, birth_year,
        gender, education, phone, email, address, anonymous_in_stats, protected_identity, search_text, sort_key,
        created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "cases": """INSERT INTO cases (id, client_id, case_number, referral_date, referred_by, referred_by_other,
        reason, target_group, responsible_user_id, ama_start_date, status, closed_date, created_at, created_by,
        updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "case_steps": """INSERT INTO case_steps (case_id, step, state, started_at, started_by, completed_at,
        completed_by, skip_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
    "step_events": "INSERT INTO step_events (case_id, step, action, note, at, user_id) VALUES (?, ?, ?, ?, ?, ?)",
    "step_answers": """INSERT INTO step_answers (case_id, question, text, updated_at, updated_by)
        VALUES (?, ?, ?, ?, ?)""",
    "consents": """INSERT INTO consents (case_id, recipient, recipient_other, form, given_date, withdrawn_date,
        scope, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "notes": """INSERT INTO notes (case_id, note_date, kind, text, author_id, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)""",
    # issue 4, in foreign-key order
    "situations_before": """INSERT INTO situations_before (case_id, recorded_date, occupation, income_source,
        occupation_percent, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "plan_versions": """INSERT INTO plan_versions (id, case_id, version, main_goal, baseline, client_priorities,
        follow_up_date, agreed_date, agreed_participants, agreed_at, agreed_by, created_at, created_by, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "plan_goals": """INSERT INTO plan_goals (id, plan_version_id, position, lineage_id, text, actions, responsible,
        responsible_other, start_date, target_date, follow_up_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "plan_follow_ups": """INSERT INTO plan_follow_ups (plan_version_id, follow_up_date, note, next_follow_up,
        created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)""",
    "plans": """INSERT INTO plans (case_id, latest_version_id, agreed_version_id, first_agreed_date, next_follow_up,
        updated_at) VALUES (?, ?, ?, ?, ?, ?)""",
    "interventions": """INSERT INTO interventions (case_id, intervention_date, minutes, model, kind, goal_id, text,
        author_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "meetings": """INSERT INTO meetings (id, case_id, meeting_date, kind, partner_other, participants, outcome,
        author_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "meeting_partners": "INSERT INTO meeting_partners (meeting_id, partner) VALUES (?, ?)",
    "assessments": """INSERT INTO assessments (id, case_id, instrument_id, instrument_version, definition_json,
        assessment_date, assessor_id, status, completed_at, completed_by, created_at, created_by, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "assessment_ratings": """INSERT INTO assessment_ratings (assessment_id, part, item_id, value, na, updated_at,
        updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)""",
    "assessment_texts": """INSERT INTO assessment_texts (assessment_id, field, text, updated_at, updated_by)
        VALUES (?, ?, ?, ?, ?)""",
    "sequence_steps": """INSERT INTO sequence_steps (case_id, step_key, step_date, note, assessment_id, done_at,
        done_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "goal_evaluations": """INSERT INTO goal_evaluations (plan_version_id, goal_id, evaluated_date, now_text,
        attainment, reason, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
    "closures": """INSERT INTO closures (case_id, closed_date, outcome, outcome_other, continued_where,
        continued_purpose, collaboration, occupation_after, income_source_after, occupation_percent_after, reason,
        created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
}
GROUP_SQL = {
    "group_activities": """INSERT INTO group_activities (id, kind, title, other_leaders, description, created_at,
        created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
    "group_leaders": "INSERT INTO group_leaders (activity_id, user_id) VALUES (?, ?)",
    "group_sessions": "INSERT INTO group_sessions (id, activity_id, session_date, guests, note) VALUES (?, ?, ?, ?, ?)",
    "group_participants": "INSERT INTO group_participants (activity_id, client_id) VALUES (?, ?)",
    "group_attendance": "INSERT INTO group_attendance (session_id, client_id) VALUES (?, ?)",
}

# -- distributions (keys from app.models.vocab) ---------------------------------------------------

POSITION = _Weighted((("informera", 10), ("utreda", 18), ("planera", 20), ("utvardera", 10), ("avsluta", 5),
                      (CLOSED, 37)))
GENDER = _Weighted((("kvinna", 55), ("man", 43), ("annat", 2)))
EDUCATION = _Weighted((("forgymnasial", 25), ("gymnasial", 45), ("eftergymnasial", 20), ("okand", 10)))
TARGET_GROUP = _Weighted((("ama_medarbetare", 45), ("boendestod_forsorjningsstod", 25), ("korttidsfranvaro", 20),
                          ("annan", 10)))
REFERRER = _Weighted((("chef", 15), ("arbetsledare", 25), ("individen", 10), ("af", 20), ("ifo", 12),
                      ("boendestod", 8), ("hr", 5), ("annan", 5)))
CONSENT_RECIPIENT = _Weighted((("af", 40), ("fk", 25), ("arbetsgivare", 25), ("varden", 5), ("ifo", 4), ("annan", 1)))
CONSENT_FORM = _Weighted((("skriftligt", 70), ("muntligt", 30)))
NOTE_KIND = _Weighted((("samtal", 35), ("telefon", 20), ("mote", 20), ("observation", 15), ("ovrigt", 10)))
RESPONSIBLE = _Weighted(((0, 45), (1, 20), (2, 35)))  # index into DEMO_USERS

BEFORE_SHARE = 0.93  # cases with the "before" situation recorded
MEETING_SHARE = 0.3  # cases with collaboration meetings
ASSESSMENT_SHARE = 0.7  # surveyed cases with an instrument given
DEMO_INSTRUMENTS = {
    "ama_medarbetare": ("awp", "wri-s", "doa", "awc"),
    "boendestod_forsorjningsstod": ("oval-9", "doa", "awc"),
    "korttidsfranvaro": ("weis-s",),
    "annan": ("weis-s", "awp", "oval-9"),
}
INTERPRETATIONS = (
    "Styrkor i samarbete med arbetskamrater; begränsningar i tempo och uthållighet under eftermiddagen.",
    "Klienten upplever arbetsuppgifterna som meningsfulla men har svårt att strukturera dagen.",
    "Fysiska krav i arbetsmiljön begränsar; stöd från arbetsledaren är en tydlig resurs.",
    "Bedömningen stämmer väl med klientens egen bild. Fokus framåt: rutiner och återhämtning.",
)
SEQUENCE_NOTES = {
    "mote1": ("Samtal om frånvaron och arbetssituationen. WEIS-S genomförd.",
              "Medarbetaren beskriver trötthet efter kvällspass. WEIS-S genomförd tillsammans."),
    "sammanstallning": ("Stöd: kollegor och arbetsledare. Begränsar: tidspress och tunga lyft.",
                        "Sammanställning klar; arbetsrytm och schemaläggning framträder som viktigast."),
    "mote2": ("Bedömningen presenterad; medarbetaren korrigerade bilden av schemat.",
              "Genomgång med medarbetaren, inga ändringar i bedömningen."),
    "insatser": ("Rådgivning till arbetsledaren om schemaläggning.", "Ergonomisk genomgång av arbetsplatsen."),
    "uppfoljning": ("Frånvaron har minskat från fem till ett tillfälle på tre månader.",
                    "Uppföljning: fortsatt hög frånvaro, kontakt med företagshälsovården."),
}
MINUTES = (15, 30, 30, 45, 45, 60, 60, 90, 120)
INTERVENTION = _Weighted(((("kompensation", "hjalpmedel"), 20), (("kompensation", "kompensatoriska_strategier"), 15),
                          (("kompensation", "fysisk_miljo"), 8), (("kompensation", "social_miljo"), 5),
                          (("aktivitetstraning", "undervisning_rad"), 15), (("aktivitetstraning", "stodjande"), 12),
                          (("funktionstraning", "undervisning_rad"), 5), (("pedagogisk", "undervisning_rad"), 8),
                          (("kompensation", "radgivning_arbetsledare"), 10), (("aktivitetstraning", "annan"), 2)))
PARTNER = _Weighted((("af", 35), ("fk", 20), ("varden", 15), ("ifo", 15), ("arbetsgivare", 15)))
PARTNER_ORDER = ["af", "fk", "varden", "ifo", "arbetsgivare", "annan"]
MEETING_KIND = _Weighted((("kontaktmote", 25), ("avstamningsmote", 40), ("gemensam_kartlaggning", 15),
                          ("overlamning", 15), ("annat", 5)))
ATTAINED = _Weighted((("uppnatt", 50), ("delvis", 30), ("ej_uppnatt", 20)))
OUTCOME = _Weighted((("reguljar_anstallning", 12), ("studier", 10), ("arbetstraning_praktik", 18),
                     ("subventionerad_anstallning", 20), ("okad_sysselsattningsgrad", 20), ("ater_varden_fk", 8),
                     ("avbrutet", 6), ("flyttat", 4), ("annat", 2)))
SKIP_OUTCOMES = {"Klienten har fått anställning.": "reguljar_anstallning",
                 "Klienten har flyttat från kommunen.": "flyttat", "Klienten avbröt insatsen.": "avbrutet",
                 "Långvarig sjukskrivning, insatsen avbryts.": "ater_varden_fk"}
GROUP_KIND = _Weighted((("redo", 25), ("friskvardstimmen", 35), ("forelasning_workshop", 30), ("annan", 10)))
# Sessions (min, max), days between them, clients (min, max), others per session (min, max).
GROUP_SHAPES = {"redo": ((8, 10), 7, (5, 10), (0, 1)), "friskvardstimmen": ((6, 12), 7, (4, 12), (0, 6)),
                "forelasning_workshop": ((1, 2), 14, (5, 20), (0, 15)), "annan": ((1, 4), 7, (3, 8), (0, 2))}

# -- word lists -----------------------------------------------------------------------------------

DEMO_USERS = (
    ("Karin Lindqvist", "arbetsterapeut"),
    ("Jonas Berg", "arbetsmarknadskoordinator"),
    ("Elin Sundström", "arbetsterapeut"),
)

_WOMEN = ("Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Malin", "Linnéa",
          "Åsa", "Märta", "Görel", "Sofia", "Elin", "Hanna", "Ida", "Johanna", "Frida", "Maja", "Ebba",
          "Agnes", "Máret", "Elle", "Inga", "Britt", "Ulla", "Birgitta", "Amira", "Fatima", "Leila")
_MEN = ("Lars", "Anders", "Johan", "Erik", "Per", "Karl", "Mikael", "Jonas", "Björn", "Göran", "Sören",
        "Åke", "Örjan", "Oskar", "Emil", "Viktor", "Hugo", "Axel", "Nils", "Mattias", "Henrik", "Jörgen",
        "Áilu", "Ánde", "Nils-Petter", "Ola", "Ali", "Omar", "Ahmed", "Leo")
_ANY = ("Kim", "Robin", "Alex", "Charlie", "Sam", "Love", "Eli")
FIRST_NAMES = {"kvinna": _WOMEN, "man": _MEN, "annat": _ANY + _WOMEN[:5] + _MEN[:5]}
LAST_NAMES = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
              "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
              "Lindqvist", "Lundgren", "Berg", "Holm", "Sandberg", "Forsberg", "Åberg", "Öberg", "Ström",
              "Söderström", "Sjögren", "Nyström", "Hägglund", "Ågren", "Bäckström", "Nutti", "Labba", "Omma",
              "Kuoljok", "Sparrok", "Päiviö", "Svonni", "Hassan", "Mohammed", "Yilmaz", "Nguyen")
STREETS = ("Storgatan", "Skolgatan", "Kyrkvägen", "Björkvägen", "Östra vägen", "Åsgatan", "Hamngatan",
           "Sjövägen", "Bergsgatan", "Lärkstigen")
TOWNS = (("981 ", "Kiruna"), ("982 ", "Gällivare"), ("962 ", "Jokkmokk"), ("972 ", "Luleå"), ("903 ", "Umeå"),
         ("831 ", "Östersund"), ("837 ", "Åre"), ("941 ", "Piteå"))

OTHER_REFERRERS = ("Företagshälsovården", "Primärvården", "Psykiatrin", "Studie- och yrkesvägledare")
OTHER_RECIPIENTS = ("Företagshälsovården", "Kommunens budget- och skuldrådgivning")
REASONS = {
    "ama_medarbetare": ("Svårt att klara arbetsuppgifterna på AMA.",
                        "Behöver stöd med struktur på arbetsplatsen.",
                        "Smärta vid vissa arbetsmoment.", "Orkar inte hela arbetspass."),
    "boendestod_forsorjningsstod": ("Behöver stöd i vardagsrutiner inför arbete.",
                                    "Lång tid utan sysselsättning, vill komma vidare.",
                                    "Svårt att planera dagen och passa tider."),
    "korttidsfranvaro": ("Upprepad korttidsfrånvaro det senaste året.",
                         "Många korta sjukfrånvarotillfällen, oklar orsak.",
                         "Återkommande frånvaro p.g.a. trötthet."),
    "annan": ("Önskar kartläggning av arbetsförmåga.", "Osäkert vilka arbetsuppgifter som fungerar."),
}
SKIP_REASONS = ("Klienten har fått anställning.", "Klienten har flyttat från kommunen.",
                "Klienten avbröt insatsen.", "Långvarig sjukskrivning, insatsen avbryts.")
REOPEN_NOTES = ("Kompletterar kartläggningen efter nytt samtal.", "Ny information från arbetsledaren.", "")
CONSENT_SCOPES = {
    "af": "Information om arbetsförmåga och planering.",
    "fk": "Underlag om aktivitetsförmåga.",
    "varden": "Information om pågående insatser.",
    "ifo": "Planering av sysselsättning.",
    "arbetsgivare": "Anpassning av arbetsuppgifter.",
    "annan": "Kontakt inför fortsatt stöd.",
}
NOTE_TEXTS = {
    "samtal": ("Uppföljande samtal. Klienten beskriver att rutinerna fungerar bättre.",
               "Samtal om mål för de kommande veckorna.",
               "Klienten berättar om sämre sömn; vi justerar schemat.",
               "Gick igenom checklistan tillsammans med klienten."),
    "observation": ("Observerade arbetet i köket. Många avbrott under förmiddagen.",
                    "Observation i verkstaden: klarar momenten men tappar tempo efter en timme.",
                    "Aktivitetsanalys av packning i lagret."),
    "mote": ("Möte med arbetsledaren om anpassade arbetsuppgifter.", "Trepartsmöte med Af och klienten.",
             "Nätverksmöte med boendestödet."),
    "telefon": ("Klienten ringde och sjukanmälde sig, ny tid bokad.", "Telefonsamtal med arbetsledaren om schemat.",
                "Påminde om tiden nästa vecka."),
    "ovrigt": ("Skickade informationsbladet hem till klienten.", "Bokade lokal för ReDO-gruppen.",
               "Uppdaterade utvecklingsplanen."),
}
GENERIC_ANSWER = ("Diskuterat med klienten, dokumenteras vidare vid nästa träff.",)

# Situations before and after: (occupation, main income source, degree of occupation in %).
BEFORE_SITUATIONS = {
    "ama_medarbetare": (("subventionerat_arbete", "ingen_offentlig", 50), ("subventionerat_arbete", "ingen_offentlig", 75),
                        ("praktik_arbetstraning", "aktivitetsstod", 50), ("praktik_arbetstraning", "forsorjningsstod", 25),
                        ("subventionerat_arbete", "ingen_offentlig", 100)),
    "boendestod_forsorjningsstod": (("arbetslos", "forsorjningsstod", 0), ("arbetslos", "forsorjningsstod", 0),
                                    ("sjukskriven", "sjukpenning", 0), ("annat", "aktivitetsersattning", 0)),
    "korttidsfranvaro": (("ej_subventionerat_arbete", "ingen_offentlig", 100),
                         ("ej_subventionerat_arbete", "ingen_offentlig", 75)),
    "annan": (("arbetslos", "a_kassa", 0), ("studier", "annan", 50), ("praktik_arbetstraning", "aktivitetsstod", 50)),
}
AFTER_SITUATIONS = {
    "reguljar_anstallning": (("ej_subventionerat_arbete", "ingen_offentlig", 100),
                             ("ej_subventionerat_arbete", "ingen_offentlig", 75)),
    "studier": (("studier", "annan", 100), ("studier", "forsorjningsstod", 50)),
    "arbetstraning_praktik": (("praktik_arbetstraning", "aktivitetsstod", 50),
                              ("praktik_arbetstraning", "forsorjningsstod", 25)),
    "subventionerad_anstallning": (("subventionerat_arbete", "ingen_offentlig", 100),
                                   ("subventionerat_arbete", "ingen_offentlig", 75)),
    "okad_sysselsattningsgrad": (("subventionerat_arbete", "ingen_offentlig", 75),
                                 ("ej_subventionerat_arbete", "ingen_offentlig", 50)),
    "ater_varden_fk": (("sjukskriven", "sjukpenning", 0), ("annat", "aktivitetsersattning", 0)),
    "avbrutet": (("arbetslos", "forsorjningsstod", 0), ("arbetslos", "a_kassa", 0)),
    "flyttat": (("annat", "annan", 0),),
    "annat": (("annat", "ingen_offentlig", 100),),
}
MAIN_GOALS = {
    "ama_medarbetare": ("Klara ett helt arbetspass i köket.", "Arbeta 75 % i textilverkstaden.",
                        "Kunna arbeta i kassan i caféet.", "Klara arbetsuppgifterna på lagret utan smärta."),
    "boendestod_forsorjningsstod": ("Komma i gång med en sysselsättning två dagar i veckan.",
                                    "Påbörja arbetsträning inom ett halvår.", "Ha en fungerande veckorutin."),
    "korttidsfranvaro": ("Minska korttidsfrånvaron till högst två tillfällen per halvår.",
                         "Orka arbeta heltid utan återkommande frånvaro."),
    "annan": ("Få klarhet i vilka arbetsuppgifter som fungerar.", "Hitta en lämplig praktikplats."),
}
BASELINES = ("Arbetar 50 %, blir trött efter lunch och tar många pauser.",
             "Kommer sent två till tre dagar i veckan; svårt att planera morgonen.",
             "Har smärta i axlarna vid lyft över huvudhöjd.", "Har varit utan sysselsättning i tre år.",
             "Sex korta frånvarotillfällen det senaste halvåret.")
PRIORITIES = ("Att orka hela arbetspasset.", "Att komma i tid.", "Att slippa ont i axlarna.",
              "Att ha en vanlig vardag med jobb.", "Att kunna ta bussen själv.")
PLAN_PARTICIPANTS = ("Klienten och arbetsterapeuten.", "Klienten, arbetsledaren och arbetsterapeuten.",
                     "Klienten, arbetsledaren, arbetsmarknadskoordinatorn och arbetsterapeuten.")
# Sub-goals: (text, strategies/actions, responsible).
SUB_GOALS = (
    ("Komma i tid till arbetet fyra dagar av fem.", "Väckarklocka och bussappen; checklista för morgonen.", "klienten"),
    ("Orka hela arbetspasset med planerade pauser.", "Schema med pauser varannan timme.", "arbetsledare"),
    ("Lyfta varor utan smärta.", "Lyftvagn och höj- och sänkbart bord; genomgång av lyftteknik.", "arbetsterapeut"),
    ("Planera veckan själv.", "Veckoschema med bilder; uppföljning varannan vecka.", "klienten"),
    ("Kunna ta bussen själv till arbetet.", "Åka tillsammans två gånger, sedan själv.", "arbetsterapeut"),
    ("Arbeta i kassan en timme per dag.", "Träning i kassan med handledare.", "arbetsledare"),
    ("Få en praktikplats via Af.", "Möte med handläggare på Af.", "af"),
    ("Få kontakt med vården om sömnen.", "Boka tid på vårdcentralen.", "varden"),
    ("Förbereda arbetsträning på heltid.", "Stegvis ökning av tiden, avstämning varje månad.",
     "arbetsmarknadskoordinator"),
)
FOLLOW_UP_NOTES = ("Delmålen går framåt, planen gäller.", "Justerade schemat, i övrigt som planerat.",
                   "Sjukskrivning under perioden, målen ligger kvar.", "")
INTERVENTION_TEXTS = {
    "hjalpmedel": ("Provade ut en lyftvagn för lagret.", "Beställde en ståstol till kassan.",
                   "Provade hörselskydd med radio för verkstaden."),
    "kompensatoriska_strategier": ("Checklista för morgonen.", "Bildschema för arbetsdagen.",
                                   "Larm i telefonen inför pauser."),
    "fysisk_miljo": ("Flyttade arbetsplatsen till det mindre rummet.", "Bättre belysning vid bänken."),
    "social_miljo": ("Fast kollega att fråga under eftermiddagen.", "Tydligare överlämning mellan skiften."),
    "undervisning_rad": ("Genomgång av lyftteknik.", "Samtal om sömn och återhämtning.",
                         "Träning i att planera veckan."),
    "stodjande": ("Följde med till läkarbesöket.", "Följde med till mötet på Af.", "Följde med till IFO."),
    "radgivning_arbetsledare": ("Ärendekonsultation med arbetsledaren om anpassade uppgifter.",
                                "Råd till arbetsledaren om instruktioner i steg."),
    "annan": ("Hembesök för att se över morgonrutinerna.",),
}
MEETING_PARTICIPANTS = ("Klienten, handläggare på Af och arbetsterapeuten.",
                        "Klienten, FK:s handläggare, arbetsledaren och arbetsterapeuten.",
                        "Socialsekreterare på IFO, klienten och arbetsmarknadskoordinatorn.",
                        "Arbetsgivaren, klienten och arbetsterapeuten.")
MEETING_OUTCOMES = ("Överens om arbetsträning 50 % från nästa månad.", "Ny avstämning om sex veckor.",
                    "Ärendet överlämnas till Af.", "Behov av läkarintyg; klienten bokar tid.")
EVALUATION_NOW = {
    "uppnatt": ("Klarar nu hela arbetspasset.", "Kommer i tid varje dag.", "Åker buss själv till arbetet."),
    "delvis": ("Klarar halva passet utan extra pauser.", "Kommer i tid tre dagar av fem."),
    "ej_uppnatt": ("Som vid start.", "Fortfarande smärta vid lyft."),
}
NOT_REACHED_REASONS = ("Sjukskrivning under perioden.", "Målet var för högt satt.", "Byte av arbetsplats mitt i.",
                       "Väntan på hjälpmedel.")
GROUP_TITLES = {
    "redo": ("ReDO {term} {year}", "ReDO-grupp {term} {year}"),
    "friskvardstimmen": ("Friskvårdstimmen {term} {year}",),
    "forelasning_workshop": ("Ergonomi och lyft ({year})", "Digitala verktyg i vardagen ({year})",
                             "Hälsa och sömn ({year})", "Anpassningar på arbetsplatsen ({year})"),
    "annan": ("Studiebesök {term} {year}", "Träffpunkt {term} {year}"),
}
GROUP_DESCRIPTIONS = {
    "redo": "Gruppkurs om att göra om vardagens aktiviteter (Redesigning Daily Occupations).",
    "friskvardstimmen": "Rörelse och samtal om hälsa en timme i veckan.",
    "forelasning_workshop": "Föreläsning med övningar.",
    "annan": "",
}
ANSWERS = {
    "informera.vad_arbetsterapi": ("Ja, muntligt vid första träffen.",
                                   "Ja, klienten och chefen informerades vid ett gemensamt möte."),
    "informera.fokus": ("Ja, fokus på arbetsuppgifterna och arbetsmiljön på AMA.",
                        "Ja, att ATAMA handlar om att klara arbetsuppgifterna."),
    "informera.roll": ("Ja, muntligt.", "Ja, även skriftligt via informationsbladet."),
    "informera.erbjudande": ("Kartläggning, anpassade arbetsuppgifter och stöd i planering. Ingen behandling.",
                             "Stöd med struktur och rutiner; gäller arbetet på AMA."),
    "informera.vilka": ("Klienten och arbetsledaren, muntligt och skriftligt.",
                        "Klienten, muntligt. Informationsbladet skickat hem.",
                        "Klient, chef och anhörig vid gemensamt möte."),
    "utreda.vem": ("Ny medarbetare i textilverkstaden, har tidigare arbetat inom handeln.",
                   "Har varit utan arbete i flera år. Bor ensam.",
                   "Arbetar i caféet sedan ett halvår."),
    "utreda.behov": ("Behöver stöd med struktur och att komma i tid.",
                     "Behöver anpassade arbetsuppgifter p.g.a. ryggsmärta.",
                     "Behöver tydliga instruktioner och färre avbrott."),
    "utreda.aktiviteter": ("Vill klara ett helt arbetspass i köket.", "Vill kunna ta bussen själv till arbetet.",
                           "Behöver kunna planera veckan och handla mat."),
    "utreda.miljo": ("Bullrig verkstad med många i samma lokal.", "Lugn arbetsplats med tydliga rutiner.",
                     "Trångt lager, tunga lyft förekommer."),
    "utreda.klienten": ("Motiverad och noggrann. Blir lätt trött efter lunch.",
                        "Stödjer: intresse för hantverk. Begränsar: sömnsvårigheter.",
                        "Goda rutiner hemma, svårt med koncentrationen."),
    "utreda.fysisk_miljo": ("Höj- och sänkbart bord finns. Dålig belysning.", "Långt till pausrummet.",
                            "Bra ljudmiljö i det mindre rummet."),
    "utreda.social_miljo": ("Stöttande arbetsledare, god kontakt med kollegorna.",
                            "Tidigare konflikt i arbetsgruppen, nu bättre.",
                            "Få sociala kontakter utanför arbetet."),
    "utreda.institutionellt": ("Osäker ekonomi påverkar motivationen.",
                               "Reglerna om närvaro upplevs som stressande.",
                               "Otydligt när man får ta rast."),
    "utreda.prioriterar": ("1. Klara hela arbetspasset. 2. Komma i tid. 3. Laga lunch själv.",
                           "Att kunna arbeta i kassan.", "Att orka arbeta halvtid."),
    "utreda.orsak_klienten": ("Nedsatt uthållighet, svårt att planera.",
                              "Smärta i axlarna vid arbete över huvudhöjd.",
                              "Oro och sömnsvårigheter."),
    "utreda.orsak_uppgiften": ("Många moment samtidigt, ofta avbrott.", "Uppgiften kräver högt tempo.",
                               "Otydligt vad som ska göras när."),
    "utreda.orsak_fysisk": ("Buller och dålig belysning.", "Arbetsbänken har fel höjd.",
                            "Inga tydliga orsaker i den fysiska miljön."),
    "utreda.orsak_social": ("Lite stöd från kollegor på eftermiddagen.",
                            "Otydlig kommunikation med arbetsledaren.",
                            "Inga tydliga orsaker i den sociala miljön."),
    "utreda.orsak_institutionell": ("Oklara regler för frånvaroanmälan.", "Schemat ändras ofta med kort varsel.",
                                    "Inga kända."),
    "planera.alternativ": ("Kompensation med checklista, aktivitetsträning i köket.",
                           "Anpassat schema, hjälpmedel för minnet.", "ReDO-gruppen eller individuell träning."),
    "planera.evidens": ("ReDO har stöd i forskning för återgång i arbete.",
                        "Visst stöd för aktivitetsträning; kompensation enligt beprövad erfarenhet.",
                        "Begränsad evidens, följer metodboken."),
    "planera.klientens_val": ("Vill börja med checklista och anpassat schema.",
                              "Väljer aktivitetsträning två gånger i veckan.", "Vill delta i ReDO-gruppen."),
    "planera.plan": ("Veckoschema med pauser, uppföljning varannan vecka.",
                     "Träning i köket tisdagar och torsdagar i sex veckor.",
                     "Gradvis ökning från 50 till 75 procent under en månad."),
    "planera.genomforda": ("Checklista och bildschema införda. Höj- och sänkbart bord.",
                           "Sex träningstillfällen genomförda.", "ReDO-grupp, tio träffar."),
    "planera.komplettering": ("Kontakt med jobbkoordinatorn om praktikplats.", "Nej, inte i nuläget.",
                              "Af kontaktas inför nästa period."),
    "utvardera.utgangslage": ("Klarar nu hela arbetspasset med pauser.",
                              "Kommer i tid fyra dagar av fem, tidigare två.",
                              "Mindre smärta, klarar lyft med hjälpmedel."),
    "utvardera.mal": ("Halvtid uppnådd, heltid återstår.", "Kvar: att planera veckan själv.",
                      "Inga skillnader mot målet."),
    "utvardera.maluppfyllelse": ("Målen nåddes helt.", "Delvis, två av tre mål nådda.", "I liten utsträckning."),
    "utvardera.varfor_inte": ("Sjukskrivning under perioden.", "Målen var för högt satta.",
                              "Ej aktuellt, målen nåddes."),
    "avsluta.var": ("Inom primärvården.", "Ingen fortsatt arbetsterapi behövs.", "Via företagshälsovården."),
    "avsluta.syfte": ("Behålla rutinerna efter avslut.", "Fortsatt träning av uthållighet.", "Ej aktuellt."),
    "avsluta.samverkan": ("Ja, med Arbetsförmedlingen inför anställning.", "Nej.",
                          "Med boendestödet kring vardagsrutiner."),
}
