"""The import template: the importer's own columns, an example row it refuses, and instructions."""

from __future__ import annotations

import datetime as dt

from openpyxl.utils import get_column_letter

from app.exporters.xlsx import write_import_template
from app.models.client_import import COLUMNS, read_import
from tests.exporters.xlsx_support import read_back, rows_of


def test_template_has_the_importers_columns_and_instructions(tmp_path):
    path = tmp_path / "mall.xlsx"
    write_import_template(path)
    wb = read_back(path)
    assert wb.sheetnames == ["Klienter", "Instruktioner"]
    ws = wb["Klienter"]
    header, example = rows_of(ws)
    assert header == tuple(c.header for c in COLUMNS)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{ws.cell(1, len(COLUMNS)).column_letter}2"
    values = dict(zip(header, example))
    assert (values["Förnamn"], values["Efternamn"], values["Personnummer"]) == ("Tolvan", "Tolvansson",
                                                                                 "19121212-1212")
    assert values["Remissdatum"] == dt.datetime(2026, 11, 2) and ws["G2"].number_format == "yyyy-mm-dd"
    # numbers typed later in these columns stay text: Excel would drop the 0 of 0701234567
    formats = {c.header: ws.column_dimensions[get_column_letter(i)].number_format for i, c in enumerate(COLUMNS, 1)}
    assert {header for header, number_format in formats.items() if number_format == "@"} == {
        "Personnummer", "Födelseår", "Telefon"}
    help_rows = {r[0]: r for r in rows_of(wb["Instruktioner"], 2) if r[0] in header}
    assert set(help_rows) == set(header)
    assert help_rows["Kön"][1] == "Ja" and help_rows["Kön"][3] == "Kvinna, Man, Annat"
    assert "Medarbetare på AMA" in help_rows["Målgrupp"][3]
    assert "exempelraden" in " ".join(str(r[0]) for r in rows_of(wb["Instruktioner"]))


def test_the_example_row_is_not_imported(tmp_path):
    path = tmp_path / "mall.xlsx"
    write_import_template(path)
    preview = read_import(path)
    [row] = preview.rows
    assert not row.ok and "exempelrad" in row.message
