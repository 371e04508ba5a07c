"""The Uppföljning Finsam workbook, read back: participants as Finsam registers them (anonymous rows
with gender and budget year only), small numbers suppressed with a note, no staff names, and a
before/after chart only of those registered out (no collapse drawn by the ones still in)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.exporters.xlsx import write_caseload_xlsx, write_finsam_xlsx
from app.exporters.xlsx.base import ABOUT_SHEET
from app.exporters.xlsx.caseload import PLAN_SHEET
from app.exporters.xlsx.finsam import CHART_SHEET
from tests.exporters.xlsx_support import about, every_cell_text, read_back, rows_of
from tests.models.sus_people import PERIOD, build_sus_people, effort
from tests.support import TEST_PASSWORD

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 10, 31))


def _header(ws) -> tuple:
    return rows_of(ws)[0]


def _table(ws) -> dict[str, tuple]:
    """Label -> the row's values, for the rows up to the first empty one (the table and Totalt)."""
    out = {}
    for row in rows_of(ws, 2):
        if row[0] is None:
            break
        out[row[0]] = row[1:]
    return out


@pytest.fixture
def cohort(store, tmp_path):
    """Six women from unemployment into work (registered out), one man still in, one without a
    written consent and one with protected identity; Bo Berg is responsible for one of them."""
    bo = store.users.create("Bo Berg", "arbetsmarknadskoordinator", TEST_PASSWORD)
    for i in range(6):
        effort(store, f"K{i}", "kvinna", "2026-02-01", before=("arbetslos", "forsorjningsstod", 0),
               closed=("2026-06-01", "reguljar_anstallning", "ej_subventionerat_arbete", "ingen_offentlig", 100))
    running = effort(store, "Man", "man", "2026-03-01", before=("praktik_arbetstraning", "aktivitetsstod", 50))
    effort(store, "Utan", "man", "2025-12-01", consent=None)
    effort(store, "Skyddad", "kvinna", "2026-04-01", protected=True)
    with store.transaction() as tx:
        tx.execute("UPDATE cases SET responsible_user_id = ? WHERE id = ?", (bo.id, running.id))
    path = tmp_path / "finsam.xlsx"
    write_finsam_xlsx(store, path, period_from=YEAR[0], period_to=YEAR[1])
    return read_back(path)


def test_sheets_and_the_participants(cohort):
    wb = cohort
    assert wb.sheetnames[:2] == ["Översikt", "Deltagare"] and wb.sheetnames[-1] == ABOUT_SHEET
    ws = wb["Deltagare"]
    header = _header(ws)
    assert header[:6] == ("Registrering", "Personnummer", "Kön", "Budgetår", "Inskriven", "Utskriven")
    rows = [dict(zip(header, r)) for r in rows_of(ws, 2) if r[0] in ("Med personuppgifter", "Anonym")]
    assert len(rows) == 9
    named = [r for r in rows if r["Registrering"] == "Med personuppgifter"]
    assert len(named) == 7 and all(len(r["Personnummer"]) == 12 for r in named)
    first = named[0]
    assert first["Inskriven"] == dt.datetime(2026, 2, 1) and first["Utskriven"] == dt.datetime(2026, 6, 1)
    assert (first["Sysselsättning före"], first["Sysselsättning efter"]) == ("Arbetslös", "Ej subventionerat arbete")
    assert first["Arbete eller studier påbörjat/ökat"] == "Ja" and first["Avslutsorsak"] == "Reguljär anställning"
    still_in = next(r for r in named if r["Kön"] == "Man")
    assert still_in["Utskriven"] is None and still_in["Sysselsättning efter"] is None
    anonymous = [r for r in rows if r["Registrering"] == "Anonym"]
    assert sorted((r["Kön"], r["Budgetår"]) for r in anonymous) == [("Kvinna", 2026), ("Man", 2025)]
    for r in anonymous:  # gender and budget year, nothing else: not even why
        assert {k for k, v in r.items() if v is not None} == {"Registrering", "Kön", "Budgetår"}
    notes = " ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c)
    assert "klientens situation vid start" in notes and "registreras inte i ATAMA" not in notes


def test_small_numbers_are_suppressed_and_explained(cohort):
    ws = cohort["Sysselsättning (grupp)"]
    assert _header(ws)[-3:] == ("Totalt före", "Totalt efter", "Pågår (vid start)")
    table = _table(ws)
    # nine people: the small ones' bounds pin others (interval bounds, suppression.py), so the 6 are hidden too
    assert table["Arbete (med eller utan subvention)"][-3:] == (0, "dolt", 0)
    assert table["Arbetslös, sjukskriven eller i praktik/arbetsträning"][-3:] == ("dolt", 0, "<3")  # the man still in
    assert table["Totalt"][-3:] == ("dolt", "dolt", "<3")
    notes = " ".join(str(r[0]) for r in rows_of(ws) if r[0])
    assert "visas som ”<3”" in notes and "inte som efter" in notes
    overview = _table(cohort["Översikt"])
    assert overview["– anonyma (kön och budgetår)"] == ("<3", "–")  # and no share that gives it away
    assert cohort["Översikt"]["B4"].alignment.horizontal == "right"  # among the numbers
    # 9 in all, 7 with personal data: 9 − 7 would give the 2 anonymous away, so the 7 is hidden too
    assert overview["Deltagare (insatser) under perioden"][0] == "dolt"  # else 9 − 6 − <3 pins the rest
    assert overview["– med personuppgifter (skriftligt samtycke)"] == ("dolt", "–")
    for sheet in ["Översikt", *cohort.sheetnames[2:-1]]:  # nowhere a bare 1 or 2 in a count
        counts = [i for i, h in enumerate(_header(cohort[sheet])[1:]) if h not in ("Andel", "Totalt (%)")]
        for label, values in _table(cohort[sheet]).items():
            assert not {values[i] for i in counts if type(values[i]) is int} & {1, 2}, (sheet, label, values)


