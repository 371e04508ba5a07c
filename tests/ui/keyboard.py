"""Keyboard checks over a window as it is built (issue 15, EN 301 549): which Alt+letter mnemonics
it offers at the same time, and whether two of them clash.

A mnemonic is the letter after a single ``&`` (``&&`` is a literal ampersand) in a button's text, a
label's text when the label has a buddy, a group box's title, a tab's text and, in the main window,
a menu bar's menu titles. Reachable at the same time means shown in the same window now: a widget on
a hidden tab page or stack page waits for its page and clashes with nothing on the page in front; the
menu bar is there for everything in its window. The checks read the window's texts, so they work in
whichever language is installed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after the first single ``&`` in ``text``, lower case; None when there is none."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] == "&":
                index += 2
                continue
            return text[index + 1].lower()
        index += 1
    return None


@dataclass(frozen=True)
class Mnemonic:
    key: str
    text: str  # as written, with its &
    kind: str  # what offers it: "knapp", "etikett", "grupp", "flik", "meny"


def _reachable(widget: QWidget, top: QWidget) -> bool:
    """Shown with ``top`` now: in ``top``'s own window (not a popup or a dialog of its own), not on
    a hidden page, and not inside a disabled part (the window under the lock screen). A disabled
    button itself counts: it is enabled again in the same screen. isVisibleTo works on a window
    not yet shown."""
    if widget.window() is not top or not (widget is top or widget.isVisibleTo(top)):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if not parent.isEnabled():
            return False
        parent = parent.parentWidget()
    return True


def offered(top: QWidget) -> list[Mnemonic]:
    """Every mnemonic ``top`` offers at the moment, in the order of its widgets."""
    found: list[Mnemonic] = []

    def add(text: str, kind: str) -> None:
        key = mnemonic(text)
        if key is not None:
            found.append(Mnemonic(key, text, kind))

    for widget in [top, *top.findChildren(QWidget)]:
        if not _reachable(widget, top):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), "knapp")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "etikett")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "grupp")
        elif isinstance(widget, QTabBar) and widget.isEnabled():
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "flik")
        elif isinstance(widget, QMenuBar) and widget.isEnabled():  # not under the lock screen
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), "meny")
        for action in QWidget.actions(widget):  # a widget's own Alt+letter shortcuts (not a menu's items)
            if isinstance(widget, QMenuBar) or not action.isVisible():
                continue
            for sequence in action.shortcuts():
                key = _alt_letter(sequence)
                if key is not None:
                    found.append(Mnemonic(key, f"{action.text()} ({sequence.toString()})", "kortkommando"))
    return found


def _alt_letter(sequence: QKeySequence) -> str | None:
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    if text.startswith("Alt+") and len(text) == 5:
        return text[4].lower()
    return None


def clashes(top: QWidget) -> list[str]:
    """One line per pair of mnemonics on the same letter, naming both texts; empty when none clash."""
    first: dict[str, Mnemonic] = {}
    lines = []
    for item in offered(top):
        if item.key in first:
            other = first[item.key]
            lines.append(f"Alt+{item.key.upper()}: {other.kind} {other.text!r} och {item.kind} {item.text!r}")
        else:
            first[item.key] = item
    return lines


def assert_no_clashes(top: QWidget, where: str) -> None:
    found = clashes(top)
    assert not found, f"{where}: mnemonics that clash:\n" + "\n".join(found)
