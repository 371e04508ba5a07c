"""The one sheet writer every ATAMA workbook goes through (openpyxl's WorksheetWriter, which both the
streamed and the in-memory workbooks use): it keeps user text from becoming a formula, and makes
every sheet print.

Formulas: openpyxl turns any text beginning with "=" into a formula and "#N/A" into an error, so a
client named ``=HYPERLINK(...)`` would be a live link. Here every such cell is written as the text it
is, unless ATAMA made it with :func:`formula`. Text beginning with = + - @, a tab or a CR also gets
Excel's quote prefix, so it stays text when a user edits the cell or saves the sheet as CSV. A CR is
written as Excel writes it (_x000D_): a bare one would be read back as a line feed.

Printing: A4, fit to the page width, landscape when the sheet (with its charts) is wider than a
portrait page, the header row on every page, gridlines, and a header and footer naming the unit,
the document, SEKRETESS when it holds personal data, who made it and when, and page x of y (a list
too wide to read at one page's width can be printed two pages wide instead: print_two_pages_wide). What
the header says comes from :func:`describe`, which every workbook's writer calls (base.save checks).

Both apply to ATAMA's workbooks (base.new_workbook marks them; base.save writes no other).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

FONT = "Calibri"  # the workbooks' font, named everywhere (cells, header and footer): no serif fallback
TEXT_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet reads as the start of a formula
PORTRAIT_CHARS = 95  # column width units (characters) on a portrait A4 page at 100 %
LANDSCAPE_CHARS = 139  # and on a landscape one (the same 0.5 in margins)
CHART_CM_PER_CHAR = 0.19  # a column width unit is 7 px at 96 dpi
_ANCHOR = re.compile(r"([A-Z]+)\d+$")
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")  # typed text that reads as Excel's _xHHHH_ escape


def formula(ws, text: str) -> Cell:
    """A formula ATAMA computed itself (``formula(sheet.ws, "=SUM(B2:B9)")``, appended as a cell):
    the only kind of cell written as a formula."""
    cell = WriteOnlyCell(ws, value=text)
    ws.__dict__.setdefault("_atama_formulas", {})[id(cell)] = cell  # kept alive: the id stays its own
    return cell


@dataclass(frozen=True)
class Document:
    """What a workbook is, for its header, footer and properties."""

    title: str
    unit: str
    user: str
    created: str  # yyyy-mm-dd hh:mm
    personal_data: bool


def describe(wb, document: Document) -> None:
    """Say what ``wb`` is: its sheets' header and footer and its document properties come from this."""
    wb._atama_document = document
    wb.properties.title = document.title
    wb.properties.creator = "ATAMA"
    wb.properties.lastModifiedBy = document.user
    wb.properties.subject = f"{document.unit}: {document.title}"
    if document.personal_data:
        wb.properties.keywords = "SEKRETESS"
        wb.properties.category = "Innehåller personuppgifter"


def document_of(wb) -> Document | None:
    return getattr(wb, "_atama_document", None)


def _as_text(cell) -> None:
    """A text cell stays text; a formula or error openpyxl read into it becomes text again."""
    value = cell._value
    if cell.data_type in ("f", "e") and isinstance(value, str):
        if id(cell) in getattr(cell.parent, "_atama_formulas", ()):
            return
        cell.data_type = "s"
    if cell.data_type == "s" and isinstance(value, str):
        if value.startswith(TEXT_STARTS):
            cell.quotePrefix = True
        if "\r" in value or "_x" in value:
            cell._value = _ESCAPE_LIKE.sub(r"_x005F_\1", value).replace("\r", "_x000D_")


def mark_atama(wb) -> None:
    """``wb`` is one of ATAMA's workbooks (base.new_workbook): its sheets go through this writer's
    checks. A workbook openpyxl makes for anything else (the bench's bare floor) is written as is."""
    wb._atama_workbook = True


def is_atama(wb) -> bool:
    return getattr(wb, "_atama_workbook", False)


def _write_row(self: WorksheetWriter, xf, row, row_idx: int) -> None:
    if is_atama(self.ws.parent):
        row = (_checked(cell) for cell in row)
    _openpyxl_write_row(self, xf, row, row_idx)


def _checked(cell):
    if cell.data_type != "n":  # numbers (most cells) pass untouched: a negative number stays a number
        _as_text(cell)
    return cell


def print_two_pages_wide(ws, *, break_after: int, repeat: str) -> None:
    """Print ``ws`` two landscape pages wide instead of fit to one: for a list whose columns would
    print too small to read at one page's width. The page breaks after column ``break_after``, the
    columns ``repeat`` ("A:B", the ones saying whose row it is) are printed on both, each page of rows
    is followed by its right half, and the scale is the one at which the wider half fits. (Excel
    ignores a page break in a sheet fitted to the page, so this one is not fitted.)"""
    ws._atama_two_pages = (break_after, repeat)


