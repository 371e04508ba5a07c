"""Journalkopia: the whole case for the client's right of access (PDL 8 kap., GDPR art. 15).

First the facts that have no date (client, case, consents, process state, answers in the steps),
then everything dated in one journal in date order: the referral, consents given and withdrawn,
every answer in the steps (who saved it, when), step events, notes, assessments with their ratings,
plan versions and follow-ups, interventions, collaboration meetings (planned, held with what was said,
who took part and the actions agreed with their done dates, cancelled), evaluations, closures and every document
made from the case (the export log). Long texts are laid out as many small paragraphs (long_text.py): a
1 MB note prints in about a second instead of minutes.
Every signed kind of record says its status as the notes do: osignerad, or signerad when and by whom
(name and title), and a corrected assessment is marked RÄTTAD and points to its correction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from app.exporters.cancel import Progress
from app.exporters.pdf.base import (
    WIDTH,
    about_line,
    build,
    bullets,
    case_rows,
    date_text,
    doc_info,
    esc,
    facts,
    labelled,
    markup,
    para,
    person_rows,
    section,
    styles,
    table,
    time_text,
)
from app.exporters.pdf.long_text import labelled_text, plain_paragraph, text_flowables
from app.exporters.pdf.plan import plan_body, version_rows
from app.exporters.pdf.report import (
    assessment_facts,
    assessment_title,
    domain_table,
    rating_text,
)
from app.models import recipients
from app.models.item_order import listed_items, numbered
from app.models.meetings import HELD
from app.models.process import load_process
from app.models.sequences import NOT_STARTED as SEQUENCE_NOT_STARTED
from app.models.vocab import CONSENT_FORMS, EDUCATION, GENDERS, StepKey, StepState

STEP_ACTIONS = {"started": "påbörjades", "completed": "markerades som klart", "reopened": "öppnades igen"}


def _entry(title: str, meta: str = "") -> list:
    """The heading of one dated journal entry and a muted line with who and when: plain paragraphs,
    never parsed as markup (15 000 notes: parsing their headings was a third of the gathering)."""
    out = [CondPageBreak(20 * mm), plain_paragraph(title, styles()["h3"])]
    return out + ([plain_paragraph(meta, styles()["small"])] if meta else [])


# -- the undated facts -------------------------------------------------------------------------------

def client_facts(client) -> list:
    rows = person_rows(client) + [("Kön", GENDERS.label(client.gender)),
                                  ("Utbildningsnivå", EDUCATION.label(client.education))]
    if not client.protected_identity:  # contact details would reveal where a protected person lives
        rows += [("Telefon", client.phone), ("E-post", client.email), ("Adress", client.address)]
    return [*section("Klient"), facts(rows)]


def case_facts(store, case) -> list:
    before = store.closure.before(case.id)
    rows = case_rows(case) + [
        ("Status", "Avslutat" if case.is_closed else "Aktivt"),
        ("Startdatum på AMA", date_text(case.ama_start_date)),
        ("Avslutsdatum", date_text(case.closed_date)),
        ("Situation vid start", f"{before.text} ({date_text(before.recorded_date)})" if before else "–"),
        ("Registrerat", time_text(case.created_at)),
    ]
    return [*section("Ärende"), facts(rows), *labelled_text("Anledning till remissen", case.reason)]


def consents(store, case_id: int) -> list:
    out = section("Samtycken")
    found = store.consents.for_case(case_id)
    if not found:
        return out + [para("", empty="Inga samtycken registrerade.")]
    rows = [["Mottagare", "Hur", "Givet", "Återkallat", "Får lämnas ut"]]
    rows += [[c.recipient_label, CONSENT_FORMS.label(c.form), date_text(c.given_date), date_text(c.withdrawn_date),
              c.scopes_label] for c in found]
    out.append(table(rows, [WIDTH - 3 * 24 * mm - 50 * mm, 24 * mm, 24 * mm, 24 * mm, 50 * mm]))
    for c in found:
        if c.scope.strip():
            out += labelled_text(f"Omfattning – {c.recipient_label}, givet {date_text(c.given_date)}", c.scope)
    return out


def process_state(store, case_id: int) -> list:
    titles = {s.key: s.title for s in load_process().steps}
    rows = [["Steg", "Status", "Påbörjat", "Klart"]]
    statuses = store.process.statuses(case_id)
    for key, st in statuses.items():
        rows.append([titles[key], st.state_label, date_text(st.started_on), date_text(st.completed_on)])
    answers = store.process.answers(case_id)
    out = [*section("Processens steg"), table(rows, [WIDTH - 3 * 36 * mm, 36 * mm, 36 * mm, 36 * mm]),
           *section("Svar i processtegen")]
    for step in load_process().steps:
        if any(answers.get(k, "").strip() for k in step.question_keys()):
            out += section(step.title, 2)
            out.append(markup(esc(_answers_status(statuses[step.key])), "small"))
            out += _step_answers(step, answers)
        else:
            out.append(markup(f"<b>{esc(step.title)}</b>: inga svar registrerade.", "body"))
    return out


def _step_answers(step, answers: dict[str, str]) -> list:
    """As the report's step_answers (part by part, unanswered questions left out), with long
    answers laid out as long_text does."""
    out = []
    for part in step.parts:
        out += section(part.title, 3)
        answered = [(q, answers[q.key]) for q in part.questions if answers.get(q.key, "").strip()]
        if not answered:
            out.append(para("", empty="Inga uppgifter registrerade."))
        for question, text in answered:
            out += labelled_text(question.text, text)
    return out


def _answers_status(st) -> str:
    """Whether the step's answers are signed (a finished step's are; Avsluta's with the closure)."""
    if st.step == StepKey.CLOSE:
        return "Svaren signeras med avslutet (se Avslut av ärendet)."
    if st.state != StepState.DONE:
        where = "steget pågår" if st.state == StepState.IN_PROGRESS else "steget är inte påbörjat"
        return f"Svaren: osignerade ({where})."
    by = (f", klart {date_text(st.completed_on or st.completed_at)} (registrerat {time_text(st.completed_at)} av "
          f"{st.completed_by or 'okänd'})")
    return f"Svaren: {st.signature.record_text}{by}."


