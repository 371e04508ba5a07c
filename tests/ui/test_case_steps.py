"""The steps on the case page as a therapist meets them: the step a case opens on is the one the
client list names, and the step buttons keep their place and say why they are disabled."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.case_page import CasePage
from app.ui.client_list_model import ClientListModel


def _case(store):
    client = store.clients.add(ClientInput(first_name="Tove", last_name="Lind", birth_year=1980, gender="kvinna"))
    return store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="annan"))


def test_the_case_opens_on_the_step_the_client_list_shows(qtbot, store):
    case = _case(store)
    # Informera never touched; Utreda and Planera finished
    store.process.save_answer(case.id, "utreda.vem", "Tove arbetar i köket.")
    store.process.complete(case.id, "utreda")
    store.process.complete(case.id, "planera")

    model = ClientListModel(store)
    model.refresh()
    listed = model.index(0, 3).data()
    page = CasePage(store, case.id)
    qtbot.addWidget(page)
    assert listed == "Utvärdera (ej påbörjad)"
    assert page.current_step() == "utvardera"
    assert page.stepper.buttons["utvardera"].isChecked()
