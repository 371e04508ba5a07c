"""Ärendelista: one row per case, for the unit's own follow-up. Holds personal data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.exporters.xlsx.base import (
    DATE,
    Column,
    TableSheet,
    add_about_sheet,
    new_workbook,
    save,
)
from app.models.caseload import caseload_rows

if TYPE_CHECKING:
    from app.models.store import Store

REPORT = "Ärendelista"
COLUMNS = (  # about 200 wide (a header is never narrower than its longest word): a landscape page at 65 %
    Column("Ärendenummer", 11),
    Column("Klient", 20, wrap=True),
    Column("Personnummer", 14),
    Column("Målgrupp", 18, wrap=True),
    Column("Ansvarig", 16, wrap=True),
    Column("Remissdatum", 11, kind=DATE),
    Column("Startdatum AMA", 11, kind=DATE),
    Column("Aktuellt steg", 14, wrap=True),
    Column("Planstatus", 26, wrap=True),
    Column("Nästa uppföljning", 11, kind=DATE),
    Column("Status", 9),
    Column("Avslutsdatum", 11, kind=DATE),
    Column("Utfall", 16, wrap=True),
)


def write_caseload_xlsx(store: Store, target: Path, *, user_id: int | None = None,
                        include_closed: bool = True) -> None:
    wb = new_workbook()
    sheet = TableSheet(wb, REPORT, COLUMNS)
    for r in caseload_rows(store, user_id=user_id, include_closed=include_closed):
        sheet.append((r.case_number, r.client_name, r.id_display, r.target_group, r.responsible, r.referral_date,
                      r.ama_start_date, r.current_step, r.plan_status, r.next_follow_up, r.status, r.closed_date,
                      r.outcome))
    sheet.finish()
    who = store.users.get(user_id).display if user_id is not None else "Alla handläggare"
    add_about_sheet(wb, store, REPORT, personal_data=True, details=[
        ("Urval", f"{who}; {'även avslutade ärenden' if include_closed else 'bara pågående ärenden'}"),
        ("Antal ärenden", str(sheet.rows)),
    ])
    save(wb, target)
