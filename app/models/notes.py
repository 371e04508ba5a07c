"""Journal notes (journalanteckningar) on a case: drafts until their author signs them (R2, R3).

- The author's title decides the record kind: an arbetsterapeut writes journal entries (health-care
  documentation under PDL), anyone else coordinator notes (not a health record). Both are kept,
  shown and exported, labelled.
- Each note has the date the thing happened (``note_date``: never before the referral, never in the
  future) and the time it was written (``created_at``).
- A draft can be changed by its author, signed by its author, or struck out (makulerad) with a
  reason; it is never deleted and a struck note stays readable, marked so.
- A signed note never changes: a correction (rättelse) is a new note pointing to it with a reason
  (``corrects_id``); the old one is then "rättad". The client's objection (avvikande mening) is a
  note of its own kind pointing to the note it objects to (``objection_to_id``).
- The schema refuses the same (migration 8's triggers): a signed or struck note cannot change, no
  note is deleted except by a disposal, and only the author signs.

Every action writes the access log in the same transaction: a write row through ``cases.touch``,
and a sign, correct or strike row for those.

    note = store.notes.add(case.id, "2026-11-20", "samtal", "Första samtalet ...")
    store.notes.sign(note.id)
    store.notes.correct(note.id, "Rätt text ...", "Fel datum för mötet")
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.access_log import LogAction
from app.models.allowed import Allowed, first_refusal, refused
from app.models.errors import NotFound
from app.models.fields import FieldCheck, iso
from app.models.journal import UnsignedEntry
from app.models.signing import write_signature, write_strike
from app.models.texts import QT_TRANSLATE_NOOP, fill, translate
from app.models.vocab import NOTE_KINDS, USER_TITLES

if TYPE_CHECKING:
    from app.models.store import Store, Writer

OBJECTION = "avvikande_mening"  # the kind of a client's objection; not offered for an ordinary note
JOURNAL, COORDINATOR = "journal", "coordinator"
RECORD_KINDS = {JOURNAL: "Journalanteckning", COORDINATOR: "Koordinatorsanteckning"}
JOURNAL_TITLE = "arbetsterapeut"  # the title whose notes are journal entries

DRAFT, SIGNED, STRUCK, CORRECTED = "utkast", "signerad", "makulerad", "rattad"
STATUS_LABELS = {DRAFT: "Utkast", SIGNED: "Signerad", STRUCK: "Makulerad", CORRECTED: "Rättad"}

NOBODY = refused("Ingen användare är inloggad.")


def record_kind_of(title: str | None) -> str:
    """The record kind of what a user with ``title`` writes.

    >>> record_kind_of("arbetsterapeut"), record_kind_of("arbetsmarknadskoordinator")
    ('journal', 'coordinator')
    """
    return JOURNAL if (title or JOURNAL_TITLE) == JOURNAL_TITLE else COORDINATOR


@dataclass(frozen=True)
class Note:
    """One note as read, with who wrote, signed and struck it; ``viewer_id`` is the signed-in user
    it was read for (its ``actions`` depend on who asks)."""

    id: int
    case_id: int
    note_date: str
    kind: str
    text: str
    author_id: int | None
    author: str | None
    author_title: str | None
    record_kind: str
    created_at: str
    updated_at: str
    signed_at: str | None
    signed_by: int | None
    signer: str | None
    signer_title: str | None
    corrects_id: int | None
    correction_reason: str
    struck_at: str | None
    struck_by: int | None
    striker: str | None
    strike_reason: str
    objection_to_id: int | None
    corrected_by_id: int | None  # the correction of this note that is not struck out
    viewer_id: int | None = field(default=None, compare=False, repr=False)

    @property
    def kind_label(self) -> str:
        return "Avvikande mening" if self.kind == OBJECTION else NOTE_KINDS.label(self.kind)

    @property
    def record_kind_label(self) -> str:
        return RECORD_KINDS.get(self.record_kind, self.record_kind)

    @property
    def author_display(self) -> str:
        """"Anna Andersson, arbetsterapeut" (R1: name and title on every entry)."""
        return _person(self.author, self.author_title)

    @property
    def signer_display(self) -> str:
        return _person(self.signer, self.signer_title)

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def is_struck(self) -> bool:
        return self.struck_at is not None

    @property
    def is_corrected(self) -> bool:
        return self.corrected_by_id is not None

    @property
    def is_correction(self) -> bool:
        return self.corrects_id is not None

    @property
    def is_objection(self) -> bool:
        return self.objection_to_id is not None

    @property
    def status(self) -> str:
        if self.is_struck:
            return STRUCK
        if self.is_corrected:
            return CORRECTED
        return SIGNED if self.is_signed else DRAFT

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def actions(self) -> NoteActions:
        """What the signed-in user (``viewer_id``) may do with the note now. A closed case still
        takes notes: the journal goes on (e.g. the closing talk), so notes do not ask the case."""
        viewer = self.viewer_id
        author = self.author or translate("Notes", "okänd")
        # shown on the notes panel's buttons (and as a refusal's message there): the screens' language

        def no(text: str) -> Allowed:
            return refused(translate("Notes", text))

        struck = no(QT_TRANSLATE_NOOP("Notes", "Anteckningen är makulerad och kan inte ändras.")) if self.is_struck \
            else Allowed.yes()
        someone = NOBODY if viewer is None else Allowed.yes()
        own = (Allowed.yes() if viewer is not None and viewer == self.author_id
               else refused(fill(translate("Notes", "Bara den som skrev anteckningen (%1) kan ändra, signera eller "
                                                    "makulera den."), author)))
        signed = (no(QT_TRANSLATE_NOOP("Notes", "Anteckningen är signerad och kan inte ändras. Skriv en rättelse i "
                                                "stället."))
                  if self.is_signed else Allowed.yes())
        return NoteActions(
            edit=first_refusal(struck, signed, someone, own),
            sign=first_refusal(
                no(QT_TRANSLATE_NOOP("Notes", "Anteckningen är makulerad och signeras inte.")) if self.is_struck
                else Allowed.yes(),
                refused(fill(translate("Notes", "Anteckningen är redan signerad (%1)."), (self.signed_at or "")[:16]))
                if self.is_signed else Allowed.yes(),
                someone, own),
            strike=first_refusal(
                no(QT_TRANSLATE_NOOP("Notes", "Anteckningen är redan makulerad.")) if self.is_struck else Allowed.yes(),
                no(QT_TRANSLATE_NOOP("Notes", "En signerad anteckning makuleras inte. Skriv en rättelse i stället."))
                if self.is_signed else Allowed.yes(),
                someone, own),
            correct=first_refusal(
                no(QT_TRANSLATE_NOOP("Notes", "En makulerad anteckning rättas inte.")) if self.is_struck
                else Allowed.yes(),
                no(QT_TRANSLATE_NOOP("Notes", "Ett utkast rättas inte: ändra det, eller makulera det."))
                if not self.is_signed else Allowed.yes(),
                no(QT_TRANSLATE_NOOP("Notes", "Anteckningen är redan rättad. Rätta rättelsen i stället."))
                if self.is_corrected else Allowed.yes(),
                someone),
            object=first_refusal(
                no(QT_TRANSLATE_NOOP("Notes", "En makulerad anteckning får ingen avvikande mening."))
                if self.is_struck else Allowed.yes(),
                no(QT_TRANSLATE_NOOP("Notes", "En avvikande mening gäller en anteckning, inte en annan avvikande "
                                              "mening."))
                if self.is_objection else Allowed.yes(),
                someone),
        )


def _person(name: str | None, title: str | None) -> str:
    if not name:
        return "Okänd"
    return f"{name}, {USER_TITLES.label(title).lower()}" if title else name


@dataclass(frozen=True)
class NoteActions:
    """What may be done with a note now (see ``Note.actions``)."""

    edit: Allowed
    sign: Allowed
    strike: Allowed
    correct: Allowed
    object: Allowed  # record the client's objection (avvikande mening) to it


_SELECT = """SELECT n.id, n.case_id, n.note_date, n.kind, n.text, n.author_id, u.name AS author,
       u.title AS author_title, n.record_kind, n.created_at, n.updated_at,
       n.signed_at, n.signed_by, us.name AS signer, us.title AS signer_title,
       n.corrects_id, n.correction_reason, n.struck_at, n.struck_by, ux.name AS striker, n.strike_reason,
       n.objection_to_id,
       (SELECT max(c.id) FROM notes c WHERE c.corrects_id = n.id AND c.struck_at IS NULL) AS corrected_by_id
