"""The group activities a client was registered for, as the client's case shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from app.models.store import Store
from app.ui import style
from app.ui.changes import Change, changes_of
from app.ui.empty_state import empty_state
from app.ui.i18n import data_text
from app.ui.record_model import RecordTableModel
from app.ui.style import Tone
from app.ui.tables import read_only_table


def _period(row) -> str:
    if not row.first_date:
        return QCoreApplication.translate("ClientGroupsPanel", "inga tillfällen ännu")
    return row.first_date if row.first_date == row.last_date else f"{row.first_date} – {row.last_date}"


class ClientGroupsPanel(QWidget):
    def __init__(self, store: Store, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        self.model = RecordTableModel([
            (self.tr("Typ"), lambda g: data_text(g.kind_label)),
            (self.tr("Namn"), lambda g: g.title),
            (self.tr("Period"), _period),
            (self.tr("Närvaro"), lambda g: self.tr("%1 av %2").replace("%1", str(g.sessions_attended))
             .replace("%2", str(g.sessions))),
        ], self)
        self.table = read_only_table(self.model, self.tr("Klientens gruppaktiviteter"))
        empty_state(self.table, self.tr("Klienten är inte anmäld till någon gruppaktivitet. "
                                        "Anmäl under Gruppaktiviteter (Ctrl+G)."))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        hint = QLabel(self.tr("Anmälan och närvaro registreras under Visa → Gruppaktiviteter (Ctrl+G)."))
        hint.setWordWrap(True)
        style.set_tone(hint, Tone.MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        self.reload()
        changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.groups:  # registrations and attendance are entered in Gruppaktiviteter
            self.reload()

    def reload(self) -> None:
        rows = self.store.groups.for_client(self.client_id)
        self.model.set_records(rows)
        attended = sum(1 for r in rows if r.sessions_attended)
        self.summary.setText(
            self.tr("Inte anmäld till någon gruppaktivitet.") if not rows
            else self.tr("Anmäld till %1, deltagit i %2.").replace("%1", str(len(rows))).replace("%2", str(attended))
        )
