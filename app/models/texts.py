"""Words the models put on screens, in the screens' language (issue 15), without Qt here.

``translate(context, text)`` is the hook: the desktop app installs Qt's translation into it
(app/ui/i18n.py), so a Swedish source text becomes English when the user chose English; anywhere
else (the CLI, the tests of the models) it returns the Swedish text. ``pyside6-lupdate`` finds the
calls (scripts/translations.py reads app/models too).

Only for text that is shown on a screen and nowhere else: what goes into a document for the
client, Af or FK, a workbook, the access log or the CLI stays Swedish and must not pass through here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks ``text`` for the catalogue where it is defined; ``translate(context, text)`` shows it later
    (e.g. a sentence that is both a Swedish refusal and, translated, a screen's text)."""
    return text


def counted(n: int, one: str, more: str) -> str:
    """A count with its Swedish noun: ``counted(1, "rad", "rader")`` is "1 rad", 2 gives "2 rader". For
    the terminal's and the exports' Swedish; a screen's counted text is ``tr("%n rader", "", n)``
    with its singular in resources/translations/atama_plurals_sv.ts."""
    return f"{n} {one if n == 1 else more}"


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2 … replaced by ``values`` in one pass, as Qt's ``arg`` does (a value's own
    "%2" stays as it is): ``fill(translate("Todo", "Senast ändrat %1"), day)``."""
    return re.sub(r"%([1-9])", lambda m: str(values[int(m.group(1)) - 1]), text)
