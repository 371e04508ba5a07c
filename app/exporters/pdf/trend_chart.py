"""The change-over-time chart of the assessment report: each domain's mean at every administration
of one instrument (and group), first to latest, drawn from app/models/trend.py.

A line per domain; with two parts (DOA) a panel per part, side by side on the same scale. Colour is
never the only signal: each line has its own dash and marker, the legend shows both, and the table
under the chart gives the same numbers. The favourable end of the scale is said in the chart.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from app.exporters.pdf.base import BOLD, FONT, INK, MUTED, RULE, WIDTH, date_text, esc, markup, table

# Okabe–Ito: told apart also with the common colour-vision deficiencies
LINE_COLOURS = tuple(colors.HexColor(c) for c in ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
                                                  "#56b4e9", "#000000"))
DASHES = (None, [4, 2], [1.2, 1.6], [6, 2, 1.2, 2], [2.5, 2.5], [8, 2.5], [1.2, 4])
MARKERS = ("circle", "square", "triangle", "diamond", "down", "cross", "plus")
PANEL_H = 150
GAP = 14  # between two panels
DATES_PER_TABLE = 6


def line_style(index: int) -> tuple:
    """(colour, dash, marker) of the index-th domain: the same in every panel and the legend."""
    return (LINE_COLOURS[index % len(LINE_COLOURS)], DASHES[index % len(DASHES)],
            MARKERS[index % len(MARKERS)])


def _marker(kind: str, x: float, y: float, colour, r: float = 2.6) -> list:
    if kind == "circle":
        return [Circle(x, y, r, fillColor=colour, strokeColor=colour)]
    if kind == "square":
        return [Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colour, strokeColor=colour)]
    if kind in ("triangle", "down"):
        s = 1 if kind == "triangle" else -1
        return [Polygon([x - r, y - s * r * 0.8, x + r, y - s * r * 0.8, x, y + s * r * 1.1],
                        fillColor=colour, strokeColor=colour)]
    if kind == "diamond":
        return [Polygon([x, y + r * 1.2, x + r, y, x, y - r * 1.2, x - r, y], fillColor=colour, strokeColor=colour)]
    if kind == "cross":
        return [Line(x - r, y - r, x + r, y + r, strokeColor=colour, strokeWidth=1.3),
                Line(x - r, y + r, x + r, y - r, strokeColor=colour, strokeWidth=1.3)]
    return [Line(x - r, y, x + r, y, strokeColor=colour, strokeWidth=1.3),
            Line(x, y - r, x, y + r, strokeColor=colour, strokeWidth=1.3)]


def _panel(d: Drawing, trend, part: str, left: float, width: float, title: str) -> None:
    scale = trend.definition.scale
    low, high = min(scale.values), max(scale.values)
    x0, x1 = left + 22, left + width - 10
    y0, y1 = 24, PANEL_H - 22
    top_text = PANEL_H - 9
    if title:
        d.add(String(left, top_text, title, fontName=BOLD, fontSize=8, fillColor=INK))
    arrow = "▲ uppåt" if scale.favourable == "high" else "▼ nedåt"
    d.add(String(x1, top_text, f"Gynnsamt: {arrow}", fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="end"))

    def y_of(value: float) -> float:
        return y0 + (value - low) / (high - low) * (y1 - y0)

    for value in range(low, high + 1):
        y = y_of(value)
        d.add(Line(x0, y, x1, y, strokeColor=RULE, strokeWidth=0.4, strokeDashArray=[1.5, 1.5]))
        d.add(String(x0 - 4, y - 2.5, str(value), fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="end"))
    d.add(Line(x0, y0, x0, y1, strokeColor=MUTED, strokeWidth=0.6))
    d.add(Line(x0, y0, x1, y0, strokeColor=MUTED, strokeWidth=0.6))

    n = len(trend.points)
    pad = 12

    def x_of(i: int) -> float:
        return (x0 + x1) / 2 if n == 1 else x0 + pad + i * (x1 - x0 - 2 * pad) / (n - 1)

    every = max(1, math.ceil(n * 44 / max(x1 - x0, 1)))  # date labels that would overlap are thinned
    for i, point in enumerate(trend.points):
        if i % every == 0 or i == n - 1:
            if i != n - 1 and n - 1 - i < every:
                continue  # leave room for the latest's label
            d.add(String(x_of(i), y0 - 10, date_text(point.date), fontName=FONT, fontSize=6.5, fillColor=INK,
                         textAnchor="middle"))
        d.add(Line(x_of(i), y0, x_of(i), y0 - 2.5, strokeColor=MUTED, strokeWidth=0.6))

    for index, line in enumerate(trend.lines_of(part)):
        colour, dash, marker = line_style(index)
        run: list[float] = []
        for i, value in enumerate([*trend.values(line), None]):
            if value is None:  # a domain not rated that time: the line breaks
                if len(run) >= 4:
                    d.add(PolyLine(run, strokeColor=colour, strokeWidth=1.2, strokeDashArray=dash))
                run = []
                continue
            run += [x_of(i), y_of(value)]
            for shape in _marker(marker, x_of(i), y_of(value), colour):
                d.add(shape)


def legend_drawing(trend) -> Drawing:
    """The domains' dash and marker with their names, two to a row."""
    lines = trend.lines_of(trend.parts[0])
    column = WIDTH / 2
    rows = []
    for index, line in enumerate(lines):
        rows.append((index, simpleSplit(line.domain_label, FONT, 7.5, column - 40)[:2]))
    heights = [max(len(text), 1) * 9 + 3 for _, text in rows]
    row_heights = [max(heights[i:i + 2]) for i in range(0, len(heights), 2)]
    d = Drawing(WIDTH, sum(row_heights) + 2, initialFontName=FONT, initialFontSize=7.5)
    y = d.height
    for r, height in enumerate(row_heights):
        y -= height
        for c in range(2):
            k = 2 * r + c
            if k >= len(rows):
                break
            index, text = rows[k]
            colour, dash, marker = line_style(index)
            x = c * column
            mid = y + height - 7
            d.add(Line(x, mid, x + 26, mid, strokeColor=colour, strokeWidth=1.2, strokeDashArray=dash))
            for shape in _marker(marker, x + 13, mid, colour):
                d.add(shape)
            for n, part in enumerate(text):
                d.add(String(x + 32, mid - 2.5 - n * 9, part, fontName=FONT, fontSize=7.5, fillColor=INK))
    return d