# -- the dated journal -------------------------------------------------------------------------------

def ratings_table(a) -> list:
    """Every item with its rating in each part, then the comments."""
    d = a.definition
    domains = {x.id: x.label.sv for x in d.domains}
    part_w = (WIDTH * 0.58) / len(d.parts)
    rows = [[d.item_noun[0], *(p.label.sv for p in d.parts)]]
    rows += [[f"{numbered(d, item.id)} ({domains[item.domain]})",
              *(rating_text(d, a.rating(p.id, item.id)) for p in d.parts)] for item in listed_items(d)]
    out = [table(rows, [WIDTH - part_w * len(d.parts)] + [part_w] * len(d.parts))]
    for p in d.parts:
        for item in listed_items(d):
            comment = a.rating(p.id, item.id).comment
            if comment.strip():
                where = f" ({p.label.sv})" if len(d.parts) > 1 else ""
                out += labelled_text(f"{d.item_comment.sv} – {numbered(d, item.id)}{where}", comment)
    return out


def assessment_entry(store, a) -> list:
    """One administration, its status and what it points to; a struck one stays readable, marked so."""
    mark = " – MAKULERAD" if a.is_struck else " – RÄTTAD" if a.is_corrected else ""
    out = _entry(f"{date_text(a.assessment_date)} · Bedömning – {assessment_title(a)}{mark}",
                 f"Nr {a.id} · {a.assessor or 'Okänd'} · påbörjad {time_text(a.created_at)} · {a.status_label} · "
                 f"{a.signature.record_text}")
    if a.is_struck:
        out.append(markup(f"<b>{esc(a.strike.record_text)}</b>", "small"))
    if a.is_corrected:
        out.append(markup(f"<b>Rättad: se rättelsen, bedömning nr {a.corrected_by_id}.</b>", "small"))
    if a.is_correction:
        out.append(markup(f"<b>Rättelse av bedömning nr {a.corrects_id}. Skäl: {esc(a.correction_reason)}</b>",
                          "small"))
    out += [*assessment_facts(a), *ratings_table(a)]
    score = store.assessments.score(a.id)
    for part in score.parts:
        if len(score.parts) > 1:
            out.append(markup(f"<b>Summor och medelvärden – {esc(a.definition.part(part.part).label.sv)}</b>"))
        out += domain_table(a.definition, part)
    for f in a.definition.text_fields:
        out += labelled_text(f.label.sv, a.texts.get(f.id, ""))
    return out