def test_no_staff_names(cohort):
    every = every_cell_text(cohort)
    assert "Anna Andersson" not in every and "Bo Berg" not in every
    assert "exportlogg" in about(cohort)["Skapad av"]
    assert "Utvecklingsplan" not in cohort.sheetnames  # the per-responsible share is in the caseload list


def test_the_before_after_chart_shows_only_those_registered_out(cohort):
    ws = cohort[CHART_SHEET]
    assert cohort.sheetnames.index(CHART_SHEET) == cohort.sheetnames.index("Sysselsättning (grupp)") + 1
    assert _header(ws) == ("Sysselsättning", "Före", "Efter")
    # the six before and after are hidden in this small cohort (see above): rows with them are not drawn
    assert _table(ws) == {"Studier": (0, 0), "Annat": (0, 0)}
    [chart] = ws._charts
    assert [s.tx.strRef.f for s in chart.series] == [f"'{CHART_SHEET}'!B1", f"'{CHART_SHEET}'!C1"]
    assert all(not sheet._charts for sheet in cohort if sheet.title != CHART_SHEET)


def test_a_row_with_a_suppressed_count_is_left_out_of_the_chart(store, tmp_path):
    p = build_sus_people(store)
    for case in (p.alva_case, p.ingrid_case):
        store.consents.add(case.id, "finsam", "skriftligt", "2026-02-01")
    path = tmp_path / "finsam.xlsx"
    write_finsam_xlsx(store, path, period_from=PERIOD[0], period_to=PERIOD[1])
    ws = read_back(path)[CHART_SHEET]
    assert _table(ws) == {"Annat": (0, 0)}  # Alva and Ingrid: one each from unemployed/sick-listed to work/studies
    notes = [r[0] for r in rows_of(ws) if r[0]]
    assert any("Utan rader med färre än 3" in n and "Studier" in n for n in notes)


def test_the_caseload_workbook_has_the_internal_plan_share(store, tmp_path, add_client, open_case):
    from app.models.plans import PlanInput

    for name in ("Ada", "Bea"):
        case = open_case(add_client(first_name=name).id)
        version = store.plans.save(case.id, PlanInput(main_goal="Arbeta", follow_up_date="2026-12-01"))
        if name == "Ada":
            store.plans.agree(version.id, "2026-11-10", "Ada")
    path = tmp_path / "lista.xlsx"
    write_caseload_xlsx(store, path)
    wb = read_back(path)
    ws = wb[PLAN_SHEET]
    assert _table(ws) == {"Anna Andersson": (1, 2, 0.5), "Hela enheten": (1, 2, 0.5)}
    assert any("INTERNT" in str(r[0]) for r in rows_of(ws) if r[0])
    assert "handläggarnas namn" in about(wb)["Intern"]


def test_no_staff_name_in_headers_footers_or_properties(store, tmp_path):
    """The print header and footer of every sheet and the document properties name the unit as
    maker, never the user (the export log keeps who made the file)."""
    zelda = store.users.create("Zelda Qvarnbergsdotter", "arbetsterapeut", TEST_PASSWORD)
    store.users.sign_in(zelda.id, TEST_PASSWORD)
    effort(store, "K", "kvinna", "2026-02-01")
    path = tmp_path / "finsam.xlsx"
    write_finsam_xlsx(store, path, period_from=YEAR[0], period_to=YEAR[1])
    wb = read_back(path)
    unit = store.unit.identity().name
    texts = []
    for ws in wb:
        for part in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter, ws.firstHeader, ws.firstFooter):
            texts += [item.text or "" for item in (part.left, part.center, part.right)]
        assert unit.replace("&", "&&") in ws.oddFooter.left.text, ws.title  # "Skapad … av <enheten>"
    props = wb.properties
    texts += [str(getattr(props, name) or "") for name in ("creator", "lastModifiedBy", "title", "subject",
                                                          "description", "keywords", "category")]
    every = "\n".join(texts) + every_cell_text(wb)
    for name in ("Zelda", "Qvarnbergsdotter", "Anna Andersson"):
        assert name not in every
    assert props.lastModifiedBy == unit and props.creator == "ATAMA"


def test_a_small_count_cannot_be_worked_out_from_its_total(store, tmp_path):
    """The tester's finding: "Med personuppgifter 2026": 3, <3, 0, total 5 gave the 2 away."""
    for i in range(3):
        effort(store, f"K{i}", "kvinna", "2026-02-01")
    for i in range(2):
        effort(store, f"M{i}", "man", "2026-03-01")
    path = tmp_path / "finsam.xlsx"
    write_finsam_xlsx(store, path, period_from=YEAR[0], period_to=YEAR[1])
    wb = read_back(path)
    table = _table(wb["Kön och budgetår"])
    # the men's two age groups read <3 + <3 = <3: the men are 2, so 5 − 2 would give the women
    # away; the 5 is hidden too (interval bounds, suppression.py)
    assert table["Med personuppgifter (samtycke), budgetår 2026"] == ("dolt", "<3", 0, "dolt", "–")
    assert table["Totalt"] == ("dolt", "<3", 0, "dolt", "–")  # the women's total is the same count: hidden too
    assert _table(wb["Ålder vid start"])["Totalt"][:4] == ("dolt", "<3", 0, "dolt")  # and on every sheet
    notes = " ".join(str(r[0]) for r in rows_of(wb["Kön och budgetår"]) if r[0])
    assert "”dolt”" in notes and "”–”" in notes and "”<3”" in notes
