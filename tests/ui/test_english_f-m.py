"""Issue 15: the windows, dialogs and panels of app/ui's f-m modules, built in English, show no
Swedish (tests/ui/english.py says what counts). Each is built as a user meets it, with data in
the states that change its texts (a meeting planned, held, signed, corrected; a group with sessions);
what the test types and the client's details are English or plain ASCII (english.CLIENT)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QMessageBox

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.groups import GroupInput
from app.models.interventions import InterventionInput
from app.models.meetings import ActionInput, MeetingPlan, MeetingRecord, ParticipantInput
from app.models.plans import PlanInput, SubGoalInput
from tests.ui.english import CLIENT, assert_english, untranslated
from tests.ui.helpers import main_window, with_modal

# These show what the n-z modules translate (app/ui/widgets.py: the vocabulary in ChoiceCombo, the date
# field, Avbryt; strike_dialog's S&käl; app/models/signing.py's reasons): strict until i15-tr-n-z is in.

PEOPLE = [ParticipantInput("af", "Case officer", "Eva Ek", "010-123 45 67"),
          ParticipantInput("fk", "Case officer", "Bo Berg", "0771-524 524"),
          ParticipantInput("enheten", "Occupational therapist", "Anna Andersson", "")]


def _day(store, days: int) -> str:
    return (store.today() + dt.timedelta(days=days)).isoformat()


@pytest.fixture
def case(store):
    """Tolvan's case with an agreed plan of one sub-goal, consent for Af and FK, and an intervention."""
    client = store.clients.add(ClientInput(gender="man", **CLIENT))
    case = store.cases.open(client.id, CaseInput(referral_date=_day(store, -40), referred_by="af",
                                                 target_group="ama_medarbetare", ama_start_date=_day(store, -40)))
    version = store.plans.save(case.id, PlanInput(
        main_goal="Work half days", baseline="Works two hours a day.", follow_up_date=_day(store, 5),
        sub_goals=[SubGoalInput(text="Arrive on time", responsible="klienten", start_date=_day(store, -30),
                                target_date=_day(store, 10), follow_up_date=_day(store, 5))]))
    store.plans.agree(version.id, _day(store, -30), "Tolvan, Anna")
    store.consents.add(case.id, "af", "skriftligt", _day(store, -35))
    store.consents.add(case.id, "fk", "muntligt", _day(store, -35))
    goal_id = store.plans.agreed(case.id).sub_goals[0].id
    store.interventions.add(case.id, InterventionInput(_day(store, -3), 45, "kompensation", "hjalpmedel", goal_id,
                                                      "A trolley for lifting"))
    return case


def _meeting(store, case_id: int, kind: str, days: int, *, record: bool = False, sign: bool = False):
    goal_id = store.plans.agreed(case_id).sub_goals[0].id
    m = store.meetings.plan(case_id, MeetingPlan(kind, f"{_day(store, days)}T09:00", 60, place="Room 4",
                                                 purpose="Start.", questions=["How are the mornings?"],
                                                 participants=PEOPLE))
    if record:
        m = store.meetings.record(m.id, MeetingRecord("We met and talked.", [
            ActionInput("af", "Books work training", _day(store, 7), goal_id),
            ActionInput("klienten", "Tries the trolley", _day(store, 3))], participants=PEOPLE))
    if sign:
        m = store.meetings.sign(m.id)
    return m


@pytest.fixture
def meetings(store, case):
    """One meeting in each state the list and the dialogs tell apart."""
    planned = _meeting(store, case.id, "kontaktmote", 3)
    draft = _meeting(store, case.id, "avstamningsmote", -2, record=True)
    signed = _meeting(store, case.id, "gemensam_kartlaggning", -10, record=True, sign=True)
    corrected = _meeting(store, case.id, "trepartssamtal", -20, record=True, sign=True)
    correction = store.meetings.correct(corrected.id, corrected.record_input(), "Wrong day of the action")
    cancelled = store.meetings.cancel(_meeting(store, case.id, "overlamning", 6).id, "The client is ill")
    struck = store.meetings.strike(_meeting(store, case.id, "annat", -1, record=True).id, "Written twice")
    return {"planned": planned, "draft": draft, "signed": store.meetings.get(signed.id),
            "corrected": store.meetings.get(corrected.id), "correction": correction, "cancelled": cancelled,
            "struck": struck}


