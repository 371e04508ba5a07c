"""Blank instrument forms and the ATAMA information sheet."""

from __future__ import annotations

import json

import pytest

from app.exporters.pdf import write_blank_form_pdf, write_info_sheet_pdf
from app.models.errors import NotFound
from app.models.instruments import load_registry, shipped_dir

BOX = "☐"


@pytest.mark.parametrize("definition", load_registry(user=shipped_dir() / "none").all(), ids=lambda d: d.id)
def test_every_shipped_instrument_prints_as_a_blank_form(definition, tmp_path, read_pdf):
    path = tmp_path / "form.pdf"
    write_blank_form_pdf(None, path, instrument_id=definition.id, version=definition.version)
    pdf = read_pdf(path)
    flat = pdf.flat
    assert f"{definition.short_name} {definition.version} – blankett" in flat
    for field in ("Namn", "Datum", "Bedömare"):
        assert field in pdf.text
    for domain in definition.domains:
        assert domain.label.sv in flat
    for item in definition.items:
        assert item.label.sv in flat
    for step in definition.scale.steps:  # a step only numbered (OVal-9's middle ones) prints its number alone
        assert (f"{step.value} {step.label.sv}" if step.label.sv != str(step.value) else f"{step.value}") in flat
    for text_field in definition.text_fields:
        assert text_field.label.sv in flat
    steps = len(definition.scale.values) + (1 if definition.na.allowed else 0)
    assert pdf.text.count(BOX) == len(definition.items) * len(definition.parts) * steps
    assert ("E/T" in pdf.text) == definition.na.allowed
    assert "Kontrollera" not in flat  # no note to the unit itself; an unverified definition said once
    assert flat.count("inte avstämd mot instrumentets manual") == (1 if definition.needs_check else 0)
    total = len(pdf.pages)
    assert f"Sida {total} av {total}" in pdf.pages[-1]


def test_doa_puts_both_parts_side_by_side(tmp_path, read_pdf):
    write_blank_form_pdf(None, tmp_path / "doa.pdf", instrument_id="doa")
    pdf = read_pdf(tmp_path / "doa.pdf")
    for page in [p for p in pdf.pages if BOX in p]:  # every page of items has a column group per part
        flat = " ".join(page.split())
        assert "Klientens självskattning" in flat and "Arbetsterapeutens bedömning" in flat
    assert pdf.text.count(BOX) == 13 * 2 * 5


def test_a_verified_definition_from_the_store_registry_needs_no_check(store, tmp_path, read_pdf):
    data = json.loads((shipped_dir() / "weis-s.json").read_text(encoding="utf-8"))
    data["verified"] = True
    data["na"]["verified"] = True
    for item in data["items"]:
        item["verified"] = True
    data["items"][0]["label"]["sv"] = "Tidskrav enligt enhetens manual"
    own = tmp_path / "instruments"
    own.mkdir()
    (own / "weis-s.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store.assessments.registry = load_registry(user=own)
    write_blank_form_pdf(store, tmp_path / "weis.pdf", instrument_id="weis-s")
    pdf = read_pdf(tmp_path / "weis.pdf")
    assert "Tidskrav enligt enhetens manual" in pdf.text
    assert "Kontrollera mot manualen" not in pdf.text and "avstämd" not in pdf.text
    assert "Skapad av Anna Andersson, arbetsterapeut 2026-11-20 10:00" in pdf.text


def test_an_unknown_instrument_is_refused(tmp_path):
    with pytest.raises(NotFound):
        write_blank_form_pdf(None, tmp_path / "x.pdf", instrument_id="finns-inte")


def test_the_information_sheet_is_one_page_about_the_five_steps_and_consent(tmp_path, read_pdf):
    write_info_sheet_pdf(None, tmp_path / "info.pdf")
    pdf = read_pdf(tmp_path / "info.pdf")
    assert len(pdf.pages) == 1 and "Sida 1 av 1" in pdf.text
    for step in ("Informera", "Utreda", "Planera och genomföra", "Utvärdera", "Avsluta"):
        assert step in pdf.text
    assert "Samtycke och sekretess" in pdf.text and "samtycke" in pdf.flat
    assert "rätt att läsa din journal" in pdf.flat
    for line in ("Arbetsterapeut", "Telefon", "E-post", "Besöksadress"):
        assert line in pdf.text
    # a handout without personal data: its mark says so, not the case documents' confidentiality mark
    assert "EJ SEKRETESS" in pdf.text and "Innehåller inga personuppgifter" in pdf.text
    assert "Omfattas av sekretess" not in pdf.text
    assert pdf.reader.metadata.creator == "ATAMA"
