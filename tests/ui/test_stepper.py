"""The case's row of five steps (app/ui/stepper.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from app.models.process import DONE, IN_PROGRESS, NOT_STARTED, StepStatus
from app.models.process_def import load_process
from app.ui.stepper import Stepper


def _statuses(states: dict[str, str]) -> dict[str, StepStatus]:
    return {key: StepStatus(key, state, None, None, None, None, "") for key, state in states.items()}


@pytest.mark.parametrize("width", [1000, 520])  # the case page at 1366×768; a narrow pane (two lines)
def test_the_steps_keep_their_width_when_one_starts_or_is_done(qtbot, width):
    """Each step is a card of the same width: its state's words ("ej påbörjad", "pågår", "klar")
    change, the row does not; on two lines they stand as a grid."""
    steps = load_process().steps
    page = QWidget()
    QVBoxLayout(page).addWidget(stepper := Stepper(steps))
    page.resize(width, 200)
    qtbot.addWidget(page)
    stepper.set_statuses(_statuses({s.key: NOT_STARTED for s in steps}))
    page.show()
    qtbot.waitExposed(page)
    before = [b.geometry() for b in stepper.buttons.values()]
    assert len({g.width() for g in before}) == 1  # cards of one width
    assert len({g.y() for g in before}) == (1 if width == 1000 else 2)
    stepper.set_statuses(_statuses({steps[0].key: DONE, steps[1].key: IN_PROGRESS,
                                    **{s.key: NOT_STARTED for s in steps[2:]}}))
    QApplication.processEvents()  # the layout's request after the texts changed
    assert [b.geometry() for b in stepper.buttons.values()] == before
