"""Ny bedömning: choose the instrument and version to give. One entry per current version (DOA's
2023, 2017 and the easy-read edition side by side); versions a newer file supersedes are not offered.
The list is reached from the keyboard (arrows, Enter starts), and says what the chosen one is."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.models.instruments import InstrumentDef
from app.ui.widgets import save_cancel_buttons


def instrument_choices(definitions: list[InstrumentDef]) -> list[tuple[str, str, str]]:
    """(label, id, version) for each definition, e.g. ("DOA 2023 – Dialog om arbetsförmåga", "doa", "2023")."""
    return [(d.choice_label, d.id, d.version) for d in definitions]


class InstrumentChooser(QDialog):
    def __init__(self, definitions: list[InstrumentDef], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Ny bedömning")
        self.definitions = definitions
        self.list = QListWidget()
        self.list.setAccessibleName("Instrument och version")
        for definition in definitions:
            self.list.addItem(QListWidgetItem(definition.choice_label))
        label = QLabel("&Instrument och version:")
        label.setBuddy(self.list)
        self.about = QLabel()
        self.about.setObjectName("instrument_about")
        self.about.setWordWrap(True)
        self.buttons = save_cancel_buttons("Starta bedömningen")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._show_about)
        self.list.itemActivated.connect(lambda _item: self.accept())  # Enter or a double click
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.about)
        layout.addWidget(self.buttons)
        if definitions:
            self.list.setCurrentRow(0)
        self.list.setFocus()
        self.resize(520, 380)

    @property
    def chosen(self) -> InstrumentDef | None:
        row = self.list.currentRow()
        return self.definitions[row] if 0 <= row < len(self.definitions) else None

    def _show_about(self, row: int) -> None:
        d = self.chosen
        if d is None:
            self.about.clear()
            return
        check = " · <i>kontrollera mot manualen</i>" if d.needs_check else ""
        self.about.setText(f"<b>{escape(d.name.sv)}</b><br>{escape(d.kind_label)} · version "
                           f"{escape(d.version)} · {escape(d.owner)}{check}")
