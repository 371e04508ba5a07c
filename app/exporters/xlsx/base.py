"""The look every ATAMA workbook shares: a styled, frozen, filtered header row, real dates, sensible
column widths, native charts, and an "Om rapporten" sheet saying who made it, when, and whether it
holds personal data.

Workbooks are write-only (rows are streamed to the file): a caseload of 100 000 cases stays fast and
small in memory. So a sheet's widths and frozen row are set before its first row, as TableSheet does.

    wb = new_workbook()
    sheet = TableSheet(wb, "Ärenden", [Column("Ärende", 12), Column("Remissdatum", kind=DATE)])
    sheet.append(["2026-0001", "2026-11-02"])
    sheet.finish()
    add_about_sheet(wb, store, "Ärendelista", personal_data=True)
    save(wb, target)

Every sheet is written by sheet_writer.py: no user text becomes a formula, and every sheet prints
(its header and footer say what add_about_sheet or describe_workbook said the workbook is).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zipfile import ZIP_DEFLATED, ZipFile

import openpyxl.worksheet._writer as _openpyxl_writer
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from app import APP_NAME, __version__
from app.exporters.xlsx import text_width
from app.exporters.xlsx.sheet_writer import FONT, Document, describe, document_of, is_atama, mark_atama
from app.temp_files import scratch_file

if TYPE_CHECKING:
    from app.models.store import Store

TEXT, INT, DATE, DATETIME, PERCENT, DECIMAL, BOOL = "text", "int", "date", "datetime", "percent", "decimal", "bool"
DIGITS = "digits"  # text of digits (personnummer, phone): the column is text, so Excel keeps leading zeros
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
DECIMAL_FORMAT = "0.0"
PERSONAL_DATA = "Innehåller personuppgifter – sekretess"
PSEUDONYMOUS_DATA = ("Innehåller pseudonymiserade personuppgifter – sekretess. Inga namn, personnummer eller "
                     "ärendenummer; pseudonymen kan bara kopplas till en person med ATAMA-databasen.")
NO_PERSONAL_DATA = "Innehåller inga personuppgifter (endast antal)"
ABOUT_SHEET = "Om rapporten"

HEADER_FONT = Font(name=FONT, family=2, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
BOLD = Font(name=FONT, family=2, bold=True)  # family 2: a sans serif where the font is missing
WRAP = Alignment(wrap_text=True, vertical="top")
_MAX_WIDTH = 60
LINE_HEIGHT = 15  # points: a line of 11 pt text

# The cell looks. The first cell of a look in a workbook gets its font, fill, alignment and format
# set; later cells copy that cell's style record (setting them per cell hashes every style object again).
_LOOKS = {
    "ATAMA rubrik": dict(font=HEADER_FONT, fill=HEADER_FILL, alignment=Alignment(wrap_text=True, vertical="center")),
    "ATAMA procent": dict(number_format=PERCENT_FORMAT),
    "ATAMA decimal": dict(number_format=DECIMAL_FORMAT),
    "ATAMA datum och tid": dict(number_format=DATETIME_FORMAT),
    "ATAMA fet": dict(font=BOLD),
    "ATAMA fet procent": dict(font=BOLD, number_format=PERCENT_FORMAT),
    "ATAMA fet decimal": dict(font=BOLD, number_format=DECIMAL_FORMAT),
    "ATAMA fet datum och tid": dict(font=BOLD, number_format=DATETIME_FORMAT),
    "ATAMA datum och tid till vänster": dict(number_format=DATETIME_FORMAT, alignment=Alignment(horizontal="left")),
    "ATAMA radbrytning": dict(alignment=WRAP),
    "ATAMA höger": dict(alignment=Alignment(horizontal="right")),  # text among numbers: "<3" in a count column
    "ATAMA radbrytning i rad": dict(alignment=Alignment(wrap_text=True)),  # at the bottom, as the row's others
    "ATAMA fet radbrytning": dict(font=BOLD, alignment=WRAP),
}
_KIND_STYLE = {PERCENT: "ATAMA procent", DECIMAL: "ATAMA decimal", DATETIME: "ATAMA datum och tid"}
_BOLD_STYLE = {PERCENT: "ATAMA fet procent", DECIMAL: "ATAMA fet decimal", DATETIME: "ATAMA fet datum och tid"}


def styled(ws, value: Any, style: str) -> Cell:
    """A cell with one of the looks above."""
    looks = ws.parent.__dict__.setdefault("_atama_looks", {})
    cell = WriteOnlyCell(ws, value=value)
    if style in looks:
        cell._style = copy(looks[style])
    else:
        for attribute, setting in _LOOKS[style].items():
            setattr(cell, attribute, setting)
        looks[style] = copy(cell._style)
    return cell
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    header: str
    width: float | None = None  # characters; None: from the header and the kind
    kind: str = TEXT
    wrap: bool = False  # text: long values wrap within the width (the row grows) instead of running over

    @property
    def char_width(self) -> float:
        """The width set, or one from the header and the kind; either way wide enough for the header's
        longest word in bold (a header wraps between words, never inside one)."""
        word = math.ceil(text_width.widest_word(self.header))
        if self.width is not None:
            return max(self.width, word)
        least = {DATE: 12, DATETIME: 17, PERCENT: 9, INT: 9, DECIMAL: 9, BOOL: 6}.get(self.kind, 14)
        return min(max(least, len(self.header) + 3, word), _MAX_WIDTH)


def _sheet_scratch_file(suffix: str = "") -> str:
    """Where openpyxl streams a sheet before it goes into the zip: our 0600 scratch file in the user
    data folder, which a start after a crash removes (app/temp_files.py), instead of a file in the
    system's temp folder that a kill -9 would leave there with the sheet's personal data (R11)."""
    path = scratch_file(suffix)
    _openpyxl_writer.ALL_TEMP_FILES.append(path)  # openpyxl's cleanup() removes it from this list
    return path


# openpyxl 3.1 (pinned in pyproject.toml) calls this module attribute for every streamed sheet.
_openpyxl_writer.create_temporary_file = _sheet_scratch_file


def new_workbook(streamed: bool = True) -> Workbook:
    """``streamed``: a write-only workbook, rows going to a temporary file per sheet — for lists that
    can be long (caseload, instrument data). A few small tables (SUS, interventions) are faster in
    memory, since every streamed sheet costs a temporary file."""
    wb = Workbook(write_only=streamed)
    if not streamed:
        wb.remove(wb.active)
    mark_atama(wb)  # its sheets are checked and set up for print as they are written (sheet_writer.py)
    return wb


def sheet_title(text: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\."""
    return _SHEET_FORBIDDEN.sub("-", text).strip("'")[:31] or "Blad"