@pytest.fixture
def window(qtbot, store, english):
    return main_window(qtbot, store)


# -- the main window ----------------------------------------------------------------------------

def _own_parts(window):
    """What main_window.py itself puts up (Att göra and the client list's columns are other modules',
    checked by tests/ui/test_english.py): the menus, the search field, the count and the status bar."""
    return [window.menuBar(), window.search, window.count_label, window.statusBar(),
            *([window.read_only_banner] if window.read_only_banner is not None else [])]


def test_main_window_menus_and_forms_menu_are_english(window):
    window.forms_menu.aboutToShow.emit()  # filled when first opened
    assert window.forms_menu.actions()
    assert_english(*_own_parts(window), window.forms_menu)
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]


def test_read_only_main_window_is_english(qtbot, store, english, monkeypatch):
    from app.models.store import ReadOnly
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(type(store), "read_only", property(lambda self: True), raising=False)
    store.read_only_kind = ReadOnly.FILE
    store.read_only_why = "the file is read-only"  # the model's reason, not this module's
    w = MainWindow(store)
    qtbot.addWidget(w)
    assert w.read_only_banner is not None
    assert w.windowTitle() == "ATAMA – read-only"
    assert_english(*_own_parts(w))


def test_the_count_under_the_list_uses_plural_forms(window, store):
    assert window.count_label.text() == "0 clients"
    store.clients.add(ClientInput(gender="man", **CLIENT))
    window.refresh_list()
    assert window.count_label.text() == "1 client"
    store.clients.add(ClientInput(gender="kvinna", first_name="Anna", last_name="Svensson", birth_year=1980))
    window.refresh_list()
    assert window.count_label.text() == "2 clients"


# -- the case's panels --------------------------------------------------------------------------

def test_interventions_panel_is_english(window, case):
    page = window.open_case(case.id)
    panel = page.interventions
    panel.table.selectRow(0)  # the editor shows the saved one: its sub-goal, kind and model
    assert_english(panel)


def test_meetings_panel_in_every_state_is_english(window, store, case, meetings):
    page = window.open_case(case.id)
    panel = page.meetings
    panel.reload()
    statuses = {panel.model.data(panel.model.index(row, 2)) for row in range(panel.model.rowCount())}
    assert {"Planned", "Held, draft", "Held, signed", "Held, corrected", "Correction, draft", "Cancelled"} <= statuses
    problems = untranslated(panel)
    for row in range(panel.model.rowCount()):  # every row's buttons and their reasons
        panel.table.selectRow(row)
        problems += [p for p in untranslated(panel) if "toolTip" in p and "Button" in p]
    assert not problems, "\n".join(sorted(set(problems)))


def test_client_groups_panel_and_groups_page_are_english(window, store, case):
    activity = store.groups.create(GroupInput("redo", "Morning group", [store.user_id], "Lars Lind", "Six weeks"))
    session = store.groups.add_session(activity.id, _day(store, -7))
    store.groups.add_participant(activity.id, case.client_id)
    store.groups.set_attendance(session.id, [case.client_id], 2)
    page = window.open_case(case.id)
    assert page.groups.model.rowCount() == 1
    assert_english(page.groups)
    groups = window.open_groups()
    assert groups.model.rowCount() == 1 and groups.editor.session_model.rowCount() == 1
    assert_english(groups)
    groups.editor.show_activity(None)  # the form for a new one
    assert_english(groups.editor)


def test_log_review_page_is_english(window, store, case):
    window.open_case(case.id)  # something in the log
    page = window.open_log_review()
    what = page.model.columnCount() - 1  # "What": the log's own text, stored in Swedish as it was logged

    def problems() -> list[str]:
        return [p for p in untranslated(page) if f",{what}]" not in p.split(":")[0]]

    for show in (page.search, page.show_others_cases, page.show_sample):
        assert show()
        assert problems() == []
    assert page.search() and page.model.rowCount()  # the case opened above
    page.client.setText(CLIENT["personnummer"])
    page.action.setCurrentIndex(page.action.findData("open_case"))
    assert page.search()
    assert page.heading.text().startswith("Search: client Tolvan Tolvansson (19121212-1212), event opened case, ")
    assert problems() == []


