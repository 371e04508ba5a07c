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
- *Collaboration meetings*: held in the period (by their day) and standing: not planned, cancelled or
  struck out, and a corrected record counted once, as its correction (meetings.STANDING_HELD).
- *Actions agreed at meetings*: those of the standing meetings held in the period, each in one
  outcome (ACTION_OUTCOMES): done by its date, done late, open past its date (on the day the workbook
  is made), open and not yet due, or without a date.

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
    MEETING_ACTORS,
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
    meetings_by_month: CountTable  # collaboration meetings: month × kind
    actions: CountTable  # the meetings' actions: who × outcome (ACTION_OUTCOMES)

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
                             clients, _meetings(store, period_from, period_to),
                             _meetings_by_month(store, period_from, period_to),
                             _actions(store, period_from, period_to))


_HELD_NOTE = ("Genomförda möten under perioden; planerade, inställda och makulerade räknas inte, och ett "
              "rättat möte räknas en gång.")


def _standing(period_from: dt.date | None, period_to: dt.date | None) -> tuple[str, dict]:
    """The meetings held in the period as recorded: not planned, cancelled, struck or corrected."""
    from app.models.meetings import STANDING_HELD

    where, params = _date_filter("m.meeting_date", period_from, period_to)
    return f"{where} AND {STANDING_HELD}", params


def _meetings(store: Store, period_from: dt.date | None, period_to: dt.date | None) -> CountTable:
    where, params = _standing(period_from, period_to)
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
        note="Ett möte med flera parter räknas hos var och en av dem men en gång i totalen. " + _HELD_NOTE,
    )


def _meetings_by_month(store: Store, period_from: dt.date | None, period_to: dt.date | None) -> CountTable:
    """Held meetings per month (every month of the period, those without meetings too) and kind."""
    where, params = _standing(period_from, period_to)
    cells: dict[str, Counter] = defaultdict(Counter)
    for month, kind, n in store.query_tuples(
            f"SELECT substr(m.meeting_date, 1, 7), m.kind, count(*) FROM meetings m WHERE {where} GROUP BY 1, 2",
            params):
        cells[month][kind] = n
    months = sorted(cells)
    if period_from is not None and period_to is not None:
        months = sorted(set(months) | set(_months(period_from, period_to)))
    per_kind = Counter({k: sum(c[k] for c in cells.values()) for k in {k for c in cells.values() for k in c}})
    kinds = _rows(MEETING_KINDS, per_kind)
    rows = tuple((month, (*(cells[month][k] for k, _ in kinds), sum(cells[month].values()))) for month in months)
    totals = (*(per_kind[k] for k, _ in kinds), sum(per_kind.values()))
    return CountTable(
        "moten_manad", "Möten per månad", "Samverkansmöten per månad och slag", "Månad",
        (*(label for _, label in kinds), TOTAL), rows, totals, percent=False, note=_HELD_NOTE,
    )


def _months(first: dt.date, last: dt.date) -> list[str]:
    """"2026-01" … "2026-06": every month the period touches (at most 120: a decade)."""
    out: list[str] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(out) < 120:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# What became of an action agreed at a meeting: key -> column heading.
ACTION_OUTCOMES = (
    ("i_tid", "Klara i tid"),
    ("sent", "Klara sent"),
    ("forsenad", "Öppna, datum passerat"),
    ("pagar", "Öppna, datum ej passerat"),
    ("utan_datum", "Utan datum"),
)


def _actions(store: Store, period_from: dt.date | None, period_to: dt.date | None) -> CountTable:
    """The actions of the meetings held in the period, per who does them and outcome."""
    where, params = _standing(period_from, period_to)
    cells: dict[str, Counter] = defaultdict(Counter)
    for who, outcome, n in store.query_tuples(
        f"""SELECT a.who, CASE WHEN a.due_date = '' THEN 'utan_datum'
                               WHEN a.done_date != '' AND a.done_date <= a.due_date THEN 'i_tid'
                               WHEN a.done_date != '' THEN 'sent'
                               WHEN a.due_date < :today THEN 'forsenad' ELSE 'pagar' END, count(*)
            FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id WHERE {where} GROUP BY 1, 2""",
            {**params, "today": store.today().isoformat()}):
        cells[who][outcome] = n
    actors = _rows(MEETING_ACTORS, Counter({w: sum(c.values()) for w, c in cells.items()}))
    keys = [k for k, _ in ACTION_OUTCOMES]
    rows = tuple((label, (*(cells[w][k] for k in keys), sum(cells[w].values()))) for w, label in actors)
    totals = (*(sum(c[k] for c in cells.values()) for k in keys), sum(sum(c.values()) for c in cells.values()))
    done = totals[0] + totals[1]
    on_time = f" Av de klara åtgärderna med datum var {round(100 * totals[0] / done)} % klara i tid." if done else ""
    return CountTable(
        "atgarder", "Åtgärder från möten", "Åtgärder från samverkansmöten: klara i tid", "Vem gör",
        (*(label for _, label in ACTION_OUTCOMES), TOTAL), rows, totals, percent=False,
        note=f"Åtgärder som bestämdes vid genomförda möten under perioden. I tid: klar senast sitt datum. "
             f"Öppna åtgärder räknas mot dagens datum ({store.today().isoformat()}).{on_time}",
    )
