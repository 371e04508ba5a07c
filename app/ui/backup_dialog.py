"""Säkerhetskopior: the list of this database's backups in its backup folder, "Säkerhetskopiera nu"
(off the UI thread), "Återställ…" (a checked preview and a confirmation first) and "Byt mapp…"
(app/models/backup.py does the work).

After a restore ATAMA closes and is started again, rather than reopening the database in the running
window: every open page, the client list, Att göra, the change bus and the sign-in hold the old
store, and a restored database may not even know the signed-in user. A fresh start is the one way
nothing of the replaced file lives on, and it signs in against the restored database's own users.

``restore_from_backup_list(parent, db_path, key=None)`` is the same dialog for when no database could
be opened (the start-up error dialog offers it): it lists the backups of ``db_path`` from its
configured folder and restores one. An encrypted backup needs the database key: pass ``key`` (the
keyring unwraps it with the user's password); without it the dialog says the password is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models import backup
from app.models.errors import AtamaError
from app.models.sizes import size_text
from app.models.store import Store
from app.ui.empty_state import empty_state
from app.ui.messages import ask_yes_no, show_error
from app.ui.record_model import RecordTableModel
from app.ui.tables import read_only_table

translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    """A backup's kind on screens (``BackupInfo.kind_label`` is the access log's Swedish)."""
    labels = {
        backup.BackupKind.DAILY: translate("backup_dialog", "daglig"),
        backup.BackupKind.MANUAL: translate("backup_dialog", "manuell"),
        backup.BackupKind.BEFORE_MIGRATION: translate("backup_dialog", "före uppdatering"),
        backup.BackupKind.BEFORE_RESTORE: translate("backup_dialog", "före återställning"),
        backup.BackupKind.BEFORE_ENCRYPTION: translate("backup_dialog", "före kryptering (okrypterad)"),
    }
    return labels.get(kind, kind)  # type: ignore[call-overload]


class BackupCounts(QObject):
    """What a backup holds, as counted texts ("1 klient", "2 klienter": their Swedish singular is in
    resources/translations/atama_plurals_sv.ts). A QObject's tr(): pyside6-lupdate keeps a text's
    plural forms only from tr()."""

    def text(self, table: str, n: int) -> str:
        return {"clients": self.tr("%n klienter", "", n), "cases": self.tr("%n ärenden", "", n),
                "notes": self.tr("%n anteckningar", "", n), "users": self.tr("%n användare", "", n)}[table]


def preview_lines(preview: backup.Preview) -> list[str]:
    """``Preview.lines()`` in the screens' language (the model's go to the terminal, in Swedish)."""
    info = preview.info
    counts = BackupCounts()
    contents = ", ".join(counts.text(t, preview.counts.get(t, 0)) for t, *_ in backup.PREVIEW_TABLES)
    out = [translate("backup_dialog", "Säkerhetskopia: %1").replace("%1", info.path.name),
           translate("backup_dialog", "Gjord: %1 (%2)").replace("%1", f"{info.created:%Y-%m-%d %H:%M}")
           .replace("%2", kind_text(info.kind)),
           translate("backup_dialog", "Schemaversion: %1").replace("%1", str(preview.schema_version)),
           translate("backup_dialog", "Innehåll: %1").replace("%1", contents)]
    out.append(translate("backup_dialog", "Krypterad: ja") if info.encrypted
               else translate("backup_dialog", "Krypterad: nej (okrypterad säkerhetskopia)"))
    if preview.problem:
        out.append(translate("backup_dialog", "Kontroll: %1").replace("%1", preview.problem))
    elif info.has_manifest:
        out.append(translate("backup_dialog", "Kontroll: hel (integritetskontroll och kontrollsumma gick igenom)"))
    else:
        out.append(translate("backup_dialog", "Kontroll: hel (integritetskontroll gick igenom)"))
    return out


def restore_lines(result: backup.RestoreResult) -> list[str]:
    """``RestoreResult.lines()`` in the screens' language."""
    restored = result.restored
    out = [translate("backup_dialog", "Återställd från %1 (%2).").replace("%1", restored.path.name)
           .replace("%2", f"{restored.created:%Y-%m-%d %H:%M}")]
    if result.kept_aside is not None:
        out.append(translate("backup_dialog", "Den tidigare databasfilen ligger kvar som %1.")
                   .replace("%1", str(result.kept_aside)))
    if result.safety_backup is not None:
        out.append(translate("backup_dialog", "Säkerhetskopia av den tidigare databasen: %1.")
                   .replace("%1", result.safety_backup.path.name))
    elif result.safety_problem:
        out.append(translate("backup_dialog", "Ingen säkerhetskopia av den tidigare databasen gick att göra (%1).")
                   .replace("%1", result.safety_problem))
    return out


