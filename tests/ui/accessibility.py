"""Accessibility checks over a window as built (issue 15, EN 301 549): every input a user can reach
has a name a screen reader says, and the label beside it in a form is its buddy (Alt+letter on the
label goes to it; a screen reader reads the label with it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from app.ui.widgets import DateEdit
from tests.ui.keyboard import mnemonic

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, DateEdit, QCheckBox, QRadioButton,
          QAbstractItemView)
PARTS_OF = (QComboBox, QAbstractSpinBox, DateEdit, QAbstractItemView)  # their inner line edits are part of them


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.window() is top and widget.isVisibleTo(top)


def inputs(top: QWidget) -> list[QWidget]:
    """The inputs shown in ``top`` (a date field counts once, not its inner line edit)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not _shown(widget, top):
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not top:
            if isinstance(parent, PARTS_OF):
                break
            parent = parent.parentWidget()
        else:
            found.append(widget)
    return found


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):  # a check box or radio button is named by its text
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return ""


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''} {name_of(widget)!r}".replace("  ", " ")


def unnamed(top: QWidget) -> list[str]:
    return [_describe(w) for w in inputs(top) if not name_of(w)]


def _resolve(widget: QWidget | None) -> QWidget | None:
    """What a label's buddy hands the focus to (its focus proxy, all the way down)."""
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _inputs_of(item, shown: set[QWidget]) -> list[QWidget]:
    """The shown inputs of a form row's field: a widget, or every widget in a layout."""
    if item is None:
        return []
    if item.widget() is not None:
        field = item.widget()
        return [w for w in shown if w is field or field.isAncestorOf(w)]
    layout = item.layout()
    if layout is None:
        return []
    found = []
    for index in range(layout.count()):
        found += _inputs_of(layout.itemAt(index), shown)
    return found


def unlabelled(top: QWidget) -> list[str]:
    """Form rows whose label is not the buddy of the input (or one of the two inputs) in its row;
    and labels with an Alt letter that lead nowhere (no buddy)."""
    shown = set(inputs(top))
    problems = []
    for form in top.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = label.widget() if label is not None else None
            if not isinstance(label, QLabel) or not label.text().strip() or not _shown(label, top):
                continue
            fields = _inputs_of(form.itemAt(row, QFormLayout.ItemRole.FieldRole), shown)
            if not fields or len(fields) > 2:
                continue  # the label describes text, or heads a list of rows (participants), not an input
            buddy = label.buddy()
            if buddy is None or not any(_resolve(buddy) is _resolve(f) or buddy is f for f in fields):
                problems.append(f"label {label.text()!r}: its buddy is not {_describe(fields[0])}")
    for label in top.findChildren(QLabel):
        rich = "<" in label.text()  # "&amp;" in rich text is no Alt letter
        if _shown(label, top) and label.buddy() is None and not rich and mnemonic(label.text()) is not None:
            problems.append(f"label {label.text()!r} has an Alt letter but no buddy")
    return problems


def problems(top: QWidget) -> list[str]:
    return [f"unnamed: {line}" for line in unnamed(top)] + unlabelled(top)

