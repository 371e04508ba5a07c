"""Bad input in the dialogs gets a Swedish message at the field; good input is stored intact."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from app.models.clients import ClientInput
from app.ui.case_dialog import CaseDialog
from app.ui.client_dialog import ClientDialog
from app.ui.closure_dialog import ClosureDialog
from tests.ui.helpers import type_text


def _client_dialog(qtbot, store, **fields) -> ClientDialog:
    dialog = ClientDialog(store)
    qtbot.addWidget(dialog)
    dialog.first_name.setText(fields.get("first", "Tolvan"))
    dialog.last_name.setText(fields.get("last", "Tolvansson"))
    dialog.pnr.setText(fields.get("pnr", "19121212-1212"))
    dialog.gender.set_key(fields.get("gender", "man"))
    return dialog


def test_each_bad_field_gets_its_own_message_and_nothing_is_saved(qtbot, store):
    dialog = _client_dialog(qtbot, store, first="", last="x" * 1_000_000, pnr="19121312-1212", gender="")
    dialog.email.setText("inte en adress")
    dialog.save()
    assert dialog.result() == 0
    assert dialog.errors.message("first_name") == "Förnamn måste fyllas i."
    assert "högst 200 tecken" in dialog.errors.message("last_name")
    assert "giltigt födelsedatum" in dialog.errors.message("personnummer")
    assert dialog.errors.message("gender") == "Välj kön."
    assert "E-postadressen" in dialog.errors.message("email")
    assert store.clients.count() == 0


def test_duplicate_personnummer_in_another_form_is_refused(qtbot, store):
    store.clients.add(ClientInput(first_name="Tolvan", last_name="Tolvansson",
                                  personnummer="191212121212", gender="man"))
    dialog = _client_dialog(qtbot, store, first="Tolva", pnr="121212+1212")
    dialog.save()
    assert dialog.errors.message("personnummer") == "Det finns redan en klient med det här personnumret."
    assert store.clients.count() == 1


def test_sami_letters_and_emoji_are_stored_intact(qtbot, store):
    dialog = _client_dialog(qtbot, store, first="Áilu Máret", last="Ŋuorra-Đuolla 😀", pnr="")
    dialog.no_pnr.setChecked(True)
    type_text(dialog.birth_year, "1990")
    dialog.save()
    assert dialog.result() == 1
    client = store.clients.get(dialog.saved.id)
    assert (client.first_name, client.last_name, client.birth_year) == ("Áilu Máret", "Ŋuorra-Đuolla 😀", 1990)
    assert store.clients.search_ids("đuolla") == [client.id]


def test_no_number_and_no_birth_year_is_explained(qtbot, store):
    dialog = _client_dialog(qtbot, store, pnr="")
    dialog.save()
    assert "kryssa i att personen saknar" in dialog.errors.message("personnummer")
    dialog.no_pnr.setChecked(True)
    dialog.save()
    assert "födelseår" in dialog.errors.message("birth_year")


def test_personnummer_feedback_while_typing(qtbot, store):
    dialog = _client_dialog(qtbot, store, pnr="")
    type_text(dialog.pnr, "701063-2391")  # a samordningsnummer (day + 60)
    dialog.pnr.editingFinished.emit()
    assert dialog.pnr.text() == "19701063-2391"
    assert dialog.pnr_status.text() == "Samordningsnummer, född 1970-10-03"


def test_case_dialog_refuses_future_referral_and_missing_choices(qtbot, store):
    client = store.clients.add(ClientInput(first_name="Tolvan", last_name="Tolvansson",
                                           personnummer="19121212-1212", gender="man"))
    dialog = CaseDialog(store, client.id)
    qtbot.addWidget(dialog)
    tomorrow = store.today() + dt.timedelta(days=1)
    dialog.referral_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dialog.referred_by.set_key("annan")
    dialog.save()
    assert dialog.errors.message("referral_date") == "Remissdatum kan inte ligga i framtiden."
    assert dialog.errors.message("referred_by_other") == "Ange vem som remitterat när du valt Annan."
    assert dialog.errors.message("target_group") == "Välj målgrupp."
    assert store.cases.for_client(client.id) == []

    dialog.referral_date.set_iso(store.today())
    dialog.referred_by_other.setText("Kyrkans diakon")
    dialog.target_group.set_key("annan")
    dialog.reason.setPlainText("x" * 1_000_000)  # a megabyte of reason is kept as written
    dialog.before_box.setChecked(False)  # the situation at start may be left for later
    dialog.save()
    assert dialog.result() == 1
    case = store.cases.for_client(client.id)[0]
    assert case.referred_by_label == "Annan: Kyrkans diakon"
    assert len(case.reason) == 1_000_000


def test_the_closure_dialog_asks_what_follows_as_the_avsluta_step_does(qtbot, store, case):
    """Its answers come from the step's questions (the draft), so it asks them in the same words,
    each a question with its "?"; the facts (date, outcome) stay names."""
    dialog = ClosureDialog(store, case.id)
    qtbot.addWidget(dialog)
    labels = [dialog.form.labelForField(w).text() for w in (
        dialog.closed_date, dialog.outcome, dialog.outcome_other,
        dialog.continued_where, dialog.continued_purpose, dialog.collaboration, dialog.reason)]
    assert labels == ["Avslutsdatum", "&Utfall", "Annat utfall",
                      "Var ska fortsatt arbetsterapi genomföras?",
                      "Vad är syftet med fortsatt arbetsterapi?",
                      "Behövs samverkan med andra, och i så fall med vem?",
                      "Varför utan utvärdering?"]
    asked = [q.text for part in store.process.definition.step("avsluta").parts for q in part.questions]
    assert labels[3:6] == asked
    assert dialog.continued_purpose.accessibleName() == "Vad är syftet med fortsatt arbetsterapi?"


def test_typing_a_personnummer_proposes_kon_and_a_users_choice_is_kept(qtbot, store):
    """Issue 14: kön follows the number while unset or still the number's proposal; once the user
    chose, a later number never overwrites it. A number that is not valid proposes nothing."""
    dialog = ClientDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.gender.key() == ""
    type_text(dialog.first_name, "Tolvan")
    type_text(dialog.last_name, "Tolvansson")
    type_text(dialog.pnr, "19121212-121")  # not whole yet: nothing proposed
    assert dialog.gender.key() == ""
    type_text(dialog.pnr, "2")  # second-to-last digit 1: a man
    assert dialog.gender.key() == "man"
    dialog.pnr.editingFinished.emit()
    assert "kön enligt numret: Man (kan ändras)" in dialog.pnr_status.text()

    dialog.pnr.clear()  # another number while kön still holds the proposal: follows it
    type_text(dialog.pnr, "19850312-9820")
    assert dialog.gender.key() == "kvinna"
    type_text(dialog.pnr, "5")  # no longer valid: nothing proposed, the proposal stays
    assert dialog.gender.key() == "kvinna"

    dialog.gender.setFocus()  # the user chooses, by keyboard
    dialog.gender.set_key("annat")
    dialog.pnr.clear()
    type_text(dialog.pnr, "19900574-9933")  # a samordningsnummer of a man: the choice stays
    assert dialog.gender.key() == "annat"
    dialog.pnr.editingFinished.emit()
    assert "enligt numret" not in dialog.pnr_status.text()
    dialog.save()
    assert dialog.saved is not None
    assert (dialog.saved.personnummer, dialog.saved.gender) == ("199005749933", "annat")


def test_editing_a_client_keeps_the_stored_kon_whatever_number_is_typed(qtbot, store):
    client = store.clients.add(ClientInput(first_name="Tolvan", last_name="Tolvansson",
                                           personnummer="191212121212", gender="annat"))
    dialog = ClientDialog(store, client)
    qtbot.addWidget(dialog)
    dialog.pnr.clear()
    type_text(dialog.pnr, "19850312-9820")
    assert dialog.gender.key() == "annat"


def test_without_a_number_nothing_is_proposed(qtbot, store):
    dialog = ClientDialog(store)
    qtbot.addWidget(dialog)
    dialog.no_pnr.setChecked(True)
    type_text(dialog.birth_year, "1980")
    assert dialog.gender.key() == ""


def _outcomes(dialog):
    return [dialog.outcome.itemData(i) for i in range(1, dialog.outcome.count())]


def test_the_closure_dialog_offers_an_employees_outcomes_first_and_finsam_groups_them(qtbot, store):
    """Issue 14: a municipal employee with repeated short-term absence who stays at work with less
    absence is closed so in the real dialog; Finsam counts that as work, and wages are not public support."""
    from app.models.closure import SituationInput
    from app.models.finsam import finsam_report
    from app.models.vocab import EMPLOYEE_OUTCOMES
    from tests import builders

    employee = builders.client_with_case(store, {"target_group": "korttidsfranvaro"}, first_name="Kim")
    store.closure.record_before(employee.id, SituationInput("ej_subventionerat_arbete", "lon", 100))
    store.process.save_answer(employee.id, "utreda.vem", "Kim och chefen.")
    store.consents.add(employee.id, "finsam", "skriftligt", employee.referral_date)  # reported with personal data
    ama = builders.client_with_case(store, {"target_group": "ama_medarbetare"}, first_name="Alva")
    offered = ClosureDialog(store, ama.id)
    qtbot.addWidget(offered)
    assert not set(EMPLOYEE_OUTCOMES) & set(_outcomes(offered))  # not offered where they do not fit

    dialog = ClosureDialog(store, employee.id)
    qtbot.addWidget(dialog)
    assert _outcomes(dialog)[:len(EMPLOYEE_OUTCOMES)] == list(EMPLOYEE_OUTCOMES)
    assert dialog.outcome.itemText(1) == "Kvar i arbetet med minskad frånvaro"
    dialog.outcome.set_key("kvar_minskad_franvaro")
    assert dialog.after_box.income.key() == "lon"  # "after" starts as it was before
    dialog.reason.setPlainText("Frånvaron minskade efter anpassningen; ingen utvärdering behövdes.")
    dialog.save()
    assert dialog.result() == 1, dialog.errors.message("outcome")
    assert store.closure.get(employee.id).outcome_label == "Kvar i arbetet med minskad frånvaro"

    today = store.today()
    report = finsam_report(store, dt.date(today.year, 1, 1), today)
    grouped = dict(report.table("avslut_grupp").rows)
    assert grouped["Arbete (nytt, kvar, anpassat eller utökat)"][-1] == 1
    assert dict(report.table("avslut").rows)["Kvar i arbetet med minskad frånvaro"][-1] == 1
    assert "Omplacerad" not in dict(report.table("avslut").rows)  # an employee's outcome no one ended with
    assert dict(report.table("forsorjning").rows)["Lön/anställning"][-2:] == (1, 0)  # total after, still in
    assert "Lön/anställning" in report.table("forsorjning").note and "inte som offentlig" in \
        report.table("forsorjning").note
