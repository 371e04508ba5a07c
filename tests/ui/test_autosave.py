"""Saving as you type (app/ui/autosave.py), as the assessment form and a step form use it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.models.errors import RuleError
from app.ui.assessment_form import AssessmentForm
from app.ui.autosave import Autosave
from tests.ui.helpers import short_absence_case


def test_text_typed_just_before_a_rating_is_saved_not_overwritten(qtbot, store):
    """A rating saves at once and reloads the form; the text typed a moment before (not yet saved by
    the timer) goes to the store first instead of being replaced by the stored text."""
    assessment = store.assessments.start(short_absence_case(store).id, "doa")
    form = AssessmentForm(store, assessment.id)
    qtbot.addWidget(form)
    field = next(iter(form.texts))
    form.texts[field].setPlainText("Mål: arbeta fyra timmar om dagen.")
    assert form.save_label.text() == "Ändrat…"
    next(iter(form.ratings.values()))._choose(3, False)  # before the autosave timer fires
    assert form.texts[field].toPlainText() == "Mål: arbeta fyra timmar om dagen."
    assert store.assessments.get(assessment.id).texts[field] == "Mål: arbeta fyra timmar om dagen."
    assert form.save_label.text().startswith("Sparat ")


def test_a_refusal_keeps_the_change_and_says_why(qtbot):
    owner, label, tries = QWidget(), QLabel(), []
    qtbot.addWidget(owner)

    def save(key: str) -> None:
        tries.append(key)
        if len(tries) == 1:
            raise RuleError("Ärendet är avslutat.")

    autosave = Autosave(save, label, owner)
    with autosave.loading():
        autosave.edited("a")  # text put in from the store: not an edit
    assert not autosave.has_unsaved() and autosave.flush() and tries == []
    autosave.edited("a")
    assert not autosave.flush()
    assert label.text() == "Inte sparat: Ärendet är avslutat." and "b00020" in label.styleSheet()
    assert autosave.has_unsaved()  # tried again on the next flush
    with qtbot.waitSignal(autosave.saved):
        assert autosave.flush()
    assert tries == ["a", "a"] and label.text().startswith("Sparat ") and "555" in label.styleSheet()
