"""The assessment report as its reader meets it (a handler at Af or FK, the employer, the client): no
notes to the unit, the therapist's conclusion, the change per domain, the evaluation and the outcome,
what the consent covers and the consent named, and an employer never told of a protected identity."""

from __future__ import annotations

import pytest

from app.exporters.pdf import write_report_pdf
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.conclusions import ConclusionInput
from app.models.errors import RuleError
from tests import builders
from tests.exporters.pdf_support import PNR

WORK_ABILITY = "Klarar arbete i kök fyra timmar om dagen med pauser & tydligt schema."
ADVICE = "Arbetsträning 50 % i tre månader.\nHöj- och sänkbar diskbänk."


def write(store, tmp_path, read_pdf, case_id, audience="af"):
    path = tmp_path / f"report_{audience}.pdf"
    write_report_pdf(store, path, case_id=case_id, audience=audience)
    return read_pdf(path)


def concluded(store, case_id, sign=True):
    conclusion = store.conclusions.save(case_id, ConclusionInput(
        work_ability=WORK_ABILITY, recommendations=ADVICE, concluded_date="2026-11-19"))
    return store.conclusions.sign(conclusion.id) if sign else conclusion


def second_weis(store, case_id, value=4, day="2026-11-18"):
    """A later WEIS-S, every item rated ``value`` (4: supports to a high degree)."""
    weis = store.assessments.start(case_id, "weis-s", assessment_date=day)
    for item in weis.definition.items:
        store.assessments.save_rating(weis.id, "professional", item.id, value)
    return store.assessments.complete(weis.id)


@pytest.mark.parametrize("audience", ["af", "fk", "klient"])
def test_no_note_to_the_unit_and_the_unverified_definition_said_once(store, pdf_case, tmp_path, read_pdf,
                                                                       audience):
    store.process.save_answer(pdf_case.case.id, "utreda.prioriterar", "")  # an empty answer is left out
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id, audience)
    for internal in ("Kontrollera", "Ej ifyllt", "manualen:", "Utkast", "Status"):
        assert internal not in pdf.text, internal
    assert pdf.flat.count("inte avstämd mot instrumentets manual") == 1


def test_the_conclusion_comes_first_signed_with_its_date(store, pdf_case, tmp_path, read_pdf):
    concluded(store, pdf_case.case.id)
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id)
    flat = pdf.flat
    assert "Sammanfattande bedömning" in flat
    assert "Bedömning av arbetsförmågan " + WORK_ABILITY in flat
    assert "Rekommendationer Arbetsträning 50 % i tre månader. Höj- och sänkbar diskbänk." in flat
    assert "Bedömd 2026-11-19, signerad 2026-11-20 10:00 av Anna Andersson, arbetsterapeut." in flat
    assert flat.index("Sammanfattande bedömning") < flat.index("Utredning") < flat.index("Bedömningar med instrument")


def test_a_report_waits_for_the_conclusions_signature(store, pdf_case, tmp_path, read_pdf):
    concluded(store, pdf_case.case.id, sign=False)
    with pytest.raises(RuleError, match="sammanfattande bedömningen är inte signerad"):
        write(store, tmp_path, read_pdf, pdf_case.case.id)
    assert not (tmp_path / "report_af.pdf").exists()


def test_without_a_conclusion_the_report_has_no_empty_conclusion(store, pdf_case, tmp_path, read_pdf):
    assert "Sammanfattande bedömning" not in write(store, tmp_path, read_pdf, pdf_case.case.id).flat


def test_the_change_from_the_first_to_the_latest_administration_per_domain(store, pdf_case, tmp_path, read_pdf):
    later = second_weis(store, pdf_case.case.id)
    changes = store.assessments.compare(pdf_case.weis.id, later.id).changes
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id)
    flat = pdf.flat
    assert "Förändring över tid" in flat and "WEIS-S: 2 bedömningar" in flat
    assert "Område Första 2026-11-06 Senaste 2026-11-18 Förändring" in flat
    definition = later.definition
    for c in changes.domains:
        label = next(d.label.sv for d in definition.domains if d.id == c.domain)
        before, after = (f"{v:.2f}".replace(".", ",") for v in (c.mean_before, c.mean_after))
        change = f"+{c.change:.2f}".replace(".", ",") if c.change > 0 else "±0,00" if c.change == 0 else None
        assert f"{label} {before} {after} {change}" in flat
    assert "DOA: " not in flat  # given once: no change to show


def test_the_evaluation_and_the_outcome_when_the_consent_covers_them(store, pdf_case, tmp_path, read_pdf):
    builders.closed_case(store, pdf_case.case.id)
    af = write(store, tmp_path, read_pdf, pdf_case.case.id, "af").flat
    assert "Utvärdering och utfall" in af
    assert "Utvecklingsplan version 1: 0 av 3 mål uppnådda, 1 delvis, 2 ej utvärderade." in af
    assert "Huvudmål: Arbeta halvtid i köket på Café Åre Delvis uppnått Arbetar 40 %." in af
    assert "Huvudmål – varför målet inte nåddes helt Förkyld två veckor." in af
    assert "Utfall Reguljär anställning" in af and "Avslutat 2026-11-20" in af
    # FK's consent covers the plan and the results, not the evaluation: left out, and said so
    fk = write(store, tmp_path, read_pdf, pdf_case.case.id, "fk").flat
    assert "Arbetar 40 %." not in fk and "Reguljär anställning" not in fk
    assert "Ingår inte i den här rapporten: klientens samtycke omfattar inte utvärdering och utfall." in fk


