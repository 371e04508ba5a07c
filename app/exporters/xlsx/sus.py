"""The SUS workbook for the Samordningsförbund: an overview, then one sheet per table of
:func:`app.models.statistics.sus_tables`, each with a chart to paste into the unit's report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from app.exporters.xlsx.base import (
    INT,
    PERCENT,
    Column,
    TableSheet,
    add_about_sheet,
    new_workbook,
    save,
)
from app.exporters.xlsx.tables import write_count_table
from app.models.statistics import ANONYMOUS, SusReport, sus_tables

if TYPE_CHECKING:
    from app.models.store import Store

REPORT = "Deltagarstatistik (SUS)"


def write_sus_xlsx(store: Store, target: Path, *, period_from: dt.date, period_to: dt.date) -> None:
    write_sus_report(store, target, sus_tables(store, period_from, period_to))


def write_sus_report(store: Store, target: Path, report: SusReport) -> None:
    """The workbook of tables already counted (the bench times the writing apart from the counting)."""
    period_from, period_to = report.period_from, report.period_to
    wb = new_workbook(streamed=False)
    _overview(wb, report)
    for table in report.tables:
        write_count_table(wb, table)
    add_about_sheet(wb, store, REPORT, personal_data=False, period=(period_from, period_to), details=[
        ("Urval", "Klienter med ett ärende som pågått någon gång under perioden: remiss senast periodens "
                  "sista dag och inte avslutat före dess första dag."),
        ("Flera ärenden", "Ålder och situationen före tas från klientens första ärende i perioden, "
                          "situationen efter från det sista."),
        ("Ålder", "Vid remissdatum för klientens första ärende i perioden (insatsens början)."),
        ("Anonyma", "Klienter som inte vill registreras i statistiken räknas bara i översiktens totaler, "
                    "inte i tabellerna."),
    ])
    save(wb, target)


def _overview(wb, report: SusReport) -> None:
    sheet = TableSheet(wb, "Översikt", [Column("Uppgift", 58), Column("Antal", kind=INT),
                                        Column("Andel", kind=PERCENT)])
    genders = report.table("alder_kon")
    participants = report.participants

    def share(part: int, whole: int) -> float | None:
        return part / whole if whole else None

    rows = [
        ("Klienter i individuella ärenden under perioden", report.clients_total, None),
        (f"– varav {ANONYMOUS.lower()}", report.anonymous, share(report.anonymous, report.clients_total)),
        ("– deltagare i tabellerna", participants, share(participants, report.clients_total)),
        *((f"   {label}", total, share(total, participants))
          for label, total in zip(genders.columns[:-1], genders.totals[:-1])),
        ("Ärenden som pågått under perioden", report.cases_active, None),
        ("– påbörjade (remiss) under perioden", report.cases_started, None),
        ("– avslutade under perioden", report.cases_closed, None),
        ("Tillfällen med gruppaktiviteter", report.group_sessions, None),
        ("Klienter som deltagit i gruppaktiviteter (unika)", report.group_clients, None),
        ("Övriga deltagare i gruppaktiviteter (besök)", report.group_guests, None),
        (f"AMA-medarbetare med aktuell utvecklingsplan {report.plan_day.isoformat()}", report.plan_current,
         share(report.plan_current, report.plan_total)),
        ("AMA-medarbetare med öppet ärende samma dag", report.plan_total, None),
    ]
    sheet.extend(rows)
    sheet.finish()
    sheet.notes([f"Period {report.period_from.isoformat()} – {report.period_to.isoformat()}.",
                 "Anonyma klienter räknas i totalen och i ärende- och gruppantalen men inte i tabellerna."])
