"""Every workbook opens in another program and prints: LibreOffice converts each to PDF headless, and
the PDF is read back with poppler (pdftotext, pdffonts) for what a printed page must show. Skipped
where LibreOffice or poppler is missing, except in CI (.ci/run), which installs them and fails here
if they are not there (tests/exporters/consumers.py)."""

from __future__ import annotations

import subprocess

import pytest

from app.exporters.service import Exports
from app.models.log_entries import LogFilter
from tests.exporters.consumers import pdf_fonts, pdf_text, require_tool
from tests.models.sus_people import add_groups, build_sus_people

BOOKS = {  # name: (export, holds personal data)
    "caseload": (lambda e, out: e.caseload(out), True),
    "finsam": (lambda e, out: e.finsam(out, "2026-01-01", "2026-11-20"), True),  # named participants (consented)
    "interventions": (lambda e, out: e.interventions(out), False),
    "instrument": (lambda e, out: e.instrument_data(out), True),
    "access_log": (lambda e, out: e.access_log(out, LogFilter()), True),
    "template": (lambda e, out: e.import_template(out), False),
}


@pytest.mark.slow
def test_libreoffice_prints_every_workbook(store, tmp_path, pdf_case):
    soffice = require_tool("soffice", "LibreOffice (libreoffice-calc-nogui)")
    require_tool("pdftotext", "poppler-utils")
    add_groups(store, build_sus_people(store))
    books = tmp_path / "books"
    books.mkdir()
    exports = Exports(store)
    unit = store.unit.identity().heading  # "Arbetsmarknadsavdelningen (AMA)" until the unit is named
    for name, (export, _) in BOOKS.items():
        export(exports, books / f"{name}.xlsx")
    out = tmp_path / "out"
    done = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *sorted(str(b) for b in books.iterdir())],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    for name, (_, personal) in BOOKS.items():
        pdf = out / f"{name}.pdf"
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), (name, done.stderr)
        pages = pdf_text(pdf).split("\f")[:-1]
        assert pages, name
        for number, page in enumerate(pages, 1):  # every page: the unit, page x of y, SEKRETESS if it is
            assert unit in page and f"Sida {number} av " in page, (name, number)
            assert ("SEKRETESS" in page) is personal, (name, number)
        fonts = pdf_fonts(pdf)
        assert fonts and all(f.embedded for f in fonts), (name, fonts)
        # the workbooks' font (Calibri; Carlito, its metric twin, where Calibri is not installed), no fallback
        assert {f.family for f in fonts} <= {"Calibri", "Carlito"}, (name, fonts)
    caseload = pdf_text(out / "caseload.pdf")
    assert "Ödegård-Æbelø, Åsa" in caseload and "Ärendelista" in caseload
