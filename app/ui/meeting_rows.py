"""Repeated rows of the meeting dialogs: participants (organisation, role, name, phone) and agreed
actions (who, what, by when, sub-goal). Each row's fields carry the service's field names
("participants[0].organisation", "actions[1].who") so a refusal shows at the field it names; a row
is added with its button (or Ctrl+Enter in a row) and removed with its own Ta bort."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.meetings import ActionInput, CollabMeeting, ParticipantInput
from app.models.vocab import MEETING_ACTORS, MEETING_ORGANISATIONS
from app.ui.i18n import data_text
from app.ui.i18n_people import person_text
from app.ui.small_screens import FlowLayout, in_a_column
from app.ui.widgets import ChoiceCombo, ComboBox, FieldErrors, OptionalDateEdit

translate = QCoreApplication.translate  # translate("Context", "…"): pyside6-lupdate finds these

_INDEXED = re.compile(r"^(questions)\[\d+\]$")



def when_text(meeting: CollabMeeting) -> str:
    """"2026-12-10 kl. 09:00–10:00" in the screens' language (``meeting.when_label`` is the
    documents' Swedish)."""
    if not meeting.time:
        return meeting.date
    if meeting.ends_at:
        return (translate("MeetingTexts", "%1 kl. %2–%3").replace("%1", meeting.date).replace("%2", meeting.time)
                .replace("%3", meeting.ends_at[11:16]))
    return translate("MeetingTexts", "%1 kl. %2").replace("%1", meeting.date).replace("%2", meeting.time)


def about_text(meeting: CollabMeeting) -> str:
    """"Avstämning, 2026-12-10 kl. 09:00–10:00": which meeting a dialog is about."""
    return (translate("MeetingTexts", "%1, %2").replace("%1", data_text(meeting.kind_label))
            .replace("%2", when_text(meeting)))


def signature_text(meeting: CollabMeeting) -> str:
    """"Signerad 2026-12-10 av Anna Andersson, arbetsterapeut" on screen, or ""."""
    signature = meeting.signature
    if not signature.signed_at:
        return ""
    return (translate("MeetingTexts", "Signerad %1 av %2").replace("%1", signature.signed_at[:10])
            .replace("%2", person_text(signature.signer, signature.signer_title,
                                       translate("MeetingTexts", "Okänd"))))


class MeetingErrors(FieldErrors):
    """FieldErrors where each question's message ("questions[2]") shows at the one questions field."""

    def show(self, errors: dict[str, str]) -> list[str]:
        merged: dict[str, str] = {}
        for field, message in errors.items():
            match = _INDEXED.match(field)
            key = match.group(1) if match else field
            merged[key] = f"{merged[key]}\n{message}" if key in merged else message
        return super().show(merged)


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class _RowBox(QWidget):
    """One row: Ctrl+Enter in any of its fields adds a row after the last (the fields pass the key on)."""

    def __init__(self, add: Callable[[], object]):
        super().__init__()
        self._add = add

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._add()
            event.accept()
            return
        super().keyPressEvent(event)


RowFields = list[tuple[str, str, QWidget]]  # (the service's field name, label, widget), in order


