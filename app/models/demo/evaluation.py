"""Goal evaluations: the goals of the plan in force, evaluated while Utvärdera ran."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.demo.draws import Weighted, pick

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.cases import StepRun
    from app.models.demo.plans import DemoVersion
    from app.models.demo.timeline import DemoCase

ATTAINED = Weighted((("uppnatt", 50), ("delvis", 30), ("ej_uppnatt", 20)))


def add_evaluations(state: BuildState, case: DemoCase, by_key: dict[str, StepRun], until: dict[str, int],
                    versions: list[DemoVersion]) -> int:
    """The main goal (goal None) and each sub-goal, all of them when Utvärdera finished; returns the
    latest moment written."""
    rng, clock = state.rng, state.clock
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
        stamp, user = clock.stamp(t), state.actor(case.user)
        state.rows["goal_evaluations"].append({
            "plan_version_id": plan.id, "goal_id": goal_id, "evaluated_date": clock.date(t // 1440),
            "now_text": pick(rng, EVALUATION_NOW[attainment]), "attainment": attainment,
            "reason": "" if attainment == "uppnatt" else pick(rng, NOT_REACHED_REASONS),
            "created_at": stamp, "created_by": user, "updated_at": stamp, "updated_by": user,
        })
    return latest


EVALUATION_NOW = {
    "uppnatt": ("Klarar nu hela arbetspasset.", "Kommer i tid varje dag.", "Åker buss själv till arbetet."),
    "delvis": ("Klarar halva passet utan extra pauser.", "Kommer i tid tre dagar av fem."),
    "ej_uppnatt": ("Som vid start.", "Fortfarande smärta vid lyft."),
}
NOT_REACHED_REASONS = ("Sjukskrivning under perioden.", "Målet var för högt satt.", "Byte av arbetsplats mitt i.",
                       "Väntan på hjälpmedel.")
