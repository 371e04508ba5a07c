"""Att göra: what needs the user's attention today. Plans due within the four-week rule, follow-ups
due this week or overdue, cases with no activity, entries left unsigned for more than the set number
of days, the actions agreed at collaboration meetings that are due (ours, and the others' to follow
up), the planned meetings of the coming days, and how many cases wait in each step.

A meeting action's row has Markera klar (its button, or Ctrl+Enter in the list): done today, and
the row leaves the list; a wrong mark is undone in the meeting's Åtgärder… on the case."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import AtamaError
from app.models.store import Store
from app.ui.changes import Change, announce, changes_of
from app.ui.empty_state import empty_state
from app.ui.i18n import data_text
from app.ui.messages import show_error
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import held_until_destroyed
from app.ui.step_count_model import StepCountModel
from app.ui.stepper import stepper_title
from app.ui.tables import read_only_table

# headers marked here, translated when a table is made (_row_columns)
_ROW_COLUMNS = (
    (QT_TRANSLATE_NOOP("TodoPage", "Ärende"), lambda r: r.case_number),
    (QT_TRANSLATE_NOOP("TodoPage", "Klient"), lambda r: r.client_name),
    (QT_TRANSLATE_NOOP("TodoPage", "Datum"), lambda r: r.date),
    (QT_TRANSLATE_NOOP("TodoPage", "Vad"), lambda r: r.detail),
    (QT_TRANSLATE_NOOP("TodoPage", "Ansvarig"), lambda r: r.responsible or ""),
)


def _row_columns():
    return tuple((QCoreApplication.translate("TodoPage", title), value) for title, value in _ROW_COLUMNS)
_ACTION_LISTS = ("meeting_actions", "meeting_follow_ups")
MARK_DONE_SHORTCUT = "Ctrl+Return"


class TodoPage(QScrollArea):
    openCase = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        held_until_destroyed(self)  # app/ui/small_screens.py: a scroll area's Python side lives until Qt deletes it
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: Tab to a field scrolls it in view
        self.store = store
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("<h2>Att göra</h2>"))
        self.mine_only = QCheckBox(self.tr("Bara &mina ärenden"))
        self.mine_only.setChecked(True)
        self.mine_only.toggled.connect(self.refresh)
        refresh = QPushButton(self.tr("&Uppdatera"))
        refresh.clicked.connect(self.refresh)
        top.addWidget(self.heading, 1)
        top.addWidget(self.mine_only)
        top.addWidget(refresh)
        layout.addLayout(top)
        self.tables = {}
        self.mark_done_buttons: dict[str, QPushButton] = {}
        self.list_titles = {"meetings": self.tr("Planerade möten de närmaste dagarna"),
                            "plan_deadlines": self.tr("Utvecklingsplan inom fyra veckor från start"),
                            "follow_ups": self.tr("Uppföljningar denna vecka eller försenade"),
                            "inactive": self.tr("Ärenden utan aktivitet"),
                            "unsigned": self._unsigned_title(),
                            "meeting_actions": self.tr("Våra åtgärder från möten, inom en vecka eller försenade"),
                            "meeting_follow_ups": self.tr("Andras åtgärder från möten att följa upp")}
        for key, title in self.list_titles.items():
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            model = RecordTableModel(_row_columns(), self)
            table = read_only_table(model, title)
            empty_state(table, self._nothing_due()[key])
            table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            table.activated.connect(lambda index, m=model: self.openCase.emit(m.record(index.row()).case_id))
            table.setMinimumHeight(150)
            box_layout.addWidget(table)
            if key in _ACTION_LISTS:
                box_layout.addLayout(self._mark_done_row(key, model, table))
            self.tables[key] = (box, model, table)
            layout.addWidget(box)
        self.steps = QLabel()
        self.steps.setObjectName("todo_steps")
        self.steps.setWordWrap(True)
        layout.addWidget(self.steps)
        self.plan_share = QLabel()
        self.plan_share.setObjectName("todo_plan_share")
        self.plan_share.setWordWrap(True)  # one line is wider than a pane at 200 %
        layout.addWidget(self.plan_share)

        # Active cases per responsible user and step; choosing a cell lists those cases below it.
        counts_box = QGroupBox(self.tr("Aktiva ärenden per ansvarig och steg"))
        self.count_model = StepCountModel(
            [(s.key, stepper_title(s)) for s in store.process.definition.steps], self)
        self.count_table = read_only_table(self.count_model, self.tr("Aktiva ärenden per ansvarig och steg"))
        self.count_table.verticalHeader().setVisible(True)
        self.count_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.count_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.count_table.setMinimumHeight(120)
        self.count_table.selectionModel().currentChanged.connect(self._show_cell)
        self.cell_label = QLabel(self.tr("Välj en siffra för att se ärendena."))
        self.cell_model = RecordTableModel(_row_columns(), self)
        self.cell_table = read_only_table(self.cell_model, self.tr("Ärenden i valt steg"))
        self.cell_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.cell_table.activated.connect(lambda index: self.openCase.emit(self.cell_model.record(index.row()).case_id))
        self.cell_table.setMinimumHeight(150)
        counts_layout = QVBoxLayout(counts_box)
        counts_layout.addWidget(self.count_table)
        counts_layout.addWidget(self.cell_label)
        counts_layout.addWidget(self.cell_table)
        layout.addWidget(counts_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.overview = None
        self._stale = True  # refreshed when shown (the main window shows it once it has painted)
        self._shown_day = None
        changes_of(store).changed.connect(self._on_change)

    def _nothing_due(self) -> dict[str, str]:
        """What an empty list of Att göra says: nothing waits there (not that something failed)."""
        return {
            "meetings": self.tr("Inga planerade möten de närmaste dagarna."),
            "plan_deadlines": self.tr("Ingen utvecklingsplan behöver skrivas inom fyra veckor just nu."),
            "follow_ups": self.tr("Inga uppföljningar denna vecka och inga försenade."),
            "inactive": self.tr("Alla ärenden har haft aktivitet nyligen."),
            "unsigned": self.tr("Inga osignerade poster som väntat för länge."),
            "meeting_actions": self.tr("Inga åtgärder från möten som snart ska vara klara."),
            "meeting_follow_ups": self.tr("Inga av andras åtgärder från möten att följa upp nu."),
        }

    def _mark_done_row(self, key: str, model: RecordTableModel, table) -> QHBoxLayout:
        button = QPushButton(self.tr("Markera klar"))
        button.setObjectName(f"mark_done_{key}")
        button.setToolTip(self.tr("Den markerade åtgärden gjord i dag (%1)").replace(
            "%1", QKeySequence(MARK_DONE_SHORTCUT).toString()))
        button.clicked.connect(lambda: self.mark_done(model, table))
        table.installEventFilter(self)  # Ctrl+Enter: a QShortcut loses it to the view's own Enter (opens the case)
        self.mark_done_buttons[key] = button
        table.selectionModel().currentRowChanged.connect(lambda *_: self._enable_mark_done())
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        return row

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            for key in _ACTION_LISTS:
                if key in self.tables and self.tables[key][2] is watched:
                    self.mark_done(self.tables[key][1], watched)
                    return True
        return super().eventFilter(watched, event)

    def mark_done(self, model: RecordTableModel, table) -> None:
        """The selected action done today; the list is read again, so its row leaves."""
        index = table.currentIndex()
        row = model.record(index.row()) if index.isValid() else None
        if row is None or row.action_id is None:
            return
        try:
            self.store.meetings.set_action_done(row.action_id, self.store.today())
        except AtamaError as exc:
            show_error(self, exc)
            return
        self.refresh()
        announce(self.store, Change.case(row.case_id, row.client_id), source=self)
        if model.rowCount():  # the next row, so a run of them is marked key by key
            table.setCurrentIndex(model.index(min(index.row(), model.rowCount() - 1), 0))
        self._enable_mark_done()

    def _enable_mark_done(self) -> None:
        for key in _ACTION_LISTS:
            if key not in self.tables:  # still being built
                continue
            _box, model, table = self.tables[key]
            self.mark_done_buttons[key].setEnabled(model.rowCount() > 0 and table.currentIndex().isValid())

    def title(self) -> str:
        return self.tr("Att göra")

    def _unsigned_title(self) -> str:
        return self.tr("Osignerade anteckningar äldre än %1 dagar").replace(
            "%1", str(self.store.settings.unsigned_days()))

    def _share_text(self, share) -> str:
        """The plan share in the screen's words (the model's text goes into the exports)."""
        if share is None:
            return "–"
        if share.percent is None:
            return self.tr("Inga aktiva klienter")
        return self.tr("%1 av %2 (%3 %)").replace("%1", str(share.current)).replace("%2", str(share.total)).replace(
            "%3", str(round(share.percent)))

    def _on_change(self, change: Change) -> None:
        """Any case or client may move in or out of these lists, and the unit's rules (Inställningar)
        move the deadlines. Hidden behind a tab, the page catches up when it is shown again rather
        than recounting on every save."""
        if not (change.touches_list or change.settings):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale or self._shown_day != self.store.today():  # "this week" moves at midnight
            self.refresh()

    def refresh(self) -> None:
        self._stale, self._shown_day = False, self.store.today()
        user_id = self.store.user_id if self.mine_only.isChecked() else None
        self.overview = overview = self.store.todo.overview(user_id)
        for key, (box, model, _table) in self.tables.items():
            rows = getattr(overview, key)
            model.set_records(rows)
            title = self._unsigned_title() if key == "unsigned" else self.list_titles[key]
            box.setTitle(f"{title} ({len(rows)})")
        steps = " · ".join(f"{data_text(s.title)}: {s.count}" for s in overview.steps)
        self.steps.setText((self.tr("<b>Aktiva ärenden per steg</b> (mina): %1") if user_id
                            else self.tr("<b>Aktiva ärenden per steg</b> (alla): %1")).replace("%1", steps))
        share = overview.plan_share
        self.plan_share.setText((self.tr("<b>AMA-medarbetare med aktuell utvecklingsplan i dag</b> (mina): %1")
                                 if user_id else
                                 self.tr("<b>AMA-medarbetare med aktuell utvecklingsplan i dag</b> (alla): %1"))
                                .replace("%1", self._share_text(share)))
        self._enable_mark_done()
        self.count_model.set_counts(overview.per_user)
        self._show_cell(self.count_table.currentIndex())

    def _show_cell(self, index, _previous=None) -> None:
        """The active cases behind the chosen count (a user's or the unit's, one step or all)."""
        if not index.isValid():
            self.cell_model.set_records([])
            return
        user_id, step, total_row = self.count_model.cell(index.row(), index.column())
        steps = [step] if step else [key for key, _ in self.count_model.steps]
        rows = []
        for key in steps:
            cases = self.store.todo.cases_in_step(key, None if total_row else user_id)
            if not total_row and user_id is None:  # the row of cases with no responsible user
                cases = [c for c in cases if c.responsible_user_id is None]
            rows.extend(cases)
        who = self.tr("alla") if total_row else self.count_model.headerData(index.row(), Qt.Orientation.Vertical)
        where = self.count_model.headerData(index.column(), Qt.Orientation.Horizontal)
        self.cell_label.setText(self.tr("%1 · %2: %3 ärenden (dubbelklicka för att öppna)").replace(
            "%1", str(where)).replace("%2", str(who)).replace("%3", str(len(rows))))
        self.cell_model.set_records(rows)
