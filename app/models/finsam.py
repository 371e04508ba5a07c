"""Uppföljning Finsam: what the Samordningsförbund registers per participant and effort (insats), and
the report's tables (rules.md, "Follow-up for the Samordningsförbund"; SUS was replaced by it).

    report = finsam_report(store, date(2026, 1, 1), date(2026, 12, 31))
    report.participants[0].occupation_before     # "arbetslos"
    report.table("sysselsattning").rows          # CountTable rows, small counts still exact
    suppressed(2, report.min_count)               # "<3": for anything that leaves the unit

Rules, decided once here:

- *An effort* is a case that ran some time in the period (referred by its last day, not closed
  before its first). One row per effort: a client with two cases is two efforts, as Finsam counts.
- *Identified or anonymous*: the consent register decides. An effort is reported with personal data
  when its case has a **written** consent to the Samordningsförbund (recipient ``finsam``) in force
  today (the day of the export: a withdrawn consent stops the reporting) and the client has no
  protected identity. Every other effort is anonymous: only gender and budget year (the year the
  effort started) are reported, and it is in no other table.
- *Before/after* is compared only among the efforts closed in the period ("utskrivna"); efforts still
  running at its end are a column of their own (their situation at the start), never "after".
- *Began or increased*: after is work or studies, and before was neither, or the same kind at a
  lower degree of occupation.
- *Education and age* are at the start only (age on the referral date).
- *Time on public support before the effort* is recorded with the situation at the start (one of
  vocab.PUBLIC_SUPPORT_TIMES); "Uppgift saknas" (MISSING) where it was not.
- *Small numbers*: a count from 1 up to ``min_count`` − 1 (default 3) is shown as "<3" in what
  leaves the unit (``suppressed``), and so is any count that would give one away together with a
  total, on any sheet (suppression.py: complementary suppression, decided here over the overview and
  every table at once; ``report.shown``). The counts in the tables stay exact.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.errors import ValidationError
from app.models.plan_share import plan_share
from app.models.plans import PlanShare
from app.models.statistics import (
    MISSING,
    TOTAL,
    CountTable,
    age_band_labels,
    age_band_on,
    age_on,
    group_activities,
)
from app.models.suppression import Line, hidden_quantities, nested_lines
from app.models.vocab import (
    CLOSURE_OUTCOMES,
    EDUCATION,
    EMPLOYEE_OUTCOMES,
    GENDERS,
    INCOME_SOURCES,
    OCCUPATIONS,
    PUBLIC_SUPPORT_INCOMES,
    PUBLIC_SUPPORT_TIMES,
    Choices,
)

if TYPE_CHECKING:
    from app.models.store import Store

CONSENT_RECIPIENT = "finsam"  # vocab.CONSENT_RECIPIENTS
MIN_COUNT_SETTING = "finsam_min_count"
DEFAULT_MIN_COUNT = 3
SUPPRESSED_SHARE = "–"  # the share of a suppressed count
HIDDEN = "dolt"  # a count not small itself, hidden so that a small one cannot be worked out from a total

WORK = ("subventionerat_arbete", "ej_subventionerat_arbete")
STUDIES = ("studier",)
# The grouped occupation, as the Finsam reports show it (rules.md: employment / studies / actively
# job-seeking / other): unemployed, sick-listed and practice/work training are one row.
OCCUPATION_GROUPS = Choices((
    ("arbete", "Arbete (med eller utan subvention)"),
    ("studier", "Studier"),
    ("arbetssokande", "Arbetslös, sjukskriven eller i praktik/arbetsträning"),
    ("annat", "Annat"),
))
_GROUP_OF = {"subventionerat_arbete": "arbete", "ej_subventionerat_arbete": "arbete", "studier": "studier",
             "arbetslos": "arbetssokande", "sjukskriven": "arbetssokande", "praktik_arbetstraning": "arbetssokande",
             "annat": "annat"}
# The grouped reason for ending: where the participant went. An employee with repeated short-term
# absence who stays at work (with less absence, adapted work or another post) is in work, as is a new or
# increased job; sick leave and the care/FK are one row; the rest (interrupted, moved, left the job) other.
OUTCOME_GROUPS = Choices((
    ("arbete", "Arbete (nytt, kvar, anpassat eller utökat)"),
    ("studier", "Studier"),
    ("praktik", "Arbetsträning/praktik"),
    ("sjukskrivning_vard", "Sjukskrivning, vården eller Försäkringskassan"),
    ("annat", "Avbrutet, flyttat, avslutad anställning eller annat"),
))
_OUTCOME_GROUP_OF = {
    "reguljar_anstallning": "arbete", "subventionerad_anstallning": "arbete", "okad_sysselsattningsgrad": "arbete",
    "kvar_minskad_franvaro": "arbete", "kvar_med_anpassning": "arbete", "kvar_oforandrad_franvaro": "arbete",
    "omplacerad": "arbete", "studier": "studier", "arbetstraning_praktik": "praktik",
    "ater_varden_fk": "sjukskrivning_vard", "sjukskriven_deltid": "sjukskrivning_vard",
    "sjukskriven_heltid": "sjukskrivning_vard",
}
BEFORE, AFTER, STILL_IN = "Före", "Efter", "Pågår (vid start)"
YES, NO = "Ja", "Nej"


def occupation_group(occupation: str | None) -> str:
    """The grouped row of an occupation key; MISSING for none."""
    if not occupation:
        return MISSING
    return _GROUP_OF.get(occupation, "annat")


def outcome_group(outcome: str | None) -> str:
    """The grouped reason for ending of a closure outcome key; MISSING for none."""
    if not outcome:
        return MISSING
    return _OUTCOME_GROUP_OF.get(outcome, "annat")


def suppressed(value: int, min_count: int) -> int | str:
    """``value`` as it may leave the unit: 0 and counts of at least ``min_count`` as they are, else "<n"."""
    return value if value == 0 or value >= min_count else f"<{min_count}"


def began_or_increased(before: str | None, before_percent: int | None, after: str | None,
                       after_percent: int | None) -> bool | None:
    """Whether work or studies began or increased between the start and the end; None when unknown."""
    if not before or not after:
        return None
    kind = {**dict.fromkeys(WORK, "arbete"), **dict.fromkeys(STUDIES, "studier")}
    after_kind, before_kind = kind.get(after), kind.get(before)
    if after_kind is None:
        return False
    if before_kind != after_kind:
        return True
    return (after_percent or 0) > (before_percent or 0)


@dataclass(frozen=True)
class Participant:
    """One effort of one participant, as Uppföljning Finsam registers it. An anonymous effort has only
    ``gender`` and ``budget_year``; every other field is empty."""

    case_id: int
    identified: bool
    gender: str
    budget_year: int
    anonymous_reason: str = ""  # "Skyddad identitet" / "Inget skriftligt samtycke till Finsam"
    personnummer: str = ""  # 12 digits, or "" (a client without one)
    start_date: str = ""
    end_date: str = ""  # closed on or before the period's last day; "" while still in
    education: str = ""
    age: int | None = None
    age_band: str = ""
    occupation_before: str = ""
    income_before: str = ""
    percent_before: int | None = None
    occupation_after: str = ""  # only when closed in the period with a closure
    income_after: str = ""
    percent_after: int | None = None
    began_or_increased: bool | None = None
    end_reason: str = ""  # CLOSURE_OUTCOMES key
    support_time_before: str = MISSING  # PUBLIC_SUPPORT_TIMES key, as recorded with the situation at the start

    @property
    def closed(self) -> bool:
        return bool(self.end_date)


@dataclass(frozen=True)
class FinsamReport:
    period_from: dt.date
    period_to: dt.date
    min_count: int
    participants: tuple[Participant, ...]  # identified first by start date, then the anonymous
    plan_share: PlanShare  # AMA employees with a current plan, measured as plan_share.py says
    tables: tuple[CountTable, ...]
    overview: CountTable  # one column, Antal; its Totalt row is not shown
    # (row, column) of the counts that may not leave the unit, per table key; row len(rows) is Totalt
    hidden: Mapping[str, frozenset[tuple[int, int]]]

    def table(self, key: str) -> CountTable:
        return next(t for t in self.tables if t.key == key)

    def shown(self, table: CountTable, row: int, column: int) -> int | str:
        """A count as it may leave the unit: "<3" when small, HIDDEN when it would give a small one
        away (the same count is hidden on every sheet that shows it)."""
        values = table.totals if row == len(table.rows) else table.rows[row][1]
        value = values[column]
        if (row, column) not in self.hidden.get(table.key, ()):
            return value
        return suppressed(value, self.min_count) if value < self.min_count else HIDDEN

    @property
    def identified(self) -> list[Participant]:
        return [p for p in self.participants if p.identified]

    @property
    def anonymous(self) -> list[Participant]:
        return [p for p in self.participants if not p.identified]


_EFFORTS = """
SELECT c.id, c.referral_date, c.closed_date, k.gender, k.education, k.personnummer, k.is_coordination,
       k.birth_year, k.protected_identity, b.occupation, b.income_source, b.occupation_percent,
       b.public_support_time, z.id IS NOT NULL, z.occupation_after, z.income_source_after,
       z.occupation_percent_after, z.outcome,
       EXISTS (SELECT 1 FROM consents s WHERE s.case_id = c.id AND s.recipient = :recipient
               AND s.form = 'skriftligt' AND s.given_date <= :today
               AND (s.withdrawn_date IS NULL OR s.withdrawn_date > :today))
