"""AWP against AWC in the demo: in some employees' cases, during Utreda, the therapist observes the
person at a work task (AWP) and assesses what that task demands (AWC), so the comparison and the
report's section have something to show.

Its own random stream per case (seeded by the case id), so adding it changes none of the demo's
other draws."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from app.models.assessments import COMPLETED
from app.models.demo.draws import pick

if TYPE_CHECKING:
    from app.models.demo.assessments import DemoInstrument
    from app.models.demo.build_state import BuildState
    from app.models.demo.cases import StepRun
    from app.models.demo.timeline import DemoCase

SHARE = 0.35  # of the employees' cases whose Utreda is finished
TARGET_GROUPS = ("ama_medarbetare", "annan")
WORK_TASKS = (
    ("Lagerarbete: plock och packning av order", "Plock i lagret under en förmiddag."),
    ("Kök: disk och förberedelse av lunch", "Disk och grönsaksberedning, två timmar."),
    ("Vaktmästeri: post, leveranser och enklare reparationer", "Postrunda och mottagning av leveranser."),
    ("Kassa och kundtjänst i butik", "Kassaarbete med kunder under lunchtid."),
    ("Städning av kontorslokaler", "Städning av två kontorsplan."),
)


def add_work_match(state: BuildState, instruments: dict[str, DemoInstrument], case: DemoCase,
                   by_key: dict[str, StepRun], until: dict[str, int]) -> int:
    """A completed AWP and AWC of one work task; returns the latest moment written (0: none)."""
    awp, awc = instruments.get("awp"), instruments.get("awc")
    survey = by_key.get("utreda")
    if (awp is None or awc is None or survey is None or survey.completed is None
            or case.target_group not in TARGET_GROUPS):
        return 0
    rng = random.Random(f"demo-work-match-{case.id}")
    if rng.random() >= SHARE:
        return 0
    task, observed = pick(rng, WORK_TASKS)
    performance_level = rng.random()  # 0 = the weakest end, 1 = the strongest
    latest = 0
    for demo, texts, level in ((awp, {"task": observed}, performance_level),
                               (awc, {"work_task": task}, rng.uniform(0.3, 0.9))):
        t = state.clock.within(rng, survey.started, until["utreda"])
        latest = max(latest, t)
        _administration(state, demo, case, t, texts, level, rng)
    return latest


def _administration(state: BuildState, demo: DemoInstrument, case: DemoCase, t: int, texts: dict[str, str],
                    level: float, rng: random.Random) -> None:
    definition = demo.definition
    assessment_id = state.take_id("assessments")
    stamp, user, rows = state.clock.stamp(t), case.user, state.rows
    rows["assessments"].append({
        "id": assessment_id, "case_id": case.id, "instrument_id": definition.id,
        "instrument_version": definition.version, "definition_json": demo.snapshot,
        "assessment_date": state.clock.date(t // 1440), "assessor_id": user, "status": COMPLETED,
        "completed_at": stamp, "completed_by": user, "created_at": stamp, "created_by": user, "updated_at": stamp,
    })
    # AWP: worst_first runs from the weakest performance; AWC (favourable low): from the highest demand,
    # so a high ``level`` is a low demand. Flip it for AWC, so level reads "how much is asked".
    steps = demo.worst_first if definition.set_against is None else list(reversed(demo.worst_first))
    for part in definition.parts:
        for item in definition.items:
            position = round(level * (len(steps) - 1) + rng.uniform(-1, 1))
            rows["assessment_ratings"].append({
                "assessment_id": assessment_id, "part": part.id, "item_id": item.id,
                "value": steps[max(0, min(len(steps) - 1, position))], "na": 0, "updated_at": stamp,
                "updated_by": user})
    fields = {f.id for f in definition.text_fields}
    for field_id, text in texts.items():
        if field_id in fields:
            rows["assessment_texts"].append({"assessment_id": assessment_id, "field": field_id, "text": text,
                                             "updated_at": stamp, "updated_by": user})
