"""Om ATAMA (Hjälp): which copy of the program this is and which database it has open — version,
database file, schema version, encryption, backup folder, Qt, Python and the system — with
"Kopiera" to paste the same lines into a message to whoever gives support."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import APP_NAME, __version__
from app.models import backup
from app.models.keyfile import keyfile_path
from app.models.store import Store

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Om ATAMA"))
        self.facts = self._facts()

        icon = QLabel()
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(64, 64))
        heading = QLabel(f"<b style='font-size: 15pt'>{APP_NAME}</b> {__version__}")
        heading.setObjectName("about_heading")
        intro = QLabel(self.tr("Dokumentation och uppföljning för arbetsterapeuter vid "
                               "arbetsmarknadsavdelningen. Allt sparas lokalt, i databasfilen nedan."))
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(heading)
        titles.addWidget(intro)
        top.addLayout(titles, 1)

        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in self.facts:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as it is, never as markup
            shown.setTextInteractionFlags(SELECTABLE)
            shown.setAccessibleName(label)
            self.values[label] = shown
            form.addRow(f"{label}:", shown)

        self.status = QLabel()
        self.status.setObjectName("about_status")
        self.copy_button = QPushButton(self.tr("&Kopiera"))
        self.copy_button.setToolTip(self.tr("Kopiera uppgifterna, till exempel till ett mejl till supporten"))
        self.copy_button.clicked.connect(self.copy)
        close = QPushButton(self.tr("&Stäng"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def _facts(self) -> list[tuple[str, str]]:
        """(label, value) for each line the dialog shows and "Kopiera" copies."""
        store = self.store
        if store.encrypted:
            encryption = self.tr("Krypterad (SQLCipher); nycklarna finns i %1").replace(
                "%1", str(keyfile_path(store.path)))
        else:
            encryption = self.tr("Inte krypterad")
        facts = [
            (self.tr("Version"), f"{APP_NAME} {__version__}"),
            (self.tr("Databas"), str(store.path)),
            (self.tr("Schemaversion"), str(store.schema_version)),
            (self.tr("Kryptering"), encryption),
            (self.tr("Säkerhetskopior"), str(backup.folder_for(store.path))),
        ]
        if store.read_only:
            facts.append((self.tr("Skrivskydd"), self.tr("Öppnad skrivskyddat: %1").replace("%1", store.read_only_why)))
        facts += [
            (self.tr("Qt"), self.tr("Qt %1, PySide6 %2").replace("%1", qVersion()).replace("%2", pyside_version)),
            (self.tr("Python"), platform.python_version()),
            (self.tr("System"), platform.platform()),
        ]
        return facts

    def copy_text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.facts)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.copy_text())
        self.status.setText(self.tr("Kopierat."))
