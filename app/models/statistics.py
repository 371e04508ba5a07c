"""Figures the unit reports: the SUS tables for the Samordningsförbund, interventions and meetings,
the caseload list and item-level instrument data for research. Plain Python over a few SQL queries
(no per-case service calls: the reports run over tens of thousands of cases).

    report = sus_tables(store, date(2026, 1, 1), date(2026, 12, 31))
    report.table("alder_kon").rows   # (("16–24", (3, 1, 0, 4)), ...)

Rules, decided once here:

- *In the period*: a case takes part when it was referred on or before the last day and was not
  closed before the first day (``referral_date <= to`` and ``closed_date`` empty or ``>= from``).
  A participant is a client with at least one such case.
- *One client, several cases*: age and the situation *before* come from the client's first case in
  the period (by referral date), the situation *after* from the last one. "After" is the closure in
  force when that case was closed on or before the last day; a case still open then (or closed
  later) counts as "Ej avslutad"; a case closed without closing details as "Uppgift saknas".
- *Age*: on the referral date of that first case, the start of the effort as SUS records it; from the
  personnummer's birth date, or (no personnummer) the age reached that year. Bands: AGE_BANDS.
- *Anonymous* clients (``anonymous_in_stats``) are left out of every table and only counted in the
  totals of the overview; group head counts are totals and include them.
- *Shares* are of the table's "Totalt" row (the column's participants), missing data included.

The caseload list is in caseload.py, the pseudonymous instrument data in instrument_data.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from app.models.errors import ValidationError
from app.models.plans import AMA
from app.models.vocab import (
    CLOSURE_OUTCOMES,
    EDUCATION,
    GENDERS,
    GROUP_KINDS,
    INCOME_SOURCES,
    INTERVENTION_KINDS,
    INTERVENTION_MODELS,
    MEETING_KINDS,
    OCCUPATIONS,
    PARTNERS,
    Choices,
)

if TYPE_CHECKING:
    from app.models.store import Store

AGE_BANDS = ((16, 24), (25, 34), (35, 44), (45, 54), (55, 64))  # the clients are 16–64 (process.md)
OTHER_AGES = "Övriga åldrar"
TOTAL = "Totalt"
MISSING = "Uppgift saknas"
NOT_CLOSED = "Ej avslutad"
ANONYMOUS = "Anonyma, endast i totalen"


def age_band(age: int) -> str:
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}–{high}"
    return OTHER_AGES


def age_band_labels() -> list[str]:
    return [f"{low}–{high}" for low, high in AGE_BANDS] + [OTHER_AGES]


def age_on(day: str, pnr12: str | None, is_coordination: bool, birth_year: int) -> int:
    """Age in whole years on ``day`` (ISO); without a personnummer, the age reached during that year.
    Works on the digits (samordningsnummer: day + 60), as it runs once per participant."""
    year = int(day[:4])
    if not pnr12:
        return year - birth_year
    birthday = int(pnr12[4:8]) - (60 if is_coordination else 0)  # MMDD
    return year - int(pnr12[:4]) - (int(day[5:7] + day[8:10]) < birthday)


_BANDS = [age_band(age) for age in range(131)]


def age_band_on(day: str, pnr12: str | None, is_coordination: bool, birth_year: int) -> str:
    age = age_on(day, pnr12, is_coordination, birth_year)
    return _BANDS[age] if 0 <= age < len(_BANDS) else OTHER_AGES


# -- the tables -------------------------------------------------------------------------------

@dataclass(frozen=True)
class CountTable:
    """Counts by category (rows) and group (columns), with the "Totalt" row given explicitly: it is
    the base of the shares and need not be the column sum (a client in two kinds of group counts once)."""

    key: str  # stable name, e.g. "alder_kon"
    name: str  # short, fit for a sheet tab (at most 31 characters)
    title: str
    category: str  # header of the label column
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]
    totals: tuple[int, ...]
    percent: bool = True  # whether shares of the total make sense
    chart: str = "bar"  # "bar" or "pie"
    note: str = ""

    def share(self, value: int, column: int) -> float | None:
        """``value`` as a fraction (0–1) of the column's total; None when the total is 0."""
        total = self.totals[column]
        return value / total if total else None


