"""Who a case document can be made for: the one table the exporters, the CLI and the menus read.

    recipient("af").document_line         # "Arbetsförmedlingen, handläggare"
    [r.key for r in for_document("plan")]  # ["klient", "af", "fk", "varden", "arbetsgivare", "ifo", "annan"]

A document recipient is not a consent recipient, though every consent recipient
(``vocab.CONSENT_RECIPIENTS``) is also one: a document recipient outside the unit names, in
``consent_key``, the consent recipient whose consent in force the document needs (OSL; rules R9);
the client's own copies need none.

A consent also says what may be shared (its scopes, ``vocab.CONSENT_SCOPES``). ``NEEDS`` is what a
document's consent must cover, or the document is refused with the missing scope named;
``SECTIONS`` are the parts a document holds only when the consent covers them too (left out, and
said so in one line, otherwise). An assessment report without its results would be no report,
so that is refused; the evaluation is a part a handler can do without.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.models.errors import ValidationError


class Document(StrEnum):
    """The case documents that go to a recipient (the export log's ``document``)."""

    PLAN = "plan"
    REPORT = "report"
    RECORD = "record"


class Scope(StrEnum):
    """What a consent may cover: the keys of ``vocab.CONSENT_SCOPES`` (consents.scopes)."""

    PLAN = "plan"
    RESULTS = "bedomningsresultat"  # the investigation, the instruments' results, the conclusion
    EVALUATION = "utvardering"  # the evaluation of the plan's goals and the case's outcome
    JOURNAL = "journal"


class MeetingDocument(StrEnum):
    """The documents of a collaboration meeting (app/models/meetings.py), kept apart from the case's
    Dokument menu. The invitation goes to the client and, under the client's consent in force, to an
    organisation that takes part; it holds what the meeting is, no part of the record, so any consent
    to that recipient covers it (no entry in NEEDS). The meeting's record is the client's own."""

    INVITATION = "invitation"
    MEETING_RECORD = "meeting_record"


NEEDS: dict[Document, frozenset[Scope]] = {
    Document.PLAN: frozenset({Scope.PLAN}),
    Document.REPORT: frozenset({Scope.RESULTS}),
    Document.RECORD: frozenset({Scope.JOURNAL}),
}
SECTIONS: dict[Document, tuple[Scope, ...]] = {Document.REPORT: (Scope.EVALUATION,)}


class RecipientKey(StrEnum):
    """Stored in the export log: never change a released key."""

    CLIENT = "klient"
    AF = "af"
    FK = "fk"
    HEALTHCARE = "varden"
    EMPLOYER = "arbetsgivare"
    IFO = "ifo"
    OTHER = "annan"


@dataclass(frozen=True)
class Recipient:
    key: RecipientKey
    label: str  # the name in lists and messages: "Arbetsförmedlingen"
    document_line: str  # the document's "Till: …" line; "" for the client's own copy, written as "du"
    menu_text: str  # the entry under each document in the case's Dokument menu
    consent_key: str  # the CONSENT_RECIPIENTS key whose consent a document needs; "" = none needed
    documents: frozenset[str]  # Document and MeetingDocument values
    file_name_part: str  # "Af" in "Utvecklingsplan 2026-0012 Af 2026-11-20.pdf"; "" for the client
    # False: the document names the client by name only, never a number, an address or that the
    # identity is protected (the employer knows its employee by name; leaving the number out for
    # everyone means its absence says nothing about a protected identity).
    identity_number: bool = True

    @property
    def needs_consent(self) -> bool:
        return bool(self.consent_key)

    @property
    def for_whom(self) -> str:
        """Whom a document is for, inside a sentence, in the Dokument menu's words: "för klienten",
        "till Arbetsförmedlingen", "till arbetsgivaren" (a name keeps its capital, a noun does not)."""
        text = self.menu_text.rstrip("…")
        return text[:1].lower() + text[1:]

    @property
    def plain_words(self) -> bool:
        """The client's own variant: plain words and "du" instead of the handler's formal terms."""
        return not self.document_line


_CASE_DOCUMENTS = frozenset({Document.PLAN, Document.REPORT, MeetingDocument.INVITATION})

RECIPIENTS: tuple[Recipient, ...] = (
    Recipient(RecipientKey.CLIENT, label="Klienten", menu_text="För klienten…",
              document_line="",
              consent_key="", documents=frozenset(Document) | frozenset(MeetingDocument), file_name_part=""),
    Recipient(RecipientKey.AF, label="Arbetsförmedlingen", menu_text="Till Arbetsförmedlingen…",
              document_line="Arbetsförmedlingen, handläggare",
              consent_key="af", documents=_CASE_DOCUMENTS, file_name_part="Af"),
    Recipient(RecipientKey.FK, label="Försäkringskassan", menu_text="Till Försäkringskassan…",
              document_line="Försäkringskassan, handläggare",
              consent_key="fk", documents=_CASE_DOCUMENTS, file_name_part="FK"),
    Recipient(RecipientKey.HEALTHCARE, label="Vården", menu_text="Till vården…",
              document_line="Vården, behandlande enhet",
              consent_key="varden", documents=_CASE_DOCUMENTS, file_name_part="vården"),
    Recipient(RecipientKey.EMPLOYER, label="Arbetsgivaren", menu_text="Till arbetsgivaren…",
              document_line="Arbetsgivaren, närmaste chef/arbetsledare",
              consent_key="arbetsgivare", documents=_CASE_DOCUMENTS, file_name_part="arbetsgivaren",
              identity_number=False),
    # Every consent recipient can be sent what the client has consented to (issue 13), also these two.
    Recipient(RecipientKey.IFO, label="IFO/socialtjänsten", menu_text="Till IFO/socialtjänsten…",
              document_line="IFO/socialtjänsten, handläggare",
              consent_key="ifo", documents=_CASE_DOCUMENTS, file_name_part="IFO"),
    Recipient(RecipientKey.OTHER, label="Annan mottagare", menu_text="Till annan mottagare…",
              document_line="Annan mottagare enligt klientens samtycke",
              consent_key="annan", documents=_CASE_DOCUMENTS, file_name_part="annan mottagare",
              identity_number=False),  # who it is, the app does not know: the name only, like the employer
)

_BY_KEY: dict[str, Recipient] = {r.key: r for r in RECIPIENTS}  # a StrEnum key finds its plain text too


def recipient(key: str, document: str | None = None) -> Recipient:
    """The recipient with ``key`` (one ``document`` is made for, if given); a refusal listing the
    ones there are for any other."""
    found = _BY_KEY.get(key)
    if found is None or (document is not None and document not in found.documents):
        choices = for_document(document) if document is not None else RECIPIENTS
        names = ", ".join(f"{r.key} ({r.label})" for r in choices)
        raise ValidationError.single("audience", f"Okänd mottagare {key!r}. Välj en av: {names}.")
    return found


def for_document(document: str) -> tuple[Recipient, ...]:
    """The recipients ``document`` can be made for, in the table's order."""
    return tuple(r for r in RECIPIENTS if document in r.documents)


def label(key: str) -> str:
    """The recipient's label, or the key itself for one not in the table (an old log entry); "–" for none."""
    found = _BY_KEY.get(key)
    return found.label if found else (key or "–")


def for_whom(key: str) -> str:
    """:attr:`Recipient.for_whom` of ``key``; "till <key>" for one not in the table (an old log entry)."""
    found = _BY_KEY.get(key)
    return found.for_whom if found else f"till {key}"


def needs(document: str) -> frozenset[Scope]:
    """What the consent behind ``document`` must cover (nothing for a document outside ``NEEDS``)."""
    return NEEDS.get(document, frozenset())  # type: ignore[call-overload]  # a StrEnum key finds its text
