"""Rätta… on the assessment form (issue 11, R2): enabled from the read model for a signed
administration, its reason as tooltip otherwise; a dialog asks for the reason; the correction, a
draft copy, opens in its own tab; the old form reads "Rättad – se bedömningen från …", the new one
"Rättelse av bedömningen från …: skäl", each a link to the other."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from app.ui.assessment_form import AssessmentForm
from app.ui.changes import changes_of
from app.ui.strike_dialog import StrikeDialog
from tests import builders
from tests.ui.helpers import main_window, type_text, with_modal


def plain(label) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def _correct(reason: str):
    def fill(dialog) -> None:
        assert dialog.windowTitle() == "Rätta bedömning" and dialog.ok_button.text() == "&Rätta"
        dialog.ok_button.click()  # no reason: refused at its field, the dialog stays
        assert dialog.isVisible() and dialog.errors.message("reason")
        type_text(dialog.reason, reason)
        dialog.ok_button.click()
    return fill


def test_a_signed_assessment_is_corrected_from_its_form_and_the_correction_opens(qtbot, store, case):
    old = builders.completed_assessment(store, case.id)
    store.assessments.sign(old.id)
    window = main_window(qtbot, store)
    form = window.open_assessment(old.id)
    assert form.correct_button.isVisible() and form.correct_button.isEnabled()
    assert form.correct_button.toolTip() == ""
    assert form.correction.isHidden()
    changes = []
    changes_of(store).changed.connect(changes.append)

    with_modal(_correct("Ett påstående var felbedömt."), form.correct_button.click, StrikeDialog)

    fix = store.assessments.get(store.assessments.get(old.id).corrected_by_id)
    assert fix.corrects_id == old.id and fix.correction_reason == "Ett påstående var felbedömt."
    assert not fix.is_signed and fix.is_draft
    assert any(c.touches_case(case.id) and c.made_by(form) for c in changes)  # announced
    new_form = window.tabs.currentWidget()
    assert isinstance(new_form, AssessmentForm) and new_form.assessment_id == fix.id
    assert plain(new_form.correction) == (
        f"Rättelse av bedömningen från {old.assessment_date}: Ett påstående var felbedömt.")
    assert not new_form.correction.isHidden()
    assert not new_form.correct_button.isVisible()  # a draft is changed directly
    assert new_form.complete_button.isEnabled()
    assert plain(form.correction) == f"Rättad – se bedömningen från {fix.assessment_date}"
    assert not form.correction.isHidden()
    assert not form.correct_button.isEnabled()  # corrected once: the correction is corrected instead
    assert form.correct_button.toolTip() == "Bedömningen är redan rättad. Rätta rättelsen i stället."

    form.correction.linkActivated.emit(str(fix.id))  # each links to the other
    assert window.tabs.currentWidget() is new_form
    new_form.correction.linkActivated.emit(str(old.id))
    assert window.tabs.currentWidget() is form


def test_rätta_is_hidden_for_a_draft(qtbot, store, case):
    draft = store.assessments.start(case.id, "weis-s")
    window = main_window(qtbot, store)
    form = window.open_assessment(draft.id)
    assert not form.correct_button.isVisible()
    assert form.correct_button.toolTip() == "Bara en signerad bedömning rättas; ett utkast ändras direkt."


def test_rätta_is_disabled_with_the_reason_once_the_case_is_closed(qtbot, store, case):
    done = builders.completed_assessment(store, case.id)
    store.assessments.sign(done.id)
    window = main_window(qtbot, store)
    form = window.open_assessment(done.id)
    builders.closed_case(store, case.id)
    form.refresh()
    assert form.correct_button.isVisible() and not form.correct_button.isEnabled()
    reason = store.cases.changes(case.id).reason
    assert reason and form.correct_button.toolTip() == reason
