"""Gallring (Arkiv → Gallring…): the unit's disposal rules, the closed cases with whether the rules
allow disposing of them and why, holds, and the disposal of the chosen cases under a decision, each
with its archive copy first. ATAMA never disposes of anything on its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.exporters.service import Exports
from app.models.errors import AtamaError
from app.models.retention import MAX_YEARS, MIN_YEARS, CaseRetention, DisposalResult, may_dispose
from app.models.store import Store
from app.ui import style
from app.ui.background import run_with_store
from app.ui.changes import Change, announce, changes_of
from app.ui.file_dialogs import existing_directory
from app.ui.messages import ask_yes_no, run_validated, show_error
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import FlowLayout, WrappingCheckBox, scrolls_when_short
from app.ui.style import Tone
from app.ui.tables import read_only_table
from app.ui.widgets import FieldErrors, SpinBox

ARCHIVE_DIR_KEY = "archive_dir"
# shown through tr
INTRO = QT_TRANSLATE_NOOP("RetentionPage", "ATAMA gallrar aldrig av sig självt. Här ser du vilka avslutade ärenden "
                          "enhetens regler tillåter att gallra, och varför. Du gallrar de ärenden du markerar, enligt "
                          "ett gallringsbeslut: först sparas en arkivkopia (journalkopia, PDF) av varje ärende i "
                          "mappen du väljer, sedan raderas ärendet ur databasen (och klienten, om hen inte har fler "
                          "ärenden).")


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class RetentionModel(RecordTableModel):
    """The cases, with a check box on those the rules allow to dispose of."""

    def __init__(self, parent=None):
        super().__init__([
            (self.tr("Gallra"), lambda c: ""),
            (self.tr("Ärende"), lambda c: c.case_number),
            (self.tr("Klient"), lambda c: c.client_name),
            (self.tr("Personnummer"), lambda c: c.id_display),
            (self.tr("Avslutat"), lambda c: c.closed_date or ""),
            (self.tr("Sista anteckning"), lambda c: c.last_entry),
            (self.tr("Får gallras från"), lambda c: c.disposable_from),
            (self.tr("Bedömning"), lambda c: c.why),
        ], parent)
        self.checked: set[int] = set()

    def set_records(self, records) -> None:
        allowed = {r.case_id for r in records if r.may_dispose}
        self.checked &= allowed
        super().set_records(records)

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == 0 and self.records[index.row()].may_dispose:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            record = self.records[index.row()]
            if not record.may_dispose:
                return None
            return Qt.CheckState.Checked if record.case_id in self.checked else Qt.CheckState.Unchecked
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and not self.records[index.row()].may_dispose:
            from PySide6.QtGui import QColor

            return QColor(style.current().text[Tone.MUTED])
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole):
            return False
        record = self.records[index.row()]
        if not record.may_dispose:
            return False
        state = value.value if hasattr(value, "value") else value
        self.set_checked(record.case_id, state == Qt.CheckState.Checked.value)
        return True

    def set_checked(self, case_id: int, on: bool) -> None:
        (self.checked.add if on else self.checked.discard)(case_id)
        for row, record in enumerate(self.records):
            if record.case_id == case_id:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0), [Qt.ItemDataRole.CheckStateRole])

    def chosen(self) -> list[CaseRetention]:
        return [r for r in self.records if r.case_id in self.checked]


class RetentionRulesBox(QGroupBox):
    """Regler för gallring: the years after the last entry and the research sample (store.retention;
    an administrator's, retention.may_dispose: for others the fields are disabled, saying why).
    ``button``: a "Spara reglerna" of its own (Gallring); the settings window saves it with its other
    pages. Emits ``saved`` after a save went through."""

    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, button: bool = True):
        super().__init__(self.tr("Regler för gallring"), parent)
        self.store = store
        self.errors = FieldErrors()
        rules = store.retention.rules()
        self.years = SpinBox()
        self.years.setRange(MIN_YEARS, MAX_YEARS)
        self.years.setValue(rules.years)
        self.years.setSuffix(self.tr(" år"))
        self.years.setAccessibleName(self.tr("År efter sista anteckningen"))
        self.years.setMaximumWidth(110)
        self.keep_birthdays_row = WrappingCheckBox(self.tr(
            "Spara ärenden för personer födda den 5:e, 15:e och 25:e (forskningsurval)"))
        self.keep_birthdays = self.keep_birthdays_row.box
        self.keep_birthdays.setChecked(rules.keep_birthdays)
        self.keep_birthdays.setAccessibleName(self.tr("Spara födda den 5:e, 15:e och 25:e"))
        self.save_button = QPushButton(self.tr("S&para reglerna"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(button)
        allowed = may_dispose(store)
        for widget in (self.years, self.keep_birthdays_row, self.save_button):
            widget.setEnabled(allowed.ok)
            widget.setToolTip(allowed.reason)
        rules_form = QFormLayout(self)
        rules_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # the label above in a narrow page
        years_label = QLabel(self.tr("Gallras tidigast efter"))
        years_label.setBuddy(self.years)
        years_row = QHBoxLayout()
        years_row.addWidget(self.years)
        after = QLabel(self.tr("efter sista anteckningen i ärendet (patientdatalagen: minst 10 år)"))
        after.setWordWrap(True)
        years_row.addWidget(after, 1)
        rules_form.addRow(years_label, years_row)
        rules_form.addRow("", self.errors.label_for("years", self.years))
        rules_form.addRow("", self.keep_birthdays_row)
        if button:
            rules_form.addRow("", _left(self.save_button))

    def changed(self) -> bool:
        rules = self.store.retention.rules()
        return (self.years.value(), self.keep_birthdays.isChecked()) != (rules.years, rules.keep_birthdays)

    def save(self) -> bool:
        if not run_validated(self, self.errors, lambda: self.store.retention.set_rules(
                self.years.value(), self.keep_birthdays.isChecked())):
            return False
        self.saved.emit()
        return True


class RetentionPage(QWidget):
    """Emits ``disposed(case_ids, client_ids)`` before it announces the change, so the window can
    close the tabs of what no longer exists. Tests replace ``ask_folder``, ``ask_hold_reason`` and
    ``confirm``."""

    disposed = Signal(list, list)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.tab_key = ("retention", 0)
        self.errors = FieldErrors()
        self.result: DisposalResult | None = None

        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)

        # -- the rules
        self.rules_box = RetentionRulesBox(store)
        self.rules_box.saved.connect(self._rules_saved)
        self.years, self.keep_birthdays = self.rules_box.years, self.rules_box.keep_birthdays
        self.save_rules_button = self.rules_box.save_button

        # -- the cases
        self.show_kept = QCheckBox(self.tr("Visa &också ärenden som sparas"))
        self.show_kept.toggled.connect(self.refresh)
        self.model = RetentionModel(self)
        self.table = read_only_table(self.model, self.tr("Ärenden och gallring"))
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setObjectName("retention_count")
        self.check_all_button = QPushButton(self.tr("&Markera alla som får gallras"))
        self.check_all_button.clicked.connect(self.check_all)
        self.hold_button = QPushButton(self.tr("Gallrings&stopp…"))
        self.hold_button.clicked.connect(self.hold_selected)
        self.lift_button = QPushButton(self.tr("H&äv gallringsstopp"))
        self.lift_button.clicked.connect(self.lift_selected)
        cases_box = QGroupBox(self.tr("Avslutade ärenden"))
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.addWidget(self.show_kept)
        cases_layout.addWidget(self.table, 1)
        row = FlowLayout()  # onto more lines in a narrow page
        for button in (self.check_all_button, self.hold_button, self.lift_button):
            row.addWidget(button)
        row.addWidget(self.count_label)
        cases_layout.addLayout(row)

        # -- the disposal
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("t.ex. KS 2026/123 § 4"))
        self.reference.setAccessibleName(self.tr("Gallringsbeslut"))
        self.folder = QLineEdit(store.settings.get(ARCHIVE_DIR_KEY) or "")
        self.folder.setAccessibleName(self.tr("Mapp för arkivkopior"))
        folder_button = QPushButton(self.tr("Väl&j mapp…"))  # not Alt+V: that is the menu Visa
        folder_button.clicked.connect(self.choose_folder)
        self.dispose_button = QPushButton(self.tr("&Gallra markerade ärenden…"))
        self.dispose_button.clicked.connect(self.dispose)
        self.result_label = QLabel()
        self.result_label.setObjectName("retention_result")
        self.result_label.setWordWrap(True)
        dispose_box = QGroupBox(self.tr("Gallra"))
        dispose_form = QFormLayout(dispose_box)
        dispose_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        reference_label = QLabel(self.tr("Gallrings&beslut"))
        reference_label.setBuddy(self.reference)
        dispose_form.addRow(reference_label, self.reference)
        dispose_form.addRow("", self.errors.label_for("reference", self.reference))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(folder_button)
        folder_label = QLabel(self.tr("Mapp för ar&kivkopior"))
        folder_label.setBuddy(self.folder)
        dispose_form.addRow(folder_label, folder_row)
        dispose_form.addRow("", self.errors.label_for("cases", self.table))
        dispose_form.addRow("", _left(self.dispose_button))
        dispose_form.addRow("", self.result_label)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addWidget(self.rules_box)
        layout.addWidget(cases_box, 1)
        layout.addWidget(dispose_box)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scrolls_when_short(body))  # a short window (150–200 %): the page scrolls
        self.model.dataChanged.connect(lambda *_: self._update_count())
        self.refresh()
        changes_of(store).changed.connect(self._on_change)

    def title(self) -> str:
        return self.tr("Gallring")

    def flush(self) -> bool:
        return True  # nothing here saves as you type

    def _on_change(self, change: Change) -> None:
        if (change.cases or change.clients or change.all_clients or change.settings) and not change.made_by(self):
            self.refresh()

    def refresh(self) -> None:
        cases = self.store.retention.review()
        self._all = cases
        self.model.set_records(cases if self.show_kept.isChecked() else [c for c in cases if c.may_dispose])
        self.table.resizeColumnsToContents()
        self._update_count()

    def _update_count(self) -> None:
        allowed = sum(c.may_dispose for c in self._all)
        self.count_label.setText(self.tr("%1 av %2 avslutade ärenden får gallras · %3 markerade").replace(
            "%1", str(allowed)).replace("%2", str(len(self._all))).replace("%3", str(len(self.model.checked))))

    # -- rules and holds --------------------------------------------------------------------
    def save_rules(self) -> None:
        self.rules_box.save()

    def _rules_saved(self) -> None:
        self.refresh()
        announce(self.store, Change(settings=True), source=self)

    def check_all(self) -> None:
        for record in self.model.records:
            if record.may_dispose:
                self.model.set_checked(record.case_id, True)

    def _selected(self) -> CaseRetention | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def ask_hold_reason(self, case: CaseRetention) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Gallringsstopp"), self.tr(
            "Varför ska ärende %1 sparas?").replace("%1", case.case_number))
        return text if ok else None

    def hold_selected(self) -> None:
        case = self._selected()
        if case is None:
            return
        reason = self.ask_hold_reason(case)
        if reason is None:
            return
        try:
            self.store.retention.hold(case.case_id, reason)
        except AtamaError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def lift_selected(self) -> None:
        case = self._selected()
        if case is None or not case.hold_reason:
            return
        try:
            self.store.retention.lift_hold(case.case_id)
        except AtamaError as exc:
            show_error(self, exc)
            return
        self.refresh()

    # -- the disposal -----------------------------------------------------------------------
    def ask_folder(self) -> str | None:
        chosen = existing_directory(self, self.tr("Mapp för arkivkopior"), self.folder.text() or str(Path.home()))
        return chosen or None

    def choose_folder(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self.folder.setText(chosen)

    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.tr("Gallra"), text)

    def dispose(self) -> None:
        chosen = self.model.chosen()
        ids = [c.case_id for c in chosen]
        reference = self.reference.text()
        if not run_validated(self, self.errors, lambda: self.store.retention.check_disposal(ids, reference)):
            return
        folder = self.folder.text().strip() or self.ask_folder()
        if not folder:
            return
        self.folder.setText(folder)
        count = self.tr("1 ärende") if len(ids) == 1 else self.tr("%1 ärenden").replace("%1", str(len(ids)))
        if not self.confirm(self.tr(
                "Gallra %1 enligt gallringsbeslut %2?\n\nFör varje ärende sparas först en arkivkopia (PDF) i\n%3\n\n"
                "Sedan raderas ärendet och allt i det ur databasen, och klienten om hen inte har fler ärenden. Det går "
                "inte att ångra.").replace("%1", count).replace("%2", reference.strip()).replace("%3", folder)):
            return
        try:
            self.result = run_with_store(self, self.tr("Gallrar %1…").replace("%1", count), self.store,
                                         lambda store: Exports(store).dispose(ids, reference, folder))
        except AtamaError as exc:
            show_error(self, exc, self.tr("Gallringen stoppades"))
            self._after(None)
            return
        self.store.settings.set(ARCHIVE_DIR_KEY, folder)
        self._after(self.result)

    def _after(self, result: DisposalResult | None) -> None:
        """Close what no longer exists, tell the other screens, show the outcome."""
        remaining = {c.case_id for c in self.store.retention.review()}
        gone = [c for c in self._all if c.case_id not in remaining]
        clients = [c.client_id for c in gone
                   if not self.store.query_value("SELECT 1 FROM clients WHERE id = ?", (c.client_id,))]
        if gone:
            self.disposed.emit([c.case_id for c in gone], clients)
            announce(self.store, Change(cases=frozenset(c.case_id for c in gone),
                                        clients=frozenset(c.client_id for c in gone)), source=self)
        self.result_label.setText(result.summary if result is not None else
                                  self.tr("%1 ärenden gallrades innan gallringen stoppades.").replace(
                                      "%1", str(len(gone))))
        self.refresh()
