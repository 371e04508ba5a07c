"""A CountTable (app.models.statistics) as a sheet: counts, shares in percent format, a bold
"Totalt" row, a note, and a native chart beside it. Shared by the SUS and the interventions workbooks."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from app.exporters.xlsx.base import INT, PERCENT, Column, TableSheet, add_chart
from app.models.statistics import TOTAL, CountTable

LONG_LABEL = 14  # characters: longer category names get lying bars, which have room for them


def write_count_table(wb: Workbook, table: CountTable) -> TableSheet:
    counts = len(table.columns)
    columns = [Column(table.category, 34), *(Column(c, kind=INT) for c in table.columns)]
    if table.percent:
        columns += [Column(f"{c} (%)", kind=PERCENT) for c in table.columns]
    sheet = TableSheet(wb, table.name, columns)
    for label, values in table.rows:
        sheet.append([label, *values, *_shares(table, values)])
    sheet.finish()
    sheet.append([TOTAL, *table.totals, *_shares(table, table.totals)], bold=True)
    sheet.notes([table.title, table.note, "(%): andel av raden Totalt i samma kolumn." if table.percent else ""])
    if table.rows:
        anchor = f"{get_column_letter(len(columns) + 2)}2"
        if table.chart == "pie":  # the whole: the only or the last (total) column
            add_chart(sheet, "pie", table.title, first_col=counts + 1, last_col=counts + 1,
                      rows=len(table.rows), anchor=anchor)
        else:  # the groups side by side, without a total column that would dwarf them
            last = counts if table.columns[-1] == TOTAL and counts > 1 else counts + 1
            lying = max(len(label) for label, _ in table.rows) > LONG_LABEL
            add_chart(sheet, "hbar" if lying else "bar", table.title, first_col=2, last_col=last,
                      rows=len(table.rows), anchor=anchor)
    return sheet


def _shares(table: CountTable, values: tuple[int, ...]) -> list[float | None]:
    return [table.share(v, i) for i, v in enumerate(values)] if table.percent else []
