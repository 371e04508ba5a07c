"""Utvecklingsplan as PDF: the client's own variant in plain words ("du" throughout), the easy-read
one (app/exporters/pdf/plan_easy.py), or a formal one for the handler at Arbetsförmedlingen /
Försäkringskassan (recipient, case number, referral, target group).

Each shows the follow-ups held and the real next follow-up (the plan's status, after those held). A
sub-goal is kept on one page with its table, and the agreement with the signatures is one block, so a
signature never stands alone on a page. The work supervisor signs only when the plan names one."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

from app.exporters.pdf.base import (
    WIDTH,
    about_line_for,
    build,
    case_rows,
    cell,
    date_text,
    doc_info,
    facts,
    heading,
    labelled,
    notice,
    para,
    person_rows,
    person_rows_for,
    section,
    signature_lines,
    table,
    time_text,
)
from app.models import recipients
from app.models.errors import RuleError

NOT_AGREED = "Ej överenskommen ännu"
DRAFT_NOTICE = "UTKAST – planen är inte överenskommen med klienten ännu."
PLAIN_DRAFT_NOTICE = "UTKAST – vi har inte kommit överens om den här planen ännu."
SUPERVISOR = "Arbetsledare"  # the work supervisor (arbetsledare/arbetshandledare), vocab's PLAN_RESPONSIBLE

# The same plan, two voices: the client reads "du", the handler reads the formal terms.
FORMAL: dict[str, Any] = {  # held_cols is a list, the rest text
    "main": "Huvudmål", "baseline": "Utgångsläge", "priorities": "Klientens egna prioriteringar",
    "goals": "Delmål, strategier och åtgärder", "actions": "Strategier och åtgärder",
    "no_goals": "Planen har inga delmål.", "agreement": "Överenskommelse och uppföljning",
    "goal": "Delmål", "responsible": "Ansvarig", "start": "Start", "target": "Måldatum",
    "follow_up": "Uppföljning", "none": "Inga angivna",
    "version": "Planversion", "agreed": "Överenskommen med klienten", "participants": "Deltagare",
    "next": "Nästa uppföljning", "made_by": "Upprättad av", "changed": "Senast ändrad",
    "held": "Genomförda uppföljningar", "no_held": "Ingen uppföljning är genomförd ännu.",
    "held_cols": ["Datum", "Vad som följdes upp, resultat", "Deltagare", "Nästa"],
    "client_row": "Klient", "therapist_row": "Ansvarig",
}
PLAIN: dict[str, Any] = {
    "main": "Ditt huvudmål", "baseline": "Så ser det ut i dag", "priorities": "Det här är viktigt för dig",
    "goals": "Dina delmål och hur vi når dem", "actions": "Så här gör vi",
    "no_goals": "Det finns inga delmål i din plan än.", "agreement": "Det här har vi kommit överens om",
    "goal": "Ditt delmål", "responsible": "Vem gör det", "start": "Vi börjar", "target": "Klart senast",
    "follow_up": "Vi följer upp", "none": "Inget skrivet än",
    "version": "Din plan", "agreed": "Vi kom överens", "participants": "De som var med",
    "next": "Nästa gång vi följer upp din plan", "made_by": "Planen skrevs av", "changed": "Senast ändrad",
    "held": "Så har vi följt upp din plan", "no_held": "Vi har inte följt upp din plan än.",
    "held_cols": ["Datum", "Vad vi pratade om och hur det gick", "De som var med", "Nästa gång"],
    "client_row": "Du", "therapist_row": "Din arbetsterapeut",
}


def next_follow_up(store, version) -> str | None:
    """The real next follow-up: for the plan in force, after the follow-ups recorded on it; for a
    draft or an older version, the earliest date written in it."""
    agreed = store.plans.agreed(version.case_id)
    if agreed is not None and agreed.id == version.id:
        return store.plans.status(version.case_id).next_follow_up
    dates = version.follow_up_dates()
    return min(dates) if dates else None


_CLIENT_WORD = re.compile(r"\b(klientens|klienten)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(^|[.!?:]\s*)$")


def to_client(text: str) -> str:
    """Who took part, as the client's own copy says it: "Klienten, arbetsledaren Per" becomes "Du,
    arbetsledaren Per", "Per och klienten" "Per och du" (the therapist writes about the client)."""
    def word(match: re.Match) -> str:
        own = "din" if match.group(1).lower() == "klientens" else "du"
        starts = _SENTENCE_START.search(text[:match.start()]) is not None
        return own.capitalize() if starts else own
    return _CLIENT_WORD.sub(word, text or "")


