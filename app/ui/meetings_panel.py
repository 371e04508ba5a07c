"""Samverkansmöten of a case: the list (when, kind, status, organisations), Planera möte… (also
Ctrl+Shift+M), Enter on a row opens it (its plan while planned, its record once held), Registrera
mötet… documents a planned one, Åtgärder… marks a held one's actions done (signed or not), Ställ
in… cancels it, Makulera… strikes a draft out (each with its reason). The rules are the model's (store.meetings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.meetings import CANCELLED, HELD, PLANNED, CollabMeeting
from app.models.store import Store
from app.ui.changes import Change, announce, changes_of
from app.ui.empty_state import empty_state
from app.ui.i18n import data_text
from app.ui.meeting_actions_dialog import MeetingActionsDialog
from app.ui.meeting_plan_dialog import MeetingPlanDialog
from app.ui.meeting_record_dialog import MeetingRecordDialog
from app.ui.meeting_rows import about_text
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import FlowLayout
from app.ui.strike_dialog import StrikeDialog
from app.ui.tables import read_only_table

translate = QCoreApplication.translate  # translate("Context", "…"): pyside6-lupdate finds these

NEW_MEETING_SHORTCUT = "Ctrl+Shift+M"



def status_text(m: CollabMeeting) -> str:
    """"Planerat", "Genomfört, signerat", "Genomfört, utkast", "Genomfört, rättat", "Rättelse, utkast",
    "Inställt", "… (makulerat)": what tells two rows apart comes first (the column is narrow).
    The screen's own words: ``m.status_label`` is the journal copy's Swedish."""
    if m.is_correction:
        text = (translate("MeetingsPanel", "Rättelse, signerad") if m.signed
                else translate("MeetingsPanel", "Rättelse, utkast"))
    elif m.is_corrected:
        text = translate("MeetingsPanel", "Genomfört, rättat")
    elif m.status == HELD:
        text = (translate("MeetingsPanel", "Genomfört, signerat") if m.signed
                else translate("MeetingsPanel", "Genomfört, utkast"))
    elif m.status == PLANNED:
        text = translate("MeetingsPanel", "Planerat")
    elif m.status == CANCELLED:
        text = translate("MeetingsPanel", "Inställt")
    else:
        text = m.status_label
    if m.is_struck:
        text = translate("MeetingsPanel", "%1 (makulerat)").replace("%1", text)
    return text


def organisations_text(m: CollabMeeting) -> str:
    return ", ".join(dict.fromkeys(data_text(p.organisation_label) for p in m.participants
                                   if p.organisation != "enheten"))


def actions_refusal(m: CollabMeeting | None) -> str:
    """Why Åtgärder… is not offered for ``m`` ("" when it is)."""
    if m is None:
        return ""
    if m.status != HELD:
        return translate("MeetingsPanel", "Åtgärder finns när mötet är registrerat.")
    if m.is_struck:
        return translate("MeetingsPanel", "Mötet är makulerat.")
    if m.is_corrected:
        return translate("MeetingsPanel", "Anteckningen är rättad: markera åtgärderna i rättelsen.")
    if not m.actions:
        return translate("MeetingsPanel", "Mötet har inga åtgärder.")
    return ""


class MeetingsPanel(QWidget):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.client_id = store.cases.get(case_id).client_id
        self.model = RecordTableModel([
            (self.tr("Datum och tid"), lambda m: f"{m.date} {m.time}".strip()),  # the side tab is narrow
            (self.tr("Typ"), lambda m: data_text(m.kind_label)),
            (self.tr("Status"), status_text),
            (self.tr("Organisationer"), organisations_text),
        ], self)
        self.table = read_only_table(self.model, self.tr("Samverkansmöten"))
        empty_state(self.table, self.tr("Inga samverkansmöten ännu. Planera ett med Planera möte (Ctrl+Skift+M)."))
        width = self.table.fontMetrics().horizontalAdvance
        samples = {0: "2026-12-31 09:00", 1: self.tr("Avstämning"), 2: self.tr("Genomfört, sign")}
        for column, sample in samples.items():
            self.table.setColumnWidth(column, width(sample) + 16)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # a narrow column shows the start of its header, not the middle
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.activated.connect(lambda index: self.open_meeting(self.model.record(index.row())))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())

        self.new_button = QPushButton(self.tr("Planera &möte…"))
        self.new_button.setToolTip(self.tr("Planera ett nytt samverkansmöte (%s)") % NEW_MEETING_SHORTCUT)
        self.new_button.clicked.connect(self.plan_meeting)
        QShortcut(QKeySequence(NEW_MEETING_SHORTCUT), self, self.plan_meeting,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_button = QPushButton(self.tr("Öppna…"))
        self.open_button.setToolTip(self.tr("Öppna det markerade mötet (Enter)"))
        self.open_button.clicked.connect(lambda: self.selected() and self.open_meeting(self.selected()))
        self.record_button = QPushButton(self.tr("Re&gistrera mötet…"))
        self.record_button.clicked.connect(lambda: self.selected() and self.record_meeting(self.selected()))
        self.actions_button = QPushButton(self.tr("&Åtgärder…"))
        self.actions_button.clicked.connect(lambda: self.selected() and self.mark_actions(self.selected()))
        self.cancel_button = QPushButton(self.tr("Ställ in…"))
        self.cancel_button.clicked.connect(lambda: self.selected() and self.cancel_meeting(self.selected()))
        self.strike_button = QPushButton(self.tr("Makulera…"))
        self.strike_button.clicked.connect(lambda: self.selected() and self.strike_meeting(self.selected()))
        hint = QLabel(self.tr("Enter öppnar mötet. %s planerar ett nytt.") % NEW_MEETING_SHORTCUT)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for group in ((self.new_button, self.open_button, self.record_button),
                      (self.actions_button, self.cancel_button, self.strike_button)):  # the side tab is narrow
            buttons = FlowLayout()  # and onto more lines in a narrower one (200 %)
            for button in group:
                buttons.addWidget(button)
            layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.reload()
        changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.touches_case(self.case_id) and not change.made_by(self):
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        meetings = sorted(self.store.meetings.for_case(self.case_id), key=lambda m: m.starts_at, reverse=True)
        self.model.set_records(meetings)
        row = next((i for i, m in enumerate(meetings) if m.id == wanted), None)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._enable()

    def selected(self) -> CollabMeeting | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        m = self.selected()
        self.open_button.setEnabled(m is not None)
        allowed = self.store.meetings.may_record(m) if m is not None else None  # also: not before its day
        self.record_button.setEnabled(bool(allowed and allowed.ok))
        self.record_button.setToolTip(allowed.reason if allowed is not None else "")
        reason = actions_refusal(m)
        self.actions_button.setEnabled(m is not None and not reason)
        self.actions_button.setToolTip(reason or self.tr("Markera när mötets åtgärder blev gjorda"))
        for button, rule in ((self.cancel_button, m.allowed.cancel if m else None),
                             (self.strike_button, m.allowed.strike if m else None)):
            button.setEnabled(bool(rule and rule.ok))
            button.setToolTip(rule.reason if rule is not None else "")

    # -- actions ------------------------------------------------------------------------------
    def plan_meeting(self) -> None:
        dialog = MeetingPlanDialog(self.store, self.case_id, parent=self)
        dialog.exec()
        self._after(dialog.meeting)

    def open_meeting(self, meeting: CollabMeeting) -> None:
        if meeting.status == PLANNED:
            dialog: MeetingPlanDialog | MeetingRecordDialog = MeetingPlanDialog(
                self.store, self.case_id, meeting, parent=self)
        else:
            dialog = MeetingRecordDialog(self.store, meeting, parent=self)
        dialog.exec()
        self._after(dialog.meeting)

    def record_meeting(self, meeting: CollabMeeting) -> None:
        dialog = MeetingRecordDialog(self.store, meeting, parent=self)
        dialog.exec()
        self._after(dialog.meeting)

    def mark_actions(self, meeting: CollabMeeting) -> None:
        dialog = MeetingActionsDialog(self.store, meeting, parent=self)
        dialog.exec()
        self._after(meeting if dialog.changed else None)

    def cancel_meeting(self, meeting: CollabMeeting) -> None:
        texts = (self.tr("Mötet ställs in: det finns kvar i listan som inställt, med ditt skäl."), self.tr("&Ställ in"),
                 self.tr("Skäl till att mötet ställs in"))
        dialog = StrikeDialog(self.tr("Ställ in möte"), about_text(meeting),
                              lambda reason: self.store.meetings.cancel(meeting.id, reason), self, texts)
        dialog.exec()
        self._after(dialog.result if isinstance(dialog.result, CollabMeeting) else None)

    def strike_meeting(self, meeting: CollabMeeting) -> None:
        dialog = StrikeDialog(self.tr("Makulera mötesanteckning"), about_text(meeting),
                              lambda reason: self.store.meetings.strike(meeting.id, reason), self)
        dialog.exec()
        self._after(dialog.result if isinstance(dialog.result, CollabMeeting) else None)

    def _after(self, meeting: CollabMeeting | None) -> None:
        self.reload(meeting.id if meeting is not None else None)
        if meeting is not None:
            announce(self.store, Change.case(self.case_id, self.client_id), source=self)