NOTE_MARKS = {"makulerad": " – MAKULERAD", "rattad": " – RÄTTAD"}


def objections_by_note(notes) -> dict[int, list[int]]:
    """The ids of the client's standing objections (avvikande mening) to each note, in one pass:
    looking them up per note was quadratic (15 000 notes: 17 s before anything was laid out)."""
    out: dict[int, list[int]] = {}
    for o in notes:
        if o.objection_to_id is not None and not o.is_struck:
            out.setdefault(o.objection_to_id, []).append(o.id)
    return out


def note_entry(n, by_id: dict, objections: dict[int, list[int]] | None = None) -> list:
    """One note: its kind, the day it happened, who wrote it (name and title) and when, its status
    (osignerad, signerad by whom and when, makulerad with the reason, rättad) and what it points to
    (the correction, the corrected note, the note objected to). A struck note's text stays readable."""
    def ref(note_id: int | None) -> str:
        other = by_id.get(note_id)
        return f"nr {note_id} ({date_text(other.note_date)})" if other else f"nr {note_id}"

    title = f"{date_text(n.note_date)} · {n.record_kind_label} – {n.kind_label}{NOTE_MARKS.get(n.status, '')}"
    status = (f"signerad {time_text(n.signed_at)} av {n.signer_display}" if n.is_signed else "osignerad")
    meta = f"Nr {n.id} · {n.author_display} · skriven {time_text(n.created_at)} · {status}"
    lines = []
    if n.is_struck:
        lines.append(f"Makulerad {time_text(n.struck_at)} av {n.striker or 'okänd'}. Skäl: {n.strike_reason}")
    if n.is_corrected:
        lines.append(f"Rättad: se rättelsen {ref(n.corrected_by_id)}.")
    if n.is_correction:
        lines.append(f"Rättelse av anteckning {ref(n.corrects_id)}. Skäl: {n.correction_reason}")
    if n.is_objection:
        lines.append(f"Klientens avvikande mening om anteckning {ref(n.objection_to_id)}.")
    against = (objections if objections is not None else objections_by_note(by_id.values())).get(n.id, [])
    if against:
        lines.append("Klienten har en avvikande mening: se " + ", ".join(ref(i) for i in against) + ".")
    return (_entry(title, meta) + [markup(f"<b>{esc(line)}</b>", "small") for line in lines]
            + text_flowables(n.text))


def _user_names(store) -> dict[int, str]:
    return dict(store.query_tuples("SELECT id, name FROM users"))


