"""Kallelse: the invitation to a collaboration meeting (kontaktmöte, gemensam kartläggning …), for the
client in "du" or, under the client's consent, for a participant organisation in the formal terms.

What the Malmö project's clients valued is all here: what the meeting is about, when and where, who
comes with their phone numbers, and good questions to think about before; and whom to call."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app.exporters.pdf.base import (
    about_line,
    about_line_for,
    build,
    bullets,
    case_contact,
    doc_info,
    esc,
    facts,
    markup,
    para,
    section,
)
from app.exporters.pdf.meeting_parts import (
    MeetingDocument,
    load,
    participants_table,
    require_not_cancelled,
    when_rows,
)
from app.models import recipients
from app.models.errors import RuleError

INVITATION = recipients.MeetingDocument.INVITATION


def invitation_recipient(meeting, audience: str) -> recipients.Recipient:
    """The recipient ``audience`` names; a participant organisation's copy only for one that takes
    part (its consent is checked by the export service, as for every document)."""
    recipient = recipients.recipient(audience, INVITATION)
    if not recipient.plain_words and audience not in {p.organisation for p in meeting.participants}:
        raise RuleError(f"{recipient.label} är inte kallad till mötet. Lägg till en deltagare därifrån, "
                        "eller skriv ut kallelsen för klienten.")
    return recipient


def write_invitation_pdf(store, target: Path, *, meeting_id: int, audience: str = "klient") -> None:
    doc = load(store, meeting_id)
    require_not_cancelled(doc.meeting)
    recipient = invitation_recipient(doc.meeting, audience)
    plain = recipient.plain_words
    meeting, case, client = doc.meeting, doc.case, doc.client
    info = doc_info(store, f"Kallelse till {meeting.kind_label.lower()}",
                    subject=f"Kallelse, {meeting.kind_label}, ärende {case.case_number}",
                    recipient=recipient.document_line,
                    about=about_line(client) if plain else about_line_for(recipient, client), case=case)
    build(target, info, invitation_story(store, doc, plain))


def invitation_story(store, doc: MeetingDocument, plain: bool) -> list:
    meeting, client = doc.meeting, doc.client
    story: list = []
    if plain:
        story.append(markup(f"Hej {esc(client.first_name)}! Du är välkommen till ett möte. "
                            "Här står vad mötet handlar om, när och var det är och vilka som kommer."))
    else:
        story.append(markup(f"Välkommen till ett möte om {esc(client.full_name)}. Klienten har fått en egen kallelse."))
    where = when_rows(meeting)
    if meeting.place:
        where.append(("Plats", meeting.place))
    if meeting.video_link:
        where.append(("Videolänk" if meeting.place else "Plats", meeting.video_link if meeting.place
                      else f"Videomöte: {meeting.video_link}"))
    story += [*section("När och var"), facts(where, label_width=30 * mm)]
    story += [*section("Vad mötet handlar om"), para(meeting.purpose)]
    story += [*section("Med på mötet" if not plain else "De som kommer"),
              markup("Du och de här personerna:" if plain else "Klienten och de här personerna:"),
              participants_table(doc, plain=plain)]
    questions = [q for q in meeting.questions if q.strip()]
    if questions:
        story += [*section("Frågor att tänka på före mötet" if plain else "Frågor klienten har fått inför mötet")]
        if plain:
            story.append(markup("Du behöver inte skriva något. Tänk gärna på frågorna, så pratar vi om dem på mötet."))
        story.append(bullets(questions))
    story += [*section("Om du inte kan komma" if plain else "Kontakt"), *_contact(store, doc.case, plain)]
    return story


def _contact(store, case, plain: bool) -> list:
    contact = case_contact(store, case)
    reach = " eller ".join(part for part in (f"ring {esc(contact.phone)}" if contact.phone else "",
                                              f"mejla {esc(contact.email)}" if contact.email else "") if part)
    if plain:
        text = (f"Hör av dig till {esc(contact.name)} om du inte kan komma eller har frågor"
                + (f": {reach}." if reach else "."))
    else:
        text = f"Kallelsen skickas av {esc(contact.name)}" + (f", {reach}." if reach else ".")
    return [markup(text)]
