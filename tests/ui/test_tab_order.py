"""The keyboard's way through a screen (issue 15, EN 301 549): Tab leaves every list, and goes
through a form top to bottom, reaching every field once, and back to where it started.

The walks go through the client dialog, a step form, an instrument form and the plan, each in the
real window. What a keyboard user needs of each: from the form's first field, Tab reaches every
enabled input and button of the form exactly once, in one run (it does not wander out of the form
and back in), in reading order as laid out on screen (top to bottom, left to right along a line);
it comes back round to the first field, and Shift+Tab goes the same way backwards."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.builders import client_with_case
from tests.ui.accessibility import inputs
from tests.ui.helpers import agreed_plan, evaluation_case, main_window, with_modal


def _resolved(widget: QWidget) -> QWidget:
    """What gets the focus when ``widget`` is given it (a date field: its line)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _tab_from(qtbot, start, presses: int, backward: bool = False) -> list:
    """The widgets that have focus after each Tab (Shift+Tab when ``backward``) from ``start`` (at
    most ``presses``), until the focus is back at ``start``."""
    start = _resolved(start)
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    key, modifier = ((Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) if backward
                     else (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier))
    visited = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        focused = QApplication.focusWidget()
        if focused is start:
            return visited
        visited.append(focused)
    raise AssertionError(f"{'Shift+Tab' if backward else 'Tab'} never came back after {presses} presses; the last: "
                         + ", ".join(_describe(w) for w in visited[-5:]))


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


def _stops(form: QWidget) -> list[QWidget]:
    """Where Tab should stop in ``form``: every widget shown and enabled that takes focus by Tab,
    and every input shown and enabled, also one that would not take it. A widget that hands its
    focus on (a date field to its line) counts as the one it hands it to."""
    takes_tab = [w for w in form.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled() and w.focusProxy() is None
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    fields = [_resolved(w) for w in inputs(form.window()) if form.isAncestorOf(w) and w.isEnabled()]
    return list(dict.fromkeys(takes_tab + fields))


def _place(widget: QWidget, form: QWidget) -> QRect:
    """Where ``widget`` is drawn in ``form`` (a scrolled page's body: scrolling moves it all)."""
    return QRect(widget.mapTo(form, QPoint(0, 0)), widget.size())


def _reads_before(a: QRect, b: QRect) -> bool:
    """``a`` comes before ``b`` when reading: to its left on the same line, or on a line above."""
    same_line = a.top() <= b.bottom() and b.top() <= a.bottom()
    return a.left() < b.left() if same_line else a.top() < b.top()


def assert_walks_through(qtbot, form: QWidget, first: QWidget, presses: int = 200) -> list[QWidget]:
    """Tab from ``first`` goes through ``form`` as a keyboard user needs (see the module's text);
    returns the form's stops in the order Tab took them."""
    first = _resolved(first)
    forward = _tab_from(qtbot, first, presses)
    cycle = [first, *forward]
    taken = [w for w in cycle if form.isAncestorOf(w)]  # each once: a loop short of ``first`` never came back
    missed = [_describe(w) for w in _stops(form) if w not in taken]
    assert not missed, f"Tab never reaches: {missed}"
    assert cycle[:len(taken)] == taken, (
        "Tab leaves the form before its last field: "
        + " → ".join(_describe(w) + ("" if form.isAncestorOf(w) else " (outside)") for w in cycle[:len(taken) + 1]))
    for a, b in zip(taken, taken[1:], strict=False):
        assert _reads_before(_place(a, form), _place(b, form)), (
            f"Tab goes from {_describe(a)} at {_place(a, form).getRect()} back to "
            f"{_describe(b)} at {_place(b, form).getRect()}, which is before it on screen")
    backward = _tab_from(qtbot, first, presses, backward=True)
    expected = forward[::-1]
    at = next((n for n, (a, b) in enumerate(zip(backward, expected, strict=False)) if a is not b), None)
    assert backward == expected, "Shift+Tab does not go the same way back: " + (
        f"from {_describe(backward[at - 1] if at else first)} it goes to {_describe(backward[at])}, "
        f"not {_describe(expected[at])}" if at is not None else f"{len(backward)} stops back, {len(forward)} forward")
    return taken


def test_tab_goes_through_the_client_list_and_back_to_the_search_field(qtbot, store):
    for last_name in ("Lind", "Ek", "Berg"):
        client_with_case(store, first_name="Tove", last_name=last_name)
    window = main_window(qtbot, store)
    window.set_query("")
    visited = _tab_from(qtbot, window.search, 60)
    assert window.list in visited  # the list is on the way, and Tab lets go of it
    assert visited.count(window.list) == 1


def test_tab_goes_through_the_new_client_dialog(qtbot, store):
    window = main_window(qtbot, store)
    names: list[str] = []

    def walk(dialog) -> None:
        taken = assert_walks_through(qtbot, dialog, dialog.first_name, 60)
        names.extend(w.accessibleName() or w.text() for w in taken)  # the dialog goes when it closes
        dialog.done(0)

    with_modal(walk, lambda: qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier))
    assert names[:3] == ["Förnamn", "Efternamn", "Personnummer"]
    assert "Födelseår" not in names  # disabled while the person has a personnummer
    assert names[-2:] == ["&Spara", "Avbryt"]