def to_date(value: Any) -> dt.date | None:
    """ISO text (a date, or the date part of a timestamp) or a date as a real date; empty as None."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


class TableSheet:
    """A write-only sheet holding one table: header row (styled, frozen, filtered), then data rows
    converted by column kind (ISO dates to dates, fractions in percent format)."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column], *, filter: bool = True):
        self.ws = wb.create_sheet(sheet_title(title))
        self.columns = list(columns)
        self.rows = 0  # data rows written
        self._next_row = 2  # the sheet's next row number, for sizing a row before it is written
        self._filter = filter
        self._converters = [self._wrapped(c) if c.wrap else self._converter(c.kind) for c in self.columns]
        self._wrap_widths = [(i, c.char_width) for i, c in enumerate(self.columns) if c.wrap]
        for index, column in enumerate(self.columns, 1):
            dimension = self.ws.column_dimensions[get_column_letter(index)]
            dimension.width = column.char_width
            if column.kind == DIGITS:  # what the user types there later stays text
                dimension.number_format = "@"
        self.ws.freeze_panes = "A2"
        fit_height(self.ws, 1, [(c.header, c.char_width) for c in self.columns], bold=True)
        self.ws.append([self._header(c.header) for c in self.columns])

    def _header(self, text: str) -> Cell:
        return styled(self.ws, text, "ATAMA rubrik")

    def _converter(self, kind: str) -> Callable[[Any], Any]:
        """How a value of the column's kind becomes a cell. Dates go in as plain date values (openpyxl
        gives them the yyyy-mm-dd format itself): styled cells cost, and a caseload has many dates."""
        if kind == DATE:
            return to_date
        if kind == BOOL:
            return lambda v: "Ja" if v else None
        if kind in _KIND_STYLE:
            style = _KIND_STYLE[kind]

            def formatted(value: Any) -> Any:
                if value is None or value == "":
                    return None
                if kind == DATETIME and isinstance(value, str):
                    value = dt.datetime.fromisoformat(value)
                return styled(self.ws, value, style)

            return formatted
        return lambda v: v if v != "" else None

    def _wrapped(self, column: Column) -> Callable[[Any], Any]:
        width = column.char_width

        def wrapped(value: Any) -> Any:
            if value is None or value == "":
                return None
            fits = text_width.fits(value, width) if isinstance(value, str) else True
            return value if fits else styled(self.ws, value, "ATAMA radbrytning i rad")

        return wrapped

    def append(self, values: Sequence[Any], *, bold: bool = False) -> None:
        cells = [convert(v) for convert, v in zip(self._converters, values)]
        if bold:
            cells = [self._bold(c, column.kind) for c, column in zip(cells, self.columns)]
        if self._wrap_widths:  # only a value that wraps became a styled cell
            fit_height(self.ws, self._next_row,
                       [(cells[i].value, width) for i, width in self._wrap_widths if isinstance(cells[i], Cell)])
        self.ws.append(cells)
        self.rows += 1
        self._next_row += 1

    def _bold(self, value: Any, kind: str) -> Any:
        """The bold variant of the column's look (a total row)."""
        if value is None:
            return None
        return styled(self.ws, value.value if isinstance(value, Cell) else value, _BOLD_STYLE.get(kind, "ATAMA fet"))

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def notes(self, lines: Iterable[str], *, span: int | None = None) -> None:
        """Explanations under the table, after an empty row (outside the filter range). Each spans
        the table's width (or its first ``span`` columns: the first page of a sheet printed two
        pages wide), wrapped there: a line running on to the right would be cut off in print."""
        self.ws.append([])
        self._next_row += 1
        spanned = self.columns[:span] if span else self.columns
        last = get_column_letter(len(spanned))
        width = sum(c.char_width for c in spanned)
        for line in lines:
            if line:
                row = self._next_row
                if len(spanned) > 1:
                    self.ws.merged_cells.add(f"A{row}:{last}{row}")
                fit_height(self.ws, row, [(line, width)])
                self.ws.append([styled(self.ws, line, "ATAMA radbrytning i rad")])
                self._next_row += 1

    def finish(self) -> None:
        """The filter over the header and the rows written so far (a total row appended after it
        stays put when the user filters or sorts)."""
        if self._filter:
            self.ws.auto_filter.ref = f"A1:{get_column_letter(len(self.columns))}{max(self.rows + 1, 2)}"


