"""Figures the unit reports: the shared count tables and age rules (Uppföljning Finsam for the
Samordningsförbund is app/models/finsam.py), group activities, interventions and meetings. Plain
Python over a few SQL queries (no per-case service calls: the reports run over tens of thousands of cases).

    stats = intervention_stats(store, date(2026, 1, 1), date(2026, 12, 31))
    table, sessions, clients, guests = group_activities(store, date(2026, 1, 1), date(2026, 6, 30))

Rules, decided once here:

- *Age*: on the day asked (the start of an effort: its referral date); from the personnummer's birth
  date, or (no personnummer) the age reached that year. Bands: AGE_BANDS.
- *Shares* are of the table's "Totalt" row (the column's participants), missing data included.
- *Group activities*: sessions held in the period and on or before today (a planned session has had
  no one yet); clients counted once per kind of group and once in the total.

The caseload list is in caseload.py, the pseudonymous instrument data in instrument_data.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.vocab import (
    GENDERS,
    GROUP_KINDS,
    INTERVENTION_KINDS,
    INTERVENTION_MODELS,
    MEETING_KINDS,
    PARTNERS,
    Choices,
)

if TYPE_CHECKING:
    from app.models.store import Store

AGE_BANDS = ((16, 24), (25, 34), (35, 44), (45, 54), (55, 64))  # the clients are 16–64 (process.md)
OTHER_AGES = "Övriga åldrar"
TOTAL = "Totalt"
MISSING = "Uppgift saknas"
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


def group_activities(store: Store, period_from: dt.date, period_to: dt.date) -> tuple[CountTable, int, int, int]:
    """Group activities in the period: the table, sessions held, unique clients, other people's visits."""
    held_by = min(period_to, store.today()).isoformat()  # a planned session has had no one yet
    return _groups(store, period_from.isoformat(), held_by)


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
    from app.models.meetings import STANDING_HELD

    where, params = _date_filter("m.meeting_date", period_from, period_to)
    where = f"{where} AND {STANDING_HELD}"  # held as recorded: not planned, cancelled, struck or corrected
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
