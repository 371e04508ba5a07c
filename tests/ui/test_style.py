"""Light and dark (app/ui/style.py), the focus outline (app/ui/focus_ring.py), the steps' icons and
the empty lists' texts (app/ui/empty_state.py), as a user meets them in the real window.

The offscreen platform has no desktop scheme to follow (QStyleHints.setColorScheme does nothing
there), so dark is forced the way a desktop's switch reaches the app: a new application palette."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCharts import QChart
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.models.vocab import StepKey, StepState
from app.paths import resources_dir
from app.ui import focus_ring, style
from app.ui.style import DARK, LIGHT, Tone, tone_of
from tests import builders
from tests.ui.helpers import main_window, short_absence_case, type_text

SCHEMES = {"light": LIGHT, "dark": DARK}


@pytest.fixture
def scheme(qapp):
    """``scheme("dark")`` paints dark from then on; the test ends light again."""
    yield lambda name: style.use_scheme(name == "dark")
    style.use_scheme(None)


def _window_colours() -> list[QColor]:
    palette = QApplication.palette()
    return [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]


def _text_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_the_app_colours_reads_at_4_5_to_1_and_the_focus_at_3_to_1(qtbot, store, scheme, name):
    scheme(name)
    assert style.current() is SCHEMES[name]
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    form = page.form("informera")
    # a message at a field (the client dialog's identity number), a hint, a save status: the palette's colours
    shown = {Tone.MUTED: form.autosave.status}
    for tone, label in shown.items():
        assert tone_of(label) is tone
        for background in _window_colours():
            assert style.contrast(_text_colour(label), background) >= 4.5, (tone, background.name())
    for tone in Tone:
        for background in _window_colours():
            assert style.contrast(SCHEMES[name].text[tone], background) >= 4.5, (tone, background.name())
    for state, (background, border, text) in SCHEMES[name].steps.items():
        assert style.contrast(text, background) >= 4.5, state
        assert style.contrast(border, _window_colours()[0]) >= 3, state  # the button's edge
    banner_background, banner_border, banner_text = SCHEMES[name].banner
    assert style.contrast(banner_text, banner_background) >= 4.5
    accent_background, accent_text = SCHEMES[name].accent
    assert style.contrast(accent_text, accent_background) >= 4.5  # a chosen rating's number
    for background in _window_colours():
        assert style.contrast(SCHEMES[name].focus, background) >= 3
    # what the palette itself paints: Qt's own text on windows, fields, buttons, the chosen row
    # (the light one is the platform's; the dark one ours, for a desktop without a dark palette)
    palette = QApplication.palette()
    roles = QPalette.ColorRole
    pairs = [(roles.WindowText, roles.Window), (roles.Text, roles.Base), (roles.ButtonText, roles.Button)]
    if name == "dark":
        pairs.append((roles.HighlightedText, roles.Highlight))
    for text, background in pairs:
        assert style.contrast(palette.color(text), palette.color(background)) >= 4.5, (text, background)


def test_a_step_button_paints_its_state_in_the_scheme_and_says_it_in_words_and_a_sign(qtbot, store, scheme):
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.form("informera").start_button.click()
    button = page.stepper.buttons["informera"]
    assert "◐" in button.text() and "Pågår" in button.text()  # not colour alone
    assert "○" in page.stepper.buttons["utreda"].text()
    for name in ("light", "dark"):
        scheme(name)
        image = button.grab().toImage()
        inside = image.pixelColor(image.width() - 8, image.height() // 2)  # right of the text, inside the border
        assert inside.name() == SCHEMES[name].steps[StepState.IN_PROGRESS][0], name


def test_a_label_a_field_and_a_chart_follow_a_palette_change_without_reopening(qtbot, store, scheme):
    case = short_absence_case(store)
    assessment = builders.completed_assessment(store, case.id)
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    status = page.form("informera").autosave.status
    results = window.open_results(assessment.id)
    chart = results.findChildren(style_chart_view())[0]
    assert _text_colour(status) == QColor(LIGHT.text[Tone.MUTED])
    # the desktop switches: Qt sets a new application palette, and the app follows it on its own
    QApplication.setPalette(style.dark_palette())
    qtbot.waitUntil(lambda: _text_colour(status) == QColor(DARK.text[Tone.MUTED]))
    assert page.stepper.buttons["informera"].styleSheet().count(DARK.steps[StepState.NOT_STARTED][0]) == 1
    assert chart.chart().theme() == QChart.ChartTheme.ChartThemeDark  # QtCharts paints its own background
    bars = chart.chart().series()[0].barSets()[0]
    assert bars.color() == QColor(DARK.bars[0])
    scheme("light")
    assert _text_colour(status) == QColor(LIGHT.text[Tone.MUTED])
    assert chart.chart().theme() == QChart.ChartTheme.ChartThemeLight and bars.color() == QColor(LIGHT.bars[0])


def style_chart_view():
    from app.ui.charts import ThemedChartView

    return ThemedChartView


def test_a_field_with_a_message_is_marked_by_the_words_under_it_and_a_border(qtbot, store, scheme):
    from app.ui.widgets import FieldErrors

    scheme("dark")
    field = QLineEdit()
    errors = FieldErrors()
    label = errors.label_for("name", field)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(field)
    layout.addWidget(label)
    qtbot.addWidget(holder)
    holder.show()
    errors.show({"name": "Ange ett namn."})
    assert label.text() == "Ange ett namn." and label.isVisible()  # the words, not only red
    assert tone_of(label) is Tone.ERROR and _text_colour(label) == QColor(DARK.text[Tone.ERROR])
    assert style.is_invalid(field) and DARK.text[Tone.ERROR] in field.styleSheet()
    errors.clear()
    assert not style.is_invalid(field) and field.styleSheet() == "" and tone_of(label) is Tone.ERROR


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_focused_widget_has_a_2_px_outline_that_follows_the_focus(qtbot, qapp, scheme, name):
    scheme(name)
    window = QWidget()
    layout = QVBoxLayout(window)
    field, button = QLineEdit("Åsa"), QPushButton("Spara")
    layout.addWidget(field)
    layout.addWidget(button)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for widget in (field, button):
        widget.setFocus()
        qtbot.waitUntil(lambda w=widget: focus_ring.ring() is not None and focus_ring.ring().target is w)
        image = widget.grab().toImage()
        focus = QColor(SCHEMES[name].focus)
        middle = image.height() // 2
        for x in (0, 1, image.width() - 1):  # two pixels on the left edge, one on the right
            assert image.pixelColor(x, middle) == focus, (widget, x)
        assert image.pixelColor(image.width() // 2, 0) == focus and image.pixelColor(image.width() // 2, 1) == focus
        assert image.pixelColor(4, middle) != focus  # inside the band, the widget's own look
        assert style.contrast(focus, QApplication.palette().color(QPalette.ColorRole.Window)) >= 3
    assert focus_ring.ring().parent() is button  # it left the field


def test_every_step_has_its_icon_drawn_in_the_palette_colour(qtbot, store, scheme):
    for key in StepKey:
        svg = (resources_dir() / "icons" / f"{key}.svg").read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in svg and "currentColor" in svg and "#" not in svg.replace("&#", "")
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    button = window.open_case(case.id).stepper.buttons["utreda"]
    looks = {}
    for name in ("light", "dark"):
        scheme(name)
        image = button.icon().pixmap(24, 24).toImage()
        drawn = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
                 if image.pixelColor(x, y).alpha() == 255}
        assert drawn == {SCHEMES[name].steps[StepState.NOT_STARTED][2]}, name  # one colour, the state's text
        looks[name] = drawn
    assert looks["light"] != looks["dark"]


def test_an_empty_client_list_says_how_to_register_one_and_a_search_without_hits_says_so(qtbot, store):
    window = main_window(qtbot, store)
    state = window.list.empty_state
    assert state.is_shown() and "registrera en med Ctrl+N" in state.label.text()
    assert window.list.accessibleDescription() == state.label.text()  # a screen reader hears it too
    builders.add_client(store, first_name="Åsa", last_name="Sjöberg")
    window.refresh_list()
    assert not state.is_shown() and window.list.accessibleDescription() == ""
    type_text(window.search, "Zlatan")
    assert state.is_shown() and state.label.text().startswith("Ingen klient matchar ”Zlatan”")
    window.search.clear()
    assert not state.is_shown()


def test_a_new_case_s_lists_say_what_to_do_next_until_something_is_in_them(qtbot, store):
    case = short_absence_case(store)
    window = main_window(qtbot, store)
    client_page = window.open_client(case.client_id)
    assert not client_page.cases.empty_state.is_shown()  # the client has the case
    page = window.open_case(case.id)
    notes = page.notes
    assert notes.table.empty_state.is_shown() and "Inga anteckningar ännu" in notes.table.empty_state.label.text()
    page.show_side(notes)
    notes.new_note()
    type_text(notes.text, "Första samtalet.")
    assert notes.flush()
    assert not notes.table.empty_state.is_shown()
    window.show_todo()
    todo_meetings = window.todo.tables["meetings"][2]
    assert todo_meetings.empty_state.is_shown()
    assert todo_meetings.empty_state.label.text() == "Inga planerade möten de närmaste dagarna."


def test_a_client_without_cases_is_told_how_to_open_one(qtbot, store):
    client = builders.add_client(store)
    window = main_window(qtbot, store)
    page = window.open_client(client.id)
    assert page.cases.empty_state.is_shown() and "Nytt ärende" in page.cases.empty_state.label.text()


SHOTS = os.environ.get("ATAMA_SHOTS_DIR")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_main_screens_render_in_the_scheme(qtbot, store, scheme, tmp_path, name):
    """Att göra, a case and an assessment's results, rendered (kept in $ATAMA_SHOTS_DIR when set, to
    look at): the window's background is the scheme's."""
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    scheme(name)
    case = short_absence_case(store)
    assessment = builders.completed_assessment(store, case.id)
    window = main_window(qtbot, store)
    window.resize(1366, 768)
    shots = {"todo": window.show_todo, "case": lambda: window.open_case(case.id),
             "results": lambda: window.open_results(assessment.id)}
    for screen, show in shots.items():
        show()
        image = window.grab().toImage()
        image.save(str(folder / f"{screen}-{name}.png"))
        corner = image.pixelColor(image.width() - 30, image.height() - 10)  # the status bar
        assert (corner.lightness() < 128) == (name == "dark"), screen

