"""Issue 4 as one therapist's afternoon in the real window: a plan with two sub-goals agreed with
the client, interventions logged against them, each goal evaluated, and the case closed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.closure import SituationInput
from app.ui.closure_dialog import ClosureDialog
from app.ui.evaluation_page import EvaluationPage
from app.ui.main_window import MainWindow
from app.ui.plan_page import PlanPage
from tests.ui.helpers import type_text, with_modal


def _close(dialog: ClosureDialog) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("okad_sysselsattningsgrad"))
    dialog.after_box.occupation.setCurrentIndex(dialog.after_box.occupation.findData("subventionerat_arbete"))
    dialog.after_box.income.setCurrentIndex(dialog.after_box.income.findData("ingen_offentlig"))
    dialog.after_box.percent.setValue(75)
    dialog.save()


def test_plan_interventions_evaluation_and_closure(qtbot, store, monkeypatch):
    client = store.clients.add(ClientInput(first_name="Märta", last_name="Öberg", birth_year=1975, gender="kvinna"))
    start = (store.today() - dt.timedelta(days=40)).isoformat()
    case = store.cases.open(client.id, CaseInput(referral_date=start, referred_by="arbetsledare",
                                                 target_group="ama_medarbetare", ama_start_date=start),
                            before=SituationInput("subventionerat_arbete", "forsorjningsstod", 50))
    store.process.save_answer(case.id, "utreda.vem", "Märta arbetar i caféet sedan oktober.")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    case_page = window.open_case(case.id)

    # The plan: main goal and two sub-goals, agreed with the client
    case_page.openPlan.emit(case.id)
    plan = window.tabs.currentWidget()
    assert isinstance(plan, PlanPage)
    type_text(plan.main_goal, "Arbeta 75 % i caféet.")
    type_text(plan.baseline, "Arbetar 50 %, tröttnar efter lunch.")
    plan.add_goal_button.click()
    plan.add_goal_button.click()
    for box, text, who in zip(plan.goal_boxes, ("Pauser inlagda i schemat", "Kassan utan stress"),
                              ("arbetsledare", "klienten")):
        type_text(box.text, text)
        box.responsible.set_key(who)
    plan.follow_up.set_iso((store.today() + dt.timedelta(days=14)).isoformat())
    plan.save()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Märta och arbetsledaren", True))
    plan.agree_button.click()
    version = store.plans.agreed(case.id)
    assert [g.text for g in version.sub_goals] == ["Pauser inlagda i schemat", "Kassan utan stress"]

    # Interventions, each for a sub-goal
    panel = case_page.interventions
    case_page.show_side(panel)
    interventions = ((1, 60, "kompensation", "social_miljo", "Schema med arbetsledaren."),
                     (2, 45, "aktivitetstraning", "traning_i_aktivitet", "Övning i kassan."))
    for goal_index, minutes, model, kind, text in interventions:
        panel.new_button.click()  # as the therapist does: a new intervention, not an edit of the last
        panel.minutes.setValue(minutes)
        panel.intervention_model.set_key(model)
        panel.kind.set_key(kind)
        panel.goal.setCurrentIndex(goal_index)
        panel.text.setPlainText(text)
        panel.save_button.click()
        assert panel.errors.message("kind") == "" and panel.errors.message("model") == ""
    logged = store.interventions.for_case(case.id)
    assert sorted((i.goal_label.split(" (")[0], i.minutes) for i in logged) == [("Delmål 1", 60), ("Delmål 2", 45)]
    assert store.interventions.summary(case.id).minutes == 105

    # Evaluation of every goal
    case_page.openEvaluation.emit(case.id)
    evaluation = window.tabs.currentWidget()
    assert isinstance(evaluation, EvaluationPage)
    for box, attainment in zip(evaluation.goal_boxes, ("uppnatt", "uppnatt", "delvis")):
        type_text(box.now, "Läget nu.")
        box.attainment.set_key(attainment)
        if attainment == "delvis":
            type_text(box.reason, "Stressigt vid lunchrusningen.")
        box.save_button.click()
    summary = store.evaluation.summary(case.id)
    assert (summary.total, summary.reached, summary.partly) == (3, 2, 1)
    assert "2 av 3 mål uppnådda" in evaluation.summary.text()

    # Close: Utvärdera done, then Avsluta with outcome and the situation after
    window.open_case(case.id)
    case_page.show_step("utvardera")
    case_page.form("utvardera").complete_button.click()
    case_page.show_step("avsluta")
    with_modal(_close, case_page.form("avsluta").complete_button.click, ClosureDialog)
    closure = store.closure.get(case.id)
    assert closure.outcome == "okad_sysselsattningsgrad"
    assert (store.closure.before(case.id).occupation_percent, closure.after.occupation_percent) == (50, 75)
    assert store.cases.get(case.id).is_closed
    assert "Avslutat" in case_page.header.text()
