"""Utvecklingsplan as PDF: the client's own variant in plain words, or a formal one for the
handler at Arbetsförmedlingen / Försäkringskassan (recipient, case number, referral, target group)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app.exporters.pdf.base import (
    WIDTH,
    about_line,
    build,
    case_rows,
    date_text,
    doc_info,
    facts,
    labelled,
    notice,
    para,
    person_rows,
    section,
    signature_lines,
    table,
    time_text,
)
from app.models import recipients
from app.models.errors import RuleError

NOT_AGREED = "Ej överenskommen ännu"
DRAFT_NOTICE = "UTKAST – planen är inte överenskommen med klienten ännu."

# The same plan, two voices: the client reads "du", the handler reads the formal terms.
FORMAL = {
    "main": "Huvudmål", "baseline": "Utgångsläge", "priorities": "Klientens egna prioriteringar",
    "goals": "Delmål, strategier och åtgärder", "actions": "Strategier och åtgärder",
    "no_goals": "Planen har inga delmål.", "agreement": "Överenskommelse och uppföljning",
}
PLAIN = {
    "main": "Ditt huvudmål", "baseline": "Så ser det ut i dag", "priorities": "Det här är viktigt för dig",
    "goals": "Dina delmål och hur vi når dem", "actions": "Så här gör vi",
    "no_goals": "Det finns inga delmål i planen än.", "agreement": "Överenskommelse och uppföljning",
}


def version_rows(version) -> list[tuple[str, str]]:
    return [
        ("Planversion", f"Version {version.version}"),
        ("Överenskommen med klienten", date_text(version.agreed_date) if version.is_agreed else NOT_AGREED),
        ("Deltagare", version.agreed_participants if version.is_agreed else "–"),
        ("Uppföljning av planen", date_text(version.follow_up_date)),
        ("Upprättad av", version.created_by or "–"),
        ("Senast ändrad", time_text(version.updated_at)),
    ]


def sub_goal(goal, words: dict, level: int = 2) -> list:
    dates = table(
        [["Ansvarig", "Start", "Måldatum", "Uppföljning"],
         [goal.responsible_label, date_text(goal.start_date), date_text(goal.target_date),
          date_text(goal.follow_up_date)]],
        [WIDTH - 3 * 30 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    return [*section(f"Delmål {goal.number}", level), para(goal.text),
            *labelled(words["actions"], goal.actions, empty="Inga angivna"), dates]


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


def write_plan_pdf(store, target: Path, *, case_id: int, audience: str, version_id: int | None = None) -> None:
    """``audience`` a recipient of plans: "klient" (the client's own copy, in plain words) or a third
    party (the formal terms, with their "Till: …" line)."""
    recipient = recipients.recipient(audience, recipients.Document.PLAN)
    case = store.cases.get(case_id)
    client = store.clients.get(case.client_id)
    version = _version(store, case_id, version_id)
    plain = recipient.plain_words
    info = doc_info(
        store, "Din utvecklingsplan" if plain else "Utvecklingsplan",
        subject=f"Utvecklingsplan version {version.version}, ärende {case.case_number}",
        recipient=recipient.document_line, about=about_line(client),
        draft=not version.is_agreed,
    )
    story = [notice(DRAFT_NOTICE)] if not version.is_agreed else []
    if plain:
        rows = person_rows(client) + [("Din arbetsterapeut", case.responsible_name or "–"), ("Enhet", info.unit)]
    else:
        rows = person_rows(client) + case_rows(case) + [("Enhet", info.unit)]
    story.append(facts(rows))
    if not plain and case.reason.strip():
        story += labelled("Anledning till remissen", case.reason)
    story += plan_body(version, plain)
    story += [*section(PLAIN["agreement"] if plain else FORMAL["agreement"]), facts(version_rows(version))]
    roles = ["Klient", "Arbetsterapeut"] + (["Arbetsledare"] if plain else [])
    story.append(signature_lines(roles))
    build(target, info, story)