FROM cases c JOIN clients k ON k.id = c.client_id
LEFT JOIN situations_before b ON b.case_id = c.id
LEFT JOIN closures z ON z.case_id = c.id AND z.superseded_at IS NULL
WHERE c.referral_date <= :to AND (c.closed_date IS NULL OR c.closed_date >= :from)
ORDER BY c.referral_date, c.id"""


def min_count(store: Store) -> int:
    """The unit's threshold for small numbers (a setting; 3 unless changed)."""
    try:
        value = int(store.settings.get(MIN_COUNT_SETTING) or DEFAULT_MIN_COUNT)
    except ValueError:
        return DEFAULT_MIN_COUNT
    return max(1, value)


def participants(store: Store, period_from: dt.date, period_to: dt.date) -> list[Participant]:
    """Every effort in the period, identified ones first (by start date), then the anonymous."""
    start, end = period_from.isoformat(), period_to.isoformat()
    rows = store.query_tuples(_EFFORTS, {"from": start, "to": end, "recipient": CONSENT_RECIPIENT,
                                         "today": store.today().isoformat()})
    out: list[Participant] = []
    anonymous: list[Participant] = []
    for (case_id, referral, closed, gender, education, pnr, coordination, birth_year, protected, occupation,
         income, percent, support_time, has_closure, occupation_after, income_after, percent_after, outcome,
         consent) in rows:
        budget_year = int(referral[:4])
        if protected or not consent:
            reason = "Skyddad identitet" if protected else "Inget skriftligt samtycke till Finsam"
            anonymous.append(Participant(case_id, False, gender, budget_year, anonymous_reason=reason))
            continue
        closed_in = closed is not None and closed <= end
        after = closed_in and has_closure
        occ_after, inc_after, pct_after = ((occupation_after, income_after, percent_after) if after
                                           else ("", "", None))
        out.append(Participant(
            case_id, True, gender, budget_year, personnummer=pnr or "", start_date=referral,
            end_date=closed if closed_in else "", education=education,
            age=age_on(referral, pnr, coordination, birth_year),
            age_band=age_band_on(referral, pnr, coordination, birth_year),
            occupation_before=occupation or "", income_before=income or "", percent_before=percent,
            occupation_after=occ_after, income_after=inc_after, percent_after=pct_after,
            began_or_increased=began_or_increased(occupation, percent, occ_after, pct_after) if after else None,
            end_reason=(outcome if has_closure else "") if closed_in else "",
            support_time_before=support_time or MISSING,
        ))
    return out + anonymous


