"""Writing a development plan with two sub-goals in the real plan tab: field messages, saving,
agreeing with the client, and a revision that leaves the agreed version readable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.main_window import MainWindow
from app.ui.plan_page import PlanPage
from tests.ui.helpers import main_window, type_text, with_modal


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


def test_annan_ansvarig_is_for_annan_and_typed_text_there_is_never_dropped(qtbot, store):
    client = store.clients.add(ClientInput(first_name="Karin", last_name="Andersson", birth_year=1980,
                                           gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date=store.today().isoformat(), referred_by="arbetsledare",
                                                 target_group="ama_medarbetare"))
    page = PlanPage(store, case.id)
    qtbot.addWidget(page)
    page.show()
    type_text(page.main_goal, "Arbeta hela dagar.")
    page.add_goal_button.click()
    box = page.goal_boxes[0]
    type_text(box.text, "Laga lunch själv")
    box.responsible.set_key("klienten")
    assert not box.responsible_other.isEnabled()
    box.responsible.set_key("annan")
    assert box.responsible_other.isEnabled()
    type_text(box.responsible_other, "Boendestödet")
    box.responsible.set_key("klienten")  # changed their mind, the text still there
    page.save()
    assert page.errors.message("sub_goals[0].responsible_other") == (
        "Annan ansvarig för delmål 1 är ifylld men ansvarig är Klienten. Välj Annan eller töm fältet.")
    assert box.responsible_other.text() == "Boendestödet" and box.responsible_other.isEnabled()
    assert store.plans.versions(case.id) == []

    box.responsible_other.clear()  # emptied: Annan ansvarig closes again, and the plan saves
    assert not box.responsible_other.isEnabled()
    page.save()
    assert store.plans.latest(case.id).sub_goals[0].responsible_label == "Klienten"


def _alt(qtbot, window, key) -> None:
    """Press Alt+key as the user does; a button's mnemonic clicks it a moment later (animateClick)."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(200)


def test_saving_after_removing_a_sub_goal_that_showed_messages_saves_and_says_so(qtbot, store, case):
    from PySide6.QtCore import Qt

    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    type_text(page.main_goal, "Arbeta hela dagar.")
    page.add_goal_button.click()
    _alt(qtbot, window, Qt.Key.Key_S)  # Spara planen: the empty sub-goal is refused at its fields
    assert page.errors.message("sub_goals[0].text") == "Delmål 1 måste fyllas i."
    page.goal_boxes[0].remove_button.click()
    qtbot.wait(50)  # the removed box is deleted
    _alt(qtbot, window, Qt.Key.Key_S)  # no "Det gick inte" (pytest-qt fails the test on an error in a slot)
    version = store.plans.latest(case.id)
    assert version is not None and version.main_goal == "Arbeta hela dagar." and version.sub_goals == ()
    assert page.versions.currentData() == version.id  # the page shows what it saved
    assert not page.has_unsaved()
    assert page.errors.message("sub_goals[0].text") == ""  # the removed row's message went with it
    type_text(page.baseline, "Halva dagar.")
    _alt(qtbot, window, Qt.Key.Key_S)  # and every later save goes through as well
    assert store.plans.latest(case.id).baseline == "Halva dagar."


def test_a_plan_is_never_saved_behind_a_message_that_says_it_was_not(qtbot, store, case, monkeypatch):
    """Whatever goes wrong on the screen around a save, what the user is told and what is stored agree:
    clearing the old messages comes before the save, so a failure there saves nothing."""
    from app.ui.widgets import FieldErrors

    page = PlanPage(store, case.id)
    qtbot.addWidget(page)
    page.show()
    type_text(page.main_goal, "Arbeta hela dagar.")

    def broken(self):
        raise RuntimeError("Internal C++ object (PySide6.QtWidgets.QLabel) already deleted.")

    monkeypatch.setattr(FieldErrors, "clear", broken)
    with qtbot.capture_exceptions() as errors:
        page.save_button.click()
    assert errors  # reported ("Det gick inte" in the app) …
    assert store.plans.versions(case.id) == []  # … and indeed not saved


