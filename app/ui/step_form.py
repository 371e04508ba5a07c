"""One step of the ATAMA process: its questions as fields that save as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.allowed import Allowed
from app.models.process import StepActions, StepDef, StepStatus
from app.models.store import Store
from app.models.vocab import StepKey
from app.ui import style
from app.ui.autosave import Autosave, status_label
from app.ui.i18n import data_text
from app.ui.messages import ask_yes_no
from app.ui.small_screens import FlowLayout, held_until_destroyed
from app.ui.style import Tone
from app.ui.widgets import DateEdit


class AnswerEdit(QPlainTextEdit):
    """A free-text answer that saves itself shortly after typing stops and on leaving the field."""

    edited = Signal(str)
    left = Signal()

    def __init__(self, question_key: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question_key = question_key
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(70)
        self.setMaximumHeight(160)
        self.textChanged.connect(lambda: self.edited.emit(self.question_key))

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


def _show_allowed(button: QPushButton, allowed: Allowed) -> None:
    """A button stays where it is: disabled, with the reason as its tooltip, when not allowed."""
    button.setEnabled(allowed.ok)
    button.setToolTip(allowed.reason)
    button.setAccessibleDescription(allowed.reason)


class StepForm(QScrollArea):
    """Shows a step's purpose, state, actions, questions and documents. What may be done is the
    domain's (``store.process.actions``); the form shows it and decides nothing."""

    startRequested = Signal(str)
    completeRequested = Signal(str)
    reopenRequested = Signal(str)
    signRequested = Signal(str)  # the finished step's answers (Avsluta: its closure)
    saved = Signal()

    def __init__(self, store: Store, case_id: int, step: StepDef, parent: QWidget | None = None):
        super().__init__(parent)
        held_until_destroyed(self)  # app/ui/small_screens.py: a scroll area's Python side lives until Qt deletes it
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: Tab to a field scrolls it in view
        self.store = store
        self.case_id = case_id
        self.step = step
        self.setWidgetResizable(True)
        self.editors: dict[str, AnswerEdit] = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(f"<h2>{data_text(step.title)}</h2>")
        purpose = QLabel(data_text(step.purpose))
        purpose.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("step_state")
        self.state_label.setWordWrap(True)
        self.signature_label = QLabel()  # "Signerad av … " once signed; the answers are then read-only
        self.signature_label.setObjectName("step_signature")
        self.signature_label.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("step_banner")
        self.banner.setWordWrap(True)
        style.set_banner(self.banner)
        self.save_label = status_label()
        self.autosave = Autosave(lambda key: self.store.process.save_answer(
            self.case_id, key, self.editors[key].toPlainText()), self.save_label, self, store=store)
        self.autosave.saved.connect(self.saved)

        self.start_button = QPushButton(self.tr("&Påbörja steget"))
        self.complete_button = QPushButton(self.tr("Markera som &klart"))
        self.reopen_button = QPushButton(self.tr("&Öppna igen"))
        if step.key == StepKey.CLOSE:
            self.complete_button.setText(self.tr("Avs&luta ärendet"))
        self.start_button.clicked.connect(lambda: self.startRequested.emit(step.key))
        self.complete_button.clicked.connect(self._request_complete)
        self.reopen_button.clicked.connect(lambda: self.reopenRequested.emit(step.key))
        self.sign_button = QPushButton(self.tr("Signera avslutet") if step.key == StepKey.CLOSE
                                       else self.tr("Signera svaren"))
        self.sign_button.clicked.connect(self._request_sign)
        # the day the step was started or finished (may lie in the past): Påbörja and klart use it
        self.event_date = DateEdit(self.tr("Datum då steget påbörjades eller blev klart"))
        self.event_date.set_iso(store.today())
        self.event_date.setMaximumDate(self.event_date.date())
        date_label = QLabel(self.tr("Datum"))
        date_label.setBuddy(self.event_date)
        self._shown_state: str | None = None
        date_row = QHBoxLayout()  # a row of its own: with four buttons beside it the form outgrew 1366 px
        date_row.addWidget(date_label)
        date_row.addWidget(self.event_date)
        date_row.addStretch(1)
        actions = FlowLayout()  # onto two lines in a narrow pane (1366×768, 150–200 %)
        for button in (self.start_button, self.complete_button, self.reopen_button, self.sign_button):
            actions.addWidget(button)

        # The buttons come right after what is fixed for the step (its heading and purpose); what
        # changes with the state (its text, the banner of a finished, blocked or closed step) comes
        # below them, and so does the save status, so a click never lands on a button that moved
        # under the cursor.
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addLayout(date_row)
        layout.addLayout(actions)
        layout.addWidget(self.state_label)
        layout.addWidget(self.signature_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.save_label)
        for part in step.parts:
            box = QGroupBox(data_text(part.title))
            box_layout = QVBoxLayout(box)
            if part.hint:
                hint = QLabel(data_text(part.hint))
                hint.setWordWrap(True)
                style.set_tone(hint, Tone.MUTED)
                box_layout.addWidget(hint)
            for question in part.questions:
                label = QLabel(data_text(question.text))
                label.setWordWrap(True)
                editor = AnswerEdit(question.key, data_text(question.text))
                if question.hint:
                    editor.setPlaceholderText(data_text(question.hint))
                label.setBuddy(editor)
                editor.edited.connect(self.autosave.edited)
                editor.left.connect(self.flush)
                self.editors[question.key] = editor
                box_layout.addWidget(label)
                box_layout.addWidget(editor)
            layout.addWidget(box)
        if step.documents:
            docs = QLabel("<b>" + self.tr("Aktuella dokument") + "</b><br>" + "<br>".join(
                f"• {data_text(d)}" for d in step.documents))
            docs.setWordWrap(True)
            layout.addWidget(docs)
        layout.addStretch(1)
        self.setWidget(body)

    # -- showing ----------------------------------------------------------------------------
    def show_state(self, status: StepStatus, answers: dict[str, str], actions: StepActions,
                   signature: str = "") -> None:
        """Refresh from the store's view of the case (after any change); ``signature``: who signed
        the step's answers (Avsluta: the closure), or that they are not signed yet."""
        self.flush()
        with self.autosave.loading():
            for key, editor in self.editors.items():
                text = answers.get(key, "")
                if editor.toPlainText() != text:
                    editor.setPlainText(text)
        if status.state != self._shown_state:  # a new start or finish is today unless told otherwise
            self._shown_state = status.state
            self.event_date.set_iso(self.store.today())
        parts = [data_text(status.state_label)]
        if status.started_at:
            parts.append(self.tr("påbörjat %1 (registrerat %2 av %3)").replace(
                "%1", status.started_on or status.started_at[:10]).replace("%2", status.started_at[:16]).replace(
                "%3", status.started_by or self.tr("okänd")))
        if status.completed_at:
            parts.append(self.tr("klart %1 (registrerat %2 av %3)").replace(
                "%1", status.completed_on or status.completed_at[:10]).replace("%2", status.completed_at[:16]).replace(
                "%3", status.completed_by or self.tr("okänd")))
        text = " – ".join([parts[0], ", ".join(parts[1:])]) if len(parts) > 1 else parts[0]
        if status.skip_reason:
            text += "\n" + self.tr("Avslutat utan utvärdering: %1").replace("%1", status.skip_reason)
        self.state_label.setText(text)

        for editor in self.editors.values():
            editor.setReadOnly(not actions.edit.ok)
        self.banner.setText(actions.edit.reason)
        self.banner.setVisible(not actions.edit.ok)
        # Every button always shown in its place, so a click never lands on one that took its spot.
        _show_allowed(self.start_button, actions.start)
        _show_allowed(self.complete_button, actions.complete)
        _show_allowed(self.reopen_button, actions.reopen)
        _show_allowed(self.sign_button, actions.sign)
        self.signature_label.setText(signature)
        self.signature_label.setVisible(bool(signature))

    # -- saving -----------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save every changed answer now. False if the store refused (the text stays in the field)."""
        return self.autosave.flush()

    def has_unsaved(self) -> bool:
        return self.autosave.has_unsaved()

    def event_day(self) -> str:
        """The day Påbörja or klart records (ÅÅÅÅ-MM-DD)."""
        return self.event_date.iso()

    def _request_sign(self) -> None:
        if self.flush():
            self.signRequested.emit(self.step.key)

    def _request_complete(self) -> None:
        if not self.flush():
            return
        question = self.store.process.actions(self.case_id, self.step.key).confirm_complete
        if question and not ask_yes_no(self, self.tr("Markera steget som klart"), question):
            return
        self.completeRequested.emit(self.step.key)