def test_the_report_names_the_consent_it_rests_on(store, pdf_case, tmp_path, read_pdf):
    af = write(store, tmp_path, read_pdf, pdf_case.case.id, "af").flat
    assert ("Lämnas ut med klientens samtycke, givet skriftligt 2026-11-03. Samtycket omfattar: "
            "utvecklingsplan, bedömningsresultat, utvärdering och utfall.") in af
    assert "givet muntligt 2026-11-04" in write(store, tmp_path, read_pdf, pdf_case.case.id, "fk").flat
    assert "samtycke" not in write(store, tmp_path, read_pdf, pdf_case.case.id, "klient").flat


def test_a_consent_without_the_results_refuses_the_report_naming_the_scope(store, pdf_client, tmp_path, read_pdf):
    case = store.cases.open(pdf_client().id, CaseInput(referral_date="2026-11-02", referred_by="af",
                                                       target_group="annan"))
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03", scopes=["plan"])
    with pytest.raises(RuleError) as refused:
        write(store, tmp_path, read_pdf, case.id, "af")
    assert str(refused.value).startswith(
        "Samtycket till Arbetsförmedlingen (givet 2026-11-03) omfattar inte ”bedömningsresultat”.")
    store.consents.add(case.id, "af", "muntligt", "2026-11-10", scopes=["bedomningsresultat"])
    assert "givet muntligt 2026-11-10" in write(store, tmp_path, read_pdf, case.id, "af").flat


def test_an_employer_is_never_told_of_a_protected_identity(store, tmp_path, read_pdf):
    client = store.clients.add(ClientInput(first_name="Skyddad", last_name="Person", personnummer=PNR,
                                           gender="kvinna", address="Hemliga gatan 1, 123 45 Åre",
                                           protected_identity=True))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="annan"))
    store.consents.add(case.id, "arbetsgivare", "skriftligt", "2026-11-03", scopes=["bedomningsresultat"])
    pdf = write(store, tmp_path, read_pdf, case.id, "arbetsgivare")
    text = pdf.text.replace("-", "")
    assert client.full_name in pdf.text
    assert PNR[2:] not in text and PNR[:8] not in text
    assert "skyddad identitet" not in pdf.text.lower() and "Identitet" not in pdf.text
    assert "Hemliga gatan" not in pdf.text


def test_an_employer_gets_no_personnummer_for_anyone(store, pdf_case, tmp_path, read_pdf):
    store.consents.add(pdf_case.case.id, "arbetsgivare", "skriftligt", "2026-11-03", scopes=["bedomningsresultat"])
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id, "arbetsgivare")
    assert PNR[2:] not in pdf.text.replace("-", "") and "Personnummer" not in pdf.text
    assert PNR[2:] in write(store, tmp_path, read_pdf, pdf_case.case.id, "af").text.replace("-", "")


def test_the_journal_copy_holds_every_conclusion_and_what_each_consent_covers(store, pdf_case, tmp_path, read_pdf):
    from app.exporters.pdf import write_record_pdf

    concluded(store, pdf_case.case.id)
    store.conclusions.save(pdf_case.case.id, ConclusionInput(work_ability="Klarar sex timmar om dagen."))
    write_record_pdf(store, tmp_path / "journal.pdf", case_id=pdf_case.case.id)
    flat = read_pdf(tmp_path / "journal.pdf").flat
    assert flat.count("· Sammanfattande bedömning") == 2
    assert WORK_ABILITY in flat and "Klarar sex timmar om dagen." in flat and "osignerad" in flat
    assert "Får lämnas ut" in flat and "Utvecklingsplan, Bedömningsresultat, Utvärdering och utfall" in flat


def test_nothing_is_said_to_be_left_out_when_there_is_nothing_to_leave_out(store, pdf_client, tmp_path, read_pdf):
    case = store.cases.open(pdf_client().id, CaseInput(referral_date="2026-11-02", referred_by="af",
                                                       target_group="annan"))
    store.consents.add(case.id, "fk", "muntligt", "2026-11-03", scopes=["bedomningsresultat"])
    flat = write(store, tmp_path, read_pdf, case.id, "fk").flat
    assert "Utvärdering och utfall" not in flat and "Ingår inte" not in flat


def test_an_employers_plan_names_a_protected_client_by_name_only(store, pdf_client, tmp_path, read_pdf):
    from app.exporters.pdf import write_plan_pdf
    from app.models.plans import PlanInput

    client = pdf_client(protected=True)
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="annan"))
    store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid"))
    for audience in ("arbetsgivare", "annan"):
        write_plan_pdf(store, tmp_path / "plan.pdf", case_id=case.id, audience=audience)
        text = read_pdf(tmp_path / "plan.pdf").text
        assert client.full_name in text and "Arbeta halvtid" in text
        assert "skyddad" not in text.lower() and PNR[2:] not in text.replace("-", ""), audience
    write_plan_pdf(store, tmp_path / "plan.pdf", case_id=case.id, audience="af")
    assert "Skyddad identitet" in read_pdf(tmp_path / "plan.pdf").text  # an agency is told
