"""Saving as you type (app/ui/autosave.py), as the assessment form and a step form use it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget

from app.models.errors import RuleError
from app.ui import autosave as autosave_module
from app.ui.assessment_form import AssessmentForm
from app.ui.autosave import Autosave
from app.ui.style import Tone, tone_of
from tests.ui.helpers import database_locked, main_window, short_absence_case, type_text


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
    assert label.text() == "Inte sparat: Ärendet är avslutat." and tone_of(label) is Tone.ERROR
    assert autosave.has_unsaved()  # tried again on the next flush
    with qtbot.waitSignal(autosave.saved):
        assert autosave.flush()
    assert tries == ["a", "a"] and label.text().startswith("Sparat ") and tone_of(label) is Tone.MUTED


def _step_form(window, case):
    page = window.open_case(case.id)
    page.show_step("informera")
    form = page.form("informera")
    form.start_button.click()
    return form, form.editors["informera.vad_arbetsterapi"], form.save_label


def _sequence_step(window, case):
    box = window.open_sequence(case.id).boxes["mote1"]
    return box, box.note, box.save_label


def _assessment(window, case):
    form = window.open_assessment(window.store.assessments.start(case.id, "doa").id)
    editor = next(iter(form.texts.values()))
    return form, editor, form.save_label


def _note(window, case):
    notes = window.open_case(case.id).notes
    notes.new_note()  # dated by the store's clock
    return notes, notes.text, notes.save_label


def _places(page: QWidget, widgets) -> list[QRect]:
    """Where ``widgets`` are on the page (on its scrolling body: scrolling is no move), once the
    layouts have settled (a taller status grows its box, then the page, over a few passes)."""
    for _ in range(5):
        QApplication.processEvents()
    body = page.widget() if isinstance(page, QScrollArea) else page
    return [QRect(w.mapTo(body, QPoint(0, 0)), w.size()) for w in widgets]


@pytest.mark.parametrize("build", [_step_form, _sequence_step, _assessment, _note])
def test_the_save_status_has_its_own_full_width_row_and_moves_nothing(qtbot, store, build):
    """At 1366 px: "Sparat 14:02:11" on one line, the long message of a locked database on a row
    of its own across the form, whole; the buttons and the field being typed in stay put."""
    window = main_window(qtbot, store)
    window.resize(1366, 768)
    page, editor, label = build(window, short_absence_case(store))
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()
               and b.parentWidget() is label.parentWidget()]
    assert buttons
    editor.setFocus()
    before = _places(page, [*buttons, editor])
    type_text(editor, "Klienten vill arbeta.")
    assert label.text() == "Ändrat…" and _places(page, [*buttons, editor]) == before
    assert page.flush() and label.text().startswith("Sparat ")
    line = label.fontMetrics().lineSpacing()
    assert label.height() < 2 * line and _places(page, [*buttons, editor]) == before

    with database_locked(store):
        type_text(editor, " Fyra timmar.")
        assert not page.flush()
    assert label.text().startswith("Inte sparat: Databasen är låst")
    assert _places(page, buttons) == before[:-1]
    [row] = _places(page, [label])
    first = before[0]
    assert row.top() > first.bottom() or row.bottom() < first.top()  # its own row, not beside the buttons
    assert row.left() <= first.left() and row.width() >= label.parentWidget().width() - 40
    assert row.height() >= label.heightForWidth(label.width())  # every line shown
    assert len(label.text()) / (row.height() / line) >= 30  # wrapped across the form, not a word a line


def test_a_save_refused_by_a_locked_file_goes_through_by_itself_once_the_lock_is_gone(qtbot, store, monkeypatch):
    """No typing needed after the other program lets go: the form tries again every few seconds,
    without waiting for the lock (the window stays responsive), and then says Sparat."""
    monkeypatch.setattr(autosave_module, "RETRY_MS", 50)
    waits: list[int] = []  # the lock wait of each try
    save_answer = store.process.save_answer
    monkeypatch.setattr(store.process, "save_answer", lambda *args: (
        waits.append(store.query_value("PRAGMA busy_timeout")), save_answer(*args))[1])
    window = main_window(qtbot, store)
    case = short_absence_case(store)
    form, editor, label = _step_form(window, case)
    editor.setFocus()
    with database_locked(store):  # another program holds the lock; our own wait is 50 ms
        type_text(editor, "Klienten vill arbeta.")
        assert not form.flush()
        assert label.text().startswith("Inte sparat: Databasen är låst")
        qtbot.waitUntil(lambda: len(waits) >= 3)  # tried again, and again, while locked
        assert tone_of(label) is Tone.ERROR and form.has_unsaved()
    assert waits[0] == 50 and set(waits[1:]) == {0}  # the retries do not wait for the lock
    qtbot.waitUntil(lambda: label.text().startswith("Sparat "))
    assert store.process.answers(case.id)["informera.vad_arbetsterapi"] == "Klienten vill arbeta."
    assert not form.has_unsaved() and store.query_value("PRAGMA busy_timeout") == 50
    tries = len(waits)
    qtbot.wait(200)
    assert len(waits) == tries  # saved: no more tries
