"""The main window's place on the screen, its splitters and its open tabs, from one start to the next.

- The first start fits the window to the screen it opens on: 90 % of the screen's free area, at most
  a comfortable size, centred; maximised on a small screen (a 1366×768 laptop, or any screen at
  150–200 % scale). Later starts restore the size and place it had when it closed (Qt keeps a
  restored window on a screen that is still there).
- A splitter named with ``remember_splitter`` comes back where the user last put it.
- The client and case tabs that were open come back in their order, per database file and signed-in
  user (app/ui/preferences.py keeps their ids, never a name), after the first paint. Each is opened
  the way a user opens it, so its opening is logged as by hand (``MainWindow.open_client`` /
  ``open_case``); a tab whose record is gone is skipped, and so is a case of someone else's: that
  one is opened only by hand, with the reason it asks for.

What is kept is per computer (QSettings), not in the database: nothing here is journal data.
No ``Qt`` namespace here (app/ui/qt_binding.py, 1): ``fit_to_screen`` runs before the first paint.
"""

from __future__ import annotations

import contextlib
import functools
import weakref
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from app.ui import preferences

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SCREEN_SHARE = 0.9  # of the screen's free area, at the first start
COMFORTABLE = (1600, 1000)  # no larger than this at the first start, on however large a screen
# Below this free area (in logical pixels) the window is maximised: at 90 % of a 1366×768 screen the
# step form and the side panel would lose what the margin around the window gains.
SMALL = (1440, 860)
MINIMUM = (800, 500)
RESTORED_KINDS = ("client", "case")  # the tabs that come back; the others are opened from a case


def fitted_geometry(available: QRect) -> QRect | None:
    """The window's geometry on a screen whose free area is ``available``; None: maximise it."""
    if available.width() < SMALL[0] or available.height() < SMALL[1]:
        return None
    width = min(round(available.width() * SCREEN_SHARE), COMFORTABLE[0])
    height = min(round(available.height() * SCREEN_SHARE), COMFORTABLE[1])
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def fit_to_screen(window: QWidget) -> tuple[bool, int]:
    """Give ``window`` the size and place it had, or one fitted to its screen. Says whether it should
    open maximised (``window.showMaximized()``; a restored geometry carries its own state) and how
    wide it will be."""
    available = window.screen().availableGeometry()
    # never smaller than a usable window (a size saved from a window that was never shown at its own
    # size came back as a few hundred pixels); on a small screen, no larger than the screen
    window.setMinimumSize(min(MINIMUM[0], available.width()), min(MINIMUM[1], available.height()))
    saved = preferences.window_geometry()
    if saved is not None and window.restoreGeometry(saved):
        return False, window.width()
    geometry = fitted_geometry(available)
    if geometry is None:
        # the size it comes back to from maximised (and what is saved as its normal size): without
        # this, Qt's default of a few hundred pixels; and where nothing maximises it (no window manager)
        normal = QRect(0, 0, round(available.width() * SCREEN_SHARE), round(available.height() * SCREEN_SHARE))
        normal.moveCenter(available.center())
        window.setGeometry(normal)
        return True, available.width()
    window.setGeometry(geometry)
    return False, geometry.width()


def list_and_tabs(width: int) -> list[int]:
    """The main splitter's first sizes in a window ``width`` wide: the client list a good quarter
    (its name, personnummer and case number in sight at 1366 px), the tabs the rest."""
    share = min(max(round(width * 0.28), 200), 560)
    return [share, width - share]


def save_geometry(window: QWidget) -> None:
    preferences.set_window_geometry(window.saveGeometry())


def remember_splitter(splitter: QSplitter, name: str) -> None:
    """Put ``splitter`` where the user last left a splitter called ``name``, and keep it each time
    they move it. Call it after setting the splitter's default sizes: those are for a first start."""
    state = preferences.splitter_state(name)
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(functools.partial(_keep_splitter, weakref.ref(splitter), lambda: name))


def _keep_splitter(splitter_ref, name, *_moved) -> None:
    """The splitter's place as the user left it. Held weakly: the connection must not keep it alive."""
    splitter = splitter_ref()
    if splitter is not None:
        preferences.set_splitter_state(name(), splitter.saveState())


