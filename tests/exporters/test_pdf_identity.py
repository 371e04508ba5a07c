"""The unit's identity (municipality, unit, address, phone, e-mail, logo) on every page of every PDF
the app makes, and the responsible therapist with title and contact on documents about a case."""

from __future__ import annotations

import pytest

from app.exporters.service import Exports
from app.models.erasure import ErasureInput
from app.models.unit import UnitInput
from tests.exporters.meeting_support import plan_gk, record_gk
from tests.exporters.plan_builders import logo_file, unit_identity


@pytest.fixture
def every_document(store, pdf_case, tmp_path):
    """Every PDF kind the export service makes, through it: name -> path. (The PDF writers in
    app/exporters/pdf/: plan (+ easy-read), report, record, forms, info_sheet, log_extract,
    erasure_letter, invitation, meeting_record (+ easy-read); the test below fails when a writer is
    added without an entry here.)"""
    unit_identity(store, logo_file(tmp_path))
    exports, case_id = Exports(store), pdf_case.case.id
    request = store.erasure.record(pdf_case.client.id, ErasureInput("2026-11-18", "brev", "Radera allt om mig."))
    meeting = plan_gk(store, case_id)
    held = plan_gk(store, case_id, "2026-11-16T13:00")
    record_gk(store, held.id, pdf_case.plan.sub_goals[0].id)
    made = {
        "plan_klient": lambda p: exports.plan(case_id, "klient", p),
        "plan_af": lambda p: exports.plan(case_id, "af", p),
        "plan_lattlast": lambda p: exports.plan(case_id, "klient", p, easy_read=True),
        "report": lambda p: exports.report(case_id, "af", p),
        "record": lambda p: exports.record(case_id, p),
        "forms": lambda p: exports.blank_form("doa", p),
        "info_sheet": lambda p: exports.info_sheet(p),
        "log_extract": lambda p: exports.log_extract(pdf_case.client.id, p),
        "erasure_letter": lambda p: exports.erasure_letter(request.id, p),
        "invitation_klient": lambda p: exports.invitation(meeting.id, p),
        "invitation_af": lambda p: exports.invitation(meeting.id, p, "af"),
        "meeting_record": lambda p: exports.meeting_record(held.id, p),
        "meeting_record_lattlast": lambda p: exports.meeting_record(held.id, p, easy_read=True),
    }
    return {name: write(tmp_path / f"{name}.pdf") for name, write in made.items()}


def test_every_writer_is_in_the_list():
    from pathlib import Path

    import app.exporters.pdf as pdf

    parts = {"__init__", "base", "charts", "trend_chart", "plan_easy", "long_text", "work_match",  # parts, not writers
             "meeting_parts", "meeting_record_easy"}
    writers = {p.stem for p in Path(pdf.__file__).parent.glob("*.py")} - parts
    assert writers == {"plan", "report", "record", "forms", "info_sheet", "log_extract", "erasure_letter",
                       "invitation", "meeting_record"}


def test_every_page_of_every_document_names_the_unit_and_how_to_reach_it(every_document, read_pdf):
    for name, path in every_document.items():
        pdf = read_pdf(path)
        for number, text in enumerate(pdf.pages, start=1):
            flat = " ".join(text.split())
            assert "Åre kommun · AMA Järpen" in flat, (name, number)
            assert "Järpevägen 4, 837 31 Järpen · Tfn 0647-161 00 · ama@are.se" in flat, (name, number)


def test_every_page_of_every_document_carries_the_logo(every_document, read_pdf):
    for name, path in every_document.items():
        pdf = read_pdf(path)
        for number, page in enumerate(pdf.reader.pages, start=1):
            images = [key for key, obj in page["/Resources"]["/XObject"].items()
                      if obj.get_object()["/Subtype"] == "/Image"]
            assert images, (name, number)


def test_case_documents_name_the_responsible_therapist_with_title_and_contact(every_document, read_pdf):
    line = "Ansvarig: Anna Andersson, arbetsterapeut · 070-123 45 67 · anna.andersson@are.se"
    for name in ("plan_klient", "plan_af", "plan_lattlast", "report", "record", "invitation_klient", "invitation_af",
                 "meeting_record", "meeting_record_lattlast"):
        pdf = read_pdf(every_document[name])
        assert all(line in " ".join(page.split()) for page in pdf.pages), name
    # Documents about no case name none.
    for name in ("forms", "info_sheet"):
        assert "Ansvarig: " not in read_pdf(every_document[name]).text


