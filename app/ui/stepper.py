"""The five ATAMA steps as a row of buttons showing each step's state."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QWidget

from app.models.process import StepDef, StepStatus
from app.models.vocab import StepState
from app.ui import icons, style
from app.ui.i18n import current_language, data_text
from app.ui.small_screens import FlowLayout

# The state shows three ways: the sign and the words in the button's text, and its colours
# (app/ui/style.py, light and dark). Colour is never the only signal.
_STATE_MARK = {StepState.NOT_STARTED: "○", StepState.IN_PROGRESS: "◐", StepState.DONE: "✓"}


def stepper_title(step: StepDef) -> str:
    """The short title where the catalogue has it, else the step's title (in the screens' language)."""
    short = data_text(step.stepper_title)
    if short == step.stepper_title and step.stepper_title != step.title and current_language() != "sv":
        return data_text(step.title)
    return short


class Stepper(QWidget):
    stepSelected = Signal(str)

    def __init__(self, steps: tuple[StepDef, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.steps = steps
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        self._statuses: dict[str, StepStatus] = {}
        layout = FlowLayout(self, fill=True)  # one row, or two in a narrow pane (200 %)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACING)
        for _number, step in enumerate(steps, start=1):
            button = QToolButton()
            button.setCheckable(True)
            button.setMinimumWidth(120)
            # a tool button's width is fixed by default: Preferred lets the FlowLayout widen the steps alike
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(68)
            button.setIconSize(QSize(icons.SIZE, icons.SIZE))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setObjectName(f"step_{step.key}")
            button.clicked.connect(lambda _=False, key=step.key: self.stepSelected.emit(key))
            self.group.addButton(button)
            self.buttons[step.key] = button
            layout.addWidget(button)
        self._titles = {s.key: f"{n}. {stepper_title(s)}" for n, s in enumerate(steps, start=1)}

    def set_statuses(self, statuses: dict[str, StepStatus]) -> None:
        self._statuses = dict(statuses)
        for key, button in self.buttons.items():
            status = statuses[key]
            state = data_text(status.state_label)
            button.setText(f"{self._titles[key]}\n{_STATE_MARK[status.state]} {state}")
            button.setAccessibleName(
                self.tr("Steg %1: %2").replace("%1", self._titles[key].replace(chr(10), " ")).replace("%2", state))
            when = status.completed_at or status.started_at
            who = status.completed_by or status.started_by
            button.setToolTip(f"{state} {when or ''} {who or ''}".strip())
        self.restyle()

    def restyle(self) -> None:
        """Each button's colours and icon for its state in the scheme now in use (app/ui/style.py)."""
        ratio = self.devicePixelRatioF()
        for key, button in self.buttons.items():
            status = self._statuses.get(key)
            if status is None:
                continue
            button.setStyleSheet(style.step_look(status.state))
            button.setIcon(icons.icon(key, style.current().steps[status.state][2], ratio))

    def select(self, key: str) -> None:
        self.buttons[key].setChecked(True)
