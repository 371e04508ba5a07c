"""User-facing error reporting: a Swedish message, never a traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.models.errors import AtamaError, ValidationError

translate = QCoreApplication.translate  # translate("Context", "…"): pyside6-lupdate finds these

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox is imported where a box is shown: this module is loaded at start-up, and PySide6
# builds a Qt class (with its enums) on first import.

log = logging.getLogger("atama")



def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if isinstance(exc, ValidationError):
        text = "\n".join(exc.errors.values())
    elif isinstance(exc, AtamaError):
        text = str(exc)
    else:
        log.error("Oväntat fel", exc_info=exc)
        text = (translate("messages", "Ett oväntat fel inträffade. Det du redan sparat finns kvar.\n\nTekniskt: %1")
                .replace("%1", f"{type(exc).__name__}: {exc}"))
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title if title is not None else translate("messages", "Det gick inte"), text)


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """An information box with OK, owned by Python and deleted after it closes. Qt's static
    QMessageBox.information builds the box on the C++ stack; a test (or anything) that got hold of it
    through activeModalWidget() keeps a wrapper of freed memory, and the crash in CI pointed there."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()
    box.deleteLater()


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A question with Ja/Nej buttons in the screens' language (whatever Qt's own translation has);
    Nej is the default and Escape. True only when the user chose Ja."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(translate("messages", "Ja"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(translate("messages", "Nej"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    box.deleteLater()
    return box.clickedButton() is yes


def install_excepthook() -> None:
    """An uncaught error in a slot becomes a message box and a log line, not a dead app."""

    def hook(exc_type, exc, tb):
        log.error("Ohanterat fel:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        show_error(None, exc)

    sys.excepthook = hook


def run_validated(parent: QWidget, errors, action) -> bool:
    """Run a save; show field messages at their fields (``errors`` is a FieldErrors) and any
    other refusal in a box. True when it went through.

    The old messages go before the save, not after: nothing runs between the store taking the save
    and the True, so a save that went through is never reported as failed."""
    errors.clear()
    try:
        action()
    except ValidationError as exc:
        unplaced = errors.show(exc.errors)
        if unplaced:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(parent, translate("messages", "Kontrollera uppgifterna"), "\n".join(unplaced))
        return False
    except AtamaError as exc:
        show_error(parent, exc)
        return False
    return True
