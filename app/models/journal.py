"""What is signed in the journal, across its kinds: the list of one's unsigned entries and signing a
reviewed selection of them (R2: entries are signed by the responsible person as soon as possible).

Each kind of signed entry is a source: a service with ``unsigned_for(user_id) -> list[UnsignedEntry]``
and ``sign_many(ids)`` (all or none): notes, assessments, plan versions, evaluations, the answers of
finished steps, closures and conclusions (who signs each: app/models/signing.py).

    entries = store.journal.unsigned_for(user.id)
    store.journal.sign(entries)            # the ones the user ticked after reading them
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.models.store import Store

# kind -> the store attribute of the service that keeps it (unsigned_for, sign_many)
SOURCES: dict[str, str] = {
    "note": "notes",
    "assessment": "assessments",
    "plan_version": "plans",
    "evaluation": "evaluation",
    "step": "process",
    "closure": "closure",
    "conclusion": "conclusions",
    "meeting": "meetings",  # a held collaboration meeting's record (issue 16)
}


@dataclass(frozen=True)
class UnsignedEntry:
    """One entry waiting for its author's signature."""

    kind: str  # a key of SOURCES: "note", ...
    id: int  # the entry's id in its own table
    case_id: int
    case_number: str
    client_id: int
    client_name: str
    date: str  # the date it happened
    written_at: str  # when it was recorded
    title: str  # one Swedish line: what it is and how it begins
    author_id: int | None
    author: str | None

    def age_days(self, day: dt.date) -> int:
        """Whole days since it was written."""
        return (day - dt.date.fromisoformat(self.written_at[:10])).days


class Journal:
    def __init__(self, store: Store):
        self.store = store

    def unsigned_for(self, user_id: int | None, written_before: str | None = None) -> list[UnsignedEntry]:
        """Every entry of every kind ``user_id`` has not signed yet (every author's when None),
        oldest written first; with ``written_before``, only those written before that date. Struck-out
        drafts are not waiting for anything and are left out."""
        out: list[UnsignedEntry] = []
        for service in SOURCES.values():
            out.extend(getattr(self.store, service).unsigned_for(user_id, written_before))
        out.sort(key=lambda e: (e.written_at, e.kind, e.id))
        return out

    def older_than(self, user_id: int | None, days: int, day: dt.date | None = None) -> list[UnsignedEntry]:
        """The unsigned entries written more than ``days`` days before ``day`` (today)."""
        day = day or self.store.today()
        # age_days > days  <=>  written on a date before day - days (the services filter in SQL)
        return self.unsigned_for(user_id, (day - dt.timedelta(days=days)).isoformat())

    def sign(self, entries: Iterable[UnsignedEntry | tuple[str, int]]) -> int:
        """Sign the chosen entries in one transaction, all or none (the first refusal undoes the
        rest and is raised). Returns how many were signed."""
        by_kind: dict[str, list[int]] = {}
        for entry in entries:
            kind, entry_id = (entry.kind, entry.id) if isinstance(entry, UnsignedEntry) else entry
            by_kind.setdefault(kind, []).append(entry_id)
        unknown = set(by_kind) - set(SOURCES)
        if unknown:
            raise ValueError(f"no signed kind {sorted(unknown)}")
        signed = 0
        with self.store.transaction():
            for kind, ids in by_kind.items():
                signed += len(getattr(self.store, SOURCES[kind]).sign_many(ids))
        return signed
