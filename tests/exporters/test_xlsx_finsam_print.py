"""The Finsam participants print legibly: seventeen columns do not fit one page at a readable size,
so the list is printed two landscape pages wide, each page of rows followed by its right half, with
registration and personnummer on both (LibreOffice prints it; the page is read back)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from app.exporters.xlsx import write_finsam_xlsx
from tests.exporters.consumers import pdf_text, require_tool
from tests.exporters.xlsx_support import read_back
from tests.models.sus_people import effort

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 10, 31))


@pytest.fixture
def book(store, tmp_path):
    for i in range(40):
        effort(store, f"P{i}", "kvinna" if i % 3 else "man", "2026-02-01",
               before=("ej_subventionerat_arbete", "sjukpenning", 50),
               closed=("2026-06-01", "okad_sysselsattningsgrad", "ej_subventionerat_arbete", "ingen_offentlig", 75)
               if i % 2 else None)
    path = tmp_path / "finsam.xlsx"
    write_finsam_xlsx(store, path, period_from=YEAR[0], period_to=YEAR[1])
    return path


def test_the_participants_print_two_pages_wide_at_a_readable_scale(book):
    ws = read_back(book)["Deltagare"]
    setup = ws.page_setup
    assert setup.orientation == "landscape" and setup.scale >= 80  # 11 pt prints at 9 pt or more
    assert not ws.sheet_properties.pageSetUpPr.fitToPage  # a fitted sheet would ignore the break
    assert [b.id for b in ws.col_breaks.brk] == [12] and ws["L1"].value == "Tid i offentlig försörjning före"
    assert ws.print_title_cols == "$A:$B" and setup.pageOrder == "overThenDown"
    assert ws.print_title_rows == "$1:$1"


@pytest.mark.slow
def test_libreoffice_prints_each_page_of_rows_then_its_right_half(book, tmp_path):
    soffice = require_tool("soffice", "LibreOffice (libreoffice-calc-nogui)")
    require_tool("pdftotext", "poppler-utils")
    done = subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(book)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    pages = [p for p in pdf_text(tmp_path / "out" / "finsam.pdf").split("\f")
             if re.search(r"Deltagare · Sida \d+ av \d+$", p.rstrip())]  # the footer: sheet and page
    assert len(pages) >= 4 and len(pages) % 2 == 0
    for left, right in zip(pages[::2], pages[1::2]):
        assert "Sysselsättning före" in left and "Avslutsorsak" not in left
        assert "Avslutsorsak" in right and "Sysselsättning före" not in right
        numbers = re.findall(r"\b(?:19|20)\d{10}\b", left)
        assert numbers and numbers == re.findall(r"\b(?:19|20)\d{10}\b", right)  # the same people, in order
        assert "Personnummer" in right and "Ökad sysselsättningsgrad" in right