def case_entries(store, case_id: int) -> list[tuple[str | None, str | None, list]]:
    """(day, moment, flowables) of what the header blocks show without the day it happened: the
    referral, each consent given and withdrawn and each answer in the steps, with who saved it and
    when (right of access: the whole journal by date)."""
    names = _user_names(store)

    def who(user_id: int | None) -> str:
        return names.get(user_id, "okänd användare") if user_id is not None else "okänd användare"

    case = store.cases.get(case_id)
    created_by = store.query_value("SELECT created_by FROM cases WHERE id = ?", (case_id,))
    out: list[tuple[str | None, str | None, list]] = [(case.referral_date, None, _entry(
        f"{date_text(case.referral_date)} · Remiss – {case.referred_by_label}",
        f"Ärende {case.case_number} · registrerat {time_text(case.created_at)} av {who(created_by)}")
        + labelled_text("Anledning till remissen", case.reason, empty="Ingen anledning angiven"))]

    registered = {row[0]: (row[1], row[2]) for row in store.query_tuples(
        "SELECT id, created_at, created_by FROM consents WHERE case_id = ?", (case_id,))}
    for c in store.consents.for_case(case_id):
        at, by = registered.get(c.id, (None, None))
        body = labelled_text("Omfattning", c.scope) if c.scope.strip() else []
        out.append((c.given_date, None, _entry(
            f"{date_text(c.given_date)} · Samtycke – {c.recipient_label} ({CONSENT_FORMS.label(c.form).lower()})",
            f"Registrerat {time_text(at)} av {who(by)}") + body))
        if c.withdrawn_date:
            out.append((c.withdrawn_date, None, _entry(
                f"{date_text(c.withdrawn_date)} · Samtycket återkallat – {c.recipient_label}",
                f"Samtycket gavs {date_text(c.given_date)}")))

    statuses = store.process.statuses(case_id)
    saved = {q: (text, at, by) for q, text, at, by in store.query_tuples(
        "SELECT question, text, updated_at, updated_by FROM step_answers WHERE case_id = ?", (case_id,))}
    for step in load_process().steps:
        status = _answers_status(statuses[step.key])
        for part in step.parts:
            for q in part.questions:
                text, at, by = saved.get(q.key, ("", None, None))
                if not text.strip():
                    continue
                out.append((at, at, _entry(f"{date_text(at)} · Svar i steget {step.title} – {part.title}",
                                           f"{who(by)} · sparat {time_text(at)} · {status}")
                            + labelled_text(q.text, text)))

    return out


def documents_made(store, case_id: int) -> list[tuple[str | None, str | None, list]]:
    """Each document made from the case (the export log), on the day it was made, by whom, for whom.
    The log knows that a file was made, not that it was handed to anyone: the entry says so."""
    out: list[tuple[str | None, str | None, list]] = []
    for e in reversed(store.export_log.entries(case_id, limit=100_000)):  # oldest first on its day
        what = e.document_label[:1].lower() + e.document_label[1:]  # mid-sentence: "journalkopia"
        to = f" {recipients.for_whom(e.recipient)}" if e.recipient else ""
        details = f" · {e.details}" if e.details else ""
        out.append((e.exported_at, e.exported_at, _entry(
            f"{date_text(e.exported_at)} · Dokument skapat: {what}{to}",
            f"{e.user or 'okänd användare'} · skapat {time_text(e.exported_at)}{details} · fil {e.file_name or '–'}")))
    return out


GATHERING = "Samlar journalen"  # the phases a journal copy reports (progress's ``what``)
WRITING = "Skriver sidorna"


