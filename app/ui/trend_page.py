"""Förändring över tid: for every instrument given at least twice in the case (OVal-9: per activity),
each domain's mean at every administration, first to latest (app/models/trend.py), drawn with
QtCharts, and the same numbers in a table under the chart (colour is never the only signal: each
line also has its own dash and marker). Which end of the scale is favourable is said on the axis."""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.models.store import Store
from app.models.trend import Trend, case_trends
from app.ui import style
from app.ui.assessment_results import _fitted, fmt_number
from app.ui.case_tab import CaseTab
from app.ui.changes import Change, changes_of
from app.ui.charts import ThemedChartView
from app.ui.record_model import RecordTableModel
from app.ui.tables import read_only_table

# the report's (app/exporters/pdf/trend_chart.py): Okabe–Ito colours (style.py), a dash and a marker each
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
          Qt.PenStyle.DashDotDotLine)
MARKERS = (QScatterSeries.MarkerShape.MarkerShapeCircle, QScatterSeries.MarkerShape.MarkerShapeRectangle,
           QScatterSeries.MarkerShape.MarkerShapeTriangle, QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle,
           QScatterSeries.MarkerShape.MarkerShapeStar, QScatterSeries.MarkerShape.MarkerShapePentagon)


MAX_DATE_LABELS = 8  # more would overlap in a half-width chart; the table has every date


def date_labels(trend: Trend) -> list[str]:
    """The x axis' labels: every k-th date (always the latest) when there are many; each unique, as
    a category axis needs (a blank one, or two administrations on one day, get trailing spaces)."""
    n = len(trend.points)
    every = math.ceil(n / MAX_DATE_LABELS)
    labels: list[str] = []
    for i, point in enumerate(trend.points):
        shown = i == n - 1 or (i % every == 0 and n - 1 - i >= every)
        label = point.date if shown else " "
        while label in labels:
            label += " "
        labels.append(label)
    return labels


translate = QCoreApplication.translate  # pyside6-lupdate finds translate("Context", "…") calls


def trend_chart(trend: Trend, part: str, title: str = "") -> QChartView:
    """One part's lines: a line per domain across the administrations, evenly spaced by date."""
    scale = trend.definition.scale
    low, high = min(scale.values), max(scale.values)
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    if title:
        chart.setTitle(title)
    x_axis = QCategoryAxis()
    x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for n, label in enumerate(date_labels(trend)):
        x_axis.append(label, n)
    x_axis.setRange(-0.3, len(trend.points) - 0.7)
    y_axis = QValueAxis()
    y_axis.setRange(low - 0.15, high + 0.15)
    y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    y_axis.setTickAnchor(low)
    y_axis.setTickInterval(1)
    y_axis.setLabelFormat("%.0f")
    y_axis.setTitleText(translate("TrendPage", "Medel · ▲ gynnsamt") if scale.favourable == "high"
                        else translate("TrendPage", "Medel · ▼ gynnsamt"))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    drawn: list[tuple[int, list[QLineSeries], QScatterSeries]] = []
    for index, line in enumerate(trend.lines_of(part)):
        markers = QScatterSeries()
        markers.setName(line.domain_label)
        markers.setMarkerShape(MARKERS[index % len(MARKERS)])
        markers.setMarkerSize(9)
        drawn.append((index, [], markers))
        runs: list[list[QPointF]] = [[]]
        for n, value in enumerate(trend.values(line)):
            if value is None:  # nothing in the domain rated that time: the line breaks
                runs.append([])
                continue
            runs[-1].append(QPointF(n, value))
            markers.append(QPointF(n, value))
        for run in runs:
            if len(run) < 2:
                continue
            series = QLineSeries()
            drawn[-1][1].append(series)
            series.append(run)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            chart.legend().markers(series)[0].setVisible(False)  # the legend shows the marker series
        chart.addSeries(markers)
        markers.attachAxis(x_axis)
        markers.attachAxis(y_axis)
    chart.legend().setVisible(False)  # the table under the chart is the legend: no name cut short

    def colour(scheme: style.Scheme) -> None:
        for index, lines, markers in drawn:
            line_colour = QColor(scheme.lines[index % len(scheme.lines)])
            for series in lines:
                series.setPen(QPen(line_colour, 2, DASHES[index % len(DASHES)]))
            markers.setColor(line_colour)
            markers.setBorderColor(line_colour)

    view = ThemedChartView(chart, colour)
    view.setMinimumWidth(260)  # narrow enough for a 1366×768 pane, two parts side by side
    view.setFixedHeight(320)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    view.setAccessibleName(translate("TrendPage", "Förändring över tid, %1").replace("%1", trend.title)
                           + (f", {title}" if title else ""))
    return view


