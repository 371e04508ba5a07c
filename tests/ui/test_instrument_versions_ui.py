"""The instrument chooser and the OVal-9 form as a therapist meets them in the real window: every
current version once, DOA's three editions, no "AWC – AWC"; OVal-9 names its activity first and is
not completed without it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QMessageBox

from app.models.instruments import load_registry
from app.ui.assessment_form import AssessmentForm
from app.ui.instrument_chooser import InstrumentChooser
from tests.ui.helpers import main_window, short_absence_case, type_text, with_modal


def shipped_window(qtbot, store, tmp_path):
    store.assessments.registry = load_registry(user=tmp_path / "no-user-files")
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    return window, window.open_case(case.id).assessments, case


def test_the_chooser_offers_each_current_version_once_and_starts_the_one_chosen(qtbot, store, tmp_path):
    window, panel, case = shipped_window(qtbot, store, tmp_path)
    seen = {}

    def choose_doa_2017(dialog: InstrumentChooser) -> None:
        labels = [dialog.list.item(n).text() for n in range(dialog.list.count())]
        seen["labels"] = labels
        assert dialog.list.accessibleName() == "Instrument och version"
        assert dialog.focusWidget() is dialog.list  # arrows and Enter from the start
        target = labels.index("DOA 2017 – Dialog om arbetsförmåga")
        for _ in range(target):
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        assert "Dialog om arbetsförmåga" in dialog.about.text() and "2017" in dialog.about.text()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    with_modal(choose_doa_2017, panel.new_button.click, InstrumentChooser)
    labels = seen["labels"]
    assert {"DOA 2023 – Dialog om arbetsförmåga", "DOA 2017 – Dialog om arbetsförmåga",
            "DOA 2019 lättläst – Dialog om arbetsförmåga, lättläst", "WRI-S 4.0 – Intervju om arbetsrollen",
            "OVal-9 2 – Upplevt värde i aktivitet, nio påståenden", "AWP 2.0 – Bedömning av arbetsutförande",
            "WEIS-S 3.0 – Bedömning av arbetsmiljöns inverkan"} <= set(labels)
    assert len(labels) == len(set(labels))
    assert not any("AWC – AWC" in label or label.count("DOA") > 1 for label in labels)
    assert not any(label.startswith(("WRI-S 10.0", "AWP 1 ", "OVal-9 1 ", "DOA 1 ")) for label in labels)

    form = window.tabs.currentWidget()
    assert isinstance(form, AssessmentForm)
    started = store.assessments.get(form.assessment_id)
    assert (started.instrument_id, started.instrument_version, started.case_id) == ("doa", "2017", case.id)


def test_a_superseded_version_in_the_units_folder_is_not_offered(qtbot, store, tmp_path):
    from tests.old_instruments import OLD, OLD_FILES

    own = tmp_path / "own"
    own.mkdir()
    (own / "wri.json").write_text((OLD / OLD_FILES["wri-s"]).read_text(encoding="utf-8"), encoding="utf-8")
    window, panel, _case = shipped_window(qtbot, store, tmp_path)
    store.assessments.registry = load_registry(user=own)
    assert [c[0] for c in panel.instrument_choices() if c[1] == "wri-s"] == ["WRI-S 4.0 – Intervju om arbetsrollen"]


def test_the_blank_form_menu_names_each_version_once(qtbot, store, tmp_path):
    window, _panel, _case = shipped_window(qtbot, store, tmp_path)
    window._fill_forms_menu()
    labels = [a.text() for a in window.forms_menu.actions()]
    assert "DOA 2019 lättläst – Dialog om arbetsförmåga, lättläst" in labels
    assert not any("AWC – AWC" in label or "DOA 2023 – DOA" in label for label in labels)


def test_oval_9_asks_for_the_activity_first_and_is_not_completed_without_it(qtbot, store, tmp_path, monkeypatch):
    window, panel, _case = shipped_window(qtbot, store, tmp_path)
    panel.start("oval-9", "2")
    form = window.tabs.currentWidget()
    assert isinstance(form, AssessmentForm)
    boxes = [b.title() for b in form.widget().findChildren(QGroupBox)]
    assert boxes[0] == "Vilken aktivitet skattas? (måste fyllas i)"  # before the nine statements
    assert boxes[1:4] == ["Konkret värde", "Socio-symboliskt värde", "Självbelönande värde"]
    hint = form.findChild(QLabel, "hint_activity")
    assert hint.isVisibleTo(form) and "direkt efter att ha gjort aktiviteten" in hint.text()
    assert form.texts["activity"].accessibleName() == "Vilken aktivitet skattas?, måste fyllas i"
    assert form.ratings[("client", "item_1")].buttons[7].isVisibleTo(form)  # the seven-step scale

    for item in form.definition.items:
        store.assessments.save_rating(form.assessment_id, "client", item.id, 5)
    form.refresh()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    form.complete_button.click()
    assert warned == ["Fyll i ”Vilken aktivitet skattas?” innan bedömningen markeras som klar."]
    assert store.assessments.get(form.assessment_id).is_draft
    assert QApplication.focusWidget() is form.texts["activity"]  # the field to fill in

    type_text(form.texts["activity"], "Laga lunch")
    form.complete_button.click()
    done = store.assessments.get(form.assessment_id)
    assert done.status == "klar" and done.texts["activity"] == "Laga lunch" and len(warned) == 1
    assert panel.model.index(0, 1).data() == "OVal-9 2 – Laga lunch"  # the case's list names the activity


def test_results_of_wri_s_4_against_10_name_the_item_not_compared(qtbot, store, tmp_path):
    from app.ui.assessment_results import AssessmentResults
    from tests.old_instruments import old_administration

    _window, _panel, case = shipped_window(qtbot, store, tmp_path)
    old = old_administration(store, tmp_path, case.id, "wri-s", "2026-11-05", lambda n: 2)
    new = store.assessments.start(case.id, "wri-s", assessment_date="2026-11-15")
    for item in new.definition.items:
        store.assessments.save_rating(new.id, "professional", item.id, 3)
    store.assessments.complete(new.id)
    results = AssessmentResults(store, new.id)
    qtbot.addWidget(results)
    assert results.compare_with.currentData() == old.id
    note = results.findChild(QLabel, "not_compared")
    assert note.text() == "Jämförs inte (finns bara i den ena versionen): Andra rollers inverkan."
    opened = AssessmentResults(store, old.id)  # the old one opens with its own 17 items
    qtbot.addWidget(opened)
    assert opened.compare_with.currentData() == new.id
