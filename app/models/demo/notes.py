"""Journal notes (journalanteckningar) between the referral and the end of the case; all but the
latest few days' signed by their author."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.demo.draws import Weighted, between, pick
from app.models.demo.signing import SIGNED_AFTER_DAYS

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.timeline import DemoCase

NOTE_KIND = Weighted((("samtal", 35), ("telefon", 20), ("mote", 20), ("observation", 15), ("ovrigt", 10)))


def add_notes(state: BuildState, case: DemoCase, case_end: int) -> int:
    """0–8 notes, oldest first; returns the latest moment written."""
    rng, clock, notes = state.rng, state.clock, state.rows["notes"]
    count = between(rng, 0, min(8, 2 * len(case.steps)))
    moments = sorted(clock.within(rng, case.created, case_end) for _ in range(count))
    for t in moments:
        kind = NOTE_KIND(rng)
        stamp = clock.stamp(t)
        text = pick(rng, NOTE_TEXTS[kind])
        author = state.actor(case.user)
        # Notes older than a few days are signed, as in a unit that signs as it goes (R2); the rest wait
        # for their author, so Att göra and "Mina osignerade poster" have something to show.
        signed = author is not None and t < clock.now - SIGNED_AFTER_DAYS * 1440
        notes.append({"case_id": case.id, "note_date": clock.date(t // 1440), "kind": kind, "text": text,
                      "author_id": author, "record_kind": state.record_kinds[author],
                      "created_at": stamp, "updated_at": stamp,
                      "signed_at": clock.stamp(t + 30) if signed else None, "signed_by": author if signed else None})
    return moments[-1] if moments else case.created


NOTE_TEXTS = {
    "samtal": ("Uppföljande samtal. Klienten beskriver att rutinerna fungerar bättre.",
               "Samtal om mål för de kommande veckorna.",
               "Klienten berättar om sämre sömn; vi justerar schemat.",
               "Gick igenom checklistan tillsammans med klienten."),
    "observation": ("Observerade arbetet i köket. Många avbrott under förmiddagen.",
                    "Observation i verkstaden: klarar momenten men tappar tempo efter en timme.",
                    "Aktivitetsanalys av packning i lagret."),
    "mote": ("Möte med arbetsledaren om anpassade arbetsuppgifter.", "Trepartsmöte med Af och klienten.",
             "Nätverksmöte med boendestödet."),
    "telefon": ("Klienten ringde och sjukanmälde sig, ny tid bokad.", "Telefonsamtal med arbetsledaren om schemat.",
                "Påminde om tiden nästa vecka."),
    "ovrigt": ("Skickade informationsbladet hem till klienten.", "Bokade lokal för ReDO-gruppen.",
               "Uppdaterade utvecklingsplanen."),
}
