"""What one person prefers on this computer, kept in Qt's settings (QSettings): the language of the
screens, the window's size and splitters, the tabs that were open. Nothing here is journal data, and
nothing here names a client: open tabs are kept as record ids, per database file and user.

The organisation and application names that place the file are set by app/ui/app.py; tests point
XDG_CONFIG_HOME at a folder of their own (tests/conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

# The screens' languages, Swedish first: the source text and the default. Documents for the client,
# Af and FK stay Swedish whatever is chosen here.
LANGUAGES: dict[str, str] = {"sv": "Svenska", "en": "English"}
DEFAULT_LANGUAGE = "sv"


def settings() -> QSettings:
    return QSettings()


def language() -> str:
    code = str(settings().value("language", DEFAULT_LANGUAGE))
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"okänt språk: {code}")
    settings().setValue("language", code)