def test_tab_goes_through_a_step_form_with_its_questions(qtbot, store):
    case = client_with_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.show_step("utreda")
    form = page.forms["utreda"]
    taken = assert_walks_through(qtbot, form.widget(), form.event_date)
    editors = list(form.editors.values())
    assert len(editors) > 5 and taken[-len(editors):] == editors  # every question, in the order asked
    assert form.start_button in taken  # the step's buttons, above the questions


def test_tab_goes_through_an_instrument_form_column_by_column(qtbot, store):
    case = client_with_case(store)
    assessment = store.assessments.start(case.id, "doa")  # two ratings side by side on each line
    window = main_window(qtbot, store)
    page = window.open_assessment(assessment.id)
    taken = assert_walks_through(qtbot, page.widget(), page.date, 400)
    first_item = page.definition.items[0].id
    client, professional = (part.id for part in page.definition.parts)
    line = [page.ratings[(client, first_item)], page.comments[(client, first_item)],
            page.ratings[(professional, first_item)], page.comments[(professional, first_item)]]
    start = taken.index(line[0])
    assert taken[start:start + 4] == line
    assert set(page.ratings.values()) | set(page.comments.values()) <= set(taken)
    assert page.complete_button in taken


def test_tab_goes_through_the_plan_and_its_sub_goals_before_the_buttons(qtbot, store):
    case = evaluation_case(store)
    agreed_plan(store, case.id)  # two sub-goals
    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    taken = assert_walks_through(qtbot, page.widget(), page.versions)
    first, second = page.goal_boxes
    assert taken.index(page.main_goal) < taken.index(first.text) < taken.index(second.text)
    assert taken.index(second.remove_button) < taken.index(page.save_button)
    # a sub-goal added with the keyboard takes its place below the others, before the buttons
    qtbot.keyClick(page.add_goal_button, Qt.Key.Key_Space)
    third = page.goal_boxes[2]
    taken = assert_walks_through(qtbot, page.widget(), page.versions)
    assert taken.index(second.remove_button) < taken.index(third.text) < taken.index(page.add_goal_button)


def test_on_the_case_page_tab_goes_from_the_steps_into_the_step_form_then_the_side_panels(qtbot, store):
    """A walk needed 12 Tabs from the steps to the first answer: the forms and panels are built when
    first shown, and Qt's order put the step form after the side panels (and a scroll area between
    them was a stop with no name)."""
    case = client_with_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.show_step("utreda")  # built now, after the page and its first panel
    page.side_list.setCurrentRow(1)  # Bedömningar, built now too
    form, panel = page.forms["utreda"], page.assessments
    visited = _tab_from(qtbot, window.search, 120)
    in_steps = [i for i, w in enumerate(visited) if page.stepper.isAncestorOf(w)]
    in_form = [i for i, w in enumerate(visited) if form.isAncestorOf(w)]
    in_panel = [i for i, w in enumerate(visited) if panel.isAncestorOf(w)]
    at_list = visited.index(page.side_list)
    assert in_steps and in_form and in_form[0] == max(in_steps) + 1  # from the steps, straight into the form
    assert max(in_form) < at_list < min(in_panel)  # the form, the list of the case's parts, the panel shown
    assert all(w.accessibleName() or _describe(w).strip() != type(w).__name__ for w in visited), \
        [_describe(w) for w in visited if not w.accessibleName()]
