"""Writing a development plan with two sub-goals in the real plan tab: field messages, saving,
agreeing with the client, and a revision that leaves the agreed version readable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.main_window import MainWindow
from app.ui.plan_page import PlanPage
from tests.ui.helpers import type_text


def test_plan_with_two_sub_goals_agreed_then_revised(qtbot, store, monkeypatch):
    client = store.clients.add(ClientInput(first_name="Karin", last_name="Andersson", birth_year=1980,
                                           gender="kvinna"))
    start = (store.today() - dt.timedelta(days=10)).isoformat()
    case = store.cases.open(client.id, CaseInput(referral_date=start, referred_by="arbetsledare",
                                                 target_group="ama_medarbetare", ama_start_date=start))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.open_case(case.id).openPlan.emit(case.id)
    page = window.tabs.currentWidget()
    assert isinstance(page, PlanPage)
    assert "Plan senast" in page.status.text()  # the four-week rule

    type_text(page.main_goal, "Arbeta hela dagar i snickeriet utan ryggont.")
    type_text(page.baseline, "Arbetar halva dagar; ont efter lyft.")
    page.add_goal_button.click()
    page.add_goal_button.click()
    first, second = page.goal_boxes
    type_text(first.text, "Lyfta med rullvagn")
    first.responsible.set_key("arbetsterapeut")
    second.responsible.set_key("arbetsledare")
    earlier = store.today() - dt.timedelta(days=1)
    second.target.set_iso(earlier.isoformat())  # before its start date (today)
    page.save()
    assert page.errors.message("sub_goals[1].text") == "Delmål 2 måste fyllas i."
    assert "kan inte vara före startdatum" in page.errors.message("sub_goals[1].target_date")
    assert store.plans.versions(case.id) == []  # nothing half-saved

    type_text(second.text, "Schema med pauser")
    second.target.set_iso(None)
    page.follow_up.set_iso((store.today() + dt.timedelta(days=14)).isoformat())
    page.save()
    version = store.plans.latest(case.id)
    assert [g.text for g in version.sub_goals] == ["Lyfta med rullvagn", "Schema med pauser"]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Karin, arbetsledaren Per", True))
    page.agree_button.click()
    assert store.plans.latest(case.id).is_agreed
    assert store.plans.is_current(case.id)
    assert page.save_button.text() == "&Spara som ny version"

    page.main_goal.setPlainText("Arbeta hela dagar och prova nya arbetsuppgifter.")
    page.save()
    versions = store.plans.versions(case.id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].main_goal == "Arbeta hela dagar i snickeriet utan ryggont."  # the agreed one is kept
    page.versions.setCurrentIndex(page.versions.findData(versions[0].id))
    assert page.main_goal.isReadOnly()
    assert page.main_goal.toPlainText() == "Arbeta hela dagar i snickeriet utan ryggont."
