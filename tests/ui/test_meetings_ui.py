"""Samverkansmöten through the real window (issue 16): plan a gemensam kartläggning with Af and FK,
print the invitation (PDF read back) and save the .ics (parsed), record the meeting with an action
per organisation linked to a sub-goal, sign it, print the client's record (read back); an
organisation without consent cannot be invited and the refusal shows at its field, nothing lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.plans import PlanInput, SubGoalInput
from app.ui.export_actions import ExportRunner
from app.ui.meeting_plan_dialog import MeetingPlanDialog
from app.ui.meeting_record_dialog import MeetingRecordDialog
from app.ui.meetings_panel import NEW_MEETING_SHORTCUT
from tests.exporters.pdf_support import pdf_read
from tests.ui.helpers import main_window, type_text, with_modal

AF_PHONE, FK_PHONE = "010-486 12 34", "0771-524 524"
GOAL = "Komma i tid till arbetsträningen"


@pytest.fixture
def case(store):
    client = store.clients.add(ClientInput(first_name="Åsa", last_name="Öberg", personnummer="19121212-1212",
                                           gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="af",
                                                 target_group="ama_medarbetare"))
    store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid", sub_goals=[
        SubGoalInput(text=GOAL, responsible="klienten", start_date="2026-11-03"),
        SubGoalInput(text="Lyfta utan smärta", responsible="klienten", start_date="2026-11-03")]))
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03")
    store.consents.add(case.id, "fk", "muntligt", "2026-11-04")
    return case


@pytest.fixture
def panel(qtbot, store, case, monkeypatch, tmp_path):
    """The case's Samverkansmöten tab in the real window; the file dialog answered, files kept."""
    written: list[Path] = []
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, name: tmp_path / name)
    monkeypatch.setattr(ExportRunner, "offer_open", lambda self, path: written.append(path))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.show_side(page.meetings)
    panel = page.meetings
    panel.written, panel.warnings, panel.window_ = written, warnings, window
    return panel


def _participant(dialog, row: int, organisation: str, role: str, name: str, phone: str) -> None:
    while len(dialog.participants.rows) <= row:
        dialog.participants.add_button.click()
    fields = dialog.participants.rows[row]
    fields["organisation"].set_key(organisation)
    type_text(fields["role"], role)
    type_text(fields["name"], name)
    type_text(fields["phone"], phone)


def _fill_plan(dialog) -> None:
    dialog.kind.set_key("gemensam_kartlaggning")
    dialog.date.setDate(QDate(2026, 11, 18))
    dialog.time.setTime(QTime(9, 0))
    dialog.minutes.setValue(90)
    type_text(dialog.place, "Storgatan 1, rum 3")
    type_text(dialog.purpose, "Att se vad du behöver för att komma tillbaka till arbete.")
    _participant(dialog, 0, "af", "Handläggare", "Lisa Müller", AF_PHONE)
    _participant(dialog, 1, "fk", "Handläggare", "Örjan Åberg", FK_PHONE)
    dialog.questions.setPlainText("Vad fungerar bra för dig i dag?\nVad skulle du vilja arbeta med?")


