"""The assessment report's "Arbetsförmåga mot arbetets krav (AWP/AWC)", read back from the PDF; and an
old AWC 1 administration that still prints as it did."""

from __future__ import annotations

import pytest

from app.exporters.pdf import write_report_pdf
from app.models.cases import CaseInput
from app.models.errors import RuleError
from tests.awc_support import DEMANDS, GAPS, ITEMS, PERFORMANCE, WORK_TASK, awp_and_awc, start_old_awc

TITLE = "Arbetsförmåga mot arbetets krav (AWP/AWC)"


@pytest.fixture
def awc_case(store, pdf_client):
    client = pdf_client()
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="af",
                                                 target_group="ama_medarbetare"))
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03", scopes=["bedomningsresultat"])
    store.consents.add(case.id, "fk", "muntligt", "2026-11-04", scopes=["plan"])
    return case


def write(store, tmp_path, read_pdf, case_id, audience="af"):
    path = tmp_path / f"report_{audience}.pdf"
    write_report_pdf(store, path, case_id=case_id, audience=audience)
    return read_pdf(path)


def test_the_report_sets_the_awp_against_the_awc_item_by_item(store, awc_case, tmp_path, read_pdf):
    awp, awc = awp_and_awc(store, awc_case.id)
    pdf = write(store, tmp_path, read_pdf, awc_case.id)
    flat = pdf.flat
    assert TITLE in flat
    section = flat[flat.index(TITLE):flat.index("Bedömningar med instrument")]
    assert f"Arbetsuppgift: {WORK_TASK}" in section  # user text as typed, not read as markup
    assert f"AWP {awp.definition.version} den 2026-11-09 mot AWC 1.1 den 2026-11-10." in section
    assert "Färdighet Krav (AWC) Utförande (AWP) Glapp (krav över utförande)" in section
    # the title never stands alone at a page's foot: it is on the page of its table's last row
    page = next(p for p in pdf.pages if TITLE in " ".join(p.split()))
    assert "14. Anpassning" in " ".join(page.split())
    assert "3. Koordination 4 – Mycket stort krav 2 – Begränsat utförande Ja – 2 steg" in section
    assert "4. Styrka 1 – Litet krav 1 – Bristande utförande Nej" in section
    assert section.count(" Ja – ") == len(GAPS) == 5
    assert ("Glapp i 5 av 14 färdigheter: 3. Koordination, 7. Språk, 8. Relationer, 10. Psykisk energi, "
            "13. Organisation av rum och objekt.") in section
    assert ("Färdigheter med glapp per område – Motoriska färdigheter: 1 av 5; Kommunikations- och "
            "interaktionsfärdigheter: 2 av 4; Processfärdigheter: 2 av 5.") in section
    # AWC's own results: its profile and sums, but no "areas to act on" (a task's demands are no problem list)
    awc_part = flat[flat.index("AWC 1.1*, 2026-11-10"):]
    assert "Summor och medelvärden" in awc_part and "Områden att arbeta med" not in awc_part
    assert "Område att arbeta med" not in awc_part  # nor in the profile's legend
    assert flat.count("Områden att arbeta med") == 1  # the AWP's


def test_not_rated_items_are_named_and_without_both_there_is_no_section(store, awc_case, tmp_path, read_pdf):
    from tests.awc_support import given
    given(store, awc_case.id, "awp", "2026-11-09", dict(zip(ITEMS, PERFORMANCE)))
    assert TITLE not in write(store, tmp_path, read_pdf, awc_case.id).flat  # an AWP alone: nothing to set against
    demands = dict(zip(ITEMS, DEMANDS))
    del demands["knowledge"]
    given(store, awc_case.id, "awc", "2026-11-10", demands)
    flat = write(store, tmp_path, read_pdf, awc_case.id).flat
    assert "Arbetsuppgift: Kassaarbete" in flat  # the work task is required
    assert "11. Kunskap Ej bedömd 4 – Kompetent utförande Ej jämförd – ej bedömd i AWC" in flat
    assert "Inte jämförda (saknar skattning): 11. Kunskap." in flat


def test_the_section_goes_only_where_the_consent_covers_the_results(store, awc_case, tmp_path, read_pdf):
    awp_and_awc(store, awc_case.id)
    with pytest.raises(RuleError):  # FK's consent covers the plan only: no report with results at all
        write(store, tmp_path, read_pdf, awc_case.id, "fk")
    assert TITLE in write(store, tmp_path, read_pdf, awc_case.id, "klient").flat  # the client's own copy


def test_an_old_awc_1_still_prints_as_it_did(store, awc_case, tmp_path, read_pdf):
    old = start_old_awc(store, awc_case.id, "2026-11-05")
    for item_id, value in zip(ITEMS, DEMANDS):
        store.assessments.save_rating(old.id, "professional", item_id, value)
    store.assessments.save_rating(old.id, "professional", "social_environment", 4)
    store.assessments.save_text(old.id, "job", "Städning av kontor.")
    store.assessments.complete(old.id, confirm_open_items=True)
    flat = write(store, tmp_path, read_pdf, awc_case.id).flat
    assert "AWC 1*, 2026-11-05" in flat and "Miljö och organisation" in flat
    assert "Områden att arbeta med" in flat and "Social arbetsmiljö 4 – Mycket stort krav" in flat
    assert "Städning av kontor." in flat
    assert TITLE not in flat  # version 1 was never set against AWP
