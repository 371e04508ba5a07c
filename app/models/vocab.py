"""Fixed choice lists: a stable key stored in the database, a Swedish label shown to the user.

Keys never change once released (they are in people's records); labels may. Keys the code itself
tests for (step states, case status, step keys) are ``StrEnum`` members: they compare equal to and
are stored as the same strings, so code names them instead of repeating the literal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class StepState(StrEnum):
    """Where a case stands in one step of the process (``case_steps.state``)."""

    NOT_STARTED = "ej_paborjad"
    IN_PROGRESS = "pagar"
    DONE = "klar"


class CaseStatus(StrEnum):
    """``cases.status``: a case is active until Avsluta is finished."""

    ACTIVE = "aktiv"
    CLOSED = "avslutad"


class StepKey(StrEnum):
    """The five steps of the ATAMA process, in order (their texts are in resources/process.json)."""

    INFORM = "informera"
    INVESTIGATE = "utreda"
    PLAN = "planera"
    EVALUATE = "utvardera"
    CLOSE = "avsluta"


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
    (CaseStatus.ACTIVE, "Aktiv"),
    (CaseStatus.CLOSED, "Avslutad"),
))

CONSENT_RECIPIENTS = Choices((
    ("af", "Arbetsförmedlingen"),
    ("fk", "Försäkringskassan"),
    ("varden", "Vården"),
    ("ifo", "IFO/socialtjänst"),
    ("arbetsgivare", "Arbetsgivare/arbetsledare"),
    ("finsam", "Samordningsförbundet (Finsam)"),  # written consent (FK 9443) for Uppföljning Finsam
    ("annan", "Annan"),
))

# What a consent says may be shared (consents.scopes; app/models/recipients.py says what each
# document needs). Stored keys: never change a released one.
CONSENT_SCOPES = Choices((
    ("plan", "Utvecklingsplan"),
    ("bedomningsresultat", "Bedömningsresultat"),
    ("utvardering", "Utvärdering och utfall"),
    ("journal", "Journalanteckningar"),
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
    (StepState.NOT_STARTED, "Ej påbörjad"),
    (StepState.IN_PROGRESS, "Pågår"),
    (StepState.DONE, "Klar"),
))

# -- development plans, interventions, evaluation, closure, groups (issue 4) ----------------------

PLAN_RESPONSIBLE = Choices((
    ("klienten", "Klienten"),
    ("arbetsterapeut", "Arbetsterapeut"),
    ("arbetsledare", "Arbetsledare"),
    ("arbetsmarknadskoordinator", "Arbetsmarknadskoordinator"),
    ("af", "Arbetsförmedlingen"),
    ("fk", "Försäkringskassan"),
    ("varden", "Vården"),
    ("annan", "Annan"),
))

INTERVENTION_MODELS = Choices((
    ("kompensation", "Kompensation"),
    ("aktivitetstraning", "Aktivitetsträning"),
    ("funktionstraning", "Funktionsträning"),
    ("pedagogisk", "Pedagogisk modell"),
))

INTERVENTION_KINDS = Choices((
    ("hjalpmedel", "Hjälpmedel/arbetshjälpmedel"),
    ("kompensatoriska_strategier", "Kompensatoriska strategier"),
    ("fysisk_miljo", "Anpassning av fysisk miljö"),
    ("social_miljo", "Anpassning av social miljö"),
    ("undervisning_rad", "Undervisning och råd"),
    ("stodjande", "Stödjande"),
    ("radgivning_arbetsledare", "Rådgivning till arbetsledare"),
    ("annan", "Annan"),
))

PARTNERS = Choices((
    ("af", "Arbetsförmedlingen"),
    ("fk", "Försäkringskassan"),
    ("varden", "Vården"),
    ("ifo", "IFO/socialtjänst"),
    ("arbetsgivare", "Arbetsgivare"),
    ("annan", "Annan"),
))

MEETING_KINDS = Choices((
    ("kontaktmote", "Kontaktmöte"),
    ("avstamningsmote", "Avstämningsmöte"),
    ("gemensam_kartlaggning", "Gemensam kartläggning"),
    ("overlamning", "Överlämning"),
    ("annat", "Annat"),
))

ATTAINMENT = Choices((
    ("uppnatt", "Uppnått"),
    ("delvis", "Delvis uppnått"),
    ("ej_uppnatt", "Ej uppnått"),
))

OCCUPATIONS = Choices((
    ("subventionerat_arbete", "Subventionerat arbete"),
    ("ej_subventionerat_arbete", "Ej subventionerat arbete"),
    ("arbetslos", "Arbetslös"),
    ("sjukskriven", "Sjukskriven"),
    ("praktik_arbetstraning", "Praktik/arbetsträning"),
    ("studier", "Studier"),
    ("annat", "Annat"),
))

INCOME_SOURCES = Choices((
    ("ingen_offentlig", "Ingen offentlig försörjning"),
    ("forsorjningsstod", "Försörjningsstöd"),
    ("aktivitetsstod", "Aktivitetsstöd"),
    ("aktivitetsersattning", "Aktivitetsersättning"),
    ("sjukpenning", "Sjukpenning/rehabiliteringspenning"),
    ("a_kassa", "A-kassa"),
    ("annan", "Annan"),
))

# How long the client had lived on public support (försörjningsstöd, aktivitetsstöd, sjukpenning,
# a-kassa…) before the effort, for Uppföljning Finsam. Bands as the unit's follow-up reports them; the
# Finsam form's own wording was not at hand when they were chosen.
PUBLIC_SUPPORT_TIMES = Choices((
    ("ingen", "Ingen offentlig försörjning"),
    ("under_1_ar", "Mindre än 1 år"),
    ("1_2_ar", "1–2 år"),
    ("2_5_ar", "2–5 år"),
    ("over_5_ar", "Mer än 5 år"),
))

CLOSURE_OUTCOMES = Choices((
    ("reguljar_anstallning", "Reguljär anställning"),
    ("studier", "Studier"),
    ("arbetstraning_praktik", "Arbetsträning/praktik"),
    ("subventionerad_anstallning", "Subventionerad anställning"),
    ("okad_sysselsattningsgrad", "Ökad sysselsättningsgrad"),
    ("ater_varden_fk", "Åter till vården/FK"),
    ("avbrutet", "Avbrutet"),
    ("flyttat", "Flyttat"),
    ("annat", "Annat"),
))

GROUP_KINDS = Choices((
    ("redo", "ReDO™"),
    ("friskvardstimmen", "Friskvårdstimmen"),
    ("forelasning_workshop", "Föreläsning/workshop"),
    ("annan", "Annan"),
))
