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
  leaves the unit (``suppressed``); the counts here stay exact.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
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
from app.models.vocab import (
    CLOSURE_OUTCOMES,
    EDUCATION,
    GENDERS,
    INCOME_SOURCES,
    OCCUPATIONS,
    PUBLIC_SUPPORT_TIMES,
    Choices,
)

if TYPE_CHECKING:
    from app.models.store import Store

CONSENT_RECIPIENT = "finsam"  # vocab.CONSENT_RECIPIENTS
MIN_COUNT_SETTING = "finsam_min_count"
DEFAULT_MIN_COUNT = 3
SUPPRESSED_SHARE = "–"  # the share of a suppressed count

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
BEFORE, AFTER, STILL_IN = "Före", "Efter", "Pågår (vid start)"
YES, NO = "Ja", "Nej"


def occupation_group(occupation: str | None) -> str:
    """The grouped row of an occupation key; MISSING for none."""
    if not occupation:
        return MISSING
    return _GROUP_OF.get(occupation, "annat")


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

    def table(self, key: str) -> CountTable:
        return next(t for t in self.tables if t.key == key)

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
    tables = (
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
                      lambda p: p.income_before or MISSING, lambda p: p.income_after or MISSING),
        _transitions(closed),
        _by_gender("paborjat", "Arbete eller studier", "Arbete eller studier påbörjade eller utökade "
                   "(utskrivna deltagare)", "Påbörjat eller utökat", [(YES, YES), (NO, NO)], closed,
                   lambda p: MISSING if p.began_or_increased is None else (YES if p.began_or_increased else NO),
                   note="Ja: arbete eller studier efter insatsen, och inte före den eller på en lägre "
                        "sysselsättningsgrad."),
        _degree(closed),
        _by_gender("avslut", "Avslutsorsak", "Orsak till avslut (utskrivna deltagare)", "Orsak",
                   list(CLOSURE_OUTCOMES), closed, lambda p: p.end_reason or MISSING),
        _by_gender("offentlig_forsorjning", "Tid i offentlig försörjning",
                   "Tid med offentlig försörjning före insatsen", "Tid", list(PUBLIC_SUPPORT_TIMES), known,
                   lambda p: p.support_time_before,
                   note="Som registrerat med klientens situation vid start; Uppgift saknas där det inte angavs."),
        group_activities(store, period_from, period_to)[0],
    )
    return FinsamReport(period_from, period_to, min_count(store), tuple(people),
                        plan_share(store, period_to, period_from=period_from), tables)


_GENDER_KEYS = [g for g, _ in GENDERS]
_GENDER_LABELS = [label for _, label in GENDERS]


def _labels(choices: Iterable[tuple[str, str]], seen: Iterable[str]) -> list[tuple[str, str]]:
    """(key, label) in vocabulary order, then MISSING and keys no longer in the vocabulary, when seen."""
    labels = list(choices)
    known = {k for k, _ in labels}
    seen = list(dict.fromkeys(seen))
    labels += [(k, k) for k in seen if k not in known and k != MISSING]
    if MISSING in seen:
        labels.append((MISSING, MISSING))
    return labels


def _by_gender(key: str, name: str, title: str, category: str, choices: Iterable[tuple[str, str]],
               people: list[Participant], value, note: str = "") -> CountTable:
    counts: dict[str, Counter] = defaultdict(Counter)
    for p in people:
        counts[p.gender][value(p)] += 1
    rows = []
    for row_key, label in _labels(choices, (value(p) for p in people)):
        per = tuple(counts[g][row_key] for g in _GENDER_KEYS)
        rows.append((label, (*per, sum(per))))
    totals = tuple(sum(counts[g].values()) for g in _GENDER_KEYS)
    return CountTable(key, name, title, category, (*_GENDER_LABELS, TOTAL), tuple(rows), (*totals, sum(totals)),
                      note=note)


def before_after_columns() -> tuple[str, ...]:
    """Före/Efter per gender, then the totals, then the efforts still running."""
    return (*(f"{g} {when.lower()}" for g in _GENDER_LABELS for when in (BEFORE, AFTER)),
            f"{TOTAL} {BEFORE.lower()}", f"{TOTAL} {AFTER.lower()}", STILL_IN)