def chart(trend) -> Drawing:
    """The panels of one trend (one per part), side by side."""
    parts = trend.parts
    several = len(parts) > 1
    width = (WIDTH - GAP * (len(parts) - 1)) / len(parts)
    d = Drawing(WIDTH, PANEL_H, initialFontName=FONT, initialFontSize=7)  # not Helvetica
    for n, part in enumerate(parts):
        title = trend.definition.part(part).label.sv if several else ""
        _panel(d, trend, part, n * (width + GAP), width, title)
    return d


def number(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}".replace(".", ",")


def means_tables(trend) -> list:
    """The chart's numbers: a row per line, a column per administration (six to a table)."""
    out = []
    points = trend.points
    for start in range(0, len(points), DATES_PER_TABLE):
        shown = points[start:start + DATES_PER_TABLE]
        rows = [["Område", *(date_text(p.date) for p in shown)]]
        for line in trend.lines:
            values = trend.values(line)[start:start + DATES_PER_TABLE]
            rows.append([line.label, *(number(v) for v in values)])
        small = 25 * mm
        out.append(table(rows, [WIDTH - len(shown) * small] + [small] * len(shown)))
    return out


def caption(trend) -> list:
    scale = trend.definition.scale
    steps = esc(scale.legend())  # a numbered-only step as its number, never "2 = 2"
    return [markup(f"Medelvärde per område vid varje bedömning, första till senaste. "
                   f"{esc(trend.favourable)} Skala: {steps}", "small")]
