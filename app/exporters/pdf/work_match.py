"""The assessment report's "Arbetsförmåga mot arbetets krav (AWP/AWC)": for each work task whose
demands were assessed (AWC), the person's latest performance (AWP) set against them item by item,
the gaps said in words (the row is also shaded and bold), and the count per domain.

Only the administrations the report already holds are used, so the section follows the consent
like the rest of the report's results (app/exporters/pdf/report.py ``report_contents``)."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from app.exporters.pdf.base import WARN_SHADE, WIDTH, cell, date_text, esc, markup, section, table, tstyle
from app.models import work_match

TITLE = "Arbetsförmåga mot arbetets krav (AWP/AWC)"
NOTE = ("Glapp: arbetsuppgiften kräver mer av färdigheten än personens utförande visade. Kravet räknas i "
        "skalsteg från minsta kravet och utförandet från det svagaste steget; glappet är hur många steg "
        "kravet ligger över utförandet.")


def _item_table(found: work_match.WorkMatch):
    d_name = found.demands.definition.short_name
    p_name = found.performance.definition.short_name
    noun = found.performance.definition.item_noun[0]
    rows: list[list] = [[noun, f"Krav ({d_name})", f"Utförande ({p_name})", work_match.GAP_HEADING]]
    for i in found.items:
        values = [f"{i.number}. {i.label}", i.demand_text, i.performance_text, i.verdict]
        # a gap's row is bold and shaded as well as saying so: never colour alone
        rows.append([cell(v, "cell_bold") for v in values] if i.has_gap else values)
    t = table(rows, [WIDTH * 0.30, WIDTH * 0.24, WIDTH * 0.27, WIDTH * 0.19])
    gap_rows = [n for n, i in enumerate(found.items, 1) if i.has_gap]
    if gap_rows:
        t.setStyle(tstyle([("BACKGROUND", (0, r), (-1, r), WARN_SHADE) for r in gap_rows]))
    return t


def _one(found: work_match.WorkMatch, above: list) -> list:
    """One work task; ``above`` (the section's title, for the first) stays on its page with the table."""
    p, d = found.performance, found.demands
    heading = f"Arbetsuppgift: {found.work_task}" if found.work_task else "Arbetsuppgift (inte angiven)"
    out: list = [KeepTogether([*above, *section(heading, 2), markup(
        f"{esc(p.definition.short_name)} {esc(p.definition.version)} den {esc(date_text(p.assessment_date))} "
        f"mot {esc(d.definition.short_name)} {esc(d.definition.version)} den {esc(date_text(d.assessment_date))}.",
        "small"), _item_table(found)])]
    per_domain = "; ".join(f"{esc(x.label)}: {x.gaps} av {x.items}" for x in found.domains)
    gaps = found.gaps
    one, many = found.performance.definition.item_noun  # AWP: "Färdighet"
    summary = (f"Glapp i {len(gaps)} av {len(found.items)} {many.lower()}: "
               + ", ".join(f"{i.number}. {esc(i.label)}" for i in gaps) + "." if gaps
               else f"Ingen {one.lower()} har ett krav över utförandet.")
    out += [markup(summary), markup(f"{many} med glapp per område – {per_domain}.", "small")]
    not_compared = [i for i in found.items if not i.compared]
    if not_compared:
        out.append(markup("Inte jämförda (saknar skattning): "
                          + ", ".join(f"{i.number}. {esc(i.label)}" for i in not_compared) + ".", "small"))
    if found.result.demand_only:
        out.append(markup(f"Bara i {esc(d.definition.short_name)}, inte jämförda: "
                          + ", ".join(esc(x) for x in found.result.demand_only) + ".", "small"))
    return out


def work_match_section(assessments: list) -> list:
    """The section, or nothing when the report holds no AWC with an AWP to set it against."""
    pairs = work_match.latest_pairs(work_match.candidates_in(assessments))
    if not pairs:
        return []
    out: list = []
    for n, (performance, demands) in enumerate(pairs):
        out += _one(work_match.match_of(performance, demands), [] if n else section(TITLE))
    out.append(markup(esc(NOTE), "small"))
    return out

