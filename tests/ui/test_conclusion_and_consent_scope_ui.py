"""Where the therapist writes the conclusion (the Utvärdera page) and ticks what a consent covers (the
case's Samtycken tab), as the user meets them."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QCheckBox, QMessageBox

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.changes import changes_of
from app.ui.consent_panel import ConsentPanel
from app.ui.evaluation_page import EvaluationPage
from tests.ui.helpers import type_text


def _case(store):
    client = store.clients.add(ClientInput(first_name="Karin", last_name="Andersson", birth_year=1980,
                                           gender="kvinna"))
    return store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="af",
                                                 target_group="ama_medarbetare"))


def test_the_conclusion_is_written_saved_and_signed_on_the_evaluation_page(qtbot, store, monkeypatch):
    def no_box(parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {title}: {text}")
    monkeypatch.setattr(QMessageBox, "warning", no_box)
    case = _case(store)
    page = EvaluationPage(store, case.id)
    qtbot.addWidget(page)
    page.resize(900, 1000)
    page.show()
    box = page.conclusion
    assert box.work_ability.accessibleName() == "Sammanfattande bedömning av arbetsförmågan"
    assert box.recommendations.accessibleName() == "Rekommendationer"
    assert not box.sign_button.isEnabled() and "ingen osignerad" in box.sign_button.toolTip()

    with qtbot.assertNotEmitted(changes_of(store).changed):
        box.save_button.click()
    assert box.errors.message("work_ability") == "Sammanfattande bedömning av arbetsförmågan måste fyllas i."
    assert store.conclusions.latest(case.id) is None

    type_text(box.work_ability, "Klarar fyra timmar om dagen i kök med pauser.")
    type_text(box.recommendations, "Arbetsträning 50 % i tre månader.")
    with qtbot.waitSignal(changes_of(store).changed):
        box.save_button.click()
    saved = store.conclusions.latest(case.id)
    assert (saved.work_ability, saved.recommendations, saved.is_signed) == (
        "Klarar fyra timmar om dagen i kök med pauser.", "Arbetsträning 50 % i tre månader.", False)
    assert "Osignerad" in box.state.text() and box.sign_button.isEnabled()

    box.sign_button.click()
    assert store.conclusions.latest_signed(case.id).id == saved.id
    assert box.state.text().startswith("Signerad av Anna Andersson")
    assert not box.sign_button.isEnabled()

    os.makedirs("/tmp/shots", exist_ok=True)
    qtbot.wait(50)
    page.widget().grab().save("/tmp/shots/conclusion.png")


def test_a_consent_is_registered_with_what_it_covers(qtbot, store):
    case = _case(store)
    panel = ConsentPanel(store, case.id)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    boxes = panel.findChildren(QCheckBox)
    assert [b.accessibleName() for b in boxes] == [
        "Samtycket omfattar: Utvecklingsplan", "Samtycket omfattar: Bedömningsresultat",
        "Samtycket omfattar: Utvärdering och utfall", "Samtycket omfattar: Journalanteckningar"]
    assert not any(b.isChecked() for b in boxes)  # nothing is assumed
    panel.recipient.set_key("af")
    panel.form.set_key("skriftligt")
    panel.given.set_iso("2026-11-03")
    panel.add()
    assert panel.errors.message("scopes").startswith("Kryssa i vad samtycket omfattar")
    assert store.consents.for_case(case.id) == []

    panel.scope_boxes["plan"].setChecked(True)
    panel.scope_boxes["bedomningsresultat"].setChecked(True)
    panel.add()
    consent, = store.consents.for_case(case.id)
    assert consent.scope_keys == ("plan", "bedomningsresultat")
    assert panel.model.data(panel.model.index(0, 4)) == "Utvecklingsplan, Bedömningsresultat"
    assert not any(b.isChecked() for b in boxes)  # the form is empty for the next one

    os.makedirs("/tmp/shots", exist_ok=True)
    qtbot.wait(50)
    panel.grab().save("/tmp/shots/consents.png")
