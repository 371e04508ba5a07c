"""The short-term-absence follow-up as the therapist meets it: from the case, through meeting 1
with WEIS-S, to meeting 2 working on the same administration."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui.assessment_form import AssessmentForm
from app.ui.main_window import MainWindow
from app.ui.sequence_page import SequencePage
from tests.ui.helpers import type_text


def _open_case(qtbot, store, target_group):
    client = store.clients.add(ClientInput(first_name="Kim", last_name="Korttid", birth_year=1979, gender="annat"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-10-01", referred_by="hr",
                                                 target_group=target_group))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window, window.open_case(case.id), case


def test_only_absence_cases_offer_the_follow_up(qtbot, store):
    _window, page, _case = _open_case(qtbot, store, "ama_medarbetare")
    assert not page.sequence_button.isVisibleTo(page)


def test_meeting_one_with_weis_then_meeting_two_on_the_same_assessment(qtbot, store, tmp_path):
    window, page, case = _open_case(qtbot, store, "korttidsfranvaro")
    assert page.sequence_button.isVisibleTo(page)
    assert page.sequence_button.text() == "Uppföljning korttidsfrånvaro…"  # from resources/sequences.json
    qtbot.mouseClick(page.sequence_button, Qt.MouseButton.LeftButton)
    sequence = window.tabs.currentWidget()
    assert isinstance(sequence, SequencePage)
    meeting1 = sequence.boxes["mote1"]
    assert meeting1.instrument_button.text() == "Starta WEIS-S"
    assert not meeting1.results_button.isVisibleTo(meeting1)

    # Marking done without a date is refused at the date field
    qtbot.mouseClick(meeting1.done_button, Qt.MouseButton.LeftButton)
    assert "Ange datum för Möte 1" in meeting1.errors.message("step_date")

    meeting1.date.set_iso("2026-11-02")
    meeting1.note.setFocus()
    type_text(meeting1.note, "Samtal om frånvaron; trivs med kollegorna.")
    qtbot.waitUntil(lambda: store.sequences.for_case(case.id).step("mote1").note.endswith("kollegorna."))
    assert store.sequences.for_case(case.id).step("mote1").step_date == "2026-11-02"

    qtbot.mouseClick(meeting1.instrument_button, Qt.MouseButton.LeftButton)
    form = window.tabs.currentWidget()
    assert isinstance(form, AssessmentForm)
    weis = store.sequences.for_case(case.id).step("mote1").assessment_id
    assert store.assessments.get(weis).instrument_id == "weis-s"
    assert store.assessments.get(weis).assessment_date == "2026-11-02"

    window.open_sequence(case.id)
    assert meeting1.instrument_button.text() == "Öppna WEIS-S"
    qtbot.mouseClick(meeting1.done_button, Qt.MouseButton.LeftButton)
    assert store.sequences.for_case(case.id).step("mote1").state == "klar"
    assert "Klar" in meeting1.state.text() and "Anna Andersson" in meeting1.state.text()
    assert "1 av 5 steg klara" in sequence.heading.text()

    meeting2 = sequence.boxes["mote2"]
    assert meeting2.instrument_button.text() == "Öppna bedömningen för att korrigera"
    qtbot.mouseClick(meeting2.instrument_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is form  # the same administration, not a new one

    assert meeting2.state.text() == "Ej påbörjad"
    assert not sequence.grab().isNull()