def finsam_report(store: Store, period_from: dt.date, period_to: dt.date) -> FinsamReport:
    """The participants and tables of Uppföljning Finsam for the period (both days included)."""
    if period_to < period_from:
        raise ValidationError.single("period_to", "Periodens slut kan inte vara före dess början.")
    people = participants(store, period_from, period_to)
    known = [p for p in people if p.identified]
    closed = [p for p in known if p.closed]
    still_in = [p for p in known if not p.closed]
    share = plan_share(store, period_to, period_from=period_from)
    grids = (
        _anonymous_table(people),
        _by_gender("alder_kon", "Ålder vid start", "Deltagare: ålder vid insatsens start fördelat på kön",
                   "Åldersgrupp", [(b, b) for b in age_band_labels()], known, lambda p: p.age_band,
                   note="Ålder på remissdatum (insatsens start)."),
        _by_gender("utbildning", "Utbildning", "Högsta avslutade utbildning vid start fördelat på kön",
                   "Utbildningsnivå", list(EDUCATION), known, lambda p: p.education),
        _before_after("sysselsattning_grupp", "Sysselsättning (grupp)",
                      "Sysselsättning före och efter insats, grupperad", "Sysselsättning", OCCUPATION_GROUPS,
                      closed, still_in, lambda p: occupation_group(p.occupation_before),
                      lambda p: occupation_group(p.occupation_after)),
        _before_after("sysselsattning", "Sysselsättning", "Sysselsättning före och efter insats",
                      "Sysselsättning", OCCUPATIONS, closed, still_in,
                      lambda p: p.occupation_before or MISSING, lambda p: p.occupation_after or MISSING),
        _before_after("forsorjning", "Försörjning", "Huvudsaklig försörjning före och efter insats",
                      "Försörjning", INCOME_SOURCES, closed, still_in,
                      lambda p: p.income_before or MISSING, lambda p: p.income_after or MISSING,
                      note=_not_public_note()),
        _transitions(closed),
        _by_gender("paborjat", "Arbete eller studier", "Arbete eller studier påbörjade eller utökade "
                   "(utskrivna deltagare)", "Påbörjat eller utökat", [(YES, YES), (NO, NO)], closed,
                   lambda p: MISSING if p.began_or_increased is None else (YES if p.began_or_increased else NO),
                   note="Ja: arbete eller studier efter insatsen, och inte före den eller på en lägre "
                        "sysselsättningsgrad."),
        _degree(closed, min_count(store)),
        _by_gender("avslut_grupp", "Avslutsorsak (grupp)", "Orsak till avslut, grupperad (utskrivna deltagare)",
                   "Orsak", list(OUTCOME_GROUPS), closed, lambda p: outcome_group(p.end_reason),
                   note="Arbete: ny eller utökad anställning, och en kommunanställd som är kvar i arbetet "
                        "(med minskad frånvaro, anpassning eller omplacerad)."),
        _by_gender("avslut", "Avslutsorsak", "Orsak till avslut (utskrivna deltagare)", "Orsak",
                   _outcome_rows(closed), closed, lambda p: p.end_reason or MISSING),
        _by_gender("offentlig_forsorjning", "Tid i offentlig försörjning",
                   "Tid med offentlig försörjning före insatsen", "Tid", list(PUBLIC_SUPPORT_TIMES), known,
                   lambda p: p.support_time_before,
                   note="Som registrerat med klientens situation vid start; Uppgift saknas där det inte angavs."),
        _other_counts(group_activities(store, period_from, period_to)[0], ()),
    )
    overview = _overview(people, known, closed, still_in, share)
    n = min_count(store)
    hidden = _suppress([overview, *grids], {p.case_id: 1 << i for i, p in enumerate(people)}, n)
    return FinsamReport(period_from, period_to, n, tuple(people), share, tuple(g.table for g in grids),
                        overview.table, hidden)


