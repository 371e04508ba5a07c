"""What every PDF shares (app/exporters/pdf/base.py): page numbers, header and footer, metadata,
embedded fonts, escaping of user text."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app import __version__
from app.exporters.pdf import (
    write_blank_form_pdf,
    write_info_sheet_pdf,
    write_plan_pdf,
    write_record_pdf,
    write_report_pdf,
)
from app.exporters.pdf.base import FONT, esc
from app.models.errors import ValidationError
from app.paths import resources_dir
from tests.exporters.pdf_support import NORDIC_FIRST, NORDIC_LAST

CASE_DOCUMENTS = ["plan_klient", "plan_af", "report_fk", "report_klient", "record"]


@pytest.fixture
def documents(store, pdf_case, tmp_path):
    """Every document, written once: name -> path."""
    case_id = pdf_case.case.id
    writers = {
        "plan_klient": lambda p: write_plan_pdf(store, p, case_id=case_id, audience="klient"),
        "plan_af": lambda p: write_plan_pdf(store, p, case_id=case_id, audience="af"),
        "report_fk": lambda p: write_report_pdf(store, p, case_id=case_id, audience="fk"),
        "report_klient": lambda p: write_report_pdf(store, p, case_id=case_id, audience="klient"),
        "record": lambda p: write_record_pdf(store, p, case_id=case_id),
        "form_doa": lambda p: write_blank_form_pdf(store, p, instrument_id="doa"),
        "info_sheet": lambda p: write_info_sheet_pdf(store, p),
    }
    paths = {}
    for name, write in writers.items():
        paths[name] = tmp_path / f"{name}.pdf"
        write(paths[name])
    return paths


def test_every_page_says_which_page_of_how_many(documents, read_pdf):
    for name, path in documents.items():
        pdf = read_pdf(path)
        total = len(pdf.pages)
        for number, text in enumerate(pdf.pages, start=1):
            assert f"Sida {number} av {total}" in text, (name, number)
        assert f"Sida {total + 1} av" not in pdf.text


def test_the_record_runs_over_several_pages_and_counts_them(documents, read_pdf):
    assert len(read_pdf(documents["record"]).pages) >= 3


def test_header_and_footer_name_the_confidentiality_the_author_and_the_app(documents, read_pdf):
    for name in CASE_DOCUMENTS:
        pdf = read_pdf(documents[name])
        for text in pdf.pages:
            assert "SEKRETESS" in text and "Omfattas av sekretess enligt OSL" in text, name
            assert "Skapad av Anna Andersson, arbetsterapeut 2026-11-20 10:00" in text, name
            assert f"ATAMA {__version__}" in text, name
            assert "Arbetsmarknadsavdelningen (AMA)" in text, name
            assert f"{NORDIC_FIRST} {NORDIC_LAST}" in text, name  # who the page is about


def test_nordic_letters_survive(documents, read_pdf):
    text = read_pdf(documents["record"]).text
    assert "Åsa Ödegård-Æbelø" in text
    assert "Café Åre" in text and "Lisa Müller" in text
    assert "Ärendenummer" in text


def test_metadata_names_title_author_subject_and_creator(documents, read_pdf):
    meta = read_pdf(documents["plan_af"]).reader.metadata
    assert meta.title == "Utvecklingsplan"
    assert meta.author == "Anna Andersson, arbetsterapeut"
    assert "Utvecklingsplan version 1" in meta.subject
    assert meta.creator == "ATAMA"
    assert read_pdf(documents["record"]).reader.metadata.title == "Journalkopia"


def test_every_font_is_embedded_dejavu_from_resources(documents, read_pdf):
    for name, path in documents.items():
        for page in read_pdf(path).reader.pages:
            fonts = page["/Resources"]["/Font"]
            assert fonts, name
            for font in fonts.values():
                font = font.get_object()
                assert "DejaVuSans" in font["/BaseFont"], (name, font["/BaseFont"])
                assert "/FontFile2" in font["/FontDescriptor"], (name, font["/BaseFont"])


def test_fonts_are_read_from_the_resources_folder():
    from reportlab.pdfbase import pdfmetrics

    folder = resources_dir() / "fonts"
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "LICENSE-DejaVu.txt"} <= {
        p.name for p in folder.iterdir()}
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert str(pdfmetrics.getFont(FONT).face.filename).startswith(str(folder))


def test_the_unit_name_comes_from_the_settings(store, pdf_case, tmp_path, read_pdf):
    store.settings.set("unit_name", "AMA Järpen & Åre")
    write_plan_pdf(store, tmp_path / "p.pdf", case_id=pdf_case.case.id, audience="klient")
    assert "AMA Järpen & Åre" in read_pdf(tmp_path / "p.pdf").text


def test_user_text_that_looks_like_markup_prints_literally(documents, read_pdf):
    flat = read_pdf(documents["record"]).flat
    assert "Skriver <b>fet</b> & <i>kursiv</i> själv" in flat
    assert "stöd med <tider>" in flat


def test_esc_escapes_markup_and_drops_control_characters():
    assert esc("<b>A & B</b>") == "&lt;b&gt;A &amp; B&lt;/b&gt;"
    assert esc("rad 1\r\nrad 2\x00\x0b") == "rad 1<br/>rad 2"
    assert esc(0) == "0" and esc(None) == ""


def test_a_writer_refuses_a_recipient_the_table_has_no_variant_for(store, pdf_case, tmp_path):
    with pytest.raises(ValidationError, match="Okänd mottagare 'kommunen'"):  # IFO has one since issue 13
        write_report_pdf(store, tmp_path / "r.pdf", case_id=pdf_case.case.id, audience="kommunen")
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed")
def test_poppler_renders_page_one_of_every_document(documents, tmp_path):
    for name, path in documents.items():
        out = tmp_path / f"look_{name}"
        run = subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(path), str(out)],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        assert run.stderr == "", (name, run.stderr)  # poppler complains about broken fonts or objects
        assert list(tmp_path.glob(f"look_{name}*.png")), name