def test_every_page_header_names_whole_who_the_document_is_about(every_document, pdf_case, read_pdf):
    """Beside the logo and the mark, title and person may not share a line: the person then has
    their own, never an identity number cut off."""
    about = f"{pdf_case.client.full_name}, {pdf_case.client.id_display}"
    for name in ("plan_af", "report", "record", "log_extract", "invitation_af", "meeting_record"):
        pdf = read_pdf(every_document[name])
        for number, text in enumerate(pdf.pages, start=1):
            assert about in " ".join(text.split()), (name, number)


def test_without_a_set_identity_the_default_unit_and_no_contact_line(store, pdf_case, tmp_path, read_pdf):
    pdf = read_pdf(Exports(store).plan(pdf_case.case.id, "klient", tmp_path / "p.pdf"))
    assert "Arbetsmarknadsavdelningen (AMA)" in pdf.pages[0]
    assert "Tfn" not in pdf.text
    assert "Ansvarig: Anna Andersson, arbetsterapeut" in pdf.pages[0]  # no phone or e-mail recorded


def test_a_jpeg_logo_works_and_a_removed_logo_is_gone(store, pdf_case, tmp_path, read_pdf):
    store.unit.save(UnitInput(logo_path=logo_file(tmp_path, "JPEG")))
    assert store.unit.identity().logo_kind == "jpeg"
    page = read_pdf(Exports(store).info_sheet(tmp_path / "a.pdf")).reader.pages[0]
    assert any(o.get_object()["/Subtype"] == "/Image" for o in page["/Resources"]["/XObject"].values())
    store.unit.save(UnitInput(remove_logo=True))
    page = read_pdf(Exports(store).info_sheet(tmp_path / "b.pdf")).reader.pages[0]
    assert "/XObject" not in page["/Resources"]


def test_the_information_sheet_fills_in_the_units_contact(store, tmp_path, read_pdf):
    blank = read_pdf(Exports(store).info_sheet(tmp_path / "tom.pdf")).flat
    unit_identity(store)
    filled = read_pdf(Exports(store).info_sheet(tmp_path / "ifylld.pdf")).flat
    contact = filled[filled.index("Kontakt"):]
    for value in ("0647-161 00", "ama@are.se", "Järpevägen 4, 837 31 Järpen"):
        assert value in contact and value not in blank[blank.index("Kontakt"):]


LONG_MUNICIPALITY = "Östersunds kommun"
LONG_UNIT = "Arbetsmarknadsenheten, Arbete och försörjning – arbetsterapi och arbetsträning"


@pytest.mark.parametrize("with_logo", [True, False])
def test_a_long_unit_heading_is_printed_whole_on_every_page(store, pdf_case, tmp_path, read_pdf, with_logo):
    """The header wraps a long "municipality · unit" to two lines instead of cutting it off."""
    unit_identity(store, logo_file(tmp_path) if with_logo else None)
    store.unit.save(UnitInput(municipality=LONG_MUNICIPALITY, name=LONG_UNIT))
    exports, case_id = Exports(store), pdf_case.case.id
    about = f"{pdf_case.client.full_name}, {pdf_case.client.id_display}"
    for name, write in {"plan": lambda p: exports.plan(case_id, "af", p),
                        "report": lambda p: exports.report(case_id, "af", p),
                        "record": lambda p: exports.record(case_id, p)}.items():
        pdf = read_pdf(write(tmp_path / f"{name}.pdf"))
        for number, text in enumerate(pdf.pages, start=1):
            flat = " ".join(text.split())
            assert "…" not in flat, (name, number)
            assert LONG_MUNICIPALITY in flat and LONG_UNIT in flat, (name, number)
            assert about in flat, (name, number)  # who the page is about, whole, under the title
            assert "SEKRETESS" in flat, (name, number)


def test_the_heading_wraps_between_municipality_and_unit_and_shrinks_only_when_it_must():
    from app.exporters.pdf.base import HEADING_SIZE, header_heading, mm

    assert header_heading("Åre kommun · AMA Järpen", 80 * mm) == (["Åre kommun · AMA Järpen"], HEADING_SIZE)
    both = "Åre kommun · Arbetsmarknadsenheten Arbete och försörjning"
    assert header_heading(both, 90 * mm) == (["Åre kommun", "Arbetsmarknadsenheten Arbete och försörjning"],
                                             HEADING_SIZE)
    lines, size = header_heading(f"{LONG_MUNICIPALITY} · {LONG_UNIT}", 100 * mm)  # the unit alone is too long
    assert len(lines) == 2 and size == HEADING_SIZE and " ".join(lines) == f"{LONG_MUNICIPALITY} · {LONG_UNIT}"
    longer = f"{LONG_MUNICIPALITY} · {LONG_UNIT}, Järpen och Mörsil"
    lines, size = header_heading(longer, 90 * mm)
    assert len(lines) == 2 and size < HEADING_SIZE and " ".join(lines) == longer
