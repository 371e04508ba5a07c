"""Ärendelista: one row per case, for the unit's own follow-up. Holds personal data and staff names,
and is marked internal; so the plan share per responsible user is here too (not in Finsam's workbook)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.exporters.xlsx.base import (
    DATE,
    INT,
    PERCENT,
    Column,
    TableSheet,
    add_about_sheet,
    new_workbook,
    save,
)
from app.models.caseload import caseload_rows
from app.models.plan_share import measured_cases, share_of, share_per_responsible

if TYPE_CHECKING:
    from app.models.store import Store

REPORT = "Ärendelista"
PLAN_SHEET = "Plan per ansvarig (intern)"
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
    _plan_share_sheet(wb, store, user_id)
    who = store.users.get(user_id).display if user_id is not None else "Alla handläggare"
    add_about_sheet(wb, store, REPORT, personal_data=True, details=[
        ("Urval", f"{who}; {'även avslutade ärenden' if include_closed else 'bara pågående ärenden'}"),
        ("Antal ärenden", str(sheet.rows)),
        ("Intern", "Endast för enhetens eget bruk: innehåller handläggarnas namn."),
    ])
    save(wb, target)


def _plan_share_sheet(wb, store: Store, user_id: int | None) -> None:
    """AMA employees with a current development plan today, per responsible and for the unit: the
    figure of Att göra and the Finsam workbook (app/models/plan_share.py), with the staff names."""
    cases = measured_cases(store, store.today(), user_id=user_id)
    sheet = TableSheet(wb, PLAN_SHEET, [Column("Ansvarig", 28), Column("Med aktuell plan", kind=INT),
                                        Column("AMA-medarbetare", kind=INT), Column("Andel", kind=PERCENT)])
    for name, share in share_per_responsible(cases):
        sheet.append([name, share.current, share.total, share.current / share.total if share.total else None])
    sheet.finish()
    unit = share_of(cases)
    sheet.append(["Hela enheten" if user_id is None else "Totalt", unit.current, unit.total,
                  unit.current / unit.total if unit.total else None], bold=True)
    sheet.notes([f"INTERNT – lämnas inte ut. Aktuell utvecklingsplan {store.today().isoformat()}: klienter i "
                 "målgruppen Medarbetare på AMA med ett ärende som pågår vid dagens slut, även anonyma.",
                 "En klient med ärenden hos flera ansvariga räknas hos var och en men en gång i totalen."])
