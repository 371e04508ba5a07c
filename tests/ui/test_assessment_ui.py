"""A WEIS-S administration filled with the keyboard only, completed, then its profile and the
comparison with an earlier administration."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import messages, style
from app.ui.assessment_form import AssessmentForm
from app.ui.assessment_results import AssessmentResults
from app.ui.rating_control import NA_ID
from tests.ui.helpers import main_window, short_absence_case, with_modal


def test_weis_filled_with_the_keyboard_then_profile_and_comparison(qtbot, store, monkeypatch):
    case = short_absence_case(store)
    earlier = store.assessments.start(case.id, "weis-s", assessment_date="2026-01-10")
    part = earlier.definition.parts[0].id
    for item in earlier.definition.items:
        store.assessments.save_rating(earlier.id, part, item.id, 2)
    store.assessments.complete(earlier.id)

    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.assessments.start("weis-s", "3.0")
    form = window.tabs.currentWidget()
    assert isinstance(form, AssessmentForm)
    assert form.check_banner.isVisible()  # unverified labels: "kontrollera mot manualen"
    items = [i for d in form.definition.domains for i in form.definition.items_in(d.id)]
    assert len(items) == 17

    first = form.ratings[(part, items[0].id)]
    first.setFocus()
    keys = ["4", "3", "n"] + ["3"] * 14  # the third item is not applicable to this job
    for key in keys:
        control = QApplication.focusWidget()
        assert isinstance(control, type(first)), "Tab must move from rating to rating"
        qtbot.keyClicks(control, key)
        # leave the comment field and go on to the next item's rating
        qtbot.keyClick(control, Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    # the chosen step stands out (colour and weight), the others do not
    chosen = form.ratings[(part, items[0].id)].buttons
    assert chosen[4].isChecked() and chosen[4].font().bold()
    accent = QColor(style.current().accent[0])
    assert chosen[4].palette().color(QPalette.ColorRole.Button) == accent
    assert not chosen[3].font().bold() and chosen[3].palette().color(QPalette.ColorRole.Button) != accent
    assert form.ratings[(part, items[2].id)].buttons[NA_ID].font().bold()

    stored = store.assessments.get(form.assessment_id)
    assert stored.rating(part, items[0].id).value == 4
    assert stored.rating(part, items[1].id).value == 3
    assert stored.rating(part, items[2].id).na
    assert stored.open_items == []

    form.complete_button.click()
    assert store.assessments.get(form.assessment_id).status == "klar"

    form.openResults.emit(form.assessment_id)
    results = window.tabs.currentWidget()
    assert isinstance(results, AssessmentResults)
    charts = results.findChildren(QChartView)
    assert len(charts) == 2  # the profile, and the comparison with January
    profile = charts[0].chart().series()[0].barSets()[0]
    assert profile.count() == 17
    values = [profile.at(i) for i in range(17)]
    assert values.count(0) == 1 and values.count(4) == 1 and values.count(3) == 15
    comparison = store.assessments.compare(earlier.id, form.assessment_id).changes
    assert comparison.item(part, items[0].id).change == 2


def test_leaving_items_open_needs_confirmation(qtbot, store, monkeypatch):
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    window.open_case(case.id).assessments.start("awp", store.assessments.registry.versions("awp")[-1])
    form = window.tabs.currentWidget()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    form.complete_button.click()
    assert len(asked) == 1 and "Markera bedömningen som klar ändå?" in asked[0]
    assert store.assessments.get(form.assessment_id).status == "utkast"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    form.complete_button.click()
    done = store.assessments.get(form.assessment_id)
    assert done.status == "klar" and done.confirmed_open_items


def test_a_broken_definition_file_is_named_and_the_rest_still_work(qtbot, store, tmp_path, monkeypatch):
    from app.models import instruments

    own = tmp_path / "instruments"
    own.mkdir()
    (own / "trasig.json").write_text('{"format": 1, "id": "x"', encoding="utf-8")
    monkeypatch.setattr(instruments, "user_dir", lambda: own)
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    panel = window.open_case(case.id).assessments
    from app.ui.instrument_chooser import InstrumentChooser

    with_modal(lambda dialog: dialog.reject(), panel.new_assessment, InstrumentChooser)
    assert not panel.problems.isHidden()
    assert "trasig.json" in panel.problems.text()
    assert "weis-s" in [c[1] for c in panel.instrument_choices()]


def test_doa_goals_go_to_the_development_plan_with_one_action(qtbot, store, monkeypatch):
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    window.open_case(case.id).assessments.start("doa", store.assessments.registry.versions("doa")[-1])
    form = window.tabs.currentWidget()
    assert form.carry_button.isVisibleTo(form)
    form.texts["goals"].setPlainText("Arbeta halvtid i caféet\nKlara morgonrutinen själv")
    shown = []
    monkeypatch.setattr(messages, "tell", lambda *a, **k: shown.append(a[2]))
    form.carry_button.click()
    plan = store.plans.latest(case.id)
    assert plan.main_goal == "Arbeta halvtid i caféet"
    assert [g.text for g in plan.sub_goals] == ["Klara morgonrutinen själv"]
    assert shown and "utvecklingsplanen" in shown[0]
    assert store.assessments.get(form.assessment_id).texts["goals"].startswith("Arbeta halvtid")
    doa = store.assessments.get(form.assessment_id)  # the plan says where the client's priorities come from
    assert plan.client_priorities == ("Klientens prioriterade mål kommer från målformuleringen i "
                                      f"DOA {doa.definition.version} ({doa.assessment_date}).")


def test_instruments_without_goals_have_no_carry_button(qtbot, store):
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    window.open_case(case.id).assessments.start("weis-s", "3.0")
    assert not window.tabs.currentWidget().carry_button.isVisibleTo(window.tabs.currentWidget())


def test_marking_it_done_from_the_date_field_says_nothing_is_wrong(qtbot, store, monkeypatch):
    """Leaving the date field as the form turned read-only tried to save the date into the completed
    assessment, and said it could not."""
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    window.open_case(case.id).assessments.start("awp", store.assessments.registry.versions("awp")[-1])
    form = window.tabs.currentWidget()
    form.date.setFocus()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    form.complete_button.click()
    assert store.assessments.get(form.assessment_id).status == "klar" and warned == []
