"""Ny bedömning: choose the instrument and version to give. One entry per current version (DOA's
2023, 2017 and the easy-read edition side by side); versions a newer file supersedes are not offered.
The list is reached from the keyboard (arrows, Enter starts), and says what the chosen one is."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.models.instruments import KINDS, InstrumentDef
from app.ui.i18n import current_language
from app.ui.widgets import save_cancel_buttons

# The instruments' kinds on screen (app/models/instruments.KINDS is the documents' Swedish).
KIND_TEXTS = (
    QT_TRANSLATE_NOOP("InstrumentKind", "Intervju"),
    QT_TRANSLATE_NOOP("InstrumentKind", "Observation"),
    QT_TRANSLATE_NOOP("InstrumentKind", "Självskattning"),
    QT_TRANSLATE_NOOP("InstrumentKind", "Självskattning och professionell bedömning"),
    QT_TRANSLATE_NOOP("InstrumentKind", "Arbetsanalys"),
)


def kind_text(definition: InstrumentDef) -> str:
    """The instrument's kind ("Intervju") in the screens' language."""
    return QCoreApplication.translate("InstrumentKind", KINDS.get(definition.kind, definition.kind))


def instrument_name(definition: InstrumentDef) -> str:
    """The instrument's name: its own English name on English screens where the file gives one."""
    if current_language() == "en" and definition.name.en:
        return definition.name.en
    return definition.name.sv


def version_text(definition: InstrumentDef) -> str:
    """The version as the file names it ("2019 lättläst"), its word for the edition in the screens' language."""
    return definition.version.replace("lättläst", QCoreApplication.translate("InstrumentChooser", "lättläst"))


def choice_text(definition: InstrumentDef) -> str:
    """"DOA 2023 – Dialog om arbetsförmåga" (``choice_label``), with the English name on English screens."""
    if current_language() == "en" and definition.name.en:
        return f"{definition.short_name} {version_text(definition)} – {definition.name.en}"
    return definition.choice_label


def instrument_choices(definitions: list[InstrumentDef]) -> list[tuple[str, str, str]]:
    """(label, id, version) for each definition, e.g. ("DOA 2023 – Dialog om arbetsförmåga", "doa", "2023")."""
    return [(choice_text(d), d.id, d.version) for d in definitions]


class InstrumentChooser(QDialog):
    def __init__(self, definitions: list[InstrumentDef], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny bedömning"))
        self.definitions = definitions
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Instrument och version"))
        for definition in definitions:
            self.list.addItem(QListWidgetItem(choice_text(definition)))
        label = QLabel(self.tr("&Instrument och version:"))
        label.setBuddy(self.list)
        self.about = QLabel()
        self.about.setObjectName("instrument_about")
        self.about.setWordWrap(True)
        self.owner = QLabel()  # the file's own text (Swedish in both languages)
        self.owner.setWordWrap(True)
        self.buttons = save_cancel_buttons(self.tr("Starta bedömningen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._show_about)
        self.list.itemActivated.connect(lambda _item: self.accept())  # Enter or a double click
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.about)
        layout.addWidget(self.owner)
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
            self.owner.clear()
            return
        check = " · <i>" + self.tr("kontrollera mot manualen") + "</i>" if d.needs_check else ""
        about = self.tr("%1 · version %2").replace("%1", escape(kind_text(d))).replace("%2", escape(version_text(d)))
        self.about.setText(f"<b>{escape(instrument_name(d))}</b><br>{about}{check}")
        self.owner.setText(f"<span>{escape(d.owner)}</span>")  # rich text: its "&" is no Alt letter
