"""Instrument administrations: one during Utreda (completed when Utreda finished), often another at
Utvärdera, somewhat better; OVal-9 one per activity, two or three activities, the first rated again
at Utvärdera; a short-term-absence case gets its guided sequence around the WEIS-S."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, NamedTuple

from app.models.assessments import COMPLETED, DRAFT, definition_snapshot
from app.models.demo.draws import between, pick
from app.models.sequences import sequence_definitions

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.cases import StepRun
    from app.models.demo.timeline import DemoCase
    from app.models.instruments import InstrumentDef
    from app.models.sequences import SequenceDef
    from app.models.store import Store

ASSESSMENT_SHARE = 0.7  # surveyed cases with an instrument given
DEMO_INSTRUMENTS = {
    "ama_medarbetare": ("awp", "wri-s", "doa", "awc"),
    "boendestod_forsorjningsstod": ("oval-9", "doa", "awc"),
    "korttidsfranvaro": ("weis-s",),
    "annan": ("weis-s", "awp", "oval-9"),
}


class DemoInstrument(NamedTuple):
    definition: InstrumentDef
    snapshot: str  # as Assessments.start stores it with every administration
    worst_first: list[int]  # the scale's values from its worst end


def load_instruments(store: Store) -> dict[str, DemoInstrument]:
    """Each instrument the demo gives, worked out once (not per rating)."""
    registry = store.assessments.registry
    return {
        d.id: DemoInstrument(d, definition_snapshot(d), sorted(d.scale.values, key=lambda v: v * d.scale.sign))
        for d in (registry.get(i) for i in {i for options in DEMO_INSTRUMENTS.values() for i in options})
    }


def add_assessments(state: BuildState, instruments: dict[str, DemoInstrument], case: DemoCase,
                    by_key: dict[str, StepRun], until: dict[str, int], case_end: int) -> int:
    """Administrations with their ratings and interpretation; returns the latest moment written."""
    rng, clock, rows, latest = state.rng, state.clock, state.rows, case.created
    survey = by_key.get("utreda")
    if survey is None or rng.random() >= ASSESSMENT_SHARE:
        return latest
    definition, snapshot, worst_first = instruments[pick(rng, DEMO_INSTRUMENTS[case.target_group])]
    na_allowed = definition.na.allowed
    level = rng.random()
    evaluation = by_key.get("utvardera")
    again = evaluation if evaluation is not None and rng.random() < 0.6 else None
    # OVal-9 rates one activity per administration: two or three activities during Utreda, the
    # first one rated again at Utvärdera, so per-activity change shows.
    groups = rng.sample(ACTIVITIES, rng.randint(2, 3)) if definition.compare_by else [""]
    given = sorted((clock.within(rng, survey.started, until["utreda"]), survey.completed is not None,
                    min(1.0, max(0.0, level + rng.uniform(-0.2, 0.2))), group) for group in groups)
    if again is not None:
        given.append((clock.within(rng, again.started, until["utvardera"]), True, min(1.0, level + 0.25),
                      given[0][3]))
    interpretation = next((f.id for f in definition.text_fields if f.id == "interpretation"),
                          next((f.id for f in definition.text_fields if not f.required), None))
    ids = []
    for t, completed, profile, group in given:
        assessment_id = state.take_id("assessments")
        ids.append((assessment_id, t))
        stamp, user = clock.stamp(t), state.actor(case.user)
        rows["assessments"].append({
            "id": assessment_id, "case_id": case.id, "instrument_id": definition.id,
            "instrument_version": definition.version, "definition_json": snapshot,
            "assessment_date": clock.date(t // 1440), "assessor_id": user,
            "status": COMPLETED if completed else DRAFT, "completed_at": stamp if completed else None,
            "completed_by": user if completed else None, "created_at": stamp, "created_by": user, "updated_at": stamp,
        })
        rated = definition.items if completed else definition.items[: len(definition.items) // 2]
        ratings = rows["assessment_ratings"]
        for part in definition.parts:
            for item in rated:
                value = _rating(rng, worst_first, na_allowed, profile)
                ratings.append({"assessment_id": assessment_id, "part": part.id, "item_id": item.id, "value": value,
                                "na": int(value is None), "updated_at": stamp, "updated_by": user})
        texts = {definition.compare_by: group} if definition.compare_by else {}
        if completed and interpretation is not None:
            texts[interpretation] = pick(rng, INTERPRETATIONS)
        for field_id, text in texts.items():
            rows["assessment_texts"].append({"assessment_id": assessment_id, "field": field_id, "text": text,
                                             "updated_at": stamp, "updated_by": user})
        latest = max(latest, t)
    sequence = sequence_definitions().get(case.target_group)
    if sequence is not None and sequence.steps[0].instrument == definition.id:
        _add_sequence(state, case, sequence, ids, case_end)
    return latest


def _add_sequence(state: BuildState, case: DemoCase, sequence: SequenceDef, given: list[tuple[int, int]],
                  case_end: int) -> None:
    """The sequence's first step is the first administration of its instrument (for short-term
    absence: meeting 1 with the WEIS-S); the later steps follow on while the case runs."""
    rng, clock = state.rng, state.clock
    (first_id, t) = given[0]
    for number, step in enumerate(sequence.steps):
        if t > case_end or (number and rng.random() < 0.25):
            break
        user = state.actor(case.user)
        state.rows["sequence_steps"].append({
            "case_id": case.id, "step_key": step.key, "step_date": clock.date(t // 1440),
            "note": pick(rng, SEQUENCE_NOTES[step.key]), "assessment_id": first_id if number == 0 else None,
            "done_at": clock.stamp(t), "done_by": user, "updated_at": clock.stamp(t), "updated_by": user,
        })
        t += between(rng, 5, 20) * 1440


def _rating(rng: random.Random, worst_first: list[int], na_allowed: bool, profile: float) -> int | None:
    """A rating near the client's profile (0 = worst, 1 = best end of the scale); sometimes N/A."""
    if na_allowed and rng.random() < 0.04:
        return None
    position = round(profile * (len(worst_first) - 1) + rng.uniform(-1, 1))
    return worst_first[max(0, min(len(worst_first) - 1, position))]


