"""Journalkopia's dated list holds the referral, every consent given and withdrawn, every document
handed out and every answer in the steps, each on its day with who registered it and when (not
only in the undated blocks at the top). A document is said to be made (the export log knows that a
file was made, not that it was handed to anyone), and for whom in the words of a sentence."""

from __future__ import annotations

import datetime as dt

from app.exporters.pdf import write_record_pdf
from app.exporters.service import Exports
from app.models.plans import PlanInput, SubGoalInput
from tests import builders


def _at(store, when: str) -> None:
    store._clock = lambda: dt.datetime.fromisoformat(when)  # noqa: SLF001 - the tests' one way to move time


def _journal(store, tmp_path, read_pdf, case_id: int) -> str:
    path = tmp_path / "journal.pdf"
    write_record_pdf(store, path, case_id=case_id)
    flat = read_pdf(path).flat
    return flat[flat.index("Journal i datumordning"):]


def test_referral_consents_documents_and_answers_are_dated_with_their_author(store, tmp_path, read_pdf):
    _at(store, "2026-11-03 09:15")
    case = builders.client_with_case(store, {"referred_by": "af", "reason": "Behöver stöd med rutiner & tider."})
    consent = store.consents.add(case.id, "af", "skriftligt", "2026-11-03", scope="Utlåtande om arbetsförmåga.")
    _at(store, "2026-11-05 14:30")
    store.process.save_answer(case.id, "informera.vad_arbetsterapi", "Ja, muntligt vid första träffen.")
    berit = builders.add_user(store, "Berit Bengtsson")
    builders.sign_in_as(store, berit.id)
    _at(store, "2026-11-09 11:00")
    store.process.save_answer(case.id, "utreda.vem", "Kock i grunden.")
    store.plans.save(case.id, PlanInput(main_goal="Arbeta i köket", sub_goals=[
        SubGoalInput(text="Komma i tid", responsible="klienten", start_date="2026-11-09")]))
    Exports(store).plan(case.id, "af", tmp_path / "plan.pdf")
    _at(store, "2026-11-12 08:00")
    store.consents.withdraw(consent.id, "2026-11-12")

    journal = _journal(store, tmp_path, read_pdf, case.id)
    order = [
        "2026-11-02 · Remiss – Arbetsförmedlingen",
        f"Ärende {case.case_number} · registrerat 2026-11-03 09:15 av Anna Andersson",
        "Anledning till remissen Behöver stöd med rutiner & tider.",
        "2026-11-03 · Samtycke – Arbetsförmedlingen (skriftligt)",
        "Registrerat 2026-11-03 09:15 av Anna Andersson",
        "Omfattning Utlåtande om arbetsförmåga.",
        "2026-11-05 · Svar i steget Informera",
        "Anna Andersson · sparat 2026-11-05 14:30",
        "Ja, muntligt vid första träffen.",
        "2026-11-09 · Svar i steget Utreda",
        "Berit Bengtsson · sparat 2026-11-09 11:00",
        "Kock i grunden.",
        "2026-11-09 · Dokument skapat: utvecklingsplan till Arbetsförmedlingen",
        "Berit Bengtsson · skapat 2026-11-09 11:00",
        "plan.pdf",
        "2026-11-12 · Samtycket återkallat – Arbetsförmedlingen",
    ]
    positions = [journal.find(marker) for marker in order]
    assert -1 not in positions, [m for m, p in zip(order, positions) if p < 0]
    assert positions == sorted(positions)


def test_an_unanswered_step_and_a_case_without_consents_add_no_dated_entries(store, tmp_path, read_pdf):
    case = builders.client_with_case(store)
    journal = _journal(store, tmp_path, read_pdf, case.id)
    assert "2026-11-02 · Remiss – " in journal
    assert "Samtycke –" not in journal and "Svar i steget" not in journal and "Dokument skapat" not in journal


def test_a_document_made_is_said_to_be_made_for_its_recipient_in_lowercase_mid_sentence(store, tmp_path, read_pdf):
    case = builders.client_with_case(store)
    _at(store, "2026-11-10 09:00")
    Exports(store).record(case.id, tmp_path / "first.pdf")
    journal = _journal(store, tmp_path, read_pdf, case.id)
    assert "2026-11-10 · Dokument skapat: journalkopia för klienten" in journal
    assert "Utlämnat" not in journal and "till Klienten" not in journal and "för Klienten" not in journal
