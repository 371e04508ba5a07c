"""Group activities (ReDO™, Friskvårdstimmen, lectures ...): the list, and for the chosen one its
details and leaders, sessions with a head count, registered participants and attendance per session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import AtamaError, ValidationError
from app.models.groups import MAX_GUESTS, GroupActivity, GroupInput
from app.models.store import Store
from app.models.vocab import GROUP_KINDS
from app.ui.changes import Change, announce, changes_of
from app.ui.empty_state import empty_state
from app.ui.i18n import data_text
from app.ui.i18n_people import user_text
from app.ui.messages import show_error
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import held_until_destroyed
from app.ui.tables import read_only_table
from app.ui.widgets import ChoiceCombo, DateEdit, FieldErrors, SpinBox
from app.ui.window_state import SideBySide


def _check_list(accessible_name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(accessible_name)
    return widget


def _checked_ids(widget: QListWidget) -> list[int]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _add_check_item(widget: QListWidget, text: str, key: int, checked: bool) -> None:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, key)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(item)


class GroupEditor(QScrollArea):
    """One activity: details, sessions, participants and attendance. ``activity_id`` None = a new one."""

    saved = Signal(int)  # activity id

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        held_until_destroyed(self)  # app/ui/small_screens.py: a scroll area's Python side lives until Qt deletes it
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: Tab to a field scrolls it in view
        self.store = store
        self.activity_id: int | None = None
        self.activity: GroupActivity | None = None
        self.setWidgetResizable(True)
        self.errors = FieldErrors()
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        layout.addWidget(self.heading)

        # details
        self.kind = ChoiceCombo(GROUP_KINDS, self.tr("Typ av gruppaktivitet"), self.tr("Välj typ…"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Namn på gruppaktiviteten"))
        self.leaders = _check_list(self.tr("Ledare bland användarna"))
        self.leaders.setMaximumHeight(90)
        self.other_leaders = QLineEdit()
        self.other_leaders.setAccessibleName(self.tr("Andra ledare"))
        self.other_leaders.setPlaceholderText(self.tr("t.ex. assistent eller arbetsterapeut från annan enhet"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Beskrivning"))
        self.description.setMaximumHeight(80)
        self.save_button = QPushButton(self.tr("&Spara gruppaktiviteten"))
        self.save_button.clicked.connect(self.save)
        details = QGroupBox(self.tr("Uppgifter"))
        form = QFormLayout(details)
        for label, widget, field in (
            (self.tr("T&yp"), self.kind, "kind"), (self.tr("&Namn"), self.title_edit, "title"),
            (self.tr("&Ledare"), self.leaders, "leader_ids"), (self.tr("An&dra ledare"), self.other_leaders,
                                                               "other_leaders"),
            (self.tr("&Beskrivning"), self.description, "description"),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, widget))
        form.addRow("", self.save_button)
        layout.addWidget(details)

        # sessions
        self.sessions_box = QGroupBox(self.tr("Tillfällen"))
        self.session_model = RecordTableModel([
            (self.tr("Datum"), lambda s: s.session_date),
            (self.tr("Klienter"), lambda s: len(s.attended)),
            (self.tr("Övriga"), lambda s: s.guests),
            (self.tr("Totalt"), lambda s: s.head_count),
            (self.tr("Anteckning"), lambda s: s.note),
        ], self)
        self.sessions = read_only_table(self.session_model, self.tr("Tillfällen"))
        empty_state(self.sessions, self.tr("Inga tillfällen ännu. Lägg till det första med Lägg till tillfälle."))
        header = self.sessions.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.sessions.setMinimumHeight(120)
        self.sessions.selectionModel().currentRowChanged.connect(lambda *_: self._show_attendance())
        self.session_date = DateEdit(self.tr("Datum för nytt tillfälle"))
        add_session = QPushButton(self.tr("Lägg till &tillfälle"))
        add_session.clicked.connect(self.add_session)
        remove_session = QPushButton(self.tr("Ta bort tillfälle"))
        remove_session.clicked.connect(self.remove_session)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Datum:")))
        row.addWidget(self.session_date)
        row.addWidget(add_session)
        row.addStretch(1)
        row.addWidget(remove_session)
        box = QVBoxLayout(self.sessions_box)
        box.addWidget(self.sessions)
        box.addLayout(row)
        box.addWidget(self.errors.label_for("session_date", self.session_date))
        layout.addWidget(self.sessions_box)

        # participants and attendance side by side
        self.participants_box = QGroupBox(self.tr("Anmälda klienter"))
        self.participant_model = RecordTableModel([
            (self.tr("Namn"), lambda p: p.name),
            (self.tr("Närvarotillfällen"), lambda p: p.sessions_attended),
        ], self)
        self.participants = read_only_table(self.participant_model, self.tr("Anmälda klienter"))
        empty_state(self.participants, self.tr("Ingen anmäld ännu. Sök en klient nedan och anmäl till gruppen."))
        self.participants.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.client_search = QLineEdit()
        self.client_search.setAccessibleName(self.tr("Sök klient att anmäla"))
        self.client_search.setPlaceholderText(self.tr("Sök klient (namn eller personnummer)"))
        self.client_search.textChanged.connect(self._search_clients)
        self.client_hits = QListWidget()
        self.client_hits.setAccessibleName(self.tr("Sökträffar"))
        self.client_hits.setMaximumHeight(90)
        self.client_hits.itemActivated.connect(lambda _item: self.add_participant())
        add_participant = QPushButton(self.tr("An&mäl till gruppen"))
        add_participant.clicked.connect(self.add_participant)
        remove_participant = QPushButton(self.tr("Ta bort anmälan"))
        remove_participant.clicked.connect(self.remove_participant)
        buttons = QHBoxLayout()
        buttons.addWidget(add_participant)
        buttons.addWidget(remove_participant)
        box = QVBoxLayout(self.participants_box)
        box.addWidget(self.participants)
        box.addWidget(self.client_search)
        box.addWidget(self.client_hits)
        box.addLayout(buttons)

        self.attendance_box = QGroupBox(self.tr("Närvaro vid valt tillfälle"))
        self.attendance = _check_list(self.tr("Närvarande klienter"))
        self.guests = SpinBox()
        self.guests.setRange(0, MAX_GUESTS)
        self.guests.setAccessibleName(self.tr("Övriga deltagare (inte klienter)"))
        save_attendance = QPushButton(self.tr("S&para närvaro"))
        save_attendance.clicked.connect(self.save_attendance)
        guests_row = QHBoxLayout()
        guests_row.addWidget(QLabel(self.tr("Övriga deltagare (antal):")))
        guests_row.addWidget(self.guests)
        guests_row.addStretch(1)
        guests_row.addWidget(save_attendance)
        box = QVBoxLayout(self.attendance_box)
        box.addWidget(self.attendance)
        box.addLayout(guests_row)
        box.addWidget(self.errors.label_for("attended", self.attendance))
        box.addWidget(self.errors.label_for("guests", self.guests))
        layout.addWidget(self.participants_box)
        layout.addWidget(self.attendance_box)
        layout.addStretch(1)
        self.setWidget(body)

    # -- showing ----------------------------------------------------------------------------
    def show_activity(self, activity_id: int | None) -> None:
        self.activity_id = activity_id
        self.activity = self.store.groups.get(activity_id) if activity_id is not None else None
        self.errors.clear()
        activity = self.activity
        data = activity.as_input() if activity else GroupInput(
            leader_ids=[self.store.user_id] if self.store.user_id else [])
        self.heading.setText(
            f"<h2>{activity.title}</h2>" if activity else "<h2>" + self.tr("Ny gruppaktivitet") + "</h2>")
        self.kind.set_key(data.kind)
        self.title_edit.setText(data.title)
        self.leaders.clear()
        for user in self.store.users.all():
            _add_check_item(self.leaders, user_text(user), user.id, user.id in data.leader_ids)
        self.other_leaders.setText(data.other_leaders)
        self.description.setPlainText(data.description)
        for box in (self.sessions_box, self.participants_box, self.attendance_box):
            box.setEnabled(activity is not None)  # a new activity is saved before it gets sessions
        self._reload_lists()

    def _reload_lists(self, session_id: int | None = None) -> None:
        activity = self.activity
        self.session_model.set_records(activity.sessions if activity else [])
        self.participant_model.set_records(activity.participants if activity else [])
        rows = [s.id for s in activity.sessions] if activity else []
        if rows:
            row = rows.index(session_id) if session_id in rows else len(rows) - 1
            self.sessions.selectRow(row)
        self._show_attendance()

    def show_client_names(self) -> None:
        """The participants' names as stored now (a client renamed elsewhere); attendance ticked and
        not yet saved stays ticked."""
        if self.activity_id is None:
            return
        self.activity = self.store.groups.get(self.activity_id)
        self.participant_model.set_records(self.activity.participants)
        names = {p.client_id: p.name for p in self.activity.participants}
        for row in range(self.attendance.count()):
            item = self.attendance.item(row)
            item.setText(names.get(item.data(Qt.ItemDataRole.UserRole), item.text()))

    def _current_session(self):
        index = self.sessions.currentIndex()
        return self.session_model.record(index.row()) if index.isValid() else None

    def _show_attendance(self) -> None:
        self.attendance.clear()
        session = self._current_session()
        self.attendance_box.setTitle(self.tr("Närvaro %1").replace("%1", session.session_date if session else "–"))
        if session is None or self.activity is None:
            self.guests.setValue(0)
            return
        for participant in self.activity.participants:
            _add_check_item(self.attendance, participant.name, participant.client_id,
                            participant.client_id in session.attended)
        self.guests.setValue(session.guests)

    # -- actions ----------------------------------------------------------------------------
    def _run(self, action, session=None) -> bool:
        """Run a change; show its messages at the fields. ``session``: the session to select after,
        as an id or a function of the action's result."""
        try:
            result = action()
        except ValidationError as exc:
            unplaced = self.errors.show(exc.errors)
            if unplaced:
                show_error(self, exc)
            return False
        except AtamaError as exc:
            show_error(self, exc)
            return False
        self.errors.clear()
        if self.activity_id is None and result is not None:
            self.activity_id = result.id
        self.activity = self.store.groups.get(self.activity_id)
        self._reload_lists(session(result) if callable(session) else session)
        self.saved.emit(self.activity_id)
        return True

    def save(self) -> None:
        data = GroupInput(self.kind.key(), self.title_edit.text(), _checked_ids(self.leaders),
                          self.other_leaders.text(), self.description.toPlainText())
        if self.activity_id is None:
            if self._run(lambda: self.store.groups.create(data)):
                self.show_activity(self.activity_id)
        else:
            self._run(lambda: self.store.groups.update(self.activity_id, data))
            self.heading.setText(f"<h2>{self.activity.title}</h2>")

    def add_session(self) -> None:
        self._run(lambda: self.store.groups.add_session(self.activity_id, self.session_date.iso()),
                  lambda added: added.id)

    def remove_session(self) -> None:
        session = self._current_session()
        if session is None:
            return
        answer = QMessageBox.question(self, self.tr("Ta bort tillfälle"),
                                      self.tr("Ta bort tillfället %1?").replace("%1", session.session_date))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.store.groups.remove_session(session.id))

    def _search_clients(self, text: str) -> None:
        self.client_hits.clear()
        if len(text.strip()) < 2:
            return
        for row in self.store.clients.search(text, limit=20):
            item = QListWidgetItem(f"{row.name} · {row.id_display}")
            item.setData(Qt.ItemDataRole.UserRole, row.client_id)
            self.client_hits.addItem(item)
        if self.client_hits.count():
            self.client_hits.setCurrentRow(0)

    def add_participant(self) -> None:
        item = self.client_hits.currentItem()
        if item is None:
            return
        client_id = item.data(Qt.ItemDataRole.UserRole)
        session = self._current_session()
        if self._run(lambda: self.store.groups.add_participant(self.activity_id, client_id),
                     session.id if session else None):
            self.client_search.clear()

    def remove_participant(self) -> None:
        index = self.participants.currentIndex()
        if not index.isValid():
            return
        participant = self.participant_model.record(index.row())
        session = self._current_session()
        self._run(lambda: self.store.groups.remove_participant(self.activity_id, participant.client_id),
                  session.id if session else None)

    def save_attendance(self) -> None:
        session = self._current_session()
        if session is None:
            return
        self._run(lambda: self.store.groups.set_attendance(session.id, _checked_ids(self.attendance),
                                                           self.guests.value()), session.id)


