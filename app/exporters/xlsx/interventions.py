"""Insatser: interventions per model and kind (count, minutes, hours) by gender, the collaboration
meetings held per partner and kind and per month and kind, and whether the actions agreed at them
were done on time. Counts only, no personal data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter

from app.exporters.xlsx.base import (
    DECIMAL,
    INT,
    Column,
    TableSheet,
    add_about_sheet,
    add_chart,
    new_workbook,
    save,
)
from app.exporters.xlsx.tables import write_count_table
from app.models.statistics import ANONYMOUS, TOTAL, intervention_stats
from app.models.texts import counted

if TYPE_CHECKING:
    from app.models.store import Store

REPORT = "Insatser och samverkan"


def write_interventions_xlsx(store: Store, target: Path, *, period_from: dt.date | None = None,
                             period_to: dt.date | None = None) -> None:
    stats = intervention_stats(store, period_from, period_to)
    wb = new_workbook(streamed=False)
    columns = [Column("Modell", 22), Column("Insats", 30), Column("Antal", kind=INT), Column("Minuter", kind=INT),
               Column("Timmar", kind=DECIMAL)]
    for group in stats.groups:
        short = "anonyma" if group == ANONYMOUS else group.lower()
        columns += [Column(f"Antal {short}", kind=INT), Column(f"Timmar {short}", kind=DECIMAL)]
    sheet = TableSheet(wb, "Insatser", columns)
    for row in stats.rows:
        per_group = [v for count, minutes in row.by_group for v in (count, minutes / 60)]
        sheet.append([row.model_label, row.kind_label, row.count, row.minutes, row.minutes / 60, *per_group])
    sheet.finish()
    totals = [v for i in range(len(stats.groups))
              for v in (sum(r.by_group[i][0] for r in stats.rows), sum(r.by_group[i][1] for r in stats.rows) / 60)]
    sheet.append([TOTAL, "", stats.count, stats.minutes, stats.minutes / 60, *totals], bold=True)
    sheet.notes([
        f"{counted(stats.count, 'insats', 'insatser')} för {counted(stats.clients, 'klient', 'klienter')}.",
        f"{ANONYMOUS.capitalize()}: insatser för klienter som inte vill ingå i statistiken fördelas inte på kön.",
    ])
    if stats.rows:
        add_chart(sheet, "hbar", "Tid per insats (timmar)", first_col=5, last_col=5, rows=len(stats.rows),
                  anchor=f"{get_column_letter(len(columns) + 2)}2", y_title="Timmar", category_col=2)
    for table in (stats.meetings, stats.meetings_by_month, stats.actions):
        write_count_table(wb, table)
    add_about_sheet(wb, store, REPORT, personal_data=False, period=(period_from, period_to))
    save(wb, target)
