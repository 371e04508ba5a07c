"""AWP and AWC administrations for the work-match tests (models, report, window), and the old AWC 1
definition (with its environment domain) that administrations made before AWC 1.1 keep."""

from __future__ import annotations

import json
from pathlib import Path

from app.models.instruments import InstrumentDef, parse_definition

OLD_AWC = Path(__file__).resolve().parent / "fixtures" / "instruments_old" / "awc-1.json"

ITEMS = ("posture", "mobility", "coordination", "strength", "physical_energy", "body_language", "language",
         "relations", "information_exchange", "mental_energy", "knowledge", "organisation_of_time",
         "organisation_of_space", "adaptation")
# AWP 4 = kompetent … 1 = bristande; AWC 1 = litet krav … 4 = mycket stort krav
PERFORMANCE = (4, 3, 2, 1, 4, 3, 3, 2, 4, 2, 4, 3, 1, 4)
DEMANDS = (2, 3, 4, 1, 3, 2, 4, 4, 1, 3, 4, 2, 3, 4)
# demand step above performance step: coordination 2, language 1, relations 2, mental energy 1, space 2
GAPS = {"coordination": 2, "language": 1, "relations": 2, "mental_energy": 1, "organisation_of_space": 2}
WORK_TASK = "Lagerarbete – plock & <packning>"


def old_awc() -> InstrumentDef:
    return parse_definition(json.loads(OLD_AWC.read_text(encoding="utf-8")), str(OLD_AWC))


def start_old_awc(store, case_id: int, day: str):
    """An administration of AWC version 1, as one made before 1.1 shipped: the old file is loaded
    for the start only, so afterwards the administration has nothing but its stored copy."""
    old = old_awc()
    registry = store.assessments.registry
    registry.definitions[old.key] = old
    try:
        return store.assessments.start(case_id, "awc", "1", assessment_date=day)
    finally:
        del registry.definitions[old.key]


def given(store, case_id: int, instrument: str, day: str, values: dict[str, int], texts: dict[str, str] | None = None,
          complete: bool = True):
    """A completed administration with ``values`` (item id → value); the rest left open."""
    a = store.assessments.start(case_id, instrument, assessment_date=day)
    for item_id, value in values.items():
        store.assessments.save_rating(a.id, "professional", item_id, value)
    texts = {f.id: "Kassaarbete" for f in a.definition.required_fields} | (texts or {})  # AWC's work task
    for field, text in texts.items():
        store.assessments.save_text(a.id, field, text)
    if complete:
        store.assessments.complete(a.id, confirm_open_items=True)
    return store.assessments.get(a.id)


def awp_and_awc(store, case_id: int, awp_day: str = "2026-11-09", awc_day: str = "2026-11-10",
                task: str = WORK_TASK):
    """A completed AWP (PERFORMANCE) and AWC of ``task`` (DEMANDS) in the case."""
    awp = given(store, case_id, "awp", awp_day, dict(zip(ITEMS, PERFORMANCE)),
                {"task": "Plock i lagret under en förmiddag."})
    awc = given(store, case_id, "awc", awc_day, dict(zip(ITEMS, DEMANDS)), {"work_task": task})
    return awp, awc
