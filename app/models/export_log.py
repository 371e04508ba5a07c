"""The log of every document that leaves the app: who, what, for whom, when, into which folder and
which records went out (R3); and every attempt that was refused (no consent, a consent that does
not cover it), with the message given. Append-only: the table refuses updates and deletes
(triggers in migration 4).

``contents`` names the records in the document, "kind:id" separated by spaces:
"plan_version:7", "assessment:3 assessment:5 conclusion:2".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.models.store import Store

DOCUMENT_LABELS = {
    "plan": "Utvecklingsplan",
    "report": "Bedömningsrapport",
    "record": "Journalkopia",
    "form": "Blankett",
    "info_sheet": "Informationsblad",
    "caseload": "Ärendelista",
    "sus": "Uppföljning/SUS",  # before Uppföljning Finsam replaced it: old log rows keep their name
    "finsam": "Uppföljning Finsam",
    "interventions": "Insatser",
    "instrument_data": "Instrumentdata",
    "import_template": "Importmall",
    "log_extract": "Loggutdrag",
    "access_log": "Åtkomstlogg",
    "erasure_letter": "Svar på begäran om radering",
    "invitation": "Kallelse till möte",
    "meeting_record": "Mötesanteckningar till klienten",
}


@dataclass(frozen=True)
class ExportEntry:
    id: int
    exported_at: str
    user: str | None
    document: str
    recipient: str
    case_id: int | None
    details: str
    file_name: str
    folder: str = ""
    contents: str = ""
    refusal: str = ""  # '' = the document was made; else why it was refused

    @property
    def refused(self) -> bool:
        return bool(self.refusal)

    def content_ids(self, kind: str) -> list[int]:
        """The ids of the records of ``kind`` ("assessment") the document held."""
        return [int(item.split(":", 1)[1]) for item in self.contents.split() if item.split(":", 1)[0] == kind]

    @property
    def document_label(self) -> str:
        return DOCUMENT_LABELS.get(self.document, self.document)


class ExportLog:
    def __init__(self, store: Store):
        self.store = store

    def record(self, document: str, *, recipient: str = "", case_id: int | None = None,
               details: str = "", file_name: str = "", folder: str = "", contents: str = "",
               refusal: str = "") -> int:
        with self.store.transaction() as tx:
            return tx.insert("export_log", {
                "exported_at": self.store.timestamp(), "user_id": self.store.user_id, "document": document,
                "recipient": recipient, "case_id": case_id, "details": details, "file_name": file_name,
                "folder": folder, "contents": contents, "refusal": refusal,
            })

    def entries(self, case_id: int | None = None, limit: int = 1000, refused: bool = False) -> list[ExportEntry]:
        """The documents made (newest first); with ``refused``, the refused attempts instead."""
        conditions = ["e.refusal != ''" if refused else "e.refusal = ''"]
        params: tuple = ()
        if case_id is not None:
            conditions.append("e.case_id = ?")
            params = (case_id,)
        where = "WHERE " + " AND ".join(conditions)
        rows = self.store.query(
            f"""SELECT e.id, e.exported_at, u.name AS user, e.document, e.recipient, e.case_id, e.details, e.file_name,
                       e.folder, e.contents, e.refusal
                FROM export_log e LEFT JOIN users u ON u.id = e.user_id {where}
                ORDER BY e.exported_at DESC, e.id DESC LIMIT ?""",
            (*params, limit),
        )
        return [ExportEntry(**r) for r in rows]
