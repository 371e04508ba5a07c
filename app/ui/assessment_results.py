"""Results of an administration: a profile chart of the items, domain sums and means, areas to
act on, DOA's client/professional differences; and the comparison with another administration of
the same instrument in the case (first vs. latest by default)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.models.assessments import COMPLETED, Assessment
from app.models.instruments import InstrumentDef
from app.models.item_order import listed_items, listing_key, numbered
from app.models.store import Store
from app.models.trend import same_chart
from app.ui import style
from app.ui.assessment_texts import item_noun, status_text
from app.ui.case_tab import CaseTab
from app.ui.charts import ThemedChartView
from app.ui.record_model import RecordTableModel
from app.ui.style import Tone
from app.ui.tables import read_only_table
from app.ui.widgets import ComboBox
from app.ui.work_match_view import add_work_match

translate = QCoreApplication.translate


def fmt_number(value: float | None, signed: bool = False) -> str:
    """Two decimals with a Swedish decimal comma; "–" for none."""
    if value is None:
        return "–"
    return f"{value:+.2f}".replace(".", ",") if signed else f"{value:.2f}".replace(".", ",")


def domain_change_columns(definition: InstrumentDef) -> list:
    """Columns of a table of DomainChange records (first vs later administration)."""
    return [
        (translate("assessment_results", "Del"), lambda c: definition.part(c.part).label.sv),
        (translate("assessment_results", "Område"),
         lambda c: next(x.label.sv for x in definition.domains if x.id == c.domain)),
        (translate("assessment_results", "Medel före"), lambda c: fmt_number(c.mean_before)),
        (translate("assessment_results", "Medel efter"), lambda c: fmt_number(c.mean_after)),
        (translate("assessment_results", "Förändring"), lambda c: fmt_number(c.change, signed=True)),
    ]


class ProfileView(ThemedChartView):
    """The profile's chart (in the scheme's colours), showing each item's whole name where the pane
    has room for it and the bars beside it; in a narrow pane (150–200 % scale) Qt Charts shortens the
    names with "…" rather than cutting them off at the edge."""

    BARS = 300  # px the bars keep beside the longest name

    def __init__(self, chart: QChart, colour: Callable[[style.Scheme], None], names: QBarCategoryAxis):
        super().__init__(chart, colour)
        self.names = names
        metrics = QFontMetrics(names.labelsFont())
        self.room = max((metrics.horizontalAdvance(name) for name in names.categories()), default=0) + self.BARS

    def resizeEvent(self, event) -> None:
        self.names.setTruncateLabels(event.size().width() < self.room)
        super().resizeEvent(event)


def profile_chart(definition: InstrumentDef, series: list[tuple[str, dict[str, int | None]]]) -> QChartView:
    """Horizontal bars, one row per item (in the definition's order, top first), one bar set per
    series (a part, or an administration). Unrated items show no bar."""
    # In the form's order (by domain); reversed, since a horizontal bar chart draws its first category at the bottom.
    items = list(reversed(listed_items(definition)))
    bars = QHorizontalBarSeries()
    bar_sets = []
    for name, values in series:
        bar_set = QBarSet(name)
        bar_sets.append(bar_set)
        for item in items:
            bar_set.append(values.get(item.id) or 0)
        bars.append(bar_set)
    chart = QChart()
    chart.addSeries(bars)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    categories = QBarCategoryAxis()
    categories.append([numbered(definition, item.id) for item in items])  # "3. Koordination", as in the form
    values_axis = QValueAxis()
    low, high = min(definition.scale.values), max(definition.scale.values)
    values_axis.setRange(0, high)
    values_axis.setTickCount(high - min(low, 0) + 1)
    values_axis.setLabelFormat("%d")
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(categories)
    bars.attachAxis(values_axis)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    def colour(scheme: style.Scheme) -> None:
        for index, bar_set in enumerate(bar_sets):
            bar_set.setColor(QColor(scheme.bars[index % len(scheme.bars)]))

    view = ProfileView(chart, colour, categories)
    view.setMinimumHeight(110 + len(items) * (14 + 10 * len(series)))  # room for every item's label
    view.setAccessibleName(translate("assessment_results", "Profil för %1")
                           .replace("%1", definition.short_name))
    return view


def _fitted(table):
    """A table as tall as its rows: the page scrolls, not each table."""
    table.resizeColumnsToContents()
    table.setFixedHeight(table.horizontalHeader().height() + table.verticalHeader().length() + 4)
    return table


def _wrapped(text: str) -> QLabel:
    """A label that wraps to its pane: a long list of items must not make the page wider than it."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _values(assessment: Assessment, part: str) -> dict[str, int | None]:
    return {item.id: assessment.rating(part, item.id).value for item in assessment.definition.items}


class AssessmentResults(CaseTab):
    def __init__(self, store: Store, assessment_id: int, parent: QWidget | None = None):
        assessment = store.assessments.get(assessment_id)
        super().__init__(store, assessment.case_id, ("results", assessment_id), parent)
        self.assessment = assessment
        self.assessment_id = assessment_id
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self._build_results()
        self._build_comparison()
        self.work_match = add_work_match(store, assessment, self.body_layout)  # AWP/AWC only
        self.body_layout.addStretch(1)
        self.setWidget(body)

    def title(self) -> str:
        return self.tr("Resultat %1 %2").replace("%1", self.assessment.definition.short_name).replace(
            "%2", self.assessment.assessment_date)

    def _build_results(self) -> None:
        a, definition = self.assessment, self.assessment.definition
        score = self.store.assessments.score(a.id)
        order = listing_key(definition)
        layout = self.body_layout
        heading = f"<h2>{definition.name.sv}</h2>" + (
            self.tr("%1 · %2 · bedömare %3 · version %4").replace("%1", a.assessment_date)
            .replace("%2", status_text(a)).replace("%4", definition.version)
            .replace("%3", a.assessor or self.tr("okänd")))
        if a.group:  # OVal-9: the activity rated
            heading += f"<br><b>{escape(definition.text_field(definition.compare_by).label.sv)}</b> {escape(a.group)}"
        if definition.needs_check:
            heading += " · " + style.tone_html(self.tr("kontrollera mot manualen"), Tone.WARNING, bold=True)
        layout.addWidget(_wrapped(heading))
        layout.addWidget(profile_chart(definition, [(p.label.sv, _values(a, p.id)) for p in definition.parts]))
        for part_score in score.parts:
            part = definition.part(part_score.part)
            if len(definition.parts) > 1:
                layout.addWidget(QLabel(f"<h3>{part.label.sv}</h3>"))
            model = RecordTableModel([
                (self.tr("Område"), lambda d: next(x.label.sv for x in definition.domains if x.id == d.domain)),
                (self.tr("Bedömda"), lambda d: self.tr("%1 av %2").replace("%1", str(d.rated))
                 .replace("%2", str(d.items))),
                (self.tr("E/T"), lambda d: d.na),
                (self.tr("Summa"), lambda d: d.sum),
                (self.tr("Medel"), lambda d: fmt_number(d.mean)),
            ], self)
            model.set_records(part_score.domains)
            layout.addWidget(_fitted(read_only_table(model, self.tr("Områden, %1").replace("%1", part.label.sv))))
            act_on = ", ".join(numbered(definition, i) for i in sorted(part_score.act_on, key=order)) or self.tr("inga")
            counts = ", ".join(f"{v}: {n}" for v, n in part_score.counts.items())
            # An empty act_on_values (AWC: a work task's demands) is not a problem list: no such line.
            areas = (self.tr("<b>Att arbeta med</b> (ogynnsam sida av skalan): %1").replace("%1", act_on) + "<br>"
                     if definition.scoring.act_on_values else "")
            layout.addWidget(_wrapped(areas + self.tr("Antal per steg: %1 · E/T: %2 · obedömda: %3").replace(
                "%1", counts).replace("%2", str(part_score.na)).replace("%3", str(len(part_score.open_items)))))
        if score.differences:
            rows = "".join(
                f"<li>{numbered(definition, d.item_id)}: "
                f"{definition.part(d.parts[0]).label.sv} {d.values[0]}, "
                f"{definition.part(d.parts[1]).label.sv} {d.values[1]}</li>"
                for d in sorted(score.differences, key=lambda d: order(d.item_id)))
            layout.addWidget(_wrapped(self.tr("<b>Skillnader att ta upp i dialogen</b> (%1 steg eller mer):").replace(
                "%1", str(definition.scoring.part_difference)) + f"<ul>{rows}</ul>"))

    def _build_comparison(self) -> None:
        # the administrations this one is compared with: as on the change-over-time chart (same scale,
        # OVal-9 the same activity; app/models/trend.py), completed and not struck
        others = [x for x in self.store.assessments.for_case(self.case_id, self.assessment.instrument_id)
                  if x.status == COMPLETED and not x.is_struck and x.id != self.assessment.id
                  and same_chart(x, self.assessment)]
        if not others or self.assessment.is_struck:  # a struck administration is not compared
            return
        self.body_layout.addWidget(QLabel("<h3>" + self.tr("Jämförelse") + "</h3>"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Jämför med:")))
        self.compare_with = ComboBox()
        self.compare_with.setAccessibleName(self.tr("Jämför med bedömning"))
        for other in others:
            self.compare_with.addItem(f"{other.assessment_date} ({other.assessor or self.tr('okänd')})", other.id)
        # First vs. latest: from the latest, compare with the first; otherwise with the latest.
        latest_first = sorted(others + [self.assessment], key=lambda x: (x.assessment_date, x.id))
        default = latest_first[0] if latest_first[-1].id == self.assessment.id else latest_first[-1]
        self.compare_with.setCurrentIndex(self.compare_with.findData(default.id))
        row.addWidget(self.compare_with, 1)
        self.body_layout.addLayout(row)
        self.comparison_box = QVBoxLayout()
        self.body_layout.addLayout(self.comparison_box)
        self.compare_with.currentIndexChanged.connect(self._show_comparison)
        self._show_comparison()

    def _show_comparison(self) -> None:
        while self.comparison_box.count():
            widget = self.comparison_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        other = self.store.assessments.get(self.compare_with.currentData())
        before, after = sorted([other, self.assessment], key=lambda x: (x.assessment_date, x.id))
        comparison = self.store.assessments.compare(before.id, after.id)
        definition = after.definition
        part = definition.parts[0].id
        self.comparison_box.addWidget(profile_chart(definition, [
            (f"{before.assessment_date}", _values(before, part)),
            (f"{after.assessment_date}", _values(after, part)),
        ]))
        domains = RecordTableModel(domain_change_columns(definition), self)
        domains.set_records(comparison.changes.domains)
        items = RecordTableModel([
            (self.tr("Del"), lambda c: definition.part(c.part).label.sv),
            (item_noun(definition), lambda c: numbered(definition, c.item_id)),
            (self.tr("Före"), lambda c: "–" if c.before is None else c.before),
            (self.tr("Efter"), lambda c: "–" if c.after is None else c.after),
            (self.tr("Förändring"), lambda c: "–" if c.change is None else f"{c.change:+d}"),
        ], self)
        order = listing_key(definition)  # the form's order, part by part
        parts = [p.id for p in definition.parts]
        items.set_records(sorted(comparison.changes.items, key=lambda c: (parts.index(c.part), order(c.item_id))))
        self.comparison_box.addWidget(_wrapped(
            self.tr("Från %1 till %2; positiv förändring = åt det gynnsamma hållet.")
            .replace("%1", before.assessment_date).replace("%2", after.assessment_date)))
        if comparison.changes.not_compared:  # two versions with different item lists
            note = QLabel(self.tr("Jämförs inte (finns bara i den ena versionen): %1.")
                          .replace("%1", ", ".join(comparison.changes.not_compared)))
            note.setObjectName("not_compared")
            note.setWordWrap(True)
            self.comparison_box.addWidget(note)
        for model, name in ((domains, self.tr("Förändring per område")), (items, self.tr("Förändring per påstående"))):
            table = _fitted(read_only_table(model, name))
            table.setColumnHidden(0, len(definition.parts) == 1)  # "Del" says nothing with one part
            self.comparison_box.addWidget(table)