def journal(store, case_id: int, progress: Progress | None = None) -> list:
    """(date, time, flowables) for everything dated, sorted; entries with only a date come first
    on their day. ``progress(done, total, GATHERING)`` after each entry (it may raise Cancelled):
    a case with 15 000 notes takes a while before its first page is laid out."""
    titles = {s.key: s.title for s in load_process().steps}
    notes = sorted(store.notes.for_case(case_id), key=lambda n: n.id)  # written first, first on its day
    by_id = {n.id: n for n in notes}
    objections = objections_by_note(notes)
    sequence = store.sequences.for_case(case_id)

    def event(e) -> tuple:
        action = STEP_ACTIONS.get(e.action, e.action)
        day = e.event_date or e.at[:10]
        line = f"<b>{esc(date_text(day))}</b> · Steget {esc(titles.get(e.step, e.step))} {esc(action)}"
        line += (f" – {esc(e.note)}" if e.note.strip() else "")
        line += f" (registrerat {esc(time_text(e.at))} av {esc(e.user or 'okänd användare')})"
        return day, e.at, [markup(line)]

    # Each source: its records and how one becomes (day, moment, flowables), or None to leave it out.
    sources: list[tuple[list, Callable[[Any], tuple | None]]] = [
        (case_entries(store, case_id), lambda entry: entry),
        (store.process.events(case_id), event),
        (notes, lambda n: (n.note_date, n.created_at, note_entry(n, by_id, objections))),
        (store.assessments.for_case(case_id), lambda a: (a.assessment_date, a.created_at, assessment_entry(store, a))),
        (store.plans.versions(case_id), _plan_version_entry),
        (store.plans.follow_ups(case_id), _follow_up_entry),
        (store.interventions.for_case(case_id), _intervention_entry),
        (sorted(store.meetings.for_case(case_id), key=lambda m: m.id), _meeting_entry),  # written first, first
        (store.evaluation.goals(case_id), _evaluation_entry),
        ([step for step in sequence.steps if step.state != SEQUENCE_NOT_STARTED] if sequence else [],
         lambda step: _sequence_entry(sequence, step)),
        (store.groups.for_client(store.cases.get(case_id).client_id), _group_entry),
        (store.closure.history(case_id), _closure_entry),
        (store.conclusions.for_case(case_id), _conclusion_entry),
        (documents_made(store, case_id), lambda entry: entry),  # after what it was made of
    ]
    total, done = sum(len(records) for records, _ in sources), 0
    entries: list[tuple[str, str, list]] = []
    for records, make in sources:
        for record in records:
            made = make(record)
            if made is not None:
                when, at, flowables = made
                entries.append((date_text(when), time_text(at)[11:] if at else "", flowables))
            done += 1
            if progress is not None:
                progress(done, total, GATHERING)
    entries.sort(key=lambda e: (e[0], e[1]))  # stable: same moment keeps the order above
    out = section("Journal i datumordning")
    for _, _, flowables in entries:
        out += flowables
    return out if entries else out + [para("", empty="Inget dokumenterat i ärendet.")]


def _plan_version_entry(v) -> tuple:
    """On the day it was agreed; a draft on the day it was begun."""
    agreed = f" (registrerat {time_text(v.agreed_at)})" if v.agreed_at else ""
    return (v.agreed_date or v.created_at, v.agreed_at or v.created_at,
            _entry(f"{date_text(v.agreed_date or v.created_at)} · Utvecklingsplan, version {v.version}"
                   + (" – MAKULERAD" if v.is_struck else ""),
                   f"{v.created_by or 'Okänd'} · skriven {time_text(v.created_at)} · {v.status_label}{agreed} · "
                   f"{v.signature.record_text}")
            + ([markup(f"<b>{esc(v.strike.record_text)}</b>", "small")] if v.is_struck else [])
            + [facts(version_rows(v)), *plan_body(v, level=4)])


def _follow_up_entry(f) -> tuple:
    return (f.follow_up_date, f.created_at,
            _entry(f"{date_text(f.follow_up_date)} · Uppföljning av utvecklingsplanen (version {f.version})",
                   f"{f.created_by or 'Okänd'} · registrerad {time_text(f.created_at)} · "
                   f"nästa uppföljning {date_text(f.next_follow_up)}")
            + text_flowables(f.note, empty="Ingen anteckning"))


def _intervention_entry(i) -> tuple:
    meta = (f"{i.author or 'Okänd'} · registrerad {time_text(i.created_at)} · {i.minutes} min"
            + (f" · {i.goal_label}" if i.goal_id else ""))
    return (i.intervention_date, i.created_at,
            _entry(f"{date_text(i.intervention_date)} · Insats – {i.model_label}, {i.kind_label}", meta)
            + text_flowables(i.text, empty="Ingen beskrivning"))


