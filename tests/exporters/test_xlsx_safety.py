"""Every workbook the export service writes, read back as Excel would: names and texts that look
like formulas stay the text that was typed, ATAMA's numbers stay numbers, and every sheet prints
(page set-up, print titles, header and footer, document properties)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl.utils.escape import unescape

import app.exporters.xlsx as xlsx
from app.exporters.service import Exports
from app.exporters.xlsx.base import INT, TEXT, Column, TableSheet, describe_workbook, new_workbook, save
from app.exporters.xlsx.sheet_writer import formula
from app.models.access_log import LogAction
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.log_entries import LogFilter
from app.models.plans import PlanInput
from tests.exporters.xlsx_support import read_back
from tests.support import TEST_PASSWORD, make_pnr

HOSTILE = ('=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "#N/A")
# The service's workbook exports, by the writer each goes through; every writer of the package is here.
WORKBOOKS = {
    "write_caseload_xlsx": ("caseload", True, lambda e, out: e.caseload(out)),
    "write_finsam_xlsx": ("finsam", True, lambda e, out: e.finsam(out, "2026-01-01", "2026-12-31")),
    "write_interventions_xlsx": ("interventions", False, lambda e, out: e.interventions(out)),
    "write_instrument_data_xlsx": ("instrument_data", True, lambda e, out: e.instrument_data(out)),
    "write_access_log_xlsx": ("access_log", True, lambda e, out: e.access_log(out, LogFilter())),
    "write_import_template": ("import_template", False, lambda e, out: e.import_template(out)),
}


@pytest.fixture
def hostile(store, pdf_case):
    """A user and clients named like formulas, each client with a case the user runs and a plan, and
    the user opening them with a log text like a formula (so the access log names all three)."""
    user = store.users.create(HOSTILE[0], "arbetsterapeut", TEST_PASSWORD)
    store.users.sign_in(user.id, TEST_PASSWORD)
    names = []
    for n, text in enumerate(HOSTILE):
        client = store.clients.add(ClientInput(first_name=text, last_name=text, gender="man",
                                               personnummer=make_pnr(dt.date(1990, 1, n + 1), 984)))
        case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="af",
                                                     target_group="ama_medarbetare", responsible_user_id=user.id))
        store.plans.save(case.id, PlanInput(main_goal=text, follow_up_date="2026-12-18"))
        store.access_log.record(LogAction.OPEN_CASE, case_id=case.id, what=text)
        stored = store.clients.get(client.id)
        names.append(f"{stored.last_name}, {stored.first_name}")
    return {"user": store.users.get(user.id).name, "clients": names, "texts": HOSTILE}


def excel_text(value: str) -> str:
    """A cell's text as Excel reads it: openpyxl leaves the file's _xHHHH_ escapes (a CR) undone."""
    return unescape(value)


def strings(wb) -> set[str]:
    return {excel_text(c.value) for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)}


def test_every_workbook_export_is_enumerated():
    assert set(WORKBOOKS) == set(xlsx.__all__)


@pytest.mark.parametrize("writer", sorted(WORKBOOKS))
def test_no_text_becomes_a_formula_in_any_workbook(store, hostile, tmp_path, writer):
    name, _, export = WORKBOOKS[writer]
    path = export(Exports(store), tmp_path / f"{name}.xlsx")
    wb = read_back(path)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert [(c.parent.title, c.coordinate, c.value) for c in cells if c.data_type in ("f", "e")] == []
    texts = strings(wb)
    for cell in cells:  # what a spreadsheet would read as a formula keeps Excel's text mark
        if isinstance(cell.value, str) and excel_text(cell.value)[:1] in "=+-@\t\r":
            assert cell.quotePrefix, (cell.parent.title, cell.coordinate, cell.value)
    if name == "caseload":
        assert set(hostile["clients"]) <= texts
        assert hostile["user"] in texts
    if name == "access_log":
        assert hostile["user"] in texts and set(hostile["texts"]) <= texts
    if name == "finsam":  # it leaves the unit: no staff names (the plan share per responsible is internal)
        assert hostile["user"] not in texts


def test_the_stored_names_are_the_hostile_ones(store, hostile):
    """The fixture does test something: the texts reach the workbooks as typed (a name's tab and CR
    are trimmed when it is saved, a log text keeps them)."""
    assert hostile["user"] == HOSTILE[0]
    assert [name.split(", ")[0] for name in hostile["clients"]] == [HOSTILE[0], "+1", "-2", "@SUM(A1)", "x", "x",
                                                                    "#N/A"]


def test_numbers_stay_numbers_and_atamas_own_formula_stays_one(store, tmp_path):
    wb = new_workbook()
    sheet = TableSheet(wb, "Tal", [Column("Tal", kind=INT), Column("Text", kind=TEXT), Column("Formel")])
    sheet.append([-2, "-2", formula(sheet.ws, "=A2*2")])
    sheet.append([3.5, "=A2", "@A2"])
    sheet.append([None, "\rx", "_x000D_ as typed"])
    sheet.finish()
    describe_workbook(wb, store, "Prov", personal_data=False)
    save(wb, tmp_path / "t.xlsx")
    ws = read_back(tmp_path / "t.xlsx")["Tal"]
    assert [(c.value, c.data_type) for c in ws[2]] == [(-2, "n"), ("-2", "s"), ("=A2*2", "f")]
    assert [(c.value, c.data_type) for c in ws[3]] == [(3.5, "n"), ("=A2", "s"), ("@A2", "s")]
    assert not ws["A2"].quotePrefix and ws["B2"].quotePrefix and ws["B3"].quotePrefix
    assert [excel_text(c.value) for c in ws[4][1:]] == ["\rx", "_x000D_ as typed"]


@pytest.mark.parametrize("writer", sorted(WORKBOOKS))
def test_every_sheet_of_every_workbook_prints(store, pdf_case, tmp_path, writer):
    name, personal, export = WORKBOOKS[writer]
    path = export(Exports(store), tmp_path / f"{name}.xlsx")
    wb = read_back(path)
    assert wb.properties.creator == "ATAMA"
    # the Finsam workbook leaves the unit and names no staff: the unit stands as its maker
    maker = store.unit.identity().name if writer == "write_finsam_xlsx" else "Anna Andersson (arbetsterapeut)"
    assert wb.properties.lastModifiedBy == maker
    assert wb.properties.title
    for ws in wb:
        setup = ws.page_setup
        if ws.col_breaks.brk:  # the Finsam participants: two pages wide at a readable scale (test_xlsx_finsam)
            assert (ws.title, setup.paperSize, setup.orientation) == ("Deltagare", 9, "landscape")
        else:
            assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
            assert (setup.fitToWidth, setup.fitToHeight, setup.paperSize) == (1, 0, 9), ws.title
        assert setup.orientation in ("portrait", "landscape")
        assert ws.print_title_rows == "$1:$1", ws.title
        header, footer = ws.oddHeader, ws.oddFooter
        assert header.left.text == store.unit.identity().heading  # the unit's name as the documents print it
        title = wb.properties.title.replace("&", "&&")
        assert header.right.text == (f"{title} · SEKRETESS" if personal else title), ws.title
        assert footer.right.text == "&A · Sida &P av &N"
        assert footer.left.text == f"Skapad 2026-11-20 10:00 av {maker}"
        assert "Calibri" in header.right.font and "Calibri" in footer.left.font


def test_a_wide_sheet_is_landscape_and_a_narrow_one_portrait(store, pdf_case, tmp_path):
    wb = read_back(Exports(store).caseload(tmp_path / "c.xlsx"))
    assert wb["Ärendelista"].page_setup.orientation == "landscape"
    assert wb["Om rapporten"].page_setup.orientation == "portrait"
    finsam = read_back(Exports(store).finsam(tmp_path / "s.xlsx", "2026-01-01", "2026-12-31"))
    assert finsam["Översikt"].page_setup.orientation == "portrait"
    interventions = read_back(Exports(store).interventions(tmp_path / "i.xlsx"))
    assert interventions["Samverkansmöten"].page_setup.orientation == "landscape"  # a table and its chart beside it


def test_wrapped_rows_are_as_high_as_their_text(store, pdf_case, tmp_path):
    wb = read_back(Exports(store).instrument_data(tmp_path / "d.xlsx"))
    about = wb["Om rapporten"]
    row = next(r[0].row for r in about.iter_rows() if r[0].value == "Format")
    assert about.row_dimensions[row].height >= 3 * 15  # 222 characters in a 70-wide column
    assert about.row_dimensions[2].height is None  # "Rapport": one line, left to the program


def test_a_user_text_ampersand_is_not_a_header_code(store, tmp_path):
    wb = new_workbook()
    TableSheet(wb, "A", [Column("A")]).finish()
    describe_workbook(wb, store, "Insatser & samverkan", personal_data=False)
    save(wb, tmp_path / "a.xlsx")
    assert read_back(tmp_path / "a.xlsx")["A"].oddHeader.right.text == "Insatser && samverkan"


def test_only_a_workbook_of_new_workbook_is_saved(store, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()  # in memory: nothing streamed is left open when the save is refused
    TableSheet(wb, "A", [Column("A")]).finish()
    describe_workbook(wb, store, "Prov", personal_data=False)
    with pytest.raises(ValueError, match="new_workbook"):
        save(wb, tmp_path / "a.xlsx")
    undescribed = new_workbook(streamed=False)
    TableSheet(undescribed, "A", [Column("A")]).finish()
    with pytest.raises(ValueError, match="describe_workbook"):
        save(undescribed, tmp_path / "a.xlsx")
