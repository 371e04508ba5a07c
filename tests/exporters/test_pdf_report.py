"""Bedömningsrapport / utlåtande om arbetsförmåga, and the profile chart it draws."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String

from app.exporters.pdf import write_report_pdf
from app.exporters.pdf.charts import profile
from app.models.cases import CaseInput
from tests.exporters.pdf_support import PNR


def write(store, tmp_path, read_pdf, case_id, audience="fk"):
    path = tmp_path / f"report_{audience}.pdf"
    write_report_pdf(store, path, case_id=case_id, audience=audience)
    return read_pdf(path)


def mean_text(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def test_the_investigation_is_reported_question_by_question(store, pdf_case, tmp_path, read_pdf):
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id)
    assert "Utlåtande om arbetsförmåga" in pdf.text and "Till: Försäkringskassan, handläggare" in pdf.text
    assert "a. Klientens utförandesammanhang (kartläggning)" in pdf.flat
    assert "Vad hos klienten stödjer respektive begränsar utförandet?" in pdf.flat
    assert "Begränsar: trötthet efter lunch." in pdf.flat
    assert "Höj- och sänkbar diskbänk saknas." in pdf.flat
    assert "Skriver <b>fet</b> & <i>kursiv</i> själv" in pdf.flat
    assert "Ja, muntligt vid första träffen." not in pdf.flat  # Informera is not part of the investigation
    assert "c. Orsaker till aktivitetsbegränsning" in pdf.flat
    assert "b. Uppgifter som klienten prioriterar" not in pdf.flat  # part b has no answer: left out
    assert "Möjliga orsaker i den fysiska miljön?" not in pdf.flat  # an unanswered question neither
    assert "Ej ifyllt" not in pdf.flat


def test_each_completed_assessment_has_profile_sums_means_areas_and_interpretation(store, pdf_case, tmp_path,
                                                                                   read_pdf):
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id)
    flat = pdf.flat
    assert "WEIS-S 3.0*, 2026-11-06" in flat and "DOA 2023*, 2026-11-07" in flat  # definitions not verified
    assert "Skala: 4 = Stödjer i hög grad" in flat
    score = store.assessments.score(pdf_case.weis.id).parts[0]
    for domain in score.domains:
        assert mean_text(domain.mean) in flat
    assert "Områden att arbeta med" in flat
    weis = pdf_case.weis.definition
    for item_id in score.act_on:
        assert weis.item(item_id).label.sv in flat
    assert "Arbetsmiljön stödjer i stort; tidskraven hindrar." in flat
    # DOA: both parts, and where they differ
    assert "Summor och medelvärden – Klientens självskattning" in flat
    assert "Summor och medelvärden – Arbetsterapeutens bedömning" in flat
    assert "Skillnader mellan delarna" in flat
    assert "Arbeta halvtid Komma i tid" in flat  # the goal formulation, line by line


def test_drafts_are_not_reported_nor_mentioned(store, pdf_case, tmp_path, read_pdf):
    flat = write(store, tmp_path, read_pdf, pdf_case.case.id).flat
    assert "OVal-9" not in flat and "utkast" not in flat.lower()


def test_no_assessments_says_so(store, pdf_client, tmp_path, read_pdf):
    client = pdf_client(first="Utan", last="Bedömning")
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="annan"))
    pdf = write(store, tmp_path, read_pdf, case.id, "klient")
    assert "Bedömningsrapport" in pdf.text and "Till:" not in pdf.text
    assert "Inga bedömningar registrerade." in pdf.text


def test_protected_identity_hides_the_personnummer(store, pdf_client, tmp_path, read_pdf):
    client = pdf_client(protected=True)
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="annan"))
    store.consents.add(case.id, "af", "skriftligt", "2026-11-03", scopes=["bedomningsresultat"])
    pdf = write(store, tmp_path, read_pdf, case.id, "af")
    assert "Skyddad identitet" in pdf.text  # an agency is told (its handler must handle it so)
    assert PNR[2:] not in pdf.text.replace("-", "")


def _shapes(flowables):
    for f in flowables:
        if isinstance(f, Drawing):
            yield from f.contents


def test_the_profile_draws_one_bar_per_rated_item_and_part(store, pdf_case):
    weis = store.assessments.get(pdf_case.weis.id)
    shapes = list(_shapes(profile(weis.definition, weis)))
    bars = [s for s in shapes if isinstance(s, Rect)]
    rated = [i for i in weis.definition.items if weis.rating("professional", i.id).is_rated]
    assert len(bars) == len(rated) == len(weis.definition.items) - 1
    assert "Ej tillämplig" in [s.text for s in shapes if isinstance(s, String)]
    domains = [s.text for s in shapes if isinstance(s, String) and s.fontName.endswith("Bold")]
    assert "Det fysiska rummet" in domains

    doa = store.assessments.get(pdf_case.doa.id)
    bars = [s for s in _shapes(profile(doa.definition, doa)) if isinstance(s, Rect)]
    assert len(bars) == 2 * len(doa.definition.items)  # both parts
    widths = {round(b.width, 1) for b in bars}
    assert len(widths) == 4  # four scale steps, four bar lengths


def test_the_report_names_doa_goal_formulation_as_the_source_of_the_plans_priorities(store, pdf_case, tmp_path,
                                                                                     read_pdf):
    from app.exporters.pdf.report import GOALS_IN_PLAN
    from app.models.plans import goal_source

    assert GOALS_IN_PLAN not in write(store, tmp_path, read_pdf, pdf_case.case.id).flat  # nothing carried yet
    doa = store.assessments.get(pdf_case.doa.id)
    source = goal_source(f"DOA {doa.definition.version}", doa.assessment_date)
    plan = store.plans.carry_goals(pdf_case.case.id, doa.texts["goals"].splitlines(), source).version
    assert plan.client_priorities.endswith("målformuleringen i DOA 2023 (2026-11-07).")
    again = store.plans.carry_goals(pdf_case.case.id, ["Ta bussen själv"], source).version
    assert again.client_priorities.count(source) == 1  # named once however often goals are carried
    flat = write(store, tmp_path, read_pdf, pdf_case.case.id).flat
    assert GOALS_IN_PLAN in flat and flat.index("Arbeta halvtid Komma i tid") < flat.index(GOALS_IN_PLAN)


def test_the_clients_report_names_the_responsible_under_their_own_title(store, pdf_case, tmp_path, read_pdf):
    from tests.support import TEST_PASSWORD

    bo = store.users.create("Bo Berg", "arbetsmarknadskoordinator", TEST_PASSWORD)
    with store.transaction() as tx:
        tx.execute("UPDATE cases SET responsible_user_id = ? WHERE id = ?", (bo.id, pdf_case.case.id))
    flat = write(store, tmp_path, read_pdf, pdf_case.case.id, audience="klient").flat
    assert "Ansvarig Bo Berg, arbetsmarknadskoordinator Enhet" in flat and "Arbetsterapeut Bo Berg" not in flat
    assert "Underskrift, arbetsterapeut" in flat  # Anna, an arbetsterapeut, makes and signs the report
