"""The report's change-over-time chart (app/exporters/pdf/trend_chart.py), read back from the PDF."""

from __future__ import annotations

from reportlab.graphics.shapes import PolyLine

from app.exporters.pdf import trend_chart, write_report_pdf
from app.models.trend import case_trends
from tests.builders import client_with_case
from tests.exporters.consumers import pdf_text

DAYS = ("2026-11-03", "2026-11-10", "2026-11-18")


def weis_three_times(store):
    """Three WEIS-S administrations whose domain means differ by domain and by time; a fourth struck."""
    case = client_with_case(store, first_name="Kalle", last_name="Kartläggare")
    made = []
    for k, day in enumerate((*DAYS, "2026-11-19")):
        a = store.assessments.start(case.id, "weis-s", assessment_date=day)
        for n, item in enumerate(a.definition.items):
            store.assessments.save_rating(a.id, "professional", item.id, 1 + (n + k) % 4)
        made.append(store.assessments.complete(a.id))
    store.assessments.strike(made[-1].id, "Fel klient")
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03", scopes=["plan", "bedomningsresultat"])
    return case


def mean_text(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def test_the_report_charts_each_domain_at_every_administration(store, tmp_path, read_pdf):
    case = weis_three_times(store)
    path = tmp_path / "rapport.pdf"
    write_report_pdf(store, path, case_id=case.id, audience="af")
    pdf = read_pdf(path)
    flat = pdf.flat
    assert "Förändring över tid" in flat and "WEIS-S: 3 bedömningar" in flat  # the struck fourth is not counted
    assert "Gynnsamt: ▲ uppåt" in flat and "Högre värde är gynnsamt (4 = stödjer i hög grad)." in flat
    [trend] = case_trends(store, case.id)
    change_page = next(p for p in pdf.pages if "WEIS-S: 3 bedömningar" in p)
    for day in DAYS:
        assert day in change_page
    assert "2026-11-19" not in flat
    # the chart's numbers: each domain's row holds its mean at every date, in date order (poppler's
    # layout keeps a table row on one line)
    lines = [" ".join(line.split()) for line in pdf_text(path).splitlines()]
    for line in trend.lines:
        means = " ".join(mean_text(v) for v in trend.values(line))
        assert f"{line.domain_label} {means}" in lines, (line.domain_label, means)


def test_the_chart_draws_a_line_per_domain_and_says_the_favourable_end(store):
    case = weis_three_times(store)
    [trend] = case_trends(store, case.id)
    drawing = trend_chart.chart(trend)
    polylines = [s for s in drawing.contents if isinstance(s, PolyLine)]
    assert len(polylines) == len(trend.definition.domains)
    assert all(len(p.points) == 2 * len(DAYS) for p in polylines)
    strokes = {(str(p.strokeColor), str(p.strokeDashArray)) for p in polylines}
    assert len(strokes) == len(polylines)  # colour is not the only difference: each dash differs too
    assert len({str(p.strokeDashArray) for p in polylines}) == len(polylines)
    texts = [s.text for s in drawing.contents if hasattr(s, "text")]
    assert "Gynnsamt: ▲ uppåt" in texts


def test_one_administration_per_instrument_draws_no_chart(store, tmp_path, read_pdf):
    case = client_with_case(store, first_name="Kalle", last_name="Kartläggare")
    a = store.assessments.start(case.id, "weis-s", assessment_date="2026-11-03")
    for item in a.definition.items:
        store.assessments.save_rating(a.id, "professional", item.id, 3)
    store.assessments.complete(a.id)
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03", scopes=["plan", "bedomningsresultat"])
    path = tmp_path / "rapport.pdf"
    write_report_pdf(store, path, case_id=case.id, audience="af")
    assert "Förändring över tid" not in read_pdf(path).flat


def test_a_two_part_instrument_has_a_panel_per_part_on_one_scale(store):
    case = client_with_case(store, first_name="Kalle", last_name="Kartläggare")
    for k, day in enumerate(DAYS[:2]):
        a = store.assessments.start(case.id, "doa", assessment_date=day)
        for part in a.definition.parts:
            for item in a.definition.items:
                store.assessments.save_rating(a.id, part.id, item.id, 2 + k if part.id == "client" else 3)
        store.assessments.complete(a.id)
    [trend] = case_trends(store, case.id)
    drawing = trend_chart.chart(trend)
    texts = [s.text for s in drawing.contents if hasattr(s, "text")]
    for part in trend.definition.parts:
        assert part.label.sv in texts
    assert texts.count("Gynnsamt: ▲ uppåt") == 2
    polylines = [s for s in drawing.contents if isinstance(s, PolyLine)]
    assert len(polylines) == 2 * len(trend.definition.domains)
    client_lines = {tuple(p.points) for p in polylines[:len(trend.definition.domains)]}
    professional_lines = {tuple(p.points) for p in polylines[len(trend.definition.domains):]}
    assert all(p[1] < p[3] for p in client_lines)  # the client's rose from 2 to 3: the line climbs
    assert all(p[1] == p[3] for p in professional_lines)
