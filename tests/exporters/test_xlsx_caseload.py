"""Ärendelista: one row per case with the columns the unit follows up, read back cell by cell."""

from __future__ import annotations

import datetime as dt

import pytest

from app.exporters.xlsx import write_caseload_xlsx
from app.exporters.xlsx.base import ABOUT_SHEET, PERSONAL_DATA
from app.exporters.xlsx.caseload import PLAN_SHEET
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.closure import ClosureInput, SituationInput
from app.models.plans import PlanInput
from tests.exporters.xlsx_support import about, read_back, rows_of
from tests.support import FIXED_NOW, make_pnr

HEADER = ("Ärendenummer", "Klient", "Personnummer", "Målgrupp", "Ansvarig", "Remissdatum", "Startdatum AMA",
          "Aktuellt steg", "Planstatus", "Nästa uppföljning", "Status", "Avslutsdatum", "Utfall")
PNR = make_pnr(dt.date(1979, 9, 9), 984)
HIDDEN_PNR = make_pnr(dt.date(1983, 3, 3), 988)


@pytest.fixture
def caseload(store):
    """Three cases: Åsa's open AMA case with an agreed plan, Åsa's closed earlier case, and Bo's case
    (protected identity) run by Bertil."""
    bertil = store.users.add("Bertil Berg", "arbetsmarknadskoordinator")
    asa = store.clients.add(ClientInput(first_name="Åsa", last_name="Listberg", personnummer=PNR, gender="kvinna"))
    bo = store.clients.add(ClientInput(first_name="Bo", last_name="Dold", personnummer=HIDDEN_PNR, gender="man",
                                       protected_identity=True))
    old = store.cases.open(asa.id, CaseInput(referral_date="2026-01-15", referred_by="af", target_group="annan"))
    store.process.save_answer(old.id, "utreda.vem", "Fiktiv testklient.")
    store.closure.close_case(old.id, ClosureInput(outcome="studier", closed_date="2026-05-31", reason="Flyttade",
                                                  after=SituationInput("studier", "annan", 100)))
    open_ = store.cases.open(asa.id, CaseInput(referral_date="2026-11-02", referred_by="arbetsledare",
                                               target_group="ama_medarbetare", ama_start_date="2026-10-26"))
    plan = store.plans.save(open_.id, PlanInput(main_goal="Arbeta heltid", follow_up_date="2026-12-18"))
    store.plans.agree(plan.id, "2026-11-12", "Åsa och arbetsterapeuten")
    store.process.save_answer(open_.id, "utreda.vem", "Fiktiv testklient.")
    bos = store.cases.open(bo.id, CaseInput(referral_date="2026-10-01", referred_by="individen",
                                            target_group="korttidsfranvaro", responsible_user_id=bertil.id))
    return bertil, old, open_, bos


def write(store, tmp_path, **options):
    path = tmp_path / "arenden.xlsx"
    write_caseload_xlsx(store, path, **options)
    return read_back(path)


def test_one_row_per_case_with_every_column(store, tmp_path, caseload):
    _, old, open_, bos = caseload
    wb = write(store, tmp_path)
    assert wb.sheetnames == ["Ärendelista", PLAN_SHEET, ABOUT_SHEET]  # the plan share per responsible: internal
    ws = wb["Ärendelista"]
    rows = rows_of(ws)
    assert rows[0] == HEADER
    by_number = {r[0]: r for r in rows[1:]}
    assert set(by_number) == {old.case_number, open_.case_number, bos.case_number}
    assert by_number[open_.case_number] == (
        open_.case_number, "Listberg, Åsa", f"{PNR[:8]}-{PNR[8:]}", "Medarbetare på AMA", "Anna Andersson",
        dt.datetime(2026, 11, 2), dt.datetime(2026, 10, 26), "Utreda",
        "Aktuell plan (version 1), nästa uppföljning 2026-12-18", dt.datetime(2026, 12, 18), "Aktiv", None, None)
    assert by_number[old.case_number][7:] == ("Avslutat", "Ingen utvecklingsplan", None, "Avslutad",
                                              dt.datetime(2026, 5, 31), "Studier")
    hidden = by_number[bos.case_number]
    assert hidden[1:5] == ("Dold, Bo", "Skyddad identitet", "Kommunanställd med upprepad korttidsfrånvaro",
                           "Bertil Berg")
    # Bo's (protected) number is nowhere; the list is sorted by surname
    assert all(HIDDEN_PNR[2:8] not in str(v) for r in rows for v in r)
    assert [r[1] for r in rows[1:]] == ["Dold, Bo", "Listberg, Åsa", "Listberg, Åsa"]


