"""Registrera uppföljning (the plan page): a follow-up of the agreed plan was held — the day, what
was followed up and how it went, who took part, and when the next one is. The service decides
(``store.plans.record_follow_up``); a refusal shows at its field and the typed text stays.

The next follow-up is set from the start, with the date the service proposes
(``store.plans.proposed_next_follow_up``): leaving it out makes the plan stop counting as current,
which must be a choice, not what Enter does."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.models.plans import FollowUp
from app.models.store import Store
from app.ui import style
from app.ui.messages import run_validated
from app.ui.small_screens import size_on_screen
from app.ui.style import Tone
from app.ui.widgets import DateEdit, FieldErrors, OptionalDateEdit, save_cancel_buttons, text_edit


class FollowUpDialog(QDialog):
    """After ``exec()``, ``result`` is the FollowUp recorded (None when cancelled)."""

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.result: FollowUp | None = None
        self.setWindowTitle(self.tr("Registrera uppföljning av planen"))
        size_on_screen(self, 560, 380)
        self.errors = FieldErrors()
        version = store.plans.agreed(case_id)
        form = QFormLayout(self)
        intro = QLabel(self.tr("Uppföljning av den överenskomna planen (version %1).")
                       .replace("%1", str(version.version)) if version else "")
        intro.setWordWrap(True)
        form.addRow(intro)
        self.held = DateEdit(self.tr("Datum för uppföljningen"))
        self.held.set_iso(store.today())
        self.note = text_edit(self.tr("Vad som följdes upp och resultatet"), 110)
        self.participants = text_edit(self.tr("Vilka som deltog"), 50)
        self.participants.setPlainText(version.agreed_participants if version else "")
        self.next = OptionalDateEdit(self.tr("Nästa uppföljning"))
        self._proposed = store.plans.proposed_next_follow_up(case_id, self.held.iso()) or ""
        self.next.set_iso(self._proposed)
        self.held.dateChanged.connect(self._propose_next)
        for field, text, widget in (("follow_up_date", self.tr("&Datum"), self.held),
                                    ("note", self.tr("&Vad följdes upp, resultat"), self.note),
                                    ("participants", self.tr("Vil&ka deltog"), self.participants),
                                    ("next_follow_up", self.tr("&Nästa uppföljning"), self.next)):
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                form.addRow(label, widget)
            else:
                form.addRow("", widget)
            form.addRow("", self.errors.label_for(field, widget))
        self.hint = QLabel(self.tr("Utan nästa uppföljning räknas planen inte längre som aktuell."))
        self.hint.setWordWrap(True)
        style.set_tone(self.hint, Tone.WARNING)
        self.hint.setVisible(not self.next.iso())  # said when it is so
        self.next.dateChanged.connect(lambda day: self.hint.setVisible(not day))
        form.addRow("", self.hint)
        buttons = save_cancel_buttons(self.tr("&Registrera"))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.note.setFocus()

    def _propose_next(self) -> None:
        """A changed follow-up date moves the proposed next one, unless the user has set it."""
        if self.next.iso() and self.next.iso() != self._proposed:
            return
        self._proposed = self.store.plans.proposed_next_follow_up(self.case_id, self.held.iso()) or ""
        if self.next.iso() and self._proposed:
            self.next.set_iso(self._proposed)

    def accept(self) -> None:
        done: list[FollowUp] = []
        if run_validated(self, self.errors, lambda: done.append(self.store.plans.record_follow_up(
                self.case_id, self.held.iso(), self.note.toPlainText(), self.next.iso(),
                participants=self.participants.toPlainText()))):
            self.result = done[0]
            super().accept()
