"""Client import workbooks for the tests: the template's header, a row by column name, a file."""

from __future__ import annotations

import openpyxl

HEADER = ["Förnamn", "Efternamn", "Personnummer", "Födelseår", "Kön", "Utbildning", "Remissdatum", "Remittent",
          "Målgrupp", "Startdatum AMA", "Telefon", "E-post", "Anonym i statistik", "Skyddad identitet", "Orsak"]


def workbook(path, header, *rows, title=None, sheet="Klienter"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def row(**values):
    """A row in HEADER order from keyword values named by header (spaces as _)."""
    data = {h: None for h in HEADER}
    data.update({k.replace("_", " "): v for k, v in values.items()})
    return [data[h] for h in HEADER]