def _rows(choices: Choices, counts: Counter, extra: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(key, label) in vocabulary order, then ``extra`` labels, then keys no longer in the vocabulary
    (so no count is lost), each extra only when it has counts."""
    keys = [(k, label) for k, label in choices]
    keys += [(e, e) for e in extra if counts.get(e)]
    keys += [(k, k) for k in counts if k not in choices and k not in extra]
    return keys


def _by_gender_table(key: str, name: str, title: str, category: str, labels: list[tuple[str, str]],
                     counts: dict[str, Counter], note: str = "") -> CountTable:
    """Rows by category, a column per gender and a total column."""
    genders = [g for g, _ in GENDERS]
    rows = []
    for row_key, label in labels:
        per = tuple(counts[g][row_key] for g in genders)
        rows.append((label, (*per, sum(per))))
    totals = tuple(sum(c.values()) for c in (counts[g] for g in genders))
    return CountTable(key, name, title, category, (*(label for _, label in GENDERS), TOTAL), tuple(rows),
                      (*totals, sum(totals)), note=note)


def _before_after_table(key: str, name: str, title: str, category: str, choices: Choices,
                        before: Counter, after: Counter, participants: int) -> CountTable:
    both = before + after
    labels = _rows(choices, both, extra=(MISSING, NOT_CLOSED))
    rows = tuple((label, (before[k], after[k])) for k, label in labels)
    return CountTable(key, name, title, category, ("Före", "Efter"), rows, (participants, participants),
                      note="Före: när ärendet öppnades. Efter: vid avslut (ärenden som inte avslutats "
                           "senast periodens sista dag räknas som Ej avslutad).")


@dataclass(frozen=True)
class SusReport:
    period_from: dt.date
    period_to: dt.date
    clients_total: int  # unique clients with a case in the period, anonymous included
    anonymous: int
    participants: int  # in the tables: clients_total - anonymous
    cases_active: int  # everything below counts anonymous clients' cases too
    cases_started: int  # referred within the period
    cases_closed: int  # closed within the period
    group_sessions: int  # held in the period (dated on or before today)
    group_clients: int  # unique clients who attended a session in the period
    group_guests: int  # head counts of people who are not clients, summed over sessions
    plan_day: dt.date  # the day the current-plan share is measured
    plan_current: int
    plan_total: int
    tables: tuple[CountTable, ...]

    def table(self, key: str) -> CountTable:
        return next(t for t in self.tables if t.key == key)

    @property
    def group_participants(self) -> int:
        """Clients plus other people's visits: an upper bound of the people reached in groups."""
        return self.group_clients + self.group_guests


# NOT INDEXED: a plain scan and one sort beat walking cases_client (a table lookup per case).
_PERIOD_CASES = """
SELECT c.client_id, c.referral_date, c.closed_date, k.gender, k.education, k.personnummer, k.is_coordination,
       k.birth_year, k.anonymous_in_stats, b.occupation, b.income_source,
       z.id IS NOT NULL, z.occupation_after, z.income_source_after, z.outcome
FROM cases c NOT INDEXED JOIN clients k ON k.id = c.client_id
LEFT JOIN situations_before b ON b.case_id = c.id
LEFT JOIN closures z ON z.case_id = c.id AND z.superseded_at IS NULL
WHERE c.referral_date <= :to AND (c.closed_date IS NULL OR c.closed_date >= :from)
ORDER BY c.client_id, c.referral_date, c.id"""


def sus_tables(store: Store, period_from: dt.date, period_to: dt.date) -> SusReport:
    """The participant tables of the SUS report for the period (both days included)."""
    if period_to < period_from:
        raise ValidationError.single("period_to", "Periodens slut kan inte vara före dess början.")
    start, end = period_from.isoformat(), period_to.isoformat()
    rows = store.query_tuples(_PERIOD_CASES, {"from": start, "to": end})

    people = []  # per participant: gender, age band, education, occupation and income before/after
    closed_outcomes: list[str] = []  # counted once at the end: a Counter.update per client costs
    clients = anonymous = 0
    for _, group in groupby(rows, key=itemgetter(0)):  # one client's cases, by referral date
        cases = list(group)
        clients += 1
        _, referral, _, gender, education, pnr, coordination, birth_year, anon, occupation, income = cases[0][:11]
        if anon:
            anonymous += 1
            continue
        last = cases[-1]
        closed, has_closure, occupation_after, income_after = last[2], last[11], last[12], last[13]
        if closed is None or closed > end:
            occupation_after = income_after = NOT_CLOSED
        elif not has_closure:
            occupation_after = income_after = MISSING
        people.append((gender, age_band_on(referral, pnr, coordination, birth_year), education, occupation or MISSING,
                       income or MISSING, occupation_after, income_after))
        closed_outcomes.extend(c[14] if c[11] else MISSING for c in cases if c[2] is not None and c[2] <= end)
    outcomes = Counter(closed_outcomes)
    participants = len(people)
    ages, educations = _per_gender(people, 1), _per_gender(people, 2)
    occ_before, income_before, occ_after, income_after = (Counter(p[i] for p in people) for i in (3, 4, 5, 6))

    plan_day = min(period_to, store.today())
    plan_table, plan_current, plan_total = _plan_share(store, plan_day)
    held_by = min(period_to, store.today()).isoformat()  # a planned session has had no one yet
    group_table, sessions, group_clients, guests = _groups(store, start, held_by)
    band_labels = [(b, b) for b in age_band_labels()]
    tables = (
        _by_gender_table("alder_kon", "Ålder och kön", "Deltagare: ålder fördelat på kön", "Åldersgrupp",
                         band_labels, ages, note="Ålder när insatsen började (remissdatum för klientens "
                                                 "första ärende i perioden)."),
        _by_gender_table("utbildning", "Utbildning", "Utbildningsnivå fördelat på kön", "Utbildningsnivå",
                         _rows(EDUCATION, sum(educations.values(), Counter())), educations,
                         note="Eftergymnasial: inklusive högskola/universitet."),
        _before_after_table("forsorjning", "Försörjning", "Huvudsaklig försörjning före och efter insats",
                            "Försörjning", INCOME_SOURCES, income_before, income_after, participants),
        _before_after_table("sysselsattning", "Sysselsättning", "Sysselsättning före och efter insats",
                            "Sysselsättning", OCCUPATIONS, occ_before, occ_after, participants),
        CountTable("utfall", "Utfall", "Utfall av ärenden avslutade under perioden", "Utfall", ("Ärenden",),
                   tuple((label, (outcomes[k],)) for k, label in _rows(CLOSURE_OUTCOMES, outcomes, (MISSING,))),
                   (sum(outcomes.values()),), chart="pie"),
        plan_table,
        group_table,
    )
    return SusReport(
        period_from=period_from, period_to=period_to, clients_total=clients, anonymous=anonymous,
        participants=participants, cases_active=len(rows),
        cases_started=sum(1 for r in rows if r[1] >= start),
        cases_closed=sum(1 for r in rows if r[2] is not None and r[2] <= end),
        group_sessions=sessions, group_clients=group_clients, group_guests=guests,
        plan_day=plan_day, plan_current=plan_current, plan_total=plan_total, tables=tables,
    )


def _per_gender(people: list[tuple], column: int) -> dict[str, Counter]:
    """gender -> Counter of the people's values in ``column`` (gender is column 0)."""
    out: dict[str, Counter] = defaultdict(Counter)
    for (gender, value), n in Counter((p[0], p[column]) for p in people).items():
        out[gender][value] = n
    return out


def _plan_share(store: Store, day: dt.date) -> tuple[CountTable, int, int]:
    """AMA employees with an open case on ``day`` and a current plan, per responsible and for the unit.
    Same rule as Plans.status / current_share (agreed, next follow-up not before ``day``; a test
    holds them together), but anonymous clients are left out and it is one query for every user."""
    rows = store.query_tuples(
        """SELECT c.responsible_user_id, u.name, c.client_id,
                  max(CASE WHEN p.agreed_version_id IS NOT NULL AND p.next_follow_up >= :day THEN 1 ELSE 0 END)
           FROM cases c JOIN clients k ON k.id = c.client_id
           LEFT JOIN plans p ON p.case_id = c.id LEFT JOIN users u ON u.id = c.responsible_user_id
           WHERE c.target_group = :ama AND k.anonymous_in_stats = 0 AND c.referral_date <= :day
             AND (c.closed_date IS NULL OR c.closed_date > :day)
           GROUP BY c.responsible_user_id, c.client_id""",
        {"day": day.isoformat(), "ama": AMA},
    )
    per_user: dict[str, dict[int, int]] = defaultdict(dict)
    unit: dict[int, int] = {}
    for _, name, client_id, current in rows:
        per_user[name or "Ingen ansvarig"][client_id] = current
        unit[client_id] = max(unit.get(client_id, 0), current)
    groups = [*sorted(per_user, key=str.casefold), "Hela enheten"]
    counts = [*(per_user[g] for g in groups[:-1]), unit]
    current = tuple(sum(c.values()) for c in counts)
    totals = tuple(len(c) for c in counts)
    table = CountTable(
        "utvecklingsplan", "Utvecklingsplan", f"Aktuell utvecklingsplan {day.isoformat()} (AMA-medarbetare)",
        "Utvecklingsplan", tuple(groups),
        (("Aktuell plan", current), ("Ingen aktuell plan", tuple(t - c for t, c in zip(totals, current)))),
        totals, chart="pie",
        note="Klienter i målgruppen Medarbetare på AMA med ett öppet ärende den dagen, per ansvarig. Aktuell: "
             "överenskommen plan vars nästa uppföljning inte passerats (enligt planernas nuvarande uppgifter).",
    )
    return table, sum(unit.values()), len(unit)


def _groups(store: Store, start: str, end: str) -> tuple[CountTable, int, int, int]:
    period = {"from": start, "to": end}
    sessions = {k: (n, guests) for k, n, guests in store.query_tuples(
        """SELECT g.kind, count(*), sum(s.guests) FROM group_sessions s
           JOIN group_activities g ON g.id = s.activity_id
           WHERE s.session_date BETWEEN :from AND :to GROUP BY g.kind""", period)}
    attendance = """FROM group_attendance a JOIN group_sessions s ON s.id = a.session_id
                    JOIN group_activities g ON g.id = s.activity_id WHERE s.session_date BETWEEN :from AND :to"""
    clients = dict(store.query_tuples(f"SELECT g.kind, count(DISTINCT a.client_id) {attendance} GROUP BY g.kind",
                                      period))
    unique = store.query_value(f"SELECT count(DISTINCT a.client_id) {attendance}", period)
    keys = _rows(GROUP_KINDS, Counter({**clients, **{k: v[0] for k, v in sessions.items()}}))
    rows = tuple((label, (sessions.get(k, (0, 0))[0], clients.get(k, 0), sessions.get(k, (0, 0))[1]))
                 for k, label in keys)
    total_sessions = sum(n for n, _ in sessions.values())
    total_guests = sum(g for _, g in sessions.values())
    table = CountTable(
        "grupper", "Gruppaktiviteter", "Gruppaktiviteter under perioden", "Gruppaktivitet",
        ("Tillfällen", "Klienter (unika)", "Övriga deltagare (besök)"), rows,
        (total_sessions, unique, total_guests), percent=False,
        note="Klienter räknas en gång per slag av aktivitet och en gång i totalen. Övriga deltagare är "
             "personer som inte är klienter, räknade per tillfälle.",
    )
    return table, total_sessions, unique, total_guests


# -- interventions and meetings ----------------------------------------------------------------

@dataclass(frozen=True)
class InterventionRow:
    model: str
    kind: str
    count: int
    minutes: int
    by_group: tuple[tuple[int, int], ...]  # (count, minutes) per InterventionStats.groups

    @property
    def model_label(self) -> str:
        return INTERVENTION_MODELS.label(self.model)

    @property
    def kind_label(self) -> str:
        return INTERVENTION_KINDS.label(self.kind)


@dataclass(frozen=True)
class InterventionStats:
    period_from: dt.date | None
    period_to: dt.date | None
    groups: tuple[str, ...]  # the genders' labels, then ANONYMOUS (counted only there, not by gender)
    rows: tuple[InterventionRow, ...]  # model × kind with at least one intervention, vocabulary order
    clients: int  # unique clients with an intervention
    meetings: CountTable  # collaboration meetings: partner × kind

    @property
    def count(self) -> int:
        return sum(r.count for r in self.rows)

    @property
    def minutes(self) -> int:
        return sum(r.minutes for r in self.rows)


def _date_filter(column: str, period_from: dt.date | None, period_to: dt.date | None) -> tuple[str, dict]:
    where, params = ["1"], {}
    if period_from is not None:
        where.append(f"{column} >= :from")
        params["from"] = period_from.isoformat()
    if period_to is not None:
        where.append(f"{column} <= :to")
        params["to"] = period_to.isoformat()
    return " AND ".join(where), params


def intervention_stats(store: Store, period_from: dt.date | None = None,
                       period_to: dt.date | None = None) -> InterventionStats:
    """Interventions per model and kind (count, minutes) by gender, and meetings per partner and kind,
    dated within the period (None: no limit that side)."""
    where, params = _date_filter("i.intervention_date", period_from, period_to)
    genders = [g for g, _ in GENDERS]
    cells: dict[tuple[str, str], dict[str, tuple[int, int]]] = defaultdict(dict)
    for model, kind, group, n, minutes in store.query_tuples(
        f"""SELECT i.model, i.kind, CASE WHEN k.anonymous_in_stats THEN '' ELSE k.gender END, count(*), sum(i.minutes)
            FROM interventions i JOIN cases c ON c.id = i.case_id JOIN clients k ON k.id = c.client_id
            WHERE {where} GROUP BY 1, 2, 3""",
        params,
    ):
        cells[(model, kind)][group] = (n, minutes)
    clients = store.query_value(
        f"SELECT count(DISTINCT c.client_id) FROM interventions i JOIN cases c ON c.id = i.case_id WHERE {where}",
        params,
    )
    order = {k: i for i, k in enumerate(INTERVENTION_MODELS.keys())}
    kinds = {k: i for i, k in enumerate(INTERVENTION_KINDS.keys())}
    rows = []
    for (model, kind), per in sorted(cells.items(), key=lambda c: (order.get(c[0][0], 99), c[0][0],
                                                                   kinds.get(c[0][1], 99), c[0][1])):
        by_group = tuple(per.get(g, (0, 0)) for g in [*genders, ""])
        rows.append(InterventionRow(model, kind, sum(n for n, _ in by_group), sum(m for _, m in by_group),
                                    by_group))
    return InterventionStats(period_from, period_to, (*(label for _, label in GENDERS), ANONYMOUS), tuple(rows),
                             clients, _meetings(store, period_from, period_to))


def _meetings(store: Store, period_from: dt.date | None, period_to: dt.date | None) -> CountTable:
    where, params = _date_filter("m.meeting_date", period_from, period_to)
    cells: dict[str, Counter] = defaultdict(Counter)
    for partner, kind, n in store.query_tuples(
        f"""SELECT p.partner, m.kind, count(*) FROM meetings m JOIN meeting_partners p ON p.meeting_id = m.id
            WHERE {where} GROUP BY 1, 2""", params):
        cells[partner][kind] = n
    per_kind = Counter(dict(store.query_tuples(f"SELECT m.kind, count(*) FROM meetings m WHERE {where} GROUP BY 1",
                                               params)))
    kinds = _rows(MEETING_KINDS, per_kind)
    partners = _rows(PARTNERS, Counter({p: sum(c.values()) for p, c in cells.items()}))
    rows = tuple((label, (*(cells[p][k] for k, _ in kinds), sum(cells[p].values()))) for p, label in partners)
    totals = (*(per_kind[k] for k, _ in kinds), sum(per_kind.values()))
    return CountTable(
        "moten", "Samverkansmöten", "Samverkansmöten per part och slag", "Part",
        (*(label for _, label in kinds), TOTAL), rows, totals, percent=False,
        note="Ett möte med flera parter räknas hos var och en av dem men en gång i totalen.",
    )
