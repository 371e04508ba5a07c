"""Fictitious clients for the reports: nine around one half-year and their group activities (the
hand-worked example the statistics, Finsam and LibreOffice tests share), and ``effort`` for the Finsam
tests that need more participants than that."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from app.models.cases import Case, CaseInput
from app.models.clients import ClientInput
from app.models.closure import ClosureInput, SituationInput
from app.models.groups import GroupInput
from app.models.plans import PlanInput
from tests.support import make_pnr

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))


def build_sus_people(store) -> SimpleNamespace:
    """Nine fictitious clients around the period 2026-01-01 – 2026-06-30 (today is 2026-11-20).

    in the period:
      Alva     kvinna  born 2001-02-02, referred 2026-02-01 (24, the day before turning 25)  eftergymnasial
               before arbetslös/försörjningsstöd; closed 2026-05-10 reguljär anställning,
               after ej subventionerat arbete/ingen offentlig
      Berit    kvinna  birth year 2004 only, referred 2025-12-01 (21)  gymnasial; before praktik/aktivitetsstöd;
               open; agreed plan, next follow-up 2026-12-18 (current)
      Carl     man     born 1970-08-20, referred 2026-03-15 (55)  eftergymnasial; before subventionerat/ingen
               offentlig; closed 2026-07-15, after the period: still "Ej avslutad" in it
      David    man     born 2000-01-10, two cases: A referred 2025-11-01 (25) before arbetslös/a-kassa, closed
               2026-01-20 arbetsträning/praktik; B referred 2026-04-01, open  förgymnasial
      Eli      annat   samordningsnummer born 1991-03-07, referred 2026-03-07 (35 that day)  okänd; no "before"
      Ingrid   kvinna  born 1960-12-31, referred 2025-10-01 (64)  eftergymnasial; before sjukskriven/sjukpenning;
               closed on the period's first day 2026-01-01: studier, after studier/annan
      Fredrik  man     anonymous in statistics, referred 2026-02-10, closed 2026-04-01 reguljär anställning
    outside it:
      Gustav   referred 2026-08-01 (after the period)
      Helga    referred 2025-09-01, closed 2025-12-15 (before the period)
    """
    def client(first, last, gender, education, born=None, birth_year=None, coordination=False, anonymous=False):
        pnr = make_pnr(born, 982, coordination) if born else ""
        return store.clients.add(ClientInput(first_name=first, last_name=last, personnummer=pnr, birth_year=birth_year,
                                             gender=gender, education=education, anonymous_in_stats=anonymous))

    def case(person, referral, before=None):
        situation = SituationInput(before[0], before[1], 100, referral) if before else None
        return store.cases.open(person.id, CaseInput(referral_date=referral, referred_by="arbetsledare",
                                                     target_group="ama_medarbetare"), before=situation)

    def close(opened, day, outcome, occupation, income):
        store.process.save_answer(opened.id, "utreda.vem", "Fiktiv testklient.")  # the survey comes first
        store.closure.close_case(opened.id, ClosureInput(outcome=outcome, closed_date=day, reason="Testärende",
                                                         after=SituationInput(occupation, income, 100)))

    p = SimpleNamespace()
    p.alva = client("Alva", "Provsson", "kvinna", "eftergymnasial", born=dt.date(2001, 2, 2))
    p.alva_case = case(p.alva, "2026-02-01", ("arbetslos", "forsorjningsstod"))
    close(p.alva_case, "2026-05-10", "reguljar_anstallning", "ej_subventionerat_arbete", "ingen_offentlig")
    p.berit = client("Berit", "Provsson", "kvinna", "gymnasial", birth_year=2004)
    p.berit_case = case(p.berit, "2025-12-01", ("praktik_arbetstraning", "aktivitetsstod"))
    plan = store.plans.save(p.berit_case.id, PlanInput(main_goal="Arbeta halvtid", follow_up_date="2026-12-18"))
    store.plans.agree(plan.id, "2026-11-12", "Berit och arbetsterapeuten")
    p.carl = client("Carl", "Exempelsson", "man", "eftergymnasial", born=dt.date(1970, 8, 20))
    p.carl_case = case(p.carl, "2026-03-15", ("subventionerat_arbete", "ingen_offentlig"))
    close(p.carl_case, "2026-07-15", "studier", "studier", "annan")
    p.david = client("David", "Testberg", "man", "forgymnasial", born=dt.date(2000, 1, 10))
    p.david_a = case(p.david, "2025-11-01", ("arbetslos", "a_kassa"))
    close(p.david_a, "2026-01-20", "arbetstraning_praktik", "praktik_arbetstraning", "aktivitetsstod")
    p.david_b = case(p.david, "2026-04-01", ("praktik_arbetstraning", "aktivitetsstod"))
    p.eli = client("Eli", "Provberg", "annat", "okand", born=dt.date(1991, 3, 7), coordination=True)
    p.eli_case = case(p.eli, "2026-03-07")
    p.ingrid = client("Ingrid", "Testlund", "kvinna", "eftergymnasial", born=dt.date(1960, 12, 31))
    p.ingrid_case = case(p.ingrid, "2025-10-01", ("sjukskriven", "sjukpenning"))
    close(p.ingrid_case, "2026-01-01", "studier", "studier", "annan")
    p.fredrik = client("Fredrik", "Anonymsson", "man", "eftergymnasial", born=dt.date(1980, 5, 5), anonymous=True)
    p.fredrik_case = case(p.fredrik, "2026-02-10", ("arbetslos", "a_kassa"))
    close(p.fredrik_case, "2026-04-01", "reguljar_anstallning", "ej_subventionerat_arbete", "ingen_offentlig")
    p.gustav = client("Gustav", "Senare", "man", "gymnasial", born=dt.date(1975, 1, 1))
    p.gustav_case = case(p.gustav, "2026-08-01", ("arbetslos", "a_kassa"))
    p.helga = client("Helga", "Tidigare", "kvinna", "gymnasial", born=dt.date(1965, 6, 6))
    p.helga_case = case(p.helga, "2025-09-01", ("arbetslos", "a_kassa"))
    close(p.helga_case, "2025-12-15", "flyttat", "annat", "annan")
    return p


def add_groups(store, p) -> None:
    """ReDO: two sessions in the period (Alva and anonymous Fredrik, 2 + 3 guests) and one after it;
    Friskvårdstimmen: one session in the period (Berit and Alva, no guests)."""
    redo = store.groups.create(GroupInput("redo", "ReDO våren 2026", leader_ids=[store.user_id]))
    for c in (p.alva, p.fredrik):
        store.groups.add_participant(redo.id, c.id)
    s1 = store.groups.add_session(redo.id, "2026-03-03")
    s2 = store.groups.add_session(redo.id, "2026-03-10")
    s3 = store.groups.add_session(redo.id, "2026-08-01")
    store.groups.set_attendance(s1.id, [p.alva.id, p.fredrik.id], guests=2)
    store.groups.set_attendance(s2.id, [p.alva.id], guests=3)
    store.groups.set_attendance(s3.id, [p.alva.id], guests=5)
    health = store.groups.create(GroupInput("friskvardstimmen", "Friskvårdstimmen", leader_ids=[store.user_id]))
    for c in (p.berit, p.alva):
        store.groups.add_participant(health.id, c.id)
    s4 = store.groups.add_session(health.id, "2026-05-05")
    store.groups.set_attendance(s4.id, [p.berit.id, p.alva.id], guests=0)


def effort(store, first: str, gender: str, referral: str, *, born: dt.date | None = None,
           before: tuple[str, str, int] | None = ("arbetslos", "forsorjningsstod", 0),
           closed: tuple[str, str, str, str, int] | None = None, consent: str | None = "skriftligt",
           protected: bool = False, education: str = "gymnasial") -> Case:
    """One fictitious participant with one effort: ``before`` (occupation, income, percent);
    ``closed`` (day, outcome, occupation after, income after, percent after); ``consent``: the form
    of the consent to the Samordningsförbund, or None for none."""
    # a birth date of its own for each (a test personnummer, serial 990)
    born = born or dt.date(1990, 1, 1) + dt.timedelta(days=37 * store.query_value("SELECT count(*) FROM clients"))
    client = store.clients.add(ClientInput(first_name=first, last_name="Finsamsson", gender=gender,
                                           personnummer=make_pnr(born, 990), education=education,
                                           protected_identity=protected))
    situation = SituationInput(*before, referral) if before else None
    case = store.cases.open(client.id, CaseInput(referral_date=referral, referred_by="arbetsledare",
                                                 target_group="ama_medarbetare"), before=situation)
    if consent:
        store.consents.add(case.id, "finsam", consent, referral)
    if closed:
        day, outcome, occupation, income, percent = closed
        store.process.save_answer(case.id, "utreda.vem", "Fiktiv testklient.")
        store.closure.close_case(case.id, ClosureInput(outcome=outcome, closed_date=day, reason="Testärende",
                                                       after=SituationInput(occupation, income, percent)))
    return case
