"""Enter presses the focused button, as Space does.

Qt gives Enter to a focused push button only in a dialog (an "auto default" button). In the main
window's pages (a client's Nytt ärende…, a note's Signera, a case's steps, which are tool buttons)
Enter did nothing, where a keyboard user on Windows expects it to press the button. So each button
that takes the focus outside a dialog gets a filter for that key: one small filter on the buttons the
user reaches, not one on the application (app/ui/qt_binding.py, 6). In a dialog Qt's own rule stands
(the focused push button, else the dialog's default one).

It is installed before the first paint, so it asks Qt for class names (``inherits``) instead of
importing button classes, and builds no ``Qt`` namespace until a button has the focus
(app/ui/qt_binding.py, 1)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class _EnterPresses(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not _takes_enter(watched):
            return False
        from PySide6.QtCore import Qt  # a button has the focus: long after the first paint

        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched.isEnabled():
            watched.click()  # as Qt does for Enter on a dialog's button
            return True
        return False


def _takes_enter(widget) -> bool:
    """A push or tool button outside any dialog (where Qt leaves Enter unhandled); still so when
    the key comes, since a page can move into a dialog."""
    return (isinstance(widget, QWidget) and (widget.inherits("QPushButton") or widget.inherits("QToolButton"))
            and not widget.window().inherits("QDialog"))


def install(app: QApplication) -> None:
    presser = _EnterPresses(app)

    def follow(_old: QWidget | None, new: QWidget | None) -> None:
        if _takes_enter(new):
            new.installEventFilter(presser)  # installed again, it is not doubled (Qt moves it first)

    app.focusChanged.connect(follow)
