"""Words the models put on screens, in the screens' language (issue 15), without Qt here.

``translate(context, text)`` is the hook: the desktop app installs Qt's translation into it
(app/ui/i18n.py), so a Swedish source text becomes English when the user chose English; anywhere
else (the CLI, the tests of the models) it returns the Swedish text. ``pyside6-lupdate`` finds the
calls (scripts/translations.py reads app/models too).

Only for text that is shown on a screen and nowhere else: what goes into a document for the
client, Af or FK, a workbook, the access log or the CLI stays Swedish and must not pass through here.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator
