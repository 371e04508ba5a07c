"""The steps on the case page as a therapist meets them: the step a case opens on is the one the
client list names, and the step buttons keep their place and say why they are disabled."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.case_page import CasePage
from app.ui.client_list_model import ClientListModel
from tests.ui.helpers import main_window, with_modal


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


def _click(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_step_buttons_keep_their_place_and_say_why_they_are_disabled(qtbot, store):
    case = _case(store)
    page = CasePage(store, case.id)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    form = page.form("informera")
    buttons = (form.start_button, form.complete_button, form.reopen_button)
    places = [b.geometry() for b in buttons]
    assert [b.isVisible() for b in buttons] == [True, True, True]
    assert [b.isEnabled() for b in buttons] == [True, True, False]
    assert form.reopen_button.toolTip() == "Steget Informera är inte klart och behöver inte öppnas igen."

    form.start_button.click()  # the button under the mouse is now disabled, not replaced by another
    assert store.process.statuses(case.id)["informera"].state == "pagar"
    assert [b.geometry() for b in buttons] == places
    assert [b.isVisible() for b in buttons] == [True, True, True]
    assert [b.isEnabled() for b in buttons] == [False, True, False]
    assert form.start_button.toolTip() == "Steget Informera är redan påbörjat."

    planera = page.form("planera")
    assert not planera.start_button.isEnabled()
    assert planera.start_button.toolTip().startswith("Kartläggningen kommer först")
    assert planera.banner.text().startswith("Kartläggningen kommer först")


def test_completing_a_step_with_no_answers_asks_first(qtbot, store):
    case = _case(store)
    page = CasePage(store, case.id)
    qtbot.addWidget(page)
    form = page.form("informera")

    with_modal(lambda box: _click(box, "Nej"), form.complete_button.click, QMessageBox)
    assert store.process.statuses(case.id)["informera"].state == "ej_paborjad"  # No completes nothing

    asked = []
    with_modal(lambda box: (asked.append(box.text()), _click(box, "Ja")), form.complete_button.click, QMessageBox)
    assert asked == ["Inga frågor i steget Informera är besvarade. Vill du ändå markera steget som klart?"]
    assert store.process.statuses(case.id)["informera"].state == "klar"
    assert form.reopen_button.isEnabled() and not form.complete_button.isEnabled()
    assert form.banner.text() == "Steget Informera är klart. Öppna det igen för att ändra svaren."


def test_completing_an_answered_step_does_not_ask(qtbot, store):
    case = _case(store)
    store.process.save_answer(case.id, "utreda.vem", "Tove arbetar i köket.")
    page = CasePage(store, case.id)
    qtbot.addWidget(page)
    page.form("utreda").complete_button.click()  # a box here would block the test
    assert store.process.statuses(case.id)["utreda"].state == "klar"


def _button_places(form) -> list[QRect]:
    """Where the three step buttons are on the shown form, after the layout has settled."""
    QApplication.processEvents()
    QApplication.processEvents()
    buttons = (form.start_button, form.complete_button, form.reopen_button)
    assert all(b.isVisible() for b in buttons)
    return [QRect(b.mapTo(form, QPoint(0, 0)), b.size()) for b in buttons]


def test_the_step_buttons_stay_put_in_every_state_of_the_step_and_the_case(qtbot, store):
    """Completing a step is one click: the state text and the banner of a finished, blocked or
    closed step come below the buttons, so neither moves them."""
    case = _case(store)
    window = main_window(qtbot, store)
    window.resize(1366, 768)
    page = window.open_case(case.id)
    page.show_step("planera")
    planera = page.form("planera")
    blocked = _button_places(planera)
    assert planera.banner.isVisible()  # Kartläggningen kommer först
    page.show_step("informera")
    form = page.form("informera")
    not_started = _button_places(form)

    form.start_button.click()
    assert _button_places(form) == not_started  # in progress
    store.process.save_answer(case.id, "informera.vad_arbetsterapi", "Berättat om arbetsterapi.")
    page.refresh()
    form.complete_button.click()
    assert store.process.statuses(case.id)["informera"].state == "klar"
    assert form.banner.isVisible() and _button_places(form) == not_started  # done
    form.reopen_button.click()
    assert _button_places(form) == not_started  # open again

    store.process.save_answer(case.id, "utreda.vem", "Tove arbetar i köket.")  # the survey begun
    page.refresh()
    page.show_step("planera")
    assert not planera.banner.isVisible() and _button_places(planera) == blocked  # no longer blocked

    store.process.complete(case.id, "avsluta", "Klienten flyttade.")
    page.refresh()
    assert store.cases.get(case.id).is_closed and planera.banner.isVisible()
    assert _button_places(planera) == blocked  # closed case
    page.show_step("informera")
    assert form.banner.isVisible() and _button_places(form) == not_started
