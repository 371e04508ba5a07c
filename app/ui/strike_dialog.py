"""Striking out (makulera) a draft other than a note: an assessment or a plan version started by
mistake; and, with ``CORRECTION``'s texts, starting the correction (rättelse) of a signed
assessment. The dialog asks for the reason and calls the service (as app/ui/note_dialog.py does for
notes); a refusal shows at the field and the typed reason stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from app.ui.messages import run_validated
from app.ui.widgets import FieldErrors

# marked for lupdate here; the dialog translates them (a caller's own texts pass through unchanged)
EXPLANATION = QT_TRANSLATE_NOOP("StrikeDialog", "Utkastet makuleras: det finns kvar och går att läsa, markerat "
                                                "som makulerat med ditt skäl.")
STRIKE = (EXPLANATION, QT_TRANSLATE_NOOP("StrikeDialog", "&Makulera"),
          QT_TRANSLATE_NOOP("StrikeDialog", "Skäl till makuleringen"))
# (explanation, OK button, the reason field's accessible name) for a correction
CORRECTION = (QT_TRANSLATE_NOOP("StrikeDialog", "Rättelsen blir en ny bedömning, ett utkast med samma värden som "
                                                "du ändrar och signerar. Den gamla finns kvar, markerad som rättad."),
              QT_TRANSLATE_NOOP("StrikeDialog", "&Rätta"), QT_TRANSLATE_NOOP("StrikeDialog", "Skäl till rättelsen"))


class StrikeDialog(QDialog):
    """``StrikeDialog("Makulera bedömning", "WEIS-S 3.0, 2026-11-20", lambda reason: ...)``; after
    ``exec()``, ``result`` is what ``strike(reason)`` returned (None when cancelled)."""

    def __init__(self, title: str, about: str, strike: Callable[[str], object], parent: QWidget | None = None,
                 texts: tuple[str, str, str] = STRIKE):
        super().__init__(parent)
        explanation_text, ok_text, reason_name = (self.tr(text) for text in texts)
        self.strike = strike
        self.result: object | None = None
        self.setWindowTitle(title)
        self.resize(520, 280)
        self.errors = FieldErrors()
        form = QFormLayout(self)
        explanation = QLabel(explanation_text)
        explanation.setWordWrap(True)
        form.addRow(explanation)
        quoted = QLabel(f"<b>{about.replace('&', '&amp;').replace('<', '&lt;')}</b>")
        quoted.setWordWrap(True)
        form.addRow(quoted)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(reason_name)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        label = QLabel(self.tr("S&käl"))
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        form.addRow("", self.errors.label_for("reason", self.reason))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.reason.setFocus()

    def accept(self) -> None:
        results: list[object] = []
        if run_validated(self, self.errors, lambda: results.append(self.strike(self.reason.toPlainText()))):
            self.result = results[0]
            super().accept()
