"""A client's request for erasure (GDPR art. 17; R10): recorded, and answered with a letter that
refuses it while the retention duty applies (art. 17.3 b; Patientdatalagen 3 kap. 17 §). Nothing is
deleted: the record is kept at least ten years after its last entry and only a disposal under the
unit's gallringsbeslut removes it (app/models/retention.py).

    request = store.erasure.record(client.id, ErasureInput(received_date="2026-11-18", channel="brev",
                                                           request_text="Radera allt om mig."))
    Exports(store).erasure_letter(request.id, Path("svar.pdf"))   # the letter (PDF), logged
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.access_log import LogAction
from app.models.errors import NotFound
from app.models.fields import FieldCheck, iso
from app.models.vocab import Choices

if TYPE_CHECKING:
    from app.models.store import Store

CHANNELS = Choices((
    ("brev", "Brev"),
    ("e-post", "E-post"),
    ("telefon", "Telefon"),
    ("besok", "Vid besök"),
    ("annat", "Annat sätt"),
))


@dataclass
class ErasureInput:
    """What the erasure dialog sends."""

    received_date: str = ""  # ISO date the request came in
    channel: str = ""  # CHANNELS key
    request_text: str = ""  # what the client asked for


@dataclass(frozen=True)
class ErasureRequest:
    """A recorded request, with who recorded it and when it was last answered."""

    id: int
    client_id: int
    received_date: str
    channel: str
    request_text: str
    recorded_at: str
    recorded_by: str | None
    answered_at: str | None

    @property
    def channel_label(self) -> str:
        return CHANNELS.label(self.channel)


_SELECT = """SELECT e.id, e.client_id, e.received_date, e.channel, e.request_text, e.recorded_at,
       u.name AS recorded_by, e.answered_at
FROM erasure_requests e LEFT JOIN users u ON u.id = e.recorded_by"""


class Erasure:
    def __init__(self, store: Store):
        self.store = store

    def record(self, client_id: int, data: ErasureInput) -> ErasureRequest:
        """Record the request (and an access-log row). Deletes nothing."""
        self.store.clients.get(client_id)
        check = FieldCheck()
        received = check.date("received_date", "Datum då begäran kom in", data.received_date, required=True,
                              not_after=self.store.today())
        channel = check.choice("channel", "Hur begäran kom in", data.channel, CHANNELS)
        text = check.text("request_text", "Vad klienten begär", data.request_text, required=True, max_len=20_000)
        check.raise_if_any()
        with self.store.transaction() as tx:
            request_id = tx.insert("erasure_requests", {
                "client_id": client_id, "received_date": iso(received), "channel": channel,
                "request_text": text.strip(), "recorded_at": self.store.timestamp(),
                "recorded_by": self.store.user_id,
            })
            self.store.access_log.record(
                LogAction.ERASURE_REQUEST, client_id=client_id, tx=tx,
                what=f"begäran om radering {request_id} registrerad (inkom {iso(received)}, "
                     f"{CHANNELS.label(channel).lower()})")
        return self.get(request_id)

    def mark_answered(self, request_id: int) -> None:
        """The letter was made (called by the export, inside its log transaction)."""
        request = self.get(request_id)
        with self.store.transaction() as tx:
            tx.update("erasure_requests", request_id, {"answered_at": self.store.timestamp(),
                                                       "answered_by": self.store.user_id})
            self.store.access_log.record(LogAction.ERASURE_REQUEST, client_id=request.client_id, tx=tx,
                                         what=f"svar på begäran om radering {request_id} (brev, radering nekad)")

    def get(self, request_id: int) -> ErasureRequest:
        row = self.store.query_one(f"{_SELECT} WHERE e.id = ?", (request_id,))
        if row is None:
            raise NotFound(f"Begäran om radering {request_id} finns inte.")
        return ErasureRequest(**row)

    def for_client(self, client_id: int) -> list[ErasureRequest]:
        rows = self.store.query(f"{_SELECT} WHERE e.client_id = ? ORDER BY e.received_date DESC, e.id DESC",
                                (client_id,))
        return [ErasureRequest(**r) for r in rows]
