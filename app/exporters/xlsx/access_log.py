"""Åtkomstlogg: the log review's selection (a search, the openings of others' cases, or a sample) as
one row per access, for the unit's own follow-up of the review. Holds personal data.

Every text in it comes from users (names, what a row says, a client's name); the sheet writer
(sheet_writer.py) keeps a user named "=HYPERLINK(...)" that text, as in every workbook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.exporters.xlsx.base import (
    DATETIME,
    Column,
    TableSheet,
    add_about_sheet,
    new_workbook,
    save,
)
from app.models.access_log import EXPORT_LIMIT
from app.models.log_entries import LogFilter

if TYPE_CHECKING:
    from app.models.store import Store

REPORT = "Åtkomstlogg"
COLUMNS = (  # 175 characters wide: a landscape page at about 75 %, the long texts wrapped
    Column("Tid", 16, kind=DATETIME),
    Column("Användare", 18, wrap=True),
    Column("Enhet", 24, wrap=True),
    Column("Händelse", 18, wrap=True),
    Column("Klient", 20, wrap=True),
    Column("Personnummer", 14),
    Column("Ärende", 10),
    Column("Ärendets ansvarige", 18, wrap=True),
    Column("Vad", 36, wrap=True),
)


def write_access_log_xlsx(store: Store, target: Path, *, log_filter: LogFilter, limit: int = EXPORT_LIMIT) -> None:
    entries = store.access_log.entries(log_filter, limit=limit + 1)
    truncated = len(entries) > limit
    wb = new_workbook()
    sheet = TableSheet(wb, REPORT, COLUMNS)
    for e in entries[:limit]:
        sheet.append([e.at, e.user_name, e.unit, e.action_label, e.client_name, e.client_number, e.case_number,
                      e.responsible_name, e.what])
    sheet.finish()
    details = [("Urval", store.access_log.describe(log_filter)), ("Antal rader", str(sheet.rows))]
    if truncated:
        details.append(("Obs", f"Urvalet har fler rader; de {limit:,} senaste är med.".replace(",", " ")))
    add_about_sheet(wb, store, REPORT, personal_data=True, details=details)
    save(wb, target)
