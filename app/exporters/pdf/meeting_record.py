"""The client's record of a meeting, handed over when it ends (the Malmö project: "dokumentationen om
mötet skall lämnas i samband med att mötet avslutas", so the client can show it to their doctor):
short plain Swedish in "du": who was there with phone numbers, what was said, who does what next
and by when (the client's own first, then each organisation), and the next meeting. The easy-read
variant is app/exporters/pdf/meeting_record_easy.py."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

from app.exporters.pdf.base import (
    WIDTH,
    about_line,
    build,
    case_contact,
    cell,
    date_text,
    doc_info,
    esc,
    facts,
    heading,
    markup,
    notice,
    para,
    section,
    table,
)
from app.exporters.pdf.meeting_parts import (
    CLIENT,
    MeetingDocument,
    actions_by_who,
    load,
    next_meeting_words,
    participants_table,
    require_held,
    when_rows,
)
from app.exporters.pdf.plan import to_client

UNSIGNED = "Anteckningarna är inte signerade än. Din arbetsterapeut signerar dem i journalen."


def write_meeting_record_pdf(store, target: Path, *, meeting_id: int, easy_read: bool = False) -> None:
    doc = load(store, meeting_id)
    require_held(doc.meeting)
    if easy_read:
        from app.exporters.pdf.meeting_record_easy import write_easy_meeting_record

        write_easy_meeting_record(store, target, doc)
        return
    meeting, case = doc.meeting, doc.case
    info = doc_info(store, f"Från mötet: {meeting.kind_label.lower()}",
                    subject=f"Mötesanteckningar, {meeting.kind_label}, ärende {case.case_number}",
                    about=about_line(doc.client), case=case, draft=not meeting.signed)
    build(target, info, record_story(store, doc))


def record_story(store, doc: MeetingDocument) -> list:
    meeting = doc.meeting
    story: list = [] if meeting.signed else [notice(UNSIGNED)]
    where = meeting.place or (f"Videomöte: {meeting.video_link}" if meeting.video_link else "")
    story.append(facts([("Möte", meeting.kind_label), *when_rows(meeting), *([("Plats", where)] if where else [])],
                       label_width=30 * mm))
    if meeting.purpose.strip():
        story += [*section("Vad mötet handlade om"), para(meeting.purpose)]
    story += [*section("De som var med"), markup("Du och de här personerna:"),
              participants_table(doc, plain=True)]
    if meeting.participants_note.strip():  # a meeting the old log kept: who took part, as written then
        story.append(para(to_client(meeting.participants_note)))
    story += [*section("Det här pratade vi om"), para(meeting.said, empty="Inget skrivet.")]
    story += [*section("Det här gör vi nu"), *actions_section(meeting.actions)]
    following = next_meeting_words(meeting.next_meeting)
    contact = case_contact(store, doc.case)
    reach = " · ".join(part for part in (contact.phone, contact.email) if part)
    end = [*section("Nästa möte"),
           markup(f"Nästa möte är <b>{esc(following)}</b>." if following else
                  "Vi har inte bestämt när vi ses nästa gång. Vi hör av oss."),
           *section("Har du frågor?"),
           markup(f"Fråga {esc(contact.name)}" + (f": {esc(reach)}." if reach else "."))]
    if meeting.signature_text:
        end.append(para(meeting.signature_text, "small"))
    story.append(KeepTogether(end))  # whom to ask and the signature never stand alone on a last page
    return story


def actions_section(actions) -> list:
    """A table per who does it: the client's "Det här gör du", then each organisation's."""
    if not actions:
        return [para("", empty="Vi kom inte överens om något att göra till nästa gång.")]
    out: list = []
    widths = [WIDTH - 33 * mm - 55 * mm, 33 * mm, 55 * mm]
    for who, label, items in actions_by_who(actions):
        title = "Det här gör du" if who == CLIENT else f"Det här gör {label}"
        rows = [["Vad", "Klart senast", "Hör till ditt delmål"]]
        rows += [[cell(a.what), _due(a), cell(a.goal_text) if a.goal_text else "–"] for a in items]
        out += [CondPageBreak(20 * mm), KeepTogether([heading(title, 2), table(rows, widths)])]
    return out


def _due(action) -> str:
    if action.done_date:
        return f"Klart {date_text(action.done_date)}"
    return date_text(action.due_date) if action.due_date else "–"
