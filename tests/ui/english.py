"""The English screens' check (issue 15): with the English catalogue installed, every text a user
can see or a screen reader says must be English. ``untranslated(widget)`` lists the ones that are not.

A text counts as Swedish when it has å, ä or ö, or a common Swedish word (``SWEDISH_WORDS``). What
is Swedish by design is left out: the instruments' items (the licensed Swedish versions) and the
test's own data, which uses names and text without those letters (``CLIENT``). Texts are collected
from the whole widget tree, shown or hidden (a hidden tab page is seen once the user picks it):
window titles, labels, buttons, group boxes, tab titles, placeholders, tool tips, accessible names,
combo box items, menus and their actions, and a view's headers and first rows.
"""

from __future__ import annotations

import functools
import html
import json
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
# The test data of the English screens: a fictitious person (Skatteverket's test number) whose
# name and details are the same in both languages.
CLIENT = {"first_name": "Tolvan", "last_name": "Tolvansson", "personnummer": "19121212-1212"}

SWEDISH_WORDS = {
    "och", "att", "inte", "med", "som", "den", "det", "ett", "för", "till", "från", "eller", "av", "på",
    "vid", "om", "inga", "ingen", "inget", "ny", "nytt", "nya", "spara", "sparad", "visa", "sök", "avbryt",
    "stäng", "datum", "klient", "klienter", "ärende", "ärenden", "anteckning", "anteckningar", "bedömning",
    "bedömningar", "insats", "insatser", "samtycke", "steg", "stegen", "utreda", "informera", "planera",
    "utvärdera", "avsluta", "grupp", "grupper", "ansvarig", "signera", "signerad", "makulera", "rätta",
    "uppgifter", "kopiera", "arkiv", "redigera", "hjälp", "möte", "möten", "mål", "delmål", "typ",
    "namn", "kön", "utbildning", "skapad", "klar", "pågår", "ej", "påbörjad", "välj", "öppna", "ändra",
    "lägg", "ta", "bort", "användare", "lösenord", "enhet", "enhetens", "säkerhetskopia", "loggkontroll",
    "gallring", "skriv", "här", "finns", "saknas", "kan", "ska", "måste", "vill", "vad", "vem", "hur",
    "när", "dag", "dagar", "vecka", "veckor", "år", "tid", "kl", "uppföljning", "utvecklingsplan",
    "utvärdering", "remiss", "remissdatum", "åtgärd", "åtgärder", "deltagare", "kallelse", "protokoll",
}
# Names that stay as they are in English too (authorities, laws, systems, the instruments' owners):
# taken out of a text before it is checked. Only proper names belong here, never a Swedish word.
PROPER_NAMES = (
    "Arbetsförmedlingen", "Försäkringskassan", "Samordningsförbundet", "Samordningsförbund",
    "Uppföljning Finsam", "Patientdatalagen", "Skatteverket", "Linköpings universitet",
    "Sveriges Arbetsterapeuter", "Socialstyrelsen", "Inspektionen för vård och omsorg",
)
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé]+")
_TAGS = re.compile(r"<[^>]+>")


def swedish(text: str) -> bool:
    plain = html.unescape(_TAGS.sub(" ", text)).replace("&", "")
    for name in PROPER_NAMES:
        plain = plain.replace(name, " ")
    return bool(re.search("[åäöÅÄÖ]", plain)) or any(w.lower() in SWEDISH_WORDS for w in _WORD.findall(plain))


@functools.cache
def instrument_texts() -> frozenset[str]:
    """Every text of the shipped instrument definitions: Swedish in both languages."""
    texts: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            texts.add(value.strip())
            texts.add(value.strip().replace("&", ""))  # as the check reads it, a mnemonic's & gone
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in (ROOT / "resources" / "instruments").glob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return frozenset(texts)


@functools.cache
def _instrument_pieces() -> tuple[str, ...]:
    """The Swedish instrument texts, longest first: what a screen puts together ("3. Koordination",
    "4: Stödjer i hög grad", "Kommentar: Tidskrav")."""
    return tuple(sorted((t for t in instrument_texts() if len(t) > 2 and swedish(t)), key=len, reverse=True))


