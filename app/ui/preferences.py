"""What one person prefers on this computer, kept in Qt's settings (QSettings): the language of the
screens, the window's size and splitters, the tabs that were open. Nothing here is journal data, and
nothing here names a client: open tabs are kept as record ids, per database file and user.

The organisation and application names that place the file are set by app/ui/app.py; tests point
XDG_CONFIG_HOME at a folder of their own (tests/conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

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


# -- the main window: its place and size, its splitters (per computer) --------------------------------
def window_geometry() -> QByteArray | None:
    """What QWidget.saveGeometry gave when the window last closed; None before the first close."""
    return _bytes(settings().value("window/geometry"))


def set_window_geometry(state: QByteArray) -> None:
    settings().setValue("window/geometry", state)


def splitter_state(name: str) -> QByteArray | None:
    """QSplitter.saveState of the splitter called ``name`` (e.g. "main", "case"), as last moved."""
    return _bytes(settings().value(f"splitters/{name}"))


def set_splitter_state(name: str, state: QByteArray) -> None:
    settings().setValue(f"splitters/{name}", state)


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


# -- the open tabs, per database file and signed-in user ----------------------------------------------
# A tab is its kind and record id ("case", 12): never a name. ``current`` is the tab in front, or
# None when Att göra was.
TabKey = tuple[str, int]


def open_tabs(database: str, user_id: int) -> tuple[list[TabKey], TabKey | None]:
    """The tabs ``user_id`` had open in ``database`` when they last changed, in their order."""
    store = settings()
    group = _tabs_group(database, user_id)
    keys = [key for key in map(_tab_key, str(store.value(f"{group}/tabs", "")).split()) if key is not None]
    current = _tab_key(str(store.value(f"{group}/current", "")))
    return keys, current if current in keys else None


def set_open_tabs(database: str, user_id: int, keys: list[TabKey], current: TabKey | None) -> None:
    store = settings()
    group = _tabs_group(database, user_id)
    store.setValue(f"{group}/tabs", " ".join(f"{kind}:{record_id}" for kind, record_id in keys))
    store.setValue(f"{group}/current", f"{current[0]}:{current[1]}" if current else "")


def _tabs_group(database: str, user_id: int) -> str:
    """The file by a hash of its full path: a key of its own, whatever characters the path holds."""
    import hashlib  # here, not at import: OpenSSL's load is not start-up work (DEVELOPING.md)
    from pathlib import Path

    digest = hashlib.sha256(str(Path(database).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"open_tabs/{digest}/{user_id}"


def _tab_key(text: str) -> TabKey | None:
    kind, _, number = text.partition(":")
    return (kind, int(number)) if kind.isidentifier() and number.isdigit() else None
