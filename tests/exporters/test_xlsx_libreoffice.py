"""Every workbook opens in another program: LibreOffice converts each to PDF headless (skipped when
LibreOffice is not installed)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from app.exporters.xlsx import (
    write_caseload_xlsx,
    write_finsam_xlsx,
    write_import_template,
    write_instrument_data_xlsx,
    write_interventions_xlsx,
)
from tests.models.sus_people import PERIOD, add_groups, build_sus_people

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_every_workbook(store, tmp_path, pdf_case):
    add_groups(store, build_sus_people(store))
    books = tmp_path / "books"
    books.mkdir()
    write_caseload_xlsx(store, books / "caseload.xlsx")
    write_finsam_xlsx(store, books / "finsam.xlsx", period_from=PERIOD[0], period_to=dt.date(2026, 11, 20))
    write_interventions_xlsx(store, books / "interventions.xlsx")
    write_instrument_data_xlsx(store, books / "instrument.xlsx")
    write_import_template(books / "template.xlsx")
    out = tmp_path / "out"
    for book in sorted(books.iterdir()):
        done = subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
             "--outdir", str(out), str(book)],
            capture_output=True, text=True, timeout=180,
        )
        pdf = out / f"{book.stem}.pdf"
        assert done.returncode == 0 and pdf.exists() and pdf.stat().st_size > 1000, (book.name, done.stderr)
        assert pdf.read_bytes().startswith(b"%PDF")
