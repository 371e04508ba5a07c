"""Instrument data for research: item-level ratings under a pseudonym, with nothing that names the
client anywhere in the workbook."""

from __future__ import annotations

import datetime as dt
import re

from app.exporters.xlsx import write_instrument_data_xlsx
from app.exporters.xlsx.base import ABOUT_SHEET
from app.models.instrument_data import pseudonym, pseudonym_secret
from tests.exporters.xlsx_support import about, every_cell_text, read_back, rows_of

HEADER = ("Pseudonym", "Kön", "Åldersgrupp", "Instrument", "Version", "Administrering", "Klientens nr", "Datum",
          "Status", "Del", "Bedömare", "Domän", "Påstående-id", "Påstående", "Värde", "E/T")


def test_item_level_rows_under_a_pseudonym(store, tmp_path, pdf_case):
    """pdf_case (tests/exporters/conftest.py): Åsa Ödegård-Æbelø with a completed WEIS-S (item 6 N/A),
    a completed DOA (two parts) and a draft OVAL-9."""
    path = tmp_path / "instrument.xlsx"
    write_instrument_data_xlsx(store, path)
    wb = read_back(path)
    assert wb.sheetnames == ["Skattningar", ABOUT_SHEET]
    ws = wb["Skattningar"]
    header, *rows = rows_of(ws)
    assert header == HEADER
    weis, doa = pdf_case.weis.definition, pdf_case.doa.definition
    assert len(rows) == len(weis.items) + 2 * len(doa.items)  # the draft is left out
    code = pseudonym(pseudonym_secret(store), pdf_case.client.id)
    assert {r[0] for r in rows} == {code} and re.fullmatch(r"P-[0-9A-F]{12}", code)
    weis_rows = [r for r in rows if r[3] == "weis-s"]
    first = weis_rows[0]
    assert first[1:10] == ("Kvinna", "35–44", "weis-s", weis.version, first[5], 1, dt.datetime(2026, 11, 6), "Klar",
                           weis.parts[0].label.sv)
    assert first[12:16] == (weis.items[0].id, weis.items[0].label.sv, 4, None)
    assert weis_rows[5][14:16] == (None, "Ja")  # not applicable
    doa_rows = [r for r in rows if r[3] == "doa"]
    assert {r[10] for r in doa_rows} == {"Klient", "Arbetsterapeut"}
    assert ws["H2"].number_format == "yyyy-mm-dd" and ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:P{len(rows) + 1}"
    assert "pseudonymiserade" in about(wb)["Sekretess"]


def test_nothing_names_the_client(store, tmp_path, pdf_case):
    path = tmp_path / "instrument.xlsx"
    write_instrument_data_xlsx(store, path)
    text = every_cell_text(read_back(path))
    client, case = pdf_case.client, pdf_case.case
    digits = client.personnummer
    for secret in (client.first_name, client.last_name, "Ödegård", digits, digits[2:], digits[:8], digits[2:8],
                   f"{digits[:8]}-{digits[8:]}", f"{digits[2:8]}-{digits[8:]}", case.case_number):
        assert secret not in text, secret


def test_one_instrument_only(store, tmp_path, pdf_case):
    path = tmp_path / "weis.xlsx"
    write_instrument_data_xlsx(store, path, instrument_id="weis-s")
    rows = rows_of(read_back(path)["Skattningar"], 2)
    assert rows and {r[3] for r in rows} == {"weis-s"}
