"""Journalkopia: the whole case, in date order where records have dates."""

from __future__ import annotations

from app.exporters.pdf import write_record_pdf
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.closure import ClosureInput, SituationInput
from app.models.demo import make_demo_database
from app.models.groups import GroupInput
from app.models.store import Store
from tests.exporters.pdf_support import PNR
from tests.support import FIXED_NOW


def write(store, tmp_path, read_pdf, case_id):
    path = tmp_path / "record.pdf"
    write_record_pdf(store, path, case_id=case_id)
    return read_pdf(path)


def test_the_record_holds_the_whole_case(store, pdf_case, tmp_path, read_pdf):
    store.closure.close_case(pdf_case.case.id, ClosureInput(
        outcome="studier", after=SituationInput("studier", "annan", 100), continued_where="Vårdcentralen i Järpen",
        reason="Utvärderingen fortsätter hos vårdcentralen."))
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id)
    flat = pdf.flat
    assert "Journalkopia" in pdf.text
    for expected in (
        "Åsa Ödegård-Æbelø", f"{PNR[:8]}-{PNR[8:]}", pdf_case.case.case_number,            # client and case
        "Arbetsförmedlingen", "Utlåtande om arbetsförmåga.", "Försäkringskassan",           # consents
        "Steget Utreda påbörjades (registrerat 2026-11-20 10:00 av Anna Andersson)",          # step events
        "Ja, muntligt vid första träffen.", "Många moment samtidigt i disken.",              # answers, all steps
        "Journalanteckning – Samtal", "Andra samtalet: planen stämdes av.",                  # notes
        "Anna Andersson, arbetsterapeut · skriven 2026-11-20 10:00 · osignerad",             # author and time
        "Bedömning – WEIS-S 3.0, 2026-11-06", "Stressad av lunchrusningen.",                 # assessments
        "4 – Stödjer i hög grad", "Ej tillämplig",                                           # ratings
        "Utvecklingsplan, version 1", "Arbeta halvtid i köket på Café Åre",                  # plan
        "Insats – Kompensation, Hjälpmedel/arbetshjälpmedel", "Provade en hög pall vid disken.",
        "Samverkansmöte – Avstämningsmöte", "Klienten och handläggare Lisa Müller på Af",
        "Utvärdering – Huvudmål (planversion 1)", "Delvis uppnått", "Arbetar 40 %.",
        "Avslut av ärendet", "Studier", "Vårdcentralen i Järpen",                            # closure
    ):
        assert expected in flat, expected


def test_dated_records_come_in_date_order(store, pdf_case, tmp_path, read_pdf):
    flat = write(store, tmp_path, read_pdf, pdf_case.case.id).flat
    journal = flat[flat.index("Journal i datumordning"):]
    order = [
        "2026-11-05 · Journalanteckning – Observation",  # added after the 11-15 note, dated before it
        "2026-11-06 · Bedömning – WEIS-S",
        "2026-11-07 · Bedömning – DOA",
        "2026-11-12 · Utvecklingsplan, version 1",  # agreed that day, written on 11-20
        "2026-11-13 · Insats",
        "2026-11-14 · Samverkansmöte",
        "2026-11-15 · Journalanteckning – Samtal",
        "2026-11-19 · Utvärdering",
        "2026-11-20 · Steget Informera påbörjades",
    ]
    positions = [journal.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_a_very_long_note_flows_over_several_pages(store, pdf_case, tmp_path, read_pdf):
    text = "\n\n".join(f"Stycke {n}: " + "Klienten berättar om veckan och om arbetet i köket. " * 8
                       for n in range(1, 121))
    store.notes.add(pdf_case.case.id, "2026-11-16", "samtal", text + "\nSista raden i anteckningen.")
    pdf = write(store, tmp_path, read_pdf, pdf_case.case.id)
    total = len(pdf.pages)
    assert total >= 8
    assert f"Sida {total} av {total}" in pdf.pages[-1]
    assert "Stycke 120:" in pdf.flat and "Sista raden i anteckningen." in pdf.flat


def test_a_protected_identity_shows_neither_number_nor_address(store, tmp_path, read_pdf):
    client = store.clients.add(ClientInput(first_name="Skyddad", last_name="Person", personnummer=PNR,
                                           gender="kvinna", address="Hemliga gatan 1, Järpen",
                                           phone="070-000 00 00", protected_identity=True))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef",
                                                 target_group="annan"))
    pdf = write(store, tmp_path, read_pdf, case.id)
    assert "Skyddad identitet" in pdf.text
    assert PNR[2:] not in pdf.text.replace("-", "")
    assert "Hemliga gatan" not in pdf.text and "070-000" not in pdf.text
    assert "Inga samtycken registrerade." in pdf.text


