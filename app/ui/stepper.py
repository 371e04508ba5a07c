"""The five ATAMA steps as a row of buttons showing each step's state."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QToolButton, QWidget

from app.models.process import StepDef, StepStatus
from app.models.vocab import StepState
from app.ui.small_screens import FlowLayout

_STATE_STYLE = {
    # background, border: readable on light themes, and the state is also in the text
    StepState.NOT_STARTED: ("#f2f2f2", "#9e9e9e"),
    StepState.IN_PROGRESS: ("#fff4d6", "#e0a100"),
    StepState.DONE: ("#dcf2de", "#2e7d32"),
}
_STATE_MARK = {StepState.NOT_STARTED: "○", StepState.IN_PROGRESS: "◐", StepState.DONE: "✓"}


class Stepper(QWidget):
    stepSelected = Signal(str)

    def __init__(self, steps: tuple[StepDef, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.steps = steps
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        layout = FlowLayout(self, fill=True)  # one row, or two in a narrow pane (200 %)
        layout.setContentsMargins(0, 0, 0, 0)
        for _number, step in enumerate(steps, start=1):
            button = QToolButton()
            button.setCheckable(True)
            button.setMinimumWidth(120)
            button.setMinimumHeight(68)
            button.setObjectName(f"step_{step.key}")
            button.clicked.connect(lambda _=False, key=step.key: self.stepSelected.emit(key))
            self.group.addButton(button)
            self.buttons[step.key] = button
            layout.addWidget(button)
        self._titles = {s.key: f"{n}. {s.stepper_title}" for n, s in enumerate(steps, start=1)}

    def set_statuses(self, statuses: dict[str, StepStatus]) -> None:
        for key, button in self.buttons.items():
            status = statuses[key]
            background, border = _STATE_STYLE[status.state]
            button.setText(f"{self._titles[key]}\n{_STATE_MARK[status.state]} {status.state_label}")
            button.setAccessibleName(f"Steg {self._titles[key].replace(chr(10), ' ')}: {status.state_label}")
            when = status.completed_at or status.started_at
            who = status.completed_by or status.started_by
            button.setToolTip(f"{status.state_label} {when or ''} {who or ''}".strip())
            button.setStyleSheet(
                f"QToolButton {{ background: {background}; border: 2px solid {border}; border-radius: 6px;"
                f" padding: 4px; }} QToolButton:checked {{ border-width: 4px; }}"
            )

    def select(self, key: str) -> None:
        self.buttons[key].setChecked(True)
