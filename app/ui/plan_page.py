"""The development plan (utvecklingsplan) of a case: main goal, baseline, the client's priorities,
sub-goals with actions, who is responsible and dates; versions and agreement with the client.

Saving edits the draft; once a version is agreed, saving makes the next version and the agreed
one stays readable (choose it under Version). An agreed version is signed by the one who made it
(Signera versionen); a signed version never changes, and the next version is its correction. A
draft version started by mistake is struck out (Makulera versionen…, with a reason): it stays
readable under Version, marked so, and read-only; the plan goes on from the version before it."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.plans import PlanInput, PlanVersion, SubGoalInput, responsible_keys
from app.models.store import Store
from app.models.vocab import PLAN_RESPONSIBLE
from app.ui import style
from app.ui.case_tab import CaseTab
from app.ui.changes import Change, announce, changes_of
from app.ui.i18n import data_text
from app.ui.messages import ask_yes_no, run_validated
from app.ui.small_screens import FlowLayout
from app.ui.style import Tone
from app.ui.widgets import (
    ComboBox,
    DateEdit,
    FieldErrors,
    OptionalDateEdit,
    text_edit,
)


class ResponsibleChoice(QWidget):
    """Who is responsible for a sub-goal: one check box per PLAN_RESPONSIBLE choice, any number of them
    (Tab moves between them, Space ticks). Its focus goes to the first box, so a message about the field
    takes the user there."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        grid = FlowLayout(self)  # three to a line, fewer in a narrow page
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for key, label in PLAN_RESPONSIBLE:
            label = data_text(label)
            box = QCheckBox(label)
            box.setAccessibleName(f"{accessible_name}: {label}")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[key] = box
            grid.addWidget(box)
        self.setFocusProxy(self.first())

    def first(self) -> QCheckBox:
        return next(iter(self.boxes.values()))

    def chosen(self) -> list[str]:
        """The ticked keys, in vocabulary order."""
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_keys(self, keys) -> None:
        wanted = set(keys or ())
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in wanted)
            box.blockSignals(False)
        self.changed.emit()

    def set_key(self, key: str) -> None:
        """Only ``key`` ticked (as a single choice would be)."""
        self.set_keys([key] if key else [])

    def key(self) -> str:
        """The first ticked key ('' for none)."""
        return next(iter(self.chosen()), "")


class SubGoalBox(QGroupBox):
    removeRequested = Signal(object)

    def __init__(self, number: int, errors: FieldErrors, parent: QWidget | None = None):
        super().__init__(self.tr("Delmål %1").replace("%1", str(number)), parent)
        key = f"sub_goals[{number - 1}]"
        self.goal_id: int | None = None
        self.text = text_edit(self.tr("Delmål %1").replace("%1", str(number)))
        self.actions = text_edit(self.tr("Strategier och åtgärder för delmål %1").replace("%1", str(number)))
        self.responsible = ResponsibleChoice(self.tr("Ansvarig för delmål %1").replace("%1", str(number)))
        self.responsible_other = QLineEdit()
        self.responsible_other.setAccessibleName(self.tr("Annan ansvarig för delmål %1").replace("%1", str(number)))
        self._read_only = False
        self.responsible.changed.connect(self._enable_other)
        self.responsible_other.textChanged.connect(self._enable_other)
        self.start = DateEdit(self.tr("Startdatum för delmål %1").replace("%1", str(number)))
        self.target = OptionalDateEdit(self.tr("Måldatum"))
        self.follow_up = OptionalDateEdit(self.tr("Uppföljning"))
        self.remove_button = QPushButton(self.tr("Ta bort delmålet"))
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # the label above in a narrow page
        for field, label, widget in (("text", self.tr("Mål"), self.text),
                                     ("actions", self.tr("Strategier/åtgärder"), self.actions),
                                     ("responsible", self.tr("Vem gör vad (ansvarig)"), self.responsible),
                                     ("responsible_other", self.tr("Annan ansvarig"), self.responsible_other),
                                     ("start_date", self.tr("Start"), self.start),
                                     ("target_date", self.tr("Måldatum"), self.target),
                                     ("follow_up_date", self.tr("Uppföljning"), self.follow_up)):
            form.addRow(label, widget)
            if widget is self.responsible:
                form.labelForField(widget).setBuddy(self.responsible.first())
            form.addRow("", errors.label_for(f"{key}.{field}", widget))
        form.addRow("", self.remove_button)

    def load(self, goal: SubGoalInput) -> None:
        self.goal_id = goal.goal_id
        self.text.setPlainText(goal.text)
        self.actions.setPlainText(goal.actions)
        self.responsible.set_keys(responsible_keys(goal.responsible))
        self.responsible_other.setText(goal.responsible_other)
        self._enable_other()
        if goal.start_date:
            self.start.set_iso(goal.start_date)
        self.target.set_iso(goal.target_date)
        self.follow_up.set_iso(goal.follow_up_date)

    def has_text(self) -> bool:
        """Anything typed here (goal, actions, another responsible); dates and the choice are quick to redo."""
        return any(text.strip() for text in (self.text.toPlainText(), self.actions.toPlainText(),
                                             self.responsible_other.text()))

    def input(self) -> SubGoalInput:
        return SubGoalInput(self.text.toPlainText(), self.actions.toPlainText(), self.responsible.chosen(),
                            self.responsible_other.text(), self.start.iso(), self.target.iso(),
                            self.follow_up.iso(), self.goal_id)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.text, self.actions):
            widget.setReadOnly(read_only)
        for widget in (self.responsible, self.start, self.target, self.follow_up, self.remove_button):
            widget.setEnabled(not read_only)
        self._read_only = read_only
        self._enable_other()

    def _enable_other(self) -> None:
        """Annan ansvarig is for Annan; it stays open while it holds text, so that text can be
        emptied (the plan refuses text there under another responsible rather than drop it)."""
        wanted = "annan" in self.responsible.chosen() or bool(self.responsible_other.text())
        self.responsible_other.setEnabled(wanted and not self._read_only)


