"""Makulera… on the assessment form and the plan page: enabled from the read model with its reason
as tooltip, a dialog asks for the reason, and the struck record shows who struck it, when and why,
and turns read-only (issue 11, R2)."""

from __future__ import annotations

from app.models.plans import PlanInput
from app.ui.strike_dialog import StrikeDialog
from tests import builders
from tests.ui.helpers import main_window, type_text, with_modal


def _strike(reason: str):
    def fill(dialog) -> None:
        dialog.ok_button.click()  # no reason: refused at its field, the dialog stays
        assert dialog.isVisible() and dialog.errors.message("reason")
        type_text(dialog.reason, reason)
        dialog.ok_button.click()
    return fill


def test_an_assessment_started_by_mistake_is_struck_from_its_form(qtbot, store, case):
    wrong = store.assessments.start(case.id, "weis-s")
    window = main_window(qtbot, store)
    form = window.open_assessment(wrong.id)
    assert form.strike_button.isEnabled() and form.strike_button.toolTip() == ""
    with_modal(_strike("Fel instrument"), form.strike_button.click, StrikeDialog)
    assert store.assessments.get(wrong.id).is_struck
    assert form.signature.text().startswith("Makulerad av Anna Andersson 2026-11-20: Fel instrument")
    assert not form.strike_button.isEnabled()
    assert form.strike_button.toolTip() == "Bedömningen är redan makulerad."
    assert form.status.text().startswith("Makulerad (utkast) · bedömare Anna Andersson")
    assert not form.date.isEnabled()
    assert all(editor.isReadOnly() for editor in form.texts.values())
    assert not form.complete_button.isEnabled() and not form.sign_button.isEnabled()


def test_a_signed_assessments_makulera_is_disabled_with_the_reason(qtbot, store, case):
    done = builders.completed_assessment(store, case.id)
    store.assessments.sign(done.id)
    window = main_window(qtbot, store)
    form = window.open_assessment(done.id)
    assert not form.strike_button.isEnabled()
    assert form.strike_button.toolTip() == "Bara ett osignerat utkast kan makuleras; en signerad post rättas i stället."


def test_a_draft_plan_version_is_struck_from_the_plan_page_and_a_new_plan_can_be_written(qtbot, store, case):
    builders.finished_survey(store, case.id)
    draft = store.plans.save(case.id, PlanInput(main_goal="Fel klients plan.", follow_up_date="2026-12-20"))
    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    assert page.versions.currentData() == draft.id and page.strike_button.isEnabled()
    with_modal(_strike("Skrevs i fel ärende"), page.strike_button.click, StrikeDialog)
    assert store.plans.get(draft.id).is_struck and store.plans.in_force(case.id) is None
    assert page.versions.currentData() == draft.id  # the struck version, shown read-only
    assert page.signature.text().startswith("Makulerad av Anna Andersson 2026-11-20: Skrevs i fel ärende")
    assert page.main_goal.isReadOnly() and not page.save_button.isEnabled()
    assert page.strike_button.toolTip() == "Planversionen är redan makulerad."
    assert page.versions.itemText(0) == "Version 1 – Makulerad"
    page.versions.setCurrentIndex(page.versions.findText("Ny plan"))  # and a new plan is written
    assert not page.main_goal.isReadOnly()
    type_text(page.main_goal, "Rätt plan.")
    page.save_button.click()
    assert store.plans.latest(case.id).version == 2


def test_an_agreed_versions_makulera_is_disabled_with_the_reason(qtbot, store, case):
    builders.agreed_plan(store, case.id)
    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    assert not page.strike_button.isEnabled()
    assert page.strike_button.toolTip().startswith("Bara ett utkast som inte är överenskommet kan makuleras")
