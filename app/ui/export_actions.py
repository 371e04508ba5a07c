"""Exports from the window: ask where to save, run the export off the UI thread with a progress
dialog (on its own database connection), then offer to open the file or its folder. The rules —
consent, atomic writing, the export log — live in app.exporters.service."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.exporters.cancel import Cancelled, Progress
from app.exporters.service import Exports
from app.models.errors import AtamaError
from app.models.recipients import recipient
from app.models.store import Store
from app.ui.background import run_cancellable, run_with_store
from app.ui.file_dialogs import save_file_name
from app.ui.messages import show_error

EXPORT_DIR_KEY = "export_dir"
FILTERS = {".pdf": QT_TRANSLATE_NOOP("ExportRunner", "PDF-dokument (*.pdf)"),
           ".xlsx": QT_TRANSLATE_NOOP("ExportRunner", "Excel-arbetsbok (*.xlsx)"),
           ".ics": QT_TRANSLATE_NOOP("ExportRunner", "Kalenderfil (*.ics)")}
translate = QCoreApplication.translate


class ExportRunner:
    """One export as the user meets it. Tests replace ``ask_path`` and ``offer_open``."""

    def __init__(self, store: Store, parent: QWidget):
        self.store = store
        self.parent = parent

    def ask_path(self, suggested_name: str) -> Path | None:
        folder = self.store.settings.get(EXPORT_DIR_KEY) or str(Path.home())
        suffix = Path(suggested_name).suffix
        kind = translate("ExportRunner", FILTERS[suffix]) if suffix in FILTERS else ""
        name = save_file_name(self.parent, translate("ExportRunner", "Spara som"), str(Path(folder) / suggested_name),
                              kind)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def offer_open(self, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("ExportRunner", "Klart"),
                          translate("ExportRunner", "%1 är sparad i\n%2").replace("%1", path.name)
                          .replace("%2", str(path.parent)), parent=self.parent)
        open_file = box.addButton(translate("ExportRunner", "Öppna filen"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(translate("ExportRunner", "Öppna mappen"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(translate("ExportRunner", "Stäng"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def tell_cancelled(self, exc: Cancelled) -> None:
        from app.ui.messages import tell

        tell(self.parent, translate("ExportRunner", "Avbruten"), str(exc))

    def run(self, suggested_name: str, label: str, export: Callable[[Exports, Path], Path]) -> Path | None:
        """Ask for the file, run ``export(exports, path)`` on a worker thread, report the outcome."""
        return self._run(suggested_name, lambda path: run_with_store(
            self.parent, label, self.store, lambda store: export(Exports(store), path)))

    def run_cancellable(self, suggested_name: str, label: str,
                        export: Callable[[Exports, Path, Progress], Path]) -> Path | None:
        """As ``run``, for a long document: ``export(exports, path, progress)`` reports how far it is,
        and the progress dialog's Avbryt stops it with no file written and nothing logged."""
        return self._run(suggested_name, lambda path: run_cancellable(
            self.parent, label, self.store, lambda store, report: export(Exports(store), path, report)))

    def _run(self, suggested_name: str, write: Callable[[Path], Path]) -> Path | None:
        path = self.ask_path(suggested_name)
        if path is None:
            return None
        try:
            written = write(path)
        except Cancelled as exc:
            self.tell_cancelled(exc)
            return None
        except AtamaError as exc:
            show_error(self.parent, exc)
            return None
        with contextlib.suppress(AtamaError):  # remembering the folder is a convenience; the file is written
            self.store.settings.set(EXPORT_DIR_KEY, str(written.parent))
        self.offer_open(written)
        return written


def case_file_name(store: Store, case_id: int, what: str, audience: str = "", day: str = "") -> str:
    """File names carry the case number and date, not the client's name (file lists are not secret);
    ``day`` is the date the document is about (a meeting's), else today."""
    number = store.cases.get(case_id).case_number
    part = recipient(audience).file_name_part if audience else ""
    suffix = f" {part}" if part else ""
    return f"{what} {number}{suffix} {day or store.today().isoformat()}.pdf"

