"""Fixtures for the exporter tests.

The ``store`` fixture (fixed clock 2026-11-20 10:00, Anna Andersson signed in) comes from
tests/conftest.py; the constants and ``pdf_read`` the PDF tests import are in pdf_support.py.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.evaluation import EvaluationInput
from app.models.interventions import InterventionInput, MeetingInput
from app.models.plans import PlanInput, SubGoalInput
from tests.exporters.pdf_support import MARKUP, NORDIC_FIRST, NORDIC_LAST, PNR, pdf_read
from tests.support import TEST_PASSWORD


@pytest.fixture(autouse=True)
def cli_password(monkeypatch):
    """The command line signs in with $ATAMA_PASSWORD: Anna's, as a script would give it."""
    monkeypatch.setenv("ATAMA_PASSWORD", TEST_PASSWORD)

# -- PDF documents (tests/exporters/test_pdf_*.py) ---------------------------------------------------


@pytest.fixture
def read_pdf():
    return pdf_read


@pytest.fixture
def pdf_client(store):
    def add(protected: bool = False, first: str = NORDIC_FIRST, last: str = NORDIC_LAST):
        return store.clients.add(ClientInput(first_name=first, last_name=last, personnummer=PNR, gender="kvinna",
                                             protected_identity=protected))
    return add


@pytest.fixture
def pdf_case(store, pdf_client):
    """A case with something of everything: answers, consents, notes, assessments, an agreed plan,
    an intervention, a meeting and an evaluated main goal. Returns the records made."""
    client = pdf_client()
    case = store.cases.open(client.id, CaseInput(
        referral_date="2026-11-02", referred_by="af", target_group="ama_medarbetare",
        reason="Behöver struktur i köket & stöd med <tider>.",
    ))
    answers = {
        "informera.vad_arbetsterapi": "Ja, muntligt vid första träffen.",
        "utreda.vem": f"Kock i grunden. {MARKUP}.",
        "utreda.klienten": "Stödjer: motivation och humor.\nBegränsar: trötthet efter lunch.",
        "utreda.fysisk_miljo": "Höj- och sänkbar diskbänk saknas.",
        "utreda.orsak_uppgiften": "Många moment samtidigt i disken.",
    }
    for key, text in answers.items():
        store.process.save_answer(case.id, key, text)
    # Af may have everything a report holds; FK the plan and the results, not the evaluation
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03", scope="Utlåtande om arbetsförmåga.",
                       scopes=["plan", "bedomningsresultat", "utvardering"])
    store.consents.add(case.id, "fk", "muntligt", "2026-11-04", scopes=["plan", "bedomningsresultat"])
    late = store.notes.add(case.id, "2026-11-15", "samtal", "Andra samtalet: planen stämdes av.")
    early = store.notes.add(case.id, "2026-11-05", "observation", f"Första observationen. {MARKUP}.")

    weis = store.assessments.start(case.id, "weis-s", assessment_date="2026-11-06")
    for n, item in enumerate(weis.definition.items):
        if n == 5:
            store.assessments.save_rating(weis.id, "professional", item.id, na=True)
        else:
            store.assessments.save_rating(weis.id, "professional", item.id, (4, 3, 2, 1)[n % 4])
    store.assessments.save_comment(weis.id, "professional", "time_demands", "Stressad av lunchrusningen.")
    store.assessments.save_text(weis.id, "interpretation", "Arbetsmiljön stödjer i stort; tidskraven hindrar.")
    store.assessments.complete(weis.id)
    doa = store.assessments.start(case.id, "doa", assessment_date="2026-11-07")
    for n, item in enumerate(doa.definition.items):
        store.assessments.save_rating(doa.id, "client", item.id, (4, 3, 3, 2)[n % 4])
        store.assessments.save_rating(doa.id, "professional", item.id, (2, 3, 4, 1)[n % 4])
    store.assessments.save_text(doa.id, "goals", "Arbeta halvtid\nKomma i tid")
    store.assessments.complete(doa.id)
    draft = store.assessments.start(case.id, "oval-9", assessment_date="2026-11-08")

    plan = store.plans.save(case.id, PlanInput(
        main_goal="Arbeta halvtid i köket på Café Åre",
        baseline="Arbetar 25 % med stöd av arbetsledaren.",
        client_priorities="Komma i tid och orka hela passet.",
        follow_up_date="2026-12-18",
        sub_goals=[
            SubGoalInput(text="Komma i tid tre dagar i veckan", actions="Schema på kylskåpet & sms-påminnelse.",
                         responsible="klienten", start_date="2026-11-10", target_date="2027-01-15",
                         follow_up_date="2026-12-18"),
            SubGoalInput(text="Orka ett helt pass på fyra timmar", actions="Pauser varje timme.",
                         responsible="arbetsterapeut", start_date="2026-11-10", target_date="2027-02-01"),
        ],
    ))
    plan = store.plans.agree(plan.id, "2026-11-12", "Klienten, arbetsledaren Per och arbetsterapeuten")
    goal = plan.sub_goals[0]
    intervention = store.interventions.add(case.id, InterventionInput(
        "2026-11-13", 45, "kompensation", "hjalpmedel", goal_id=goal.id, text="Provade en hög pall vid disken."))
    meeting = store.interventions.add_meeting(case.id, MeetingInput(
        "2026-11-14", "avstamningsmote", ["af"], participants="Klienten och handläggare Lisa Müller på Af",
        outcome="Ny avstämning i januari."))
    store.evaluation.evaluate(case.id, None, EvaluationInput(
        attainment="delvis", now="Arbetar 40 %.", reason="Förkyld två veckor.", evaluated_date="2026-11-19"))
    return SimpleNamespace(client=client, case=case, notes=(early, late), weis=weis, doa=doa, draft=draft,
                           plan=plan, intervention=intervention, meeting=meeting)