class GroupsPage(QWidget):
    """The list of group activities with a button for a new one; the editor shows the chosen one."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.tab_key = ("groups", 0)
        self.model = RecordTableModel([
            (self.tr("Namn"), lambda g: g.title),
            (self.tr("Typ"), lambda g: data_text(g.kind_label)),
            (self.tr("Senaste"), lambda g: g.last_date or ""),
            (self.tr("Tillfällen"), lambda g: g.sessions),
        ], self)
        self.table = read_only_table(self.model, self.tr("Gruppaktiviteter"))
        empty_state(self.table, self.tr("Inga gruppaktiviteter ännu. Skapa en med Ny gruppaktivitet."))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        new_button = QPushButton(self.tr("Ny &gruppaktivitet"))
        new_button.clicked.connect(lambda: self.editor.show_activity(None))
        self.editor = GroupEditor(store)
        self.editor.saved.connect(self._saved)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(new_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        self.panes = SideBySide(splitter, "groups", room=700)  # the list above the editor in a narrow page
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.editor.show_activity(None)
        changes_of(store).changed.connect(self._on_change)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.panes.fit(event.size().width())

    def _on_change(self, change: Change) -> None:
        if change.clients or change.all_clients:
            self.editor.show_client_names()

    def title(self) -> str:
        return self.tr("Gruppaktiviteter")

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_records(self.store.groups.all())
        if select_id is not None:
            for row, record in enumerate(self.model.records):
                if record.id == select_id:
                    self.table.blockSignals(True)
                    self.table.selectRow(row)
                    self.table.blockSignals(False)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.editor.show_activity(self.model.record(current.row()).id)

    def _saved(self, activity_id: int) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.reload(activity_id)
        selection.blockSignals(False)
        announce(self.store, Change(groups=True), source=self)

    def flush(self) -> bool:
        return True
