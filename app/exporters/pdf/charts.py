"""The profile chart of an administration: one bar per item on the instrument's scale, grouped by
domain; with two parts (DOA) a bar for each part, one above the other.

Each domain is its own drawing, so a long instrument flows across pages instead of overflowing one.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from app.exporters.pdf.base import BOLD, FONT, INK, MUTED, RULE, WIDTH, esc, markup
from app.models.item_order import numbered

GOOD = colors.HexColor("#4a7fb5")
ACT_ON = colors.HexColor("#d9822b")
PART_COLOURS = (colors.HexColor("#2a9d8f"), colors.HexColor("#1f4e79"), colors.HexColor("#8e6bb0"))

LABEL_W = WIDTH * 0.40
BAR_X0 = LABEL_W + 8
BAR_X1 = WIDTH - 30
LABEL_SIZE = 8
BAR_H = 7
MAX_ROWS = 24  # items per drawing; a domain longer than this is split over several


def _x(scale, value) -> float:
    """Right end of a bar: every scale step gets the same width, whatever the values are."""
    steps = sorted(scale.values)
    return BAR_X0 + (steps.index(value) + 1) / len(steps) * (BAR_X1 - BAR_X0)


def _colour(definition, part_index: int, value: int):
    if len(definition.parts) > 1:
        return PART_COLOURS[part_index % len(PART_COLOURS)]
    return ACT_ON if value in definition.scoring.act_on_values else GOOD


def _domain_drawing(definition, assessment, title: str, items) -> Drawing:
    parts = definition.parts
    rows = []
    for item in items:
        lines = simpleSplit(numbered(definition, item.id), FONT, LABEL_SIZE, LABEL_W)[:2]
        height = max(len(lines) * 9.5, len(parts) * (BAR_H + 2)) + 5
        rows.append((item, lines, height))
    titles = simpleSplit(title, BOLD, 8.5, LABEL_W)  # a long domain name wraps instead of hitting the ticks
    head = 6 + 10.5 * len(titles)
    total = head + sum(h for _, _, h in rows)
    d = Drawing(WIDTH, total, initialFontName=FONT, initialFontSize=LABEL_SIZE)  # not Helvetica
    y = total - 11
    for n, line in enumerate(titles):
        d.add(String(0, y - n * 10.5, line, fontName=BOLD, fontSize=8.5, fillColor=INK))
    for value in sorted(definition.scale.values):  # the scale's steps over the bar area
        x = _x(definition.scale, value)
        d.add(String(x, y, str(value), fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="end"))
    top = total - head
    for value in sorted(definition.scale.values):
        x = _x(definition.scale, value)
        d.add(Line(x, 0, x, top, strokeColor=RULE, strokeWidth=0.4, strokeDashArray=[1.5, 1.5]))
    d.add(Line(BAR_X0, 0, BAR_X0, top, strokeColor=MUTED, strokeWidth=0.6))
    y = top
    for item, lines, height in rows:
        y -= height
        mid = y + height / 2
        for n, line in enumerate(lines):
            offset = (len(lines) - 1) * 4.75 - n * 9.5
            d.add(String(0, mid + offset - 3, line, fontName=FONT, fontSize=LABEL_SIZE, fillColor=INK))
        bars_h = len(parts) * BAR_H + (len(parts) - 1) * 2
        bar_y = mid + bars_h / 2 - BAR_H
        for n, part in enumerate(parts):
            rating = assessment.rating(part.id, item.id)
            if rating.is_rated:
                x = _x(definition.scale, rating.value)
                d.add(Rect(BAR_X0, bar_y, x - BAR_X0, BAR_H, fillColor=_colour(definition, n, rating.value),
                           strokeColor=None))
                d.add(String(x + 3, bar_y + 1, str(rating.value), fontName=BOLD, fontSize=7, fillColor=INK))
            else:
                text = definition.na.label.sv if rating.na else "Ej bedömd"
                d.add(String(BAR_X0 + 3, bar_y + 1, text, fontName=FONT, fontSize=7, fillColor=MUTED))
            bar_y -= BAR_H + 2
        d.add(Line(0, y, WIDTH, y, strokeColor=RULE, strokeWidth=0.25))
    return d


def legend(definition) -> list:
    """What the colours and the numbers mean, as text (it also reads out in text extraction)."""
    steps = esc(definition.scale.legend())
    if len(definition.parts) > 1:
        keys = [(PART_COLOURS[n % len(PART_COLOURS)], p.label.sv) for n, p in enumerate(definition.parts)]
    elif not definition.scoring.act_on_values:  # AWC: demands, not a problem list; one colour, no key
        return [markup(f"Skala: {steps}", "small")]
    else:
        keys = [(GOOD, "Gynnsam skattning"), (ACT_ON, "Område att arbeta med")]
    swatches = "   ".join(f'<font color="{c.hexval().replace("0x", "#")}">■</font> {esc(t)}' for c, t in keys)
    return [markup(f"Skala: {steps}", "small"), markup(swatches, "small")]


def profile(definition, assessment) -> list[Drawing]:
    """One drawing per domain (in chunks of at most MAX_ROWS items); :func:`legend` explains them."""
    out = []
    for domain in definition.domains:
        items = definition.items_in(domain.id)
        for start in range(0, len(items), MAX_ROWS):
            title = domain.label.sv + (" (forts.)" if start else "")
            out.append(_domain_drawing(definition, assessment, title, items[start:start + MAX_ROWS]))
    return out
