"""Blank paper form of an instrument, drawn only from its definition file (never manual text):
header fields, the items by domain with a box per scale step (and N/A when allowed), a comment
column, and ruled lines for the free-text fields. Two-part instruments (DOA) get the parts side by
side."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table

from app.exporters.pdf.base import (
    ACCENT,
    INK,
    RULE,
    SHADE,
    WIDTH,
    build,
    cell,
    doc_info,
    esc,
    heading,
    markup,
    section,
    styles,
    table,
    tstyle,
)
from app.models.instruments import load_registry
from app.models.item_order import numbered

BOX = "☐"
BOX_W = 8.5 * mm
TEXT_LINES = 5


def ruled_lines(count: int, label_first: str = "") -> Table:
    """Lines to write on; ``label_first`` sits at the start of the first one."""
    rows = [[cell(label_first, "cell_bold") if n == 0 and label_first else ""] for n in range(count)]
    t = Table(rows, colWidths=[WIDTH], rowHeights=[8 * mm] * count, hAlign="LEFT")
    t.setStyle(tstyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, INK), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def header_fields() -> Table:
    """Namn, datum and bedömare to fill in."""
    label_w, gap = 20 * mm, 6 * mm
    line_w = (WIDTH - 2 * label_w - gap) / 2
    rows = [[cell("Namn", "cell_bold"), "", "", cell("Datum", "cell_bold"), ""],
            [cell("Bedömare", "cell_bold"), "", "", "", ""]]
    t = Table(rows, colWidths=[label_w, line_w, gap, label_w, line_w], rowHeights=[10 * mm] * 2, hAlign="LEFT")
    t.setStyle(tstyle([("LINEBELOW", (1, 0), (1, -1), 0.5, INK), ("LINEBELOW", (4, 0), (4, 0), 0.5, INK),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    t.spaceAfter = 4 * mm
    return t


def scale_legend(d) -> Table:
    # a step only numbered (OVal-9's between its two ends) has no meaning of its own to print
    rows = [["Värde", "Betydelse"]] + [[s.value, "" if s.label.sv == str(s.value) else s.label.sv]
                                       for s in d.scale.steps]
    if d.na.allowed:
        rows.append(["E/T", d.na.label.sv])
    return table(rows, [20 * mm, WIDTH - 20 * mm])


def _label(thing, bold: bool = False, label: str | None = None) -> Paragraph:
    """An item's or a domain's label (``label`` instead: an item's numbered one), with its hint from
    the definition in small print."""
    label = thing.label.sv if label is None else label
    text = f"<b>{esc(label)}</b>" if bold else esc(label)
    if thing.hint:
        text += f'<br/><font size="7.5" color="#5b6472">{esc(thing.hint.sv)}</font>'
    return Paragraph(text, styles()["cell"])


def items_table(d, domain) -> Table:
    """The items of one domain: label, a box per step for every part, a comment column."""
    steps = [str(v) for v in d.scale.values] + (["E/T"] if d.na.allowed else [])
    boxes = len(steps) * len(d.parts)
    comment_w = 34 * mm if len(d.parts) > 1 else 50 * mm
    center = styles()["cell_center"]
    title, comment = _label(domain, bold=True), cell(d.item_comment.sv, "cell_bold")
    step_row = [Paragraph(s, center) for _ in d.parts for s in steps]
    style = [("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (1, 1), (-2, -1), 0), ("RIGHTPADDING", (1, 1), (-2, -1), 0)]
    if len(d.parts) > 1:
        # Two header rows: each part over its own boxes, then the steps; title and comment span both.
        part_row = []
        for part in d.parts:
            part_row += [Paragraph(f"<b>{esc(part.label.sv)}</b>", center)] + [""] * (len(steps) - 1)
        rows = [[title, *part_row, comment], ["", *step_row, ""]]
        style += [("SPAN", (0, 0), (0, 1)), ("SPAN", (-1, 0), (-1, 1))]
        for n in range(len(d.parts)):
            first, last = 1 + n * len(steps), (n + 1) * len(steps)
            style += [("SPAN", (first, 0), (last, 0)), ("LINEAFTER", (last, 0), (last, -1), 1.2, ACCENT)]
    else:
        rows = [[title, *step_row, comment]]
    header_rows = len(rows)
    style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    box = Paragraph(f'<font size="13">{BOX}</font>', center)
    rows += [[_label(item, label=numbered(d, item.id))] + [box] * boxes + [""] for item in d.items_in(domain.id)]
    t = Table(rows, colWidths=[WIDTH - boxes * BOX_W - comment_w] + [BOX_W] * boxes + [comment_w],
              repeatRows=header_rows, hAlign="LEFT",
              minRowHeights=[0] * header_rows + [9 * mm] * (len(rows) - header_rows))
    t.setStyle(tstyle(style))
    t.spaceAfter = 4 * mm
    return t


def _text_block(f, lines: int) -> KeepTogether:
    block = [heading(f.label.sv, 3)]
    if f.hint:
        block.append(markup(esc(f.hint.sv), "small"))
    return KeepTogether(block + [ruled_lines(lines)])


UNVERIFIED_FORM_NOTE = "Definitionen är ännu inte avstämd mot instrumentets manual."


def write_blank_form_pdf(store_or_none, target: Path, *, instrument_id: str, version: str | None = None) -> None:
    registry = store_or_none.assessments.registry if store_or_none is not None else load_registry()
    d = registry.get(instrument_id, version)
    info = doc_info(store_or_none, f"{d.short_name} {d.version} – blankett", subject=d.name.sv)
    story = [markup(f"<b>{esc(d.name.sv)}</b> · {esc(d.kind_label)}"), header_fields()]
    story += [KeepTogether([heading("Skala", 2), scale_legend(d)])]
    if len(d.parts) > 1:
        names = " och ".join(p.label.sv.lower() for p in d.parts)
        story.append(markup(f"Varje påstående skattas i två kolumner: {esc(names)}.", "small"))
    # a required field (OVal-9: the activity rated) first, as in the form: it says what the ratings are about
    for f in d.required_fields:
        story.append(_text_block(f, 1))
    story += section(d.item_noun[1])
    story += [items_table(d, domain) for domain in d.domains]
    story += [_text_block(f, TEXT_LINES) for f in d.text_fields if not f.required]
    # An unverified definition is said once, briefly, where the definition is named (the one who
    # fills the form in needs no list of what the unit has still to check).
    unchecked = f" {UNVERIFIED_FORM_NOTE}" if d.needs_check else ""
    story.append(markup(f"Definition: {esc(d.short_name)} version {esc(d.version)}. {esc(d.owner)}{unchecked}",
                        "small"))
    build(target, info, story)
