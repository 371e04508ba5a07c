"""Consent (samtycke) per case: with whom information may be exchanged, and what may be shared
(its scopes: plan, assessment results, evaluation, journal; vocab.CONSENT_SCOPES). Exports check
both: app/models/recipients.py says which recipient's consent a document needs and what it must cover.

    store.consents.add(case.id, "af", "skriftligt", "2026-11-02", scopes=["plan", "bedomningsresultat"])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models import recipients
from app.models.errors import NotFound, RuleError
from app.models.fields import FieldCheck, iso
from app.models.vocab import CONSENT_FORMS, CONSENT_RECIPIENTS, CONSENT_SCOPES

if TYPE_CHECKING:
    from app.models.store import Store


@dataclass(frozen=True)
class Consent:
    id: int
    case_id: int
    recipient: str
    recipient_other: str
    form: str
    given_date: str
    withdrawn_date: str | None
    scope: str  # the client's own words about what it covers (free text)
    scopes: str  # the keys it covers, space-separated ("plan bedomningsresultat")

    @property
    def scope_keys(self) -> tuple[str, ...]:
        return tuple(self.scopes.split())

    def covers_scope(self, scope: str) -> bool:
        return scope in self.scope_keys

    @property
    def scopes_label(self) -> str:
        """"Utvecklingsplan, Bedömningsresultat" in the vocabulary's order."""
        return ", ".join(label for key, label in CONSENT_SCOPES if key in self.scope_keys)

    @property
    def form_label(self) -> str:
        return CONSENT_FORMS.label(self.form).lower()

    @property
    def recipient_label(self) -> str:
        label = CONSENT_RECIPIENTS.label(self.recipient)
        return f"{label}: {self.recipient_other}" if self.recipient_other else label

    def is_valid_on(self, day: dt.date) -> bool:
        given = dt.date.fromisoformat(self.given_date)
        withdrawn = dt.date.fromisoformat(self.withdrawn_date) if self.withdrawn_date else None
        return given <= day and (withdrawn is None or day < withdrawn)


_COLUMNS = "id, case_id, recipient, recipient_other, form, given_date, withdrawn_date, scope, scopes"

# A consent whose caller does not say what it covers covers the plan only, as migration 15 reads
# the consents registered before scopes existed.
DEFAULT_SCOPES = (recipients.Scope.PLAN,)


