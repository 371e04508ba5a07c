"""The journal copy shows whether each assessment, plan version, evaluation, step's answers and
closure is signed (osignerad, or signerad when and by whom with title), as it does for notes, and a
corrected assessment points to its correction (R3, R8)."""

from __future__ import annotations

from app.exporters.pdf import write_record_pdf
from tests import builders

ANNA = "signerad 2026-11-20 10:00 av Anna Andersson, arbetsterapeut"


def test_every_signed_kind_shows_its_status_in_the_journal_copy(store, case, tmp_path, read_pdf):
    builders.finished_survey(store, case.id)
    old = builders.completed_assessment(store, case.id)
    store.assessments.sign(old.id)
    fix = store.assessments.correct(old.id, "Ett påstående var felbedömt.")
    plan = builders.agreed_plan(store, case.id)
    store.plans.sign(plan.id)
    builders.evaluated_goal(store, case.id)  # left unsigned
    store.process.sign(case.id, "utreda")
    store.process.save_answer(case.id, "avsluta.var", "Hos företagshälsovården.")
    closure = builders.closed_case(store, case.id)
    store.closure.sign(closure.id)

    path = tmp_path / "record.pdf"
    write_record_pdf(store, path, case_id=case.id)
    text = flat = read_pdf(path).flat
    assert f"Svaren: {ANNA}, klart 2026-11-20 (registrerat 2026-11-20 10:00 av Anna Andersson)." in flat
    assert "Svaren signeras med avslutet (se Avslut av ärendet)." in flat
    assert f"Nr {old.id} · Anna Andersson · påbörjad 2026-11-20 10:00 · Klar · {ANNA}" in text
    assert f"Rättad: se rättelsen, bedömning nr {fix.id}." in flat
    assert f"Nr {fix.id} · Anna Andersson · påbörjad 2026-11-20 10:00 · Utkast · osignerad" in text
    assert f"Rättelse av bedömning nr {old.id}. Skäl: Ett påstående var felbedömt." in flat
    assert f"{old.assessment_date} · Bedömning – WEIS-S 3.0, {old.assessment_date} – RÄTTAD" in flat
    assert (f"Anna Andersson · skriven 2026-11-20 10:00 · Överenskommen 2026-11-20 (registrerat 2026-11-20 10:00) · "
            f"{ANNA}") in text
    assert "Måluppfyllelse: Uppnått · Anna Andersson · registrerad 2026-11-20 10:00 · osignerad" in text
    assert f"Anna Andersson · registrerat 2026-11-20 10:00 · {ANNA}" in text