_PLANNED = object()  # version_rows without a status: the version's own follow-up date


def version_rows(version, words: dict | None = None, following=_PLANNED) -> list[tuple[str, str]]:
    """``following``: the next follow-up as the plan's status has it (:func:`next_follow_up`, None
    for none); without it, the version's own follow-up date (the journal copy's record of each version)."""
    words = words or FORMAL
    plain = words is PLAIN
    if following is _PLANNED:
        planned = ("Uppföljning av planen", date_text(version.follow_up_date))
    else:
        none = "Inte bestämt än" if plain else "Ingen planerad"
        planned = (words["next"], date_text(following) if following else none)
    return [
        (words["version"], f"Version {version.version}"),
        (words["agreed"], date_text(version.agreed_date) if version.is_agreed else "Inte än" if plain else NOT_AGREED),
        (words["participants"], (to_client(version.agreed_participants) if plain else version.agreed_participants)
         if version.is_agreed else "–"),
        planned,
        (words["made_by"], version.created_by or "–"),
        (words["changed"], time_text(version.updated_at)),
    ]


def _responsible(goal, plain: bool) -> str:
    return goal.responsible_text(client="Du" if plain else None)


def sub_goal(goal, words: dict, level: int = 2) -> list:
    """A sub-goal kept on one page with its table: heading, goal, actions and dates move together
    (reportlab splits a KeepTogether only when it is taller than a page)."""
    dates = table(
        [[words["responsible"], words["start"], words["target"], words["follow_up"]],
         [_responsible(goal, words is PLAIN), date_text(goal.start_date), date_text(goal.target_date),
          date_text(goal.follow_up_date)]],
        [WIDTH - 3 * 30 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    return [CondPageBreak(20 * mm), KeepTogether([
        heading(f"{words['goal']} {goal.number}", min(level, 4)), para(goal.text),
        *labelled(words["actions"], goal.actions, empty=words["none"])[1:], dates])]


def plan_body(version, plain: bool = False, level: int = 1) -> list:
    """Goals, baseline, priorities and sub-goals of one version (the record copy uses it one
    heading level down)."""
    words = PLAIN if plain else FORMAL
    out = [*section(words["main"], level), para(version.main_goal),
           *section(words["baseline"], level), para(version.baseline),
           *section(words["priorities"], level), para(version.client_priorities),
           *section(words["goals"], level)]
    if not version.sub_goals:
        out.append(para("", empty=words["no_goals"]))
    for goal in version.sub_goals:
        out += sub_goal(goal, words, level + 1)
    return out


def held_follow_ups(store, version) -> list:
    """The follow-ups held on this version and the ones before it, oldest first."""
    return [f for f in store.plans.follow_ups(version.case_id) if f.version <= version.version]


def follow_up_table(follow_ups, words: dict):
    if not follow_ups:
        return para("", empty=words["no_held"])
    plain = words is PLAIN
    rows = [words["held_cols"]] + [[date_text(f.follow_up_date), cell(f.note),
                                    cell(to_client(f.participants) if plain else f.participants),
                                    date_text(f.next_follow_up)] for f in follow_ups]
    return table(rows, [24 * mm, WIDTH - 24 * mm - 50 * mm - 24 * mm, 50 * mm, 24 * mm])


SUPERVISOR_WORDS = ("arbetsledare", "arbetshandledare", "handledare")


def names_supervisor(version) -> bool:
    """Whether the plan names a work supervisor: one is responsible for a sub-goal, or took part
    in the agreement. Only then does the plan have a line for the supervisor's signature."""
    if any("arbetsledare" in goal.responsible for goal in version.sub_goals):
        return True
    text = (version.agreed_participants or "").casefold()
    return any(word in text for word in SUPERVISOR_WORDS)


def signers(version, plain: bool) -> tuple[list[str], list[str]]:
    roles = ["Klient", "Arbetsterapeut"] + ([SUPERVISOR] if names_supervisor(version) else [])
    labels = [f"Underskrift, {role.lower()}" for role in roles]
    if plain:
        labels[0] = "Din underskrift"
    return roles, labels


EASY_READ_CLIENT_ONLY = "Lättläst plan görs bara för klienten."


def check_easy_read(audience: str) -> None:
    """The easy-read plan is the client's own: refused for any other recipient, before their
    consent is even looked at (the choice is wrong, not the consent)."""
    if not recipients.recipient(audience, recipients.Document.PLAN).plain_words:
        raise RuleError(f"{EASY_READ_CLIENT_ONLY} Välj klienten som mottagare.")


def _version(store, case_id: int, version_id: int | None):
    if version_id is not None:
        version = store.plans.get(version_id)
        if version.case_id != case_id:
            raise RuleError("Planversionen hör inte till det här ärendet.")
        return version
    version = store.plans.in_force(case_id) or store.plans.latest(case_id)
    if version is None:
        raise RuleError("Ärendet har ingen utvecklingsplan att skriva ut.")
    return version


def write_plan_pdf(store, target: Path, *, case_id: int, audience: str, version_id: int | None = None,
                   easy_read: bool = False) -> None:
    """``audience`` a recipient of plans: "klient" (the client's own copy, in plain words; with
    ``easy_read`` the lättläst one: short sentences, one goal a page, large type) or a third party
    (the formal terms, with their "Till: …" line)."""
    recipient = recipients.recipient(audience, recipients.Document.PLAN)
    if easy_read:
        check_easy_read(audience)
    case = store.cases.get(case_id)
    client = store.clients.get(case.client_id)
    version = _version(store, case_id, version_id)
    if easy_read:
        from app.exporters.pdf.plan_easy import write_easy_plan

        write_easy_plan(store, target, case=case, client=client, version=version)
        return
    plain = recipient.plain_words
    words = PLAIN if plain else FORMAL
    info = doc_info(
        store, "Din utvecklingsplan" if plain else "Utvecklingsplan",
        subject=f"Utvecklingsplan version {version.version}, ärende {case.case_number}",
        recipient=recipient.document_line, about=about_line_for(recipient, client), case=case,
        draft=not version.is_agreed,
    )
    story = [notice(PLAIN_DRAFT_NOTICE if plain else DRAFT_NOTICE)] if not version.is_agreed else []
    if plain:
        rows = [("Ditt namn", client.full_name), person_rows(client)[1],
                (words["therapist_row"], case.responsible_name or "–"), ("Enhet", info.unit)]
    else:
        rows = person_rows_for(recipient, client) + case_rows(case) + [("Enhet", info.unit)]
    story.append(facts(rows))
    if not plain and case.reason.strip():
        story += labelled("Anledning till remissen", case.reason)
    story += plan_body(version, plain)
    story += [*section(words["held"]), follow_up_table(held_follow_ups(store, version), words)]
    roles, labels = signers(version, plain)
    # The agreement and the signatures are one block: a signature never stands alone on a page.
    story += [CondPageBreak(30 * mm), KeepTogether([
        heading(words["agreement"]), facts(version_rows(version, words, next_follow_up(store, version))),
        signature_lines(roles, labels)])]
    build(target, info, story)