@dataclass(frozen=True)
class _Grid:
    """A table and the key of each of its counts (the case ids of the efforts it counts; or a key of
    its own for a count of something else), with how its rows add up: ``row_sums`` (member columns,
    total column). Every column adds up to its Totalt row, unless the grid has ``lines`` of its own."""

    table: CountTable
    keys: tuple[tuple[Hashable, ...], ...]  # per row, then the Totalt row last
    row_sums: tuple[tuple[tuple[int, ...], int], ...]
    lines: tuple[Line, ...] = ()  # a list's own sums (the overview)


def _suppress(grids: list[_Grid], bits: dict[int, int], n: int) -> dict[str, frozenset[tuple[int, int]]]:
    """Which cells of which table may not leave the unit (suppression.py), decided over the whole
    workbook at once: one count is one key wherever it is shown."""
    def bitset(key: Hashable) -> Hashable:  # a set of efforts as an int, a bit per effort (nested_lines)
        return sum(bits[c] for c in key) if isinstance(key, frozenset) else key

    values: dict[Hashable, int] = {}
    lines: list[Line] = []
    keyed = [tuple(tuple(bitset(k) for k in row) for row in grid.keys) for grid in grids]
    for grid, grid_keys in zip(grids, keyed):
        counts = [*(v for _, v in grid.table.rows), grid.table.totals]
        for keys, row in zip(grid_keys, counts):
            values.update(zip(keys, row))
            lines += [Line(tuple(keys[i] for i in members), keys[total]) for members, total in grid.row_sums]
        if not grid.lines:
            lines += [Line(tuple(k[c] for k in grid_keys[:-1]), grid_keys[-1][c])
                      for c in range(len(grid.table.columns))]
        lines += [Line(tuple(bitset(k) for k in line.members), bitset(line.total)) for line in grid.lines]
    lines += nested_lines(lines, values)
    hidden = hidden_quantities(values, lines, n)
    return {grid.table.key: frozenset((r, c) for r, keys in enumerate(grid_keys) for c, k in enumerate(keys)
                                      if k in hidden) for grid, grid_keys in zip(grids, keyed)}


