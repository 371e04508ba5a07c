"""Interventions (insatser) while Planera ran, and collaboration meetings (samverkansmöten)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.demo.draws import Weighted, between, pick
from app.models.demo.meetings import consented, logged_meeting
from app.models.vocab import PARTNERS

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.cases import StepRun
    from app.models.demo.plans import DemoVersion
    from app.models.demo.timeline import DemoCase

MEETING_SHARE = 0.3  # cases with collaboration meetings
MINUTES = (15, 30, 30, 45, 45, 60, 60, 90, 120)
INTERVENTION = Weighted(((("kompensation", "hjalpmedel"), 20), (("kompensation", "kompensatoriska_strategier"), 15),
                         (("kompensation", "fysisk_miljo"), 8), (("kompensation", "social_miljo"), 5),
                         (("aktivitetstraning", "undervisning_rad"), 15),
                         (("aktivitetstraning", "traning_i_aktivitet"), 12),
                         (("funktionstraning", "traning_kroppsfunktion"), 5), (("pedagogisk", "undervisning_rad"), 8),
                         (("kompensation", "radgivning_arbetsledare"), 10), (("aktivitetstraning", "annan"), 2)))
PARTNER = Weighted((("af", 35), ("fk", 20), ("varden", 15), ("ifo", 15), ("arbetsgivare", 15)))
PARTNER_ORDER = PARTNERS.keys()  # as the service stores and lists them
MEETING_KIND = Weighted((("kontaktmote", 25), ("avstamningsmote", 40), ("gemensam_kartlaggning", 15),
                         ("overlamning", 15), ("annat", 5)))


def add_interventions(state: BuildState, case: DemoCase, by_key: dict[str, StepRun], until: dict[str, int],
                      versions: list[DemoVersion]) -> int:
    """0–5 interventions while Planera ran, most for a sub-goal of the plan of the day."""
    rng, clock = state.rng, state.clock
    planera = by_key.get("planera")
    if planera is None:
        return case.created
    moments = sorted(clock.within(rng, planera.started, until["planera"]) for _ in range(between(rng, 0, 5)))
    for t in moments:
        model, kind = INTERVENTION(rng)
        goal = None
        plan = next((v for v in reversed(versions) if v.created <= t), None)
        if plan is not None and rng.random() < 0.75:
            goal = pick(rng, plan.goal_ids)
        stamp = clock.stamp(t)
        state.rows["interventions"].append({
            "case_id": case.id, "intervention_date": clock.date(t // 1440), "minutes": pick(rng, MINUTES),
            "model": model, "kind": kind, "goal_id": goal, "text": pick(rng, INTERVENTION_TEXTS[kind]),
            "author_id": state.actor(case.user), "created_at": stamp, "updated_at": stamp,
        })
    return moments[-1] if moments else case.created


def add_meetings(state: BuildState, case: DemoCase, case_end: int) -> int:
    """1–2 meetings with one or two partners for some cases; returns the latest moment written."""
    rng, clock, latest = state.rng, state.clock, case.created
    if rng.random() >= MEETING_SHARE:
        return latest
    for _ in range(between(rng, 1, 2)):
        t = clock.within(rng, case.created, case_end)
        partners = sorted({PARTNER(rng) for _ in range(between(rng, 1, 2))}, key=PARTNER_ORDER.index)
        stamp, day = clock.stamp(t), clock.date(t // 1440)
        row = {"case_id": case.id, "meeting_date": day, "kind": MEETING_KIND(rng), "partner_other": "",
               "participants": pick(rng, MEETING_PARTICIPANTS), "outcome": pick(rng, MEETING_OUTCOMES),
               "author_id": state.actor(case.user), "created_at": stamp, "updated_at": stamp}
        # only partners the client has consented to (issue 16); drawn as before, so the seed's other
        # draws stay as they were
        allowed = {org for org, _ in consented(state, case, t // 1440)}
        partners = [p for p in partners if p in allowed]
        if not partners:
            continue
        latest = max(latest, t)
        meeting_id = state.take_id("meetings")
        state.rows["meetings"].append({"id": meeting_id, **row, **logged_meeting(day)})
        state.rows["meeting_partners"].extend({"meeting_id": meeting_id, "partner": p} for p in partners)
        state.rows["meeting_participants"].extend(
            {"meeting_id": meeting_id, "organisation": p, "organisation_other": "", "role": "", "name": "",
             "phone": "", "position": i} for i, p in enumerate(partners))
    return latest


INTERVENTION_TEXTS = {
    "hjalpmedel": ("Provade ut en lyftvagn för lagret.", "Beställde en ståstol till kassan.",
                   "Provade hörselskydd med radio för verkstaden."),
    "kompensatoriska_strategier": ("Checklista för morgonen.", "Bildschema för arbetsdagen.",
                                   "Larm i telefonen inför pauser."),
    "fysisk_miljo": ("Flyttade arbetsplatsen till det mindre rummet.", "Bättre belysning vid bänken."),
    "social_miljo": ("Fast kollega att fråga under eftermiddagen.", "Tydligare överlämning mellan skiften."),
    "undervisning_rad": ("Genomgång av lyftteknik.", "Samtal om sömn och återhämtning.",
                         "Träning i att planera veckan."),
    # three texts each, as the kinds they replaced had: every seed draws the demo as before
    "traning_i_aktivitet": ("Övade kassarutinen steg för steg med handledaren.", "Diskade med paus var tjugonde minut.",
                            "Övade att ta emot beställningar i telefon."),
    "traning_kroppsfunktion": ("Uthållighetsträning: promenad till arbetet tre dagar i veckan.",
                               "Övningar för greppstyrka före passet.", "Balansövningar inför arbetet på stege."),
    "radgivning_arbetsledare": ("Ärendekonsultation med arbetsledaren om anpassade uppgifter.",
                                "Råd till arbetsledaren om instruktioner i steg."),
    "annan": ("Hembesök för att se över morgonrutinerna.",),
}
MEETING_PARTICIPANTS = ("Klienten, handläggare på Af och arbetsterapeuten.",
                        "Klienten, FK:s handläggare, arbetsledaren och arbetsterapeuten.",
                        "Socialsekreterare på IFO, klienten och arbetsmarknadskoordinatorn.",
                        "Arbetsgivaren, klienten och arbetsterapeuten.")
MEETING_OUTCOMES = ("Överens om arbetsträning 50 % från nästa månad.", "Ny avstämning om sex veckor.",
                    "Ärendet överlämnas till Af.", "Behov av läkarintyg; klienten bokar tid.")
