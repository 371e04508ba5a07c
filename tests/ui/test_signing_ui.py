"""Signing from each screen (issue 11): the Signera button follows the record's read model, its
reason as tooltip; once signed the screen says who signed and when, and is read-only with the reason."""

from __future__ import annotations

from app.ui.assessment_form import AssessmentForm
from app.ui.case_page import CasePage
from app.ui.evaluation_page import EvaluationPage
from app.ui.plan_page import PlanPage
from tests import builders

ANNA = "Signerad av Anna Andersson (arbetsterapeut) 2026-11-20 10:00"


def shown(qtbot, widget, name: str | None = None):
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    if name:  # rendered to look at: QT_QPA_PLATFORM=offscreen pytest ... --basetemp; see tmp files
        widget.grab().save(name)
    return widget


def test_a_finished_step_is_signed_from_its_form_and_then_read_only(qtbot, store, case, tmp_path):
    store.process.save_answer(case.id, "utreda.vem", "Klienten.")
    page = shown(qtbot, CasePage(store, case.id))
    page.show_step("utreda")
    form = page.form("utreda")
    assert not form.sign_button.isEnabled()
    assert form.sign_button.toolTip() == "Markera steget Utreda som klart innan svaren signeras."
    form.complete_button.click()
    assert form.signature_label.text() == "Svaren: Osignerad (utkast)"
    assert form.sign_button.isEnabled()
    form.sign_button.click()
    assert store.process.statuses(case.id)["utreda"].is_signed
    locked = "Steget Utreda är signerat och kan inte ändras. Skriv en rättelse som journalanteckning."
    assert form.signature_label.text() == f"Svaren: {ANNA}"
    assert form.banner.text() == locked and not form.banner.isHidden()
    assert form.editors["utreda.vem"].isReadOnly()
    assert not form.reopen_button.isEnabled() and form.reopen_button.toolTip() == locked
    assert not form.sign_button.isEnabled()
    page.grab().save(str(tmp_path / "step_signed.png"))


def test_avsluta_signs_the_closure_from_the_step_form(qtbot, store, case):
    builders.closed_case(store, case.id)
    page = shown(qtbot, CasePage(store, case.id))
    form = page.form("avsluta")
    assert form.sign_button.text().replace("&", "") == "Signera avslutet" and form.sign_button.isEnabled()
    assert form.signature_label.text() == "Avslutet: Osignerad (utkast)"
    form.sign_button.click()
    assert store.closure.get(case.id).is_signed
    assert form.signature_label.text() == f"Avslutet: {ANNA}"
    assert not form.sign_button.isEnabled()
    assert form.reopen_button.isEnabled()  # the case can still be reopened; the closure stays as it was


def test_an_agreed_plan_version_is_signed_from_the_plan_page(qtbot, store, case, tmp_path):
    builders.finished_survey(store, case.id)
    from app.models.plans import PlanInput

    draft = store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid.", follow_up_date="2026-12-20"))
    page = shown(qtbot, PlanPage(store, case.id))
    assert not page.sign_button.isEnabled()
    assert page.sign_button.toolTip() == "Planversionen signeras när den är överenskommen med klienten."
    store.plans.agree(draft.id, "2026-11-20", "Klienten")
    page.reload()
    assert page.sign_button.isEnabled() and page.signature.text() == "Osignerad (utkast)"
    page.sign_button.click()
    assert store.plans.get(draft.id).is_signed
    assert page.signature.text().startswith(f"{ANNA}. Versionen ändras inte")
    assert not page.sign_button.isEnabled()
    assert page.sign_button.toolTip() == "Planversionen är redan signerad (2026-11-20 10:00)."
    page.grab().save(str(tmp_path / "plan_signed.png"))


def test_an_evaluation_is_signed_from_the_evaluation_page_and_then_read_only(qtbot, store, case, tmp_path):
    builders.evaluated_goal(store, case.id)
    page = shown(qtbot, EvaluationPage(store, case.id))
    main, sub = page.goal_boxes
    assert not sub.sign_button.isEnabled()
    assert sub.sign_button.toolTip() == "Målet är inte utvärderat än; spara utvärderingen innan den signeras."
    assert main.sign_button.isEnabled()
    main.sign_button.click()
    locked = "Utvärderingen är signerad och kan inte ändras. Skriv en rättelse som journalanteckning."
    assert main.signature.text() == f"{ANNA}. {locked}"
    assert main.now.isReadOnly() and not main.attainment.isEnabled()
    assert not main.save_button.isEnabled() and main.save_button.toolTip() == locked
    assert not sub.now.isReadOnly()  # the other goal is still evaluated
    page.grab().save(str(tmp_path / "evaluation_signed.png"))


def test_a_completed_assessment_is_signed_from_its_form_and_then_read_only(qtbot, store, case, tmp_path):
    draft = store.assessments.start(case.id, "weis-s")
    form = shown(qtbot, AssessmentForm(store, draft.id))
    assert not form.sign_button.isEnabled()
    assert form.sign_button.toolTip() == "Markera bedömningen som klar innan den signeras."
    done = builders.completed_assessment(store, case.id)
    form = shown(qtbot, AssessmentForm(store, done.id))
    form.sign_button.click()
    assert store.assessments.get(done.id).is_signed
    locked = "Bedömningen är signerad och kan inte ändras. Rätta den med en ny bedömning."
    assert form.signature.text() == f"{ANNA}. {locked}"
    comment = next(iter(form.comments.values()))
    assert comment.isReadOnly() and not form.date.isEnabled()
    assert form.reopen_button.isHidden() and not form.sign_button.isEnabled()
    form.grab().save(str(tmp_path / "assessment_signed.png"))