def test_plan_invite_record_and_hand_the_client_the_record(qtbot, store, case, panel):
    found: dict[str, object] = {}

    def plan(dialog: MeetingPlanDialog) -> None:
        _fill_plan(dialog)
        # Vården has no consent: refused at its organisation, nothing typed lost, nothing saved
        _participant(dialog, 2, "varden", "Läkare", "Bo Ek", "040-12 34 56")
        dialog.save_button.click()
        found["refusal"] = dialog.errors.message("participants[2].organisation")
        found["kept"] = (dialog.place.text(), dialog.participants.rows[1]["name"].text(),
                         dialog.participants.rows[2]["name"].text())
        found["saved_after_refusal"] = store.meetings.for_case(case.id)
        Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
        qtbot.wait(50)  # the rows laid out, as the user sees them
        dialog.grab().save("/tmp/shots/meeting_refusal.png")
        dialog.participants.rows[2]["remove"].click()
        dialog.client_invitation_button.click()  # saves the plan, then prints
        dialog.calendar_button.click()
        dialog.audience.setCurrentIndex(dialog.audience.findData("fk"))
        dialog.participant_invitation_button.click()
        dialog.save_button.click()

    panel.new_button.setFocus()
    with_modal(plan, lambda: qtbot.keyClick(panel.new_button, Qt.Key.Key_M,
                                            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
               MeetingPlanDialog)
    assert NEW_MEETING_SHORTCUT == "Ctrl+Shift+M"
    assert "Samtycke saknas för Vården" in str(found["refusal"])
    assert found["kept"] == ("Storgatan 1, rum 3", "Örjan Åberg", "Bo Ek") and found["saved_after_refusal"] == []

    [meeting] = store.meetings.for_case(case.id)
    assert [p.organisation for p in meeting.participants] == ["af", "fk"]
    assert panel.model.rowCount() == 1 and panel.model.data(panel.model.index(0, 2)) == "Planerat"
    assert panel.model.data(panel.model.index(0, 3)) == "Arbetsförmedlingen, Försäkringskassan"

    invitation, ics, fk_copy = panel.written
    flat = pdf_read(invitation).flat
    for text in ("Kallelse till gemensam kartläggning", "onsdag 18 november 2026", "09.00–10.30",
                 "Storgatan 1, rum 3", "Lisa Müller", AF_PHONE, "Örjan Åberg", FK_PHONE,
                 "Vad skulle du vilja arbeta med?"):
        assert text in flat, text
    event = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")[0]
    assert ics.suffix == ".ics"
    # walk 16, 7: the invitation's file names carry the meeting's date, not today's (2026-11-20)
    assert invitation.name.endswith(" 2026-11-18.pdf") and ics.name.endswith(" 2026-11-18.ics")
    assert event.decoded("DTSTART").replace(tzinfo=None) == dt.datetime(2026, 11, 18, 9, 0)
    assert event.decoded("DTEND").replace(tzinfo=None) == dt.datetime(2026, 11, 18, 10, 30)
    assert str(event["LOCATION"]) == "Storgatan 1, rum 3"
    assert "Försäkringskassan" in pdf_read(fk_copy).flat

    goal = store.plans.in_force(case.id).sub_goals[0]

    def action(dialog, row: int, who: str, what: str, due: QDate) -> None:
        while len(dialog.actions.rows) <= row:
            dialog.actions.add_button.click()
        fields = dialog.actions.rows[row]
        fields["who"].set_key(who)
        type_text(fields["what"], what)
        fields["due_date"].setDate(due)
        fields["goal_id"].setCurrentIndex(fields["goal_id"].findData(goal.id))

    def record(dialog: MeetingRecordDialog) -> None:
        type_text(dialog.said, "Vi gick igenom läkarintyget och hur dagarna ser ut.")
        found["came"] = [p.name for p in dialog.participants.values()]  # as planned
        _participant(dialog, 2, "enheten", "Arbetsterapeut", "Anna Andersson", "")  # who else came
        action(dialog, 0, "af", "Skriver in Åsa i programmet Steg till arbete.", QDate(2026, 12, 18))
        action(dialog, 1, "fk", "Beslutar om aktivitetsersättning.", QDate(2027, 1, 8))
        action(dialog, 2, "klienten", "Skriver in sig på Af:s webbplats.", QDate(2026, 11, 27))
        dialog.next_date.setDate(QDate(2027, 1, 14))
        type_text(dialog.next_time, "10:00")
        dialog.sign_button.click()
        found["read_only"] = (dialog.said.isReadOnly(), dialog.correct_button.isEnabled(),
                              dialog.status.text())
        dialog.client_record_button.click()
        dialog.easy_read.setChecked(True)
        dialog.client_record_button.click()
        dialog.reject()

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    with_modal(record, panel.record_button.click, MeetingRecordDialog)
    assert found["read_only"][:2] == (True, True) and "Signerad" in found["read_only"][2]
    held = store.meetings.get(meeting.id)
    assert found["came"] == ["Lisa Müller", "Örjan Åberg"]
    assert [p.organisation for p in held.participants] == ["af", "fk", "enheten"]
    assert held.signed and [(a.who, a.goal_id) for a in held.actions] == [
        ("af", goal.id), ("fk", goal.id), ("klienten", goal.id)]
    assert held.next_meeting == "2027-01-14T10:00"
    assert panel.model.data(panel.model.index(0, 2)) == "Genomfört, signerat"

    plain, easy = panel.written[3:]
    flat = pdf_read(plain).flat
    for text in ("Lisa Müller", AF_PHONE, "Örjan Åberg", FK_PHONE, "Vi gick igenom läkarintyget",
                 "Skriver in Åsa i programmet Steg till arbete.", "2026-12-18", "Beslutar om aktivitetsersättning.",
                 "2027-01-08", "Skriver in sig på Af:s webbplats.", "2026-11-27", GOAL,
                 "Nästa möte är torsdag 14 januari 2027 kl. 10.00."):
        assert text in flat, text
    assert "lättläst" in easy.name.lower() and "Skriver in sig på Af:s webbplats." in pdf_read(easy).flat
    assert panel.warnings == []


def test_enter_opens_a_held_record_read_only_and_a_correction_keeps_the_old(qtbot, store, case, panel):
    from app.models.meetings import ActionInput, MeetingPlan, MeetingRecord, ParticipantInput

    m = store.meetings.plan(case.id, MeetingPlan("avstamningsmote", "2026-11-19T13:00", 60, place="Rum 2",
                                                 purpose="Stämma av.",
                                                 participants=[ParticipantInput("af", "Handläggare", "Lisa Müller")]))
    store.meetings.record(m.id, MeetingRecord("Det går bra.", [ActionInput("klienten", "Ringer Af.", "2026-11-30")]))
    store.meetings.sign(m.id)
    panel.reload()
    found: dict[str, object] = {}

    def correct(dialog: MeetingRecordDialog) -> None:
        found["before"] = (dialog.said.isReadOnly(), dialog.save_button.isEnabled())
        qtbot.wait(20)
        dialog.grab().save("/tmp/shots/meeting_signed.png")
        dialog.correct_button.click()
        found["correcting"] = dialog.status.text()
        dialog.save_button.click()  # no reason: refused at the reason
        found["no_reason"] = dialog.errors.message("reason")
        type_text(dialog.reason, "Fel datum på åtgärden.")
        dialog.actions.rows[0]["due_date"].setDate(QDate(2026, 12, 4))
        dialog.sign_button.click()
        found["after"] = dialog.status.text()
        dialog.reject()

    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    with_modal(correct, lambda: qtbot.keyClick(panel.table, Qt.Key.Key_Return), MeetingRecordDialog)
    assert found["before"] == (True, False) and "Skäl" in str(found["no_reason"])
    old, new = sorted(store.meetings.for_case(case.id), key=lambda x: x.id)
    assert old.actions[0].due_date == "2026-11-30" and old.is_corrected
    assert new.corrects_id == old.id and new.signed and new.actions[0].due_date == "2026-12-04"
    assert {panel.model.data(panel.model.index(r, 2)) for r in range(2)} == {
        "Genomfört, rättat", "Rättelse, signerad"}  # walk 16, 5: the two rows differ where it shows
    assert "Signerad" not in found["correcting"] and found["correcting"].startswith("Rättelse")
    assert found["after"].startswith("Rättelse (Fel datum på åtgärden). Signerad") and ".)." not in found["after"]


def test_inputs_have_names_and_label_buddies_and_fit_the_screen(qtbot, store, case, panel):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    shots = Path("/tmp/shots")
    shots.mkdir(parents=True, exist_ok=True)

    def look(dialog) -> None:
        if isinstance(dialog, MeetingPlanDialog):
            _fill_plan(dialog)
        dialog.resize(1366 - 40, 768 - 80)
        qtbot.waitExposed(dialog)
        for widget in dialog.findChildren(QAbstractButton):
            assert widget.text() or widget.accessibleName(), widget
        inputs = [w for w in dialog.findChildren(QLabel) if w.buddy() is not None]
        assert inputs  # every field's label names its field
        for label in inputs:
            assert label.buddy().accessibleName() or isinstance(label.buddy(), QAbstractButton), label.text()
        texts = [w.text() for w in (*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel))
                 if "&" in w.text() and w.isVisible()]
        keys = [t[t.index("&") + 1].lower() for t in texts]
        assert keys and len(keys) == len(set(keys)), sorted(keys)  # no two fields answer the same Alt+key
        assert dialog.grab().save(str(shots / f"{type(dialog).__name__}.png"))
        dialog.done(0)  # closed as typed, without the unsaved-text question (tested on its own)

    with_modal(look, panel.new_button.click, MeetingPlanDialog)
    from app.models.meetings import MeetingPlan, ParticipantInput

    m = store.meetings.plan(case.id, MeetingPlan("gemensam_kartlaggning", "2026-11-18T09:00", 90, place="Rum 3",
                                                 purpose="Kartlägga.",
                                                 participants=[ParticipantInput("af", "Handläggare", "Lisa Müller",
                                                                                AF_PHONE)]))
    panel.reload(m.id)
    with_modal(look, panel.record_button.click, MeetingRecordDialog)
    panel.window_.resize(1366, 768)
    qtbot.wait(20)
    assert panel.window_.grab().save(str(shots / "meetings_panel.png"))
    # the tab's Alt+keys answer nothing else on the case page or the menu bar
    page = panel.window()
    shown = [w.text() for w in (*page.findChildren(QAbstractButton), *page.findChildren(QLabel))
             if "&" in w.text() and w.isVisible()]
    shown += [a.text() for a in page.menuBar().actions()]
    keys = [t[t.index("&") + 1].lower() for t in shown if "&" in t]
    for button in (panel.new_button, panel.record_button):
        key = button.text()[button.text().index("&") + 1].lower()
        assert keys.count(key) == 1, (key, sorted(keys))


