"""A chart view that follows the light or dark scheme (app/ui/style.py): QtCharts paints its own
white background whatever the palette says, so each chart takes the scheme's theme and its series
their scheme's colours, again whenever the scheme changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtGui import QPainter

from app.ui import style


class ThemedChartView(QChartView):
    """``colour(scheme)`` gives the chart's series their colours; it runs after every theme change
    (a theme resets them)."""

    def __init__(self, chart: QChart, colour: Callable[[style.Scheme], None]):
        super().__init__(chart)
        self._colour = colour
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.restyle()

    def restyle(self) -> None:
        scheme = style.current()
        chart = self.chart()
        chart.setTheme(getattr(QChart.ChartTheme, scheme.chart_theme))
        chart.setBackgroundRoundness(0)
        self._colour(scheme)
