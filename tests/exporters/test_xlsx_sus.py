"""The SUS workbook, read back: the hand-computed figures of tests/models/test_statistics.py in
the cells, shares in percent format, a chart beside every table, and no personal data."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl.utils import get_column_letter

from app.exporters.xlsx import write_sus_xlsx
from app.exporters.xlsx.base import ABOUT_SHEET, NO_PERSONAL_DATA
from app.models.demo import make_demo_database
from app.models.store import Store
from tests.exporters.xlsx_support import about, every_cell_text, read_back, rows_of
from tests.models.sus_people import PERIOD, add_groups, build_sus_people
from tests.support import FIXED_NOW

TABLE_SHEETS = {  # sheet -> chart type
    "Ålder och kön": "BarChart", "Utbildning": "BarChart", "Försörjning": "BarChart",
    "Sysselsättning": "BarChart", "Utfall": "PieChart", "Utvecklingsplan": "PieChart",
    "Gruppaktiviteter": "BarChart",
}


@pytest.fixture
def sus_book(store, tmp_path):
    people = build_sus_people(store)
    add_groups(store, people)
    path = tmp_path / "sus.xlsx"
    write_sus_xlsx(store, path, period_from=PERIOD[0], period_to=PERIOD[1])
    return read_back(path), people


def test_sheets_and_overview(sus_book):
    wb, _ = sus_book
    assert wb.sheetnames == ["Översikt", *TABLE_SHEETS, ABOUT_SHEET]
    overview = {label.strip(): (n, share) for label, n, share in rows_of(wb["Översikt"], 2) if n is not None}
    assert overview["Klienter i individuella ärenden under perioden"][0] == 7
    assert overview["– varav anonyma, endast i totalen"] == (1, pytest.approx(1 / 7))
    assert overview["– deltagare i tabellerna"] == (6, pytest.approx(6 / 7))
    assert overview["Kvinna"] == (3, 0.5) and overview["Man"] == (2, pytest.approx(1 / 3))
    assert overview["Ärenden som pågått under perioden"][0] == 8
    assert overview["– påbörjade (remiss) under perioden"][0] == 5
    assert overview["– avslutade under perioden"][0] == 4
    assert overview["Tillfällen med gruppaktiviteter"][0] == 3
    assert overview["Klienter som deltagit i gruppaktiviteter (unika)"][0] == 3
    assert overview["Övriga deltagare i gruppaktiviteter (besök)"][0] == 5
    assert overview["AMA-medarbetare med aktuell utvecklingsplan 2026-06-30"] == (1, 0.25)
    assert wb["Översikt"]["C3"].number_format == "0.0%"


def test_age_table_in_cells(sus_book):
    ws = sus_book[0]["Ålder och kön"]
    assert rows_of(ws)[0] == ("Åldersgrupp", "Kvinna", "Man", "Annat", "Totalt",
                              "Kvinna (%)", "Man (%)", "Annat (%)", "Totalt (%)")
    counts = [r[:5] for r in rows_of(ws, 2)[:7]]
    assert counts == [
        ("16–24", 2, 0, 0, 2), ("25–34", 0, 1, 0, 1), ("35–44", 0, 0, 1, 1), ("45–54", 0, 0, 0, 0),
        ("55–64", 1, 1, 0, 2), ("Övriga åldrar", 0, 0, 0, 0), ("Totalt", 3, 2, 1, 6),
    ]
    assert ws["F2"].value == pytest.approx(2 / 3) and ws["F2"].number_format == "0.0%"
    assert ws["I6"].value == pytest.approx(2 / 6)
    assert ws["I8"].value == 1 and ws["A8"].font.b  # the total row, bold, outside the filter
    assert ws.auto_filter.ref == "A1:I7" and ws.freeze_panes == "A2"


def test_before_and_after_tables_in_cells(sus_book):
    wb = sus_book[0]
    income = {r[0]: r[1:] for r in rows_of(wb["Försörjning"], 2) if r[0] and r[1] is not None}
    assert income["Ingen offentlig försörjning"] == (1, 1, pytest.approx(1 / 6), pytest.approx(1 / 6))
    assert income["Ej avslutad"] == (0, 4, 0, pytest.approx(4 / 6))
    assert income["Uppgift saknas"][:2] == (1, 0)
    assert income["Totalt"] == (6, 6, 1, 1)
    occupation = {r[0]: r[1:3] for r in rows_of(wb["Sysselsättning"], 2) if r[0] and r[1] is not None}
    assert occupation["Arbetslös"] == (2, 0) and occupation["Studier"] == (0, 1)
    outcomes = {r[0]: r[1] for r in rows_of(wb["Utfall"], 2) if r[0] and r[1] is not None}
    assert outcomes["Reguljär anställning"] == 1 and outcomes["Totalt"] == 3
    education = {r[0]: r[1:5] for r in rows_of(wb["Utbildning"], 2) if r[0] and r[1] is not None}
    assert education["Eftergymnasial"] == (2, 1, 0, 3)


def test_every_table_has_its_chart_beside_it(sus_book):
    wb = sus_book[0]
    for name, chart_type in TABLE_SHEETS.items():
        ws = wb[name]
        assert [type(c).__name__ for c in ws._charts] == [chart_type], name
        chart = ws._charts[0]
        header = [h for h in rows_of(ws)[0] if h]
        counts = len([h for h in header[1:] if not h.endswith("(%)")])
        last = [r[0] for r in rows_of(ws, 2)].index("Totalt") + 1  # the data rows are 2..last
        series = chart.series[0]
        assert series.cat.numRef.f.replace("'", "") == f"{name}!$A$2:$A${last}", name
        column = "B" if chart_type == "BarChart" else get_column_letter(counts + 1)  # a pie shows the whole
        assert series.val.numRef.f.replace("'", "") == f"{name}!${column}$2:${column}${last}", name
        assert chart.anchor._from.col >= len(header), name  # beside the table, not over it
    assert len(wb["Ålder och kön"]._charts[0].series) == 3  # the genders, without the total


def test_no_personal_data_in_the_workbook(sus_book):
    wb, people = sus_book
    text = every_cell_text(wb)
    for person in (people.alva, people.carl, people.eli, people.fredrik):
        assert person.first_name not in text and person.last_name not in text
        assert person.personnummer[2:8] not in text
    info = about(wb)
    assert info["Sekretess"] == NO_PERSONAL_DATA and info["Period"] == "2026-01-01 – 2026-06-30"


def test_ten_thousand_clients_smoke(tmp_path):
    """A realistic database: the workbook is written and its totals add up (its speed is a bench
    figure, sus_workbook_10k, not asserted here)."""
    path = tmp_path / "demo.sqlite"
    make_demo_database(path, clients=2000, seed=2, clock=lambda: FIXED_NOW)
    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        write_sus_xlsx(store, tmp_path / "sus.xlsx", period_from=dt.date(2025, 1, 1), period_to=dt.date(2026, 11, 20))
    finally:
        store.close()
    wb = read_back(tmp_path / "sus.xlsx")
    overview = {r[0].strip(): r[1] for r in rows_of(wb["Översikt"], 2) if r[0] and r[1] is not None}
    participants = overview["– deltagare i tabellerna"]
    assert participants > 1000
    assert overview["– varav anonyma, endast i totalen"] + participants == overview[
        "Klienter i individuella ärenden under perioden"]
    for name in ("Ålder och kön", "Utbildning"):
        total = next(r for r in rows_of(wb[name], 2) if r[0] == "Totalt")
        assert total[4] == participants and total[1] + total[2] + total[3] == participants
    for name in ("Försörjning", "Sysselsättning"):
        rows = [r for r in rows_of(wb[name], 2) if r[0] and r[1] is not None and r[0] != "Totalt"]
        assert sum(r[1] for r in rows) == participants and sum(r[2] for r in rows) == participants
