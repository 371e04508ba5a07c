"""The step a case is at (``app.models.process_def.current_step``'s label: "Utreda", "Utvärdera (ej
påbörjad)", "Avslutat") in the screens' language. The label itself stays Swedish: the exports
print it too (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.process_def import CLOSED_LABEL, NOT_STARTED_SUFFIX
from app.ui.i18n import data_text


def current_step_text(label: str) -> str:
    if label == CLOSED_LABEL:
        return QCoreApplication.translate("current_step_text", "Avslutat")
    if label.endswith(NOT_STARTED_SUFFIX):
        return QCoreApplication.translate("current_step_text", "%1 (ej påbörjad)").replace(
            "%1", data_text(label.removesuffix(NOT_STARTED_SUFFIX)))
    return data_text(label)
