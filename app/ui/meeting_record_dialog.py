"""Registrera mötet: what was said, who came (the planned participants, changed here when
needed), who does what by when (per organisation and the client's own, each perhaps for a sub-goal
of the plan), the next meeting; then Signera, and the client's meeting record (PDF, plain or
easy-read) one step from there. A signed record is read-only; Rätta… writes a correction with its
reason (a new record pointing to the old, store.meetings.correct), as notes do."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.meetings import CollabMeeting, MeetingRecord
from app.models.store import Store
from app.ui.export_actions import ExportRunner, case_file_name
from app.ui.i18n import data_text
from app.ui.meeting_rows import ActionRows, MeetingErrors, ParticipantRows, signature_text, when_text
from app.ui.messages import ask_yes_no, run_validated
from app.ui.small_screens import FlowLayout, scroll_area, size_on_screen
from app.ui.widgets import OptionalDateEdit, text_edit


def _first_line(text: str, length: int = 70) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:length]


def summary_html(meeting: CollabMeeting) -> str:
    """Kind, when, where and who, for the head of the dialog."""
    where = meeting.place or meeting.video_link
    people = "<br>".join(html.escape(", ".join(part for part in (p.name, p.role, data_text(p.organisation_label),
                                                                  p.phone) if part)) for p in meeting.participants)
    return (f"<b>{html.escape(data_text(meeting.kind_label))}</b>, {html.escape(when_text(meeting))}"
            f"{', ' + html.escape(where) if where else ''}<br>{people}")


class MeetingRecordDialog(QDialog):
    """The record of ``meeting``; with ``correcting`` a correction of its signed record. After
    ``exec()``, ``self.meeting`` is the record as saved last (the correction, when one was made)."""

    def __init__(self, store: Store, meeting: CollabMeeting, correcting: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.meeting = meeting
        self.correcting = correcting
        self.corrected = False  # the correction written (from then on its record is saved)
        self.runner = ExportRunner(store, self)
        title = self.tr("Rätta mötesanteckningen – %1 %2") if correcting else self.tr("Registrera mötet – %1 %2")
        self.setWindowTitle(title.replace("%1", data_text(meeting.kind_label)).replace("%2", meeting.date))
        size_on_screen(self, 1000, 700)  # less on a small screen (150–200 %): the content scrolls
        self.errors = MeetingErrors()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("meeting_status")
        self.status.setWordWrap(True)
        self.reason = text_edit(self.tr("Skäl till rättelsen"), 60)
        self.said = text_edit(self.tr("Vad som sades på mötet"), 110)
        self.participants = ParticipantRows(self.errors)  # who came: as planned until changed here
        self.participants.setAccessibleName(self.tr("Deltog"))
        self.actions = ActionRows(self.errors, self._goals)
        self.actions.setAccessibleName(self.tr("Åtgärder"))
        self.next_date = OptionalDateEdit(self.tr("Nästa möte"))
        self.next_time = QLineEdit()
        self.next_time.setAccessibleName(self.tr("Nästa möte: klockslag"))
        self.next_time.setPlaceholderText(self.tr("TT:MM (valfritt)"))
        self.next_time.setMaximumWidth(140)
        next_row = QWidget()
        next_layout = QHBoxLayout(next_row)
        next_layout.setContentsMargins(0, 0, 0, 0)
        next_layout.addWidget(self.next_date)
        time_label = QLabel(self.tr("Kl&ockslag"))
        time_label.setBuddy(self.next_time)
        next_layout.addWidget(time_label)
        next_layout.addWidget(self.next_time)
        next_layout.addStretch(1)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the rows when narrow
        form.addRow(self.summary)
        form.addRow(self.status)
        # "recorded before its day" belongs to the meeting's date, shown in the status line above
        form.addRow(self.errors.label_for("starts_at", self.status))
        self.reason_label = QLabel(self.tr("Skäl till &rättelsen"))
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, self.reason)
        form.addRow("", self.errors.label_for("reason", self.reason))
        for field, label_text, widget, buddy in (
            ("said", self.tr("&Vad som sades"), self.said, self.said),
            ("participants", self.tr("Deltog"), self.participants, self.participants.add_button),
            ("actions", self.tr("Vem gör vad"), self.actions, self.actions.add_button),
            ("next_meeting", self.tr("&Nästa möte"), next_row, self.next_date),
        ):
            label = QLabel(label_text)
            label.setBuddy(buddy)
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, buddy))
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(form)
        column.addStretch(1)  # the rows keep their height; the space is left below

        self.save_button = QPushButton(self.tr("&Spara"))
        self.save_button.clicked.connect(self.save)
        self.sign_button = QPushButton(self.tr("Si&gnera"))
        self.sign_button.clicked.connect(self.sign)
        self.correct_button = QPushButton(self.tr("&Rätta…"))
        self.correct_button.clicked.connect(self.start_correction)
        self.easy_read = QCheckBox(self.tr("&Lättläst"))
        self.easy_read.setAccessibleName(self.tr("Klientens mötesanteckning som lättläst"))
        self.client_record_button = QPushButton(self.tr("Klientens &mötesanteckning (PDF)…"))
        self.client_record_button.clicked.connect(self.print_client_record)
        close_button = QPushButton(self.tr("Stäng"))
        close_button.clicked.connect(self.reject)
        buttons = FlowLayout()  # onto two lines in a narrow dialog (200 %)
        for widget in (self.save_button, self.sign_button, self.correct_button):
            buttons.addWidget(widget)
        for widget in (self.client_record_button, self.easy_read, close_button):
            buttons.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll_area(content), 1)
        layout.addLayout(buttons)
        self._load(meeting.record_input())
        self._show_state()
        self._mark_saved()
        (self.reason if correcting else self.said).setFocus()

    def _typed(self) -> tuple[MeetingRecord, str]:
        return self.record_input(), self.reason.toPlainText()

    def _mark_saved(self) -> None:
        """What the form holds now is what is stored: closing from here loses nothing."""
        self._saved = self._typed()

    def reject(self) -> None:
        """Escape and Stäng ask before what was typed is thrown away (Nej keeps the dialog)."""
        if self._typed() != self._saved and not ask_yes_no(
                self, self.tr("Stäng mötet"), self.tr("Det du skrivit är inte sparat. Stäng ändå?")):
            return
        super().reject()

    def _goals(self) -> list[tuple[str, int]]:
        plan = self.store.plans.in_force(self.meeting.case_id)
        if plan is None:
            return []
        return [(self.tr("Delmål %1: %2").replace("%1", str(g.number)).replace("%2", _first_line(g.text, 60)), g.id)
                for g in plan.sub_goals]

    def _load(self, data: MeetingRecord) -> None:
        self.said.setPlainText(data.said)
        self.participants.set_values(data.participants or [])
        self.actions.set_values(data.actions or [])
        if not self.actions.rows and not self.meeting.signed:
            self.actions.add_row()
        day, _, time = data.next_meeting.partition("T")
        self.next_date.set_iso(day or None)
        self.next_time.setText(time)

    def _show_state(self) -> None:
        m = self.meeting
        self.summary.setText(summary_html(m))
        allowed = m.allowed
        read_only = not self.correcting and not allowed.record.ok
        self.said.setReadOnly(read_only)  # a signed text stays readable and selectable
        self.next_time.setReadOnly(read_only)
        self.next_date.setEnabled(not read_only)
        self.actions.set_read_only(read_only)
        self.participants.set_read_only(read_only)
        self.reason.setVisible(self.correcting and not self.corrected)
        self.reason_label.setVisible(self.correcting and not self.corrected)
        self.save_button.setEnabled(not read_only)
        self.sign_button.setEnabled(self.correcting or allowed.sign.ok or allowed.record.ok)
        self.sign_button.setToolTip("" if self.sign_button.isEnabled() else allowed.sign.reason)
        self.correct_button.setVisible(not self.correcting)
        self.correct_button.setEnabled(allowed.correct.ok)
        self.correct_button.setToolTip(allowed.correct.reason)
        held = m.status == "genomfort"
        self.client_record_button.setEnabled(held and not m.is_struck)
        if self.correcting and not self.corrected:
            text = self.tr("Rättelse: skriv skälet och det som ska stå, och spara. "
                           "Den signerade anteckningen ändras inte.")
        elif m.is_struck:
            text = self.tr("Makulerad.")
        elif m.signed:
            text = signature_text(m) + (self.tr(" Rättad.") if m.is_corrected else "")
        elif held:
            text = self.tr("Utkast: spara och signera när anteckningen är klar.")
        else:
            text = self.tr("Planerat: skriv vad som sades och vem som gör vad, och spara.")
        if m.is_correction:
            text = (self.tr("Rättelse (%1). %2").replace("%2", text)
                    .replace("%1", m.correction_reason.strip().rstrip('.')))
        self.status.setText(text)

    def record_input(self) -> MeetingRecord:
        time = self.next_time.text().strip()
        day = self.next_date.iso()
        next_meeting = f"{day}T{time}" if day and time else day or (f"?T{time}" if time else "")
        return MeetingRecord(self.said.toPlainText(), self.actions.values(), next_meeting,
                             participants=self.participants.values())

    def save(self) -> bool:
        data = self.record_input()

        def store_it() -> None:
            if self.correcting and not self.corrected:
                self.meeting = self.store.meetings.correct(self.meeting.id, data, self.reason.toPlainText())
                self.corrected = True
            else:
                self.meeting = self.store.meetings.record(self.meeting.id, data)

        if not run_validated(self, self.errors, store_it):
            return False
        self.correcting = self.correcting and not self.corrected
        self._show_state()
        self._mark_saved()
        return True

    def sign(self) -> bool:
        unsaved = self.meeting.allowed.record.ok or (self.correcting and not self.corrected)
        if unsaved and not self.save():
            return False
        meeting_id = self.meeting.id
        if not run_validated(self, self.errors, lambda: setattr(self, "meeting",
                                                                self.store.meetings.sign(meeting_id))):
            return False
        self._show_state()
        return True

    def start_correction(self) -> None:
        """The signed record becomes read-only history; the correction opens in this dialog."""
        self.correcting, self.corrected = True, False
        self._show_state()
        self._mark_saved()
        self.reason.setFocus()

    def print_client_record(self) -> Path | None:
        if self.meeting.allowed.record.ok and not self.save():
            return None
        meeting_id, easy = self.meeting.id, self.easy_read.isChecked()
        what = "Mötesanteckning lättläst" if easy else "Mötesanteckning"  # the file's name, as the PDF: Swedish
        return self.runner.run(case_file_name(self.store, self.meeting.case_id, what),
                               self.tr("Skriver mötesanteckningen…"),
                               lambda exports, path: exports.meeting_record(meeting_id, path, easy))
