"""Every window and dialog of app/ui, built over one case with something in each panel, for the
keyboard and accessibility tests that go over them all (tests/ui/test_mnemonics.py,
tests/ui/test_accessible_names.py). A new dialog in app/ui gets a line in ``DIALOGS``; a test fails
on a dialog class that is not there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from app.models.store import Store
from tests import builders


@dataclass
class Filled:
    """A case with a plan of two sub-goals in force, a completed and a started assessment, a note, a
    consent, a planned and a held meeting; the case is in the short-term-absence group, which has a
    guided sequence."""

    store: Store
    client_id: int
    case_id: int
    assessment_id: int  # completed
    started_assessment_id: int  # being rated
    note_id: int
    held_meeting_id: int


def filled_case(store: Store) -> Filled:
    from app.models.meetings import ActionInput, MeetingPlan, MeetingRecord, ParticipantInput
    from app.models.plans import PlanInput, SubGoalInput

    case = builders.client_with_case(store, {"referred_by": "hr", "target_group": "korttidsfranvaro"},
                                     first_name="Åsa", last_name="Öberg", personnummer="19121212-1212",
                                     gender="kvinna")
    builders.finished_survey(store, case.id)
    version = store.plans.save(case.id, PlanInput(
        main_goal="Arbeta halvtid i köket.", follow_up_date="2026-12-20",
        sub_goals=[SubGoalInput(text="Klara morgonpasset", responsible="klienten", start_date="2026-11-20"),
                   SubGoalInput(text="Ta bussen själv", responsible="klienten", start_date="2026-11-20")]))
    store.plans.agree(version.id, "2026-11-20", "Klienten, arbetsterapeuten")
    assessment = builders.completed_assessment(store, case.id)
    started = store.assessments.start(case.id, "weis-s")
    note = store.notes.add(case.id, "2026-11-19", _first_note_kind(store), "Samtal om arbetstider.")
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03")
    people = [ParticipantInput("af", "Handläggare", "Eva Ek", "010-123 45 67")]
    held = store.meetings.plan(case.id, MeetingPlan("kontaktmote", "2026-11-10T09:00", 60, place="Storgatan 1",
                                                    purpose="Start.", participants=people))
    store.meetings.record(held.id, MeetingRecord("Vi lärde känna varandra.", [
        ActionInput("enheten", "Skickar kartläggningen", (store.today() + dt.timedelta(days=2)).isoformat())]))
    store.meetings.plan(case.id, MeetingPlan("avstamningsmote", "2026-11-30T13:00", 60, place="Rum 2",
                                             purpose="Stämma av.", participants=people))
    return Filled(store, case.client_id, case.id, assessment.id, started.id, note.id, held.id)


def _first_note_kind(store: Store) -> str:
    from app.models.vocab import NOTE_KINDS

    return next(iter(NOTE_KINDS))[0]


def _dialogs(filled: Filled) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    """(name, make) for every dialog class in app/ui, some in more than one state."""
    from app.ui import (
        about_dialog,
        access_dialogs,
        backup_dialog,
        case_dialog,
        client_dialog,
        closure_dialog,
        encryption_dialogs,
        erasure_dialog,
        follow_up_dialog,
        import_dialog,
        instrument_chooser,
        meeting_actions_dialog,
        meeting_plan_dialog,
        meeting_record_dialog,
        note_dialog,
        period_dialog,
        settings_dialog,
        strike_dialog,
        unsigned_dialog,
        user_dialog,
        users_dialog,
    )

    store, case_id = filled.store, filled.case_id
    meetings = store.meetings
    note = store.notes.get(filled.note_id)
    yield "CaseReasonDialog", lambda: access_dialogs.CaseReasonDialog(store, case_id)
    yield "CaseMembersDialog", lambda: access_dialogs.CaseMembersDialog(store, case_id)
    yield "ChangePasswordDialog", lambda: access_dialogs.ChangePasswordDialog(store)
    yield "BackupDialog", lambda: backup_dialog.BackupDialog(store, store.path)
    yield "CaseDialog (nytt)", lambda: case_dialog.CaseDialog(store, filled.client_id)
    yield "CaseDialog (ändra)", lambda: case_dialog.CaseDialog(store, filled.client_id, store.cases.get(case_id))
    yield "ClientDialog (ny)", lambda: client_dialog.ClientDialog(store)
    yield "ClientDialog (ändra)", lambda: client_dialog.ClientDialog(store, store.clients.get(filled.client_id))
    yield "ClosureDialog", lambda: closure_dialog.ClosureDialog(store, case_id)
    yield "ForgottenPasswordDialog", lambda: encryption_dialogs.ForgottenPasswordDialog(store)
    yield "RecoveryKeyDialog", lambda: encryption_dialogs.RecoveryKeyDialog(store, "ABCD-" * 7 + "ABCD")
    yield "PasswordDialog", lambda: encryption_dialogs.PasswordDialog()
    yield "ErasureDialog", lambda: erasure_dialog.ErasureDialog(store, filled.client_id)
    yield "FollowUpDialog", lambda: follow_up_dialog.FollowUpDialog(store, case_id)
    yield "ImportDialog", lambda: import_dialog.ImportDialog(store)
    yield "InstrumentChooser", lambda: instrument_chooser.InstrumentChooser(store.assessments.registry.current())
    yield "MeetingActionsDialog", lambda: meeting_actions_dialog.MeetingActionsDialog(
        store, meetings.get(filled.held_meeting_id))
    yield "MeetingPlanDialog (nytt)", lambda: meeting_plan_dialog.MeetingPlanDialog(store, case_id)
    yield "MeetingRecordDialog", lambda: meeting_record_dialog.MeetingRecordDialog(
        store, meetings.get(filled.held_meeting_id))
    for mode in (note_dialog.STRIKE, note_dialog.CORRECT, note_dialog.OBJECT):
        yield f"NoteActionDialog ({mode})", lambda m=mode: note_dialog.NoteActionDialog(store, m, note)
    yield "PeriodDialog", lambda: period_dialog.PeriodDialog("Insatser", store.today())
    yield "StrikeDialog", lambda: strike_dialog.StrikeDialog("Makulera bedömning", "WEIS-S", lambda reason: None)
    yield "SettingsDialog", lambda: settings_dialog.SettingsDialog(store)
    yield "AboutDialog", lambda: about_dialog.AboutDialog(store)
    yield "UnsignedDialog", lambda: unsigned_dialog.UnsignedDialog(store)
    yield "UserDialog", lambda: user_dialog.UserDialog(store)
    yield "NewUserDialog", lambda: users_dialog.NewUserDialog(store)
    yield "ResetPasswordDialog", lambda: users_dialog.ResetPasswordDialog(store, builders.add_user(store, "Bo Berg"))
    yield "UsersDialog", lambda: users_dialog.UsersDialog(store)


def dialogs(qtbot, filled: Filled) -> Iterator[tuple[str, QDialog]]:
    """Each dialog as built, not shown (isVisibleTo tells its hidden parts)."""
    for name, make in _dialogs(filled):
        dialog = make()
        qtbot.addWidget(dialog)
        yield name, dialog


def unlock_dialog(qtbot, db_path) -> QDialog:
    """The encrypted database's sign-in, over a file of its own."""
    from app.models import encryption
    from app.ui.encryption_dialogs import UnlockDialog

    store, _code = encryption.create_database(db_path)
    anna = store.users.create("Anna Andersson", "arbetsterapeut", "annas lösenord")
    store.users.sign_in(anna.id, "annas lösenord")
    encryption.recovery_key_shown(store)
    store.close()
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    return dialog


