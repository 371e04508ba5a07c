"""Planera möte: a collaboration meeting's plan (kind, when, where, purpose, participants, the
client's questions) and its invitation (kallelse) as PDF for the client or a participant, and as a
calendar file. The consent check is the model's (store.meetings): a refusal shows at the
participant's organisation and everything typed stays. Printing saves what is typed first, so the
invitation says what the form says; the export runs off the UI thread (ExportRunner)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.meetings import MAX_MINUTES, CollabMeeting, MeetingPlan
from app.models.store import Store
from app.models.vocab import MEETING_KINDS
from app.ui.export_actions import ExportRunner, case_file_name
from app.ui.i18n import data_text
from app.ui.meeting_rows import MeetingErrors, ParticipantRows, when_text
from app.ui.messages import ask_yes_no, run_validated
from app.ui.small_screens import scroll_area, size_on_screen
from app.ui.widgets import ChoiceCombo, ComboBox, DateEdit, SpinBox, TimeEdit, text_edit


class MeetingPlanDialog(QDialog):
    """A new meeting (``meeting=None``) or the plan of a planned one; ``self.meeting`` is the meeting
    as saved (None until the first save)."""

    def __init__(self, store: Store, case_id: int, meeting: CollabMeeting | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.meeting = meeting
        self.runner = ExportRunner(store, self)
        self.setWindowTitle(self.tr("Planera möte") if meeting is None else self._title(meeting))
        size_on_screen(self, 1000, 700)  # less on a small screen (150–200 %): the content scrolls
        self.errors = MeetingErrors()

        self.kind = ChoiceCombo(MEETING_KINDS, self.tr("Typ av möte"), placeholder=self.tr("Välj…"))
        self.date = DateEdit(self.tr("Datum för mötet"))
        self.time = TimeEdit(self.tr("Klockslag"))
        self.minutes = SpinBox()
        self.minutes.setRange(5, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Längd i minuter"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Plats"))
        self.place.setPlaceholderText(self.tr("Adress och rum"))
        self.video_link = QLineEdit()
        self.video_link.setAccessibleName(self.tr("Videolänk"))
        self.video_link.setPlaceholderText(self.tr("https://…, om mötet hålls på video"))
        self.purpose = text_edit(self.tr("Syfte med mötet"), 70)
        self.participants = ParticipantRows(self.errors)
        self.participants.setAccessibleName(self.tr("Deltagare"))
        self.questions = text_edit(self.tr("Frågor till klienten, en per rad"), 90)

        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        time_label = QLabel(self.tr("K&l."))
        time_label.setBuddy(self.time)
        length_label = QLabel(self.tr("L&ängd"))
        length_label.setBuddy(self.minutes)
        for widget in (self.date, time_label, self.time, length_label, self.minutes):
            when_row.addWidget(widget)
        when_row.addStretch(1)

        form = QFormLayout()
        rows = (("kind", self.tr("&Typ av möte"), self.kind, self.kind),
                ("starts_at", self.tr("Dat&um"), when, self.date),
                ("place", self.tr("&Plats"), self.place, self.place),
                ("video_link", self.tr("&Videolänk"), self.video_link, self.video_link),
                ("purpose", self.tr("&Syfte"), self.purpose, self.purpose),
                ("participants", self.tr("Deltagare"), self.participants, self.participants.add_button),
                ("questions", self.tr("&Frågor att tänka på\n(en per rad)"), self.questions, self.questions))
        for field, label_text, widget, buddy in rows:
            label = QLabel(label_text)
            label.setBuddy(buddy)
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, buddy if field != "starts_at" else self.date))
        self.errors.label_for("minutes", self.minutes)  # shown by its field's border and focus
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(form)
        column.addStretch(1)  # the rows keep their height; the space is left below

        self.client_invitation_button = QPushButton(self.tr("&Kallelse till klienten (PDF)…"))
        self.client_invitation_button.clicked.connect(lambda: self.print_invitation("klient"))
        self.audience = ComboBox()
        self.audience.setAccessibleName(self.tr("Kallelse till deltagare från"))
        self.participant_invitation_button = QPushButton(self.tr("Kallelse till deltagar&ens organisation…"))
        self.participant_invitation_button.clicked.connect(
            lambda: self.audience.currentData() and self.print_invitation(self.audience.currentData()))
        self.calendar_button = QPushButton(self.tr("Kalenderfil (.&ics)…"))
        self.calendar_button.clicked.connect(self.save_calendar_file)
        documents = QHBoxLayout()
        for widget in (self.client_invitation_button, self.audience, self.participant_invitation_button,
                       self.calendar_button):
            documents.addWidget(widget)
        documents.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Spa&ra och stäng"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Stäng"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll_area(content), 1)
        layout.addLayout(documents)
        layout.addWidget(buttons)
        self._load()
        self._saved = self.plan_input()

    def _load(self) -> None:
        m = self.meeting
        if m is None:
            self.date.set_iso(self.store.today())
            self.time.setTime(QTime(9, 0))
            self.minutes.setValue(60)
            self.participants.add_row()
        else:
            self.kind.set_key(m.kind)
            self.date.set_iso(m.date)
            self.time.setTime(QTime.fromString(m.time or "09:00", "HH:mm"))
            self.minutes.setValue(m.minutes or 60)
            self.place.setText(m.place)
            self.video_link.setText(m.video_link)
            self.purpose.setPlainText(m.purpose)
            self.participants.set_values([p.as_input() for p in m.participants])
            self.questions.setPlainText("\n".join(m.questions))
        self._fill_audiences()

    def _fill_audiences(self) -> None:
        self.audience.clear()
        if self.meeting is not None:
            for p in self.meeting.participants:
                if p.organisation != "enheten" and self.audience.findData(p.organisation) < 0:
                    self.audience.addItem(data_text(p.organisation_label), p.organisation)
        self.participant_invitation_button.setEnabled(self.audience.count() > 0)
        self.audience.setToolTip("" if self.audience.count() else self.tr("Spara mötet med deltagare först."))
        self.audience.setEnabled(self.audience.count() > 0)

    def plan_input(self) -> MeetingPlan:
        questions = [line for line in self.questions.toPlainText().splitlines() if line.strip()]
        return MeetingPlan(self.kind.key(), f"{self.date.iso()}T{self.time.time().toString('HH:mm')}",
                           self.minutes.value(), self.place.text(), self.video_link.text(),
                           self.purpose.toPlainText(), questions, self.participants.values())

    def save(self) -> bool:
        data = self.plan_input()

        def store_it() -> None:
            if self.meeting is None:
                self.meeting = self.store.meetings.plan(self.case_id, data)
            else:
                self.meeting = self.store.meetings.update_plan(self.meeting.id, data)

        if not run_validated(self, self.errors, store_it):
            return False
        self.setWindowTitle(self._title(self.meeting))
        self._fill_audiences()
        self._saved = self.plan_input()
        return True

    def _title(self, meeting: CollabMeeting) -> str:
        return self.tr("Mötet %1").replace("%1", when_text(meeting))

    def reject(self) -> None:
        """Escape and Stäng ask before what was typed is thrown away (Nej keeps the dialog)."""
        if self.plan_input() != self._saved and not ask_yes_no(
                self, self.tr("Stäng mötet"), self.tr("Det du skrivit är inte sparat. Stäng ändå?")):
            return
        super().reject()

    def accept(self) -> None:
        if self.save():
            super().accept()

    # -- documents --------------------------------------------------------------------------
    def print_invitation(self, audience: str) -> Path | None:
        if not self.save() or self.meeting is None:
            return None
        meeting_id = self.meeting.id
        name = case_file_name(self.store, self.case_id, "Kallelse", audience, self.meeting.date)
        return self.runner.run(name, self.tr("Skriver kallelsen…"),
                               lambda exports, path: exports.invitation(meeting_id, path, audience))

    def save_calendar_file(self) -> Path | None:
        if not self.save() or self.meeting is None:
            return None
        meeting_id = self.meeting.id
        pdf_name = case_file_name(self.store, self.case_id, "Kallelse", day=self.meeting.date)
        name = str(Path(pdf_name).with_suffix(".ics"))
        return self.runner.run(name, self.tr("Skriver kalenderfilen…"),
                               lambda exports, path: exports.invitation(meeting_id, path))
