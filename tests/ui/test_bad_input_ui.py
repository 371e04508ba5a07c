"""Invisible and broken characters typed or pasted into the window are stored as the domain's one
text rule says (app/models/fields.py ``clean_text``): the window runs the same services."""

from __future__ import annotations

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.case_page import CasePage
from app.ui.client_dialog import ClientDialog
from tests.ui.helpers import type_text


def test_a_name_typed_with_a_right_to_left_override_is_saved_without_it(qtbot, store):
    dialog = ClientDialog(store)
    qtbot.addWidget(dialog)
    type_text(dialog.first_name, "Tolvan\u202e")  # would show what follows it reversed
    type_text(dialog.last_name, "\u200bTolvansson ")
    assert "\u202e" in dialog.first_name.text()  # the field took it as typed
    dialog.pnr.setText("19121212-1212")
    dialog.gender.set_key("man")
    dialog.save()
    assert dialog.result() == 1
    client = store.clients.get(dialog.saved.id)
    assert (client.first_name, client.last_name) == ("Tolvan", "Tolvansson")
    assert store.clients.search_ids("tolvan tolvansson") == [client.id]


def test_a_step_answer_pasted_with_nul_is_saved_without_it(qtbot, store):
    client = store.clients.add(ClientInput(first_name="Tove", last_name="Lind", birth_year=1980, gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="annan"))
    page = CasePage(store, case.id)
    qtbot.addWidget(page)
    page.show_step("utreda")
    editor = page.form("utreda").editors["utreda.vem"]
    editor.setFocus()
    editor.insertPlainText("Tove\x00 och\r\narbetsledaren.")  # as pasted from a broken file
    assert "\x00" in editor.toPlainText()
    qtbot.waitUntil(lambda: "utreda.vem" in store.process.answers(case.id), timeout=3000)
    assert store.process.answers(case.id)["utreda.vem"] == "Tove och\narbetsledaren."
    assert page.form("utreda").flush()
