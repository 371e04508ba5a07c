"""Loggutdrag (R6; PDL 8:5, HSLF-FS 2016:40 4:10): for one client, every access to their record that
the access log holds: when, who (name and unit) and what was done, oldest first. The client's own
document, so it carries the confidentiality mark like the other case documents and needs no consent."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app.exporters.pdf.base import (
    WIDTH,
    about_line,
    build,
    doc_info,
    facts,
    para,
    person_rows,
    section,
    table,
    time_text,
)

TITLE = "Loggutdrag"
INTRO = ("Utdraget visar varje gång någon har öppnat, läst, skrivit i, signerat, skrivit ut eller lämnat ut "
         "uppgifter ur din journal och dina ärenden hos oss: när det skedde, vem som gjorde det och vid vilken "
         "enhet. Åtkomstloggen sparas i minst fem år.")
HEADER = ["Tid", "Vem och enhet", "Händelse", "Ärende", "Vad"]
_FIXED = [32 * mm, 48 * mm, 30 * mm, 21 * mm]  # a time, "Arbetsmarknadsavdelningen" and a case number on one line
WIDTHS = [*_FIXED, WIDTH - sum(_FIXED)]


def write_log_extract_pdf(store, target: Path, *, client_id: int) -> None:
    client = store.clients.get(client_id)
    entries = store.access_log.for_client(client_id)
    info = doc_info(store, TITLE, subject=f"{TITLE} för {client.full_name}", about=about_line(client))
    period = f"{time_text(entries[0].at)} – {time_text(entries[-1].at)}" if entries else "–"
    story = [*section("Klient"), facts(person_rows(client)), para(INTRO),
             *section("Åtkomster"), facts([("Antal", str(len(entries))), ("Första och senaste", period)])]
    if entries:
        rows = [HEADER] + [[time_text(e.at), f"{e.user_name or 'Okänd användare'}\n{e.unit}", e.action_label,
                            e.case_number or "–", e.what or "–"] for e in entries]
        story.append(table(rows, WIDTHS))
    else:
        story.append(para("", empty="Loggen har inga åtkomster till din journal."))
    build(target, info, story)
