"""The client's plan in easy Swedish (lättläst): short sentences, one sub-goal a page, type of 14
points and more, plenty of white space, dates in words. The same frame as every document (the
unit's identity, the page numbers); the same plan as :mod:`app.exporters.pdf.plan`, said simply."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.exporters.pdf.base import (
    ACCENT,
    BOLD,
    FONT,
    INK,
    MUTED,
    WIDTH,
    about_line,
    build,
    case_contact,
    doc_info,
    esc,
    notice,
    register_fonts,
)
from app.exporters.pdf.plan import held_follow_ups, names_supervisor, next_follow_up

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")
BODY_SIZE = 14  # points: the smallest type in the document's own text


def day_words(value: str | None) -> str:
    """"18 december 2026" from an ISO date."""
    if not value:
        return ""
    day = dt.date.fromisoformat(str(value)[:10])
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@functools.cache
def easy_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("easy_body", fontName=FONT, fontSize=BODY_SIZE, leading=22, textColor=INK, spaceAfter=9)
    return {
        "body": body,
        "big": ParagraphStyle("easy_big", body, fontName=BOLD, fontSize=17, leading=25, spaceAfter=12),
        "h1": ParagraphStyle("easy_h1", body, fontName=BOLD, fontSize=22, leading=28, textColor=ACCENT,
                             spaceBefore=6, spaceAfter=12),
        "h2": ParagraphStyle("easy_h2", body, fontName=BOLD, fontSize=17, leading=23, textColor=ACCENT,
                             spaceBefore=16, spaceAfter=6),
        "quiet": ParagraphStyle("easy_quiet", body, textColor=MUTED),
    }


def p(text: str, style: str = "body") -> Paragraph:
    """Our own sentence; user text in it is esc()-ed by the caller."""
    return Paragraph(text, easy_styles()[style])


def user_text(text: str | None, style: str = "body", empty: str = "Inget skrivet än.") -> Paragraph:
    return p(esc(text) if text and text.strip() else empty, style if text and text.strip() else "quiet")


def _signatures(labels: list[str]) -> list:
    """A line to sign on for each signer, with the label under it, in the document's large type."""
    rows: list[list[str]] = []
    heights: list[float | None] = []
    for label in labels:
        rows += [[""], [label]]
        heights += [16 * mm, None]
    commands = [("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE, 20), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    commands += [("LINEBELOW", (0, row), (0, row), 0.8, INK) for row in range(0, len(rows), 2)]
    signed = Table(rows, colWidths=[WIDTH * 0.7], rowHeights=heights, hAlign="LEFT")
    signed.setStyle(TableStyle(commands))
    return [p("Skriv under", "h2"), p("Skriv under när du tycker att planen stämmer."), signed]


def goal_talk_day(goal, following: str | None, today: str) -> str | None:
    """When we talk about how the goal goes: its own follow-up date while that is still to come (on or
    after the plan's next follow-up), else the plan's next follow-up: a date a follow-up held has
    settled is past, and the client is not told to wait for it (see app.models.plans.next_follow_up).
    ``following`` is None when the next follow-up is overdue: no past day is named, the section on
    following up says a time will be set."""
    if goal.follow_up_date and goal.follow_up_date >= today and (following is None or goal.follow_up_date >= following):
        return goal.follow_up_date
    return following


def _goal_page(goal, total: int, following: str | None, today: str) -> list:
    who = goal.responsible_text(client="Du", last=" och ")
    out = [p(f"Delmål {goal.number} av {total}", "h1"), user_text(goal.text, "big"),
           p("Så gör vi", "h2"), user_text(goal.actions), Spacer(1, 6 * mm),
           p(f"<b>Vem gör det?</b> {esc(who)}.")]
    for label, value in (("Vi börjar", goal.start_date), ("Klart senast", goal.target_date),
                         ("Vi pratar om hur det går", goal_talk_day(goal, following, today))):
        if value:
            out.append(p(f"<b>{label}:</b> {day_words(value)}."))
    return out


HELD_SHOWN = 3  # the latest follow-ups with a note that the easy-read plan tells about


def _times(n: int) -> str:
    return "en gång" if n == 1 else f"{n} gånger"


def held_section(held) -> list:
    """The follow-ups held, said briefly: how many and the latest, then what happened at the latest
    few that have a note (a date alone tells the client nothing)."""
    if not held:
        return []
    out = [p("Det här har vi redan gjort", "h2"),
           p(f"Vi har följt upp planen {_times(len(held))}. Senast var den {day_words(held[-1].follow_up_date)}.")]
    told = [done for done in held if done.note.strip()]
    for done in told[-HELD_SHOWN:]:
        out.append(p(f"<b>{day_words(done.follow_up_date)}:</b> {esc(done.note.strip())}"))
    if len(told) > HELD_SHOWN:
        out.append(p("Allt vi har skrivit står i din utvecklingsplan.", "quiet"))
    return out


def write_easy_plan(store, target: Path, *, case, client, version) -> None:
    info = doc_info(store, "Din plan – lättläst",
                    subject=f"Utvecklingsplan version {version.version}, ärende {case.case_number}, lättläst",
                    about=about_line(client), case=case, draft=not version.is_agreed)
    therapist = case.responsible_name
    story: list = []
    if not version.is_agreed:
        story.append(notice("Det här är ett utkast. Vi har inte kommit överens om planen än."))
    story += [p("Det här är din plan", "h2"),  # under the title block's "Din plan – lättläst"
              p("Planen visar vad du vill göra."), p("Den visar också hur vi ska göra det.")]
    if therapist:
        story.append(p(f"Du har gjort planen tillsammans med {esc(therapist)}."))
    story += [p("Ditt mål", "h2"), user_text(version.main_goal, "big")]
    if version.baseline.strip():
        story += [p("Så är det nu", "h2"), user_text(version.baseline)]
    if version.client_priorities.strip():
        story += [p("Det här är viktigt för dig", "h2"), user_text(version.client_priorities)]
    goals = version.sub_goals
    if goals:
        story.append(p(f"Du har {len(goals)} delmål. " + ("Det står på nästa sida." if len(goals) == 1
                                                          else "Varje delmål står på en egen sida.")))
    today = store.today().isoformat()
    following = next_follow_up(store, version)
    overdue = following is not None and following < today  # the client is not told to wait for a past day
    upcoming = None if overdue else following
    for goal in goals:
        story += [PageBreak(), *_goal_page(goal, len(goals), upcoming, today)]

    follow_up = [p("Så följer vi upp din plan", "h1"),
                 p("Det är dags att prata om hur det går med planen. Din arbetsterapeut bestämmer en tid med dig."
                   if overdue else f"Nästa gång vi pratar om planen: <b>{day_words(following)}</b>." if following
                   else "Vi har inte bestämt när vi ska prata om planen nästa gång."),
                 *held_section(held_follow_ups(store, version))]
    labels = ["Din underskrift", "Arbetsterapeut"] + (["Arbetsledare"] if names_supervisor(version) else [])
    # The last page is one block, and the questions and the signatures a block within it: when the
    # page cannot hold it all, the signatures still go with the last text, never alone.
    story += [PageBreak(), KeepTogether([*follow_up, KeepTogether([*_contact(store, case), *_signatures(labels)])])]
    build(target, info, story)


def _contact(store, case) -> list:
    """Who to ask: the therapist's phone and e-mail, else the unit's."""
    return contact_lines(case_contact(store, case))


def contact_lines(contact) -> list:
    """"Har du frågor? Fråga …, Ring …, Mejla …" in the easy-read type."""
    out = [p("Har du frågor?", "h2"), p(f"Fråga {esc(contact.name)}.")]
    if contact.phone:
        out.append(p(f"<b>Ring:</b> {esc(contact.phone)}"))
    if contact.email:
        out.append(p(f"<b>Mejla:</b> {esc(contact.email)}"))
    return out