class Consents:
    def __init__(self, store: Store):
        self.store = store

    def add(self, case_id: int, recipient: str, form: str, given_date: str, scope: str = "",
            recipient_other: str = "", scopes: Iterable[str] = DEFAULT_SCOPES) -> Consent:
        """``store.consents.add(case.id, "af", "skriftligt", "2026-11-02", scopes=["plan"])``; at
        least one scope (what the form's boxes tick)."""
        self.store.cases.get(case_id)
        check = FieldCheck()
        recipient = check.choice("recipient", "Mottagare", recipient, CONSENT_RECIPIENTS)
        other = check.text("recipient_other", "Annan mottagare", recipient_other, max_len=200, single_line=True)
        if recipient == "annan" and not other:
            check.fail("recipient_other", "Ange vilken mottagare samtycket gäller.")
        form = check.choice("form", "Hur samtycket gavs", form, CONSENT_FORMS)
        given = check.date("given_date", "Datum för samtycke", given_date, required=True, not_after=self.store.today())
        scope = check.text("scope", "Omfattning", scope, max_len=10_000)
        keys = list(dict.fromkeys(str(k) for k in scopes))
        unknown = [k for k in keys if k not in CONSENT_SCOPES]
        if unknown:
            check.fail("scopes", f"Okänd omfattning {', '.join(unknown)}. Välj bland: "
                                 f"{', '.join(label for _, label in CONSENT_SCOPES)}.")
        elif not keys:
            check.fail("scopes", "Kryssa i vad samtycket omfattar (till exempel Utvecklingsplan).")
        check.raise_if_any()
        keys = [k for k, _ in CONSENT_SCOPES if k in keys]  # stored in the vocabulary's order
        with self.store.transaction() as tx:
            consent_id = tx.insert("consents", {
                "case_id": case_id, "recipient": recipient, "recipient_other": other if recipient == "annan" else "",
                "form": form, "given_date": iso(given), "scope": scope, "scopes": " ".join(keys),
                "created_at": self.store.timestamp(), "created_by": self.store.user_id,
            })
        return self.get(consent_id)

    def withdraw(self, consent_id: int, withdrawn_date: str) -> Consent:
        consent = self.get(consent_id)
        check = FieldCheck()
        day = check.date("withdrawn_date", "Datum för återkallelse", withdrawn_date, required=True,
                         not_after=self.store.today())
        if day and day < dt.date.fromisoformat(consent.given_date):
            check.fail("withdrawn_date", "Samtycket kan inte återkallas före det datum det gavs.")
        if consent.withdrawn_date:
            check.fail("withdrawn_date", "Samtycket är redan återkallat.")
        check.raise_if_any()
        with self.store.transaction() as tx:
            tx.update("consents", consent_id, {"withdrawn_date": iso(day)})
        return self.get(consent_id)

    def get(self, consent_id: int) -> Consent:
        row = self.store.query_one(f"SELECT {_COLUMNS} FROM consents WHERE id = ?", (consent_id,))
        if row is None:
            raise NotFound(f"Samtycket {consent_id} finns inte.")
        return Consent(**row)

    def for_case(self, case_id: int) -> list[Consent]:
        rows = self.store.query(
            f"SELECT {_COLUMNS} FROM consents WHERE case_id = ? ORDER BY given_date, id", (case_id,)
        )
        return [Consent(**r) for r in rows]

    def covers(self, case_id: int, recipient: str, day: dt.date | None = None) -> bool:
        """Is there a consent for ``recipient`` that is in force on ``day`` (today by default)?"""
        day = day or self.store.today()
        return any(c.recipient == recipient and c.is_valid_on(day) for c in self.for_case(case_id))

    def require(self, case_id: int, recipient: str, day: dt.date | None = None) -> Consent:
        """The consent that allows sending the case's information to ``recipient`` today; a refusal
        naming what is missing (a withdrawn consent is named as such) when there is none."""
        day = day or self.store.today()
        consents = [c for c in self.for_case(case_id) if c.recipient == recipient]
        valid = [c for c in consents if c.is_valid_on(day)]
        if valid:
            return valid[-1]
        label = CONSENT_RECIPIENTS.label(recipient)
        withdrawn = [c for c in consents if c.withdrawn_date]
        if withdrawn:
            raise RuleError(
                f"Samtycket till {label} återkallades {withdrawn[-1].withdrawn_date}. Dokumentet kan inte "
                f"skapas för {label} utan ett nytt samtycke (fliken Samtycken)."
            )
        if consents:  # only given after the day asked about
            raise RuleError(f"Samtycket till {label} gäller först från {consents[0].given_date}.")
        raise RuleError(
            f"Samtycke saknas: ärendet har inget samtycke till informationsutbyte med {label}. "
            f"Registrera klientens samtycke under fliken Samtycken innan dokumentet skapas."
        )

    def for_document(self, case_id: int, recipient_key: str, document: str,
                     day: dt.date | None = None) -> Consent | None:
        """The consent a case ``document`` for the document recipient ``recipient_key`` rests on:
        None when it needs none (the client's own copy); a refusal naming what is missing when no
        consent in force covers what the document needs (recipients.NEEDS)."""
        who = recipients.recipient(recipient_key, document)
        if not who.needs_consent:
            return None
        consent = self.require(case_id, who.consent_key, day)
        needed = recipients.needs(document)
        valid = [c for c in self.for_case(case_id) if c.recipient == who.consent_key
                 and c.is_valid_on(day or self.store.today())]
        covering = [c for c in valid if needed <= set(c.scope_keys)]
        if covering:
            return covering[-1]
        missing = sorted(needed - set(consent.scope_keys), key=CONSENT_SCOPES.keys().index)
        names = " och ".join(f"”{CONSENT_SCOPES.label(k).lower()}”" for k in missing)
        raise RuleError(
            f"Samtycket till {CONSENT_RECIPIENTS.label(who.consent_key)} (givet {consent.given_date}) omfattar "
            f"inte {names}. Dokumentet kan inte skapas utan det; registrera klientens samtycke med den "
            f"omfattningen under fliken Samtycken."
        )
