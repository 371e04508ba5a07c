"""AWP against AWC on an administration's results page: "Jämför med arbetets krav (AWC)" opens a
table, item by item, of the work task's demand, the person's performance and whether the demand is
above it (said in words; the row is also bold), with a count per domain. Which AWP and which AWC
are chosen when the case has several. The rules are in app/models/work_match.py."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models import work_match
from app.models.assessments import Assessment
from app.models.errors import RuleError
from app.models.store import Store
from app.ui import style
from app.ui.record_model import RecordTableModel
from app.ui.tables import read_only_table
from app.ui.widgets import ComboBox, wrapped_label

TITLE = QT_TRANSLATE_NOOP("WorkMatchSection", "Arbetsförmåga mot arbetets krav (AWP/AWC)")  # shown through tr
OPEN = QT_TRANSLATE_NOOP("WorkMatchSection", "&Jämför med arbetets krav (AWC)")
CLOSE = QT_TRANSLATE_NOOP("WorkMatchSection", "&Dölj jämförelsen")


translate = QCoreApplication.translate  # pyside6-lupdate finds translate("Context", "…") calls


def _rating_text(text: str) -> str:
    """The model's words for a missing rating in the screen's language; a scale step's label is the
    instrument's own (Swedish)."""
    if text == "Ej bedömd":
        return translate("WorkMatchSection", "Ej bedömd")
    if text.startswith("Finns inte i "):
        return translate("WorkMatchSection", "Finns inte i %1").replace("%1", text.removeprefix("Finns inte i "))
    return text


def _verdict(item: work_match.ItemMatch) -> str:
    """The model's verdict in the screen's words (the model's go into the report)."""
    if item.gap is not None:
        if item.gap:
            return translate("WorkMatchSection", "Ja – %1 steg").replace("%1", str(item.gap))
        return translate("WorkMatchSection", "Nej")
    return translate("WorkMatchSection", "Ej jämförd")


class ItemMatchModel(RecordTableModel):
    """The items of a WorkMatch; a row with a gap is bold and shaded as well as saying so."""

    def __init__(self, parent=None):
        super().__init__(self.columns_for("AWC", "AWP"), parent)

    @staticmethod
    def columns_for(demand: str, performance: str) -> list:
        return [
            (translate("WorkMatchSection", "Färdighet"), lambda i: f"{i.number}. {i.label}"),  # AWP's items are skills
            (translate("WorkMatchSection", "Krav (%1)").replace("%1", demand), lambda i: _rating_text(i.demand_text)),
            (translate("WorkMatchSection", "Utförande (%1)").replace("%1", performance),
             lambda i: _rating_text(i.performance_text)),
            (translate("WorkMatchSection", "Glapp (krav över utförande)"), _verdict),
        ]

    def show(self, found: work_match.WorkMatch | None) -> None:
        if found is not None:
            self.columns = self.columns_for(found.demands.definition.short_name,
                                            found.performance.definition.short_name)
        self.set_records(found.items if found is not None else [])
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and self.records[index.row()].has_gap:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:  # the report's shade for a gap's row, as light or dark
                return QColor(style.current().shade[0])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(style.current().shade[1])
        return super().data(index, role)


def _choice_text(a: Assessment) -> str:
    d = a.definition
    task = a.texts.get(work_match.WORK_TASK_FIELD, "").strip()
    assessor = a.assessor or translate("WorkMatchSection", "okänd bedömare")
    return f"{d.short_name} {d.version}, {a.assessment_date}" + (f" – {task}" if task else "") + f" ({assessor})"


