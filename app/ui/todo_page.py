"""Att göra: what needs the user's attention today. Plans due within the four-week rule, follow-ups
due this week or overdue, cases with no activity, and how many cases wait in each step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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

from app.models.store import Store
from app.ui.record_model import RecordTableModel
from app.ui.widgets import read_only_table

_ROW_COLUMNS = (
    ("Ärende", lambda r: r.case_number),
    ("Klient", lambda r: r.client_name),
    ("Datum", lambda r: r.date),
    ("Vad", lambda r: r.detail),
    ("Ansvarig", lambda r: r.responsible or ""),
)


class TodoPage(QScrollArea):
    openCase = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.heading = QLabel("<h2>Att göra</h2>")
        self.mine_only = QCheckBox("Bara &mina ärenden")
        self.mine_only.setChecked(True)
        self.mine_only.toggled.connect(self.refresh)
        refresh = QPushButton("&Uppdatera")
        refresh.clicked.connect(self.refresh)
        top.addWidget(self.heading, 1)
        top.addWidget(self.mine_only)
        top.addWidget(refresh)
        layout.addLayout(top)
        self.tables = {}
        for key, title in (("plan_deadlines", "Utvecklingsplan inom fyra veckor från start"),
                           ("follow_ups", "Uppföljningar denna vecka eller försenade"),
                           ("inactive", "Ärenden utan aktivitet")):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            model = RecordTableModel(_ROW_COLUMNS, self)
            table = read_only_table(model, title)
            table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            table.activated.connect(lambda index, m=model: self.openCase.emit(m.record(index.row()).case_id))
            table.setMinimumHeight(150)
            box_layout.addWidget(table)
            self.tables[key] = (box, model, table)
            layout.addWidget(box)
        self.steps = QLabel()
        self.steps.setObjectName("todo_steps")
        self.steps.setWordWrap(True)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        self.setWidget(body)
        self.overview = None

    def title(self) -> str:
        return "Att göra"

    def refresh(self) -> None:
        user_id = self.store.user_id if self.mine_only.isChecked() else None
        self.overview = overview = self.store.todo.overview(user_id)
        for key, (box, model, _table) in self.tables.items():
            rows = getattr(overview, key)
            model.set_records(rows)
            box.setTitle(f"{box.title().split(' (')[0]} ({len(rows)})")
        steps = " · ".join(f"{s.title}: {s.count}" for s in overview.steps)
        per_user: dict[str, list[str]] = {}
        for row in overview.per_user:
            per_user.setdefault(row.user, []).append(f"{row.title} {row.count}")
        users = "<br>".join(f"{user}: {', '.join(parts)}" for user, parts in per_user.items())
        self.steps.setText(f"<b>Aktiva ärenden per steg</b> ({'mina' if user_id else 'alla'}): {steps}"
                           f"<br><br><b>Per ansvarig</b><br>{users}")
