"""A case's own row, its five steps (states and history) and the answers written in them."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

from app.models.demo.answers import ANSWERS, GENERIC_ANSWER
from app.models.demo.draws import pick
from app.models.demo.timeline import SURVEY_STEP
from app.models.process import DONE, IN_PROGRESS, NOT_STARTED, load_process

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.timeline import DemoCase

ANSWERED_DONE = 0.75  # share of a finished step's questions that have an answer
ANSWERED_OPEN = 0.4
REOPEN_NOTES = ("Kompletterar kartläggningen efter nytt samtal.", "Ny information från arbetsledaren.", "")


class StepRun(NamedTuple):
    """A started step of a case: when, and by whom."""

    key: str
    started: int
    starter: int
    completed: int | None
    finisher: int | None


@functools.lru_cache(maxsize=1)
def _questions() -> tuple[dict[str, list[str]], list[str]]:
    """Each step's question keys (in process order), and the survey's."""
    process = load_process()
    return {s.key: s.question_keys() for s in process.steps}, process.survey_questions()


def step_runs(state: BuildState, case: DemoCase) -> list[StepRun]:
    """Moments and users of the started steps, in process order (Avsluta last when closed)."""
    rng, clock = state.rng, state.clock
    prev, runs = case.created, []
    for key, start_day, end_day in case.steps:
        started = prev = clock.at(rng, start_day, prev)
        completed = finisher = None
        if end_day is not None:
            completed = prev = clock.at(rng, end_day, prev)
            finisher = state.actor(case.user)
        runs.append(StepRun(key, started, state.actor(case.user), completed, finisher))
    return runs


def add_case(state: BuildState, case: DemoCase, client_id: int, closed_at: int | None, last_change: int) -> None:
    clock = state.clock
    state.rows["cases"].append({
        "id": case.id, "client_id": client_id, "case_number": case.number,
        "referral_date": clock.date(case.referral), "referred_by": case.referred_by,
        "referred_by_other": case.referred_by_other, "reason": case.reason, "target_group": case.target_group,
        "responsible_user_id": case.user,
        "ama_start_date": None if case.ama_start is None else clock.date(case.ama_start),
        "status": "avslutad" if case.closed else "aktiv",
        "closed_date": None if closed_at is None else clock.date(closed_at // 1440),
        "created_at": clock.stamp(case.created), "created_by": case.user, "updated_at": clock.stamp(last_change),
    })


def add_steps(state: BuildState, case: DemoCase, runs: list[StepRun]) -> int:
    """case_steps and their step_events; returns the latest moment written."""
    rng, clock = state.rng, state.clock
    steps, events = state.rows["case_steps"], state.rows["step_events"]
    by_key = {run.key: run for run in runs}
    for key in _questions()[0]:  # a row for every step of the process, as Process.create_steps makes them
        run = by_key.get(key)
        if run is None:
            steps.append({"case_id": case.id, "step": key, "state": NOT_STARTED, "started_at": None,
                          "started_by": None, "completed_at": None, "completed_by": None, "skip_reason": "",
                          "started_on": None, "completed_on": None})
            continue
        events.append({"case_id": case.id, "step": key, "action": "started", "note": "",
                       "at": clock.stamp(run.started),
                       "event_date": clock.stamp(run.started)[:10], "user_id": run.starter})
        reason = case.skip_reason if key == "avsluta" else ""
        if run.completed is not None:
            if case.reopen and key == SURVEY_STEP and run.completed - run.started > 2:
                first_done = clock.within(rng, run.started + 1, run.completed - 1)
                events.append({"case_id": case.id, "step": key, "action": "completed", "note": "",
                               "at": clock.stamp(first_done),
                       "event_date": clock.stamp(first_done)[:10], "user_id": run.finisher})
                events.append({"case_id": case.id, "step": key, "action": "reopened",
                               "note": pick(rng, REOPEN_NOTES), "at": clock.stamp(first_done + 1),
                               "event_date": clock.stamp(first_done + 1)[:10], "user_id": run.finisher})
            events.append({"case_id": case.id, "step": key, "action": "completed", "note": reason,
                           "at": clock.stamp(run.completed),
                       "event_date": clock.stamp(run.completed)[:10], "user_id": run.finisher})
        steps.append({
            "case_id": case.id, "step": key, "state": IN_PROGRESS if run.completed is None else DONE,
            "started_at": clock.stamp(run.started), "started_by": run.starter,
            "completed_at": None if run.completed is None else clock.stamp(run.completed),
            "completed_by": run.finisher, "skip_reason": reason,
            "started_on": clock.stamp(run.started)[:10],
            "completed_on": None if run.completed is None else clock.stamp(run.completed)[:10],
        })
    return max(run.completed or run.started for run in runs)  # Informera at least is always started


def add_answers(state: BuildState, case: DemoCase, runs: list[StepRun], case_end: int) -> int:
    """Answers to some questions of each started step, saved while the step was open.
    Utreda always has a survey answer, saved before any later step started: every later step
    starts after Utreda was finished, or (closed early) after Utreda's answers."""
    rng, clock, answers, latest = state.rng, state.clock, state.rows["step_answers"], case.created
    questions, survey = _questions()
    for run in runs:
        if run.completed is not None:
            until, share, user = run.completed, ANSWERED_DONE, run.finisher
        else:  # open: until today, or until Avsluta started on a case closed early
            until, share, user = (runs[-1].started if case.closed else case_end), ANSWERED_OPEN, run.starter
        chosen = [q for q in questions[run.key] if rng.random() < share]
        if run.key == SURVEY_STEP and not any(q in survey for q in chosen):
            chosen.append(pick(rng, survey))
        for question in chosen:
            t = clock.within(rng, run.started, until)
            latest = max(latest, t)
            answers.append({"case_id": case.id, "question": question, "step": run.key,
                            "text": pick(rng, ANSWERS.get(question, GENERIC_ANSWER)),
                            "updated_at": clock.stamp(t), "updated_by": user})
    return latest
