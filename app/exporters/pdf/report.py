"""Bedömningsrapport / utlåtande om arbetsförmåga: what the investigation (Utreda) found, then every
completed instrument administration with its profile, domain sums and means, the areas to act on and
the therapist's interpretation. Drafts are named but not reported."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from app.exporters.pdf.base import (
    WIDTH,
    about_line,
    build,
    case_rows,
    cell,
    date_text,
    doc_info,
    esc,
    facts,
    heading,
    labelled,
    markup,
    para,
    person_rows,
    section,
    signature_lines,
    table,
    time_text,
)
from app.exporters.pdf.charts import legend, profile
from app.models import recipients
from app.models.process import load_process
from app.models.vocab import StepKey

NO_ASSESSMENTS = "Inga bedömningar registrerade."


def number(value: float | None) -> str:
    """Swedish decimal comma, two decimals; "–" when nothing was rated."""
    return "–" if value is None else f"{value:.2f}".replace(".", ",")


def rating_text(definition, rating) -> str:
    if rating.na:
        return definition.na.label.sv
    if rating.value is None:
        return "Ej bedömd"
    return f"{rating.value} – {definition.scale.label(rating.value).sv}"


# -- one administration ------------------------------------------------------------------------------

def assessment_title(a) -> str:
    return f"{a.definition.short_name} {a.definition.version}, {date_text(a.assessment_date)}"


def assessment_facts(a) -> list:
    d = a.definition
    status = a.status_label + (f" {time_text(a.completed_at)}" if a.completed_at else "")
    out = [facts([("Instrument", d.name.sv), ("Slag", d.kind_label), ("Datum", date_text(a.assessment_date)),
                  ("Bedömare", a.assessor or "–"), ("Status", status)])]
    if a.confirmed_open_items:
        out.append(markup("Några påståenden lämnades medvetet utan bedömning.", "small"))
    if d.needs_check:
        out.append(markup(f"Kontrollera mot manualen: {esc(', '.join(d.unverified()))}.", "small"))
    return out


def domain_table(definition, part) -> list:
    """Per domain: items, rated, N/A (when the instrument allows it), sum and mean."""
    na = definition.na.allowed
    rows = [["Område", "Antal", "Bedömda", *(["E/T"] if na else []), "Summa", "Medel"]]
    lines = [(next(d.label.sv for d in definition.domains if d.id == ds.domain), ds.items, ds.rated, ds.na,
              ds.sum, ds.mean) for ds in part.domains]
    if definition.scoring.total:
        lines.append((cell("Totalt", "cell_bold"), len(definition.items), part.rated, part.na, part.total_sum,
                      part.total_mean))
    for label, items, rated, na_count, total, mean in lines:
        rows.append([label, items, rated, *([na_count] if na else []), total if rated else "–", number(mean)])
    small = 20 * mm
    numbers = len(rows[0]) - 1
    out = [table(rows, [WIDTH - numbers * small] + [small] * numbers)]
    if na:
        out.append(markup(f"E/T = {esc(definition.na.label.sv)}; räknas inte in i summa och medelvärde.", "small"))
    return out


def result(a, score) -> list:
    """Profile, domain sums and means, areas to act on, differences between parts, and the texts."""
    d = a.definition
    several = len(d.parts) > 1
    first, *rest = profile(d, a)
    out = [KeepTogether([heading("Profil", 2), *legend(d), first]), *rest]  # the heading stays with the chart
    for part in score.parts:
        label = d.part(part.part).label.sv
        out += [*section(f"Summor och medelvärden – {label}" if several else "Summor och medelvärden", 2),
                *domain_table(d, part)]
        out += section(f"Områden att arbeta med – {label}" if several else "Områden att arbeta med", 2)
        rows = [[d.item(i).label.sv, rating_text(d, a.rating(part.part, i))] for i in part.act_on]
        if rows:
            out.append(table([["Påstående", "Skattning"]] + rows, [WIDTH * 0.5, WIDTH * 0.5]))
        else:
            out.append(para("", empty="Inga påståenden skattades på den ogynnsamma sidan av skalan."))
    if several:
        out += section("Skillnader mellan delarna", 2)
        if score.differences:
            # Each row names its two parts (an instrument may have more than two).
            rows = [[d.item(x.item_id).label.sv, f"{d.part(x.parts[0]).label.sv}: {x.values[0]}",
                     f"{d.part(x.parts[1]).label.sv}: {x.values[1]}", x.steps] for x in score.differences]
            out.append(table([["Påstående", "Skattning", "Skattning", "Steg"]] + rows,
                             [WIDTH * 0.30, WIDTH * 0.30, WIDTH * 0.30, WIDTH * 0.10]))
        else:
            out.append(para("", empty=f"Inga påståenden skiljer {d.scoring.part_difference} steg eller mer."))
    out += text_fields(a)
    return out


def text_fields(a) -> list:
    out = []
    for f in a.definition.text_fields:
        out += labelled(f.label.sv, a.texts.get(f.id, ""))
    return out


# -- the report --------------------------------------------------------------------------------------

def step_answers(step, answers: dict[str, str], level: int = 2) -> list:
    """A step's questions with their answers, part by part (unanswered questions left out)."""
    out = []
    for part in step.parts:
        out += section(part.title, level)
        answered = [(q, answers[q.key]) for q in part.questions if answers.get(q.key, "").strip()]
        if not answered:
            out.append(para("", empty="Inga uppgifter registrerade."))
        for question, text in answered:
            out += labelled(question.text, text)
    return out


def write_report_pdf(store, target: Path, *, case_id: int, audience: str) -> None:
    """``audience`` a recipient of reports: "klient" (the client's own copy) or a third party (an
    utlåtande for the handler, with their "Till: …" line)."""
    recipient = recipients.recipient(audience, recipients.Document.REPORT)
    case = store.cases.get(case_id)
    client = store.clients.get(case.client_id)
    info = doc_info(
        store, "Bedömningsrapport" if recipient.plain_words else "Utlåtande om arbetsförmåga",
        subject=f"Arbetsterapeutisk bedömning, ärende {case.case_number}",
        recipient=recipient.document_line, about=about_line(client),
    )
    rows = person_rows(client) + ([("Arbetsterapeut", case.responsible_name or "–")] if recipient.plain_words
                                  else case_rows(case)) + [("Enhet", info.unit)]
    utreda = load_process().step(StepKey.INVESTIGATE)
    story = [facts(rows), *section("Utredning"), *step_answers(utreda, store.process.answers(case_id))]
    story += section("Bedömningar med instrument")
    assessments = store.assessments.for_case(case_id)
    done = [a for a in assessments if not a.is_draft and not a.is_struck]
    if not done:
        story.append(para("", empty=NO_ASSESSMENTS))
    for a in done:
        story += [*section(assessment_title(a), 2), *assessment_facts(a), *result(a, store.assessments.score(a.id))]
    drafts = [a for a in assessments if a.is_draft and not a.is_struck]
    if drafts:
        names = ", ".join(assessment_title(a) for a in drafts)
        story.append(markup(f"Ej klara bedömningar (utkast) redovisas inte här: {esc(names)}.", "small"))
    story.append(signature_lines(["Arbetsterapeut"]))
    build(target, info, story)
