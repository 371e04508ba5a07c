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
    ("chef", "Chef"),
    ("hr", "HR"),
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

# Every kind of intervention ever offered: the labels of stored rows (keys never change). Which kinds
# a model offers now is KINDS_BY_MODEL; a kind no model offers any more (stodjande) stays readable.
INTERVENTION_KINDS = Choices((
    ("hjalpmedel", "Hjälpmedel/arbetshjälpmedel"),
    ("kompensatoriska_strategier", "Kompensatoriska strategier"),
    ("fysisk_miljo", "Anpassning av fysisk miljö"),
    ("social_miljo", "Anpassning av social miljö"),
    ("traning_i_aktivitet", "Träning i aktivitet (strategier och förmågor)"),
    ("graderad_aktivitet", "Graderad eller anpassad aktivitet"),
    ("traning_kroppsfunktion", "Träning av kroppsfunktioner"),
    ("gruppundervisning", "Föreläsning/workshop för en grupp"),
    ("undervisning_rad", "Undervisning och råd"),
    ("stodjande", "Stödjande"),
    ("radgivning_arbetsledare", "Rådgivning till arbetsledare/chef"),
    ("annan", "Annan"),
))

# The kinds each model offers, as the ATAMA process (report, Bilaga 2: "Val av modeller för
# intervention") lists them; each model ends with teaching and advice to the client and others
# (colleagues, supervisor, manager).
KINDS_BY_MODEL: dict[str, tuple[str, ...]] = {
    "kompensation": ("hjalpmedel", "kompensatoriska_strategier", "fysisk_miljo", "social_miljo",
                     "undervisning_rad", "radgivning_arbetsledare", "annan"),
    "aktivitetstraning": ("traning_i_aktivitet", "graderad_aktivitet", "undervisning_rad",
                          "radgivning_arbetsledare", "annan"),
    "funktionstraning": ("traning_kroppsfunktion", "undervisning_rad", "radgivning_arbetsledare", "annan"),
    "pedagogisk": ("gruppundervisning", "undervisning_rad", "radgivning_arbetsledare", "annan"),
}


def intervention_kinds(model: str | None) -> Choices:
    """The kinds the model offers, in the model's order (none for no model or an unknown one)."""
    return Choices(tuple((k, INTERVENTION_KINDS.label(k)) for k in KINDS_BY_MODEL.get(model or "", ())))

PARTNERS = Choices((
    ("af", "Arbetsförmedlingen"),
    ("fk", "Försäkringskassan"),
    ("varden", "Vården"),
    ("ifo", "IFO/socialtjänst"),
    ("arbetsgivare", "Arbetsgivare"),
    ("annan", "Annan"),
))

# Stored keys never change; labels may (overlamning was "Överlämning": Af/FK call it överlämnings- or
# omställningsmöte, seeds/004).
MEETING_KINDS = Choices((
    ("kontaktmote", "Kontaktmöte"),
    ("avstamningsmote", "Avstämningsmöte"),
    ("gemensam_kartlaggning", "Gemensam kartläggning"),
    ("overlamning", "Överlämnings-/omställningsmöte"),
    ("trepartssamtal", "Trepartssamtal"),
    ("annat", "Annat"),
))

# Who takes part in a collaboration meeting (app/models/meetings.py). "enheten" is our own unit;
# every other organisation is invited only under the client's consent to it (MEETING_CONSENT).
MEETING_ORGANISATIONS = Choices((
    ("af", "Arbetsförmedlingen"),
    ("fk", "Försäkringskassan"),
    ("varden", "Vården"),
    ("arbetsgivare", "Arbetsgivare"),
    ("ifo", "IFO/socialtjänst"),
    ("enheten", "Enheten"),
    ("annan", "Annan"),
))

# The CONSENT_RECIPIENTS key each organisation's consent is registered under (None: needs none).
MEETING_CONSENT: dict[str, str | None] = {
    "af": "af", "fk": "fk", "varden": "varden", "arbetsgivare": "arbetsgivare", "ifo": "ifo",
    "enheten": None, "annan": "annan",
}

# Who does an agreed action: an organisation, or the client.
MEETING_ACTORS = Choices((*MEETING_ORGANISATIONS, ("klienten", "Klienten")))

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
    ("lon", "Lön/anställning"),
    ("forsorjningsstod", "Försörjningsstöd"),
    ("aktivitetsstod", "Aktivitetsstöd"),
    ("aktivitetsersattning", "Aktivitetsersättning"),
    ("sjukpenning", "Sjukpenning/rehabiliteringspenning"),
    ("a_kassa", "A-kassa"),
    ("annan", "Annan"),
))
# The income sources that are public support (offentlig försörjning); wages, "none" and "other" are not.
PUBLIC_SUPPORT_INCOMES = frozenset({"forsorjningsstod", "aktivitetsstod", "aktivitetsersattning", "sjukpenning",
                                    "a_kassa"})

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
    # a municipal employee with repeated short-term absence (target group korttidsfranvaro)
    ("kvar_minskad_franvaro", "Kvar i arbetet med minskad frånvaro"),
    ("kvar_med_anpassning", "I arbete med anpassning"),
    ("kvar_oforandrad_franvaro", "Kvar i arbetet, frånvaron oförändrad"),
    ("omplacerad", "Omplacerad"),
    ("sjukskriven_deltid", "Sjukskriven på deltid"),
    ("sjukskriven_heltid", "Sjukskriven på heltid"),
    ("avslutat_anstallning", "Har avslutat anställningen"),
))
EMPLOYEE_OUTCOMES = ("kvar_minskad_franvaro", "kvar_med_anpassning", "kvar_oforandrad_franvaro", "omplacerad",
                     "sjukskriven_deltid", "sjukskriven_heltid", "avslutat_anstallning")
# For an employee: after their own, the general outcomes that can end such a case too.
_EMPLOYEE_ALSO = ("okad_sysselsattningsgrad", "ater_varden_fk", "reguljar_anstallning", "studier", "avbrutet",
                  "flyttat", "annat")
EMPLOYEE_GROUP = "korttidsfranvaro"


def closure_outcomes_for(target_group: str | None) -> Choices:
    """The outcomes the closing form offers for a case of ``target_group``: an employee with repeated
    short-term absence gets the employee outcomes first; the target group Annan gets every outcome (it may
    be an employee too), the general ones first; the others the general outcomes only."""
    general = tuple(k for k in CLOSURE_OUTCOMES.keys() if k not in EMPLOYEE_OUTCOMES)  # noqa: SIM118
    if target_group == EMPLOYEE_GROUP:
        keys: tuple[str, ...] = EMPLOYEE_OUTCOMES + _EMPLOYEE_ALSO
    elif target_group == "annan":
        keys = general + EMPLOYEE_OUTCOMES
    else:
        keys = general
    return Choices(tuple((k, CLOSURE_OUTCOMES.label(k)) for k in keys))

GROUP_KINDS = Choices((
    ("redo", "ReDO™"),
    ("friskvardstimmen", "Friskvårdstimmen"),
    ("forelasning_workshop", "Föreläsning/workshop"),
    ("annan", "Annan"),
))
