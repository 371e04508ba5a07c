"""A client: details, and their cases (double-click or Enter opens one)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.models.vocab import CASE_STATUSES, EDUCATION, GENDERS
from app.ui import style
from app.ui.case_dialog import CaseDialog
from app.ui.changes import Change, announce, changes_of
from app.ui.client_dialog import ClientDialog
from app.ui.client_texts import id_text
from app.ui.current_step_text import current_step_text
from app.ui.empty_state import empty_state
from app.ui.i18n import data_text
from app.ui.record_model import RecordTableModel
from app.ui.style import Tone
from app.ui.tables import read_only_table


class ClientPage(QWidget):
    openCase = Signal(int)

    def __init__(self, store: Store, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.client_id = client_id
        self.tab_key = ("client", client_id)
        self.details = QLabel()
        self.details.setObjectName("client_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        edit_button = QPushButton(self.tr("Ändra &klientuppgifter…"))
        edit_button.clicked.connect(self.edit_client)
        self.new_case_button = QPushButton(self.tr("&Nytt ärende…"))
        self.new_case_button.clicked.connect(self.new_case)
        self.erasure_button = QPushButton(self.tr("Begäran om ra&dering…"))
        self.erasure_button.setToolTip(self.tr("Registrera klientens begäran om radering och skapa svarsbrevet"))
        self.erasure_button.clicked.connect(self.erasure_request)

        self.cases_model = RecordTableModel([
            (self.tr("Ärende"), lambda c: c.case_number),
            (self.tr("Remiss"), lambda c: c.referral_date),
            (self.tr("Remittent"), lambda c: data_text(c.referred_by_label)),
            (self.tr("Målgrupp"), lambda c: data_text(c.target_group_label)),
            (self.tr("Steg"), lambda c: current_step_text(self._steps.get(c.id, ""))),
            (self.tr("Ansvarig"), lambda c: c.responsible_name or ""),
            (self.tr("Status"), lambda c: data_text(CASE_STATUSES.label(c.status))),
        ], self)
        self._steps: dict[int, str] = {}
        self._client = None
        self.cases = read_only_table(self.cases_model, self.tr("Klientens ärenden"))
        empty_state(self.cases, self.tr("Klienten har inga ärenden ännu. Öppna ett med Nytt ärende."))
        self.cases.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.cases.activated.connect(lambda index: self.openCase.emit(self.cases_model.record(index.row()).id))

        buttons = QHBoxLayout()
        buttons.addWidget(edit_button)
        buttons.addWidget(self.new_case_button)
        buttons.addWidget(self.erasure_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("<b>" + self.tr("Ärenden") + "</b>"))
        layout.addWidget(self.cases, 1)
        self.refresh()
        changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        # the details, and each case's current step (announced with the case's client)
        if change.touches_client(self.client_id) and not change.made_by(self):
            self.refresh()

    def title(self) -> str:
        return self.store.clients.get(self.client_id).full_name

    def restyle(self) -> None:
        """Light or dark changed (app/ui/style.py): the protected identity's flag in the new colour
        (from the client as last read: a page of a closed window may still be about)."""
        if self._client is not None:
            self._show_details(self._client)

    def refresh(self) -> None:
        self._client = client = self.store.clients.get(self.client_id)
        self._show_details(client)
        cases = self.store.cases.for_client(self.client_id)
        self._steps = self.store.process.current_steps([c.id for c in cases])
        self.cases_model.set_records(cases)

    def _show_details(self, client) -> None:
        flags = []
        if client.protected_identity:
            flags.append(style.tone_html(self.tr("Skyddad identitet"), Tone.ERROR, bold=True))
        if client.anonymous_in_stats:
            flags.append(self.tr("Anonym i statistik"))
        contact = ", ".join(x for x in (client.phone, client.email) if x)
        self.details.setText(
            f"<h2>{escape(client.full_name)}</h2>"
            f"{escape(id_text(client.id_display))} · {data_text(GENDERS.label(client.gender))} · "
            + self.tr("Utbildning: %1").replace("%1", data_text(EDUCATION.label(client.education)).lower())
            + (f"<br>{escape(contact)}" if contact else "")
            + (f"<br>{escape(client.address)}".replace("\n", "<br>") if client.address else "")
            + (f"<br>{' · '.join(flags)}" if flags else "")
        )

    def flush(self) -> bool:
        return True  # nothing here saves as you type

    def edit_client(self) -> None:
        dialog = ClientDialog(self.store, self.store.clients.get(self.client_id), self)
        if dialog.exec():
            self.refresh()
            announce(self.store, Change.client(self.client_id), source=self)

    def new_case(self) -> None:
        dialog = CaseDialog(self.store, self.client_id, parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh()
            announce(self.store, Change.case(dialog.saved.id, self.client_id), source=self)
            self.openCase.emit(dialog.saved.id)

    def erasure_request(self) -> None:
        from app.ui.erasure_dialog import ErasureDialog

        ErasureDialog(self.store, self.client_id, self).exec()  # records and answers; changes nothing shown
