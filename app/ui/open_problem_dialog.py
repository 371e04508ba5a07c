"""The way out of a bad database file at start (app/ui/app.py ``open_store_or_explain``): the
cause in words and one button per way out the problem allows (app/models/file_check.py), plus
Stäng programmet. Imported only when there is a problem: a normal start does without it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME
from app.models.file_check import WAY_LABELS, Cause, FileProblem, WayOut
from app.models.texts import fill
from app.ui.messages import ask_yes_no

QUIT_LABEL = QT_TRANSLATE_NOOP("OpenProblem", "Stäng programmet")  # never "Avsluta": that is what one does
# with a case; shown through translate


translate = QCoreApplication.translate  # pyside6-lupdate finds translate("Context", "…") calls


def ask_way_out(problem: FileProblem, parent: QWidget | None = None) -> WayOut | None:
    """The way out the user chose, or None for Stäng programmet (Escape)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, problem.message, parent=parent)
    box.setObjectName("open_problem")
    if problem.details:
        box.setDetailedText("\n".join(problem.details))
    buttons = {}
    for way in problem.ways_out:
        buttons[box.addButton(WAY_LABELS[way], QMessageBox.ButtonRole.ActionRole)] = way
    quit_button = box.addButton(translate("OpenProblem", QUIT_LABEL), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(quit_button)
    if buttons:
        box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())


def confirm_create(problem: FileProblem, parent: QWidget | None = None) -> bool:
    """Creating a new, empty database is never done unasked; an empty file is replaced by it."""
    path = Path(problem.path)
    if problem.cause is Cause.MISSING_FOLDER:
        text = fill(translate("OpenProblem", "Skapa mappen %1 och en ny, tom databas %2 i den?\n\nGör det bara "
                                             "om det är en ny enhet som börjar använda ATAMA. Om journalen finns "
                                             "någon annanstans: välj Nej och välj den filen i stället."),
                    path.parent, path.name)
    else:
        text = fill(translate("OpenProblem", "Skapa en ny, tom databas i %1?\n\nDen innehåller inga klienter. Om "
                                             "journalen finns i en säkerhetskopia eller en annan fil: välj Nej."),
                    path)
    return ask_yes_no(parent, translate("OpenProblem", "Skapa en ny databas"), text)


def choose_other_file(problem: FileProblem, parent: QWidget | None = None) -> Path | None:
    from app.ui.file_dialogs import open_file_name

    folder = Path(problem.path).parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    chosen = open_file_name(parent, translate("OpenProblem", "Välj databasfil"), str(folder),
                             translate("OpenProblem", "ATAMA-databas (*.sqlite);;Alla filer (*)"))
    return Path(chosen) if chosen else None


def restore_backup(problem: FileProblem, parent: QWidget | None = None) -> bool:
    """The backups' restore dialog (another part of the app; connected when it is there). True when a
    backup was put in place, so the file is opened again."""
    try:
        from app.ui.backup_dialog import restore_from_backup_list  # type: ignore[import-not-found]
    except ImportError:
        from app.ui.messages import tell

        tell(parent, APP_NAME, translate("OpenProblem", "Säkerhetskopior finns inte i den här versionen av ATAMA. Be "
                                                        "den som sköter säkerhetskopiorna att lägga tillbaka en kopia "
                                                        "av databasen, eller välj en annan fil."))
        return False
    return bool(restore_from_backup_list(parent, Path(problem.path)))


def show_damage_found(problem: FileProblem, parent: QWidget | None = None) -> None:
    """The quick check after the first paint found a damaged page: say so, offer a backup."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, problem.message, parent=parent)
    box.setObjectName("damage_found")
    if problem.details:
        box.setDetailedText("\n".join(problem.details))
    restore = box.addButton(WAY_LABELS[WayOut.RESTORE_BACKUP], QMessageBox.ButtonRole.ActionRole)
    go_on = box.addButton(translate("OpenProblem", "Fortsätt läsa"), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(go_on)
    box.exec()
    if box.clickedButton() is restore:
        restore_backup(problem, parent)