def window_states(window, filled: Filled) -> Iterator[tuple[str, QWidget]]:
    """The main window as the user meets it: Att göra, a client, the case on each step with each side
    panel in front, then each of the case's own tabs (plan, evaluation, sequence, assessment form,
    results, trend) and the unit's (groups, log review, retention), and locked. Yields (where, the page in front)."""
    window.show_todo()
    yield "Att göra", window
    yield "klientfliken", window.open_client(filled.client_id)
    page = window.open_case(filled.case_id)
    for step in page.definition.steps:
        page.show_step(step.key)
        for index in range(page.side.count()):
            page.side.setCurrentIndex(index)
            yield f"ärendet, steget {step.title}, sidofliken {page.side.tabText(index)}", page
    for name, open_it in (("utvecklingsplanen", lambda: window.open_plan(filled.case_id)),
                          ("utvärderingen", lambda: window.open_evaluation(filled.case_id)),
                          ("uppföljningen", lambda: window.open_sequence(filled.case_id)),
                          ("bedömningen", lambda: window.open_assessment(filled.assessment_id)),
                          ("bedömningen som pågår", lambda: window.open_assessment(filled.started_assessment_id)),
                          ("resultatet", lambda: window.open_results(filled.assessment_id)),
                          ("förändring över tid", lambda: window.open_trend(filled.case_id)),
                          ("gruppaktiviteter", window.open_groups),
                          ("loggkontroll", window.open_log_review),
                          ("gallring", window.open_retention)):
        yield name, open_it()
    window.lock()
    yield "låst", window
    window.unlock()
