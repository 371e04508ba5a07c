"""Redigera's editing commands (Ångra, Gör om, Klipp ut, Kopiera, Klistra in, Markera allt), where a
user of an office program looks for them. They act on the text field that has the focus, and are
greyed out where that field cannot do them (nothing selected, a read-only field, a password).

The keys themselves (Ctrl+Z, Ctrl+C …) stay the field's own, as in every Qt text field: the actions
show them in the menu but answer them only while the menu is open (WidgetShortcut), so no shortcut
of the window takes a key from a field. Added after the first paint (main_window._after_first_paint):
the first view needs none of it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TextField = QLineEdit | QTextEdit | QPlainTextEdit


def focused_text_field() -> TextField | None:
    """The text field the keyboard is in: a line, a text box, or the line inside a spin box or an
    editable combo box."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        widget = widget.findChild(QLineEdit)
    return widget if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) else None


def _can(field: TextField, command: str) -> bool:
    if isinstance(field, QLineEdit):
        shown = field.echoMode() == QLineEdit.EchoMode.Normal  # a password is never copied out
        return {"undo": field.isUndoAvailable(), "redo": field.isRedoAvailable(),
                "cut": shown and field.hasSelectedText() and not field.isReadOnly(),
                "copy": shown and field.hasSelectedText(),
                "paste": not field.isReadOnly(), "selectAll": bool(field.text())}[command]
    document, selected = field.document(), field.textCursor().hasSelection()
    return {"undo": document.isUndoAvailable() and not field.isReadOnly(),
            "redo": document.isRedoAvailable() and not field.isReadOnly(),
            "cut": selected and not field.isReadOnly(), "copy": selected,
            "paste": field.canPaste(), "selectAll": not document.isEmpty()}[command]


def add_edit_actions(menu: QMenu, before: QAction | None, owner: QWidget) -> list[QAction]:
    """The commands in ``menu`` above ``before`` (then a separator); enabled as the menu opens."""
    translate = QApplication.translate
    commands = [
        (translate("EditActions", "Å&ngra"), QKeySequence.StandardKey.Undo, "undo"),
        (translate("EditActions", "&Gör om"), QKeySequence.StandardKey.Redo, "redo"),
        (translate("EditActions", "Klipp &ut"), QKeySequence.StandardKey.Cut, "cut"),
        (translate("EditActions", "&Kopiera"), QKeySequence.StandardKey.Copy, "copy"),
        (translate("EditActions", "Klistra &in"), QKeySequence.StandardKey.Paste, "paste"),
        (translate("EditActions", "&Markera allt"), QKeySequence.StandardKey.SelectAll, "selectAll"),
    ]
    # The field and its selection as the menu opens: the command is for them. By the time a chosen
    # action runs the focus may not be back from the menu, and a line field opened from with Alt+R
    # has dropped its selection (QLineEdit deselects when the menu bar takes the focus).
    target: list = [None, None]

    def run(command: str) -> None:
        field, selection = target
        if field is None or not shiboken6.isValid(field):
            return
        if isinstance(field, QLineEdit) and selection is not None and not field.hasSelectedText():
            field.setSelection(*selection)
        if _can(field, command):
            getattr(field, command)()

    actions = []
    for text, key, command in commands:
        action = QAction(text, owner)
        action.setObjectName(f"edit_{command}")
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False, command=command: run(command))
        menu.insertAction(before, action)
        actions.append(action)
    menu.insertSeparator(before)

    def update() -> None:
        field = focused_text_field()
        selected = isinstance(field, QLineEdit) and field.hasSelectedText()
        target[:] = [field, (field.selectionStart(), field.selectionLength()) if selected else None]
        for action, (_text, _key, command) in zip(actions, commands, strict=True):
            action.setEnabled(field is not None and _can(field, command))

    menu.aboutToShow.connect(update)
    update()
    return actions
