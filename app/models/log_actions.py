"""What the access log records (app/models/access_log.py): the actions and their Swedish labels.
A module of its own because the services that log (users, cases, process …) are on the start-up
path and need only this, not the log's queries (DEVELOPING.md, "The start-up path")."""

from __future__ import annotations

from enum import StrEnum


class LogAction(StrEnum):
    """Stored in every row: never change a released key; add new ones at the end."""

    OPEN_CLIENT = "open_client"
    OPEN_CASE = "open_case"
    READ_DOCUMENT = "read_document"
    WRITE = "write"
    SIGN = "sign"
    CORRECT = "correct"
    STRIKE = "strike"
    EXPORT = "export"
    PRINT = "print"
    IMPORT = "import"
    BACKUP = "backup"
    RESTORE = "restore"
    SETTINGS = "settings"
    RIGHTS = "rights"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    LOCK = "lock"
    SIGN_OUT = "sign_out"
    ERASURE_REQUEST = "erasure_request"
    DISPOSAL = "disposal"
    LOG_REVIEW = "log_review"


ACTION_LABELS: dict[str, str] = {
    LogAction.OPEN_CLIENT: "Öppnade klient",
    LogAction.OPEN_CASE: "Öppnade ärende",
    LogAction.READ_DOCUMENT: "Läste dokument",
    LogAction.WRITE: "Skrev",
    LogAction.SIGN: "Signerade",
    LogAction.CORRECT: "Rättade",
    LogAction.STRIKE: "Makulerade",
    LogAction.EXPORT: "Exporterade",
    LogAction.PRINT: "Skrev ut",
    LogAction.IMPORT: "Importerade",
    LogAction.BACKUP: "Säkerhetskopierade",
    LogAction.RESTORE: "Återställde",
    LogAction.SETTINGS: "Ändrade inställningar",
    LogAction.RIGHTS: "Ändrade behörighet",
    LogAction.SIGN_IN: "Loggade in",
    LogAction.SIGN_IN_FAILED: "Misslyckad inloggning",
    LogAction.LOCK: "Låste programmet",
    LogAction.SIGN_OUT: "Loggade ut",
    LogAction.ERASURE_REQUEST: "Begäran om radering",
    LogAction.DISPOSAL: "Gallrade",
    LogAction.LOG_REVIEW: "Loggkontroll",
}