MEETING_MARKS = {"makulerad": " – MAKULERAT", "rattad": " – RÄTTAT", "installt": " – INSTÄLLT",
                 "planerat": " – PLANERAT"}


def _meeting_mark(m) -> str:
    if m.is_struck:
        return MEETING_MARKS["makulerad"]
    if m.is_corrected:
        return MEETING_MARKS["rattad"]
    return MEETING_MARKS.get(m.status, "")


def _done_text(a) -> str:
    """"2026-12-01 (i tid)", "2026-12-03 (sent)", "2026-12-03", or "–" while open."""
    if not a.done_date:
        return "–"
    on_time = a.done_on_time()
    return a.done_date + ("" if on_time is None else " (i tid)" if on_time else " (sent)")


def _meeting_entry(m) -> tuple:
    """A collaboration meeting as the journal keeps it (app/models/meetings.py): planned with its time,
    place, purpose and questions; cancelled with the reason; held with what was said, who was there,
    the actions agreed (who, what, by when, for which sub-goal, done when) and the next meeting, and
    its signature or "osignerad". A struck or corrected record stays readable, marked so; a correction
    says what it corrects and why."""
    status = m.status_label + (f" · {m.signature.record_text}" if m.status == HELD else "")
    meta = f"Nr {m.id} · {m.author_display or 'Okänd'} · registrerat {time_text(m.created_at)} · {status}"
    lines = []
    if m.is_struck:
        lines.append(m.strike.record_text)
    if m.is_corrected:
        lines.append(f"Rättat: se rättelsen, möte nr {m.corrected_by_id}.")
    if m.is_correction:
        lines.append(f"Rättelse av möte nr {m.corrects_id}. Skäl: {m.correction_reason}")
    if m.cancel_reason.strip():
        lines.append(f"Mötet ställdes in. Skäl: {m.cancel_reason}")
    out = (_entry(f"{date_text(m.date)} · Samverkansmöte – {m.kind_label}{_meeting_mark(m)}", meta)
           + [markup(f"<b>{esc(line)}</b>", "small") for line in lines])
    rows = [("Tid", m.when_label)]
    if m.place.strip():
        rows.append(("Plats", m.place))
    if m.video_link.strip():
        rows.append(("Videolänk", m.video_link))
    if m.next_meeting:
        rows.append(("Nästa möte", m.next_meeting.replace("T", " kl. ")))
    out.append(facts(rows))
    out += labelled_text("Syfte", m.purpose)
    if m.questions:
        out += labelled("Frågor att fundera på inför mötet", "", empty="–")[:2] + [bullets(list(m.questions))]
    if m.participants:
        people = [["Organisation", "Roll", "Namn", "Telefon"]]
        people += [[p.organisation_label, p.role or "–", p.name or "–", p.phone or "–"] for p in m.participants]
        out += labelled("Deltagare", "", empty="–")[:2]
        out.append(table(people, [WIDTH * 0.3, WIDTH * 0.22, WIDTH * 0.28, WIDTH * 0.2]))
    out += labelled_text("Deltagare (som de antecknades)", m.participants_note)
    if m.status == HELD:
        out += labelled_text("Vad som sades", m.said, empty="Inget antecknat")
    if m.actions:
        actions = [["Vem", "Vad", "Klart senast", "Delmål", "Klart"]]
        actions += [[a.who_label, a.what, date_text(a.due_date), a.goal_text or "–", _done_text(a)]
                    for a in m.actions]
        out += labelled("Åtgärder", "", empty="–")[:2]
        out.append(table(actions, [WIDTH * 0.2, WIDTH * 0.31, WIDTH * 0.13, WIDTH * 0.16, WIDTH * 0.2]))
    return m.date, m.created_at, out