def _before_after(key: str, name: str, title: str, category: str, choices: Choices, closed: list[Participant],
                  still_in: list[Participant], before, after) -> CountTable:
    """Before and after by gender among the efforts closed in the period; the running ones apart."""
    cells: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (gender, when) -> counts
    for p in closed:
        cells[(p.gender, BEFORE)][before(p)] += 1
        cells[(p.gender, AFTER)][after(p)] += 1
    running = Counter(before(p) for p in still_in)
    seen = [*(k for c in cells.values() for k in c), *running]
    rows = []
    for row_key, label in _labels(choices, seen):
        per = [cells[(g, when)][row_key] for g in _GENDER_KEYS for when in (BEFORE, AFTER)]
        totals = [sum(cells[(g, when)][row_key] for g in _GENDER_KEYS) for when in (BEFORE, AFTER)]
        rows.append((label, (*per, *totals, running[row_key])))
    column_totals = (*(sum(1 for p in closed if p.gender == g) for g in _GENDER_KEYS for _ in (BEFORE, AFTER)),
                     len(closed), len(closed), len(still_in))
    return CountTable(key, name, title, category, before_after_columns(), tuple(rows), column_totals,
                      note="Före och efter jämförs bara bland deltagare som skrivits ut (avslutats) under "
                           "perioden. Deltagare som fortfarande är inskrivna vid periodens slut visas i "
                           f"kolumnen {STILL_IN} med sin situation när insatsen började, inte som efter.")


def _transitions(closed: list[Participant]) -> CountTable:
    """Occupation before (detailed rows) × after (grouped columns), among the efforts closed."""
    after_keys = _labels(OCCUPATION_GROUPS, (occupation_group(p.occupation_after) for p in closed))
    counts: dict[str, Counter] = defaultdict(Counter)
    for p in closed:
        counts[p.occupation_before or MISSING][occupation_group(p.occupation_after)] += 1
    rows = []
    for row_key, label in _labels(OCCUPATIONS, (p.occupation_before or MISSING for p in closed)):
        per = tuple(counts[row_key][k] for k, _ in after_keys)
        rows.append((label, (*per, sum(per))))
    totals = tuple(sum(counts[b][k] for b in counts) for k, _ in after_keys)
    return CountTable("overgangar", "Före och efter", "Sysselsättning före (rader) och efter (kolumner), "
                      "utskrivna deltagare", "Före \\ efter", (*(f"Efter: {label}" for _, label in after_keys), TOTAL),
                      tuple(rows), (*totals, sum(totals)), percent=False,
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


def _degree(closed: list[Participant]) -> CountTable:
    table = _by_gender("sysselsattningsgrad", "Sysselsättningsgrad", "Förändrad sysselsättningsgrad "
                       "(utskrivna deltagare)", "Sysselsättningsgrad", [(r, r) for r in DEGREE_ROWS[:3]], closed,
                       degree_change)
    known = [p for p in closed if degree_change(p) != MISSING]
    before = round(sum(p.percent_before or 0 for p in known) / len(known)) if known else None
    after = round(sum(p.percent_after or 0 for p in known) / len(known)) if known else None
    note = ("Sysselsättningsgrad i procent av heltid vid start och vid avslut." +
            (f" Medel bland {len(known)} med båda uppgifterna: {before} % före, {after} % efter." if known else ""))
    return CountTable(table.key, table.name, table.title, table.category, table.columns, table.rows, table.totals,
                      note=note)


def _anonymous_table(people: list[Participant]) -> CountTable:
    """Every effort by gender and budget year: the anonymous ones' only figures, and everyone's."""
    years = sorted({p.budget_year for p in people})
    rows = []
    for identified, label in ((True, "Med personuppgifter (samtycke)"), (False, "Anonyma")):
        for year in years:
            per = tuple(sum(1 for p in people if p.identified == identified and p.budget_year == year
                            and p.gender == g) for g in _GENDER_KEYS)
            rows.append((f"{label}, budgetår {year}", (*per, sum(per))))
    totals = tuple(sum(1 for p in people if p.gender == g) for g in _GENDER_KEYS)
    return CountTable("deltagare", "Kön och budgetår", "Deltagare (insatser) per kön och budgetår", "Deltagare",
                      (*_GENDER_LABELS, TOTAL), tuple(rows), (*totals, sum(totals)),
                      note="Budgetår: året insatsen började. Anonyma: utan skriftligt samtycke till "
                           "Samordningsförbundet eller med skyddad identitet; de räknas bara här.")
