"""The assessment report with issue 14's definitions, read back: an administration made with a
replaced version prints as it was made (its own items and scale), WRI-S 10.0 against 4.0 names the
item not compared, and OVal-9 shows its change per activity, never across two activities."""

from __future__ import annotations

import pytest

from app.exporters.pdf import write_report_pdf
from app.models.instruments import load_registry
from tests.old_instruments import OLD_FILES, old_administration


@pytest.fixture(autouse=True)
def shipped_only(store, tmp_path):
    store.assessments.registry = load_registry(user=tmp_path / "no-user-files")


def report(store, tmp_path, read_pdf, case_id):
    path = tmp_path / "report.pdf"
    write_report_pdf(store, path, case_id=case_id, audience="af")
    return read_pdf(path)


@pytest.mark.parametrize("instrument_id", sorted(OLD_FILES))
def test_an_old_administration_prints_with_its_own_version(store, pdf_case, tmp_path, read_pdf, instrument_id):
    old = old_administration(store, tmp_path, pdf_case.case.id, instrument_id, "2026-11-09")
    store.assessments.sign(old.id)
    flat = report(store, tmp_path, read_pdf, pdf_case.case.id).flat
    d = old.definition
    assert f"{d.short_name} {d.version}" in flat and "2026-11-09" in flat
    for item in d.items:
        assert item.label.sv in flat
    assert d.scale.label(3).sv in flat  # every item rated 3, on the old scale


def test_wri_s_10_against_4_in_the_report(store, pdf_case, tmp_path, read_pdf):
    old_administration(store, tmp_path, pdf_case.case.id, "wri-s", "2026-11-09", lambda n: 2)
    new = store.assessments.start(pdf_case.case.id, "wri-s", assessment_date="2026-11-16")
    for item in new.definition.items:
        store.assessments.save_rating(new.id, "professional", item.id, 3)
    store.assessments.complete(new.id)
    flat = report(store, tmp_path, read_pdf, pdf_case.case.id).flat
    assert "WRI-S: 2 bedömningar" in flat
    assert "Jämförs inte (finns bara i den ena versionen): Andra rollers inverkan." in flat
    assert "Roller 2,00 3,00 +1,00" in flat


def test_oval_9_change_is_per_activity(store, pdf_case, tmp_path, read_pdf):
    case_id = pdf_case.case.id
    store.assessments.strike(pdf_case.draft.id, "Påbörjad av misstag.")  # the fixture's OVal-9 without activity
    for activity, day, value in (("Städa köket", "2026-11-10", 2), ("Laga lunch", "2026-11-11", 7),
                                 ("städa köket", "2026-11-17", 5)):
        a = store.assessments.start(case_id, "oval-9", assessment_date=day)
        store.assessments.save_text(a.id, "activity", activity)
        for item in a.definition.items:
            store.assessments.save_rating(a.id, "client", item.id, value)
        store.assessments.complete(a.id)
    flat = report(store, tmp_path, read_pdf, case_id).flat
    assert "OVal-9 – Städa köket: 2 bedömningar" in flat
    assert "Konkret värde 2,00 5,00 +3,00" in flat  # the kitchen twice, not the lunch
    assert "Laga lunch: 2 bedömningar" not in flat and "+5,00" not in flat
    lunch = flat.index("Vilken aktivitet skattas? Laga lunch")  # the activity first, before its profile
    assert lunch < flat.index("Profil", lunch)
    assert "2026-11-11: Laga lunch" in flat  # each administration names its activity
