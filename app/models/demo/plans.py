"""Development plans: a plan for most cases that reached Planera (and early for AMA employees),
one or two versions, mostly agreed, with follow-ups held up to the end of the case."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.demo.draws import between, pick, sample
from app.models.plans import AMA, next_follow_up, plan_deadline

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.cases import StepRun
    from app.models.demo.clock import DemoClock
    from app.models.demo.timeline import DemoCase


@dataclass(slots=True)
class DemoVersion:
    """A plan version as the demo wrote it, for the interventions and evaluations that follow."""

    id: int
    created: int  # moment
    agreed: int | None  # day
    templates: tuple[tuple, ...]
    goal_ids: list[int]
    planned: list[str]  # follow-up dates (ISO, as plans.next_follow_up takes them)
    held: list[tuple[str, str | None]]  # follow-ups held: (date, next date)
    last: int  # moment of the latest write


def add_plan(state: BuildState, case: DemoCase, by_key: dict[str, StepRun], until: dict[str, int],
             case_end: int) -> tuple[list[DemoVersion], int]:
    """The plan's versions, sub-goals, follow-ups and its ``plans`` row; returns the versions and
    the latest moment written. AMA employees get theirs early in Utreda, aimed at a week before the
    four-week deadline (as soon as possible when that is near or passed); some agree on it too late."""
    rng, clock = state.rng, state.clock
    utreda, planera = by_key.get("utreda"), by_key.get("planera")
    if utreda is None:
        return [], case.created
    ama, day_ = case.target_group == AMA, 1440  # day_: a day in moments
    work_until = until["planera" if planera is not None else "utreda"]
    if ama:
        if rng.random() >= (0.95 if planera is not None else 0.85) or work_until - utreda.started < 3 * day_:
            return [], case.created
        low = utreda.started + 2 * day_
        high = min(max(_deadline(state, case) * day_ - 7 * day_, low + 7 * day_), work_until)
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
    agreed = day + between(rng, 0, 10) if rng.random() < 0.9 else None
    if agreed is not None and agreed > end_day:
        agreed = None
    revised = agreed + between(rng, 30, 90) if agreed is not None and rng.random() < 0.25 else None
    if revised is not None and revised + 7 > end_day:
        revised = None
    agreed2 = revised + between(rng, 0, 7) if revised is not None and rng.random() < 0.8 else None

    goals = sample(rng, SUB_GOALS, between(rng, 1, 3))
    v1 = _add_version(state, case, 1, created, agreed, goals, None, case_end)
    versions = [v1]
    if revised is not None:
        carried = goals if rng.random() < 0.7 else goals + sample(rng, [g for g in SUB_GOALS if g not in goals], 1)
        created2 = max(clock.at(rng, revised), v1.last)
        versions.append(_add_version(state, case, 2, min(created2, case_end), agreed2, carried, v1, case_end))
    in_force = versions[-1] if versions[-1].agreed else (v1 if v1.agreed else None)
    for v in versions:
        if not v.agreed:
            continue
        superseded = v is v1 and in_force is not v1  # by version 2, made on the day `revised`
        last_day = revised - 1 if superseded and revised is not None else end_day
        _add_follow_ups(state, v, last_day, case, case_end)
    following = next_follow_up(in_force.planned, in_force.held) if in_force else None
    last = max(v.last for v in versions)
    state.rows["plans"].append({
        "case_id": case.id, "latest_version_id": versions[-1].id,
        "agreed_version_id": in_force.id if in_force else None,
        "first_agreed_date": clock.date(agreed) if agreed is not None else None,
        "next_follow_up": following, "updated_at": clock.stamp(last),
    })
    return versions, last


def _deadline(state: BuildState, case: DemoCase) -> int:
    """The day the four-week rule wants an agreed plan by (Plans.deadline's rule)."""
    start = case.referral if case.ama_start is None else case.ama_start
    return plan_deadline(dt.date.fromordinal(start), state.plan_deadline_days).toordinal()


def _add_version(state: BuildState, case: DemoCase, number: int, created: int, agreed: int | None,
                 goals: list[tuple], previous: DemoVersion | None, case_end: int) -> DemoVersion:
    rng, clock = state.rng, state.clock
    day = created // 1440
    version_id = state.take_id("plan_versions")
    plan_follow_up = day + between(rng, 28, 56)
    agreed_at = min(clock.at(rng, agreed, created), case_end) if agreed is not None else None
    last = max(created, agreed_at or created)
    state.rows["plan_versions"].append({
        "id": version_id, "case_id": case.id, "version": number,
        "main_goal": pick(rng, MAIN_GOALS[case.target_group]), "baseline": pick(rng, BASELINES),
        "client_priorities": pick(rng, PRIORITIES), "follow_up_date": clock.date(plan_follow_up),
        "agreed_date": clock.date(agreed) if agreed is not None else None,
        "agreed_participants": pick(rng, PLAN_PARTICIPANTS) if agreed is not None else "",
        "agreed_at": clock.stamp(agreed_at) if agreed_at is not None else None,
        "agreed_by": case.user if agreed is not None else None,
        "created_at": clock.stamp(created), "created_by": case.user, "updated_at": clock.stamp(last),
    })
    planned, goal_ids = [clock.date(plan_follow_up)], []
    lineage = dict(zip(previous.templates, previous.goal_ids)) if previous else {}
    for position, goal in enumerate(goals):
        text, actions, responsible = goal
        goal_id = state.take_id("plan_goals")
        start = day + between(rng, 0, 7)
        follow = clock.date(start + between(rng, 14, 42))
        planned.append(follow)
        goal_ids.append(goal_id)
        state.rows["plan_goals"].append({
            "id": goal_id, "plan_version_id": version_id, "position": position,
            "lineage_id": lineage.get(goal, goal_id), "text": text, "actions": actions, "responsible": responsible[0],
            "responsible_other": "", "start_date": clock.date(start),
            "target_date": clock.date(start + between(rng, 30, 120)), "follow_up_date": follow,
        })
        state.rows["plan_goal_responsible"].extend({"goal_id": goal_id, "responsible": r} for r in responsible)
    return DemoVersion(version_id, created, agreed, tuple(goals), goal_ids, planned, [], last)


def _add_follow_ups(state: BuildState, version: DemoVersion, last_day: int, case: DemoCase, case_end: int) -> None:
    """Follow-ups of an agreed version up to ``last_day``: held when due, now and then a day or
    a few late; once in a while one is missed, and from then on the plan is overdue."""
    rng, clock = state.rng, state.clock
    for _ in range(30):
        due = _next_day(clock, version)
        if due is None or due > last_day or rng.random() < 0.04:
            break
        day = min(due + (0 if rng.random() < 0.7 else between(rng, 1, 6)), last_day)
        following = day + between(rng, 28, 63) if rng.random() < 0.97 else None
        at = max(min(clock.at(rng, day), case_end), version.last)
        held = (clock.date(day), None if following is None else clock.date(following))
        version.held.append(held)
        version.last = at
        state.rows["plan_follow_ups"].append({
            "plan_version_id": version.id, "follow_up_date": held[0], "note": pick(rng, FOLLOW_UP_NOTES),
            "next_follow_up": held[1], "created_at": clock.stamp(at), "created_by": state.actor(case.user),
        })


def _next_day(clock: DemoClock, version: DemoVersion) -> int | None:
    """The version's next follow-up by the plans' own rule, as a day ordinal."""
    following = next_follow_up(version.planned, version.held)
    return None if following is None else clock.day(following)


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
# Sub-goals: (text, strategies/actions, responsible: keys in vocabulary order).
SUB_GOALS = (
    ("Komma i tid till arbetet fyra dagar av fem.", "Väckarklocka och bussappen; checklista för morgonen.",
     ("klienten",)),
    ("Orka hela arbetspasset med planerade pauser.", "Schema med pauser varannan timme.",
     ("klienten", "arbetsledare")),
    ("Lyfta varor utan smärta.", "Lyftvagn och höj- och sänkbart bord; genomgång av lyftteknik.",
     ("arbetsterapeut", "chef")),
    ("Planera veckan själv.", "Veckoschema med bilder; uppföljning varannan vecka.", ("klienten",)),
    ("Kunna ta bussen själv till arbetet.", "Åka tillsammans två gånger, sedan själv.",
     ("klienten", "arbetsterapeut")),
    ("Arbeta i kassan en timme per dag.", "Träning i kassan med handledare.", ("arbetsledare",)),
    ("Få en praktikplats via Af.", "Möte med handläggare på Af.", ("klienten", "af")),
    ("Få kontakt med vården om sömnen.", "Boka tid på vårdcentralen.", ("klienten", "varden")),
    ("Förbereda arbetsträning på heltid.", "Stegvis ökning av tiden, avstämning varje månad.",
     ("arbetsmarknadskoordinator",)),
)
FOLLOW_UP_NOTES = ("Delmålen går framåt, planen gäller.", "Justerade schemat, i övrigt som planerat.",
                   "Sjukskrivning under perioden, målen ligger kvar.", "")
