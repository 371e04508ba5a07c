"""The main window: client search list on the left, open clients and cases as tabs on the right."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.models.errors import AtamaError
from app.models.store import Store
from app.ui.changes import Change, announce, changes_of
from app.ui.client_list_model import RESULT_LIMIT, ClientListModel, column_titles
from app.ui.qt_binding import set_shortcuts
from app.ui.tables import read_only_table
from app.ui.window_state import OpenTabs, PageTabs, fit_to_screen, list_and_tabs, remember_splitter, save_geometry

# The client and case screens are imported when first opened: the window paints sooner. No ``Qt``
# namespace in this module, and QMessageBox is imported where a box is shown (app/ui/qt_binding.py).


class MainWindow(QMainWindow):
    backup_at_start = True  # the day's backup after the first paint (tests/ui/conftest.py turns it off)
    BACKUP_DELAY_MS = 1500  # after the first screen has settled; never in the way of the first clicks

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.reopen_requested = False  # app/ui/app.py opens the database again once this window closes
        self.setWindowTitle(APP_NAME)
        # the size it had, or fitted to the screen (window_state.py)
        self._maximise, first_width = fit_to_screen(self)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Sök namn, personnummer eller ärendenummer (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Sök klient"))
        self.model = ClientListModel(store, self)
        self.list = read_only_table(self.model, self.tr("Klientlista"), column_titles())
        self.list.setObjectName("client_list")
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # widths that fit "Skyddad identitet", "2026-0123", "Planera och genomföra" and a name; the
        # name column takes the rest (about 140 px: "Andersson, Johanna")
        for column, width in enumerate((0, 114, 74, 148, 106)):
            if width:
                self.list.setColumnWidth(column, width)
        self.list.activated.connect(self._open_row)
        self.count_label = QLabel()
        self.search.textChanged.connect(self.set_query)
        self.search.returnPressed.connect(self._open_first)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count_label)

        self.open_tabs = OpenTabs(self)  # kept as they change, opened again at the next start
        self.tabs = PageTabs()
        self.tabs.tabsChanged.connect(self._keep_open_tabs)
        self.tabs.setObjectName("tabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        # The start page is Att göra; it is built just after the window first paints (see eventFilter).
        self.todo = None
        self.right = QStackedWidget()
        self.right.addWidget(QLabel(self.tr("Att göra laddas…")))
        self.right.addWidget(self.tabs)
        self.right.currentChanged.connect(self._keep_open_tabs)  # Att göra or the tabs in front

        splitter = QSplitter()  # side by side
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes(list_and_tabs(first_width))
        splitter.setObjectName("main_splitter")
        remember_splitter(splitter, "main")
        self.read_only_banner: QLabel | None = None
        if store.read_only:  # the title and a banner say so and why; every edit is refused by the store
            self.setWindowTitle(self.tr("%1 – skrivskyddad").replace("%1", APP_NAME))
            self.setCentralWidget(self._with_read_only_banner(splitter))
        else:
            self.setCentralWidget(splitter)
        self._build_menus()
        if store.read_only:  # what only makes new records is not offered (the store refuses edits anyway)
            for action in (self.new_client_action, self.new_case_action):
                action.setEnabled(False)
                action.setToolTip(self.tr("Databasen är öppnad skrivskyddad."))
        # A widget of its own, not a message: a menu's status tips would clear a message for good
        self.who_label = QLabel(self._who_text())
        self.who_label.setObjectName("who_and_database")
        self.statusBar().addWidget(self.who_label, 1)
        self.model.refresh()
        self._update_count()
        changes_of(store).changed.connect(self._on_change)
        self.idle_watch = None  # the idle lock starts after the first paint (issue 11)
        self._lock_screens: list[QWidget] = []
        self._locked_actions: list[QAction] = []
        self.installEventFilter(self)  # finish the start once the window has painted (see eventFilter)

    def _keep_open_tabs(self, *_args) -> None:
        self.open_tabs.changed()

    def show(self) -> None:
        """Maximised on a small screen at the first start (window_state.fit_to_screen), else as it was."""
        if self._maximise:
            self.showMaximized()
        else:
            super().show()

    def eventFilter(self, watched, event) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _with_read_only_banner(self, content: QWidget) -> QWidget:
        from app.models.store import ReadOnly
        from app.ui import style

        if self.store.read_only_kind is ReadOnly.SHARED:
            logged = self.tr("Det du öppnar loggas i journalens logg som vanligt.")
        else:  # app/models/pending_log.py
            logged = self.tr("Filen kan inte ta emot loggrader: det du öppnar loggas i en fil på den här datorn "
                             "och förs in i journalens logg nästa gång databasen öppnas med skrivrätt.")
        self.read_only_banner = QLabel(self.tr("Skrivskyddad: %1. Du kan läsa men inte ändra något. %2")
                                       .replace("%1", self.store.read_only_why).replace("%2", logged))
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        style.set_banner(self.read_only_banner)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(content, 1)
        return holder

    def _after_first_paint(self) -> None:
        """What the first view does not show: the window paints first, then this follows at once.
        Att göra takes tens of milliseconds on a large unit; the search field's clear button (shown
        only once there is text) loads its icon from the desktop's icon theme; the access log's rules
        (who sees Loggkontroll) are a module PySide6 would otherwise scan before the paint (qt_binding.py, 4)."""
        from app.ui.edit_actions import add_edit_actions

        gc.enable()  # paused for the start (app/__main__.py): the start is over
        self.search.setClearButtonEnabled(True)
        self.edit_actions = add_edit_actions(self.edit_menu, self.search_action, self)
        self._add_empty_list_text()
        self._show_log_review()
        self._build_todo()
        self._start_idle_lock()
        self._start_quick_check()
        self.open_tabs.restore()  # the tabs that were open, now that the window shows
        if self.backup_at_start:  # issue 12: the day's backup, off the UI thread, a little later
            QTimer.singleShot(self.BACKUP_DELAY_MS, self._backup_at_start)

    def _add_empty_list_text(self) -> None:
        """What an empty client list says (after the first paint: the module costs start-up time)."""
        from app.ui.empty_state import empty_state

        def text() -> str:
            query = self.search.text().strip()
            if query:
                return self.tr("Ingen klient matchar ”%1”. Sök på namn, personnummer eller ärendenummer, "
                               "eller registrera en ny klient med Ctrl+N.").replace("%1", query)
            if self.store.read_only:
                return self.tr("Inga klienter i databasen.")
            return self.tr("Inga klienter ännu – registrera en med Ctrl+N (Arkiv → Ny klient).")
        empty_state(self.list, text)

    def _start_quick_check(self) -> None:
        """SQLite's quick_check of every page, off the UI thread on its own connection: 0.2–0.5 s on
        the 10k database and about 3 s on the 100k one, too slow before the first paint. A damaged
        page is shown with its ways out (app/ui/quick_check_job.py)."""
        from app.ui.quick_check_job import start_quick_check

        self.quick_check_job = start_quick_check(self.store, self._damage_found, self)

    def _damage_found(self, problem) -> None:
        from app.ui.open_problem_dialog import show_damage_found

        self.damage_problem = problem
        self.statusBar().showMessage(self.tr("Databasfilen är skadad – återställ en säkerhetskopia."))
        show_damage_found(problem, self)

    def _backup_at_start(self) -> None:
        from app.ui.backup_dialog import start_daily_backup

        start_daily_backup(self)

    # -- menus and shortcuts ----------------------------------------------------------------
    def _action(self, text: str, shortcuts: str | tuple[str, ...] | None, slot, menu) -> QAction:
        """``shortcuts`` as text ("Ctrl" is Cmd on a Mac), through qt_binding.set_shortcuts."""
        action = QAction(text, self)
        if shortcuts:
            set_shortcuts(action, shortcuts)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        """Menus as in an Office program: Arkiv (new records, import, the unit's files and access,
        Inställningar, signing out, closing), Redigera, Visa (the pages), Export, Hjälp. Every
        mnemonic is unique within its menu and across the menu bar (tests/ui/test_menus.py)."""
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self.new_client_action = self._action(self.tr("&Ny klient…"), "Ctrl+N",
                                              self.new_client, file_menu)
        self.new_case_action = self._action(self.tr("Nytt ä&rende för markerad klient…"), "Ctrl+Shift+N",
                                            self.new_case_for_selected, file_menu)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("Im&portera klienter från Excel…"), None,
                                          self.import_clients, file_menu)
        self.import_template_action = self._action(self.tr("Import&mall (Excel)…"), None,
                                                   self.export_import_template, file_menu)
        # -- the unit's files (issue 11, R7; issue 12)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("Säkerhets&kopior…"), None, self.open_backups, file_menu)
        self.retention_action = self._action(self.tr("Ga&llring…"), "Ctrl+Alt+G", self.open_retention, file_menu)
        # Who may see what (issue 11): a case's access; the users (admins); encryption at rest (issue 12)
        file_menu.addSeparator()
        self.case_access_action = self._action(self.tr("&Tillgång till ärendet…"), None, self.manage_case_access,
                                               file_menu)
        self.users_action = self._action(self.tr("Användare och be&hörigheter…"), None, self.manage_users, file_menu)
        self.users_action.setVisible(self.store.users.is_admin())
        self.encrypt_action = self._action(self.tr("Kr&yptera databasen…"), None, self.encrypt_database, file_menu)
        self.recovery_key_action = self._action(self.tr("Ny åt&erställningsnyckel…"), None, self.new_recovery_key,
                                                file_menu)
        self._show_encryption_actions()
        file_menu.addSeparator()
        self.settings_action = self._action(self.tr("&Inställningar…"), "Ctrl+,", self.open_settings, file_menu)
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("L&ås nu"), "Ctrl+L", self.lock, file_menu)
        self.switch_user_action = self._action(self.tr("&Byt användare…"), "Ctrl+Shift+B", self.switch_user,
                                               file_menu)
        self.change_password_action = self._action(self.tr("Byt lösenor&d…"), None, self.change_password, file_menu)
        file_menu.addSeparator()
        self.close_tab_action = self._action(self.tr("&Stäng flik"), ("Ctrl+W", "Ctrl+F4"),
                                             self.close_current_tab, file_menu)
        # Never "Avsluta": that is what one does with a case (issue 15)
        self.quit_action = self._action(self.tr("Stäng pr&ogrammet"), "Ctrl+Q", self.close, file_menu)
        # The unit's identity on documents is a page of Inställningar; the action opens it there
        self.unit_action = QAction(self.tr("Enhetens &uppgifter…"), self)
        self.unit_action.triggered.connect(self.open_unit)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Redigera"))  # Ångra … Markera allt after the first paint
        self.search_action = self._action(self.tr("&Sök klient"), "Ctrl+F",
                                          self.focus_search, self.edit_menu)

        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        self.todo_action = self._action(self.tr("&Att göra"), "Ctrl+Home", self.show_todo, view_menu)
        self.groups_action = self._action(self.tr("&Gruppaktiviteter"), "Ctrl+G", self.open_groups, view_menu)
        # Signing (issue 11): the user's own unsigned entries, read and signed together.
        self.unsigned_action = self._action(self.tr("Mina &osignerade poster…"), "Ctrl+Shift+U",
                                            self.show_unsigned, view_menu)
        # The log review (issue 11): shown, after the first paint, to those who may review the log
        self.log_review_separator = view_menu.addSeparator()
        self.log_review_action = self._action(self.tr("&Loggkontroll…"), "Ctrl+Shift+K", self.open_log_review,
                                              view_menu)
        for item in (self.log_review_separator, self.log_review_action):
            item.setVisible(False)

        self._build_export_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        self.help_action = self._action(self.tr("&Hjälp"), "F1", self.show_help, help_menu)
        self.shortcuts_action = self._action(self.tr("&Kortkommandon"), None, self.show_shortcuts, help_menu)
        help_menu.addSeparator()
        self.about_action = self._action(self.tr("&Om ATAMA"), None, self.about, help_menu)

    # -- list -------------------------------------------------------------------------------
    def _build_export_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Export"))
        self.export_actions = {
            "caseload": self._action(self.tr("Ä&rendelista (Excel)…"), "Ctrl+Shift+L", self.export_caseload, menu),
            "finsam": self._action(self.tr("&Uppföljning Finsam (Excel)…"), None, self.export_finsam, menu),
            "interventions": self._action(self.tr("&Insatser (Excel)…"), None, self.export_interventions, menu),
            "instrument_data": self._action(self.tr("Instrument&data, pseudonymiserad (Excel)…"), None,
                                            self.export_instrument_data, menu),
        }
        menu.addSeparator()
        self.forms_menu = menu.addMenu(self.tr("Tom &blankett (PDF)"))
        # Filled when first opened: loading the instrument definitions is not start-up work.
        self.forms_menu.aboutToShow.connect(self._fill_forms_menu)
        self.export_actions["info_sheet"] = self._action(self.tr("In&formationsblad om ATAMA (PDF)…"), None,
                                                         self.export_info_sheet, menu)
        # Import is under Arkiv; the old keys stay for callers
        self.export_actions["import"] = self.import_action
        self.export_actions["template"] = self.import_template_action

    def _fill_forms_menu(self) -> None:
        if self.forms_menu.actions():
            return
        from app.ui.instrument_chooser import choice_text

        for definition in self.store.assessments.registry.current():
            action = self.forms_menu.addAction(choice_text(definition))
            action.triggered.connect(lambda _c=False, d=definition: self.export_blank_form(d.id, d.version))

    def _export(self, name: str, export):
        from app.ui.export_actions import ExportRunner

        return ExportRunner(self.store, self).run(name, self.tr("Skapar filen…"), export)

    def export_caseload(self):
        return self._export(f"Ärendelista {self.store.today()}.xlsx", lambda ex, path: ex.caseload(path))

    def _ask_period(self, title: str):
        from app.ui.period_dialog import PeriodDialog

        dialog = PeriodDialog(title, self.store.today(), self)
        return dialog.value if dialog.exec() else None

    def export_finsam(self):
        from app.exporters.xlsx.finsam import file_name

        chosen = self._ask_period(self.tr("Uppföljning Finsam"))
        if chosen is None:
            return None
        start, end = chosen
        return self._export(file_name(start, end), lambda ex, path: ex.finsam(path, start, end))

    def export_interventions(self):
        chosen = self._ask_period(self.tr("Insatser"))
        if chosen is None:
            return None
        start, end = chosen
        return self._export(f"Insatser {start}–{end}.xlsx", lambda ex, path: ex.interventions(path, start, end))

    def export_instrument_data(self):
        return self._export(f"Instrumentdata {self.store.today()}.xlsx", lambda ex, path: ex.instrument_data(path))

    def export_blank_form(self, instrument_id: str, version: str):
        return self._export(f"Blankett {instrument_id} {version}.pdf",
                            lambda ex, path: ex.blank_form(instrument_id, path, version))

    def export_info_sheet(self):
        return self._export("Informationsblad ATAMA.pdf", lambda ex, path: ex.info_sheet(path))

    def export_import_template(self):
        return self._export("Importmall klienter.xlsx", lambda ex, path: ex.import_template(path))

    def import_clients(self):
        from app.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.store, self)
        if dialog.exec():
            announce(self.store, Change(all_clients=True))

    def set_query(self, text: str) -> None:
        self.model.set_query(text)
        self._update_count()
        if self.model.rowCount():
            self.list.selectRow(0)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.truncated:
            self.count_label.setText(self.tr("Visar de första %1 träffarna – skriv mer för att begränsa.")
                                     .replace("%1", str(RESULT_LIMIT)))
        else:
            self.count_label.setText(self.tr("%n klienter", "", shown))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_client_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.data(index, ClientListModel.ClientIdRole) if index.isValid() else None

    def _open_row(self, index) -> None:
        self.open_client(self.model.data(index, ClientListModel.ClientIdRole))

    def _open_first(self) -> None:
        client_id = self.selected_client_id()
        if client_id is not None:
            self.open_client(client_id)

    def refresh_list(self) -> None:
        selected = self.selected_client_id()
        self.model.refresh()
        self._update_count()
        row = self.model.row_of_client(selected) if selected is not None else None
        if row is not None:
            self.list.selectRow(row)

    # -- tabs -------------------------------------------------------------------------------
    def _pages(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def _find_tab(self, key: tuple[str, int]) -> int | None:
        """The tab showing ``("client", id)`` or ``("case", id)``, if open."""
        for index, page in enumerate(self._pages()):
            if page.tab_key == key:
                return index
        return None

    def _add_tab(self, page: QWidget, title: str) -> None:
        index = self.tabs.addTab(page, title)
        self.tabs.setCurrentIndex(index)
        self.right.setCurrentWidget(self.tabs)

    def _open_tab(self, key: tuple[str, int], make, focus: bool = False):
        """The tab ``key`` brought to the front, or a new one from ``make()`` (which wires the page's
        navigation signals to the window's ``open_…``, each by name where the page is made).
        ``focus``: the keyboard goes into it (a form opened from a case: the plan, an assessment)."""
        index = self._find_tab(key)
        if index is not None:
            self.tabs.setCurrentIndex(index)
            self.right.setCurrentWidget(self.tabs)  # also from Att göra, which hides the tabs
            page = self.tabs.widget(index)
        else:
            page = make()
            self._add_tab(page, page.title())
        if focus:
            focus_into(page)
        return page

    def open_client(self, client_id: int):
        from app.ui.client_page import ClientPage

        def make():
            self.store.cases.open_client(client_id)  # an OPEN_CLIENT row (issue 11)
            page = ClientPage(self.store, client_id)
            page.openCase.connect(self.open_case)
            return page
        return self._open_tab(("client", client_id), make)

    def open_case(self, case_id: int):
        """The case's tab; a case that is not the user's own asks for the reason first (None when
        they give none). Every opening is logged by store.cases.open_for_reading."""
        from app.ui.case_page import CasePage

        if self._find_tab(("case", case_id)) is None and not self._open_for_reading(case_id):
            return None

        def make():
            page = CasePage(self.store, case_id)
            page.openPlan.connect(self.open_plan)
            page.openEvaluation.connect(self.open_evaluation)
            page.openSequence.connect(self.open_sequence)
            page.openAssessment.connect(self.open_assessment)
            page.openResults.connect(self.open_results)
            page.openTrend.connect(self.open_trend)
            return page
        return self._open_tab(("case", case_id), make)

    def open_assessment(self, assessment_id: int):
        from app.ui.assessment_form import AssessmentForm

        def make():
            page = AssessmentForm(self.store, assessment_id)
            page.openResults.connect(self.open_results)
            page.openAssessment.connect(self.open_assessment)
            return page
        return self._open_tab(("assessment", assessment_id), make, focus=True)

    def open_plan(self, case_id: int):
        from app.ui.plan_page import PlanPage

        return self._open_tab(("plan", case_id), lambda: PlanPage(self.store, case_id), focus=True)

    def open_sequence(self, case_id: int):
        from app.ui.sequence_page import SequencePage

        def make():
            page = SequencePage(self.store, case_id)
            page.openAssessment.connect(self.open_assessment)
            page.openResults.connect(self.open_results)
            return page
        return self._open_tab(("sequence", case_id), make, focus=True)

    def open_groups(self):
        from app.ui.groups_page import GroupsPage

        return self._open_tab(("groups", 0), lambda: GroupsPage(self.store))

    def open_log_review(self):
        from app.ui.log_review_page import LogReviewPage

        return self._open_tab(("log_review", 0), lambda: LogReviewPage(self.store))
    def open_retention(self):
        from app.ui.retention_page import RetentionPage

        def make():
            page = RetentionPage(self.store)
            page.disposed.connect(self.close_disposed)
            return page
        return self._open_tab(("retention", 0), make)

    def open_unit(self):
        """Enhetens uppgifter: the page of Inställningar."""
        return self.open_settings("unit")

    def open_settings(self, page: str = "profile"):
        """Inställningar (app/ui/settings_dialog.py). The idle lock takes its new time at once; a new
        language shows once the window has opened anew (``restart``), now or at the next start."""
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self, page=page if isinstance(page, str) else "profile")
        dialog.exec()
        if self.idle_watch is not None:
            self.idle_watch.set_seconds(self.store.users.idle_lock_seconds())
        self.who_label.setText(self._who_text())
        if dialog.restart_now:
            self.restart()
        return dialog

    def restart(self) -> bool:
        """Close the window as Stäng programmet does (saving first, asking about what could not be
        saved) and let app/ui/app.py open the database again, with the chosen language installed."""
        from PySide6.QtWidgets import QApplication

        from app.ui.settings_dialog import install_chosen_language

        self.reopen_requested = True
        if not self.close():
            self.reopen_requested = False
            return False
        if self.idle_watch is not None:
            self.idle_watch.stop()
        install_chosen_language()
        QApplication.quit()
        return True

    # -- help (F1) --------------------------------------------------------------------------
    def show_help(self, anchor: str = ""):
        """The help window (app/ui/help_window.py), beside this one; at ``anchor`` when given."""
        from app.ui.help_window import HelpWindow

        if getattr(self, "help_window", None) is None:
            self.help_window = HelpWindow(self)
        anchor = anchor if isinstance(anchor, str) else ""  # triggered(checked) passes a bool
        self.help_window.show_at(anchor or self._help_anchor())
        return self.help_window

    def _help_anchor(self) -> str:
        """F1 on a case: the help's section of the step shown (the anchors are the step keys)."""
        page = self.tabs.currentWidget() if self.right.currentWidget() is self.tabs else None
        current_step = getattr(page, "current_step", None)
        return current_step() if callable(current_step) else ""

    def show_shortcuts(self):
        return self.show_help("kortkommandon")

    def open_backups(self) -> None:
        """Säkerhetskopior (issue 12). After a restore the window closes and the restored database is
        opened again as at a start (app/ui/backup_dialog.py says why a fresh window); before it, the
        pages are saved and the database closed."""
        from app.ui.backup_dialog import BackupDialog

        def release() -> bool:
            if not self._saved_or_let_go(self._pages(), self.tr("Återställa ändå?")):
                return False
            while self.tabs.count():
                self.tabs.widget(0).deleteLater()
                self.tabs.removeTab(0)
            self.hide()
            self.store.close()
            return True

        dialog = BackupDialog(self.store, self.store.path, self, release=release)
        dialog.exec()
        if dialog.released:  # the database is closed: app/ui/app.py opens the restored one, signed in anew
            self.reopen_requested = True
            if self.idle_watch is not None:
                self.idle_watch.stop()
            self.close()
            from PySide6.QtWidgets import QApplication

            QApplication.quit()  # a hidden window's close does not end the event loop

    def close_disposed(self, case_ids: list[int], client_ids: list[int]) -> None:
        """A disposal removed these cases (and clients): their tabs go without saving (nothing is left),
        at once rather than by deleteLater, so they are not asked to refresh from rows that are gone."""
        import shiboken6

        for index in reversed(range(self.tabs.count())):
            page = self.tabs.widget(index)
            if getattr(page, "case_id", None) in case_ids or getattr(page, "client_id", None) in client_ids:
                self.tabs.removeTab(index)
                shiboken6.delete(page)
        if self.tabs.count() == 0:
            self.show_todo()

    def open_evaluation(self, case_id: int):
        from app.ui.evaluation_page import EvaluationPage

        return self._open_tab(("evaluation", case_id), lambda: EvaluationPage(self.store, case_id), focus=True)

    def open_trend(self, case_id: int):
        """Förändring över tid for the case's assessments (app/ui/trend_page.py)."""
        from app.ui.trend_page import TrendPage

        return self._open_tab(("trend", case_id), lambda: TrendPage(self.store, case_id))

    def open_results(self, assessment_id: int):
        index = self._find_tab(("results", assessment_id))
        if index is not None:  # results are a snapshot: rebuild to show the latest ratings
            self.close_tab(index)
        from app.ui.assessment_results import AssessmentResults

        page = AssessmentResults(self.store, assessment_id)
        self._add_tab(page, page.title())
        return page

    def close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if not self._saved_or_let_go([page], self.tr("Stäng fliken ändå?")):
            return
        self.tabs.removeTab(index)
        page.deleteLater()
        if self.tabs.count() == 0:
            self.show_todo()
        else:  # the keyboard stays in the tabs (Qt would hand it to the search field, its text selected)
            focus_into(self.tabs.currentWidget())

    def _build_todo(self) -> None:
        from app.ui.todo_page import TodoPage

        if self.todo is not None:
            return
        self.todo = TodoPage(self.store)
        self.todo.openCase.connect(self.open_case)
        placeholder = self.right.widget(0)
        self.right.insertWidget(0, self.todo)
        self.right.removeWidget(placeholder)
        placeholder.deleteLater()  # the page fills itself as it is shown
        if self.tabs.count() == 0:
            self.right.setCurrentWidget(self.todo)

    def show_todo(self) -> None:
        if self.todo is None:
            self._build_todo()
        self.right.setCurrentWidget(self.todo)  # it brings itself up to date as it is shown

    def show_unsigned(self):
        from app.ui.unsigned_dialog import UnsignedDialog

        dialog = UnsignedDialog(self.store, self)
        dialog.exec()
        return dialog

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def _tab_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        self.setWindowTitle(f"{APP_NAME} – {page.title()}" if page else APP_NAME)

    def _on_change(self, change: Change) -> None:
        """The list shows names and current steps, the tab titles names, case numbers and dates."""
        if not change.touches_list:
            return
        self.refresh_list()
        for index, page in enumerate(self._pages()):
            self.tabs.setTabText(index, page.title())
        self._tab_changed(self.tabs.currentIndex())

    # -- commands ---------------------------------------------------------------------------
    def new_client(self) -> None:
        from app.ui.client_dialog import ClientDialog

        dialog = ClientDialog(self.store, parent=self)
        if dialog.exec() and dialog.saved:
            self.search.clear()
            announce(self.store, Change.client(dialog.saved.id))
            row = self.model.row_of_client(dialog.saved.id)
            if row is not None:
                self.list.selectRow(row)
            self.open_client(dialog.saved.id)

    def new_case_for_selected(self) -> None:
        from app.ui.messages import tell

        page = self.tabs.currentWidget()
        client_id = page.client_id if page is not None else self.selected_client_id()
        if client_id is None:
            tell(self, APP_NAME, self.tr("Markera först en klient i listan."))
            return
        self.open_client(client_id).new_case()

    def about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        AboutDialog(self.store, self).exec()

    # -- who may see what (issue 11): opening others' cases, the idle lock, Byt användare ------------
    def _open_for_reading(self, case_id: int) -> bool:
        """Log the opening of ``case_id`` (with the reason the user gives when it is not theirs)."""
        from app.ui.messages import show_error

        reason = ""
        if self.store.cases.access(case_id).needs_reason:
            from app.ui.access_dialogs import CaseReasonDialog

            dialog = CaseReasonDialog(self.store, case_id, self)
            if not dialog.exec():
                return False
            reason = dialog.reason
        try:
            self.store.cases.open_for_reading(case_id, reason)
        except AtamaError as exc:
            show_error(self, exc)
            return False
        return True

    def _start_idle_lock(self) -> None:
        from app.ui.lock_screen import IdleWatch

        self.idle_watch = IdleWatch(self.store.users.idle_lock_seconds(), self)
        self.idle_watch.idle.connect(self.lock)
        self.idle_watch.start()

    def is_locked(self) -> bool:
        return bool(self._lock_screens)

    def lock(self, log: bool = True) -> None:
        """Cover the window (and any dialog open over it) until the signed-in user's password is
        given. What was typed is saved where it can be and stays in its form either way."""
        from PySide6.QtWidgets import QApplication, QDialog

        from app.ui.lock_screen import LockScreen

        if self._lock_screens:
            return
        for page in self._pages():
            self._unsaved(page)  # saves; what could not be saved stays in the form under the lock
        if log and self.store.user_id is not None:
            self.store.users.lock()
        if self.idle_watch is not None:
            self.idle_watch.stop()
        self._locked_actions = [a for a in self.findChildren(QAction) if a.isEnabled()]
        for action in self._locked_actions:
            action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.centralWidget().setEnabled(False)
        self.setWindowTitle(APP_NAME)  # the title names the open client
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        for window in [self, *dialogs]:
            screen = LockScreen(self.store, window, can_switch=window is self)
            screen.unlocked.connect(self.unlock)
            screen.switchUser.connect(self.switch_user)
            screen.cover()
            self._lock_screens.append(screen)

    def unlock(self) -> None:
        for screen in self._lock_screens:
            screen.hide()
            screen.deleteLater()
        self._lock_screens = []
        self.menuBar().setEnabled(True)
        self.centralWidget().setEnabled(True)
        for action in self._locked_actions:
            action.setEnabled(True)
        self._locked_actions = []
        self._tab_changed(self.tabs.currentIndex())
        if self.idle_watch is not None:
            self.idle_watch.start()

    def switch_user(self) -> None:
        """Byt användare: save, sign out, and let someone sign in; their rights apply to the tabs."""
        from app.ui.user_dialog import UserDialog

        if not self._saved_or_let_go(self._pages(), self.tr("Byta användare ändå?")):
            return
        self.open_tabs.changed()  # theirs, for their next start
        self.store.users.sign_out()
        self.lock(log=False)
        for screen in self._lock_screens:
            screen.cover()  # nobody signed in now
        if not UserDialog(self.store, self).exec():
            return  # stays locked, offering Logga in…
        self._apply_rights()
        self.unlock()

    def _apply_rights(self) -> None:
        """After Byt användare: the next user starts on Att göra with no tab of the previous user's
        open (a client's tab shows their personnummer and address, a case its journal: whoever
        needs one opens it again, and the opening is theirs, logged, with a reason where it must
        have one), and the menus and the status bar follow the new user."""
        self._show_log_review()
        self.users_action.setVisible(self.store.users.is_admin())
        self._show_encryption_actions()
        with self.open_tabs.quiet():
            self._close_all_tabs()
            self.show_todo()
        self.who_label.setText(self._who_text())
        announce(self.store, Change(all_clients=True))
        self.open_tabs.restore()  # the tabs this user had open

    def _close_all_tabs(self) -> None:
        for index in reversed(range(self.tabs.count())):
            page = self.tabs.widget(index)
            self.tabs.removeTab(index)
            page.deleteLater()

    def _who_text(self) -> str:
        user = self.store.users.current()
        from app.ui.i18n_people import user_text

        return (f"{user_text(user)} · " if user else "") + self.tr("Databas: ") + self.store.path

    def _may_review_log(self) -> bool:
        from app.models.access_log import can_review_log  # after the first paint (_after_first_paint)

        return can_review_log(self.store)

    def _show_log_review(self) -> None:
        """The administrators' entries (the rules: access_log.can_review_log, retention.may_dispose)."""
        from app.models.retention import may_dispose

        visible = self._may_review_log()
        for item in (self.log_review_separator, self.log_review_action):
            item.setVisible(visible)
        self.retention_action.setVisible(may_dispose(self.store).ok)

    def change_password(self):
        from app.ui.access_dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.store, self)
        dialog.exec()
        return dialog

    def manage_case_access(self):
        from app.ui.access_dialogs import CaseMembersDialog

        case_id = getattr(self.tabs.currentWidget(), "case_id", None) if self.right.currentWidget() is self.tabs \
            else None
        if case_id is None:
            from app.ui.messages import tell

            tell(self, APP_NAME, self.tr("Öppna först ärendet vars tillgång du vill se."))
            return None
        dialog = CaseMembersDialog(self.store, case_id, self)
        dialog.exec()
        return dialog

    def manage_users(self):
        from app.ui.users_dialog import UsersDialog

        dialog = UsersDialog(self.store, self)
        dialog.exec()
        if self.idle_watch is not None:
            self.idle_watch.set_seconds(self.store.users.idle_lock_seconds())
        self.users_action.setVisible(self.store.users.is_admin())  # one may have stopped being an admin
        self._show_encryption_actions()
        self._show_log_review()
        return dialog

    # -- encryption at rest (issue 12) -----------------------------------------------------------
    def _show_encryption_actions(self) -> None:
        admin = self.store.users.is_admin() and not self.store.read_only
        self.encrypt_action.setVisible(admin and not self.store.encrypted)
        self.recovery_key_action.setVisible(admin and self.store.encrypted)

    def encrypt_database(self) -> bool:
        """Convert the plain database (backup first), show the recovery key, and open it again: the
        window closes and app/ui/app.py opens the encrypted file with the password."""
        from app.ui.encryption_dialogs import RecoveryKeyDialog, encrypt_database

        if not self._saved_or_let_go(self._pages(), self.tr("Kryptera ändå?")):
            return False
        with self.open_tabs.quiet():  # they open again in the encrypted file
            self._close_all_tabs()  # nothing may save into the plain file once it is being converted
        code = encrypt_database(self.store, self, backup=self._backup_before_encrypting)
        if code is None:
            return False
        RecoveryKeyDialog(self.store, code, self).exec()
        self.reopen_requested = True
        if self.idle_watch is not None:
            self.idle_watch.stop()
        self.close()
        from PySide6.QtWidgets import QApplication

        QApplication.quit()  # also when another top-level window is open
        return True

    def _backup_before_encrypting(self) -> None:
        """The verified backup the conversion makes first (of the plain file: the dialog after the
        conversion says that it and older backups are unencrypted)."""
        from app.models import backup

        backup.make_backup(self.store, backup.BackupKind.BEFORE_ENCRYPTION)

    def new_recovery_key(self):
        from app.models import encryption
        from app.ui.encryption_dialogs import PasswordDialog, RecoveryKeyDialog
        from app.ui.messages import ask_yes_no, show_error

        if not ask_yes_no(self, self.tr("Ny återställningsnyckel"), self.tr(
                "En ny återställningsnyckel görs och visas en gång. Den gamla slutar gälla: riv papperet med den. "
                "Fortsätta?")):
            return None
        password = PasswordDialog(self)
        if not password.exec():
            return None
        try:
            self.store.users.unlock(password.password.text())
            code = encryption.new_recovery_key(self.store)
        except AtamaError as exc:
            show_error(self, exc)
            return None
        dialog = RecoveryKeyDialog(self.store, code, self)
        dialog.exec()
        return dialog

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self._saved_or_let_go(self._pages(), self.tr("Stänga programmet ändå?")):
            event.accept()
            save_geometry(self)
            if not self.reopen_requested:  # after a restore or encryption the tabs were closed to let go
                self.open_tabs.changed()
        else:
            event.ignore()

    def _saved_or_let_go(self, pages: list[QWidget], question: str) -> bool:
        """Save what ``pages`` hold. If something typed could not be saved, say what and why and
        ask before it is thrown away. True when closing may go on."""
        from PySide6.QtWidgets import QMessageBox

        unsaved = [line for page in pages if (line := self._unsaved(page))]
        if not unsaved:
            return True
        answer = QMessageBox.question(
            self, self.tr("Inte sparat"),
            self.tr("Det här kunde inte sparas:") + "\n\n" + "\n\n".join(unsaved) + "\n\n" + question + " "
            + self.tr("Det som inte sparats går då förlorat. Välj Nej så finns texten kvar och du kan försöka igen."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _unsaved(self, page: QWidget) -> str:
        """Save ``page`` now; '' when all of it is saved, else its title and why not."""
        from app.ui.autosave import Autosave

        try:
            # and every autosave on the page, also those its own flush does not reach (a case's note)
            if page.flush() and all([a.flush() for a in page.findChildren(Autosave)]):  # noqa: C419 - try each
                return ""
        except Exception as exc:  # noqa: BLE001 - an error we did not foresee must not close over typed text
            from app.ui.messages import log

            log.error("Kunde inte spara före stängning", exc_info=exc)
            return f"{page.title()}: " + self.tr("Ett oväntat fel inträffade") + f" ({type(exc).__name__}: {exc})."
        reasons = sorted({a.problem for a in page.findChildren(Autosave) if a.has_unsaved() and a.problem})
        errors = getattr(page, "errors", None)  # a form's field messages (the plan's): the first one read there
        first = errors.first_shown() if hasattr(errors, "first_shown") else None
        if first is not None and first[1].text():
            reasons.insert(0, first[1].text())
        return f"{page.title()}: " + (" ".join(reasons) or self.tr("Något kunde inte sparas."))


def focus_into(page: QWidget) -> None:
    """The keyboard into ``page``: its ``first_field()`` where it has one, else its first Tab stop."""
    from PySide6.QtCore import Qt  # not at the top: the first paint goes without the Qt namespace

    first = page.first_field() if hasattr(page, "first_field") else None
    widget = page.nextInFocusChain()
    while first is None and widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
            first = widget
        widget = widget.nextInFocusChain()
    if first is not None:
        first.setFocus()

