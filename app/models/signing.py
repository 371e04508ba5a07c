"""Signing the records of a case other than notes (R2, R3): who signs each, when it may be signed,
and how a signed one is corrected. Notes are in app/models/notes.py; the list of one's unsigned
entries across every kind is app/models/journal.py.

Every record below is a draft until its author signs it; signing is the author vouching for the
content with name, title and time, so only a finished record is signed. A signed record never
changes and no row of these is ever deleted, drafts neither, except by a disposal: the domain
refuses (each service's ``actions(...).sign`` / ``.edit``) and so do migration 9's triggers.
Signing does not ask whether the case is open: a closed case's records are still signed.

Who signs what (the author), when it is ready to be signed, and how a signed one is corrected:

- assessment (``assessments``): the one who started it, the assessor (``created_by``); once marked
  klar; corrected by a new administration pointing to it (``corrects_id``,
  ``store.assessments.correct``), a copy to change and sign; a signed one is never reopened.
- plan version (``plan_versions``): the one who made the version (``created_by``); once agreed with
  the client; corrected by the next version (saving after an agreed version makes one).
- goal evaluation (``goal_evaluations``): the one who wrote it as it stands (``updated_by``:
  evaluating again replaces the text); once saved; corrected by a journal note (rättelse).
- step answers (``case_steps``): the one who finished the step (``completed_by``); once the step is
  klar; a signed step is not reopened, and is corrected by a journal note.
- closure (``closures``): the one who closed the case (``created_by``); once recorded; corrected by
  a journal note. Reopening the case keeps the signed closure, marked superseded.

- conclusion (``conclusions``, app/models/conclusions.py): the one who wrote it as it stands
  (``updated_by``); once saved; superseded by a new conclusion written after it.

Avsluta's own answers are signed as the closure, which holds them (where the work continues, its
purpose, collaboration): the Avsluta step's ``sign`` is the closure's.

The child rows are locked with their parent: a signed plan version's sub-goals, a signed
administration's ratings and texts, a signed step's answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.allowed import Allowed, first_refusal, refused
from app.models.fields import FieldCheck
from app.models.log_actions import LogAction
from app.models.texts import QT_TRANSLATE_NOOP, fill, translate
from app.models.vocab import USER_TITLES

if TYPE_CHECKING:
    from app.models.store import Store, Writer

NOBODY = refused("Ingen användare är inloggad.")


def person(name: str | None, title: str | None) -> str:
    """"Anna Andersson, arbetsterapeut"."""
    if not name:
        return "Okänd"
    return f"{name}, {USER_TITLES.label(title).lower()}" if title else name


@dataclass(frozen=True)
class Signature:
    """Who signed a record and when; empty while it is a draft."""

    signed_at: str | None = None
    signer: str | None = None
    signer_title: str | None = None

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def signer_display(self) -> str:
        return person(self.signer, self.signer_title)

    @property
    def text(self) -> str:
        """"Signerad av Anna Andersson (arbetsterapeut) 2026-11-20 10:00", or "Osignerad (utkast)": for
        screens only, in their language (documents use ``record_text``)."""
        if not self.is_signed:
            return translate("Signing", "Osignerad (utkast)")
        signer = self.signer or translate("Signing", "okänd")
        when = (self.signed_at or "")[:16]
        if not self.signer_title:
            return translate("Signing", "Signerad av %1 %2").replace("%1", signer).replace("%2", when)
        title = translate("data", USER_TITLES.label(self.signer_title)).lower()  # the vocabulary's label
        return translate("Signing", "Signerad av %1 (%2) %3").replace("%1", signer).replace("%2", title).replace(
            "%3", when)

    @property
    def record_text(self) -> str:
        """As the journal copy says it: "osignerad" or "signerad 2026-11-20 10:00 av Anna Andersson, arbetsterapeut"."""
        if not self.is_signed:
            return "osignerad"
        return f"signerad {(self.signed_at or '')[:16]} av {self.signer_display}"


# The records' names as the refusals below use them, marked for the catalogue: the rules are shown on
# the buttons (and as a refusal's message on the same screen), in the screens' language.
THINGS = (QT_TRANSLATE_NOOP("Signing", "Bedömningen"), QT_TRANSLATE_NOOP("Signing", "Planversionen"),
          QT_TRANSLATE_NOOP("Signing", "Utvärderingen"), QT_TRANSLATE_NOOP("Signing", "Avslutet"),
          QT_TRANSLATE_NOOP("Signing", "Mötesanteckningen"), QT_TRANSLATE_NOOP("Signing", "Mötet"),
          QT_TRANSLATE_NOOP("Signing", "Den sammanfattande bedömningen"))


def _things(thing: str) -> tuple[str, str]:
    """The record's name in the screens' language, as a sentence starts with it and inside one
    ("Bedömningen", "bedömningen"; "Step Assess", "step Assess")."""
    shown = translate("Signing", thing)
    return shown, thing.lower() if shown == thing else shown[:1].lower() + shown[1:]


def sign_rule(thing: str, signature: Signature, author_id: int | None, author: str | None, viewer_id: int | None,
              *ready: Allowed, signed: str = "signerad") -> Allowed:
    """The one rule for signing ``thing`` ("Bedömningen", "Planversionen" …): not signed yet, ``ready``
    (finished: each kind says what that is), someone signed in, and that one its author."""
    name, inside = _things(thing)
    already = (translate("Signing", "%1 är redan signerat (%2).") if signed == "signerat"
               else translate("Signing", "%1 är redan signerad (%2)."))
    return first_refusal(
        refused(fill(already, name, (signature.signed_at or "")[:16])) if signature.is_signed else Allowed.yes(),
        *ready,
        NOBODY if viewer_id is None else Allowed.yes(),
        Allowed.yes() if viewer_id is not None and viewer_id == author_id
        else refused(fill(translate("Signing", "Bara författaren (%1) kan signera %2."),
                          author or translate("Signing", "okänd"), inside)),
    )


def signature_of(row: dict) -> Signature:
    """The signature from a row read with ``signed_at``, ``signer`` and ``signer_title`` (popped)."""
    return Signature(row.pop("signed_at"), row.pop("signer"), row.pop("signer_title"))


@dataclass(frozen=True)
class Strike:
    """Who struck a draft out (makulerade) and why; empty while it is not struck (R2)."""

    struck_at: str | None = None
    striker: str | None = None
    reason: str = ""

    @property
    def is_struck(self) -> bool:
        return self.struck_at is not None

    @property
    def text(self) -> str:
        """"Makulerad av Anna Andersson 2026-11-20: fel instrument", or "": for screens only, in their
        language (documents use ``record_text``)."""
        if not self.is_struck:
            return ""
        return translate("Signing", "Makulerad av %1 %2: %3").replace(
            "%1", self.striker or translate("Signing", "okänd")).replace(
            "%2", (self.struck_at or "")[:10]).replace("%3", self.reason)

    @property
    def record_text(self) -> str:
        """As the journal copy says it: "Makulerad 2026-11-20 10:00 av Anna Andersson. Skäl: …"."""
        return f"Makulerad {(self.struck_at or '')[:16]} av {self.striker or 'okänd'}. Skäl: {self.reason}"


def strike_of(row: dict) -> Strike:
    """The strike-out from a row read with ``struck_at``, ``striker`` and ``strike_reason`` (popped)."""
    return Strike(row.pop("struck_at"), row.pop("striker"), row.pop("strike_reason"))


def strike_rule(thing: str, signature: Signature, strike: Strike, author_id: int | None, author: str | None,
                viewer_id: int | None, *draft: Allowed) -> Allowed:
    """The one rule for striking ``thing`` out: not struck yet, not signed (a signed one is corrected),
    ``draft`` (what else each kind asks), someone signed in, and that one its author."""
    name, inside = _things(thing)
    return first_refusal(
        refused(fill(translate("Signing", "%1 är redan makulerad."), name)) if strike.is_struck else Allowed.yes(),
        refused(translate("Signing", "Bara ett osignerat utkast kan makuleras; en signerad post rättas i stället."))
        if signature.is_signed else Allowed.yes(),
        *draft,
        NOBODY if viewer_id is None else Allowed.yes(),
        Allowed.yes() if viewer_id is not None and viewer_id == author_id
        else refused(fill(translate("Signing", "Bara författaren (%1) kan makulera %2."),
                          author or translate("Signing", "okänd"), inside)),
    )


# -- writing a signature or a strike-out (tables with signed_at/by, struck_at/by, strike_reason) --------

def write_signature(tx: Writer, store: Store, table: str, row_id: int, case_id: int, what: str) -> None:
    """Sign row ``row_id`` of ``table`` as the signed-in user, with its access-log row in ``tx``;
    the caller has checked that it may be signed."""
    tx.execute(f"UPDATE {table} SET signed_at = ?, signed_by = ? WHERE id = ?",
               (store.timestamp(), store.user_id, row_id))
    store.access_log.record(LogAction.SIGN, case_id=case_id, what=what, tx=tx)


def write_strike(store: Store, table: str, row_id: int, case_id: int, what: str, reason: str) -> None:
    """Strike out (makulera) row ``row_id`` of ``table`` with ``reason`` (required: refused naming
    the field) and its access-log row, in one transaction; the caller has checked that it may."""
    check = FieldCheck()
    reason = check.text("reason", "Skäl till makuleringen", reason, required=True)
    check.raise_if_any()
    with store.transaction() as tx:
        tx.execute(f"UPDATE {table} SET struck_at = ?, struck_by = ?, strike_reason = ? WHERE id = ?",
                   (store.timestamp(), store.user_id, reason, row_id))
        store.access_log.record(LogAction.STRIKE, case_id=case_id, what=what, tx=tx)
