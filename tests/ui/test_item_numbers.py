"""One item numbering everywhere it is listed (issue 14): the form, the results and their
comparison, and the report PDF carry "3. Koordination" for the same item, in the same order; and the
WEIS-S results fit their pane at 1366×768 (issue 15's walk found the page wider than its pane)."""

from __future__ import annotations

import os

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QTableView

from app.exporters.pdf import write_report_pdf
from app.ui.assessment_form import AssessmentForm
from app.ui.assessment_results import AssessmentResults
from tests.exporters.pdf_support import pdf_read
from tests.ui.helpers import main_window, short_absence_case


def weis(store, case_id, day, shift):
    a = store.assessments.start(case_id, "weis-s", assessment_date=day)
    for n, item in enumerate(a.definition.items):
        store.assessments.save_rating(a.id, "professional", item.id, 1 + (n + shift) % 4)
    return store.assessments.complete(a.id)


def test_the_form_the_comparison_and_the_pdf_number_each_item_alike(qtbot, store, tmp_path):
    case = short_absence_case(store)
    weis(store, case.id, "2026-01-10", 0)
    latest = weis(store, case.id, "2026-03-10", 1)
    d = latest.definition
    expected = {item.id: f"{n}. {item.label.sv}" for n, item in enumerate(d.items, start=1)}
    in_form_order = [expected[i.id] for dom in d.domains for i in d.items_in(dom.id)]

    window = main_window(qtbot, store)
    window.resize(1366, 768)
    window.open_case(case.id)
    form = window.open_assessment(latest.id)
    assert isinstance(form, AssessmentForm)
    shown = [label.text() for box in form.widget().findChildren(QGroupBox)
             for label in box.findChildren(QLabel) if label.text() in expected.values()]
    assert shown == in_form_order

    results = window.open_results(latest.id)
    assert isinstance(results, AssessmentResults)
    [profile, comparison] = [v.chart() for v in results.findChildren(QChartView)]
    for chart in (profile, comparison):
        axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
        assert list(reversed(axis.categories())) == in_form_order  # drawn bottom up
    items_table = next(t for t in results.findChildren(QTableView) if t.accessibleName() == "Förändring per påstående")
    model = items_table.model()
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Påstående")
    assert [model.index(r, column).data() for r in range(model.rowCount())] == in_form_order

    store.consents.add(case.id, "af", "skriftligt", "2026-01-05", scopes=["plan", "bedomningsresultat"])
    path = tmp_path / "rapport.pdf"
    write_report_pdf(store, path, case_id=case.id, audience="af")
    flat = pdf_read(path).flat
    latest_part = flat[flat.index("WEIS-S 3.0*, 2026-03-10"):]  # the latest administration's profile
    places = [latest_part.find(text) for text in in_form_order]
    assert -1 not in places, [t for t, p in zip(in_form_order, places, strict=True) if p == -1]
    assert places == sorted(places)  # the same order as in the form


def test_the_weis_results_fit_their_pane_at_1366_by_768(qtbot, store, tmp_path):
    case = short_absence_case(store)
    weis(store, case.id, "2026-01-10", 0)
    latest = weis(store, case.id, "2026-03-10", 1)  # many items to act on: a long line that must wrap
    window = main_window(qtbot, store)
    window.resize(1366, 768)
    window.open_case(case.id)
    results = window.open_results(latest.id)
    qtbot.wait(50)
    assert results.widget().minimumSizeHint().width() <= results.viewport().width()
    assert not results.horizontalScrollBar().isVisible()
    window.grab().save(os.path.join(os.environ.get("ATAMA_SHOTS", str(tmp_path)), "results_1366.png"))
