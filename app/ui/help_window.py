"""Hjälp (F1): a window beside the main one, non-modal, with the process, where things are, and the
keyboard shortcuts. The text is resources/help/<language>.html; its shortcut list is made here from
the main window's own actions (menu, text, keys) and the shortcuts some pages have of their own, so
it cannot drift from what the keys do (tests/ui/test_help.py). Anchors: process, informera, utreda,
planera, utvardera, avsluta, var, installningar, kortkommandon."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTextBrowser, QVBoxLayout, QWidget

from app.paths import resources_dir

PLACEHOLDER = "<!-- kortkommandon -->"


def page_shortcuts() -> list[tuple[str, str, str]]:
    """(where, what, keys) of the shortcuts pages have of their own, from the constants they use."""
    from app.ui.meetings_panel import NEW_MEETING_SHORTCUT
    from app.ui.todo_page import MARK_DONE_SHORTCUT

    translate = QCoreApplication.translate  # the literal calls below are what lupdate finds
    notes = translate("HelpWindow", "Ärendet, anteckningar")
    meetings = translate("HelpWindow", "Ärendet, samverkansmöten")
    return [
        (notes, translate("HelpWindow", "Signera anteckningen"), "Ctrl+Shift+S"),
        (meetings, translate("HelpWindow", "Planera ett nytt samverkansmöte"), NEW_MEETING_SHORTCUT),
        (meetings, translate("HelpWindow", "Lägg till en rad (deltagare, åtgärder)"), "Ctrl+Return"),
        (translate("HelpWindow", "Att göra"), translate("HelpWindow", "Markera den markerade åtgärden klar"),
         MARK_DONE_SHORTCUT),
        (translate("HelpWindow", "Listor"), translate("HelpWindow", "Öppna den markerade raden"), "Return"),
    ]


def _keys(sequences) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def _plain(text: str) -> str:
    """A menu text as read: "Nytt ä&rende…" -> "Nytt ärende…" ("&&" is a literal &)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def action_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) of every visible action in ``window``'s menus that has a shortcut, in
    menu order; then those of the window outside any menu."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            seen.add(id(action))
            if action.isVisible() and action.shortcuts():
                rows.append((_plain(menu.title()), _plain(action.text()), _keys(action.shortcuts())))
    for action in window.findChildren(QAction):  # the window's own, not a page's (page_shortcuts has those)
        if (id(action) not in seen and action.parent() is window and action.isVisible() and action.shortcuts()
                and action.menu() is None):
            rows.append(("", _plain(action.text()), _keys(action.shortcuts())))
    return rows


def shortcut_table(window: QMainWindow) -> str:
    head = (QCoreApplication.translate("HelpWindow", "Var"), QCoreApplication.translate("HelpWindow", "Vad"),
            QCoreApplication.translate("HelpWindow", "Tangenter"))
    rows = [*action_shortcuts(window),
            *((where, what, QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
              for where, what, keys in page_shortcuts())]
    cells = "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td><td><b>{html.escape(c)}</b></td></tr>"
                    for a, b, c in rows)
    header = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in head)
    return f"<table cellpadding='4' cellspacing='0'><tr>{header}</tr>{cells}</table>"


def help_language() -> str:
    """The screens' language: the installed translation's when app/ui/i18n.py is there, else Swedish."""
    try:
        from app.ui.i18n import current_language
    except ImportError:
        return "sv"
    return current_language()


def help_html(window: QMainWindow, language: str | None = None) -> str:
    folder = resources_dir() / "help"
    path = folder / f"{language or help_language()}.html"
    if not path.is_file():
        path = folder / "sv.html"
    return path.read_text(encoding="utf-8").replace(PLACEHOLDER, shortcut_table(window))


class HelpWindow(QWidget):
    """``HelpWindow(main_window).show_at("kortkommandon")``. Its own window (not modal), closed with
    Esc and with the main window; the shortcut list is made anew each time it is shown, for the user
    signed in then."""

    def __init__(self, window: QMainWindow):
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.setWindowTitle(self.tr("ATAMA – hjälp"))
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setAccessibleName(self.tr("Hjälptext"))
        self.browser.setOpenLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        QShortcut(QKeySequence("Esc"), self, self.close)
        # It goes with the main window: never the one window keeping ATAMA running after Stäng programmet
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Hide:
            self.close()
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return self.browser.toPlainText()

    def show_at(self, anchor: str = "") -> None:
        self.browser.setHtml(help_html(self.window_))
        self.show()
        self.raise_()
        self.activateWindow()
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.browser.setFocus()


def open_help(widget: QWidget, anchor: str = "") -> None:
    """F1 from a dialog or page: the main window's help at ``anchor``."""
    from PySide6.QtWidgets import QApplication

    for top in QApplication.topLevelWidgets():
        if hasattr(top, "show_help") and isinstance(top, QMainWindow):
            top.show_help(anchor)
            return


def help_on_f1(widget: QWidget, anchor: str) -> QShortcut:
    """Make F1 in ``widget`` (a dialog) open the help at ``anchor``."""
    return QShortcut(QKeySequence("F1"), widget, lambda: open_help(widget, anchor))
