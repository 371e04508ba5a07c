"""Each person's cases as a timeline: when the referral came, which steps were started and when
each finished, whether the case is closed (and why early), and the case numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.cases import case_number
from app.models.demo.draws import Weighted, between, pick
from app.models.process import load_process

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.people import DemoPerson

HISTORY_DAYS = 3 * 365  # referrals reach this far back
SECOND_CASE_SHARE = 0.15
SKIP_EVALUATION_SHARE = 0.15  # closed cases that end with a reason instead of Utvärdera
REOPEN_SHARE = 0.05  # finished Utreda opened again once, for a livelier history
CLOSED = "avslutad"  # position of a closed case; the others are the step in progress
STEP_KEYS = ("informera", "utreda", "planera", "utvardera", "avsluta")  # the steps the tables below know

def _survey_step() -> str:
    process = load_process()
    return process.step_of_question(process.survey_questions()[0]).key


SURVEY_STEP = _survey_step()  # the step whose first part, the survey, comes before everything else

# Days: wait before a step starts, how long a finished step took, how long an open one has run.
GAP_DAYS = {"informera": (0, 10), "utreda": (0, 7), "planera": (0, 10), "utvardera": (0, 14), "avsluta": (0, 7)}
DURATION_DAYS = {"informera": (0, 10), "utreda": (7, 60), "planera": (14, 150), "utvardera": (1, 21),
                 "avsluta": (0, 10)}
OPEN_DAYS = {"informera": 14, "utreda": 60, "planera": 150, "utvardera": 30, "avsluta": 14}
# A closed case runs at most ~300 days; a client with two cases needs room for both in the history.
EARLIER_CASE_ROOM = 450

POSITION = Weighted((("informera", 10), ("utreda", 18), ("planera", 20), ("utvardera", 10), ("avsluta", 5),
                     (CLOSED, 37)))
TARGET_GROUP = Weighted((("ama_medarbetare", 45), ("boendestod_forsorjningsstod", 25), ("korttidsfranvaro", 20),
                         ("annan", 10)))
REFERRER = Weighted((("chef", 15), ("arbetsledare", 25), ("individen", 10), ("af", 20), ("ifo", 12),
                     ("boendestod", 8), ("hr", 5), ("annan", 5)))
RESPONSIBLE = Weighted(((0, 45), (1, 20), (2, 35)))  # index into the demo's users


@dataclass(slots=True)
class DemoCase:
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


def plan_cases(state: BuildState) -> list[DemoCase]:
    """One case, or two where the earlier one is closed before the later referral."""
    rng, today = state.rng, state.clock.today
    two = rng.random() < SECOND_CASE_SHARE
    earliest = today - HISTORY_DAYS
    later = _plan_case(state, POSITION(rng), earliest + (EARLIER_CASE_ROOM if two else 0), today)
    if not two:
        return [later]
    return [_plan_case(state, CLOSED, earliest, later.referral - between(rng, 14, 120)), later]


def _plan_case(state: BuildState, position: str, first_day: int, last_day: int) -> DemoCase:
    """A case whose last activity is on or before ``last_day``; open cases are active today."""
    rng = state.rng
    offsets, span, skip_reason = _timeline(state, position)
    latest = last_day - span
    referral = latest if position != CLOSED or latest <= first_day else between(rng, first_day, latest)
    target = TARGET_GROUP(rng)
    referred_by = REFERRER(rng)
    return DemoCase(
        referral=referral,
        created=state.clock.at(rng, referral),
        steps=[(key, referral + start, None if end is None else referral + end) for key, start, end in offsets],
        closed=position == CLOSED,
        skip_reason=skip_reason,
        reopen=rng.random() < REOPEN_SHARE,
        user=state.users[RESPONSIBLE(rng)],
        target_group=target,
        referred_by=referred_by,
        referred_by_other=pick(rng, OTHER_REFERRERS) if referred_by == "annan" else "",
        reason=pick(rng, REASONS[target]),
        ama_start=referral - between(rng, 0, 45) if target == "ama_medarbetare" else None,
    )


def _timeline(state: BuildState, position: str) -> tuple[list[tuple[str, int, int | None]], int, str]:
    """Started steps as (key, start, end) in days after the referral (end None: in progress),
    the day of the last activity, and the reason when a case closes without Utvärdera."""
    rng = state.rng
    stop, skip_reason = position, ""
    if position == CLOSED and rng.random() < SKIP_EVALUATION_SHARE:
        stop, skip_reason = pick(rng, ("utreda", "planera", "utvardera")), pick(rng, SKIP_REASONS)
    steps: list[tuple[str, int, int | None]] = []
    day = 0
    for key in STEP_KEYS:
        day += between(rng, *GAP_DAYS[key])
        if key == stop:
            break
        end = day + between(rng, *DURATION_DAYS[key])
        steps.append((key, day, end))
        day = end
    else:  # closed after the whole process
        return steps, day, ""
    if not skip_reason:  # `stop` is the step in progress today
        steps.append((stop, day, None))
        return steps, day + between(rng, 0, OPEN_DAYS[stop]), ""
    # Closed early. Avsluta needs the survey begun, so Utreda is always at least in progress;
    # a later step was sometimes begun and left unfinished.
    if stop == SURVEY_STEP or rng.random() < 0.5:
        steps.append((stop, day, None))
        day += between(rng, *DURATION_DAYS[stop]) // 2
    start = day + between(rng, *GAP_DAYS["avsluta"])
    end = start + between(rng, 0, 3)
    steps.append(("avsluta", start, end))
    return steps, end, skip_reason


def number_people_and_cases(people: list[DemoPerson], first_client_id: int,
                            first_case_id: int) -> list[tuple[DemoCase, int]]:
    """Ids in registration order, case numbers YYYY-NNNN counted per referral year; returns the
    cases in that order with their client's id."""
    people.sort(key=lambda p: p.cases[0].created)  # stable: ties keep the seeded order
    client_id = first_client_id
    for person in people:
        person.id, client_id = client_id, client_id + 1
    cases = sorted(
        ((c, p) for p in people for c in p.cases), key=lambda cp: (cp[0].created, cp[1].id)
    )
    case_id = first_case_id
    per_year: dict[int, int] = {}
    for case, _ in cases:
        year = dt.date.fromordinal(case.referral).year
        per_year[year] = per_year.get(year, 0) + 1
        case.id, case.number = case_id, case_number(year, per_year[year])
        case_id += 1
    return [(c, p.id) for c, p in cases]


OTHER_REFERRERS = ("Företagshälsovården", "Primärvården", "Psykiatrin", "Studie- och yrkesvägledare")
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
