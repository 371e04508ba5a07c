"""Journal notes (journalanteckningar) on a case.

A note is a draft until signed (signing arrives with the record-integrity work); a signed note is
never changed: a correction is a new note with ``corrects_id`` pointing at it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.allowed import SIGNING_LATER, Allowed, refused
from app.models.errors import NotFound
from app.models.fields import FieldCheck, iso
from app.models.vocab import NOTE_KINDS

if TYPE_CHECKING:
    from app.models.store import Store


@dataclass(frozen=True)
class Note:
    id: int
    case_id: int
    note_date: str
    kind: str
    text: str
    author_id: int | None
    author: str | None
    created_at: str
    updated_at: str
    signed_at: str | None
    corrects_id: int | None

    @property
    def kind_label(self) -> str:
        return NOTE_KINDS.label(self.kind)

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def actions(self) -> NoteActions:
        """What may be done with the note now. A closed case still takes notes: the journal goes on
        (e.g. the closing talk), so unlike the other services notes do not ask the case."""
        signed = refused("Anteckningen är signerad och kan inte ändras. Skriv en rättelse i stället.")
        return NoteActions(edit=signed if self.is_signed else Allowed.yes())


@dataclass(frozen=True)
class NoteActions:
    edit: Allowed
    sign: Allowed = SIGNING_LATER


_SELECT = """SELECT n.id, n.case_id, n.note_date, n.kind, n.text, n.author_id, u.name AS author,
       n.created_at, n.updated_at, n.signed_at, n.corrects_id
FROM notes n LEFT JOIN users u ON u.id = n.author_id"""


class Notes:
    def __init__(self, store: Store):
        self.store = store

    def _clean(self, note_date, kind, text) -> dict:
        check = FieldCheck()
        day = check.date("note_date", "Datum", note_date, required=True, not_after=self.store.today())
        kind = check.choice("kind", "Typ av anteckning", kind, NOTE_KINDS)
        text = check.text("text", "Anteckningen", text, required=True)
        check.raise_if_any()
        return {"note_date": iso(day), "kind": kind, "text": text}

    def add(self, case_id: int, note_date: str, kind: str, text: str) -> Note:
        """``store.notes.add(case.id, "2026-11-20", "samtal", "Första samtalet ...")``"""
        self.store.cases.get(case_id)
        row = self._clean(note_date, kind, text)
        now = self.store.timestamp()
        row.update(case_id=case_id, author_id=self.store.user_id, created_at=now, updated_at=now)
        with self.store.transaction() as tx:
            note_id = tx.insert("notes", row)
            self.store.cases.touch(tx, case_id, now)
        return self.get(note_id)

    def update(self, note_id: int, note_date: str, kind: str, text: str) -> Note:
        self.get(note_id).actions.edit.require()
        row = self._clean(note_date, kind, text)
        row["updated_at"] = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("notes", note_id, row)
        return self.get(note_id)

    def get(self, note_id: int) -> Note:
        row = self.store.query_one(f"{_SELECT} WHERE n.id = ?", (note_id,))
        if row is None:
            raise NotFound(f"Anteckningen {note_id} finns inte.")
        return Note(**row)

    def for_case(self, case_id: int) -> list[Note]:
        """Newest first, as a journal is read."""
        rows = self.store.query(f"{_SELECT} WHERE n.case_id = ? ORDER BY n.note_date DESC, n.id DESC", (case_id,))
        return [Note(**r) for r in rows]
