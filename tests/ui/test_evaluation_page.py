"""The Utvärdera workspace: goals of the agreed plan evaluated one by one with field messages,
the attainment summary, and WEIS-S first vs. latest side by side."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox

from app.ui.changes import Change, changes_of
from app.ui.evaluation_page import NO_COMPARISON, EvaluationPage
from tests.ui.helpers import agreed_plan as _agreed_plan
from tests.ui.helpers import day_from_today as _day
from tests.ui.helpers import evaluation_case as _case
from tests.ui.helpers import type_text


def _weis(store, case_id: int, date: str, value: int) -> None:
    a = store.assessments.start(case_id, "weis-s", assessment_date=date)
    part = a.definition.parts[0].id
    for item in a.definition.items:
        store.assessments.save_rating(a.id, part, item.id, value)
    store.assessments.complete(a.id)


def test_no_plan_and_no_instrument_given_twice_are_said_plainly(qtbot, store):
    case = _case(store)
    page = EvaluationPage(store, case.id)
    qtbot.addWidget(page)
    assert page.goal_boxes == []
    assert "ingen utvecklingsplan" in page.no_plan.text()
    assert "Ingen utvecklingsplan att utvärdera" in page.summary.text()
    assert any(NO_COMPARISON == label.text() for label in page.findChildren(type(page.no_plan)))
    assert page.flush() is True and page.tab_key == ("evaluation", case.id)


def test_evaluating_a_goal_with_field_messages_summary_and_weis(qtbot, store, monkeypatch):
    def no_box(parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {title}: {text}")
    monkeypatch.setattr(QMessageBox, "warning", no_box)
    case = _case(store)
    _agreed_plan(store, case.id)
    _weis(store, case.id, _day(store, -40), 2)
    _weis(store, case.id, _day(store, -1), 3)

    page = EvaluationPage(store, case.id)
    qtbot.addWidget(page)
    page.resize(900, 1100)
    page.show()
    assert page.title() == f"Utvärdering {case.case_number}"
    assert page.client_id == case.client_id
    assert [b.label for b in page.goal_boxes] == ["Huvudmål", "Delmål 1", "Delmål 2"]
    assert page.goal_boxes[0].baseline.text() == "Arbetar halva dagar; ont efter lyft."
    assert page.goal_boxes[1].goal_text.text() == "Lyfta med rullvagn"
    assert "0 av 3 mål uppnådda, 3 ej utvärderade" in page.summary.text()

    box = page.goal_boxes[2]
    type_text(box.now, "Tar pauser ibland, glömmer dem när det är mycket.")
    box.attainment.set_key("ej_uppnatt")
    with qtbot.assertNotEmitted(changes_of(store).changed):
        box.save_button.click()
    assert box.errors.message("reason") == "Ange varför målet inte nåddes helt."
    assert store.evaluation.goals(case.id)[2].attainment is None  # nothing saved

    type_text(box.reason, "Högsäsong i oktober")
    with qtbot.waitSignal(changes_of(store).changed) as signal:
        box.save_button.click()
    assert signal.args == [Change.case(case.id, case.client_id)]
    assert box.errors.message("reason") == ""
    saved = store.evaluation.goals(case.id)[2]
    assert (saved.attainment, saved.reason) == ("ej_uppnatt", "Högsäsong i oktober")
    assert "Ej uppnått" in box.state.text()
    assert "0 av 3 mål uppnådda, 1 ej uppnått, 2 ej utvärderade" in page.summary.text()

    table = page.instrument_tables["weis-s"]
    assert table.accessibleName() == "Förändring per område, WEIS-S"
    model = table.model()
    assert model.rowCount() > 0
    assert model.data(model.index(0, 2)) == "2,00" and model.data(model.index(0, 3)) == "3,00"

    page.reload()  # the page shows the stored evaluation again
    assert page.goal_boxes[2].attainment.key() == "ej_uppnatt"
    assert page.goal_boxes[2].reason.toPlainText() == "Högsäsong i oktober"

    os.makedirs("/tmp/shots", exist_ok=True)
    qtbot.wait(50)
    page.widget().grab().save("/tmp/shots/evaluation.png")
