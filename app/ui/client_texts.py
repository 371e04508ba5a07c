"""A client's identity as lists show it (``app.models.clients.id_display``: the number, "Född
1980", or "Skyddad identitet") in the screens' language; the model's words go into the documents,
in Swedish (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.clients import PROTECTED_MASK

_BORN = "Född "  # id_display's prefix for a client known by the birth year only


def id_text(id_display: str) -> str:
    if id_display == PROTECTED_MASK:
        return QCoreApplication.translate("client_texts", "Skyddad identitet")
    if id_display.startswith(_BORN):
        return QCoreApplication.translate("client_texts", "Född %1").replace("%1", id_display.removeprefix(_BORN))
    return id_display
