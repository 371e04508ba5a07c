"""Shared by the UI tests: driving modal dialogs (schedule the filling, then trigger what opens the
dialog), the main window shown as a user sees it, and small builders."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.models import sqlite_driver
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.plans import PlanInput, SubGoalInput


def with_modal(fill: Callable[[QWidget], None], trigger: Callable[[], object], expected: type | None = None):
    """Run ``trigger`` (which opens a modal dialog with exec()); ``fill`` gets the dialog once shown.
    Errors inside ``fill`` are re-raised after the dialog closes, so a test cannot pass silently."""
    problems: list[BaseException] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        try:
            if expected is not None:
                assert isinstance(dialog, expected), f"expected {expected.__name__}, got {type(dialog).__name__}"
            fill(dialog)
            if dialog.isVisible():  # the fill did not get the dialog accepted: fail, never hang
                raise AssertionError(f"{type(dialog).__name__} is still open after filling it")
        except BaseException as exc:  # noqa: BLE001 - reported below
            problems.append(exc)
            from PySide6.QtWidgets import QDialog

            QDialog.done(dialog, 0)  # not reject(): a dialog with typed text asks first, and nobody answers

    QTimer.singleShot(0, act)
    result = trigger()
    if problems:
        raise problems[0]
    return result


def with_modals(steps: list[tuple[Callable[[QWidget], None], type]], trigger: Callable[[], object]):
    """``with_modal`` for dialogs that follow one another (the first start: sign-in, then the
    recovery key): each ``(fill, expected type)`` in turn, as each dialog shows. A step whose dialog
    never shows fails the test."""
    from PySide6.QtWidgets import QDialog

    problems: list[BaseException] = []
    pending = list(steps)
    # A filled dialog may still show while the next opens from it: it is marked, not kept in a list
    # (a list would hold wrappers of dialogs Qt has since deleted).
    filled = "atama_test_filled"

    def act() -> None:
        if not pending:
            return
        dialog = QApplication.activeModalWidget()
        fill, expected = pending[0]
        if (dialog is None or dialog.property(filled) or not isinstance(dialog, expected)
                or not dialog.isVisible()):
            QTimer.singleShot(20, act)
            return
        pending.pop(0)
        dialog.setProperty(filled, True)
        QTimer.singleShot(0, act)  # the next dialog may open from inside this fill (a nested exec)
        try:
            fill(dialog)
            if dialog.isVisible():
                raise AssertionError(f"{type(dialog).__name__} is still open after filling it")
        except BaseException as exc:  # noqa: BLE001 - reported below
            problems.append(exc)
            pending.clear()
            QDialog.done(dialog, 0)  # also a dialog that refuses Escape

    QTimer.singleShot(0, act)
    result = trigger()
    if problems:
        raise problems[0]
    if pending:
        raise AssertionError(f"{pending[0][1].__name__} was never shown")
    return result


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, including å, ä, ö and other non-ASCII letters
    (QTest.keyClicks only handles ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def let_go_of_unsaved(window) -> None:
    """Before pytest-qt closes a test's window: a test that left text the app cannot save (a refused
    plan) would otherwise have the close ask "Stänga programmet ändå?" with no one to answer, and hang.
    Ja, as a user letting the text go; a test of that question asks it itself."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.button(QMessageBox.StandardButton.Yes) is not None:
            box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)


def main_window(qtbot, store):
    """The real main window, shown and active, as the user meets it after signing in."""
    from app.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window, before_close_func=let_go_of_unsaved)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(lambda: window.todo is not None)  # what follows the first paint has run too
    return window


def short_absence_case(store):
    """Tolvan Tolvansson (Skatteverket's test number) with a case in the short-term-absence group."""
    from app.models.cases import CaseInput
    from app.models.clients import ClientInput

    client = store.clients.add(ClientInput(first_name="Tolvan", last_name="Tolvansson",
                                           personnummer="19121212-1212", gender="man"))
    return store.cases.open(client.id, CaseInput(referral_date="2026-01-02", referred_by="hr",
                                                 target_group="korttidsfranvaro"))


@contextlib.contextmanager
def database_locked(store):
    """Another program holds the write lock; our wait for it is short, so the test is quick."""
    other = sqlite_driver.connect(store.path)
    other.execute("BEGIN IMMEDIATE")
    store.query_value("PRAGMA busy_timeout = 50")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@contextlib.contextmanager
def database_read_only(store):
    store.query_value("PRAGMA query_only = ON")  # writes fail as on a read-only file (SQLITE_READONLY)
    try:
        yield
    finally:
        store.query_value("PRAGMA query_only = OFF")


def answer_box(button, seen: list[str]):
    """Fill for with_modal: note the box's text in ``seen`` and press ``button``."""
    def fill(box) -> None:
        seen.append(box.text())
        box.button(button).click()
    return fill


def day_from_today(store, days: int) -> str:
    return (store.today() + dt.timedelta(days=days)).isoformat()


def evaluation_case(store):
    """Karin Andersson's case, surveyed, ready for Utvärdera once it has a plan."""
    client = store.clients.add(ClientInput(first_name="Karin", last_name="Andersson", birth_year=1980,
                                           gender="kvinna"))
    start = day_from_today(store, -60)
    case = store.cases.open(client.id, CaseInput(referral_date=start, referred_by="arbetsledare",
                                                 target_group="ama_medarbetare", ama_start_date=start))
    # the survey (kartläggningen) comes before Utvärdera may start
    store.process.save_answer(case.id, store.process.definition.survey_questions()[0], "Snickare, 20 år")
    return case


def agreed_plan(store, case_id: int) -> None:
    """A plan agreed 45 days ago: the main goal and two sub-goals, follow-up in five days."""
    def goal(text: str, responsible: str) -> SubGoalInput:
        return SubGoalInput(text=text, actions="Rullvagn, pauser", responsible=responsible,
                            start_date=day_from_today(store, -50), target_date=day_from_today(store, 10),
                            follow_up_date=day_from_today(store, 5))
    version = store.plans.save(case_id, PlanInput(
        main_goal="Arbeta hela dagar i snickeriet", baseline="Arbetar halva dagar; ont efter lyft.",
        client_priorities="Orka hela dagen.", follow_up_date=day_from_today(store, 5),
        sub_goals=[goal("Lyfta med rullvagn", "arbetsterapeut"), goal("Schema med pauser", "arbetsledare")]))
    store.plans.agree(version.id, day_from_today(store, -45), "Karin, arbetsledaren Per")