def _in_view(page: PlanPage, widget) -> bool:
    """The whole of ``widget`` is inside the part of the page the scroll area shows."""
    from PySide6.QtCore import QPoint, QRect

    top_left = widget.mapTo(page.viewport(), QPoint(0, 0))
    return page.viewport().rect().contains(QRect(top_left, widget.size()))


def test_after_adding_a_sub_goal_typing_goes_into_it_and_it_is_in_view(qtbot, store, case):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    for n in (1, 2, 3):  # the third is below the first screenful
        qtbot.mouseClick(page.add_goal_button, Qt.MouseButton.LeftButton)  # focuses the button, as a user's click
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # a space presses a focused button
        type_text(QApplication.focusWidget(), f"Mål {n}")
        assert len(page.goal_boxes) == n
        box = page.goal_boxes[-1]
        assert box.text.hasFocus() and box.text.toPlainText() == f" Mål {n}"
        qtbot.wait(20)  # laid out as the user sees it
        assert _in_view(page, box)
    assert page.verticalScrollBar().value() > 0


def test_removing_a_sub_goal_with_text_asks_first_and_focus_lands_on_the_goal_text_above(qtbot, store, case):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    for _ in range(3):
        page.add_goal_button.click()
    type_text(page.goal_boxes[0].text, "Lyfta med rullvagn")
    type_text(page.goal_boxes[1].actions, "Pauser varje timme")  # text in any field counts

    qtbot.mouseClick(page.goal_boxes[2].remove_button, Qt.MouseButton.LeftButton)  # empty: gone at once
    assert len(page.goal_boxes) == 2
    assert page.goal_boxes[1].text.hasFocus()  # not the next remove button, which a second click would press

    seen = []

    def say_no(box: QMessageBox) -> None:
        seen.append(([b.text() for b in box.buttons()], box.defaultButton().text(), box.text()))
        box.defaultButton().click()

    with_modal(say_no, lambda: qtbot.mouseClick(page.goal_boxes[1].remove_button, Qt.MouseButton.LeftButton),
               QMessageBox)
    assert seen == [(["Ja", "Nej"], "Nej", "Ta bort delmål 2 och det som står i det?")]
    assert [b.actions.toPlainText() for b in page.goal_boxes] == ["", "Pauser varje timme"]

    def say_yes(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Ja").click()

    with_modal(say_yes, lambda: qtbot.mouseClick(page.goal_boxes[0].remove_button, Qt.MouseButton.LeftButton),
               QMessageBox)
    assert [b.actions.toPlainText() for b in page.goal_boxes] == ["Pauser varje timme"]
    # the first sub-goal had none above it; the window's focus widget: it gets the keys once the box has closed
    assert window.focusWidget() is page.main_goal


def test_saving_says_sparat_and_a_refusal_shows_its_first_field_however_far_down(qtbot, store, case):
    from PySide6.QtCore import Qt

    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    type_text(page.main_goal, "Arbeta hela dagar.")
    for n in (1, 2, 3):
        page.add_goal_button.click()
        if n < 3:
            type_text(page.goal_boxes[-1].text, f"Mål {n}")
        page.goal_boxes[-1].responsible.set_key("klienten")
    page.goal_boxes[2].follow_up.set_iso("2026-11-01")  # in the past, a message below the missing text
    page.verticalScrollBar().setValue(0)  # the user went back up to the top
    qtbot.wait(20)
    _alt(qtbot, window, Qt.Key.Key_S)
    assert store.plans.versions(case.id) == []
    first = page.goal_boxes[2].text
    assert first.hasFocus() and _in_view(page, first)  # the first field the message is about, on screen
    assert page.save_status.text() == "Inte sparat"

    type_text(first, "Mål 3")
    page.goal_boxes[2].follow_up.set_iso(None)
    _alt(qtbot, window, Qt.Key.Key_S)
    assert store.plans.latest(case.id) is not None
    assert page.save_status.text() == "Sparat 10:00" and page.save_status.isVisible()  # the fixed clock's time
    assert abs(page.save_status.y() - page.save_button.y()) < page.save_button.height()  # beside the button


def test_an_earlier_version_offers_no_sub_goal_to_remove(qtbot, store, case, monkeypatch):
    page = PlanPage(store, case.id)
    qtbot.addWidget(page)
    page.show()
    type_text(page.main_goal, "Arbeta hela dagar.")
    page.add_goal_button.click()
    type_text(page.goal_boxes[0].text, "Lyfta med rullvagn")
    page.goal_boxes[0].responsible.set_key("klienten")
    page.follow_up.set_iso((store.today() + dt.timedelta(days=14)).isoformat())
    page.save()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kalle", True))
    page.agree_button.click()
    page.main_goal.setPlainText("Arbeta hela dagar och prova nya uppgifter.")
    page.save()  # version 2; version 1 stays readable only
    page.versions.setCurrentIndex(0)
    assert page.goal_boxes[0].text.isReadOnly()
    assert not page.goal_boxes[0].remove_button.isEnabled()
    page.versions.setCurrentIndex(1)
    assert page.goal_boxes[0].remove_button.isEnabled()


def test_two_responsible_ticked_by_keyboard_are_saved_and_printed_in_every_plan(qtbot, store, tmp_path):
    """Issue 14: "Klienten, Chef" in the editor, the service, the formal plan, the client's "du" plan
    and the easy-read one."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox

    from app.exporters.pdf import write_plan_pdf
    from tests.exporters.pdf_support import pdf_read

    client = store.clients.add(ClientInput(first_name="Karin", last_name="Andersson", birth_year=1980,
                                           gender="kvinna"))
    start = (store.today() - dt.timedelta(days=10)).isoformat()
    case = store.cases.open(client.id, CaseInput(referral_date=start, referred_by="hr",
                                                 target_group="korttidsfranvaro"))
    store.consents.add(case.id, "af", "skriftligt", start, scopes=["plan"])
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.open_case(case.id).openPlan.emit(case.id)
    page = window.tabs.currentWidget()
    type_text(page.main_goal, "Arbeta kvar med färre frånvarodagar.")
    page.follow_up.set_iso((store.today() + dt.timedelta(days=14)).isoformat())
    page.add_goal_button.click()
    [box] = page.goal_boxes
    type_text(box.text, "Pauser inlagda i schemat")
    choice = box.responsible
    assert choice.accessibleName() == "Ansvarig för delmål 1"
    assert all(b.accessibleName().startswith("Ansvarig för delmål 1: ") for b in choice.boxes.values())
    assert {"Chef", "HR"} <= {b.text() for b in choice.boxes.values()}
    label = box.layout().labelForField(choice)
    assert label.buddy() is choice.boxes["klienten"]  # the row's label takes the keyboard to the first box
    choice.boxes["klienten"].setFocus()
    qtbot.keyClick(choice.boxes["klienten"], Qt.Key.Key_Space)  # ticked by keyboard
    focused = choice.boxes["klienten"]
    while focused is not choice.boxes["chef"]:  # Tab walks the boxes in order
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        assert isinstance(focused, QCheckBox) and focused in choice.boxes.values()
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert choice.chosen() == ["klienten", "chef"]
    page.save()
    [goal] = store.plans.latest(case.id).sub_goals
    assert goal.responsible == ("klienten", "chef")

    page.reload()  # shown again as saved
    assert page.goal_boxes[0].responsible.chosen() == ["klienten", "chef"] and not page.has_unsaved()
    formal, own, easy = tmp_path / "af.pdf", tmp_path / "klient.pdf", tmp_path / "latt.pdf"
    write_plan_pdf(store, formal, case_id=case.id, audience="af")
    write_plan_pdf(store, own, case_id=case.id, audience="klient")
    write_plan_pdf(store, easy, case_id=case.id, audience="klient", easy_read=True)
    assert "Klienten, Chef" in pdf_read(formal).flat
    assert "Du, Chef" in pdf_read(own).flat
    assert "Vem gör det? Du och Chef." in pdf_read(easy).flat
