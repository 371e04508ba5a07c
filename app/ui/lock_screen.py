"""The idle lock (R11): after the unit's set idle time the main window, and any dialog open over it,
is covered by a screen that needs the signed-in user's password. Nothing under it is closed, so
what was typed stays in its form (the window saves what it can before locking).

``IdleWatch`` sees the input of the app's windows: an event filter on each top-level ``QWindow``
(not on the QApplication, which app/ui/qt_binding.py item 6 warns about), put on every window that
gets the focus, so typing in a dialog keeps the app awake too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.errors import AtamaError
from app.models.store import Store
from app.models.users import WrongPassword
from app.ui import style
from app.ui.i18n_people import user_text
from app.ui.style import Tone
from app.ui.user_dialog import password_field

INPUT_EVENTS = frozenset((QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress))


class IdleWatch(QObject):
    """Emits ``idle`` once no input has reached any of the app's windows for ``seconds``."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_seconds(seconds)
        self._watched: list = []  # the QWindows with this filter
        QGuiApplication.instance().focusWindowChanged.connect(self._watch)
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)

    def set_seconds(self, seconds: int) -> None:
        self.timer.setInterval(max(1, seconds) * 1000)
        if self.timer.isActive():
            self.timer.start()

    def _watch(self, window) -> None:
        if window is not None and not any(w is window for w in self._watched):
            self._watched.append(window)
            window.installEventFilter(self)
            window.destroyed.connect(self._forget)

    def _forget(self, gone) -> None:
        self._watched = [w for w in self._watched if w is not gone]

    def eventFilter(self, watched, event) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # from now again
        return False

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


class LockScreen(QFrame):
    """Covers ``parent`` (a window) while the app is locked. ``unlocked`` when the password was
    right; ``switchUser`` when someone else wants to sign in (only offered on the main window)."""

    unlocked = Signal()
    switchUser = Signal()

    def __init__(self, store: Store, parent: QWidget, can_switch: bool = True):
        super().__init__(parent)
        self.store = store
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)  # opaque: nothing of the record shows through
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setAccessibleName(self.tr("ATAMA är låst"))
        self.heading = QLabel()
        self.heading.setObjectName("lock_heading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.who = QLabel()  # short lines, no wrapping: a wrapped label is clipped in the centred box
        self.password = password_field(self.tr("Lösenord för att låsa upp"))
        self.password.returnPressed.connect(self.unlock)
        self.message = QLabel()
        self.message.setObjectName("lock_message")
        style.set_tone(self.message, Tone.ERROR)
        self.message.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Lås &upp"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button = QPushButton(self.tr("&Byt användare…"))
        self.switch_button.clicked.connect(self.switchUser)
        self.switch_button.setVisible(can_switch)
        self.password_label = QLabel(self.tr("&Lösenord"))
        self.password_label.setBuddy(self.password)
        box = QWidget()
        box.setFixedWidth(440)
        inner = QVBoxLayout(box)
        inner.setSpacing(8)
        for widget in (self.heading, self.who, self.password_label, self.password, self.message, self.unlock_button,
                       self.switch_button):
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        outer.setContentsMargins(80, 40, 80, 40)
        parent.installEventFilter(self)  # follow the window's size
        self.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parent().rect())
        return False

    def cover(self) -> None:
        """Show over the whole window, asking the signed-in user's password (or, with nobody signed
        in, only offering to sign in)."""
        user = self.store.users.current()
        self.heading.setText(self.tr("ATAMA är låst"))
        if user is not None:
            self.who.setText(self.tr("%1 är inloggad.\nSkriv ditt lösenord för att fortsätta där du var.")
                             .replace("%1", user_text(user)))
        else:
            self.who.setText(self.tr("Ingen är inloggad."))
            self.switch_button.setText(self.tr("&Logga in…"))
        for widget in (self.password_label, self.password, self.unlock_button):
            widget.setVisible(user is not None)
        if user is not None:
            self.switch_button.setText(self.tr("&Byt användare…"))
        self.message.clear()
        self.password.clear()
        self.setGeometry(self.parent().rect())
        self.raise_()
        self.show()
        (self.password if user is not None else self.switch_button).setFocus()

    def unlock(self) -> None:
        try:
            self.store.users.unlock(self.password.text())
        except WrongPassword as exc:
            self.message.setText(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        except AtamaError as exc:
            self.message.setText(str(exc))
            return
        self.password.clear()
        self.unlocked.emit()