def _overview(people, known, closed, still_in, share: PlanShare) -> _Grid:
    def key(group: list[Participant]) -> frozenset[int]:
        return frozenset(p.case_id for p in group)

    anonymous = [p for p in people if not p.identified]
    everyone, k, a, c, s = key(people), key(known), key(anonymous), key(closed), key(still_in)
    rows = (("Deltagare (insatser) under perioden", len(people)),
            ("– med personuppgifter (skriftligt samtycke)", len(known)),
            ("– anonyma (kön och budgetår)", len(anonymous)),
            ("Utskrivna under perioden (med personuppgifter)", len(closed)),
            ("Inskrivna vid periodens slut (med personuppgifter)", len(still_in)),
            ("AMA-medarbetare med aktuell utvecklingsplan (period, mätt sista dagen eller avslutsdagen)",
             share.current),
            ("AMA-medarbetare under perioden", share.total))
    table = CountTable("oversikt", "Översikt", "Översikt", "Uppgift", ("Antal",),
                       tuple((label, (v,)) for label, v in rows), (len(people),), percent=False)
    keys = ((everyone,), (k,), (a,), (c,), (s,), (("plan", "current"),), (("plan", "total"),), (everyone,))
    return _Grid(table, keys, (), (Line((k, a), everyone), Line((c, s), k)))


def _other_counts(table: CountTable, row_sums) -> _Grid:
    """A table of other counts than efforts (group sessions and visits): keys of its own."""
    keys = tuple(tuple((table.key, r, c) for c in range(len(table.columns))) for r in range(len(table.rows) + 1))
    return _Grid(table, keys, row_sums)


_GENDER_KEYS = [g for g, _ in GENDERS]
_GENDER_LABELS = [label for _, label in GENDERS]
Cell = frozenset[int]  # the case ids of the efforts a count counts


def _labels(choices: Iterable[tuple[str, str]], seen: Iterable[str]) -> list[tuple[str, str]]:
    """(key, label) in vocabulary order, then MISSING and keys no longer in the vocabulary, when seen."""
    labels = list(choices)
    known = {k for k, _ in labels}
    seen = list(dict.fromkeys(seen))
    labels += [(k, k) for k in seen if k not in known and k != MISSING]
    if MISSING in seen:
        labels.append((MISSING, MISSING))
    return labels


def _cells(group: Iterable[Participant]) -> Cell:
    return frozenset(p.case_id for p in group)


