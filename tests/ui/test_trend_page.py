"""Förändring över tid through the real window: from the case's assessments to the chart and its table."""

from __future__ import annotations

import os

from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtCore import Qt

from app.ui.trend_page import TrendPage
from tests.ui.helpers import main_window, short_absence_case

DAYS = ("2026-01-10", "2026-03-05", "2026-06-12")


def weis(store, case_id, day, shift):
    a = store.assessments.start(case_id, "weis-s", assessment_date=day)
    for n, item in enumerate(a.definition.items):
        store.assessments.save_rating(a.id, "professional", item.id, 1 + (n + shift) % 4)
    return store.assessments.complete(a.id)


def mean_text(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def test_three_weis_administrations_open_as_a_chart_and_a_table(qtbot, store, tmp_path):
    case = short_absence_case(store)
    for shift, day in enumerate(DAYS):
        weis(store, case.id, day, shift)
    struck = weis(store, case.id, "2026-07-01", 3)
    store.assessments.strike(struck.id, "Fel klient")

    window = main_window(qtbot, store)
    window.resize(1366, 768)
    page = window.open_case(case.id)
    panel = page.assessments
    page.show_side(panel)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # its mnemonic (an animateClick)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), TrendPage))
    trend = window.tabs.currentWidget()
    assert window.tabs.tabText(window.tabs.currentIndex()).startswith("Förändring över tid")

    [view] = trend.charts
    chart = view.chart()
    lines = [s for s in chart.series() if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries)]
    markers = [s for s in chart.series() if isinstance(s, QScatterSeries)]
    domains = store.assessments.get(struck.id).definition.domains
    assert len(markers) == len(domains) and len(lines) == len(domains)
    assert all(s.count() == 3 for s in lines)  # the struck fourth is not drawn
    assert len({s.pen().style() for s in lines}) == len(lines)  # dashes too, not colour alone
    assert chart.axes(Qt.Orientation.Vertical)[0].titleText() == "Medel · ▲ gynnsamt"

    [table] = trend.tables
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Område", *DAYS]
    expected = {}
    for day in DAYS:
        a = next(x for x in store.assessments.for_case(case.id) if x.assessment_date == day)
        for ds in store.assessments.score(a.id).parts[0].domains:
            expected.setdefault(ds.domain, []).append(mean_text(ds.mean))
    shown = {model.record(r).domain: [model.index(r, c).data() for c in range(1, 4)] for r in range(model.rowCount())}
    assert shown == expected
    assert len({tuple(v) for v in shown.values()}) > 1  # the domains differ: a mix-up would show
    samples = [model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) for r in range(model.rowCount())]
    assert all(not s.isNull() for s in samples)  # the legend: each row shows its line's dash and marker
    assert len({s.toImage().bits().tobytes() for s in samples}) == len(samples)

    # it fits its pane at 1366×768: no sideways scrolling
    qtbot.waitUntil(lambda: view.width() > 0)
    qtbot.wait(50)  # the page takes the viewport's width once the vertical scroll bar has shown
    assert trend.widget().minimumSizeHint().width() <= trend.viewport().width()
    assert trend.widget().width() <= trend.viewport().width()
    assert not trend.horizontalScrollBar().isVisible()
    shots = os.environ.get("ATAMA_SHOTS", str(tmp_path))
    window.grab().save(os.path.join(shots, "trend_1366.png"))


def test_a_new_administration_redraws_the_open_view(qtbot, store):
    case = short_absence_case(store)
    weis(store, case.id, DAYS[0], 0)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.assessments.trend_button.click()
    trend = window.tabs.currentWidget()
    assert trend.charts == [] and trend.tables == []  # one administration is no change yet
    from app.ui.changes import Change, announce

    weis(store, case.id, DAYS[1], 1)
    announce(store, Change.case(case.id, case.client_id), source=None)
    assert len(trend.charts) == 1 and trend.tables[0].model().columnCount() == 3


def test_many_administrations_label_every_few_dates_and_always_the_latest(store):
    from app.models.trend import Trend, TrendPoint
    from app.ui.trend_page import MAX_DATE_LABELS, date_labels

    days = [f"2026-{m:02d}-{d:02d}" for m in range(1, 11) for d in (3, 17)]  # 20 administrations
    trend = Trend("weis-s", "WEIS-S", store.assessments.registry.get("weis-s"), None, (),
                  tuple(TrendPoint(n, day, "3.0", {}) for n, day in enumerate(days)))
    labels = date_labels(trend)
    shown = [label for label in labels if label.strip()]
    assert len(labels) == len(set(labels)) == 20
    assert 2 <= len(shown) <= MAX_DATE_LABELS and shown[0] == days[0] and shown[-1] == days[-1]
    assert date_labels(Trend("weis-s", "WEIS-S", trend.definition, None, (), trend.points[:3])) == days[:3]