def test_every_log_action_has_its_screen_label():
    from app.models.log_actions import ACTION_LABELS
    from app.ui.log_review_page import ACTION_TEXTS

    assert set(ACTION_LABELS.values()) == set(ACTION_TEXTS)


def test_lock_screen_is_english(window, store):
    window.lock()
    from app.ui.lock_screen import LockScreen

    [screen] = [s for s in window.findChildren(LockScreen) if s.isVisible()]
    assert_english(screen)


# -- the dialogs --------------------------------------------------------------------------------

def test_meeting_plan_dialog_new_and_planned_are_english(qtbot, store, english, case, meetings):
    from app.ui.meeting_plan_dialog import MeetingPlanDialog

    for meeting in (None, meetings["planned"]):
        dialog = MeetingPlanDialog(store, case.id, meeting)
        qtbot.addWidget(dialog)
        assert_english(dialog)


def test_meeting_record_dialog_in_every_state_is_english(qtbot, store, english, case, meetings):
    from app.ui.meeting_record_dialog import MeetingRecordDialog

    for key in ("planned", "draft", "signed", "corrected", "correction", "struck"):
        dialog = MeetingRecordDialog(store, store.meetings.get(meetings[key].id))
        qtbot.addWidget(dialog)
        assert_english(dialog)
    correcting = MeetingRecordDialog(store, meetings["signed"], correcting=True)
    qtbot.addWidget(correcting)
    assert_english(correcting)


def test_meeting_actions_dialog_is_english(qtbot, store, english, case, meetings):
    from app.ui.meeting_actions_dialog import MeetingActionsDialog

    dialog = MeetingActionsDialog(store, meetings["signed"])
    qtbot.addWidget(dialog)
    assert_english(dialog)


def test_cancel_and_strike_dialogs_of_a_meeting_are_english(window, store, case, meetings):
    from app.ui.strike_dialog import StrikeDialog

    page = window.open_case(case.id)
    panel = page.meetings
    seen = []

    def look(dialog):
        seen.append(untranslated(dialog))
        dialog.reject()

    with_modal(look, lambda: panel.cancel_meeting(meetings["planned"]), StrikeDialog)
    with_modal(look, lambda: panel.strike_meeting(meetings["draft"]), StrikeDialog)
    assert seen == [[], []]


def test_follow_up_dialog_is_english(qtbot, store, english, case):
    from app.ui.follow_up_dialog import FollowUpDialog

    dialog = FollowUpDialog(store, case.id)
    qtbot.addWidget(dialog)
    dialog.next.set_iso("")  # empty: the warning about a plan that stops counting
    assert not dialog.hint.isHidden()
    assert_english(dialog)


def test_instrument_chooser_is_english(qtbot, store, english):
    from app.ui.instrument_chooser import InstrumentChooser

    dialog = InstrumentChooser(store.assessments.registry.current())
    qtbot.addWidget(dialog)
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        assert_english(dialog)


def test_import_dialog_is_english(qtbot, store, english):
    from app.ui.import_dialog import ImportDialog

    dialog = ImportDialog(store)
    qtbot.addWidget(dialog)
    assert_english(dialog)


def test_file_dialogs_name_types_in_english(english, tmp_path):
    from app.ui.file_dialogs import NameOnlyIconProvider

    provider = NameOnlyIconProvider()
    (tmp_path / "data.unknownkind").write_text("x")
    assert provider.type(QFileInfo(str(tmp_path))) == "Folder"
    assert provider.type(QFileInfo(str(tmp_path / "data.unknownkind"))) == "File"


def test_message_boxes_are_english(qtbot, english, monkeypatch):
    from app.ui import messages

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    messages.show_error(None, KeyError("x"))
    [(title, text)] = shown
    assert title == "That did not work" and text.startswith("An unexpected error occurred.")
    buttons: list[str] = []

    def read(box):
        buttons.extend(b.text() for b in box.buttons())
        box.reject()

    with_modal(read, lambda: messages.ask_yes_no(None, "Close?", "Close it?"), QMessageBox)
    assert sorted(buttons) == ["No", "Yes"]
