"""The journal copy keeps struck assessments and plan versions: marked MAKULERAD, with who struck
them, when and why, and their content still readable (issue 11, R2)."""

from __future__ import annotations

from app.exporters.pdf import write_record_pdf
from app.models.plans import PlanInput
from tests import builders


def test_struck_drafts_are_in_the_journal_copy_marked_and_readable(store, case, tmp_path, read_pdf):
    builders.finished_survey(store, case.id)
    wrong = store.assessments.start(case.id, "weis-s")
    store.assessments.save_text(wrong.id, "interpretation", "Tolkningen som skrevs av misstag.")
    store.assessments.strike(wrong.id, "Fel instrument")
    draft = store.plans.save(case.id, PlanInput(main_goal="Ett huvudmål i fel ärende.", follow_up_date="2026-12-20"))
    store.plans.strike(draft.id, "Skrevs i fel ärende")

    path = tmp_path / "record.pdf"
    write_record_pdf(store, path, case_id=case.id)
    flat = read_pdf(path).flat
    assert f"Bedömning – WEIS-S 3.0, {wrong.assessment_date} – MAKULERAD" in flat
    assert "Makulerad 2026-11-20 10:00 av Anna Andersson. Skäl: Fel instrument" in flat
    assert "Tolkningen som skrevs av misstag." in flat
    assert "Utvecklingsplan, version 1 – MAKULERAD" in flat
    assert "Makulerad 2026-11-20 10:00 av Anna Andersson. Skäl: Skrevs i fel ärende" in flat
    assert "Ett huvudmål i fel ärende." in flat