class WorkMatchSection(QWidget):
    """The section: the button, then (once opened) the two choices, which they are, the tables."""

    def __init__(self, store: Store, assessment: Assessment, found: work_match.Candidates,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.assessment = assessment
        self.found = found
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<h3>{self.tr(TITLE)}</h3>"))
        self.open_button = QPushButton(self.tr(OPEN))
        self.open_button.setObjectName("open_work_match")
        self.open_button.clicked.connect(self.toggle)
        self.note = wrapped_label("")
        self.note.setObjectName("work_match_note")
        self.note.setVisible(not found.any_pair)
        layout.addWidget(self.note)
        if not found.any_pair:
            self.note.setText(self.tr("Det finns ingen klar AWP i ärendet att ställa arbetets krav mot.")
                              if found.demands else
                              self.tr("Det finns ingen klar AWC i ärendet: jämförelsen görs när bedömningen av "
                                      "arbetets krav är markerad som klar."))
            self.open_button.setEnabled(False)
            self.open_button.setToolTip(self.note.text())
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body = QWidget()
        self.body.setVisible(False)
        layout.addWidget(self.body)
        self._build_body()

    def _build_body(self) -> None:
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        self.performance_choice = ComboBox()
        self.performance_choice.setAccessibleName(self.tr("Arbetsförmåga (AWP) att jämföra"))
        self.demand_choice = ComboBox()
        self.demand_choice.setAccessibleName(self.tr("Arbetets krav (AWC) att jämföra"))
        for combo, records in ((self.performance_choice, self.found.performances),
                               (self.demand_choice, self.found.demands)):
            for a in records:
                combo.addItem(_choice_text(a), a.id)
            combo.setCurrentIndex(combo.count() - 1)  # the latest
        this = self.assessment.id
        for combo in (self.performance_choice, self.demand_choice):
            if combo.findData(this) >= 0:  # the administration whose results these are
                combo.setCurrentIndex(combo.findData(this))
        for row, (text, combo) in enumerate(((self.tr("Arbetsför&måga (AWP):"), self.performance_choice),
                                             (self.tr("Arbetets &krav (AWC):"), self.demand_choice))):
            label = QLabel(text)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
        grid.addWidget(self.performance_choice, 0, 1)
        grid.addWidget(self.demand_choice, 1, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.description = wrapped_label("")
        self.description.setTextFormat(Qt.TextFormat.PlainText)  # the work task is the user's text
        self.description.setObjectName("work_match_description")
        layout.addWidget(self.description)
        self.gap_list = wrapped_label("")
        self.gap_list.setTextFormat(Qt.TextFormat.PlainText)
        self.gap_list.setObjectName("work_match_gaps")
        layout.addWidget(self.gap_list)
        self.items = ItemMatchModel(self)
        self.items_table = read_only_table(self.items, self.tr("Arbetets krav mot utförandet, färdighet för färdighet"))
        layout.addWidget(self.items_table)
        self.domains = RecordTableModel([
            (self.tr("Område"), lambda d: d.label),
            (self.tr("Jämförda"), lambda d: self.tr("%1 av %2").replace("%1", str(d.compared))
             .replace("%2", str(d.items))),
            (self.tr("Med glapp"), lambda d: d.gaps),
        ], self)
        self.domains_table = read_only_table(self.domains, self.tr("Glapp per område"))
        layout.addWidget(self.domains_table)
        layout.addWidget(wrapped_label(self.tr(
            "Glapp: arbetsuppgiften kräver mer av färdigheten än personens utförande visade, räknat i skalsteg "
            "(kravet från minsta kravet, utförandet från det svagaste steget).")))
        self.performance_choice.currentIndexChanged.connect(self.refresh)
        self.demand_choice.currentIndexChanged.connect(self.refresh)

    def _description(self, found: work_match.WorkMatch) -> str:
        """Which administrations are compared, in the screen's words (the model's go into the report)."""
        p, d = found.performance, found.demands
        text = (self.tr("%1 %2 den %3 mot %4 %5 den %6 (arbetsuppgift: %7)") if found.work_task
                else self.tr("%1 %2 den %3 mot %4 %5 den %6 (arbetsuppgiften inte angiven)"))
        values = (p.definition.short_name, p.definition.version, p.assessment_date, d.definition.short_name,
                  d.definition.version, d.assessment_date, found.work_task)
        return re.sub(r"%([1-7])", lambda m: values[int(m.group(1)) - 1], text)

    def toggle(self) -> None:
        """The button: shows the comparison and moves the keyboard to its table, or hides it."""
        if self.body.isVisible():
            self.body.setVisible(False)
            self.open_button.setText(self.tr(OPEN))
            return
        self.body.setVisible(True)
        self.open_button.setText(self.tr(CLOSE))
        self.refresh()
        self.items_table.setFocus()
        tab = self.parentWidget()  # a long results page: scroll to what opened (a walk saw nothing change)
        while tab is not None and not hasattr(tab, "bring_into_view"):
            tab = tab.parentWidget()
        if tab is not None:
            tab.bring_into_view(self.body)

    def refresh(self) -> None:
        self.match: work_match.WorkMatch | None = None
        try:
            self.match = work_match.match(self.store, self.performance_choice.currentData(),
                                          self.demand_choice.currentData())
        except RuleError as exc:  # e.g. scales of different length: said here, the tables empty
            self.description.setText(str(exc))
            self.gap_list.setVisible(False)
        else:
            gaps = self.match.gaps
            self.description.setText(
                f"{self._description(self.match)}. "
                + (self.tr("Glapp i %1 av %2 färdigheter:").replace("%1", str(len(gaps))).replace(
                    "%2", str(len(self.match.items)))
                   if gaps else self.tr("Ingen färdighet har ett krav över utförandet.")))
        # the skills with a gap on a line of their own: the instrument's (Swedish) labels
        self.gap_list.setText(", ".join(f"{i.number}. {i.label}" for i in gaps) + "." if gaps else "")
        self.gap_list.setVisible(bool(gaps))
        self.items.show(self.match)
        self.domains.set_records(self.match.domains if self.match is not None else [])
        for table in (self.items_table, self.domains_table):
            table.resizeColumnsToContents()
            table.setFixedHeight(table.horizontalHeader().height() + table.verticalHeader().length() + 4)


def add_work_match(store: Store, assessment: Assessment, layout: QVBoxLayout) -> WorkMatchSection | None:
    """The section on the results of an AWP or an AWC (an instrument set against another); None,
    and nothing added, for the other instruments or an AWP whose case has no AWC."""
    found = work_match.candidates(store, assessment.case_id)
    is_demand = assessment.definition.set_against is not None
    targets = {a.definition.set_against for a in found.demands}
    if not is_demand and assessment.instrument_id not in targets:
        return None
    section = WorkMatchSection(store, assessment, found)
    layout.addWidget(section)
    return section
