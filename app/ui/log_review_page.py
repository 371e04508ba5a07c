"""Loggkontroll: the access log reviewed (R5). Filters (user, client, period, action) and the result
list; the ready list of openings of others' cases; a random sample of N rows; the review stored with
its findings, and the reviews stored before; the list on screen to Excel. Every query and rule is in
app/models/access_log.py; this page asks and shows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from app.models.access_log import ACTION_LABELS, SEARCH_LIMIT, period_bounds
from app.models.errors import AtamaError, ValidationError
from app.models.log_entries import LogFilter
from app.models.store import Store
from app.ui.changes import Change, changes_of
from app.ui.empty_state import empty_state
from app.ui.i18n_people import user_text
from app.ui.messages import run_validated
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import FlowLayout, in_a_row, scrolls_when_short
from app.ui.tables import read_only_table
from app.ui.widgets import ComboBox, DateEdit, FieldErrors, SpinBox, text_edit
from app.ui.window_state import remember_splitter

translate = QCoreApplication.translate  # translate("Context", "…"): pyside6-lupdate finds these

# The actions' labels on this screen, in its language (the log's Excel and the client's extract keep
# app/models/log_actions.py's Swedish ones); tests/ui/test_english_f-m.py checks that none is missing.
ACTION_TEXTS = (
    QT_TRANSLATE_NOOP("LogAction", "Öppnade klient"),
    QT_TRANSLATE_NOOP("LogAction", "Öppnade ärende"),
    QT_TRANSLATE_NOOP("LogAction", "Läste dokument"),
    QT_TRANSLATE_NOOP("LogAction", "Skrev"),
    QT_TRANSLATE_NOOP("LogAction", "Signerade"),
    QT_TRANSLATE_NOOP("LogAction", "Rättade"),
    QT_TRANSLATE_NOOP("LogAction", "Makulerade"),
    QT_TRANSLATE_NOOP("LogAction", "Exporterade"),
    QT_TRANSLATE_NOOP("LogAction", "Skrev ut"),
    QT_TRANSLATE_NOOP("LogAction", "Importerade"),
    QT_TRANSLATE_NOOP("LogAction", "Säkerhetskopierade"),
    QT_TRANSLATE_NOOP("LogAction", "Återställde"),
    QT_TRANSLATE_NOOP("LogAction", "Ändrade inställningar"),
    QT_TRANSLATE_NOOP("LogAction", "Ändrade behörighet"),
    QT_TRANSLATE_NOOP("LogAction", "Loggade in"),
    QT_TRANSLATE_NOOP("LogAction", "Misslyckad inloggning"),
    QT_TRANSLATE_NOOP("LogAction", "Låste programmet"),
    QT_TRANSLATE_NOOP("LogAction", "Loggade ut"),
    QT_TRANSLATE_NOOP("LogAction", "Begäran om radering"),
    QT_TRANSLATE_NOOP("LogAction", "Gallrade"),
    QT_TRANSLATE_NOOP("LogAction", "Loggkontroll"),
)


def action_text(action: str) -> str:
    """An action's label in the screens' language."""
    return translate("LogAction", ACTION_LABELS.get(action, action))



def result_columns():
    return [
        (translate("LogReviewPage", "Tid"), lambda e: e.at[:16]),
        (translate("LogReviewPage", "Användare"), lambda e: e.user_name),
        (translate("LogReviewPage", "Enhet"), lambda e: e.unit),
        (translate("LogReviewPage", "Händelse"), lambda e: action_text(e.action)),
        (translate("LogReviewPage", "Klient"),
         lambda e: f"{e.client_name}, {e.client_number}" if e.client_name else ""),
        (translate("LogReviewPage", "Ärende"), lambda e: e.case_number),
        (translate("LogReviewPage", "Ansvarig för ärendet"), lambda e: e.responsible_name),
        (translate("LogReviewPage", "Vad"), lambda e: e.what),
    ]


def review_columns():
    return [
        (translate("LogReviewPage", "Granskad"), lambda r: r.reviewed_at[:16]),
        (translate("LogReviewPage", "Av"), lambda r: r.reviewer_name),
        (translate("LogReviewPage", "Period"), lambda r: f"{r.period_start} – {r.period_end}"),
        (translate("LogReviewPage", "Urval"), lambda r: r.looked_at),  # stored as the review was saved: in Swedish
        (translate("LogReviewPage", "Fynd"), lambda r: r.findings),
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
        for key in ACTION_LABELS:
            self.action.addItem(action_text(key), str(key))
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
        self.model = RecordTableModel(result_columns(), self)
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
        self.reviews_model = RecordTableModel(review_columns(), self)
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
            self.user.addItem(user_text(user), user.id)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0))

    def _period(self) -> dict:
        return {"start": self.start.iso(), "end": self.end.iso()}

    def _show(self, log_filter: LogFilter) -> bool:
        """Run ``log_filter`` and show it; a refusal at its field. True when shown."""
        def run() -> None:
            entries = self.store.access_log.entries(log_filter)
            self.model.set_records(entries)
            self.shown = log_filter
            text = self.describe(log_filter)
            if log_filter.sample:
                count = self.tr("%n rader, äldst först", "", len(entries))
            elif len(entries) >= SEARCH_LIMIT:
                count = self.tr("de %1 senaste raderna visas (Excel tar med fler)").replace("%1", str(SEARCH_LIMIT))
            else:
                count = self.tr("%n rader, senast först", "", len(entries))
            self.heading.setText(f"{text}: {count}")
            self.heading.setAccessibleName(self.heading.text())
            if entries:
                self.table.selectRow(0)
        return run_validated(self, self.errors, run)

    def describe(self, log_filter: LogFilter) -> str:
        """The selection in words on screen (store.access_log.describe is the Swedish one a saved
        review and the Excel keep)."""
        f = log_filter
        first, after = period_bounds(f.start, f.end)
        last = (dt.date.fromisoformat(after) - dt.timedelta(days=1)).isoformat() if after else None
        if first or last:
            period = (self.tr("%1 – %2").replace("%1", first or self.tr("början"))
                      .replace("%2", last or self.tr("i dag")))
        else:
            period = self.tr("hela loggen")
        if f.sample:
            text = self.tr("Stickprov om %1 rader, %2").replace("%1", str(f.sample)).replace("%2", period)
            return text + (self.tr(" (frö %1)").replace("%1", str(f.seed)) if f.seed is not None else "")
        if f.others_cases:
            return self.tr("Öppnade ärenden där användaren inte var ansvarig, %1").replace("%1", period)
        parts = []
        if f.user_id is not None:
            user = next((u.name for u in self.store.users.all() if u.id == f.user_id), str(f.user_id))
            parts.append(self.tr("användare %1").replace("%1", user))
        if f.client_id is not None:
            client = self.store.clients.get(f.client_id)
            parts.append(self.tr("klient %1 (%2)").replace("%1", client.full_name).replace("%2", client.id_display))
        if f.action:
            parts.append(self.tr("händelse %1").replace("%1", action_text(f.action).lower()))
        return self.tr("Sökning: %1, %2").replace("%1", ", ".join(parts) or self.tr("alla rader")).replace("%2", period)

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
        name = f"Åtkomstlogg {shown.start or ''}–{shown.end or ''}.xlsx"  # the workbook is Swedish
        return ExportRunner(self.store, self).run(name, self.tr("Skapar filen…"),
                                                  lambda exports, path: exports.access_log(path, shown))

    def _on_change(self, change: Change) -> None:
        if change.settings:
            self._fill_users()
