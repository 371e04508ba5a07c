"""The shared look of the Excel workbooks (app/exporters/xlsx/base.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.exporters.xlsx.base import (
    ABOUT_SHEET,
    BOOL,
    DATE,
    DATETIME,
    DECIMAL,
    INT,
    NO_PERSONAL_DATA,
    PERCENT,
    PERSONAL_DATA,
    Column,
    TableSheet,
    add_about_sheet,
    add_chart,
    new_workbook,
    period_text,
    save,
    sheet_title,
)
from tests.exporters.xlsx_support import about, read_back


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "in-memory"])
def test_table_sheet_header_dates_percent_and_filter(tmp_path, store, monkeypatch, streamed):
    if not streamed:  # base.save writes the sheets of an in-memory workbook without temporary files
        def no_temporary_file(*args, **kwargs):
            raise AssertionError("temporary file for an in-memory workbook")

        monkeypatch.setattr("openpyxl.worksheet._writer.create_temporary_file", no_temporary_file)
    wb = new_workbook(streamed)
    sheet = TableSheet(wb, "Tabell: test/1", [
        Column("Namn"), Column("Datum", kind=DATE), Column("Antal", kind=INT), Column("Andel", kind=PERCENT),
        Column("Timmar", kind=DECIMAL), Column("E/T", kind=BOOL), Column("När", kind=DATETIME),
    ])
    sheet.append(["Första", "2026-11-02", 3, 0.25, 1.5, True, "2026-11-20 10:00:00"])
    sheet.append(["Andra", None, 0, None, 0, False, None])
    sheet.finish()
    sheet.append(["Totalt", None, 3, 0.25, 1.5, False, None], bold=True)
    add_chart(sheet, "bar", "Antal", first_col=3, last_col=3, rows=2, anchor="J2")
    add_about_sheet(wb, store, "Testrapport", personal_data=True, period=(dt.date(2026, 1, 1), None))
    path = tmp_path / "t.xlsx"
    save(wb, path)

    back = read_back(path)
    assert back.sheetnames == ["Tabell- test-1", ABOUT_SHEET]
    ws = back["Tabell- test-1"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:G3"
    assert ws["A1"].value == "Namn" and ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("1F4E78")
    assert ws["B2"].value == dt.datetime(2026, 11, 2) and ws["B2"].number_format == "yyyy-mm-dd"
    assert ws["D2"].value == 0.25 and ws["D2"].number_format == "0.0%"
    assert ws["E2"].number_format == "0.0" and ws["F2"].value == "Ja" and ws["F3"].value is None
    assert ws["G2"].value == dt.datetime(2026, 11, 20, 10, 0) and ws["G2"].number_format == "yyyy-mm-dd hh:mm"
    assert ws["A4"].value == "Totalt" and ws["A4"].font.b and ws["C4"].font.b
    assert ws.column_dimensions["B"].width == 12 and ws.column_dimensions["A"].width == 14
    assert len(ws._charts) == 1 and type(ws._charts[0]).__name__ == "BarChart"
    info = about(back)
    assert info["Rapport"] == "Testrapport"
    assert info["Skapad"] == dt.datetime(2026, 11, 20, 10, 0)
    assert info["Skapad av"] == "Anna Andersson (arbetsterapeut)"
    assert info["Program"].startswith("ATAMA ")
    assert info["Period"] == "2026-01-01 – i dag"
    assert info["Sekretess"] == PERSONAL_DATA


def test_about_sheet_without_personal_data_or_user(tmp_path, store):
    store.user_id = None
    wb = new_workbook()
    add_about_sheet(wb, store, "Antal", personal_data=False)
    save(wb, tmp_path / "a.xlsx")
    info = about(read_back(tmp_path / "a.xlsx"))
    assert info["Sekretess"] == NO_PERSONAL_DATA and info["Skapad av"] == "Okänd användare"
    assert "Period" not in info


@pytest.mark.parametrize("text, expected", [
    ("Översikt", "Översikt"), ("a" * 40, "a" * 31), ("[x]:*?", "-x----"), ("", "Blad"),
])
def test_sheet_titles_are_valid(text, expected):
    assert sheet_title(text) == expected


def test_period_text():
    assert period_text(None, None) == "Alla datum"
    assert period_text(dt.date(2026, 1, 1), dt.date(2026, 6, 30)) == "2026-01-01 – 2026-06-30"
    assert period_text(None, dt.date(2026, 6, 30)) == "början – 2026-06-30"


def test_text_width_counts_wide_letters_wider_than_narrow_ones():
    from app.exporters.xlsx import text_width

    assert text_width.units("0000000000") == pytest.approx(10)
    assert text_width.units("MMMMMMMMMM") > 16 > 5 > text_width.units("iiiiiiiiii")
    assert text_width.lines("Medarbetare på AMA", 18) == 1
    assert text_width.lines("Medarbetare på AMA", 12) == 2
    assert text_width.lines("ÅÅÅÅMMDD-NNNN " * 4, 30) == 4  # capitals: 14 characters take half the width
    assert text_width.lines("en\nrad till", 30) == 2
    assert text_width.lines("Arbetsmarknadsavdelningen", 10) == 3  # one word: broken inside it, as Excel does
    assert text_width.lines("", 10) == 1


def test_a_header_is_never_narrower_than_its_longest_word():
    from app.exporters.xlsx.base import Column

    assert Column("Ärendenummer", 8).char_width >= 13  # bold: about 12.6 digits wide
    assert Column("Kön", 8).char_width == 8
