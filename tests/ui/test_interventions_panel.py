"""The interventions side tab: log and edit interventions (meetings have their own tab)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.plans import PlanInput, SubGoalInput
from app.ui.changes import changes_of
from app.ui.interventions_panel import InterventionsPanel


@pytest.fixture
def case(store):
    client = store.clients.add(ClientInput(first_name="Karin", last_name="Andersson", birth_year=1980,
                                           gender="kvinna"))
    started = (store.today() - dt.timedelta(days=25)).isoformat()
    return store.cases.open(client.id, CaseInput(referral_date=started, referred_by="arbetsledare",
                                                 target_group="ama_medarbetare", ama_start_date=started))


@pytest.fixture
def panel(qtbot, store, case):
    today = store.today().isoformat()
    store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid", sub_goals=[
        SubGoalInput(text=t, responsible="klienten", start_date=today) for t in ("Komma i tid", "Lyfta utan smärta")
    ]))
    widget = InterventionsPanel(store, case.id)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    return widget


def test_missing_kind_and_text_show_at_their_fields(qtbot, store, case, panel):
    panel.minutes.setValue(30)
    panel.intervention_model.set_key("kompensation")
    panel.save_button.click()
    assert panel.errors.message("kind") == "Välj typ av insats."
    assert store.interventions.for_case(case.id) == []

    panel.kind.set_key("annan")
    panel.save_button.click()
    assert panel.errors.message("text") == "Beskriv insatsen när du valt Annan."
    assert panel.errors.message("kind") == ""
    assert panel.minutes.maximum() == 24 * 60 and panel.minutes.minimum() == 0


def test_log_an_intervention_for_a_sub_goal_then_edit_it(qtbot, store, case, panel):
    assert panel.goal.itemText(0) == "Inget delmål"
    assert panel.goal.count() == 3
    panel.minutes.setValue(45)
    panel.intervention_model.set_key("kompensation")
    panel.kind.set_key("hjalpmedel")
    panel.goal.setCurrentIndex(2)
    panel.text.setPlainText("Provade arbetsstol.")
    with qtbot.waitSignal(changes_of(store).changed):
        panel.save_button.click()

    [stored] = store.interventions.for_case(case.id)
    assert (stored.minutes, stored.model, stored.kind, stored.goal_number, stored.text) == (
        45, "kompensation", "hjalpmedel", 2, "Provade arbetsstol.")
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 5)) == "Provade arbetsstol."
    assert panel.text.toPlainText() == ""  # back to a fresh form

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.editing is not None and panel.minutes.value() == 45
    assert panel.goal.currentData() == stored.goal_id
    panel.minutes.setValue(60)
    panel.goal.setCurrentIndex(0)
    with qtbot.waitSignal(changes_of(store).changed):
        panel.save_button.click()
    [changed] = store.interventions.for_case(case.id)
    assert changed.id == stored.id
    assert (changed.minutes, changed.goal_id) == (60, None)
    assert panel.model.data(panel.model.index(0, 1)) == 60


def test_meetings_are_on_their_own_tab(panel):
    from PySide6.QtWidgets import QLabel

    assert not hasattr(panel, "meeting_table")  # one place for meetings: the Samverkansmöten tab
    assert any("fliken Samverkansmöten" in label.text() for label in panel.findChildren(QLabel))


def test_inputs_have_names_and_mnemonics(panel):
    for widget in (panel.date, panel.minutes, panel.intervention_model, panel.kind, panel.goal, panel.text):
        assert widget.accessibleName()
    assert "&" in panel.save_button.text()


def test_render(qtbot, store, case, panel):
    panel.minutes.setValue(45)
    panel.intervention_model.set_key("kompensation")
    panel.kind.set_key("hjalpmedel")
    panel.goal.setCurrentIndex(1)
    panel.text.setPlainText("Provade arbetsstol.")
    panel.save_button.click()
    panel.save_button.click()  # second click: the fresh form is refused, messages show
    panel.show()
    qtbot.waitExposed(panel)
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert panel.grab().save("/tmp/shots/interventions.png")


def _kinds(panel):
    return [panel.kind.itemData(i) for i in range(1, panel.kind.count())]


def test_the_kind_list_follows_the_model_and_says_when_a_chosen_kind_is_left_behind(qtbot, store, case, panel):
    from app.models.vocab import intervention_kinds

    assert not panel.kind.isEnabled() and panel.kind.itemText(0) == "Välj modell först"
    panel.intervention_model.setFocus()
    panel.intervention_model.set_key("kompensation")
    assert panel.kind.isEnabled() and _kinds(panel) == intervention_kinds("kompensation").keys()
    panel.kind.set_key("hjalpmedel")
    panel.intervention_model.set_key("funktionstraning")  # a model without Hjälpmedel
    assert _kinds(panel) == intervention_kinds("funktionstraning").keys() and "hjalpmedel" not in _kinds(panel)
    assert panel.kind.key() == ""
    assert panel.kind_note.isVisibleTo(panel)
    assert panel.kind_note.text() == ("Typen Hjälpmedel/arbetshjälpmedel hör inte till Funktionsträning. "
                                      "Välj en typ som hör till modellen.")
    panel.minutes.setValue(30)
    panel.save_button.click()  # nothing saved without a kind of the model
    assert panel.errors.message("kind") == "Välj typ av insats." and store.interventions.for_case(case.id) == []
    panel.kind.set_key("undervisning_rad")
    assert not panel.kind_note.isVisibleTo(panel)  # a kind chosen: the note has done its work
    panel.intervention_model.set_key("pedagogisk")  # a kind both models have stays chosen, nothing said
    assert panel.kind.key() == "undervisning_rad" and not panel.kind_note.isVisibleTo(panel)
    with qtbot.waitSignal(changes_of(store).changed):
        panel.save_button.click()
    [stored] = store.interventions.for_case(case.id)
    assert (stored.model, stored.kind) == ("pedagogisk", "undervisning_rad")


def test_an_old_combination_shows_as_recorded_and_its_row_can_still_be_edited(qtbot, store, case, panel):
    with store.transaction() as tx:
        tx.insert("interventions", {"case_id": case.id, "intervention_date": store.today().isoformat(), "minutes": 40,
                                    "model": "aktivitetstraning", "kind": "stodjande", "text": "Följde med till Af.",
                                    "author_id": store.user_id, "created_at": "x", "updated_at": "x"})
    panel.reload()
    assert panel.model.data(panel.model.index(0, 3)) == "Stödjande"
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.kind.key() == "stodjande" and panel.kind.currentText() == "Stödjande (äldre val)"
    assert not panel.kind_note.isVisibleTo(panel)
    panel.minutes.setValue(50)
    with qtbot.waitSignal(changes_of(store).changed):
        panel.save_button.click()
    [changed] = store.interventions.for_case(case.id)
    assert (changed.minutes, changed.kind) == (50, "stodjande")
