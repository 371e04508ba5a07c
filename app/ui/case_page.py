"""A case: referral summary, the five-step stepper with each step's form, notes, consents, history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.exporters.service import Exports
from app.models.errors import AtamaError
from app.models.recipients import Document, RecipientKey, for_document
from app.models.store import Store
from app.models.vocab import StepKey, StepState
from app.ui.assessments_panel import AssessmentsPanel
from app.ui.case_dialog import CaseDialog
from app.ui.changes import Change, announce, changes_of
from app.ui.client_texts import id_text
from app.ui.consent_panel import ConsentPanel
from app.ui.empty_state import empty_state
from app.ui.groups_panel import ClientGroupsPanel
from app.ui.i18n import data_text
from app.ui.interventions_panel import InterventionsPanel
from app.ui.meetings_panel import MeetingsPanel
from app.ui.messages import show_error
from app.ui.notes_panel import NotesPanel
from app.ui.record_model import RecordTableModel
from app.ui.small_screens import FlowLayout, scroll_area, scrolls_when_short
from app.ui.step_form import StepForm
from app.ui.stepper import Stepper
from app.ui.tables import read_only_table
from app.ui.window_state import SideBySide

_ACTIONS = {"started": QT_TRANSLATE_NOOP("CasePage", "Påbörjat"), "completed": QT_TRANSLATE_NOOP("CasePage", "Klart"),
            "reopened": QT_TRANSLATE_NOOP("CasePage", "Öppnat igen")}
_SIDE_PANELS = (("notes", QT_TRANSLATE_NOOP("CasePage", "Anteckningar")),
                ("assessments", QT_TRANSLATE_NOOP("CasePage", "Bedömningar")),
                ("interventions", QT_TRANSLATE_NOOP("CasePage", "Insatser")),
                ("groups", QT_TRANSLATE_NOOP("CasePage", "Grupper")),
                ("consents", QT_TRANSLATE_NOOP("CasePage", "Samtycken")),
                ("meetings", QT_TRANSLATE_NOOP("CasePage", "Samverkansmöten")))  # then Historik
# The Dokument menu's entries (Recipient.menu_text is also the documents' Swedish "för …")
_MENU_TEXTS = {
    RecipientKey.CLIENT: QT_TRANSLATE_NOOP("CasePage", "För klienten…"),
    RecipientKey.AF: QT_TRANSLATE_NOOP("CasePage", "Till Arbetsförmedlingen…"),
    RecipientKey.FK: QT_TRANSLATE_NOOP("CasePage", "Till Försäkringskassan…"),
    RecipientKey.HEALTHCARE: QT_TRANSLATE_NOOP("CasePage", "Till vården…"),
    RecipientKey.EMPLOYER: QT_TRANSLATE_NOOP("CasePage", "Till arbetsgivaren…"),
    RecipientKey.IFO: QT_TRANSLATE_NOOP("CasePage", "Till IFO/socialtjänsten…"),
    RecipientKey.OTHER: QT_TRANSLATE_NOOP("CasePage", "Till annan mottagare…"),
}


class CasePage(QWidget):
    openPlan = Signal(int)  # case id
    openEvaluation = Signal(int)  # case id
    openAssessment = Signal(int)
    openResults = Signal(int)
    openTrend = Signal(int)  # case id
    openSequence = Signal(int)  # case id

    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.client_id = store.cases.get(case_id).client_id
        self.tab_key = ("case", case_id)
        self.definition = store.process.definition
        self.header = QLabel()
        self.header.setObjectName("case_header")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        edit_button = QPushButton(self.tr("&Ändra remissuppgifter…"))
        edit_button.clicked.connect(self.edit_case)
        plan_button = QPushButton(self.tr("&Utvecklingsplan…"))
        plan_button.clicked.connect(lambda: self.openPlan.emit(self.case_id))
        evaluation_button = QPushButton(self.tr("Utvär&dering…"))
        evaluation_button.clicked.connect(lambda: self.openEvaluation.emit(self.case_id))
        # The target group's guided follow-up (resources/sequences.json), shown only where there is one
        self.sequence_button = QPushButton()
        self.sequence_button.clicked.connect(lambda: self.openSequence.emit(self.case_id))

        self.stepper = Stepper(self.definition.steps)
        self.stepper.stepSelected.connect(self.show_step)
        self.stack = QStackedWidget()
        self.forms: dict[str, StepForm] = {}  # built when a step is first shown

        self.history_model = RecordTableModel([
            (self.tr("Datum"), lambda e: e.event_date or e.at[:10]),  # the day it happened
            (self.tr("Registrerat"), lambda e: e.at[:16]),
            (self.tr("Steg"), lambda e: data_text(self.definition.step(e.step).title)),
            (self.tr("Händelse"), lambda e: self.tr(_ACTIONS[e.action]) if e.action in _ACTIONS else e.action),
            (self.tr("Av"), lambda e: e.user or ""),
            (self.tr("Kommentar"), lambda e: e.note),
        ], self)
        history = read_only_table(self.history_model, self.tr("Historik för stegen"))
        empty_state(history, self.tr("Inget steg är påbörjat ännu. Börja med steg 1, Informera."))
        history.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.side = QTabWidget()
        # Each panel scrolls inside its tab, so a wide form there (Insatser) does not squeeze the step.
        # A panel is built when its tab is first shown or the panel is asked for (the properties
        # below): building them all made up about a fifth of opening a case.
        self._panels: dict[str, QWidget] = {}
        for _, label in _SIDE_PANELS:
            self.side.addTab(scroll_area(QWidget()), self.tr(label))
        self.side.addTab(scroll_area(history), self.tr("Historik"))
        self.side.currentChanged.connect(self._side_tab_shown)
        side_box = self.side_box = self._with_panel_list()
        self._panel(_SIDE_PANELS[0][0])  # the tab in front

        self.documents_button = QPushButton(self.tr("D&okument"))
        self.documents_button.setMenu(self._documents_menu())
        buttons = FlowLayout()  # onto two lines in a narrow pane
        for button in (plan_button, evaluation_button, self.sequence_button, self.documents_button, edit_button):
            buttons.addWidget(button)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("case_splitter")
        splitter.addWidget(self.stack)
        splitter.addWidget(side_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # the step form and the side panel side by side where each gets a good 500 px, else one above the other
        self.panes = SideBySide(splitter, "case", room=1000)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(self.stepper)
        layout.addWidget(splitter, 1)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scrolls_when_short(body))  # a short window (200 %): the page scrolls, its panes keep a size

        self.refresh()
        self.show_step(self.store.process.current_step(self.case_id).key)  # the step the lists name
        changes_of(store).changed.connect(self._on_change)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.panes.fit(event.size().width())

    def _on_change(self, change: Change) -> None:
        """Header (the client's name), steps and history; each side panel listens for itself."""
        if (change.touches_case(self.case_id) or change.touches_client(self.client_id)) and not change.made_by(self):
            self.refresh()  # the step forms keep what is typed: they save it first (StepForm.show_state)

    # -- showing ----------------------------------------------------------------------------

    def form(self, key: str) -> StepForm:
        """The form of step ``key``, built on first use."""
        if key not in self.forms:
            form = StepForm(self.store, self.case_id, self.definition.step(key))
            form.startRequested.connect(self.start_step)
            form.completeRequested.connect(self.complete_step)
            form.reopenRequested.connect(self.reopen_step)
            form.signRequested.connect(self.sign_step)
            form.saved.connect(self.refresh_and_announce)
            self.forms[key] = form
            self.stack.addWidget(form)
            self._show_form_state(key, self.store.process.statuses(self.case_id),
                                  self.store.process.answers(self.case_id))
            self._side_after_the_forms()
        return self.forms[key]

    def _side_after_the_forms(self) -> None:
        """Tab goes from the steps into the step form, then to the case's parts beside it. Qt's Tab
        order is the order widgets joined the window, and a form is made when its step is first
        shown, after the side panels (a walk needed 12 Tabs from the steps to the first answer).
        The side joins anew after it: a widget given a parent again goes to the end of the order."""
        if self.splitter.indexOf(self.side_box) == -1:
            return
        sizes, focus = self.splitter.sizes(), QApplication.focusWidget()
        self.side_box.setParent(None)
        self.splitter.insertWidget(1, self.side_box)
        self.side_box.show()
        if all(sizes):  # as the user left them (before the page is first laid out there are none)
            self.splitter.setSizes(sizes)
        if focus is not None and self.side_box.isAncestorOf(focus):
            focus.setFocus()

    def show_step(self, key: str) -> None:
        current = self.stack.currentWidget()
        if current is not None:
            current.flush()
        self.stack.setCurrentWidget(self.form(key))
        self.stepper.select(key)

    # -- side panels ------------------------------------------------------------------------
    notes = property(lambda self: self._panel("notes"))
    assessments = property(lambda self: self._panel("assessments"))
    interventions = property(lambda self: self._panel("interventions"))
    groups = property(lambda self: self._panel("groups"))
    consents = property(lambda self: self._panel("consents"))
    meetings = property(lambda self: self._panel("meetings"))

    def _panel(self, name: str) -> QWidget:
        if name not in self._panels:
            panel = self._panels[name] = self._build_panel(name)
            index = [key for key, _ in _SIDE_PANELS].index(name)
            self.side.widget(index).setWidget(panel)  # the placeholder goes
        return self._panels[name]

    def _build_panel(self, name: str) -> QWidget:
        if name == "notes":
            panel = NotesPanel(self.store, self.case_id)
        elif name == "assessments":
            panel = AssessmentsPanel(self.store, self.case_id)
            panel.openAssessment.connect(self.openAssessment)
            panel.openResults.connect(self.openResults)
            panel.openTrend.connect(self.openTrend)
        elif name == "interventions":
            panel = InterventionsPanel(self.store, self.case_id)
        elif name == "groups":
            panel = ClientGroupsPanel(self.store, self.client_id)
        elif name == "meetings":
            panel = MeetingsPanel(self.store, self.case_id)
        else:
            panel = ConsentPanel(self.store, self.case_id)
        return panel

    def _with_panel_list(self) -> QWidget:
        """The side panels' names as a list beside them, not as tabs: seven tabs do not fit a pane of
        500 px (1366×768 or 150 %) and would hide behind arrows. The list is the tab bar's stand-in:
        choosing a name shows the panel, and Ctrl+Tab in a panel moves the list along."""
        self.side.tabBar().hide()
        # Tab into the tab widget would hand the focus to its hidden bar and stay on the list: Tab goes
        # from the list into the panel shown instead
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side_list = QListWidget()
        self.side_list.setObjectName("side_panels")
        self.side_list.setAccessibleName(self.tr("Ärendets delar"))
        for index in range(self.side.count()):
            self.side_list.addItem(self.side.tabText(index))
        self.side_list.setSpacing(2)
        self.side_list.setCurrentRow(self.side.currentIndex())
        self.side_list.currentRowChanged.connect(self.side.setCurrentIndex)
        self.side.currentChanged.connect(self.side_list.setCurrentRow)
        # every name in sight: as wide as the longest, as tall as all of them (a scroll bar if the pane is shorter)
        frame = 2 * (self.side_list.frameWidth() + self.side_list.spacing())
        self.side_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.side_list.setFixedWidth(self.side_list.sizeHintForColumn(0) + frame + 8
                                     + self.side_list.verticalScrollBar().sizeHint().width())
        self.side_list.setMaximumHeight((self.side_list.sizeHintForRow(0) + 2 * self.side_list.spacing())
                                        * self.side.count() + frame)
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side_list, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.side, 1)
        return box

    def _side_tab_shown(self, index: int) -> None:
        if index < len(_SIDE_PANELS):
            self._panel(_SIDE_PANELS[index][0])

    def show_side(self, panel: QWidget) -> None:
        """Bring a side panel (notes, interventions …) to the front."""
        for index in range(self.side.count()):
            if self.side.widget(index).widget() is panel:
                self.side.setCurrentIndex(index)
                return

    def current_step(self) -> str:
        return self.stack.currentWidget().step.key

    def _show_form_state(self, key: str, statuses, answers) -> None:
        self.forms[key].show_state(statuses[key], answers, self.store.process.actions(self.case_id, key),
                                   self._signature(key, statuses[key]))

    def _signature(self, key: str, status) -> str:
        """Who signed the step's answers (Avsluta: the closure in force); empty before there is anything to sign."""
        if key == StepKey.CLOSE:
            closure = self.store.closure.get(self.case_id)
            return self.tr("Avslutet: %1").replace("%1", closure.signature.text) if closure is not None else ""
        return self.tr("Svaren: %1").replace("%1", status.signature.text) if status.state == StepState.DONE else ""

    def title(self) -> str:
        case = self.store.cases.get(self.case_id)
        client = self.store.clients.get(case.client_id)
        return f"{case.case_number} {client.full_name}"

    def refresh(self) -> None:
        for form in self.forms.values():  # what is typed first, or the answers read below would replace it
            form.flush()
        case = self.store.cases.get(self.case_id)
        client = self.store.clients.get(case.client_id)
        status = self.tr("Avslutat %1").replace("%1", case.closed_date or "") if case.is_closed else self.tr("Aktivt")
        self.header.setText(
            f"<b>{client.full_name}</b> · {id_text(client.id_display)} · "
            + self.tr("Ärende %1 · %2").replace("%1", case.case_number).replace("%2", status) + "<br>"
            + self.tr("Remiss %1 från %2 · %3 · Ansvarig: %4").replace("%1", case.referral_date)
            .replace("%2", data_text(case.referred_by_label)).replace("%3", data_text(case.target_group_label))
            .replace("%4", case.responsible_name or "–")  # a name last: it may hold anything
            + (self.tr(" · Start på AMA %1").replace("%1", case.ama_start_date) if case.ama_start_date else "")
        )
        sequence = self.store.sequences.definition_for(case.target_group)
        self.sequence_button.setVisible(sequence is not None)
        if sequence is not None:
            self.sequence_button.setText(f"{data_text(sequence.short_title)}…")
            self.sequence_button.setToolTip(data_text(sequence.title))
        statuses = self.store.process.statuses(self.case_id)
        answers = self.store.process.answers(self.case_id)
        self.stepper.set_statuses(statuses)
        for key in self.forms:
            self._show_form_state(key, statuses, answers)
        self.history_model.set_records(self.store.process.events(self.case_id))

    def refresh_and_announce(self) -> None:
        """After a change made here: show it, and tell the other screens (list, client tab, panels)."""
        self.refresh()
        announce(self.store, Change.case(self.case_id, self.client_id), source=self)

    def flush(self) -> bool:
        """Save what is typed in the step forms and the note being written; False if any refused."""
        saved = [form.flush() for form in self.forms.values()]  # every form tries, not only up to a failure
        if "notes" in self._panels:
            saved.append(self.notes.flush())
        return all(saved)

    def _documents_menu(self) -> QMenu:
        """The case's PDF documents, each with the recipients the table (app/models/recipients.py) has
        for it; those that need the client's consent are checked before a file name is asked for."""
        menu = QMenu(self)
        self.document_actions = {}
        titles = {Document.PLAN: self.tr("&Utvecklingsplan"), Document.REPORT: self.tr("&Bedömningsrapport"),
                  Document.RECORD: self.tr("&Journalkopia")}
        for document in Document:
            submenu = menu.addMenu(titles[document])
            for recipient in for_document(document):
                menu_text = self.tr(_MENU_TEXTS[recipient.key]) if recipient.key in _MENU_TEXTS else recipient.menu_text
                self._document_action(submenu, document, recipient.key, menu_text)
                if document == Document.PLAN and recipient.plain_words:  # the client's plan, in easy Swedish
                    self._document_action(submenu, document, recipient.key, self.tr("För klienten, &lättläst…"),
                                          easy_read=True)
        return menu

    def _document_action(self, menu: QMenu, document: str, audience: str, text: str, easy_read: bool = False) -> None:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: self.export_document(document, audience, easy_read))
        self.document_actions[(document, audience + ("_lattlast" if easy_read else ""))] = action

    def export_document(self, document: str, audience: str, easy_read: bool = False):
        from app.ui.export_actions import ExportRunner, case_file_name

        titles = {"plan": "Utvecklingsplan", "report": "Bedömningsrapport", "record": "Journalkopia"}
        if not self.flush():
            return None
        try:  # say so before the user picks a file name (the export checks again)
            Exports(self.store).require_consent(self.case_id, document, audience)
        except AtamaError as exc:
            show_error(self, exc, self.tr("Dokumentet kan inte skapas"))
            return None
        runner = ExportRunner(self.store, self)
        case_id = self.case_id
        if document == "plan":
            export = lambda ex, path: ex.plan(case_id, audience, path, easy_read=easy_read)  # noqa: E731
        else:
            export = lambda ex, path: ex.report(case_id, audience, path)  # noqa: E731
        name = case_file_name(self.store, case_id, titles[document] + (" lättläst" if easy_read else ""), audience)
        if document == "record":  # the whole case, hundreds of pages for a long one: with Avbryt
            written = runner.run_cancellable(name, self.tr("Skapar journalkopian…"),
                                             lambda ex, path, progress: ex.record(case_id, path, progress))
        else:
            written = runner.run(name, self.tr("Skapar dokumentet…"), export)
        if written is not None:  # the export log: Samtycken lists what has been handed out
            announce(self.store, Change.case(self.case_id, self.client_id), source=self)
        return written

    # -- actions ----------------------------------------------------------------------------
    def _run(self, action) -> bool:
        try:
            action()
        except AtamaError as exc:
            show_error(self, exc)
            return False
        finally:
            self.refresh_and_announce()
        return True

    def start_step(self, key: str) -> None:
        self._run(lambda: self.store.process.start(self.case_id, key, on=self._event_day(key)))

    def complete_step(self, key: str) -> None:
        if key == StepKey.CLOSE:  # closing records outcome and situation after: its own dialog
            from app.ui.closure_dialog import ClosureDialog

            if ClosureDialog(self.store, self.case_id, self).exec():
                self.refresh_and_announce()
            return
        self._run(lambda: self.store.process.complete(self.case_id, key, on=self._event_day(key)))

    def _event_day(self, key: str) -> str | None:
        """The day the step form's Datum says (today unless changed)."""
        return self.forms[key].event_day() if key in self.forms else None

    def sign_step(self, key: str) -> None:
        """Sign the finished step's answers; Avsluta's Signera signs the closure."""
        self._run(lambda: self.store.process.sign(self.case_id, key))

    def reopen_step(self, key: str) -> None:
        self._run(lambda: self.store.process.reopen(self.case_id, key))

    def edit_case(self) -> None:
        case = self.store.cases.get(self.case_id)
        dialog = CaseDialog(self.store, case.client_id, case, self)
        if dialog.exec():
            self.refresh_and_announce()
