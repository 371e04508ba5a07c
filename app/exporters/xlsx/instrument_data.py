"""Item-level instrument data for research and quality follow-up: one row per administration, part
and item (long format: every instrument fits the same columns and loads straight into R, SPSS or a
pivot table). Clients appear only as a pseudonym, gender and age band; no name, personnummer,
case number or exact date of birth."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.exporters.xlsx.base import (
    BOOL,
    DATE,
    INT,
    PSEUDONYMOUS_DATA,
    Column,
    TableSheet,
    add_about_sheet,
    new_workbook,
    save,
)
from app.models.instrument_data import instrument_rows

if TYPE_CHECKING:
    from app.models.store import Store

REPORT = "Instrumentdata (pseudonymiserad)"
COLUMNS = (  # about 230 wide: a landscape page at 60 %, the long texts wrapped (a data file, printed rarely)
    Column("Pseudonym", 16),
    Column("Kön", 8),
    Column("Åldersgrupp", 12),
    Column("Instrument", 11),
    Column("Version", 8),
    Column("Administrering", 10, kind=INT),
    Column("Klientens nr", 9, kind=INT),
    Column("Datum", 11, kind=DATE),
    Column("Status", 8),
    Column("Del", 20, wrap=True),
    Column("Bedömare", 15, wrap=True),
    Column("Domän", 20, wrap=True),
    Column("Påstående-id", 24),
    Column("Påstående", 34, wrap=True),
    Column("Värde", 7, kind=INT),
    Column("E/T", 6, kind=BOOL),
)


def write_instrument_data_xlsx(store: Store, target: Path, *, instrument_id: str | None = None,
                               include_drafts: bool = False) -> None:
    wb = new_workbook()
    sheet = TableSheet(wb, "Skattningar", COLUMNS)
    for r in instrument_rows(store, instrument_id, include_drafts=include_drafts):
        sheet.append((r.pseudonym, r.gender, r.age_band, r.instrument_id, r.instrument_version, r.administration,
                      r.client_order, r.assessment_date, r.status, r.part, r.rater, r.domain, r.item_id, r.item,
                      r.value, r.not_applicable))
    sheet.finish()
    add_about_sheet(wb, store, REPORT, personal_data=PSEUDONYMOUS_DATA, details=[
        ("Urval", f"{'Instrument ' + instrument_id if instrument_id else 'Alla instrument'}; "
                  f"{'alla bedömningar' if include_drafts else 'klara bedömningar'}; klienter som inte vill "
                  "ingå i statistik är inte med."),
        ("Format", "En rad per bedömning, del och påstående. Administrering: löpnummer i filen. Klientens nr: "
                   "klientens första, andra … bedömning med instrumentet. Värde tomt: inte skattat. "
                   "E/T: ej tillämplig. Åldersgrupp: på bedömningsdagen."),
        ("Pseudonym", "Samma klient har samma pseudonym i alla uttag från den här databasen. Nyckeln finns "
                      "bara i databasen."),
    ])
    save(wb, target)