def _grid(key: str, name: str, title: str, category: str, columns: tuple[str, ...],
          rows: list[tuple[str, tuple[Cell, ...]]], totals: tuple[Cell, ...], row_sums, **kwargs) -> _Grid:
    """A table counted from the cells' efforts, keyed by them."""
    counts = tuple((label, tuple(map(len, cells))) for label, cells in rows)
    table = CountTable(key, name, title, category, columns, counts, tuple(map(len, totals)), **kwargs)
    return _Grid(table, (*(cells for _, cells in rows), totals), row_sums)


def _cross(columns: int) -> tuple[tuple[tuple[int, ...], int]]:
    """The row sums of a table whose last column is the rows' total."""
    return ((tuple(range(columns - 1)), columns - 1),)


def _by_gender(key: str, name: str, title: str, category: str, choices: Iterable[tuple[str, str]],
               people: list[Participant], value, note: str = "") -> _Grid:
    groups: dict[tuple[str, str], list[Participant]] = defaultdict(list)
    for p in people:
        groups[(p.gender, value(p))].append(p)
    rows = []
    for row_key, label in _labels(choices, (value(p) for p in people)):
        per = tuple(_cells(groups[(g, row_key)]) for g in _GENDER_KEYS)
        rows.append((label, (*per, frozenset().union(*per))))
    totals = tuple(_cells(p for p in people if p.gender == g) for g in _GENDER_KEYS)
    return _grid(key, name, title, category, (*_GENDER_LABELS, TOTAL), rows, (*totals, _cells(people)),
                 _cross(len(_GENDER_KEYS) + 1), note=note)


def before_after_columns() -> tuple[str, ...]:
    """Före/Efter per gender, then the totals, then the efforts still running."""
    return (*(f"{g} {when.lower()}" for g in _GENDER_LABELS for when in (BEFORE, AFTER)),
            f"{TOTAL} {BEFORE.lower()}", f"{TOTAL} {AFTER.lower()}", STILL_IN)


def _not_public_note() -> str:
    """Which income sources are not public support (vocab.PUBLIC_SUPPORT_INCOMES decides)."""
    labels = [label for key, label in INCOME_SOURCES if key not in PUBLIC_SUPPORT_INCOMES]
    return f"{', '.join(labels[:-1])} och {labels[-1]} räknas inte som offentlig försörjning."


def _outcome_rows(closed: list[Participant]) -> list[tuple[str, str]]:
    """Every general outcome; an employee's (korttidsfrånvaro) only when one of them ended so, so
    that a unit without such cases does not read seven empty rows."""
    seen = {p.end_reason for p in closed}
    return [(k, label) for k, label in CLOSURE_OUTCOMES if k not in EMPLOYEE_OUTCOMES or k in seen]


def _before_after(key: str, name: str, title: str, category: str, choices: Choices, closed: list[Participant],
                  still_in: list[Participant], before, after, note: str = "") -> _Grid:
    """Before and after by gender among the efforts closed in the period; the running ones apart."""
    def row(people: list[Participant], value) -> tuple[Cell, ...]:
        per = [[_cells(p for p in people if p.gender == g and (value is None or before(p) == value)),
                _cells(p for p in people if p.gender == g and (value is None or after(p) == value))]
               for g in _GENDER_KEYS]
        return (*(cell for pair in per for cell in pair), frozenset().union(*(b for b, _ in per)),
                frozenset().union(*(a for _, a in per)))

    seen = [*(before(p) for p in closed), *(after(p) for p in closed), *(before(p) for p in still_in)]
    rows = [(label, (*row(closed, row_key), _cells(p for p in still_in if before(p) == row_key)))
            for row_key, label in _labels(choices, seen)]
    n = len(_GENDER_KEYS)
    sums = ((tuple(range(0, 2 * n, 2)), 2 * n), (tuple(range(1, 2 * n, 2)), 2 * n + 1))
    return _grid(key, name, title, category, before_after_columns(), rows, (*row(closed, None), _cells(still_in)),
                 sums, note="Före och efter jämförs bara bland deltagare som skrivits ut (avslutats) under "
                            "perioden. Deltagare som fortfarande är inskrivna vid periodens slut visas i "
                            f"kolumnen {STILL_IN} med sin situation när insatsen började, inte som efter."
                            + (f" {note}" if note else ""))


