"""The rating row of an instrument form (app/ui/rating_control.py), as a user meets it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from app.ui.rating_control import NA_ID, RatingControl


def _weis_s_control(qtbot, store) -> tuple[RatingControl, QWidget]:
    definition = store.assessments.registry.get("weis-s")
    control = RatingControl(definition.scale, True, definition.na.label.sv, "Påstående 1")
    row = QWidget()  # as on a form: room beside it, so a button that wants more width gets it
    layout = QHBoxLayout(row)
    layout.addWidget(control)
    layout.addStretch(1)
    row.resize(700, 60)
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    return control, row  # the row too: qtbot keeps only a weak reference


def test_choosing_a_step_or_e_t_moves_no_button(qtbot, store):
    """The chosen step is bold as well as coloured; its button is wide enough for that from the start,
    so the row does not shift when E/T (the widest text) or a number is chosen."""
    control, _row = _weis_s_control(qtbot, store)
    before = {button_id: button.geometry() for button_id, button in control.buttons.items()}
    for key in ("n", "1", "4"):
        qtbot.keyClick(control, key)
        QApplication.processEvents()  # the layout's request after a font change
        assert {button_id: button.geometry() for button_id, button in control.buttons.items()} == before, key
    assert control.value() == 4 and control.buttons[4].font().bold() and not control.buttons[NA_ID].font().bold()
