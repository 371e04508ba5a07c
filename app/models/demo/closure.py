"""The client's situation before (at the start of the case) and the closure with the situation after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.demo.answers import ANSWERS
from app.models.demo.draws import Weighted, pick
from app.models.vocab import PUBLIC_SUPPORT_INCOMES

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.cases import StepRun
    from app.models.demo.timeline import DemoCase

BEFORE_SHARE = 0.93  # cases with the "before" situation recorded
OUTCOME = Weighted((("reguljar_anstallning", 12), ("studier", 10), ("arbetstraning_praktik", 18),
                    ("subventionerad_anstallning", 20), ("okad_sysselsattningsgrad", 20), ("ater_varden_fk", 8),
                    ("avbrutet", 6), ("flyttat", 4), ("annat", 2)))
SKIP_OUTCOMES = {"Klienten har fått anställning.": "reguljar_anstallning",
                 "Klienten har flyttat från kommunen.": "flyttat", "Klienten avbröt insatsen.": "avbrutet",
                 "Långvarig sjukskrivning, insatsen avbryts.": "ater_varden_fk"}


SUPPORT_TIMES = ("", "under_1_ar", "1_2_ar", "2_5_ar", "over_5_ar")  # a client on public support now


def add_situation_before(state: BuildState, case: DemoCase) -> None:
    rng, clock = state.rng, state.clock
    if rng.random() < BEFORE_SHARE:
        occupation, income, percent = pick(rng, BEFORE_SITUATIONS[case.target_group])
        stamp = clock.stamp(case.created)
        state.rows["situations_before"].append({
            "case_id": case.id, "recorded_date": clock.date(case.created // 1440), "occupation": occupation,
            "income_source": income, "occupation_percent": percent,
            # how long on public support before (not every referral says): from the case's id, not from
            # rng, so the rest of the demo stays as every seed made it before
            "public_support_time": ("ingen" if income not in PUBLIC_SUPPORT_INCOMES and income != "annan"
                                    else SUPPORT_TIMES[case.id * 7 % len(SUPPORT_TIMES)]),
            "created_at": stamp, "created_by": case.user,
            "updated_at": stamp, "updated_by": case.user,
        })


def add_closure(state: BuildState, case: DemoCase, avsluta: StepRun) -> None:
    """The outcome (the reason's when the case closed early), further therapy and the situation after."""
    rng, clock = state.rng, state.clock
    assert avsluta.completed is not None  # only a closed case gets a closure: its Avsluta step is done
    outcome = SKIP_OUTCOMES.get(case.skip_reason) or OUTCOME(rng)
    occupation, income, percent = pick(rng, AFTER_SITUATIONS[outcome])
    state.rows["closures"].append({
        "case_id": case.id, "closed_date": clock.date(avsluta.completed // 1440), "outcome": outcome,
        "outcome_other": "Egen företagare" if outcome == "annat" else "",
        "continued_where": pick(rng, ANSWERS["avsluta.var"]), "continued_purpose": pick(rng, ANSWERS["avsluta.syfte"]),
        "collaboration": pick(rng, ANSWERS["avsluta.samverkan"]), "occupation_after": occupation,
        "income_source_after": income, "occupation_percent_after": percent, "reason": case.skip_reason,
        "created_at": clock.stamp(avsluta.completed), "created_by": avsluta.finisher,
    })


# Situations before and after: (occupation, main income source, degree of occupation in %).
BEFORE_SITUATIONS = {
    "ama_medarbetare": (("subventionerat_arbete", "lon", 50),
                        ("subventionerat_arbete", "lon", 75),
                        ("praktik_arbetstraning", "aktivitetsstod", 50),
                        ("praktik_arbetstraning", "forsorjningsstod", 25),
                        ("subventionerat_arbete", "lon", 100)),
    "boendestod_forsorjningsstod": (("arbetslos", "forsorjningsstod", 0), ("arbetslos", "forsorjningsstod", 0),
                                    ("sjukskriven", "sjukpenning", 0), ("annat", "aktivitetsersattning", 0)),
    "korttidsfranvaro": (("ej_subventionerat_arbete", "lon", 100),
                         ("ej_subventionerat_arbete", "lon", 75)),
    "annan": (("arbetslos", "a_kassa", 0), ("studier", "annan", 50), ("praktik_arbetstraning", "aktivitetsstod", 50)),
}
AFTER_SITUATIONS = {
    "reguljar_anstallning": (("ej_subventionerat_arbete", "lon", 100),
                             ("ej_subventionerat_arbete", "lon", 75)),
    "studier": (("studier", "annan", 100), ("studier", "forsorjningsstod", 50)),
    "arbetstraning_praktik": (("praktik_arbetstraning", "aktivitetsstod", 50),
                              ("praktik_arbetstraning", "forsorjningsstod", 25)),
    "subventionerad_anstallning": (("subventionerat_arbete", "lon", 100),
                                   ("subventionerat_arbete", "lon", 75)),
    "okad_sysselsattningsgrad": (("subventionerat_arbete", "lon", 75),
                                 ("ej_subventionerat_arbete", "lon", 50)),
    "ater_varden_fk": (("sjukskriven", "sjukpenning", 0), ("annat", "aktivitetsersattning", 0)),
    "avbrutet": (("arbetslos", "forsorjningsstod", 0), ("arbetslos", "a_kassa", 0)),
    "flyttat": (("annat", "annan", 0),),
    "annat": (("annat", "ingen_offentlig", 100),),
}
