"""Insatser och samverkan: counts, minutes and hours by model, kind and gender, and meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from app.exporters.xlsx import write_interventions_xlsx
from app.exporters.xlsx.base import ABOUT_SHEET, NO_PERSONAL_DATA
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.interventions import InterventionInput, MeetingInput
from tests.exporters.xlsx_support import about, every_cell_text, read_back, rows_of


@pytest.fixture
def book(store, tmp_path):
    def case(first, gender, anonymous=False):
        client = store.clients.add(ClientInput(first_name=first, last_name="Insatsson", birth_year=1985,
                                               gender=gender, anonymous_in_stats=anonymous))
        return store.cases.open(client.id, CaseInput(referral_date="2026-02-01", referred_by="chef",
                                                     target_group="annan"))
    woman, man, hidden = case("Karin", "kvinna"), case("Leif", "man"), case("Maja", "kvinna", anonymous=True)
    add = store.interventions.add
    add(woman.id, InterventionInput("2026-03-01", 45, "kompensation", "hjalpmedel"))
    add(woman.id, InterventionInput("2026-03-02", 75, "kompensation", "hjalpmedel"))
    add(man.id, InterventionInput("2026-03-05", 30, "kompensation", "hjalpmedel"))
    add(hidden.id, InterventionInput("2026-03-06", 60, "kompensation", "hjalpmedel"))
    add(man.id, InterventionInput("2026-04-01", 90, "pedagogisk", "undervisning_rad"))
    add(woman.id, InterventionInput("2026-09-01", 60, "funktionstraning", "traning_kroppsfunktion"))  # after the period
    store.interventions.add_meeting(woman.id, MeetingInput("2026-03-10", "avstamningsmote", ["af", "fk"],
                                                           participants="Karin, Af och FK"))
    path = tmp_path / "insatser.xlsx"
    write_interventions_xlsx(store, path, period_from=dt.date(2026, 1, 1), period_to=dt.date(2026, 6, 30))
    return read_back(path)


def test_interventions_sheet(book):
    assert book.sheetnames == ["Insatser", "Samverkansmöten", "Möten per månad", "Åtgärder från möten", ABOUT_SHEET]
    ws = book["Insatser"]
    rows = rows_of(ws)
    assert rows[0] == ("Modell", "Insats", "Antal", "Minuter", "Timmar", "Antal kvinna", "Timmar kvinna",
                       "Antal man", "Timmar man", "Antal annat", "Timmar annat", "Antal anonyma", "Timmar anonyma")
    assert rows[1] == ("Kompensation", "Hjälpmedel/arbetshjälpmedel", 4, 210, 3.5, 2, 2, 1, 0.5, 0, 0, 1, 1)
    assert rows[2] == ("Pedagogisk modell", "Undervisning och råd", 1, 90, 1.5, 0, 0, 1, 1.5, 0, 0, 0, 0)
    assert rows[3] == ("Totalt", None, 5, 300, 5, 2, 2, 2, 2, 0, 0, 1, 1)
    assert ws["E2"].number_format == "0.0" and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:M3"
    assert [type(c).__name__ for c in ws._charts] == ["BarChart"]


def test_meetings_sheet_and_about(book):
    ws = book["Samverkansmöten"]
    header, *rows = rows_of(ws)
    avstamning = header.index("Avstämningsmöte")
    table = {r[0]: r for r in rows if r[0] and r[1] is not None}
    assert table["Arbetsförmedlingen"][avstamning] == 1 and table["Arbetsförmedlingen"][-1] == 1
    assert table["Försäkringskassan"][avstamning] == 1
    assert table["Totalt"][avstamning] == 1 and table["Totalt"][-1] == 1  # one meeting with two partners
    assert len(ws._charts) == 1
    info = about(book)
    assert info["Sekretess"] == NO_PERSONAL_DATA and info["Period"] == "2026-01-01 – 2026-06-30"
    assert "Insatsson" not in every_cell_text(book)
