"""Consents: with whom information may be exchanged, now and then withdrawn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.demo.draws import Weighted, between, pick

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.timeline import DemoCase

CONSENT_SHARE = 0.6
WITHDRAWN_SHARE = 0.08
CONSENT_RECIPIENT = Weighted((("af", 40), ("fk", 25), ("arbetsgivare", 25), ("varden", 5), ("ifo", 4), ("annan", 1)))
CONSENT_FORM = Weighted((("skriftligt", 70), ("muntligt", 30)))


FINSAM_SHARE = 5  # 4 cases in 5 sign FK 9443 at the start: the rest are counted anonymously


def add_consents(state: BuildState, case: DemoCase, case_end: int) -> int:
    """1–3 recipients for most cases, and the written consent to Uppföljning Finsam for most; returns
    the latest moment written."""
    rng, clock, latest = state.rng, state.clock, case.created
    if case.id % FINSAM_SHARE:  # from the id, not rng: every other draw of a seed stays as it was
        state.rows["consents"].append({
            "case_id": case.id, "recipient": "finsam", "recipient_other": "", "form": "skriftligt",
            "given_date": clock.date(case.referral), "withdrawn_date": None,
            "scope": "Registrering i Uppföljning Finsam (FK 9443).", "scopes": "",
            "created_at": clock.stamp(case.created), "created_by": case.user,
        })
    if rng.random() >= CONSENT_SHARE:
        return latest
    end_day = case_end // 1440
    recipients = dict.fromkeys(CONSENT_RECIPIENT(rng) for _ in range(between(rng, 1, 3)))
    for recipient in recipients:
        given = min(case.referral + between(rng, 0, 30), end_day)
        withdrawn = between(rng, given, end_day) if rng.random() < WITHDRAWN_SHARE else None
        created = min(max(clock.at(rng, given), case.created), case_end)
        latest = max(latest, created)
        state.rows["consents"].append({
            "case_id": case.id, "recipient": recipient,
            "recipient_other": pick(rng, OTHER_RECIPIENTS) if recipient == "annan" else "",
            "form": CONSENT_FORM(rng), "given_date": clock.date(given),
            "withdrawn_date": None if withdrawn is None else clock.date(withdrawn),
            "scope": CONSENT_SCOPES[recipient], "scopes": SHARED[recipient],
            "created_at": clock.stamp(created), "created_by": case.user,
        })
    return latest


OTHER_RECIPIENTS = ("Företagshälsovården", "Kommunens budget- och skuldrådgivning")
CONSENT_SCOPES = {
    "af": "Information om arbetsförmåga och planering.",
    "fk": "Underlag om aktivitetsförmåga.",
    "varden": "Information om pågående insatser.",
    "ifo": "Planering av sysselsättning.",
    "arbetsgivare": "Anpassning av arbetsuppgifter.",
    "annan": "Kontakt inför fortsatt stöd.",
}
# What each recipient's consent lets the unit share (consents.scopes): the agencies the results,
# Af the evaluation too, the employer and the others the plan.
SHARED = {
    "af": "plan bedomningsresultat utvardering",
    "fk": "plan bedomningsresultat",
    "varden": "plan bedomningsresultat",
    "ifo": "plan",
    "arbetsgivare": "plan",
    "annan": "plan",
}
