"""The client's record of a meeting in easy Swedish (lättläst): short sentences, 14-point type and more,
dates in words, one thing a line. The same meeting as :mod:`app.exporters.pdf.meeting_record`, said
simply, in the type and styles of the easy-read plan (:mod:`app.exporters.pdf.plan_easy`)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from app.exporters.pdf.base import about_line, build, case_contact, doc_info, esc, notice
from app.exporters.pdf.meeting_parts import (
    CLIENT,
    MeetingDocument,
    actions_by_who,
    clock,
    ends,
    next_meeting_words,
    starts,
    weekday_date,
)
from app.exporters.pdf.plan import to_client
from app.exporters.pdf.plan_easy import contact_lines, day_words, p, user_text


def write_easy_meeting_record(store, target, doc: MeetingDocument) -> None:
    meeting = doc.meeting
    info = doc_info(store, "Från mötet – lättläst",
                    subject=f"Mötesanteckningar, {meeting.kind_label}, ärende {doc.case.case_number}, lättläst",
                    about=about_line(doc.client), case=doc.case, draft=not meeting.signed)
    story: list = [] if meeting.signed else [notice("Det här är inte klart än. Din arbetsterapeut ska skriva under.")]
    story += [p("Vi hade ett möte", "h2"),
              p(f"Mötet var {weekday_date(meeting.starts_at)}.")]
    if meeting.time:
        story.append(p(f"Det började klockan {clock(starts(meeting))} och slutade klockan {clock(ends(meeting))}."))
    if meeting.place.strip():
        story.append(p(f"Vi var här: {esc(meeting.place)}."))
    elif meeting.video_link.strip():
        story.append(p("Vi hade mötet på video."))
    if meeting.purpose.strip():
        story += [p("Vi pratade om det här:"), user_text(meeting.purpose, "big")]
    story += [p("De som var med", "h2"), p("Du var med. De här var också med:")]
    for person in meeting.participants:
        works = ", ".join(x for x in (person.role, person.organisation_label) if x)
        lines = ([f"<b>{esc(person.name)}</b>"] if person.name.strip() else []) + [esc(works)]
        if person.phone:
            lines.append(f"Telefon: {esc(person.phone)}")
        story.append(p("<br/>".join(lines)))
    if meeting.participants_note.strip():  # a meeting the old log kept: who took part, as written then
        story.append(user_text(to_client(meeting.participants_note)))
    story += [p("Det här sa vi", "h2"), user_text(meeting.said, empty="Inget skrivet.")]
    story += _actions(meeting.actions)
    following = next_meeting_words(meeting.next_meeting)
    story += [p("Nästa möte", "h2"),
              p(f"Vi ses igen {following}." if following else "Vi har inte bestämt när vi ses igen. Vi hör av oss.")]
    story.append(KeepTogether(contact_lines(case_contact(store, doc.case))))
    build(target, info, story)


def _actions(actions) -> list:
    if not actions:
        return [p("Det här ska vi göra", "h2"), p("Vi bestämde inget att göra till nästa gång.")]
    out: list = []
    for who, label, items in actions_by_who(actions):
        title = p("Det här ska du göra" if who == CLIENT else f"Det här ska {esc(label)} göra", "h2")
        for number, action in enumerate(items):
            block = [title] if number == 0 else []  # a heading never alone at the foot of a page
            block.append(user_text(action.what, "big"))
            if action.done_date:
                block.append(p(f"Det blev klart {day_words(action.done_date)}."))
            elif action.due_date:
                block.append(p(f"Det ska vara klart senast {day_words(action.due_date)}."))
            if action.goal_text:
                block.append(p(f"Det hjälper dig med ditt delmål: {esc(action.goal_text)}", "quiet"))
            out.append(KeepTogether([*block, Spacer(1, 3 * mm)]))
    return out
