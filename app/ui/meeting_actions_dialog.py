"""Åtgärder (Samverkansmöten): the actions agreed at a held meeting — who, what, by when, for which
sub-goal — each with the day it was done (left out: not done). Only the done dates change, so it
works on a signed record too; the rules are the model's (``store.meetings.set_action_done``).

Each changed action is saved on its own: a refused date shows at its row and keeps the dialog
open, and the rows that went through stay saved (saving again changes nothing for them)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.models.errors import AtamaError, ValidationError
from app.models.meetings import CollabMeeting
from app.models.store import Store
from app.ui.i18n import data_text
from app.ui.meeting_rows import about_text
from app.ui.messages import show_error
from app.ui.widgets import FieldErrors, OptionalDateEdit, save_cancel_buttons


def done_field(row: int) -> str:
    return f"actions[{row}].done_date"


class MeetingActionsDialog(QDialog):
    """After ``exec()``, ``changed`` is True when some done date was saved."""

    def __init__(self, store: Store, meeting: CollabMeeting, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.meeting = store, meeting
        self.changed = False
        self.setWindowTitle(self.tr("Åtgärder från mötet"))
        self.resize(760, 120 + 60 * len(meeting.actions))
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("%1. Ange när varje åtgärd blev gjord; lämna Gjord tom för en åtgärd som "
                               "inte är gjord.").replace("%1", about_text(meeting))
                       + (self.tr(" Mötesanteckningen är signerad: bara datumen ändras.") if meeting.signed else ""))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Vem"), self.tr("Vad"), self.tr("Senast"), self.tr("Delmål"),
                                        self.tr("Gjord"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.done_edits: list[OptionalDateEdit] = []
        for i, action in enumerate(meeting.actions):
            what = QLabel(action.what)
            what.setWordWrap(True)
            for column, widget in enumerate((QLabel(data_text(action.who_label)), what, QLabel(action.due_date or "–"),
                                             QLabel(action.goal_text or "–"))):
                grid.addWidget(widget, 2 * i + 1, column)
            edit = OptionalDateEdit(self.tr("Gjord, åtgärd %1").replace("%1", str(i + 1)))  # a screen reader says it
            edit.set_iso(action.done_date)
            edit.propose(store.today())  # the calendar opens on the app's today, not the clock's
            grid.addWidget(edit, 2 * i + 1, 4)
            grid.addWidget(self.errors.label_for(done_field(i), edit), 2 * i + 2, 1, 1, 4)
            self.done_edits.append(edit)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        buttons = save_cancel_buttons(self.tr("&Spara"))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.done_edits:
            self.done_edits[0].setFocus()

    def accept(self) -> None:
        self.errors.clear()
        refused: dict[str, str] = {}
        for i, (action, edit) in enumerate(zip(self.meeting.actions, self.done_edits)):
            if edit.iso() == action.done_date:
                continue
            try:
                self.store.meetings.set_action_done(action.id, edit.iso())
            except ValidationError as exc:
                refused.update({done_field(i): message for message in exc.errors.values()})
                continue
            except AtamaError as exc:
                show_error(self, exc)
                return
            self.changed = True
        if refused:
            self.meeting = self.store.meetings.get(self.meeting.id)  # the saved rows no longer differ
            self.errors.show(refused)
            return
        super().accept()