def fit_height(ws, row: int, cells: Iterable[tuple[Any, float]], *, bold: bool = False) -> None:
    """Give row ``row`` (not written yet) the height its wrapped texts need, so that no line is hidden
    behind the next row when printed (a streamed row cannot be sized after it is written)."""
    lines = max((text_width.lines(text, width, bold) for text, width in cells if isinstance(text, str)),
                default=1)
    if lines > 1:
        ws.row_dimensions[row].height = lines * LINE_HEIGHT


def unit_name(store: Store | None) -> str:
    """The unit named in every workbook's header: its identity as the documents print it ("Åre kommun ·
    AMA Järpen"; app/models/unit.py), the program's name for a workbook made without a database."""
    return store.unit.identity().heading if store is not None else APP_NAME


def describe_workbook(wb: Workbook, store: Store | None, title: str, *, personal_data: bool,
                      name_creator: bool = True) -> None:
    """What the workbook is, for its header, footer and document properties (sheet_writer.describe).
    ``name_creator=False``: the unit stands as its maker there, not the user (a workbook that leaves
    the unit names no staff; the export log keeps who made it)."""
    user = store.users.current() if store is not None and name_creator else None
    # the unit's own name as maker (the header has its heading with the municipality)
    maker = user.display if user else (store.unit.identity().name if store is not None and not name_creator
                                       else APP_NAME)
    created = (store.now() if store is not None else dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    describe(wb, Document(title=title, unit=unit_name(store), user=maker, created=created,
                          personal_data=personal_data))


def add_chart(sheet: TableSheet, kind: str, title: str, *, first_col: int, last_col: int, rows: int,
              anchor: str, y_title: str = "Antal", category_col: int = 1) -> None:
    """A native chart of data rows 2..rows+1, categories from ``category_col``, one series per column
    ``first_col..last_col`` named by its header. ``kind``: "pie" (the first series only), "bar"
    (upright bars) or "hbar" (lying bars, for long category names; the first category on top)."""
    ws = sheet.ws
    categories = Reference(ws, min_col=category_col, min_row=2, max_row=rows + 1)
    data = Reference(ws, min_col=first_col, max_col=last_col, min_row=1, max_row=rows + 1)
    if kind == "pie":
        chart = PieChart()
        # only the share on each slice: unset flags read as "show" in LibreOffice, so say no to the rest
        chart.dataLabels = DataLabelList(showPercent=True, showVal=False, showCatName=False, showSerName=False,
                                         showLegendKey=False)
    else:
        chart = BarChart()
        chart.type = "bar" if kind == "hbar" else "col"
        if kind == "hbar":
            chart.x_axis.scaling.orientation = "maxMin"
            chart.y_axis.crosses = "max"  # with the categories turned, this keeps the value axis at the bottom
        chart.y_axis.title = y_title
        chart.y_axis.majorGridlines = None
        chart.x_axis.delete = False  # newer Excel hides the axes of openpyxl charts otherwise
        chart.y_axis.delete = False
    chart.title = title
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.width, chart.height = 18, max(9, 2 + rows * (0.9 if kind == "hbar" else 0))
    ws.add_chart(chart, anchor)


def add_about_sheet(wb: Workbook, store: Store, report: str, *, personal_data: bool | str,
                    period: tuple[dt.date | None, dt.date | None] | None = None,
                    details: Sequence[tuple[str, str]] = (), name_creator: bool = True) -> None:
    """The last sheet: what the report is, who made it and when, the period, and whether it holds
    personal data (True: PERSONAL_DATA; a text says it its own way; False: NO_PERSONAL_DATA).
    ``name_creator=False``: a report that leaves the unit names no staff; the unit stands as creator
    (the export log keeps who made it)."""
    describe_workbook(wb, store, report, personal_data=personal_data is not False, name_creator=name_creator)
    sheet = TableSheet(wb, ABOUT_SHEET, [Column("Uppgift", 22), Column("Värde", 70)], filter=False)
    user = store.users.current()
    creator = user.display if user else "Okänd användare"
    if not name_creator:
        unit = store.unit.identity().heading
        creator = f"{unit} (vem som skapade filen står i ATAMA:s exportlogg)"
    secrecy = PERSONAL_DATA if personal_data is True else (personal_data or NO_PERSONAL_DATA)
    rows: list[tuple[str, Any]] = [
        ("Rapport", report),
        ("Skapad", store.now().replace(microsecond=0)),
        ("Skapad av", creator),
        ("Program", f"{APP_NAME} {__version__}"),
    ]
    if period is not None:
        rows.append(("Period", period_text(*period)))
    rows += [*details, ("Sekretess", secrecy)]
    for number, (label, value) in enumerate(rows, 2):
        bold = "fet " if label == "Sekretess" and personal_data else ""
        look = "datum och tid till vänster" if isinstance(value, dt.datetime) else "radbrytning"
        fit_height(sheet.ws, number, [(value, sheet.columns[1].char_width)], bold=bool(bold))
        sheet.ws.append([styled(sheet.ws, label, "ATAMA radbrytning"), styled(sheet.ws, value, f"ATAMA {bold}{look}")])


def period_text(period_from: dt.date | None, period_to: dt.date | None) -> str:
    if period_from is None and period_to is None:
        return "Alla datum"
    start = period_from.isoformat() if period_from else "början"
    end = period_to.isoformat() if period_to else "i dag"
    return f"{start} – {end}"


def save(wb: Workbook, target: Path | str) -> None:
    """Write the workbook; the sheets of an in-memory workbook go straight into the file."""
    if not is_atama(wb):  # its cells would not be checked
        raise ValueError("a workbook from new_workbook")
    if document_of(wb) is None:  # its header, footer and properties would be empty
        raise ValueError("add_about_sheet or describe_workbook first")
    if wb.write_only:
        wb.save(str(target))
        return
    wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)  # as openpyxl's save
    with ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        _SheetsInMemoryWriter(wb, archive).save()


class _SheetsInMemoryWriter(ExcelWriter):
    """openpyxl writes every sheet of an in-memory workbook to a named temporary file, then copies
    that file into the zip and deletes it. For a report's few small sheets those files cost about a
    fifth of the write (SUS: 9 sheets), so each sheet is written to memory instead. Mirrors
    ``ExcelWriter.write_worksheet`` of openpyxl 3.1 (pinned below 3.2 in pyproject.toml)."""

    def write_worksheet(self, ws) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        out = BytesIO()
        writer = WorksheetWriter(ws, out=out)
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], out.getvalue())
        self.manifest.append(ws)
