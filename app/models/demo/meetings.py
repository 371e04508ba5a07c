"""Collaboration meetings as records (issue 16): for one case in RECORD_SHARE, held meetings with named
participants, what was said and the actions agreed (for sub-goals of the plan, some done, some late),
and for an open case a planned one ahead, with an invitation's purpose and questions. Every kind of
meeting occurs. Only organisations the case has a consent to on the meeting's day take part (our own
unit needs none), as the service requires.

Names are invented and phone numbers are from the series PTS keeps for fiction (070-174 06 xx,
031-390 06 xx, 08-465 004 xx): no one answers them. The meetings draw from their own generator (seeded
by the case), so every other draw of a seed stays as it was."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from app.models.demo.clock import DAY
from app.models.demo.draws import between, pick
from app.models.vocab import MEETING_CONSENT, MEETING_KINDS

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.plans import DemoVersion
    from app.models.demo.timeline import DemoCase

RECORD_SHARE = 4  # one case in four (by its id) has meetings as records
KINDS = MEETING_KINDS.keys()
HOURS = ((9, 0), (9, 30), (10, 0), (13, 0), (13, 30), (14, 0))


def consented(state: BuildState, case: DemoCase, day: int) -> list[tuple[str, str]]:
    """(organisation, its name for "annan") of every consent of the case in force on ``day``."""
    date = state.clock.date(day)
    wanted = {recipient: org for org, recipient in MEETING_CONSENT.items() if recipient}
    out: dict[str, str] = {}
    for row in reversed(state.rows["consents"]):  # the case's own were appended last (add_consents)
        if row["case_id"] != case.id:
            break
        if row["recipient"] not in wanted:
            continue
        if row["given_date"] <= date and (row["withdrawn_date"] is None or date < row["withdrawn_date"]):
            out.setdefault(wanted[row["recipient"]], row["recipient_other"])
    return list(out.items())


def logged_meeting(day: str) -> dict:
    """The record columns of a meeting logged the old way (a day, partners, an outcome): held, as
    migration 19 reads the ones logged before it."""
    return {"status": "genomfort", "starts_at": day, "minutes": 0, "place": "", "video_link": "", "purpose": "",
            "questions": "", "next_meeting": ""}


def add_meeting_records(state: BuildState, case: DemoCase, case_end: int, versions: list[DemoVersion]) -> int:
    """Returns the latest moment written."""
    if case.id % RECORD_SHARE:
        return case.created
    rng = random.Random(case.id * 7919 + 16)
    first_kind = (case.id // RECORD_SHARE) % len(KINDS)
    latest = case.created
    held = between(rng, 1, 2)
    for n in range(held):
        t = state.clock.within(rng, case.created, case_end)
        t = t // 30 * 30 if t // 30 * 30 >= case.created else t
        latest = max(latest, _held(state, rng, case, t, case_end, KINDS[(first_kind + n) % len(KINDS)], versions))
    organisations = consented(state, case, state.clock.today)
    if not case.closed and organisations:
        day = state.clock.today + between(rng, 3, 40)
        hour, minute = pick(rng, HOURS)
        written = max(case.created, state.clock.now - between(rng, 0, 3) * DAY)
        _meeting(state, rng, case, day * DAY + hour * 60 + minute, KINDS[(first_kind + held) % len(KINDS)],
                 status="planerat", written=written, organisations=organisations)
        latest = max(latest, written)
    return latest


def _held(state: BuildState, rng: random.Random, case: DemoCase, t: int, case_end: int, kind: str,
          versions: list[DemoVersion]) -> int:
    clock = state.clock
    day = t // DAY
    organisations = consented(state, case, day)
    if not organisations:  # a collaboration meeting has someone to collaborate with
        return case.created
    written = max(t, min(t + 90, case_end))  # recorded after the meeting, within the case
    meeting_id = _meeting(state, rng, case, t, kind, status="genomfort", written=written, organisations=organisations)
    plan = next((v for v in reversed(versions) if v.created <= t), None)
    who = [org for org, _ in organisations] + ["klienten"]
    for position, actor in enumerate(who):
        due = day + between(rng, 7, 35)
        done = ""
        # most of what was agreed long ago got done; of the latest weeks' some are late
        if due <= clock.today and (case.closed or due < clock.today - 30 or rng.random() < 0.5):
            done = clock.date(min(clock.today, day + between(rng, 3, due - day + 5)))
        state.rows["meeting_actions"].append({
            "meeting_id": meeting_id, "who": actor, "what": pick(rng, ACTIONS[actor]), "due_date": clock.date(due),
            "goal_id": pick(rng, plan.goal_ids) if plan is not None and plan.goal_ids and rng.random() < 0.7
            else None,
            "done_date": done, "position": position,
        })
    return written


def _meeting(state: BuildState, rng: random.Random, case: DemoCase, t: int, kind: str, *, status: str,
             written: int, organisations: list[tuple[str, str]]) -> int:
    clock = state.clock
    meeting_id = state.take_id("meetings")
    day, minute = divmod(t, DAY)
    starts_at = f"{clock.date(day)}T{minute // 60:02d}:{minute % 60:02d}"
    video = rng.random() < 0.3
    held = status == "genomfort"
    other = next((name for org, name in organisations if org == "annan"), "")
    state.rows["meetings"].append({
        "id": meeting_id, "case_id": case.id, "meeting_date": clock.date(day), "kind": kind,
        "partner_other": other, "participants": "", "status": status, "starts_at": starts_at,
        "minutes": pick(rng, (45, 60, 60, 90)),
        "place": "" if video else pick(rng, PLACES), "video_link": f"https://mote.example.se/{meeting_id:06d}"
        if video else "",
        "purpose": PURPOSES[kind], "questions": "\n".join(QUESTIONS[kind]),
        "outcome": pick(rng, SAID[kind]) if held else "",
        "next_meeting": clock.date(day + between(rng, 21, 42)) if held and rng.random() < 0.6 else "",
        "author_id": case.user, "created_at": clock.stamp(min(t, written) if held else written),
        "updated_at": clock.stamp(written),
    })
    people = [("enheten", "", pick(rng, ("Arbetsterapeut", "Arbetsmarknadskoordinator")), "", "")]
    people += [(org, name, *PEOPLE[org][between(rng, 0, len(PEOPLE[org]) - 1)]) for org, name in organisations]
    for position, (org, name, role, person, phone) in enumerate(people):
        state.rows["meeting_participants"].append({
            "meeting_id": meeting_id, "organisation": org, "organisation_other": name, "role": role,
            "name": person, "phone": phone, "position": position})
    state.rows["meeting_partners"].extend({"meeting_id": meeting_id, "partner": org} for org, _ in organisations)
    return meeting_id


# (role, name, phone): invented people, fiction-series numbers
PEOPLE = {
    "af": (("Handläggare", "Eva Ek", "070-174 06 05"), ("Arbetsförmedlare", "Omar Lind", "070-174 06 11")),
    "fk": (("Handläggare", "Per Persson", "070-174 06 21"), ("Samordnare", "Lena Holm", "031-390 06 12")),
    "varden": (("Läkare", "Sara Björk", "031-390 06 30"), ("Rehabkoordinator", "Ali Nur", "031-390 06 31")),
    "arbetsgivare": (("Chef", "Maria Strand", "08-465 004 10"), ("Arbetsledare", "Kent Sjö", "08-465 004 11")),
    "ifo": (("Socialsekreterare", "Hanna Berg", "08-465 004 20"),),
    "annan": (("Kontaktperson", "Nils Dahl", "08-465 004 30"),),
}
PLACES = ("Storgatan 1, rum Ljuset", "Arbetsförmedlingen, Köpmangatan 3", "Enhetens lokaler, Åkervägen 12")
PURPOSES = {
    "kontaktmote": "Att lära känna varandra och gå igenom vem som gör vad framöver.",
    "avstamningsmote": "Att stämma av hur arbetsträningen går och om planen behöver ändras.",
    "gemensam_kartlaggning": "Att tillsammans kartlägga din situation, dina resurser och vad som behövs för att "
                             "du ska komma i arbete.",
    "overlamning": "Att lämna över ansvaret till nästa aktör så att inget faller mellan stolarna.",
    "trepartssamtal": "Att du, din arbetsgivare och vi kommer överens om anpassningar på arbetsplatsen.",
    "annat": "Att planera nästa steg tillsammans.",
}
QUESTIONS = {
    "kontaktmote": ("Vad vill du ha hjälp med?", "Finns det något du vill att vi ska veta redan nu?"),
    "avstamningsmote": ("Vad har fungerat bra sedan sist?", "Vad har varit svårt?"),
    "gemensam_kartlaggning": ("Hur ser en vanlig dag ut för dig?", "Vad är du bra på?",
                              "Vad behöver du för att orka arbeta?"),
    "overlamning": ("Vad har hjälpt dig mest hittills?", "Vad vill du att nästa handläggare ska veta?"),
    "trepartssamtal": ("Vilka arbetsuppgifter fungerar bra?", "Vad skulle göra dagen lättare?"),
    "annat": ("Vad vill du ta upp på mötet?",),
}
SAID = {
    "kontaktmote": ("Vi gick igenom vem som gör vad. Klienten vill börja med kortare dagar.",),
    "avstamningsmote": ("Arbetsträningen går bra på förmiddagarna; eftermiddagarna är tunga.",
                        "Klienten har varit där tre dagar i veckan. Vi behåller takten en månad till."),
    "gemensam_kartlaggning": ("Vi kartlade resurser och hinder. Klienten har lätt för praktiska uppgifter "
                              "men behöver pauser.",),
    "overlamning": ("Ansvaret går över till Arbetsförmedlingen från nästa månad.",),
    "trepartssamtal": ("Arbetsgivaren kan erbjuda lättare uppgifter och en fast kollega att fråga.",),
    "annat": ("Vi planerade nästa steg tillsammans.",),
}
ACTIONS = {
    "af": ("Bokar plats för arbetsträning.", "Tar fram förslag på praktikplatser."),
    "fk": ("Beslutar om fortsatt ersättning.", "Skickar underlag om arbetsförmåga."),
    "varden": ("Skriver nytt läkarintyg.", "Bokar uppföljning hos rehabkoordinatorn."),
    "arbetsgivare": ("Ordnar en arbetsplats med höj- och sänkbart bord.", "Utser en fast kollega som stöd."),
    "ifo": ("Ser över försörjningsstödet under praktiken.",),
    "annan": ("Hör av sig om nästa steg.",),
    "enheten": ("Följer upp på arbetsplatsen.",),
    "klienten": ("Provar att gå upp samma tid varje dag.", "Skriver ner hur dagarna går.",
                 "Bokar tid hos vårdcentralen."),
}
