"""Reading workbooks back in the exporter tests: rows, the about sheet, every cell's text."""

from __future__ import annotations

import openpyxl

from app.exporters.xlsx.base import ABOUT_SHEET


def read_back(path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)  # not read-only: frozen panes, filters and charts are read too


def rows_of(ws, first: int = 1) -> list[tuple]:
    return [tuple(r) for r in ws.iter_rows(min_row=first, values_only=True)]


def about(wb) -> dict[str, object]:
    return {label: value for label, value in rows_of(wb[ABOUT_SHEET], 2)}


def every_cell_text(wb) -> str:
    """Every value in every sheet as text, for scanning for what must not be there."""
    return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)
