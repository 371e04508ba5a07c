"""AWP against AWC through the real window: the case's assessments, an AWC's results, "Jämför med
arbetets krav (AWC)", the table read from its model, and another AWP chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.ui.assessment_results import AssessmentResults
from app.ui.work_match_view import WorkMatchSection
from tests.awc_support import GAPS, ITEMS, WORK_TASK, awp_and_awc, given
from tests.ui.helpers import main_window


def _results_of(qtbot, window, page, assessment_id) -> AssessmentResults:
    panel = page.assessments
    row = next(r for r in range(panel.model.rowCount()) if panel.model.record(r).id == assessment_id)
    panel.table.setFocus()
    panel.table.selectRow(row)
    results_button = next(b for b in panel.findChildren(type(panel.new_button)) if b.text() == "Re&sultat")
    results_button.click()
    results = window.tabs.currentWidget()
    assert isinstance(results, AssessmentResults) and results.assessment_id == assessment_id
    return results


def _rows(model) -> list[list[str]]:
    return [[model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_an_awc_is_set_against_the_awp_from_its_results(qtbot, store, case):
    earlier = given(store, case.id, "awp", "2026-11-04", dict(zip(ITEMS, [1] * 14)))
    awp, awc = awp_and_awc(store, case.id)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    results = _results_of(qtbot, window, page, awc.id)
    section = results.work_match
    assert isinstance(section, WorkMatchSection) and not section.body.isVisible()
    assert section.open_button.text() == "&Jämför med arbetets krav (AWC)"
    # no "areas to act on" line for a work task's demands
    assert not any("Att arbeta med" in label.text() for label in results.findChildren(QLabel))

    section.open_button.setFocus()
    qtbot.keyClick(section.open_button, Qt.Key.Key_Space)  # the keyboard opens it
    assert section.body.isVisible() and QApplication.focusWidget() is section.items_table
    assert section.open_button.text() == "&Dölj jämförelsen"
    assert section.items_table.accessibleName() == "Arbetets krav mot utförandet, färdighet för färdighet"
    assert section.performance_choice.accessibleName() and section.demand_choice.accessibleName()
    assert section.demand_choice.currentData() == awc.id and section.performance_choice.currentData() == awp.id
    model = section.items
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Färdighet", "Krav (AWC)", "Utförande (AWP)", "Glapp (krav över utförande)"]
    rows = _rows(model)
    assert len(rows) == 14 and rows[2] == ["3. Koordination", "4 – Mycket stort krav", "2 – Begränsat utförande",
                                           "Ja – 2 steg"]
    assert [r[0] for r in rows if r[3].startswith("Ja")] == [
        f"{ITEMS.index(i) + 1}. {label}" for i, label in (
            ("coordination", "Koordination"), ("language", "Språk"), ("relations", "Relationer"),
            ("mental_energy", "Psykisk energi"), ("organisation_of_space", "Organisation av rum och objekt"))]
    assert len(GAPS) == 5
    assert model.data(model.index(2, 0), Qt.ItemDataRole.FontRole).bold()  # and bold, beside the words
    assert model.data(model.index(2, 3), Qt.ItemDataRole.BackgroundRole) is not None  # shaded too
    assert model.data(model.index(3, 0), Qt.ItemDataRole.FontRole) is None
    description = section.description.text()
    assert "AWP" in description and "2026-11-09" in description and "2026-11-10" in description
    assert WORK_TASK in description and "Glapp i 5 av 14 färdigheter" in description
    domains = _rows(section.domains)
    assert [r[1:] for r in domains] == [["5 av 5", 1], ["4 av 4", 2], ["5 av 5", 2]]

    # the earlier AWP chosen: every demand above "bristande" is a gap now
    section.performance_choice.setCurrentIndex(section.performance_choice.findData(earlier.id))
    assert "2026-11-04" in section.description.text()
    no_gap = [r[0] for r in _rows(section.items) if r[3] == "Nej"]
    assert no_gap == ["4. Styrka", "9. Informationsutbyte"]  # the two demands of 1 against 1

    qtbot.keyClick(section.open_button, Qt.Key.Key_Space)  # and hides it again
    assert not section.body.isVisible() and section.open_button.text() == "&Jämför med arbetets krav (AWC)"


def test_an_awps_results_show_the_comparison_and_other_instruments_do_not(qtbot, store, case):
    awp, awc = awp_and_awc(store, case.id)
    weis = given(store, case.id, "weis-s", "2026-11-05", {})
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    results = _results_of(qtbot, window, page, awp.id)
    assert results.work_match is not None
    results.work_match.open_button.click()
    assert results.work_match.performance_choice.currentData() == awp.id
    assert results.work_match.items.rowCount() == 14
    assert _results_of(qtbot, window, page, weis.id).work_match is None


def test_an_awc_without_an_awp_says_so(qtbot, store, case):
    awc = given(store, case.id, "awc", "2026-11-10", dict(zip(ITEMS, [2] * 14)))
    window = main_window(qtbot, store)
    results = _results_of(qtbot, window, window.open_case(case.id), awc.id)
    assert not results.work_match.open_button.isEnabled()
    assert results.work_match.note.text() == "Det finns ingen klar AWP i ärendet att ställa arbetets krav mot."



def test_an_old_awc_1_still_opens_with_its_environment_domain(qtbot, store, case):
    from PySide6.QtWidgets import QTableView

    from tests.awc_support import DEMANDS, start_old_awc
    old = start_old_awc(store, case.id, "2026-11-05")
    for item_id, value in zip(ITEMS, DEMANDS):
        store.assessments.save_rating(old.id, "professional", item_id, value)
    store.assessments.complete(old.id, confirm_open_items=True)
    awp_and_awc(store, case.id)
    window = main_window(qtbot, store)
    results = _results_of(qtbot, window, window.open_case(case.id), old.id)
    labels = " ".join(label.text() for label in results.findChildren(QLabel))
    assert "version 1 " in labels and "Att arbeta med" in labels  # version 1 listed high demands, and still does
    domains = next(t for t in results.findChildren(QTableView) if t.accessibleName().startswith("Områden"))
    assert [r[0] for r in _rows(domains.model())][-1] == "Miljö och organisation"
    assert results.work_match is None  # version 1 names nothing to be set against
