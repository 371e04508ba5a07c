"""Group activities (ReDO™, Friskvårdstimmen, lectures): sessions, registered clients whose case
was open when the group began, attendance, and a head count of others."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.models.demo.draws import Weighted, between, pick
from app.models.demo.timeline import HISTORY_DAYS

if TYPE_CHECKING:
    from app.models.demo.build_state import BuildState
    from app.models.demo.timeline import DemoCase

CLIENTS_PER_GROUP = 150
GROUP_KIND = Weighted((("redo", 25), ("friskvardstimmen", 35), ("forelasning_workshop", 30), ("annan", 10)))
# Sessions (min, max), days between them, clients (min, max), others per session (min, max).
GROUP_SHAPES = {"redo": ((8, 10), 7, (5, 10), (0, 1)), "friskvardstimmen": ((6, 12), 7, (4, 12), (0, 6)),
                "forelasning_workshop": ((1, 2), 14, (5, 20), (0, 15)), "annan": ((1, 4), 7, (3, 8), (0, 2))}


def add_groups(state: BuildState, cases: list[tuple[DemoCase, int]], n: int) -> None:
    """About one group activity per 150 clients (at least two)."""
    rng, clock, rows = state.rng, state.clock, state.rows
    first_day, last_day = clock.today - HISTORY_DAYS + 30, clock.today - 7
    for _ in range(max(2, n // CLIENTS_PER_GROUP)):
        activity_id = state.take_id("group_activities")
        kind = GROUP_KIND(rng)
        start = between(rng, first_day, last_day)
        count, gap, size, guests = GROUP_SHAPES[kind]
        dates = [start + i * gap for i in range(between(rng, *count))]
        year = dt.date.fromordinal(start).year
        term = "våren" if dt.date.fromordinal(start).month < 7 else "hösten"
        title = pick(rng, GROUP_TITLES[kind]).format(term=term, year=year)
        created = clock.stamp(clock.at(rng, start - between(rng, 7, 30)))
        rows["group_activities"].append({
            "id": activity_id, "kind": kind, "title": title,
            "other_leaders": "Maja Holm (assistent)" if kind == "redo" else "",
            "description": GROUP_DESCRIPTIONS[kind], "created_at": created, "created_by": state.users[0],
            "updated_at": created,
        })
        leaders = sorted({pick(rng, state.users) for _ in range(between(rng, 1, 2))})
        rows["group_leaders"].extend({"activity_id": activity_id, "user_id": u} for u in leaders)
        members: list[int] = []
        for _ in range(between(rng, *size) * 3):  # draw until enough clients with a case open then
            case, client_id = cases[int(rng.random() * len(cases))]
            if case.referral <= start <= case.end and client_id not in members:
                members.append(client_id)
                if len(members) >= size[1]:
                    break
        rows["group_participants"].extend({"activity_id": activity_id, "client_id": c} for c in members)
        for day in dates:
            session_id = state.take_id("group_sessions")
            past = day <= clock.today
            rows["group_sessions"].append({"id": session_id, "activity_id": activity_id,
                                           "session_date": clock.date(day),
                                           "guests": between(rng, *guests) if past else 0, "note": ""})
            if past:
                rows["group_attendance"].extend({"session_id": session_id, "client_id": c}
                                                for c in members if rng.random() < 0.8)


GROUP_TITLES = {
    "redo": ("ReDO {term} {year}", "ReDO-grupp {term} {year}"),
    "friskvardstimmen": ("Friskvårdstimmen {term} {year}",),
    "forelasning_workshop": ("Ergonomi och lyft ({year})", "Digitala verktyg i vardagen ({year})",
                             "Hälsa och sömn ({year})", "Anpassningar på arbetsplatsen ({year})"),
    "annan": ("Studiebesök {term} {year}", "Träffpunkt {term} {year}"),
}
GROUP_DESCRIPTIONS = {
    "redo": "Gruppkurs om att göra om vardagens aktiviteter (Redesigning Daily Occupations).",
    "friskvardstimmen": "Rörelse och samtal om hälsa en timme i veckan.",
    "forelasning_workshop": "Föreläsning med övningar.",
    "annan": "",
}
