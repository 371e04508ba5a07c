"""An administration's words on screens, in the screens' language. The models' own labels
(``Assessment.status_label``, ``InstrumentDef.item_noun``) go into the Swedish documents too, so
the screens say them here instead (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.assessments import COMPLETED, Assessment
from app.models.instruments import InstrumentDef

translate = QCoreApplication.translate


def status_text(assessment: Assessment) -> str:
    """"Utkast", "Klar", or "Makulerad (utkast)" for one struck out."""
    label = (translate("assessment_texts", "Klar") if assessment.status == COMPLETED
             else translate("assessment_texts", "Utkast"))
    if assessment.is_struck:
        return translate("assessment_texts", "Makulerad (%1)").replace("%1", label.lower())
    return label


def item_noun(definition: InstrumentDef) -> str:
    """What one item is called: a skill (AWP, AWC) or a statement (the interviews, self-ratings)."""
    if definition.kind in ("observation", "job_analysis"):
        return translate("assessment_texts", "Färdighet")
    return translate("assessment_texts", "Påstående")