class BackupListModel(RecordTableModel):
    """The backups, newest first: time, kind, schema version, size, checksum (short), verified."""

    def __init__(self, parent=None):
        super().__init__([
            (translate("backup_dialog", "Tid"), lambda b: f"{b.created:%Y-%m-%d %H:%M}"),
            (translate("backup_dialog", "Slag"), lambda b: kind_text(b.kind)),
            (translate("backup_dialog", "Schemaversion"), lambda b: b.schema_version),
            (translate("backup_dialog", "Storlek"), lambda b: size_text(b.size)),
            (translate("backup_dialog", "Kontrollsumma"), lambda b: b.checksum[:12]),
            (translate("backup_dialog", "Kontrollerad"),
             lambda b: translate("backup_dialog", "ja") if b.verified else translate("backup_dialog", "nej")),
        ], parent)


class BackupDialog(QDialog):
    """``store``: the open database (None when it could not be opened: no "Säkerhetskopiera nu").
    ``release()``: called after the confirmation and before the files move; it saves what pages
    hold and closes every connection to the database (the main window's), False to stop."""

    def __init__(self, store: Store | None, db_path: str | Path, parent: QWidget | None = None, *,
                 key: bytes | None = None, release: Callable[[], bool] | None = None):
        super().__init__(parent)
        self.store = store
        self.db_path = Path(db_path)
        self.key = store.database_key if store is not None else key  # the database's key, for encrypted backups
        self.release = release
        self.restored: backup.RestoreResult | None = None
        self.released = False
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.resize(760, 420)

        self.folder_label = QLabel()
        self.folder_label.setObjectName("backup_folder")
        self.folder_label.setWordWrap(True)
        self.model = BackupListModel(self)
        self.table = read_only_table(self.model, self.tr("Säkerhetskopior"))
        empty_state(self.table, self.tr("Inga säkerhetskopior ännu. Gör den första med Säkerhetskopiera nu."))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Säkerhetskopiera &nu"))
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_button.setVisible(store is not None)
        self.restore_button = QPushButton(self.tr("Å&terställ…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Byt &mapp…"))
        self.folder_button.clicked.connect(self.change_folder)
        close = QPushButton(self.tr("&Stäng"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        folder = backup.folder_for(self.db_path)
        self.folder_label.setText(self.tr("Mapp: ") + str(folder))
        try:
            found = backup.list_backups(self.db_path, folder)
        except backup.BackupFolderUnavailable as exc:
            found = []
            self.status.setText(str(exc))
        else:
            if not found:
                self.status.setText(self.tr("Inga säkerhetskopior av den här databasen i mappen än."))
        self.model.set_records(found)
        if found:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def backup_now(self) -> backup.BackupInfo | None:
        from app.ui.background import run_with_store

        assert self.store is not None
        try:
            info = run_with_store(self, self.tr("Säkerhetskopierar…"), self.store,
                                  lambda own: backup.make_backup(own, backup.BackupKind.MANUAL))
        except Exception as exc:  # noqa: BLE001 - said in words; an unforeseen one logged by show_error
            show_error(self, exc, self.tr("Ingen säkerhetskopia"))
            return None
        self.refresh()
        self.status.setText(self.tr("Säkerhetskopia gjord %1: %2").replace("%1", f"{info.created:%H:%M}")
                            .replace("%2", info.path.name))
        return info

    def change_folder(self) -> None:
        if change_backup_folder(self, self.db_path, ask_backup_folder(self, self.db_path)):
            self.status.setText("")
            self.refresh()

    def restore_selected(self) -> bool:
        """Preview (checked in full), confirmation, then the restore. True when it was restored."""
        from app.ui.background import run_with_progress

        info = self.selected()
        if info is None:
            return False
        if info.encrypted and self.key is None:  # the database could not be opened: unlock the backup's key
            from app.ui.encryption_dialogs import UnlockDialog

            try:
                unlock = UnlockDialog(info.path, self, key_only=True)
            except AtamaError as exc:  # no key file beside the backup
                show_error(self, exc, self.tr("Lösenord behövs"))
                return False
            if not unlock.exec() or unlock.key is None:
                return False
            self.key = unlock.key
        try:
            preview = run_with_progress(self, self.tr("Kontrollerar säkerhetskopian…"),
                                        lambda: backup.inspect(info, self.key))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, self.tr("Kan inte återställas"))
            return False
        if not preview.ok:
            show_error(self, AtamaError(self.tr("Säkerhetskopian är skadad och kan inte återställas: ")
                                        + preview.problem), self.tr("Kan inte återställas"))
            return False
        question = "\n".join(preview_lines(preview)) + "\n\n" + self.tr(
            "Ersätta databasen med den här säkerhetskopian? Allt som skrivits efter den försvinner ur "
            "databasen; den nuvarande filen sparas undan först. Efteråt öppnar ATAMA den återställda "
            "databasen och du loggar in igen.")
        if not ask_yes_no(self, self.tr("Återställ säkerhetskopia"), question):
            return False
        user_id, user_name = None, ""
        if self.store is not None:
            user_id = self.store.user_id
            current = self.store.users.current()
            user_name = current.name if current is not None else ""
            clock = self.store.now
        else:
            clock = None
        if self.release is not None:
            if not self.release():
                return False
            self.released = True
        try:
            self.restored = run_with_progress(self, self.tr("Återställer…"), lambda: backup.restore(
                self.db_path, info, key=self.key, clock=clock, user_id=user_id, user_name=user_name))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, self.tr("Återställningen misslyckades"))
            if self.released:
                self.accept()  # the database is closed: the window closes, start again
            return False
        from app.ui.messages import tell

        tell(self, self.tr("Återställd"), "\n".join(restore_lines(self.restored)) + "\n\n" + (
            self.tr("ATAMA öppnar nu den återställda databasen; logga in igen.") if self.released else
            self.tr("Öppna databasen igen.")))
        self.accept()
        return True