class SideBySide:
    """A splitter of two panes that stands them side by side when there is room for both and one above
    the other when not (a 1366×768 screen with the client list beside, or 150–200 % scale): neither
    pane then needs sideways scrolling. Each way is remembered on its own ("case_wide", "case_narrow")."""

    def __init__(self, splitter: QSplitter, name: str, room: int):
        self._splitter = weakref.ref(splitter)  # the connection below holds this: not the splitter too
        self.name = name
        self.room = room  # px the two panes need side by side
        splitter.splitterMoved.connect(functools.partial(_keep_splitter, weakref.ref(splitter), self._key))

    @property
    def splitter(self) -> QSplitter:
        splitter = self._splitter()
        assert splitter is not None, "the splitter is gone"
        return splitter

    def fit(self, width: int) -> None:
        """Call from the page's resizeEvent with its new width."""
        from PySide6.QtCore import Qt

        wide = width >= self.room
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() == orientation and self.splitter.property("fitted"):
            return
        self.splitter.setProperty("fitted", True)
        self.splitter.setOrientation(orientation)
        state = preferences.splitter_state(self._key())
        if state is not None:
            self.splitter.restoreState(state)
            self.splitter.setOrientation(orientation)  # a state saved the other way round carries that way

    def _key(self) -> str:
        from PySide6.QtCore import Qt

        wide = self.splitter.orientation() == Qt.Orientation.Horizontal
        return f"{self.name}_{'wide' if wide else 'narrow'}"


class PageTabs(QTabWidget):
    """The window's tabs, telling when one comes or goes (QTabWidget says so only of the current one).
    However many are open, every tab stays in sight: the titles shorten (the whole title is the
    tab's tooltip) rather than hide behind scroll arrows."""

    tabsChanged = Signal()  # one came, went, moved or was brought to the front

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUsesScrollButtons(False)
        # signal to signal: a Python function here would hold the window alive after it closed
        self.currentChanged.connect(self.tabsChanged)
        self.tabBar().tabMoved.connect(self.tabsChanged)

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        if index == 0 and self.count() == 1:  # the first tab comes after the first paint: Qt's enums may load
            from PySide6.QtCore import Qt

            self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setTabToolTip(index, self.tabText(index))
        self.tabsChanged.emit()

    def setTabText(self, index: int, text: str) -> None:
        super().setTabText(index, text)
        self.setTabToolTip(index, text)

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        self.tabsChanged.emit()


class OpenTabs:
    """Keeps the window's client and case tabs in the preferences as they change, and opens them again."""

    def __init__(self, window: MainWindow):
        # weakly: the window holds this, and a cycle would keep a closed window until the next collection
        self._window = weakref.ref(window)
        self._quiet = True  # until the saved tabs are back: the first tabs opened must not overwrite them

    @property
    def window(self) -> MainWindow:
        window = self._window()
        assert window is not None, "the window is gone"
        return window

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Tabs closed or opened inside are not kept (closing them all at Byt användare, restoring)."""
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was

    def changed(self) -> None:
        if not self._quiet:
            self.save()

    def shown(self) -> list[preferences.TabKey]:
        return [page.tab_key for page in self.window._pages() if page.tab_key[0] in RESTORED_KINDS]

    def current(self) -> preferences.TabKey | None:
        """The tab in front; a case's plan or results count as the case. None: Att göra is in front."""
        window = self.window
        page = window.tabs.currentWidget()
        if page is None or window.right.currentWidget() is not window.tabs:
            return None
        if page.tab_key[0] in RESTORED_KINDS:
            return page.tab_key
        case_id = getattr(page, "case_id", None)
        return ("case", case_id) if ("case", case_id) in self.shown() else None

    def save(self) -> None:
        store = self.window.store
        if store.user_id is not None and not store.closed:
            preferences.set_open_tabs(store.path, store.user_id, self.shown(), self.current())

    def restore(self) -> None:
        """Open the saved tabs; the window calls it after its first paint (the paint does not wait)."""
        store = self.window.store
        if store.user_id is None or store.closed:
            return
        keys, current = preferences.open_tabs(store.path, store.user_id)
        with self.quiet():
            opened = [key for key in keys if self._reopen(*key)]
            index = self.window._find_tab(current) if current in opened else None
            if index is not None:
                self.window.tabs.setCurrentIndex(index)
            elif current is None and opened:
                self.window.show_todo()  # Att göra was in front
        self._quiet = False
        self.save()  # without what was skipped

    def _reopen(self, kind: str, record_id: int) -> bool:
        """Open the tab as the user would, and say whether it opened; nothing is asked or shown."""
        from app.models.errors import AtamaError

        store = self.window.store
        try:
            if kind == "client":
                store.clients.get(record_id)  # NotFound: gone (disposed of)
                return self.window.open_client(record_id) is not None
            if store.cases.access(record_id).needs_reason:  # NotFound: gone
                return False  # another's case: opened by hand only, with its reason
            return self.window.open_case(record_id) is not None
        except AtamaError:
            return False