def _transitions(closed: list[Participant]) -> _Grid:
    """Occupation before (detailed rows) × after (grouped columns), among the efforts closed."""
    after_keys = _labels(OCCUPATION_GROUPS, (occupation_group(p.occupation_after) for p in closed))
    rows = []
    for row_key, label in _labels(OCCUPATIONS, (p.occupation_before or MISSING for p in closed)):
        group = [p for p in closed if (p.occupation_before or MISSING) == row_key]
        per = tuple(_cells(p for p in group if occupation_group(p.occupation_after) == k) for k, _ in after_keys)
        rows.append((label, (*per, _cells(group))))
    totals = tuple(_cells(p for p in closed if occupation_group(p.occupation_after) == k) for k, _ in after_keys)
    return _grid("overgangar", "Före och efter", "Sysselsättning före (rader) och efter (kolumner), "
                 "utskrivna deltagare", "Före \\ efter", (*(f"Efter: {label}" for _, label in after_keys), TOTAL),
                 rows, (*totals, _cells(closed)), _cross(len(after_keys) + 1), percent=False,
                 note="Varje deltagare som skrivits ut under perioden räknas en gång: på raden för "
                      "sysselsättningen före och i kolumnen för den efter (t.ex. från arbetsträning "
                      "till arbete).")


DEGREE_ROWS = ("Ökad", "Oförändrad", "Minskad", MISSING)


def degree_change(p: Participant) -> str:
    if p.percent_before is None or p.percent_after is None:
        return MISSING
    if p.percent_after > p.percent_before:
        return "Ökad"
    return "Oförändrad" if p.percent_after == p.percent_before else "Minskad"


def _degree(closed: list[Participant], n: int) -> _Grid:
    """The change in degree of occupation. The note's mean names no count (it would give away the
    row Uppgift saknas) and is left out when fewer than ``n`` have both figures."""
    grid = _by_gender("sysselsattningsgrad", "Sysselsättningsgrad", "Förändrad sysselsättningsgrad "
                      "(utskrivna deltagare)", "Sysselsättningsgrad", [(r, r) for r in DEGREE_ROWS[:3]], closed,
                      degree_change)
    known = [p for p in closed if degree_change(p) != MISSING]
    note = "Sysselsättningsgrad i procent av heltid vid start och vid avslut."
    if len(known) >= n:
        before = round(sum(p.percent_before or 0 for p in known) / len(known))
        after = round(sum(p.percent_after or 0 for p in known) / len(known))
        note += f" Medel bland dem med båda uppgifterna: {before} % före, {after} % efter."
    t = grid.table
    return _Grid(CountTable(t.key, t.name, t.title, t.category, t.columns, t.rows, t.totals, note=note),
                 grid.keys, grid.row_sums)


def _anonymous_table(people: list[Participant]) -> _Grid:
    """Every effort by gender and budget year: the anonymous ones' only figures, and everyone's."""
    years = sorted({p.budget_year for p in people})
    rows = []
    for identified, label in ((True, "Med personuppgifter (samtycke)"), (False, "Anonyma")):
        for year in years:
            group = [p for p in people if p.identified == identified and p.budget_year == year]
            per = tuple(_cells(p for p in group if p.gender == g) for g in _GENDER_KEYS)
            rows.append((f"{label}, budgetår {year}", (*per, _cells(group))))
    totals = tuple(_cells(p for p in people if p.gender == g) for g in _GENDER_KEYS)
    return _grid("deltagare", "Kön och budgetår", "Deltagare (insatser) per kön och budgetår", "Deltagare",
                 (*_GENDER_LABELS, TOTAL), rows, (*totals, _cells(people)), _cross(len(_GENDER_KEYS) + 1),
                 note="Budgetår: året insatsen började. Anonyma: utan skriftligt samtycke till "
                      "Samordningsförbundet eller med skyddad identitet; de räknas bara här.")