def _two_pages(ws) -> tuple[int, str] | None:
    return getattr(ws, "_atama_two_pages", None)


def _write_top(self: WorksheetWriter) -> None:
    """Fit to the page width: the sheet's properties come first in the file, before its rows."""
    if is_atama(self.ws.parent):
        props = self.ws.sheet_properties
        fit = _two_pages(self.ws) is None
        if props.pageSetUpPr is None:
            props.pageSetUpPr = PageSetupProperties(fitToPage=fit)
        else:
            props.pageSetUpPr.fitToPage = fit
    _openpyxl_write_top(self)


def _write_tail(self: WorksheetWriter) -> None:
    """The page set-up, print titles, header and footer go after the rows: by now every column and
    chart of the sheet is known."""
    if is_atama(self.ws.parent):
        print_setup(self.ws)
    _openpyxl_write_tail(self)


def print_setup(ws) -> None:
    setup = ws.page_setup
    setup.paperSize = 9  # A4
    two_pages = _two_pages(ws)
    if two_pages is not None:
        _set_two_pages(ws, *two_pages)
    else:
        setup.fitToWidth, setup.fitToHeight = 1, 0  # as wide as the page, as many pages down as it takes
        setup.orientation = "landscape" if sheet_width(ws) > PORTRAIT_CHARS else "portrait"
    if ws.freeze_panes == "A2" and ws.print_title_rows is None:  # a table: its header row on every page
        ws.print_title_rows = "1:1"
    if not getattr(ws, "_charts", None):  # a list reads across its grid; a chart's area would be gridded too
        ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.5  # inches
    document = document_of(ws.parent)
    if document is not None:
        header_footer(ws, document)


def _set_two_pages(ws, break_after: int, repeat: str) -> None:
    def width(first: int, last: int) -> float:  # with a column's padding (5 px of 7 per unit)
        dimensions = ws.column_dimensions
        return sum((dimensions[get_column_letter(i)].width or 8.43) + 0.7 for i in range(first, last + 1))

    first, last = (column_index_from_string(c) for c in repeat.split(":"))
    used = max(column_index_from_string(letter) for letter in ws.column_dimensions)
    wider = max(width(1, break_after), width(first, last) + width(break_after + 1, used))
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.scale = min(100, int(100 * LANDSCAPE_CHARS / wider))
    setup.pageOrder = "overThenDown"
    ws.print_title_cols = repeat
    ws.col_breaks.append(Break(id=break_after))


def header_footer(ws, document: Document) -> None:
    for part in (ws.oddHeader, ws.oddFooter):
        for item in (part.left, part.center, part.right):
            item.font, item.size = f"{FONT},Regular", 9
    # Two parts a line, not three: a long unit name ("Östersunds kommun · Arbetsmarknadsenheten Arbete
    # och rehabilitering") or maker ran into a centred part beside it, and a part cannot wrap (a line
    # break in one is written as _x000A_). The left part has the room; the right one is short.
    ws.oddHeader.left.text = _escape(document.unit)
    ws.oddHeader.right.text = _escape(document.title) + (" · SEKRETESS" if document.personal_data else "")
    ws.oddHeader.right.font, ws.oddHeader.right.size = f"{FONT},Bold", 10
    ws.oddFooter.left.text = _escape(f"Skapad {document.created} av {document.user}")
    ws.oddFooter.right.text = "&A · Sida &P av &N"  # the sheet's name and the page


def _escape(text: str) -> str:
    """User text in a header: "&" starts a code there (&P, &"font"), so a literal one is "&&"; and a
    header part holds at most 255 characters in all, codes included."""
    return " ".join(text.split()).replace("&", "&&")[:120]


def sheet_width(ws) -> float:
    """The printed width in column width units: the used columns and the charts to their right."""
    widths = ws.column_dimensions
    sized = [column_index_from_string(letter) for letter, d in widths.items() if d.width]
    last = max(getattr(ws, "max_column", 0), *sized, 0)  # a streamed sheet has no max_column

    def width(index: int) -> float:
        dimension = widths.get(get_column_letter(index))
        return dimension.width if dimension is not None and dimension.width else 8.43

    right = sum(width(i) for i in range(1, last + 1))
    for chart in getattr(ws, "_charts", []):
        anchor = chart.anchor if isinstance(chart.anchor, str) else None
        match = _ANCHOR.match(anchor or "")
        if match:
            start = column_index_from_string(match.group(1))
            right = max(right, sum(width(i) for i in range(1, start)) + chart.width / CHART_CM_PER_CHAR)
    return right


# Installed once, for every workbook of the process (openpyxl 3.1, pinned below 3.2 in pyproject.toml).
_openpyxl_write_row = WorksheetWriter.write_row
_openpyxl_write_top = WorksheetWriter.write_top
_openpyxl_write_tail = WorksheetWriter.write_tail
WorksheetWriter.write_row = _write_row
WorksheetWriter.write_top = _write_top
WorksheetWriter.write_tail = _write_tail
