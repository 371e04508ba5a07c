"""Bedömningsrapport / utlåtande om arbetsförmåga, written for its reader (a handler at Af or FK, the
employer, the client): the therapist's signed conclusion first (work ability and recommendations),
the change over time of each instrument (a chart of every administration's domain means, and the
first against the latest; app/exporters/pdf/trend_chart.py), the evaluation and
the outcome, what the investigation (Utreda) found, then every completed administration with its
profile, domain sums and means, the areas to act on and the interpretation.

Nothing in it is a note to the unit itself: empty fields are left out, drafts are not mentioned, and
an instrument definition not yet checked against its manual is said once, in a footnote. What goes
into a report for a third party is what the client's consent covers (app/models/recipients.py); the
report names the consent it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

from app.exporters.pdf import trend_chart
from app.exporters.pdf.base import (
    WIDTH,
    about_line_for,
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
    person_rows_for,
    section,
    signature_lines,
    table,
    time_text,
)
from app.exporters.pdf.charts import legend, profile
from app.exporters.pdf.work_match import work_match_section
from app.models import recipients
from app.models.errors import RuleError
from app.models.item_order import listing_key, numbered
from app.models.process import load_process
from app.models.recipients import Document, Scope
from app.models.trend import standing, trends
from app.models.vocab import CONSENT_SCOPES, StepKey

if TYPE_CHECKING:
    from app.models.conclusions import Conclusion
    from app.models.consents import Consent

NO_ASSESSMENTS = "Inga bedömningar registrerade."


def number(value: float | None) -> str:
    """Swedish decimal comma, two decimals; "–" when nothing was rated."""
    return "–" if value is None else f"{value:.2f}".replace(".", ",")


def rating_text(definition, rating) -> str:
    if rating.na:
        return definition.na.label.sv
    if rating.value is None:
        return "Ej bedömd"
    return definition.scale.step_text(rating.value)


# -- one administration ------------------------------------------------------------------------------

UNVERIFIED_MARK = "*"
UNVERIFIED_NOTE = ("* Instrumentets definition i ATAMA är ännu inte avstämd mot instrumentets manual; "
                   "summor och medelvärden är räknade enligt ATAMA:s definition.")


def assessment_title(a, footnoted: bool = False) -> str:
    """"WEIS-S 3.0, 2026-11-06", with the group it is compared within ("OVal-9 2, 2026-11-06:
    Städa köket"); ``footnoted``: an unverified definition marked for UNVERIFIED_NOTE."""
    mark = UNVERIFIED_MARK if footnoted and a.definition.needs_check else ""
    group = f": {a.group}" if a.group else ""
    return f"{a.definition.short_name} {a.definition.version}{mark}, {date_text(a.assessment_date)}{group}"


def assessment_facts(a, status: bool = True) -> list:
    """Instrument, kind, date, assessor; ``status`` (the journal copy) adds the record's state, a
    report for a reader the signature."""
    d = a.definition
    rows = [("Instrument", d.name.sv), ("Slag", d.kind_label), ("Datum", date_text(a.assessment_date))]
    if a.assessor:
        rows.append(("Bedömare", a.assessor))
    if status:
        rows.append(("Status", a.status_label + (f" {time_text(a.completed_at)}" if a.completed_at else "")))
        return [facts(rows)] + ([markup("Några påståenden lämnades medvetet utan bedömning.", "small")]
                                if a.confirmed_open_items else [])
    if a.signature.is_signed:
        rows.append(("Signerad", f"{time_text(a.signature.signed_at)} av {a.signature.signer_display}"))
    out = [facts(rows)]
    if a.confirmed_open_items:
        out.append(markup("Några påståenden lämnades medvetet utan bedömning.", "small"))
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


def result(a, score, goals_in_plan: bool = False) -> list:
    """Profile, domain sums and means, areas to act on, differences between parts, and the texts
    (``goals_in_plan``: the plan's priorities were taken from this administration's goals)."""
    d = a.definition
    several = len(d.parts) > 1
    first, *rest = profile(d, a)
    out = [*required_texts(a),  # OVal-9's activity: what the ratings are about, first as in the form
           KeepTogether([heading("Profil", 2), *legend(d), first]), *rest]  # the heading stays with the chart
    for part in score.parts:
        label = d.part(part.part).label.sv
        out += [*section(f"Summor och medelvärden – {label}" if several else "Summor och medelvärden", 2),
                *domain_table(d, part)]
        if not d.scoring.act_on_values:  # AWC: a work task's demands, not a problem list
            continue
        out += section(f"Områden att arbeta med – {label}" if several else "Områden att arbeta med", 2)
        rows = [[numbered(d, i), rating_text(d, a.rating(part.part, i))]
                for i in sorted(part.act_on, key=listing_key(d))]
        if rows:
            out.append(table([[d.item_noun[0], "Skattning"]] + rows, [WIDTH * 0.5, WIDTH * 0.5]))
        else:
            out.append(para("", empty=f"Inga {d.item_noun[1].lower()} skattades på den ogynnsamma sidan av skalan."))
    if several:
        out += section("Skillnader mellan delarna", 2)
        if score.differences:
            # Each row names its two parts (an instrument may have more than two).
            rows = [[numbered(d, x.item_id), f"{d.part(x.parts[0]).label.sv}: {x.values[0]}",
                     f"{d.part(x.parts[1]).label.sv}: {x.values[1]}", x.steps]
                    for x in sorted(score.differences, key=lambda x: listing_key(d)(x.item_id))]
            out.append(table([[d.item_noun[0], "Skattning", "Skattning", "Steg"]] + rows,
                             [WIDTH * 0.30, WIDTH * 0.30, WIDTH * 0.30, WIDTH * 0.10]))
        else:
            out.append(para("", empty=f"Inga påståenden skiljer {d.scoring.part_difference} steg eller mer."))
    out += text_fields(a, goals_in_plan)
    return out


def text_fields(a, goals_in_plan: bool = False) -> list:
    """The administration's texts (interpretation, goals …); an empty one is left out."""
    out = []
    for f in a.definition.text_fields:
        text = a.texts.get(f.id, "")
        if text.strip() and not f.required:  # a required one stands first (required_texts)
            out += labelled(f.label.sv, text)
            if f.id == "goals" and goals_in_plan:
                out.append(para(GOALS_IN_PLAN))
    return out


def required_texts(a) -> list:
    """The required texts (OVal-9: the activity rated), before the results they are about."""
    return [x for f in a.definition.required_fields if a.texts.get(f.id, "").strip()
            for x in labelled(f.label.sv, a.texts[f.id])]


GOALS_IN_PLAN = ("Målformuleringen är källan till klientens prioriteringar: målen är förda in i "
                 "utvecklingsplanen som klientens prioriterade mål.")


def _goals_carried(store, case_id: int):
    """Whether an administration's goals are the source the case's plan names (plans.goal_source)."""
    from app.models.plans import goal_source

    plan = store.plans.latest(case_id)
    priorities = plan.client_priorities if plan else ""
    return lambda a: goal_source(f"{a.definition.short_name} {a.definition.version}",
                                 a.assessment_date) in priorities


# -- what goes into the report ----------------------------------------------------------------------

@dataclass(frozen=True)
class ReportContents:
    """What a report for ``recipient`` holds, gathered once: the writer draws it, the export log
    records which records went out."""

    recipient: recipients.Recipient
    consent: Consent | None  # the consent the document rests on; None for the client's own copy
    assessments: list = field(default_factory=list)  # completed, not struck, not replaced by a correction
    conclusion: Conclusion | None = None  # the newest signed conclusion
    evaluation: bool = False  # the evaluation and the outcome are shared (the consent covers them)
    withheld: tuple[str, ...] = ()  # scopes the report leaves out because the consent does not cover them
    plan_version_id: int | None = None  # the plan version whose goals are evaluated, when shown
    closure_id: int | None = None  # the closure shown, when shown

    @property
    def log_items(self) -> str:
        """The export log's ``contents``: "assessment:3 assessment:5 conclusion:2 plan_version:7"."""
        items = [f"assessment:{a.id}" for a in self.assessments]
        if self.conclusion is not None:
            items.append(f"conclusion:{self.conclusion.id}")
        if self.plan_version_id is not None:
            items.append(f"plan_version:{self.plan_version_id}")
        if self.closure_id is not None:
            items.append(f"closure:{self.closure_id}")
        return " ".join(items)


def reported_assessments(store, case_id: int) -> list:
    """The administrations a report shows: completed and not struck; one corrected by a completed
    correction gives way to it (the reader sees the record as it stands)."""
    return standing(store.assessments.for_case(case_id))


def require_signed_conclusion(store, case_id: int) -> None:
    """A report states the therapist's conclusion only once it is signed: while the newest is a
    draft the report waits (stating an older one, or none, would mislead its reader)."""
    latest = store.conclusions.latest(case_id)
    if latest is not None and not latest.is_signed:
        raise RuleError("Den sammanfattande bedömningen är inte signerad. Signera den (fliken Utvärdera) "
                        "innan rapporten skapas: en rapport bygger på signerade uppgifter.")


def report_contents(store, case_id: int, audience: str) -> ReportContents:
    """What the report for ``audience`` holds; a refusal (RuleError) naming what is missing when the
    consent does not cover the results, or when the conclusion waits for its signature."""
    recipient = recipients.recipient(audience, Document.REPORT)
    consent = store.consents.for_document(case_id, audience, Document.REPORT)
    require_signed_conclusion(store, case_id)
    plan = store.plans.in_force(case_id)
    evaluated = plan is not None and any(g.is_evaluated for g in store.evaluation.goals(case_id))
    closure = store.closure.get(case_id)
    # the evaluation section, when there is one: shared if the consent covers it, else said to be left out
    optional = recipients.SECTIONS.get(Document.REPORT, ())
    evaluation = (evaluated or closure is not None) and (
        consent is None or Scope.EVALUATION not in optional or consent.covers_scope(Scope.EVALUATION))
    withheld = (Scope.EVALUATION,) if (evaluated or closure is not None) and not evaluation else ()
    return ReportContents(
        recipient=recipient, consent=consent, assessments=reported_assessments(store, case_id),
        conclusion=store.conclusions.latest_signed(case_id), evaluation=evaluation, withheld=withheld,
        plan_version_id=plan.id if evaluation and evaluated and plan else None,
        closure_id=closure.id if evaluation and closure else None,
    )


# -- the sections ------------------------------------------------------------------------------------

def consent_line(consent) -> list:
    """The consent the document rests on, as the reader may need to cite it."""
    if consent is None:
        return []
    return [markup(f"Lämnas ut med klientens samtycke, givet {esc(consent.form_label)} "
                   f"{esc(date_text(consent.given_date))}. Samtycket omfattar: "
                   f"{esc(consent.scopes_label.lower())}.", "small")]


def conclusion_section(conclusion) -> list:
    if conclusion is None:
        return []
    out = [*section("Sammanfattande bedömning"),
           *labelled("Bedömning av arbetsförmågan", conclusion.work_ability)]
    if conclusion.recommendations.strip():
        out += labelled("Rekommendationer", conclusion.recommendations)
    out.append(markup(f"Bedömd {esc(date_text(conclusion.concluded_date))}, "
                      f"{esc(conclusion.signature.record_text)}.", "small"))
    return out


def signed_number(value: float | None) -> str:
    """"+0,50", "−0,25", "±0,00"; "–" when nothing could be compared."""
    if value is None:
        return "–"
    if round(value, 2) == 0:
        return "±0,00"
    return ("+" if value > 0 else "−") + number(abs(value))


def change_section(store, assessments: list) -> list:
    """For each instrument (and OVal-9 activity, app/models/trend.py) given at least twice: a chart of
    each domain's mean at every administration, its numbers, and per domain the mean at the first
    and at the latest administration with the change between them."""
    blocks = []
    for trend in trends(assessments):
        if len(trend.points) < 2:
            continue
        first, latest = trend.points[0], trend.points[-1]
        d = trend.definition
        changes = store.assessments.compare(first.assessment_id, latest.assessment_id).changes
        several = len({c.part for c in changes.domains}) > 1
        rows = [["Område", f"Första {date_text(first.date)}", f"Senaste {date_text(latest.date)}", "Förändring"]]
        for c in changes.domains:
            label = next((x.label.sv for x in d.domains if x.id == c.domain), c.domain)
            if several:
                label = f"{label} ({d.part(c.part).label.sv.lower()})"
            rows.append([label, number(c.mean_before), number(c.mean_after), signed_number(c.change)])
        small = 28 * mm
        # the heading stays with its chart; with more than two administrations their means follow it
        blocks += [KeepTogether([*section(f"{trend.title}: {len(trend.points)} bedömningar", 2),
                                 *trend_chart.caption(trend), trend_chart.chart(trend),
                                 trend_chart.legend_drawing(trend)]),
                   *(trend_chart.means_tables(trend) if len(trend.points) > 2 else []),
                   table(rows, [WIDTH - 3 * small, small, small, small])]
        if changes.not_compared:  # two versions with different item lists
            blocks.append(markup("Jämförs inte (finns bara i den ena versionen): "
                                 f"{esc(', '.join(changes.not_compared))}.", "small"))
    if not blocks:
        return []
    return [*section("Förändring över tid"), *blocks,
            markup("Medelvärde per område. Förändringen är medelvärdet av skillnaden för de påståenden som "
                   "skattades båda gångerna; plus betyder en förändring mot skalans gynnsamma ände.", "small")]


def evaluation_section(store, case_id: int, contents: ReportContents) -> list:
    out: list = []
    if contents.withheld:
        names = " och ".join(CONSENT_SCOPES.label(s).lower() for s in contents.withheld)
        return [*section("Utvärdering och utfall"),
                markup(f"Ingår inte i den här rapporten: klientens samtycke omfattar inte {esc(names)}.", "small")]
    if not contents.evaluation:
        return []
    goals = [g for g in store.evaluation.goals(case_id) if g.is_evaluated] if contents.plan_version_id else []
    if goals:
        summary = store.evaluation.summary(case_id)
        out += [*section("Uppföljning av målen", 2),
                markup(f"Utvecklingsplan version {summary.version}: {esc(summary.text)}.")]
        rows = [["Mål", "Måluppfyllelse", "Nuläge"]]
        for g in goals:
            rows.append([cell(f"{g.label}: {g.goal}"), g.attainment_label, cell(g.now)])
        out.append(table(rows, [WIDTH * 0.45, WIDTH * 0.18, WIDTH * 0.37]))
        for g in goals:
            if g.reason.strip():
                out += labelled(f"{g.label} – varför målet inte nåddes helt", g.reason)
    closure = store.closure.get(case_id) if contents.closure_id else None
    if closure is not None:
        ended = [("Avslutat", date_text(closure.closed_date)), ("Utfall", closure.outcome_label),
                 ("Situation efter", closure.after.text)]
        if closure.continued_where.strip():
            ended.append(("Fortsatt arbetsterapi", closure.continued_where))
        out += [*section("Utfall", 2), facts(ended)]
        if closure.continued_purpose.strip():
            out += labelled("Syfte med fortsatt arbetsterapi", closure.continued_purpose)
    return [*section("Utvärdering och utfall"), *out] if out else []


def step_answers(step, answers: dict[str, str], level: int = 2) -> list:
    """A step's questions with their answers, part by part; unanswered questions and parts are left out."""
    out = []
    for part in step.parts:
        answered = [(q, answers[q.key]) for q in part.questions if answers.get(q.key, "").strip()]
        if not answered:
            continue
        out += section(part.title, level)
        for question, text in answered:
            out += labelled(question.text, text)
    return out


# -- the report --------------------------------------------------------------------------------------

def write_report_pdf(store, target: Path, *, case_id: int, audience: str,
                     contents: ReportContents | None = None) -> None:
    """``audience`` a recipient of reports: "klient" (the client's own copy) or a third party (an
    utlåtande for the handler, with their "Till: …" line). ``contents`` as the export service
    gathered and logged it (gathered here otherwise)."""
    contents = contents or report_contents(store, case_id, audience)
    recipient = contents.recipient
    case = store.cases.get(case_id)
    client = store.clients.get(case.client_id)
    info = doc_info(
        store, "Bedömningsrapport" if recipient.plain_words else "Utlåtande om arbetsförmåga", case=case,
        subject=f"Arbetsterapeutisk bedömning, ärende {case.case_number}",
        recipient=recipient.document_line,
        about=about_line_for(recipient, client),
    )
    responsible = store.users.get(case.responsible_user_id) if case.responsible_user_id else None
    # the responsible under their own title (a walk found a coordinator called "Arbetsterapeut")
    who = f"{responsible.name}, {responsible.title_label.lower()}" if responsible else "–"
    rows = person_rows_for(recipient, client) + (
        [("Ansvarig", who)] if recipient.plain_words else case_rows(case)
    ) + [("Enhet", info.unit)]
    story = [facts(rows), *consent_line(contents.consent), *conclusion_section(contents.conclusion),
             *change_section(store, contents.assessments), *work_match_section(contents.assessments),
             *evaluation_section(store, case_id, contents)]
    investigation = step_answers(load_process().step(StepKey.INVESTIGATE), store.process.answers(case_id))
    if investigation:  # the room for a part's heading and its first answer, so the heading never stands alone
        story += [CondPageBreak(55 * mm), *section("Utredning"), *investigation]
    story += [CondPageBreak(55 * mm), *section("Bedömningar med instrument")]
    if not contents.assessments:
        story.append(para("", empty=NO_ASSESSMENTS))
    carried = _goals_carried(store, case_id)
    for a in contents.assessments:
        story += [*section(assessment_title(a, footnoted=True), 2), *assessment_facts(a, status=False),
                  *result(a, store.assessments.score(a.id), carried(a))]
    signer = store.users.current()  # who makes the report signs it, under their own title
    end = [signature_lines([signer.title_label if signer else "Arbetsterapeut"])]
    if any(a.definition.needs_check for a in contents.assessments):
        end.insert(0, markup(esc(UNVERIFIED_NOTE), "small"))
    story.append(KeepTogether(end))
    build(target, info, story)