def test_every_case_of_a_demo_database_prints(tmp_path, read_pdf):
    path = tmp_path / "demo.sqlite"
    make_demo_database(path, clients=6, seed=3, clock=lambda: FIXED_NOW)
    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        store.users.sign_in(store.users.all()[0].id, "demo")
        case_ids = [r[0] for r in store.query_tuples("SELECT id FROM cases ORDER BY id")]
        assert case_ids
        for case_id in case_ids:
            pdf = write(store, tmp_path, read_pdf, case_id)
            total = len(pdf.pages)
            assert f"Sida {total} av {total}" in pdf.pages[-1]
            assert store.cases.get(case_id).case_number in pdf.text
    finally:
        store.close()


def test_the_record_holds_the_absence_follow_up_and_the_clients_groups(store, tmp_path, read_pdf):
    client = store.clients.add(ClientInput(first_name="Kim", last_name="Korttid", birth_year=1979, gender="annat"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-10-01", referred_by="hr",
                                                 target_group="korttidsfranvaro"))
    store.sequences.save(case.id, "mote1", "2026-10-05", "Samtal om frånvaron vid kvällspass.")
    store.sequences.complete(case.id, "mote1")
    store.sequences.save(case.id, "sammanstallning", "2026-10-12", "")  # begun, no note yet
    group = store.groups.create(GroupInput("redo", "ReDO hösten", leader_ids=[store.user_id]))
    session = store.groups.add_session(group.id, "2026-10-20")
    store.groups.add_participant(group.id, client.id)
    store.groups.set_attendance(session.id, [client.id])

    write_record_pdf(store, tmp_path / "j.pdf", case_id=case.id)
    flat = read_pdf(tmp_path / "j.pdf").flat
    meeting = flat.index("2026-10-05 · Möte 1: samtal och WEIS-S")
    compiled = flat.index("2026-10-12 · Sammanställd bedömning")
    redo = flat.index("2026-10-20 · Gruppaktivitet – ReDO™: ReDO hösten")
    assert meeting < compiled < redo  # in date order with everything else
    assert "Samtal om frånvaron vid kvällspass." in flat
    assert "Närvarande vid 1 av 1 tillfällen" in flat
    assert "Möte 2" not in flat  # steps not begun are not part of the record


def test_each_entry_is_on_the_day_it_happened_and_says_when_it_was_written(store, case, tmp_path, read_pdf):
    """Steps started and finished, a plan agreed, a follow-up, an evaluation and a meeting, all
    documented on 2026-11-20 about earlier days: in the order of those days, each with its recorded time."""
    from app.models.evaluation import EvaluationInput
    from app.models.interventions import InterventionInput, MeetingInput
    from app.models.plans import PlanInput, SubGoalInput

    store.process.start(case.id, "informera", on="2026-11-03")
    store.process.complete(case.id, "informera", on="2026-11-04")
    store.process.start(case.id, "utreda", on="2026-11-05")
    store.process.save_answer(case.id, "utreda.vem", "Klienten.")
    plan = store.plans.save(case.id, PlanInput(main_goal="Arbeta halvtid", follow_up_date="2026-12-20",
                                               sub_goals=[SubGoalInput(text="Komma i tid", responsible="klienten",
                                                                       start_date="2026-11-08")]))
    store.plans.agree(plan.id, "2026-11-08", "Klienten")
    store.interventions.add_meeting(case.id, MeetingInput("2026-11-09", "kontaktmote", ["af"], participants="AF"))
    store.interventions.add(case.id, InterventionInput("2026-11-10", 30, "kompensation", "hjalpmedel"))
    store.plans.record_follow_up(case.id, "2026-11-11", "Går bra.", next_follow_up="2026-12-11")
    store.evaluation.evaluate(case.id, None, EvaluationInput("uppnatt", now="Halvtid.", evaluated_date="2026-11-12"))
    store.notes.add(case.id, "2026-11-06", "samtal", "Första samtalet.")

    flat = write(store, tmp_path, read_pdf, case.id).flat
    journal = flat[flat.index("Journal i datumordning"):]
    written = "registrerat 2026-11-20 10:00 av Anna Andersson"
    order = [
        f"2026-11-03 · Steget Informera påbörjades ({written})",
        f"2026-11-04 · Steget Informera markerades som klart ({written})",
        f"2026-11-05 · Steget Utreda påbörjades ({written})",
        "2026-11-06 · Journalanteckning – Samtal", "skriven 2026-11-20 10:00",
        "2026-11-08 · Utvecklingsplan, version 1", "Överenskommen 2026-11-08 (registrerat 2026-11-20 10:00)",
        "2026-11-09 · Samverkansmöte", "registrerat 2026-11-20 10:00",
        "2026-11-10 · Insats", "registrerad 2026-11-20 10:00",
        "2026-11-11 · Uppföljning av utvecklingsplanen", "registrerad 2026-11-20 10:00",
        "2026-11-12 · Steget Utvärdera påbörjades",
        "2026-11-12 · Utvärdering – Huvudmål", "registrerad 2026-11-20 10:00",
    ]
    at = 0
    for marker in order:
        at = journal.index(marker, at)
    process = flat[flat.index("Processens steg"):flat.index("Journal i datumordning")]
    assert "Informera Klar 2026-11-03 2026-11-04" in process