class PlanPage(CaseTab):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(store, case_id, ("plan", case_id), parent)
        self.errors = FieldErrors()
        self.goal_boxes: list[SubGoalBox] = []

        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self._show_heading()
        self.status = QLabel()
        self.status.setObjectName("plan_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        version_row = QHBoxLayout()
        self.versions = ComboBox()
        version_label = QLabel(self.tr("Versi&on"))
        version_label.setBuddy(self.versions)
        version_row.addWidget(version_label)
        self.versions.setAccessibleName(self.tr("Version av planen"))
        self.versions.currentIndexChanged.connect(self._version_chosen)
        version_row.addWidget(self.versions, 1)
        layout.addLayout(version_row)
        self.signature = QLabel()  # who signed the version shown, or that it is not signed yet
        self.signature.setObjectName("plan_signature")
        self.signature.setWordWrap(True)
        layout.addWidget(self.signature)

        self.main_goal = text_edit(self.tr("Huvudmål (om arbetssituationen)"), 70)
        self.baseline = text_edit(self.tr("Utgångsläge"), 70)
        self.priorities = text_edit(self.tr("Klientens egna prioriteringar"), 70)
        self.follow_up = OptionalDateEdit(self.tr("Uppföljning av planen"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field, label, widget in (("main_goal", self.tr("Huvu&dmål"), self.main_goal),
                                     ("baseline", self.tr("&Utgångsläge"), self.baseline),
                                     ("client_priorities", self.tr("Klientens &prioriteringar"), self.priorities),
                                     ("follow_up_date", self.tr("Uppföljning av pla&nen"), self.follow_up)):
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, widget))
        layout.addLayout(form)
        self.goals_layout = QVBoxLayout()
        layout.addLayout(self.goals_layout)
        self.add_goal_button = QPushButton(self.tr("&Lägg till delmål"))
        self.add_goal_button.clicked.connect(self._add_new_goal)
        layout.addWidget(self.errors.label_for("sub_goals", self.add_goal_button))  # the page's own border would
        # go round every field in it
        self.save_button = QPushButton(self.tr("&Spara planen"))
        self.save_button.clicked.connect(self.save)
        self.agree_button = QPushButton(self.tr("Markera som &överenskommen…"))
        self.agree_button.clicked.connect(self.agree)
        self.sign_button = QPushButton(self.tr("Si&gnera versionen"))
        self.sign_button.clicked.connect(self.sign)
        self.strike_button = QPushButton(self.tr("&Makulera versionen…"))
        self.strike_button.clicked.connect(self.strike)
        self.follow_up_button = QPushButton(self.tr("Registrera upp&följning…"))
        self.follow_up_button.setAccessibleName(self.tr("Registrera uppföljning av planen"))
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self.save_status = QLabel()  # "Sparat 14:02" or "Inte sparat", as the step forms' autosave says it
        self.save_status.setObjectName("plan_save_status")
        buttons = FlowLayout()  # onto more lines in a narrow page
        for button in (self.add_goal_button, self.save_button, self.save_status, self.agree_button, self.sign_button,
                       self.strike_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.agree_error = self.errors.label_for("agreed_date", self.agree_button)
        layout.addWidget(self.agree_error)
        layout.addWidget(self.errors.label_for("agreed_participants", self.agree_button))
        self.follow_ups = QLabel()  # the follow-ups held, newest last
        self.follow_ups.setObjectName("plan_follow_ups")
        self.follow_ups.setWordWrap(True)
        self.follow_ups.setAccessibleName(self.tr("Genomförda uppföljningar"))
        follow_up_row = QHBoxLayout()  # the follow-ups held, and recording one
        follow_up_row.addWidget(self.follow_ups, 1)
        follow_up_row.addWidget(self.follow_up_button)
        layout.addLayout(follow_up_row)
        layout.addStretch(1)
        self.setWidget(body)
        self.reload()
        changes_of(store).changed.connect(self._on_change)

    def title(self) -> str:
        return self.tr("Plan %1").replace("%1", self.case_number())

    # -- showing ----------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        """A plan changed elsewhere (goals carried over from an assessment): shown, unless that
        would throw away what is typed here and not saved; then only the status follows."""
        if change.made_by(self):
            return
        if change.touches_client(self.client_id):
            self._show_heading()  # the client's name
        if not change.touches_case(self.case_id):
            return
        if self.has_unsaved():
            self._show_status()
            return
        on_latest = self.versions.currentIndex() == self.versions.count() - 1
        self.reload(None if on_latest else self.versions.currentData())

    def has_unsaved(self) -> bool:
        return self.input() != self._shown

    def first_field(self) -> QWidget | None:
        """Where the keyboard goes when the plan is opened: the main goal, where it can be written."""
        return self.main_goal if self.main_goal.isEnabled() and not self.main_goal.isReadOnly() else None

    def flush(self) -> bool:
        """Closing the tab or the program saves what is typed, as Spara does (a walk lost two ticked
        responsible and a strategy on Ctrl+W); False when it could not be saved: the form keeps it."""
        if not self.has_unsaved():
            return True
        self.save()
        return not self.has_unsaved()

    def _show_heading(self) -> None:
        name = self.store.clients.get(self.client_id).full_name
        self.heading.setText(self.tr("<h2>Utvecklingsplan</h2>%1 · Ärende %2").replace("%1", name)
                             .replace("%2", self.case_number()))

    def _show_status(self) -> None:
        status = self.store.plans.status(self.case_id)
        self.status.setText(status.label + (f"<br>{status.deadline.label}" if status.deadline else ""))
        allowed = self.store.plans.follow_up_action(self.case_id)
        self.follow_up_button.setEnabled(allowed.ok)
        self.follow_up_button.setToolTip(allowed.reason)
        held = self.store.plans.follow_ups(self.case_id)
        lines = [self.tr("%1 (version %2").replace("%1", f.follow_up_date).replace("%2", str(f.version))
                 + (f"; {html.escape(f.participants)}" if f.participants else "") + ")"
                 + (f": {html.escape(f.note[:300])}" if f.note else "")
                 + (self.tr(" – nästa %1").replace("%1", f.next_follow_up) if f.next_follow_up else "")
                 for f in held]
        self.follow_ups.setText(self.tr("<b>Genomförda uppföljningar</b><br>") + "<br>".join(lines) if lines
                                else self.tr("Ingen uppföljning av planen är registrerad."))

    def reload(self, show_version_id: int | None = None) -> None:
        self._show_status()
        versions = self.store.plans.versions(self.case_id)
        self.versions.blockSignals(True)
        self.versions.clear()
        for version in versions:
            self.versions.addItem(self.tr("Version %1 – %2").replace("%1", str(version.version))
                                  .replace("%2", self._status_label(version)), version.id)
        latest = self.store.plans.latest(self.case_id)  # the newest not struck out
        if latest is None:  # no plan, or every version struck out: a new one may be written
            self.versions.addItem(self.tr("Ny plan"), None)
        target = show_version_id or (latest.id if latest else None)
        index = self.versions.findData(target) if target else self.versions.count() - 1
        self.versions.setCurrentIndex(max(index, 0))
        self.versions.blockSignals(False)
        self._version_chosen()

    def _status_label(self, version: PlanVersion) -> str:
        """The screen's words for a version's state (the model's label goes into the journal copy)."""
        if version.is_struck:
            return self.tr("Makulerad")
        if version.agreed_date:
            return self.tr("Överenskommen %1").replace("%1", version.agreed_date)
        return self.tr("Utkast")

    def _version_chosen(self) -> None:
        version_id = self.versions.currentData()
        version = self.store.plans.get(version_id) if version_id else None
        self._show(version)
        actions = self.store.plans.actions(self.case_id, version_id)
        editable = actions.edit.ok
        for widget in (self.main_goal, self.baseline, self.priorities):
            widget.setReadOnly(not editable)
        self.follow_up.setEnabled(editable)
        for box in self.goal_boxes:
            box.set_read_only(not editable)
        self.add_goal_button.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.save_button.setText(self.tr("&Spara som ny version") if version is not None and version.is_agreed
                                 else self.tr("&Spara planen"))
        self.agree_button.setEnabled(actions.agree.ok)
        self.agree_button.setToolTip(actions.agree.reason)
        self.sign_button.setEnabled(actions.sign.ok)
        self.sign_button.setToolTip(actions.sign.reason)
        self.strike_button.setEnabled(actions.strike.ok)
        self.strike_button.setToolTip(actions.strike.reason)
        if version is None:
            self.signature.setText("")
        elif version.is_struck:
            self.signature.setText(f"{version.strike.text}. {actions.edit.reason}")
        elif version.is_signed:
            self.signature.setText(self.tr("%1. Versionen ändras inte; det du sparar blir en ny version som "
                                           "rättar den.").replace("%1", version.signature.text))
        else:
            self.signature.setText(version.signature.text)

    def _show(self, version: PlanVersion | None) -> None:
        data = version.as_input() if version else PlanInput()
        self.main_goal.setPlainText(data.main_goal)
        self.baseline.setPlainText(data.baseline)
        self.priorities.setPlainText(data.client_priorities)
        self.follow_up.set_iso(data.follow_up_date)
        for box in self.goal_boxes:
            box.deleteLater()
        self.goal_boxes = []
        for goal in data.sub_goals:
            self._add_goal(goal)
        self.errors.clear()
        self._shown = self.input()  # as the fields hold it, to tell typing from what is stored

    def _add_goal(self, goal: SubGoalInput) -> None:
        box = SubGoalBox(len(self.goal_boxes) + 1, self.errors)
        box.load(goal)
        box.removeRequested.connect(self._remove_goal)
        self.goal_boxes.append(box)
        self.goals_layout.addWidget(box)
        # Tab follows the order widgets joined the page: a box added now came after the buttons
        # below it. The buttons go after the new box again (in the order they are shown).
        previous: QWidget = box.remove_button
        for button in (self.add_goal_button, self.save_button, self.agree_button, self.sign_button,
                       self.strike_button, self.follow_up_button):
            QWidget.setTabOrder(previous, button)
            previous = button

    def _add_new_goal(self) -> None:
        """A new empty sub-goal, in view and ready for its text: left on the button, the next
        space typed would press it again."""
        self._add_goal(SubGoalInput(start_date=self.store.today().isoformat()))
        box = self.goal_boxes[-1]
        box.text.setFocus()
        self.bring_into_view(box)

    def _remove_goal(self, box: SubGoalBox) -> None:
        """Asks first when the sub-goal holds text (there is no undo); an empty one goes at once.
        Focus then goes to the goal text above, not to a remove button that slid under the pointer."""
        index = self.goal_boxes.index(box)
        if box.has_text() and not ask_yes_no(self, self.tr("Ta bort delmålet"), self.tr(
                "Ta bort delmål %1 och det som står i det?").replace("%1", str(index + 1))):
            return
        kept = [b.input() for b in self.goal_boxes if b is not box]
        for old in self.goal_boxes:
            old.deleteLater()
        self.goal_boxes = []
        for goal in kept:
            self._add_goal(goal)
        above = self.goal_boxes[index - 1].text if index > 0 else self.main_goal
        above.setFocus()
        self.bring_into_view(above)

    # -- saving -----------------------------------------------------------------------------
    def input(self) -> PlanInput:
        return PlanInput(self.main_goal.toPlainText(), self.baseline.toPlainText(), self.priorities.toPlainText(),
                         self.follow_up.iso(), [box.input() for box in self.goal_boxes])

    def save(self) -> None:
        """Says "Sparat" with the time; a refusal scrolls to the first field with a message (it has the focus)."""
        saved: list[PlanVersion] = []
        if run_validated(self, self.errors, lambda: saved.append(self.store.plans.save(self.case_id, self.input()))):
            self._show_saved(self.tr("Sparat %1").replace("%1", self.store.now().strftime("%H:%M")))
            self.reload(saved[0].id)
            if QApplication.focusWidget() is None:  # the field it was in was made anew: stay by Spara
                self.save_button.setFocus()
            announce(self.store, Change.case(self.case_id, self.client_id), source=self)
            return
        self._show_saved(self.tr("Inte sparat"), error=True)
        first = self.errors.first_shown()
        if first is not None:
            self.bring_into_view(first[1])  # the message, and above all the field it is about
            self.bring_into_view(first[0])

    def _show_saved(self, text: str, error: bool = False) -> None:
        style.set_tone(self.save_status, Tone.ERROR if error else Tone.MUTED)
        self.save_status.setText(text)

    def sign(self) -> None:
        """Sign the version shown (its author, once agreed)."""
        version_id = self.versions.currentData()
        if version_id is None or not self.store.plans.actions(self.case_id, version_id).sign.ok:
            return
        if self.has_unsaved() and not ask_yes_no(self, self.tr("Signera versionen"), self.tr(
                "Det du har ändrat här är inte sparat och ingår inte i signeringen. "
                "Signera versionen som den är sparad?")):
            return
        if run_validated(self, self.errors, lambda: self.store.plans.sign(version_id)):
            self.reload(version_id)
            announce(self.store, Change.case(self.case_id, self.client_id), source=self)

    def strike(self) -> None:
        """Strike out the version shown (an unagreed draft, by its author), with a reason asked for."""
        version_id = self.versions.currentData()
        if version_id is None or not self.store.plans.actions(self.case_id, version_id).strike.ok:
            return
        if self.has_unsaved() and not ask_yes_no(self, self.tr("Makulera versionen"), self.tr(
                "Det du har ändrat här är inte sparat. Makulera versionen som den är sparad?")):
            return
        from app.ui.strike_dialog import StrikeDialog

        version = self.store.plans.get(version_id)
        dialog = StrikeDialog(self.tr("Makulera planversion"), self.tr("Version %1: %2").replace(
                                  "%1", str(version.version)).replace("%2", version.main_goal[:200]),
                              lambda reason: self.store.plans.strike(version_id, reason), self)
        if dialog.exec():
            self.reload(version_id)
            announce(self.store, Change.case(self.case_id, self.client_id), source=self)

    def record_follow_up(self) -> None:
        """Registrera uppföljning…: a follow-up of the agreed plan, in a dialog (date, what and how
        it went, who took part, the next one)."""
        if not self.store.plans.follow_up_action(self.case_id).ok:
            return
        from app.ui.follow_up_dialog import FollowUpDialog

        dialog = FollowUpDialog(self.store, self.case_id, self)
        if dialog.exec():
            self._show_status()
            announce(self.store, Change.case(self.case_id, self.client_id), source=self)

    def agree(self) -> None:
        version_id = self.versions.currentData()
        participants, ok = QInputDialog.getText(
            self, self.tr("Överenskommen med klienten"), self.tr("Vilka deltog (t.ex. klienten, arbetsledaren)?"))
        if not ok:
            return
        if run_validated(self, self.errors, lambda: self.store.plans.agree(
                version_id, self.store.today().isoformat(), participants)):
            self.reload(version_id)
            announce(self.store, Change.case(self.case_id, self.client_id), source=self)