def test_frozen_header_filter_widths_and_date_formats(store, tmp_path, caseload):
    ws = write(store, tmp_path)["Ärendelista"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:M4"
    for column in "FGJL":
        cells = [c for c in ws[column][1:] if c.value is not None]
        assert cells and all(c.is_date and c.number_format == "yyyy-mm-dd" for c in cells), column
    assert ws.column_dimensions["I"].width >= 26 and ws.column_dimensions["F"].width >= 11
    # a plan status longer than its column wraps, and its row is as high as its lines (a short one is not)
    long_ = next(c for c in ws["I"][1:] if c.value.startswith("Aktuell plan"))
    assert long_.alignment.wrap_text and ws.row_dimensions[long_.row].height >= 2 * 15
    assert not next(c for c in ws["I"][1:] if c.value == "Ingen utvecklingsplan").alignment.wrap_text
    for row in ws.iter_rows(min_row=2):
        assert (ws.row_dimensions[row[0].row].height is not None) is any(c.alignment.wrap_text for c in row)
    assert ws["A1"].font.b


def test_selection_by_user_and_open_cases_only(store, tmp_path, caseload):
    bertil, old, open_, bos = caseload
    assert [r[0] for r in rows_of(write(store, tmp_path, user_id=bertil.id)["Ärendelista"], 2)] == [bos.case_number]
    active = rows_of(write(store, tmp_path, include_closed=False)["Ärendelista"], 2)
    assert {r[0] for r in active} == {open_.case_number, bos.case_number}
    wb = write(store, tmp_path, user_id=store.user_id, include_closed=False)
    assert [r[0] for r in rows_of(wb["Ärendelista"], 2)] == [open_.case_number]
    info = about(wb)
    assert info["Sekretess"] == PERSONAL_DATA and info["Rapport"] == "Ärendelista"
    assert info["Urval"].startswith("Anna Andersson") and "bara pågående" in info["Urval"]
    assert info["Antal ärenden"] == "1"


def test_an_empty_database_gives_a_header_only_list(store, tmp_path):
    ws = write(store, tmp_path)["Ärendelista"]
    assert rows_of(ws) == [HEADER]


def test_a_closed_case_is_never_forsenad(store, tmp_path):
    """A plan's follow-up that passed is late while the case runs; once the case is closed nobody
    follows the plan up, so neither the list nor the plan status calls it late (nor names a next one)."""
    client = store.clients.add(ClientInput(first_name="Sena", last_name="Uppföljning", personnummer=PNR,
                                           gender="kvinna"))
    store._clock = lambda: dt.datetime(2026, 9, 20, 10, 0)  # when the plans were agreed
    cases = []
    for _ in range(2):
        case = store.cases.open(client.id, CaseInput(referral_date="2026-09-01", referred_by="af",
                                                     target_group="ama_medarbetare"))
        plan = store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid", follow_up_date="2026-11-10"))
        store.plans.agree(plan.id, "2026-09-20", "Klienten och arbetsterapeuten")
        store.process.save_answer(case.id, "utreda.vem", "Fiktiv testklient.")
        cases.append(case)
    running, closed = cases
    store._clock = lambda: FIXED_NOW
    store.closure.close_case(closed.id, ClosureInput(outcome="studier", closed_date="2026-11-15", reason="Studier",
                                                     after=SituationInput("studier", "annan", 100)))
    rows = {r[0]: r for r in rows_of(write(store, tmp_path)["Ärendelista"], 2)}
    assert rows[running.case_number][8:10] == ("Uppföljningen 2026-11-10 är försenad (version 1)",
                                               dt.datetime(2026, 11, 10))
    assert rows[closed.case_number][8:10] == ("Plan version 1 (ärendet avslutat 2026-11-15)", None)
    assert "försenad" not in store.plans.status(closed.id).label
    assert store.plans.status(closed.id).label == "Plan version 1 (ärendet avslutat 2026-11-15)"
    # asked about a day before it closed, the case was running and its follow-up late
    assert "försenad" in store.plans.status(closed.id, dt.date(2026, 11, 12)).label
