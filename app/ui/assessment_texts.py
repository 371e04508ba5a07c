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


def unverified_text(definition: InstrumentDef) -> str:
    """``InstrumentDef.unverified()`` on screens: what to check against the manual (the model's
    words go to the terminal, ``python -m app instruments``)."""
    def unchecked(things: tuple, one: str, all_of_them: str) -> list[str]:
        open_ = [t for t in things if not t.verified]
        if len(open_) == len(things) > 1:
            return [all_of_them]
        return [one.replace("%1", t.label.sv) for t in open_]

    found = [] if definition.verified else [translate("assessment_texts", "definitionen som helhet")]
    found += unchecked(definition.parts, translate("assessment_texts", "delen %1"),
                       translate("assessment_texts", "delarna"))
    if not definition.scale.verified:
        found.append(translate("assessment_texts", "skalan"))
    if definition.na.allowed and not definition.na.verified:
        found.append(translate("assessment_texts", "Ej tillämplig"))
    found += unchecked(definition.domains, translate("assessment_texts", "området %1"),
                       translate("assessment_texts", "områdena"))
    found += unchecked(definition.items, translate("assessment_texts", "påståendet %1"),
                       translate("assessment_texts", "påståendena"))
    return ", ".join(found)
