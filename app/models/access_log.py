"""The access log (R5, PDL 4:3; HSLF-FS 2016:40 4:9): every opening of a client or case, every read
of a document, write, signing, correction, strike-out, export, print, import, backup, restore,
change of settings or rights, sign-in, failed sign-in and lock, with who, when, which unit, whose
record and what. Append-only and kept at least five years: triggers in migration 6 refuse every
UPDATE and a DELETE of a younger row, so no code path can rewrite it.

    store.access_log.record(LogAction.OPEN_CASE, case_id=case.id)
    store.access_log.record(LogAction.EXPORT, case_id=case.id, what="Utvecklingsplan v2 till Af")
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.models.store import Store, Writer

UNIT_NAME = "unit_name"  # settings key; the log copies the unit's name into every row
DEFAULT_UNIT = "Arbetsmarknadsavdelningen"


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


@dataclass(frozen=True)
class LogEntry:
    """One row of the access log."""

    id: int
    at: str
    unit: str
    user_id: int | None
    user_name: str
    action: str
    client_id: int | None
    case_id: int | None
    what: str

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


_COLUMNS = "id, at, unit, user_id, user_name, action, client_id, case_id, what"


class AccessLog:
    def __init__(self, store: Store):
        self.store = store

    def unit(self) -> str:
        return self.store.settings.get(UNIT_NAME) or DEFAULT_UNIT

    def record(self, action: LogAction, *, client_id: int | None = None, case_id: int | None = None,
               what: str = "", user_id: int | None = None, tx: Writer | None = None) -> int:
        """One row for ``action`` by the signed-in user (or ``user_id``, e.g. a failed sign-in's).
        A case names its client by itself. Inside the caller's transaction when ``tx`` is given, so
        the row and what it records land together, or neither does."""
        who = user_id if user_id is not None else self.store.user_id
        if case_id is not None and client_id is None:
            client_id = self.store.query_value("SELECT client_id FROM cases WHERE id = ?", (case_id,))
        name = self.store.query_value("SELECT name FROM users WHERE id = ?", (who,)) if who is not None else None
        row = {"at": self.store.timestamp(), "unit": self.unit(), "user_id": who, "user_name": name or "",
               "action": str(action), "client_id": client_id, "case_id": case_id, "what": what}
        if tx is not None:
            return tx.insert("access_log", row)
        with self.store.transaction() as own:
            return own.insert("access_log", row)

    def for_client(self, client_id: int) -> list[LogEntry]:
        """Every access to one client's record, oldest first (the client's log extract, R6)."""
        rows = self.store.query(f"SELECT {_COLUMNS} FROM access_log WHERE client_id = ? ORDER BY at, id",
                                (client_id,))
        return [LogEntry(**r) for r in rows]

    def latest(self, limit: int = 100) -> list[LogEntry]:
        rows = self.store.query(f"SELECT {_COLUMNS} FROM access_log ORDER BY at DESC, id DESC LIMIT ?", (limit,))
        return [LogEntry(**r) for r in rows]