ACTIVITIES = (  # OVal-9: everyday and work activities a client rates just after doing them
    "Laga lunch", "Städa i caféet", "Handla mat", "Promenad med hunden", "Packa varor på lagret",
    "Sortera post på kontoret", "Träna på gym", "Ta bussen till praktiken",
)
INTERPRETATIONS = (
    "Styrkor i samarbete med arbetskamrater; begränsningar i tempo och uthållighet under eftermiddagen.",
    "Klienten upplever arbetsuppgifterna som meningsfulla men har svårt att strukturera dagen.",
    "Fysiska krav i arbetsmiljön begränsar; stöd från arbetsledaren är en tydlig resurs.",
    "Bedömningen stämmer väl med klientens egen bild. Fokus framåt: rutiner och återhämtning.",
)
SEQUENCE_NOTES = {
    "mote1": ("Samtal om frånvaron och arbetssituationen. WEIS-S genomförd.",
              "Medarbetaren beskriver trötthet efter kvällspass. WEIS-S genomförd tillsammans."),
    "sammanstallning": ("Stöd: kollegor och arbetsledare. Begränsar: tidspress och tunga lyft.",
                        "Sammanställning klar; arbetsrytm och schemaläggning framträder som viktigast."),
    "mote2": ("Bedömningen presenterad; medarbetaren korrigerade bilden av schemat.",
              "Genomgång med medarbetaren, inga ändringar i bedömningen."),
    "insatser": ("Rådgivning till arbetsledaren om schemaläggning.", "Ergonomisk genomgång av arbetsplatsen."),
    "uppfoljning": ("Frånvaron har minskat från fem till ett tillfälle på tre månader.",
                    "Uppföljning: fortsatt hög frånvaro, kontakt med företagshälsovården."),
}
