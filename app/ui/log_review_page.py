"""Loggkontroll: the access log reviewed (R5). Filters (user, client, period, action) and the result
list; the ready list of openings of others' cases; a random sample of N rows; the review stored with
its findings, and the reviews stored before; the list on screen to Excel. Every query and rule is in
app/models/access_log.py; this page asks and shows."""

from __future__ import annotations

import dataclasses
import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.access_log import ACTION_LABELS, SEARCH_LIMIT, LogFilter
from app.models.errors import AtamaError, ValidationError
from app.models.store import Store
from app.ui.changes import Change, changes_of
from app.ui.empty_state import empty_state
from app.ui.messages import run_validated
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import FlowLayout, in_a_row, scrolls_when_short
from app.ui.tables import read_only_table
from app.ui.widgets import ComboBox, DateEdit, FieldErrors, SpinBox, text_edit
from app.ui.window_state import remember_splitter

RESULT_COLUMNS = [
    ("Tid", lambda e: e.at[:16]),
    ("Användare", lambda e: e.user_name),
    ("Enhet", lambda e: e.unit),
    ("Händelse", lambda e: e.action_label),
    ("Klient", lambda e: f"{e.client_name}, {e.client_number}" if e.client_name else ""),
    ("Ärende", lambda e: e.case_number),
    ("Ansvarig för ärendet", lambda e: e.responsible_name),
    ("Vad", lambda e: e.what),
]
REVIEW_COLUMNS = [
    ("Granskad", lambda r: r.reviewed_at[:16]),
    ("Av", lambda r: r.reviewer_name),
    ("Period", lambda r: f"{r.period_start} – {r.period_end}"),
    ("Urval", lambda r: r.looked_at),
    ("Fynd", lambda r: r.findings),
]


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class LogReviewPage(QWidget):
    """One tab. ``shown`` is the selection on screen: what "Spara granskning" records as looked at
    and what "Exportera (Excel)" writes."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.tab_key = ("log_review", 0)
        self.errors = FieldErrors()
        self.shown = LogFilter()

        # -- the filters ----------------------------------------------------------------------
        self.user = ComboBox()
        self.user.setAccessibleName(self.tr("Användare"))
        self.client = QLineEdit()
        self.client.setAccessibleName(self.tr("Klient"))
        self.client.setPlaceholderText(self.tr("Personnummer eller namn (tomt: alla)"))
        self.client.returnPressed.connect(self.search)
        self.start = DateEdit(self.tr("Periodens första dag"))
        self.end = DateEdit(self.tr("Periodens sista dag"))
        self.start.set_iso(store.today().replace(day=1))
        self.end.set_iso(store.today())
        self.action = ComboBox()
        self.action.setAccessibleName(self.tr("Händelse"))
        self.action.addItem(self.tr("Alla händelser"), "")
        for key, label in ACTION_LABELS.items():
            self.action.addItem(label, str(key))
        self._fill_users()

        # Mnemonics: none of the menu bar's (Alt+A Arkiv, R Redigera, V Visa, E Export, H Hjälp)
        self.search_button = QPushButton(self.tr("&Sök"))
        self.search_button.setAccessibleName(self.tr("Sök i loggen"))
        self.search_button.clicked.connect(self.search)
        self.others_button = QPushButton(self.tr("An&dras ärenden"))
        self.others_button.setAccessibleName(self.tr("Andras ärenden: öppningar av ärenden där användaren inte var "
                                                     "ansvarig, under perioden"))
        self.others_button.clicked.connect(self.show_others_cases)
        self.sample_size = SpinBox()
        self.sample_size.setRange(1, 1000)
        self.sample_size.setValue(20)
        self.sample_size.setAccessibleName(self.tr("Antal rader i stickprovet"))
        self.sample_button = QPushButton(self.tr("Stick&prov"))
        self.sample_button.setAccessibleName(self.tr("Stickprov: slumpvis valda rader under perioden"))
        self.sample_button.clicked.connect(self.show_sample)
        self.export_button = QPushButton(self.tr("E&xportera (Excel)…"))
        self.export_button.setAccessibleName(self.tr("Exportera listan till Excel"))
        self.export_button.clicked.connect(self.export)

        # each field with its label (and error) on a line of its own once the page is narrow
        filters = QGroupBox(self.tr("Urval"))
        self.client.setMinimumWidth(240)
        fields = FlowLayout()
        fields.addWidget(in_a_row(_buddy(self.tr("Anv&ändare:"), self.user), self.user))
        fields.addWidget(in_a_row(_buddy(self.tr("&Klient:"), self.client), self.client,
                                  below=self.errors.label_for("client", self.client)))
        fields.addWidget(in_a_row(_buddy(self.tr("&Från:"), self.start), self.start,
                                  below=self.errors.label_for("start", self.start)))
        fields.addWidget(in_a_row(_buddy(self.tr("&Till:"), self.end), self.end,
                                  below=self.errors.label_for("end", self.end)))
        fields.addWidget(in_a_row(_buddy(self.tr("Hände&lse:"), self.action), self.action))
        buttons = FlowLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.others_button)
        buttons.addWidget(in_a_row(_buddy(self.tr("A&ntal:"), self.sample_size), self.sample_size,
                                   self.sample_button))
        buttons.addWidget(self.export_button)
        grid = QVBoxLayout(filters)
        grid.addLayout(fields)
        grid.addLayout(buttons)

        # -- the list -------------------------------------------------------------------------
        self.heading = QLabel()
        self.heading.setObjectName("log_heading")
        self.heading.setWordWrap(True)
        self.model = RecordTableModel(RESULT_COLUMNS, self)
        self.table = read_only_table(self.model, self.tr("Loggrader"))
        empty_state(self.table, self.tr("Inga loggrader med de valda villkoren. Ändra villkoren ovan och sök igen."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 140, 150, 130, 200, 80, 140)):
            self.table.setColumnWidth(column, width)

        # -- the review -----------------------------------------------------------------------
        self.findings = text_edit(self.tr("Fynd"), height=90)
        self.findings.setPlaceholderText(self.tr("Vad granskningen visade, t.ex. ”Inga avvikelser” eller vad som "
                                                 "ska följas upp och med vem."))
        self.save_button = QPushButton(self.tr("Spara &granskning"))
        self.save_button.setAccessibleName(self.tr("Spara granskningen av listan ovan med fynden"))
        self.save_button.clicked.connect(self.save_review)
        self.reviews_model = RecordTableModel(REVIEW_COLUMNS, self)
        self.reviews = read_only_table(self.reviews_model, self.tr("Sparade granskningar"))
        self.reviews.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 140, 170, 320)):
            self.reviews.setColumnWidth(column, width)
        review_box = QGroupBox(self.tr("Granskning"))
        review_layout = QGridLayout(review_box)
        review_layout.addWidget(_buddy(self.tr("F&ynd:"), self.findings), 0, 0)
        review_layout.addWidget(self.findings, 0, 1)
        review_layout.addWidget(self.errors.label_for("findings", self.findings), 1, 1)
        review_layout.addWidget(self.save_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        review_layout.addWidget(_buddy(self.tr("Sparade granskn&ingar:"), self.reviews), 3, 0, 1, 2)
        review_layout.addWidget(self.reviews, 4, 0, 1, 2)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heading)
        top_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(review_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        remember_splitter(splitter, "log_review")  # where the user last left it
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(filters)
        layout.addWidget(splitter, 1)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scrolls_when_short(body))  # a short window (150–200 %): the page scrolls
        self.search()
        self._show_reviews()
        changes_of(store).changed.connect(self._on_change)

    def title(self) -> str:
        return self.tr("Loggkontroll")

    def flush(self) -> bool:
        """Findings typed but not saved are not lost without a question (a review is saved on purpose)."""
        return not self.findings.toPlainText().strip()

    # -- the selections -------------------------------------------------------------------------
    def _fill_users(self) -> None:
        chosen = self.user.currentData()
        self.user.clear()
        self.user.addItem(self.tr("Alla användare"), None)
        for user in self.store.users.all():
            self.user.addItem(user.display, user.id)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0))

    def _period(self) -> dict:
        return {"start": self.start.iso(), "end": self.end.iso()}

    def _show(self, log_filter: LogFilter) -> bool:
        """Run ``log_filter`` and show it; a refusal at its field. True when shown."""
        def run() -> None:
            entries = self.store.access_log.entries(log_filter)
            self.model.set_records(entries)
            self.shown = log_filter
            text = self.store.access_log.describe(log_filter)
            if log_filter.sample:
                count = self.tr("%1 rader, äldst först").replace("%1", str(len(entries)))
            elif len(entries) >= SEARCH_LIMIT:
                count = self.tr("de %1 senaste raderna visas (Excel tar med fler)").replace("%1", str(SEARCH_LIMIT))
            else:
                count = self.tr("%1 rader, senast först").replace("%1", str(len(entries)))
            self.heading.setText(f"{text}: {count}")
            self.heading.setAccessibleName(self.heading.text())
            if entries:
                self.table.selectRow(0)
        return run_validated(self, self.errors, run)

    def search(self) -> bool:
        client_id = None
        text = self.client.text().strip()
        if text:
            try:
                client_id = self.store.access_log.client_for(text)
            except AtamaError as exc:
                message = "; ".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
                self.errors.show({"client": message})
                return False
        return self._show(LogFilter(user_id=self.user.currentData(), client_id=client_id,
                                    action=self.action.currentData() or None, **self._period()))

    def show_others_cases(self) -> bool:
        return self._show(LogFilter(others_cases=True, **self._period()))

    def show_sample(self) -> bool:
        seed = random.randrange(1, 1_000_000)  # kept in the selection: the export writes the same rows
        return self._show(LogFilter(sample=self.sample_size.value(), seed=seed, **self._period()))

    # -- the review -----------------------------------------------------------------------------
    def save_review(self) -> bool:
        shown = self.shown

        def save() -> None:
            self.store.access_log.record_review(shown.start, shown.end, self.store.access_log.describe(shown),
                                                self.findings.toPlainText())
        if not run_validated(self, self.errors, save):
            return False
        self.findings.clear()
        self._show_reviews()
        return True

    def _show_reviews(self) -> None:
        self.reviews_model.set_records(self.store.access_log.reviews())

    def export(self):
        from app.ui.export_actions import ExportRunner

        shown = dataclasses.replace(self.shown)
        name = f"Åtkomstlogg {shown.start or ''}–{shown.end or ''}.xlsx"
        return ExportRunner(self.store, self).run(name, self.tr("Skapar filen…"),
                                                  lambda exports, path: exports.access_log(path, shown))

    def _on_change(self, change: Change) -> None:
        if change.settings:
            self._fill_users()
