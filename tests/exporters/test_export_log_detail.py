"""What the export log keeps of a case document: the folder it went to, which plan version or which
administrations (and conclusion) it held, and the attempts that were refused, with the message."""

from __future__ import annotations

import pytest

from app.exporters.service import Exports
from app.models.conclusions import ConclusionInput
from app.models.errors import RuleError


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "till af"
    folder.mkdir()
    return folder


def test_a_report_logs_its_administrations_conclusion_and_folder(store, pdf_case, out):
    conclusion = store.conclusions.save(pdf_case.case.id, ConclusionInput(work_ability="Klarar halvtid."))
    store.conclusions.sign(conclusion.id)
    Exports(store).report(pdf_case.case.id, "af", out / "utlåtande.pdf")
    entry, = store.export_log.entries(pdf_case.case.id)
    assert (entry.document, entry.recipient, entry.file_name, entry.folder) == (
        "report", "af", "utlåtande.pdf", str(out))
    assert entry.content_ids("assessment") == [pdf_case.weis.id, pdf_case.doa.id]  # not the draft
    assert entry.content_ids("conclusion") == [conclusion.id]
    assert entry.content_ids("plan_version") == [pdf_case.plan.id]  # its goals' evaluation went out
    assert not entry.refused


def test_a_report_to_fk_logs_no_plan_version_when_the_evaluation_is_left_out(store, pdf_case, out):
    Exports(store).report(pdf_case.case.id, "fk", out / "fk.pdf")
    entry, = store.export_log.entries(pdf_case.case.id)
    assert entry.content_ids("plan_version") == [] and entry.content_ids("assessment")


def test_a_plan_logs_its_version(store, pdf_case, out):
    Exports(store).plan(pdf_case.case.id, "af", out / "plan.pdf")
    entry, = store.export_log.entries(pdf_case.case.id)
    assert entry.content_ids("plan_version") == [pdf_case.plan.id] and entry.details == "version 1"


def test_a_relative_target_logs_the_absolute_folder(store, pdf_case, out, monkeypatch):
    monkeypatch.chdir(out)
    Exports(store).plan(pdf_case.case.id, "klient", "plan.pdf")
    assert store.export_log.entries(pdf_case.case.id)[0].folder == str(out)


def test_a_refused_attempt_is_logged_with_its_message_and_no_file(store, pdf_case, out):
    for consent in store.consents.for_case(pdf_case.case.id):
        store.consents.withdraw(consent.id, "2026-11-19")
    store.consents.add(pdf_case.case.id, "af", "skriftligt", "2026-11-19", scopes=["plan"])
    with pytest.raises(RuleError, match="omfattar inte ”bedömningsresultat”") as refused:
        Exports(store).report(pdf_case.case.id, "af", out / "utlåtande.pdf")
    assert list(out.iterdir()) == []
    assert store.export_log.entries(pdf_case.case.id) == []  # nothing went out
    entry, = store.export_log.entries(pdf_case.case.id, refused=True)
    assert (entry.document, entry.recipient, entry.file_name, entry.folder, entry.refusal) == (
        "report", "af", "utlåtande.pdf", str(out), str(refused.value))
    assert entry.refused and entry.contents == ""


def test_the_windows_check_before_the_file_name_is_logged_as_refused_too(store, pdf_case):
    with pytest.raises(RuleError, match="Samtycke saknas.*Vården"):
        Exports(store).require_consent(pdf_case.case.id, "report", "varden")
    entry, = store.export_log.entries(pdf_case.case.id, refused=True)
    assert (entry.document, entry.recipient, entry.file_name) == ("report", "varden", "")
    assert entry.refusal.startswith("Samtycke saknas")


def test_an_unsigned_conclusion_refuses_the_report_and_is_logged(store, pdf_case, out):
    store.conclusions.save(pdf_case.case.id, ConclusionInput(work_ability="Klarar halvtid."))
    with pytest.raises(RuleError, match="inte signerad"):
        Exports(store).report(pdf_case.case.id, "klient", out / "rapport.pdf")
    assert [e.recipient for e in store.export_log.entries(pdf_case.case.id, refused=True)] == ["klient"]
    assert list(out.iterdir()) == []


def test_the_window_hears_of_the_unsigned_conclusion_before_it_asks_for_a_file_name(store, pdf_case):
    store.conclusions.save(pdf_case.case.id, ConclusionInput(work_ability="Klarar halvtid."))
    Exports(store).require_consent(pdf_case.case.id, "plan", "af")  # a plan does not wait for it
    with pytest.raises(RuleError, match="inte signerad"):
        Exports(store).require_consent(pdf_case.case.id, "report", "af")
    assert [e.document for e in store.export_log.entries(pdf_case.case.id, refused=True)] == ["report"]