FROM notes n LEFT JOIN users u ON u.id = n.author_id LEFT JOIN users us ON us.id = n.signed_by
     LEFT JOIN users ux ON ux.id = n.struck_by"""


NEW_NOTE = QT_TRANSLATE_NOOP("Notes", "Ny anteckning (utkast).")
NEW_NOTE_CLOSED_CASE = QT_TRANSLATE_NOOP("Notes", "Ny anteckning (utkast) i ett avslutat ärende. Journalen fortsätter "
                                                  "efter avslutet (till exempel ett avslutande samtal, något som hänt "
                                                  "efteråt eller en rättelse), så anteckningen kan skrivas och "
                                                  "signeras; avslutet ändras inte.")


def what(note_id: int) -> str:
    """How the access log names a note."""
    return f"anteckning {note_id}"


class Notes:
    def __init__(self, store: Store):
        self.store = store

    # -- checks -----------------------------------------------------------------------------
    def _event_date(self, check: FieldCheck, case_id: int, value) -> str | None:
        """The day it happened: never in the future, never before the referral."""
        day = check.date("note_date", "Datum", value, required=True, not_after=self.store.today())
        referral = self.store.query_value("SELECT referral_date FROM cases WHERE id = ?", (case_id,))
        if day is not None and referral and day.isoformat() < referral:
            check.fail("note_date", f"Datum kan inte ligga före remissdatum ({referral}).")
        return iso(day)

    def _clean(self, case_id: int, note_date, kind, text, *, objection: bool = False) -> dict:
        check = FieldCheck()
        day = self._event_date(check, case_id, note_date)
        if objection:
            if kind != OBJECTION:
                check.fail("kind", "En avvikande mening behåller sin typ.")
        else:
            kind = check.choice("kind", "Typ av anteckning", kind, NOTE_KINDS)
        text = check.text("text", "Anteckningen", text, required=True)
        check.raise_if_any()
        return {"note_date": day, "kind": kind, "text": text}

    def _new_row(self, case_id: int, row: dict) -> dict:
        now = self.store.timestamp()
        title = self.store.query_value("SELECT title FROM users WHERE id = ?", (self.store.user_id,))
        row.update(case_id=case_id, author_id=self.store.user_id, record_kind=record_kind_of(title),
                   created_at=now, updated_at=now)
        return row

    def new_note_label(self, case_id: int) -> str:
        """What the editor says of a note not yet written. A closed case still takes notes (see
        ``Note.actions``: the journal goes on), so there it says so, since the case page says the
        case takes no changes."""
        if not self.store.cases.get(case_id).is_closed:
            return translate("Notes", NEW_NOTE)  # the notes panel's line only: in the screens' language
        return translate("Notes", NEW_NOTE_CLOSED_CASE)

    # -- writing ----------------------------------------------------------------------------
    def add(self, case_id: int, note_date: str, kind: str, text: str) -> Note:
        """``store.notes.add(case.id, "2026-11-20", "samtal", "Första samtalet ...")``: a draft."""
        self.store.cases.get(case_id)
        row = self._new_row(case_id, self._clean(case_id, note_date, kind, text))
        with self.store.transaction() as tx:
            note_id = tx.insert("notes", row)
            self.store.cases.touch(tx, case_id, row["created_at"], what=what(note_id))
        return self.get(note_id)

    def update(self, note_id: int, note_date: str, kind: str, text: str) -> Note:
        """A draft changed by its author."""
        note = self.get(note_id)
        note.actions.edit.require()
        row = self._clean(note.case_id, note_date, kind, text, objection=note.is_objection)
        row["updated_at"] = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("notes", note_id, row)
            self.store.cases.touch(tx, note.case_id, row["updated_at"], what=what(note_id))
        return self.get(note_id)

    def sign(self, note_id: int) -> Note:
        """The author signs a draft: from now on it never changes."""
        with self.store.transaction() as tx:
            self._sign(tx, note_id)
        return self.get(note_id)

    def sign_many(self, note_ids: Iterable[int]) -> list[Note]:
        """Sign every one of ``note_ids`` (after the author's review), all or none: the first that
        may not be signed refuses the whole batch. Returns the signed notes."""
        ids = list(dict.fromkeys(note_ids))
        with self.store.transaction() as tx:
            for note_id in ids:
                self._sign(tx, note_id)
        return [self.get(i) for i in ids]

    def _sign(self, tx: Writer, note_id: int) -> None:
        note = self.get(note_id)
        note.actions.sign.require()
        write_signature(tx, self.store, "notes", note_id, note.case_id, what(note_id))

    def strike(self, note_id: int, reason: str) -> Note:
        """Strike out (makulera) a draft, with the reason; it stays readable, marked so. A signed
        note is corrected instead."""
        note = self.get(note_id)
        note.actions.strike.require()
        write_strike(self.store, "notes", note_id, note.case_id, what(note_id), reason)
        return self.get(note_id)

    def correct(self, note_id: int, text: str, reason: str, note_date: str | None = None) -> Note:
        """A correction (rättelse) of a signed note: a new draft pointing to it, with the reason.
        The old note stays as it was and reads "rättad"; the correction is signed like any note.
        ``note_date`` defaults to the corrected note's."""
        old = self.get(note_id)
        old.actions.correct.require()
        check = FieldCheck()
        day = self._event_date(check, old.case_id, note_date or old.note_date)
        text = check.text("text", "Rättelsen", text, required=True)
        reason = check.text("reason", "Skäl till rättelsen", reason, required=True)
        check.raise_if_any()
        row = self._new_row(old.case_id, {"note_date": day, "kind": old.kind, "text": text, "corrects_id": old.id,
                                          "correction_reason": reason, "objection_to_id": old.objection_to_id})
        with self.store.transaction() as tx:
            new_id = tx.insert("notes", row)
            self.store.cases.touch(tx, old.case_id, row["created_at"], what=f"{what(new_id)}, rättelse av {note_id}")
            self.store.access_log.record(LogAction.CORRECT, case_id=old.case_id,
                                         what=f"{what(note_id)} rättad genom {new_id}", tx=tx)
        return self.get(new_id)

    def object(self, note_id: int, text: str, note_date: str | None = None) -> Note:
        """The client's objection (avvikande mening) to a note, recorded by the user: a note of its
        own kind pointing to it, a draft to sign. ``note_date`` (when the client objected) defaults to today."""
        target = self.get(note_id)
        target.actions.object.require()
        check = FieldCheck()
        day = self._event_date(check, target.case_id, note_date or self.store.today())
        text = check.text("text", "Den avvikande meningen", text, required=True)
        check.raise_if_any()
        row = self._new_row(target.case_id, {"note_date": day, "kind": OBJECTION, "text": text,
                                             "objection_to_id": target.id})
        with self.store.transaction() as tx:
            new_id = tx.insert("notes", row)
            self.store.cases.touch(tx, target.case_id, row["created_at"],
                                   what=f"{what(new_id)}, avvikande mening om {note_id}")
        return self.get(new_id)

    # -- reading ----------------------------------------------------------------------------
    def _note(self, row: dict) -> Note:
        return Note(**row, viewer_id=self.store.user_id)

    def get(self, note_id: int) -> Note:
        row = self.store.query_one(f"{_SELECT} WHERE n.id = ?", (note_id,))
        if row is None:
            raise NotFound(f"Anteckningen {note_id} finns inte.")
        return self._note(row)

    def for_case(self, case_id: int) -> list[Note]:
        """Newest first by the date it happened, as a journal is read."""
        rows = self.store.query(f"{_SELECT} WHERE n.case_id = ? ORDER BY n.note_date DESC, n.id DESC", (case_id,))
        return [self._note(r) for r in rows]

    def unsigned_for(self, user_id: int | None, written_before: str | None = None) -> list[UnsignedEntry]:
        """The drafts ``user_id`` wrote and has not signed or struck out (every author's when None),
        oldest written first: one source of ``store.journal.unsigned_for``. ``written_before`` (a date
        or time) keeps only those written earlier (Att göra's "older than N days"), in the index."""
        where, params = ("AND n.author_id = ?", (user_id,)) if user_id is not None else ("", ())
        if written_before is not None:
            where, params = where + " AND n.created_at < ?", (*params, written_before)
        rows = self.store.query_tuples(
            f"""SELECT n.id, n.case_id, c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name,
                       n.note_date, n.created_at, n.kind, n.record_kind, n.text, n.author_id, u.name
                FROM notes n JOIN cases c ON c.id = n.case_id JOIN clients cl ON cl.id = c.client_id
                LEFT JOIN users u ON u.id = n.author_id
                WHERE n.signed_at IS NULL AND n.struck_at IS NULL {where}
                ORDER BY n.created_at, n.id""",
            params,
        )
        out = []
        for nid, case_id, number, client_id, name, day, written, kind, record_kind, text, author_id, author in rows:
            label = "Avvikande mening" if kind == OBJECTION else NOTE_KINDS.label(kind)
            first = text.strip().splitlines()[0][:80] if text.strip() else ""
            out.append(UnsignedEntry("note", nid, case_id, number, client_id, name, day, written,
                                     f"{RECORD_KINDS.get(record_kind, record_kind)} – {label}: {first}",
                                     author_id, author))
        return out