def _evaluation_entry(g) -> tuple | None:
    if not g.is_evaluated:
        return None
    return (g.evaluated_date, g.recorded_at,
            _entry(f"{date_text(g.evaluated_date)} · Utvärdering – {g.label} (planversion {g.version})",
                   f"Måluppfyllelse: {g.attainment_label} · {g.author or 'Okänd'} · "
                   f"registrerad {time_text(g.recorded_at)} · {g.signature.record_text}")
            + labelled_text("Mål", g.goal) + labelled_text("Utgångsläge", g.baseline)
            + labelled_text("Nuläge", g.now)
            + (labelled_text("Varför målet inte nåddes helt", g.reason) if g.reason.strip() else []))


def _sequence_entry(sequence, step) -> tuple:
    meta = f"{sequence.definition.title} · {step.state_label}"
    if step.done_at:
        meta += f" {time_text(step.done_at)} av {step.done_by or 'okänd'}"
    return (step.step_date, step.done_at,
            _entry(f"{date_text(step.step_date)} · {step.definition.title}", meta)
            + text_flowables(step.note, empty="Ingen anteckning"))


def _group_entry(g) -> tuple:
    period = date_text(g.first_date) + (f" – {date_text(g.last_date)}" if g.last_date != g.first_date else "")
    return (g.first_date, None,
            _entry(f"{period} · Gruppaktivitet – {g.kind_label}: {g.title}",
                   f"Närvarande vid {g.sessions_attended} av {g.sessions} tillfällen"))


def _closure_entry(c) -> tuple:
    superseded = f" (ersatt {time_text(c.superseded_at)})" if c.is_superseded else ""
    body = [facts([("Utfall", c.outcome_label), ("Situation efter", c.after.text)])]
    body += labelled_text("Fortsatt arbetsterapi – var", c.continued_where)
    body += labelled_text("Syfte", c.continued_purpose) + labelled_text("Samverkan", c.collaboration)
    if c.reason.strip():
        body += labelled_text("Varför ärendet avslutades utan utvärdering", c.reason)
    if c.is_superseded and c.superseded_note.strip():
        body += labelled_text("Varför avslutet öppnades igen", c.superseded_note)
    return (c.closed_date, c.created_at,
            _entry(f"{date_text(c.closed_date)} · Avslut av ärendet{superseded}",
                   f"{c.created_by or 'Okänd'} · registrerat {time_text(c.created_at)} · "
                   f"{c.signature.record_text}") + body)


def _conclusion_entry(k) -> tuple:
    return (k.concluded_date, k.recorded_at,
            _entry(f"{date_text(k.concluded_date)} · Sammanfattande bedömning",
                   f"{k.author or 'Okänd'} · registrerad {time_text(k.recorded_at)} · {k.signature.record_text}")
            + labelled_text("Bedömning av arbetsförmågan", k.work_ability)
            + labelled_text("Rekommendationer", k.recommendations))


def write_record_pdf(store, target: Path, *, case_id: int, progress: Progress | None = None) -> None:
    """``progress(done, total, what)`` while the case is gathered (GATHERING) and as the pages are
    laid out (WRITING); it may raise Cancelled to stop, in either."""
    if progress is not None:
        progress(0, 0, GATHERING)  # says what it is doing before the first query
    case = store.cases.get(case_id)
    client = store.clients.get(case.client_id)
    info = doc_info(store, "Journalkopia", case=case, subject=f"Journalkopia, ärende {case.case_number}",
                    about=about_line(client))
    intro = markup(
        f"Kopia av allt som är dokumenterat i ärende {esc(case.case_number)} till och med "
        f"{esc(info.created[:10])}, för klientens rätt att ta del av sin journal.", "body")
    story = [intro, *client_facts(client), *case_facts(store, case), *consents(store, case_id),
             *process_state(store, case_id), *journal(store, case_id, progress)]
    if progress is None:
        build(target, info, story)
        return
    progress(0, 0, WRITING)
    build(target, info, story, lambda done, total: progress(done, total, WRITING))
