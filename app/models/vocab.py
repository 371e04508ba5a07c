"""Fixed choice lists: a stable key stored in the database, a Swedish label shown to the user.

Keys never change once released (they are in people's records); labels may.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choices:
    """An ordered set of (key, label) pairs."""

    items: tuple[tuple[str, str], ...]

    def keys(self) -> list[str]:
        return [k for k, _ in self.items]

    def label(self, key: str | None) -> str:
        for k, lab in self.items:
            if k == key:
                return lab
        return key or ""

    def __contains__(self, key: object) -> bool:
        return any(k == key for k, _ in self.items)

    def __iter__(self):
        return iter(self.items)


USER_TITLES = Choices((
    ("arbetsterapeut", "Arbetsterapeut"),
    ("arbetsmarknadskoordinator", "Arbetsmarknadskoordinator"),
    ("annan", "Annan"),
))

GENDERS = Choices((
    ("kvinna", "Kvinna"),
    ("man", "Man"),
    ("annat", "Annat"),
))

EDUCATION = Choices((
    ("forgymnasial", "Förgymnasial"),
    ("gymnasial", "Gymnasial"),
    ("eftergymnasial", "Eftergymnasial"),
    ("okand", "Okänd"),
))

REFERRERS = Choices((
    ("chef", "Chef"),
    ("arbetsledare", "Arbetsledare"),
    ("individen", "Individen själv"),
    ("af", "Arbetsförmedlingen"),
    ("ifo", "IFO/socialtjänst"),
    ("boendestod", "Boendestöd"),
    ("hr", "HR/personalavdelning"),
    ("annan", "Annan"),
))

TARGET_GROUPS = Choices((
    ("ama_medarbetare", "Medarbetare på AMA"),
    ("boendestod_forsorjningsstod", "Boendestöd/försörjningsstöd"),
    ("korttidsfranvaro", "Kommunanställd med upprepad korttidsfrånvaro"),
    ("annan", "Annan"),
))

CASE_STATUSES = Choices((
    ("aktiv", "Aktiv"),
    ("avslutad", "Avslutad"),
))

CONSENT_RECIPIENTS = Choices((
    ("af", "Arbetsförmedlingen"),
    ("fk", "Försäkringskassan"),
    ("varden", "Vården"),
    ("ifo", "IFO/socialtjänst"),
    ("arbetsgivare", "Arbetsgivare/arbetsledare"),
    ("annan", "Annan"),
))

CONSENT_FORMS = Choices((
    ("muntligt", "Muntligt"),
    ("skriftligt", "Skriftligt"),
))

NOTE_KINDS = Choices((
    ("samtal", "Samtal"),
    ("observation", "Observation"),
    ("mote", "Möte"),
    ("telefon", "Telefon"),
    ("ovrigt", "Övrigt"),
))

STEP_STATES = Choices((
    ("ej_paborjad", "Ej påbörjad"),
    ("pagar", "Pågår"),
    ("klar", "Klar"),
))