_NUMBERED = re.compile(r"^[\w/]{1,4}\s*[.:=–-]\s+")  # "3. ", "2 – ", "4 = ", "N/A: " before an item's or step's label


def _is_instrument_text(text: str) -> bool:
    plain = html.unescape(_TAGS.sub("", text)).replace("&", "").strip()
    if plain in instrument_texts() or any(plain and plain in t for t in instrument_texts() if len(plain) > 12):
        return True
    # a numbered item or scale step ("3. Koordination", "2 – Måttligt krav"), or a list of them
    parts = [_NUMBERED.sub("", part.strip()).rstrip(".") for part in re.split(r", | · ", plain)]
    if len(parts[0]) < len(plain) and all(part in instrument_texts() for part in parts):
        return True
    rest = plain  # made of instrument texts, and nothing else Swedish around them
    for piece in _instrument_pieces():
        rest = rest.replace(piece, " ")
    return rest != plain and not swedish(rest)


def texts_of(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything readable in ``top`` and its children."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str | None) -> None:
        if isinstance(text, str) and text.strip():  # a header may be a number (a list view's row)
            found.append((where, text))

    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or ''})"
        if widget.isWindow():
            add(f"{name}.windowTitle", widget.windowTitle())
        add(f"{name}.toolTip", widget.toolTip())
        add(f"{name}.accessibleName", widget.accessibleName())
        add(f"{name}.accessibleDescription", widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(f"{name}.text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(f"{name}.title", widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(f"{name}.placeholderText", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{name}.item[{i}]", widget.itemText(i))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(f"{name}.tab[{i}]", widget.tabText(i))
                add(f"{name}.tabToolTip[{i}]", widget.tabToolTip(i))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            top_level = QModelIndex()  # a list model (a combo's popup) takes the parent
            # a QListWidget's model keeps columnCount private: a list has one column
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top_level)
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):  # a list model numbers its sections
                    add(f"{name}.header[{column}]", header)
                for row in range(min(model.rowCount(top_level), 5)):
                    value = model.data(model.index(row, column))
                    if isinstance(value, str):
                        add(f"{name}.cell[{row},{column}]", value)
                    tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        add(f"{name}.cellToolTip[{row},{column}]", tip)
        elif isinstance(widget, QMenu):
            _menu_texts(widget, name, add)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            add(f"menu.{action.text()}", action.text())
            if action.menu() is not None:
                _menu_texts(action.menu(), f"menu.{action.text()}", add)
    return found


def _menu_texts(menu: QMenu, where: str, add) -> None:
    for action in menu.actions():
        add(f"{where}>{action.text()}", action.text())
        derived = action.text().replace("&", "").removesuffix("…")  # Qt's tool tip when none is set
        add(f"{where}>{action.text()}.toolTip", "" if action.toolTip() == derived else action.toolTip())
        add(f"{where}>{action.text()}.statusTip", action.statusTip())
        if action.menu() is not None:
            _menu_texts(action.menu(), f"{where}>{action.text()}", add)


def untranslated(top: QWidget) -> list[str]:
    """The Swedish texts in ``top``, each with where it is; empty when all is English."""
    return sorted({f"{where}: {text!r}" for where, text in texts_of(top)
                   if swedish(text) and not _is_instrument_text(text)})


def build_catalogue(folder: Path) -> Path:
    """The English catalogue, built now from the .ts files into ``folder`` (as the setup builds it)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build", "--out", str(folder)],
                   check=True, capture_output=True)
    return folder


def use_language(code: str, folder: Path | None = None) -> bool:
    from app.ui.i18n import install_language

    app = QCoreApplication.instance()
    assert app is not None
    return install_language(app, code, folder)


def assert_english(*tops: QWidget) -> None:
    """Fails listing every Swedish text in ``tops``, one per line."""
    problems = sorted({p for top in tops for p in untranslated(top)})
    assert not problems, f"{len(problems)} Swedish texts on English screens:\n" + "\n".join(problems)
