"""The Excel template for importing clients: the header row the importer reads, one example row
(Skatteverket's test identity Tolvan Tolvansson, which the importer refuses so it cannot slip in),
and a sheet explaining every column and its allowed values. The columns come from
:data:`app.models.client_import.COLUMNS`, so the template and the importer cannot drift apart."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.exporters.xlsx.base import (
    DATE,
    DIGITS,
    TEXT,
    Column,
    TableSheet,
    describe_workbook,
    new_workbook,
    save,
)
from app.models.client_import import COLUMNS, NUMBER_TEXT, SHEET

if TYPE_CHECKING:
    from app.models.store import Store

REPORT = "Importmall för klienter"


def _kind(column) -> str:
    """Dates as dates; personnummer, birth year and phone as text, so a typed 0701234567 keeps its 0."""
    return DATE if column.is_date else DIGITS if column.kind == NUMBER_TEXT else TEXT


def write_import_template(target: Path, store: Store | None = None) -> None:
    """``store``: who asked for it and the unit, for the printed header (the template holds no data)."""
    wb = new_workbook()
    describe_workbook(wb, store, REPORT, personal_data=False)
    sheet = TableSheet(wb, SHEET, [Column(c.header, kind=_kind(c), width=max(len(c.header) + 4, 14))
                                   for c in COLUMNS])
    sheet.append([c.example if c.example != "" else None for c in COLUMNS])
    sheet.finish()
    help_sheet = TableSheet(wb, "Instruktioner", [Column("Kolumn", 20), Column("Obligatorisk", 13, wrap=True),
                                                  Column("Beskrivning", 60, wrap=True),
                                                  Column("Tillåtna värden", 50, wrap=True)],
                            filter=False)
    for c in COLUMNS:
        required = "Ja" if c.required else ("Ja, eller Födelseår" if c.field == "personnummer" else "")
        allowed = ", ".join(label for _, label in c.choices) if c.choices else ""
        help_sheet.append([c.header, required, c.description, allowed])
    help_sheet.notes([
        f"Fyll i en klient per rad i bladet {SHEET}, under rubrikraden. Ta bort exempelraden (Tolvan "
        "Tolvansson, ett testpersonnummer från Skatteverket) innan du importerar.",
        "Versaler och extra mellanslag i rubriker och värden spelar ingen roll; kolumner som inte finns här "
        "hoppas över. Värden kan skrivas som i listan ovan.",
        "Datum skrivs ÅÅÅÅ-MM-DD eller som Excel-datum. Ja/Nej-kolumner: Ja eller Nej (tomt betyder Nej).",
        "Klienter som redan finns (samma personnummer, eller samma namn och födelseår utan personnummer) "
        "ändras inte; importera samma fil igen skapar inga dubbletter.",
        "En rad vars personnummer redan tillhör en klient med ett annat namn importeras inte (versaler, extra "
        "mellanslag, å/ä/ö skrivna a/a/o och ett mellannamn som saknas räknas inte som ett annat namn).",
        "Formler läses inte: skriv in värdena (i Excel: Kopiera, Klistra in special → Värden). Text som börjar "
        "med = + - eller @ sparas som den är skriven.",
    ])
    save(wb, target)