def test_rows_by_keyboard_and_a_cancelled_meeting(qtbot, store, case, panel):
    from app.ui.strike_dialog import StrikeDialog

    found: dict[str, object] = {}

    def plan(dialog: MeetingPlanDialog) -> None:
        _fill_plan(dialog)
        name = dialog.participants.rows[1]["name"]
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        name.setFocus()
        qtbot.keyClick(name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # a new row, focused
        qtbot.waitUntil(lambda: len(dialog.participants.rows) == 3)  # the shortcut is delivered by the event loop
        found["rows"] = len(dialog.participants.rows)
        found["focus"] = dialog.focusWidget() is dialog.participants.rows[2]["organisation"]
        dialog.participants.rows[2]["organisation"].set_key("varden")
        dialog.participants.rows[0]["remove"].click()  # Fk's row moves up, Vården's becomes the second
        found["left"] = [p.name for p in dialog.participants.values()]
        dialog.save_button.click()
        found["refusal_at"] = dialog.errors.message("participants[1].organisation")
        dialog.participants.rows[1]["remove"].click()
        dialog.save_button.click()

    with_modal(plan, panel.new_button.click, MeetingPlanDialog)
    assert found["rows"] == 3 and found["focus"] and found["left"] == ["Örjan Åberg", ""]
    assert "Samtycke saknas för Vården" in str(found["refusal_at"])
    [meeting] = store.meetings.for_case(case.id)
    assert [p.organisation for p in meeting.participants] == ["fk"]

    def cancel(dialog: StrikeDialog) -> None:
        type_text(dialog.reason, "Klienten är sjuk.")
        dialog.ok_button.click()

    panel.reload(meeting.id)
    assert panel.cancel_button.isEnabled() and panel.strike_button.isEnabled()  # a plan is a draft too
    with_modal(cancel, panel.cancel_button.click, StrikeDialog)
    cancelled = store.meetings.get(meeting.id)
    assert cancelled.status == "installt" and cancelled.cancel_reason == "Klienten är sjuk."
    assert panel.model.data(panel.model.index(0, 2)) == "Inställt" and not panel.record_button.isEnabled()


def _planned(store, case, day: str = "2026-11-19"):
    from app.models.meetings import MeetingPlan, ParticipantInput

    people = [ParticipantInput("af", "Handläggare", "Lisa Müller")]
    return store.meetings.plan(case.id, MeetingPlan("avstamningsmote", f"{day}T13:00", 60, place="Rum 2",
                                                    purpose="Stämma av.", participants=people))


def _answer(text: str):
    def click(box: QMessageBox) -> None:
        found = [b for b in box.buttons() if b.text() == text]
        assert found, [b.text() for b in box.buttons()]
        found[0].click()
    return click


def test_escape_asks_before_typed_text_is_lost(qtbot, store, case, panel):
    """Walk 16, 1: Escape in Registrera mötet / Planera möte asked nothing and lost what was typed."""
    m = _planned(store, case)
    panel.reload()
    found: dict[str, object] = {}

    def record(dialog: MeetingRecordDialog) -> None:
        type_text(dialog.said, "Vi pratade om arbetsträningen.")
        with_modal(_answer("Nej"), lambda: qtbot.keyClick(dialog.said, Qt.Key.Key_Escape), QMessageBox)
        found["kept"] = (dialog.isVisible(), dialog.said.toPlainText())
        with_modal(_answer("Ja"), lambda: qtbot.keyClick(dialog.said, Qt.Key.Key_Escape), QMessageBox)

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    with_modal(record, panel.record_button.click, MeetingRecordDialog)
    assert found["kept"] == (True, "Vi pratade om arbetsträningen.")
    assert store.meetings.get(m.id).said == ""

    def plan(dialog: MeetingPlanDialog) -> None:
        type_text(dialog.place, "Storgatan 1")
        with_modal(_answer("Nej"), lambda: qtbot.keyClick(dialog.place, Qt.Key.Key_Escape), QMessageBox)
        found["plan_kept"] = (dialog.isVisible(), dialog.place.text())
        with_modal(_answer("Ja"), dialog.reject, QMessageBox)

    with_modal(plan, panel.new_button.click, MeetingPlanDialog)
    assert found["plan_kept"] == (True, "Storgatan 1")
    assert len(store.meetings.for_case(case.id)) == 1

    def untouched(dialog: MeetingRecordDialog) -> None:  # nothing typed: closes without a question
        qtbot.keyClick(dialog.said, Qt.Key.Key_Escape)

    with_modal(untouched, panel.record_button.click, MeetingRecordDialog)


def test_a_future_meeting_cannot_be_recorded_and_says_so_in_the_dialog(qtbot, store, case, panel):
    """Walk 16, 2–3: Registrera mötet was enabled before the day; its refusal floated outside the dialog."""
    future = _planned(store, case, "2026-12-08")
    panel.reload()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert not panel.record_button.isEnabled()
    assert "kan dokumenteras först den dagen" in panel.record_button.toolTip()
    assert "2026-12-08" in panel.record_button.toolTip()

    dialog = MeetingRecordDialog(store, future, parent=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.said, "Vi pratade.")
    assert not dialog.save()
    label = next(w for w in dialog.findChildren(type(dialog.status))
                 if "kan dokumenteras först den dagen" in w.text())
    assert label.window() is dialog and label.isVisible()
    assert dialog.isAncestorOf(label) and not label.isWindow()
    qtbot.wait(20)
    dialog.grab().save("/tmp/shots/meeting_future_record.png")
    dialog.done(0)
    assert not label.isVisible()


def test_an_untouched_action_row_does_not_block_saving(qtbot, store, case, panel):
    """Walk 16, 4: the empty row the dialog starts with refused the save; a half-filled one still does."""
    m = _planned(store, case)
    panel.reload()
    found: dict[str, object] = {}

    def record(dialog: MeetingRecordDialog) -> None:
        type_text(dialog.said, "Vi pratade om arbetsträningen.")
        found["rows"] = len(dialog.actions.rows)
        type_text(dialog.actions.rows[0]["what"], "Ringer Af.")  # half-filled: who is missing
        dialog.actions.add_button.click()  # and an untouched one after it
        found["half"] = dialog.save()
        found["message"] = dialog.errors.message("actions[0].who")
        dialog.actions.rows[0]["what"].clear()
        found["saved"] = dialog.save()
        dialog.reject()

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    with_modal(record, panel.record_button.click, MeetingRecordDialog)
    assert found["rows"] == 1 and found["half"] is False
    assert "Åtgärd 1: ange vem" in str(found["message"])
    assert found["saved"] is True
    held = store.meetings.get(m.id)
    assert held.said == "Vi pratade om arbetsträningen." and held.actions == ()


def test_without_a_plan_the_goal_combo_says_so(qtbot, store, panel, case):
    """Walk 16, 9: with no development plan the sub-goal combo only offered "Inget delmål"."""
    from app.models.clients import ClientInput as _Client

    client = store.clients.add(_Client(first_name="Bo", last_name="Ek", personnummer="19850312-9820",
                                       gender="man"))
    other = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="af",
                                                  target_group="ama_medarbetare"))
    store.consents.add(other.id, "af", "skriftligt", "2026-11-03")
    meeting = _planned(store, other)
    dialog = MeetingRecordDialog(store, meeting, parent=panel)
    qtbot.addWidget(dialog)
    assert dialog.actions.rows[0]["goal_id"].currentText() == "Ärendet har ingen utvecklingsplan"
    dialog.done(0)
