"""The screens' language through Qt's own translation system.

Swedish is the source text in the code (``self.tr("…")``, ``QCoreApplication.translate(ctx, "…")``)
and the default; English comes from ``resources/translations/atama_en.qm``, which
``scripts/translations.py build`` makes from the ``.ts`` files (the setup and build.spec run it).
Qt's own strings (the buttons of a message box, a calendar's month names) come from Qt's catalogues:
Swedish from ``qtbase_sv``, English is Qt's source language.

What stays Swedish whatever the language: documents for the client, Af and FK (app/exporters), the
instruments' items (the licensed Swedish versions), what users typed, and the models' messages about
bad input (they name Swedish fields; app/models holds no Qt).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir

CATALOGUE = "atama"  # atama_<language>.qm
DATA_CONTEXT = "data"  # the labels of app/models/vocab.py and resources/process.json (app/ui/i18n_data.py)

_installed: list[QTranslator] = []  # what install_language put in, so a new language replaces it
_language = "sv"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_language(app: QCoreApplication, code: str, folder: Path | None = None) -> bool:
    """Show the screens in ``code`` ("sv" or "en") from now on: widgets built after this speak it.
    False when the catalogue is missing (an unbuilt checkout); the screens then stay Swedish."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = "sv"
    found = True
    if code == "sv":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase_sv", "qt_sv"):
            _install(app, name, qt_folder)
        # the source needs no translation, but its counted texts need their singular ("1 klient")
        _install(app, f"{CATALOGUE}_sv", str(folder or translations_dir()))
    else:
        found = _install(app, f"{CATALOGUE}_{code}", str(folder or translations_dir()))
        if found:
            _language = code
    from app.models import texts

    texts.set_translator(QCoreApplication.translate if _language != "sv" else None)
    # Dates and numbers stay Swedish in both languages: the journal's dates are ÅÅÅÅ-MM-DD.
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    return found


def _install(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def current_language() -> str:
    return _language


def data_text(label: str) -> str:
    """A label from the models' vocabulary or the process definition, in the screens' language."""
    return QCoreApplication.translate(DATA_CONTEXT, label) if label else label