def ask_backup_folder(parent: QWidget, db_path: Path) -> str:
    """The folder the user chooses for the backups of ``db_path`` ('' when they cancel)."""
    from app.ui.file_dialogs import existing_directory

    return existing_directory(parent, QCoreApplication.translate("BackupDialog", "Välj mapp för säkerhetskopior"),
                              str(backup.folder_for(db_path)))


def change_backup_folder(parent: QWidget, db_path: Path, chosen: str | None) -> bool:
    """Keep ``chosen`` as the backup folder of ``db_path`` on this computer (None: the default);
    False, said in a box, when it could not be kept. '' (nothing chosen) changes nothing."""
    if chosen == "":
        return False
    try:
        backup.set_folder(db_path, chosen)
    except OSError as exc:
        show_error(parent, AtamaError(QCoreApplication.translate("BackupDialog", "Valet kunde inte sparas: %1")
                                      .replace("%1", str(exc))))
        return False
    return True


def restore_from_backup_list(parent: QWidget | None, db_path: Path, key: bytes | None = None) -> bool:
    """For when no store could be opened: the backups of ``db_path`` (from its configured folder),
    one restored after a checked preview and a confirmation. ``key``: the database key, needed for
    an encrypted backup (without it the dialog says the password is needed). True when restored;
    the caller then opens ``db_path`` afresh."""
    dialog = BackupDialog(None, db_path, parent, key=key)
    dialog.exec()
    return dialog.restored is not None


def start_daily_backup(window) -> None:
    """The start-up backup (at most one a day) on a worker thread with its own connection; silent when
    it works (the status bar says "Säkerhetskopia gjord 09:30"), one message when the folder cannot
    be reached (once a day: backup.daily_backup decides), and never in the way of work. ``window``: the
    main window (its store and status bar)."""
    from app.ui.background import start_in_background

    store = window.store

    def work():
        own = store.sibling()
        try:
            return backup.daily_backup(own)
        finally:
            own.close()

    def done(result: backup.DailyResult | None, exc: BaseException | None) -> None:
        window.backup_result = result if exc is None else exc
        if exc is not None:
            from app.ui.messages import log

            log.error("Säkerhetskopian vid start misslyckades", exc_info=exc)
            window.statusBar().showMessage(translate("backup_dialog", "Ingen säkerhetskopia vid start: %1")
                                           .replace("%1", str(exc)))
            return
        assert result is not None
        if result.made is not None:
            window.statusBar().showMessage(translate("backup_dialog", "Säkerhetskopia gjord %1")
                                           .replace("%1", f"{result.made.created:%H:%M}"))
        elif result.problem:
            window.statusBar().showMessage(translate("backup_dialog", "Ingen säkerhetskopia: mappen går inte att nå"))
        if result.message:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(window, translate("backup_dialog", "Säkerhetskopia"), result.message)

    start_in_background(window, work, done)
