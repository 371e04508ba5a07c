"""People as the screens name them: "Anna Andersson (arbetsterapeut)" with the title in the
screens' language. The models' ``User.display`` and ``signing.person`` are the documents' Swedish
(a workbook's creator, a journal copy's signature) and stay so."""

from __future__ import annotations

from app.models.vocab import USER_TITLES
from app.ui.i18n import data_text


def title_text(title: str | None) -> str:
    """A user's title ("arbetsterapeut"), in lower case as it follows a name."""
    return data_text(USER_TITLES.label(title)).lower() if title else ""


def user_text(user) -> str:
    """"Anna Andersson (arbetsterapeut)": a user with the title (``User.display`` on screen)."""
    return f"{user.name} ({title_text(user.title)})" if user.title else user.name


def person_text(name: str | None, title: str | None, unknown: str = "–") -> str:
    """"Anna Andersson, arbetsterapeut" (``signing.person`` on screen); ``unknown`` without a name."""
    if not name:
        return unknown
    return f"{name}, {title_text(title)}" if title else name
