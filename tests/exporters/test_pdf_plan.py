"""Utvecklingsplan as PDF: the client's variant and the handler's (Af/FK)."""

from __future__ import annotations

import pytest

from app.exporters.pdf import write_plan_pdf
from app.models.cases import CaseInput
from app.models.errors import RuleError
from app.models.plans import PlanInput, SubGoalInput
from tests.exporters.pdf_support import PNR


def write(store, tmp_path, read_pdf, case_id, audience="klient", **kw):
    path = tmp_path / f"plan_{audience}.pdf"
    write_plan_pdf(store, path, case_id=case_id, audience=audience, **kw)
    return read_pdf(path)


def test_the_client_variant_speaks_to_the_client(store, pdf_case, tmp_path, read_pdf):
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id, "klient")
    text, flat = pdf.text, pdf.flat
    assert "Din utvecklingsplan" in text and "Ditt huvudmål" in text
    assert "Åsa Ödegård-Æbelø" in text
    assert f"{PNR[:8]}-{PNR[8:]}" in text  # the number shows when the identity is not protected
    assert "Arbeta halvtid i köket på Café Åre" in text
    assert "Arbetar 25 % med stöd av arbetsledaren." in flat
    assert "Komma i tid och orka hela passet." in flat
    assert "Ditt delmål 1" in text and "Ditt delmål 2" in text
    assert "Komma i tid tre dagar i veckan" in text and "Orka ett helt pass på fyra timmar" in text
    assert "Schema på kylskåpet & sms-påminnelse." in flat
    assert "Vem gör det" in text and "Arbetsterapeut" in text  # the client's own goal says "Du"
    for day in ("2026-11-10", "2027-01-15", "2027-02-01", "2026-12-18"):
        assert day in text
    assert "Version 1" in text and "2026-11-12" in text
    assert "Du, arbetsledaren Per och arbetsterapeuten" in flat  # who took part, said to the client
    assert "Din underskrift" in text and "Underskrift, klient" not in text
    for signer in ("arbetsterapeut", "arbetsledare"):  # the plan names the supervisor (Per took part)
        assert f"Underskrift, {signer}" in text
    assert "Till:" not in text and "UTKAST" not in text and "Ej överenskommen ännu" not in text


def test_the_handler_variant_names_the_recipient_and_the_referral(store, pdf_case, tmp_path, read_pdf):
    for audience, recipient in (("af", "Arbetsförmedlingen"), ("fk", "Försäkringskassan")):
        pdf = write(store, tmp_path, read_pdf, pdf_case.case.id, audience)
        assert f"Till: {recipient}, handläggare" in pdf.text
        assert "Utvecklingsplan" in pdf.text and "Din utvecklingsplan" not in pdf.text
        assert pdf_case.case.case_number in pdf.text
        assert "Remissdatum" in pdf.text and "2026-11-02" in pdf.text
        assert "Remitterad av" in pdf.text and "Medarbetare på AMA" in pdf.text
        assert "Behöver struktur i köket & stöd med <tider>." in pdf.flat
        assert "Huvudmål" in pdf.text and "Utgångsläge" in pdf.text
        assert "Underskrift, klient" in pdf.text and "Underskrift, arbetsledare" in pdf.text


def test_a_draft_is_marked_as_not_agreed(store, pdf_client, tmp_path, read_pdf):
    client = pdf_client(first="Dragan", last="Utkastsson")
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="ama_medarbetare"))
    store.plans.save(case.id, PlanInput(main_goal="Hitta en praktikplats", sub_goals=[
        SubGoalInput(text="Besöka två arbetsplatser", responsible="klienten", start_date="2026-11-20")]))
    pdf = write(store, tmp_path, read_pdf, case.id, "af")
    assert "Ej överenskommen ännu" in pdf.text
    assert "UTKAST" in pdf.pages[0]
    assert all("UTKAST" in page for page in pdf.pages)  # in every page header too
    assert "Hitta en praktikplats" in pdf.text


def test_the_plan_in_force_is_the_agreed_version_unless_another_is_chosen(store, pdf_case, tmp_path, read_pdf):
    revised = pdf_case.plan.as_input()
    revised.main_goal = "Arbeta heltid i köket"
    draft = store.plans.save(pdf_case.case.id, revised)
    assert draft.version == 2
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id)
    assert "Arbeta halvtid i köket" in pdf.text and "Version 1" in pdf.text
    chosen = write(store, tmp_path, read_pdf, pdf_case.case.id, version_id=draft.id)
    assert "Arbeta heltid i köket" in chosen.text and "Version 2" in chosen.text
    assert "Vi kom överens Inte än" in chosen.flat and "vi har inte kommit överens" in chosen.flat


def test_a_case_without_a_plan_is_refused(store, pdf_client, tmp_path):
    client = pdf_client(first="Ingen", last="Plansson")
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="ama_medarbetare"))
    with pytest.raises(RuleError, match="Ärendet har ingen utvecklingsplan att skriva ut."):
        write_plan_pdf(store, tmp_path / "x.pdf", case_id=case.id, audience="klient")
    assert not (tmp_path / "x.pdf").exists()


def test_a_version_of_another_case_is_refused(store, pdf_case, tmp_path):
    other = store.cases.open(pdf_case.client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                           target_group="annan"))
    with pytest.raises(RuleError):
        write_plan_pdf(store, tmp_path / "x.pdf", case_id=other.id, audience="klient", version_id=pdf_case.plan.id)


def test_protected_identity_hides_the_personnummer(store, pdf_client, tmp_path, read_pdf):
    client = pdf_client(protected=True, first="Skyddad", last="Person")
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="ama_medarbetare"))
    store.plans.save(case.id, PlanInput(main_goal="Ett mål"))
    for audience in ("klient", "fk"):
        pdf = write(store, tmp_path, read_pdf, case.id, audience)
        assert "Skyddad identitet" in pdf.text
        digits = pdf.text.replace("-", "").replace(" ", "")
        assert PNR not in digits and PNR[2:] not in digits