def line_sample(index: int) -> QPixmap:
    """The index-th domain's dash and marker in its colour: the legend, beside its row in the table."""
    pixmap = QPixmap(44, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    lines = style.current().lines
    colour = QColor(lines[index % len(lines)])
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 2, DASHES[index % len(DASHES)]))
    painter.drawLine(1, 7, 43, 7)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(colour)
    shape = MARKERS[index % len(MARKERS)]
    if shape == QScatterSeries.MarkerShape.MarkerShapeRectangle:
        painter.drawRect(18, 3, 8, 8)
    elif shape == QScatterSeries.MarkerShape.MarkerShapeTriangle:
        painter.drawPolygon(QPolygonF([QPointF(22, 2), QPointF(27, 11), QPointF(17, 11)]))
    elif shape == QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle:
        painter.drawPolygon(QPolygonF([QPointF(22, 1), QPointF(28, 7), QPointF(22, 13), QPointF(16, 7)]))
    elif shape == QScatterSeries.MarkerShape.MarkerShapeCircle:
        painter.drawEllipse(QPointF(22, 7), 4.5, 4.5)
    else:  # star, pentagon: a filled dot with a ring, still told apart by the dash
        painter.drawEllipse(QPointF(22, 7), 3, 3)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawEllipse(QPointF(22, 7), 5.5, 5.5)
    painter.end()
    return pixmap


class MeansModel(RecordTableModel):
    """The chart's numbers: a row per line (domain, with the part when there are two), a column per
    administration; the first column shows the line's dash and marker (the chart's legend)."""

    def __init__(self, trend: Trend, parent=None):
        columns = [(translate("TrendPage", "Område"), lambda line: line.label)]
        for n, point in enumerate(trend.points):
            columns.append((point.date, lambda line, n=n: fmt_number(trend.values(line)[n])))
        super().__init__(columns, parent)
        self.set_records(trend.lines)
        self.samples = [line_sample(trend.lines_of(line.part).index(line)) for line in trend.lines]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            return self.samples[index.row()]
        return super().data(index, role)


class TrendPage(CaseTab):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(store, case_id, ("trend", case_id), parent)
        self.charts: list[QChartView] = []
        self.tables: list = []
        self._build()
        changes_of(store).changed.connect(self._on_change)

    def title(self) -> str:
        return self.tr("Förändring över tid %1").replace("%1", self.case_number())

    def _on_change(self, change: Change) -> None:
        if change.touches_case(self.case_id):  # an administration completed, struck or corrected
            self._build()

    def restyle(self) -> None:
        """Light or dark changed (app/ui/style.py): the line samples in the tables too."""
        if not self.store.closed:  # not a page of a window already closed
            self._build()

    def _build(self) -> None:
        self.charts, self.tables = [], []
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(self.tr("<h2>Förändring över tid</h2>")))
        found = case_trends(self.store, self.case_id)
        charted = [t for t in found if len(t.points) > 1]
        once = [t for t in found if len(t.points) == 1]
        intro = QLabel(self.tr("Medelvärde per område vid varje klar bedömning, från den första till den senaste. "
                               "Makulerade bedömningar räknas inte; en rättad bedömning ersätts av sin rättelse."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not charted:
            layout.addWidget(QLabel(self.tr("Inget instrument har getts två gånger i ärendet ännu.")))
        for trend in charted:
            layout.addWidget(self._trend_box(trend))
        if once:
            text = QLabel(self.tr("Bara en bedömning: %1.").replace(
                "%1", ", ".join(f"{t.title} ({t.points[0].date})" for t in once)))
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addStretch(1)
        old = self.takeWidget()
        self.setWidget(body)
        if old is not None:
            old.deleteLater()

    def _trend_box(self, trend: Trend) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(QLabel(self.tr("<h3>%1: %2 bedömningar</h3>").replace("%1", escape(trend.title)).replace(
            "%2", str(len(trend.points)))))  # the title may name an activity
        favourable = trend.definition.scale.favourable == "high"
        note = QLabel(self.tr("Högre värde är gynnsamt. Linjernas tecken står i tabellen under diagrammet.")
                      if favourable else
                      self.tr("Lägre värde är gynnsamt. Linjernas tecken står i tabellen under diagrammet."))
        note.setWordWrap(True)
        layout.addWidget(note)
        # the scale in the instrument's own (Swedish) words, on a line of its own
        scale = QLabel(trend.definition.scale.legend())  # a numbered-only step as its number, never "2 = 2"
        scale.setWordWrap(True)
        scale.setAccessibleName(self.tr("Skala"))
        layout.addWidget(scale)
        row = QHBoxLayout()
        several = len(trend.parts) > 1
        for part in trend.parts:
            view = trend_chart(trend, part, trend.definition.part(part).label.sv if several else "")
            self.charts.append(view)
            row.addWidget(view)
        layout.addLayout(row)
        table = _fitted(read_only_table(MeansModel(trend, self),
                                        self.tr("Medelvärden över tid, %1").replace("%1", trend.title)))
        self.tables.append(table)
        layout.addWidget(table)
        return box