class _Rows(QWidget):
    """A column of rows, each a grid of fields with its error labels; rebuilt from its values when a
    row goes, so the field names follow the rows' new numbers and nothing typed is lost.

    What a row holds comes from three functions given at construction: ``make_fields(n)`` builds row
    n's fields, ``read(fields)`` gives their value, ``write(fields, value)`` puts a value in them.
    Given, not abstract methods: ``abc`` cannot be mixed into a Qt class (Shiboken's metaclass
    conflicts with ABCMeta), and a missing one fails here, not at the first row."""

    heading = ""

    def __init__(self, errors: FieldErrors, add_text: str, make_fields: Callable[[int], RowFields],
                 read: Callable[[dict[str, QWidget]], Any], write: Callable[[dict[str, QWidget], Any], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.errors = errors
        self._make_fields, self._read, self._write = make_fields, read, write
        self.rows: list[dict[str, QWidget]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows_box = QVBoxLayout()
        self._layout.addLayout(self._rows_box)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.add_button)

    prefix = ""

    def add_row(self, value=None, focus: bool = False) -> dict[str, QWidget]:
        n = len(self.rows)
        box = _RowBox(lambda: self.add_row(focus=True))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 4)
        cells = FlowLayout(fill=True)  # each label over its field, side by side; onto more lines when narrow
        column.addLayout(cells)
        fields: dict[str, QWidget] = {"box": box}
        made = self._make_fields(n)
        for key, label_text, widget in made:
            label = QLabel(label_text)
            label.setBuddy(widget)
            cells.addWidget(in_a_column(label, widget))
            # each message on its own line under the row, as wide as the row: the fields stay aligned
            column.addWidget(self.errors.label_for(f"{self.prefix}[{n}].{key}", widget))
            fields[key] = widget
        remove = QPushButton(self.tr("Ta bort"))
        remove.setAccessibleName(self.tr("Ta bort rad %d") % (n + 1))
        remove.clicked.connect(lambda: self.remove_row(box))
        cells.addWidget(in_a_column(QLabel(), remove))  # level with the fields
        fields["remove"] = remove
        self.rows.append(fields)
        self._rows_box.addWidget(box)
        if value is not None:
            self._write(fields, value)
        if focus:
            made[0][2].setFocus()
        return fields

    def remove_row(self, box: QWidget) -> None:
        values = [self._read(f) for f in self.rows if f["box"] is not box]
        at = next(i for i, f in enumerate(self.rows) if f["box"] is box)
        self.set_values(values)
        if self.rows:
            self.rows[min(at, len(self.rows) - 1)]["remove"].setFocus()
        else:
            self.add_button.setFocus()

    def set_values(self, values) -> None:
        for fields in self.rows:
            fields["box"].setParent(None)
            fields["box"].deleteLater()
        self.rows = []
        for value in values:
            self.add_row(value)

    def values(self) -> list:
        return [self._read(f) for f in self.rows]

    def set_read_only(self, read_only: bool) -> None:
        for fields in self.rows:
            for key, widget in fields.items():
                if key == "remove":
                    widget.setVisible(not read_only)
                elif isinstance(widget, QLineEdit):
                    widget.setReadOnly(read_only)  # still dark and selectable, as a signed text should be
                elif key != "box":
                    widget.setEnabled(not read_only)
        self.add_button.setVisible(not read_only)


class ParticipantRows(_Rows):
    prefix = "participants"

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None):
        super().__init__(errors, self.tr("Lägg till &deltagare"), self.make_fields, self.read, self.write, parent)

    def make_fields(self, n: int) -> RowFields:
        m = n + 1
        number = str(m)
        organisation = ChoiceCombo(MEETING_ORGANISATIONS, self.tr("Deltagare %1: organisation").replace("%1", number),
                                   placeholder=self.tr("Välj…"))
        other = _line(self.tr("Deltagare %1: annan organisation").replace("%1", number), self.tr("Vilken, vid Annan"))
        other.setEnabled(False)
        organisation.currentIndexChanged.connect(lambda _i: other.setEnabled(organisation.key() == "annan"))
        return [("organisation", self.tr("Organisation"), organisation),
                ("organisation_other", self.tr("Annan organisation"), other),
                ("role", self.tr("Roll"), _line(self.tr("Deltagare %1: roll").replace("%1", number),
                                                self.tr("t.ex. Handläggare"))),
                ("name", self.tr("Namn"), _line(self.tr("Deltagare %1: namn").replace("%1", number))),
                ("phone", self.tr("Telefon"), _line(self.tr("Deltagare %1: telefon").replace("%1", number),
                                                    "010-123 45 67"))]

    def read(self, fields) -> ParticipantInput:
        return ParticipantInput(fields["organisation"].key(), fields["role"].text(), fields["name"].text(),
                                fields["phone"].text(), fields["organisation_other"].text())

    def write(self, fields, value: ParticipantInput) -> None:
        fields["organisation"].set_key(value.organisation)
        fields["organisation_other"].setText(value.organisation_other)
        fields["role"].setText(value.role)
        fields["name"].setText(value.name)
        fields["phone"].setText(value.phone)


class ActionRows(_Rows):
    prefix = "actions"

    def __init__(self, errors: FieldErrors, goals: Callable[[], list[tuple[str, int]]],
                 parent: QWidget | None = None):
        self.goals = goals  # the plan's sub-goals as (label, id)
        super().__init__(errors, self.tr("Lägg till å&tgärd"), self.make_fields, self.read, self.write, parent)

    def make_fields(self, n: int) -> RowFields:
        m = n + 1
        number = str(m)
        who = ChoiceCombo(MEETING_ACTORS, self.tr("Åtgärd %1: vem").replace("%1", number), placeholder=self.tr("Välj…"))
        goal = ComboBox()
        goal.setAccessibleName(self.tr("Åtgärd %1: delmål").replace("%1", number))
        goal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        goal.setMinimumContentsLength(16)
        goals = self.goals()
        goal.addItem(self.tr("Inget delmål") if goals else self.tr("Ärendet har ingen utvecklingsplan"), None)
        goal.setToolTip("" if goals else self.tr("Delmål kan väljas när ärendet har en utvecklingsplan."))
        for label, goal_id in goals:
            goal.addItem(label, goal_id)
        return [("who", self.tr("Vem"), who),
                ("what", self.tr("Vad"), _line(self.tr("Åtgärd %1: vad som ska göras").replace("%1", number))),
                ("due_date", self.tr("Klart senast"),
                 OptionalDateEdit(self.tr("Åtgärd %1: klart senast").replace("%1", number))),
                ("goal_id", self.tr("Delmål"), goal)]

    def values(self) -> list:
        """The rows, less wholly empty ones at the end (the row the dialog starts with, untouched):
        those are skipped, not refused; a half-filled row keeps its message. Only trailing rows go,
        so each message's "Åtgärd n" is still the row on screen."""
        values = super().values()
        while values and not (values[-1].who or values[-1].what.strip() or values[-1].due_date
                              or values[-1].goal_id is not None):
            values.pop()
        return values

    def read(self, fields) -> ActionInput:
        return ActionInput(fields["who"].key(), fields["what"].text(), fields["due_date"].iso(),
                           fields["goal_id"].currentData(), fields["what"].property("done_date") or "")

    def write(self, fields, value: ActionInput) -> None:
        fields["who"].set_key(value.who)
        fields["what"].setText(value.what)
        fields["due_date"].set_iso(value.due_date or None)
        index = fields["goal_id"].findData(value.goal_id) if value.goal_id is not None else 0
        if index < 0:  # a sub-goal of an older plan version: kept selectable
            fields["goal_id"].addItem(self.tr("Delmål (id %1)").replace("%1", str(value.goal_id)), value.goal_id)
            index = fields["goal_id"].count() - 1
        fields["goal_id"].setCurrentIndex(index)
        fields["what"].setProperty("done_date", value.done_date)  # follow-up, kept as it was
