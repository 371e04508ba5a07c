"""The short-term-absence follow-up: a guided, dated sequence beside the five steps."""

from __future__ import annotations

import pytest

from app.models.closure import ClosureInput, SituationInput
from app.models.errors import RuleError, ValidationError


@pytest.fixture
def absence_case(store, add_client, open_case):
    client = add_client(first_name="Kim", last_name="Korttid")
    return open_case(client.id, target_group="korttidsfranvaro", referral_date="2026-10-01")


def keys(sequence):
    return [s.key for s in sequence.steps]


def test_only_the_absence_target_group_gets_the_sequence(store, case, absence_case):
    assert store.sequences.for_case(case.id) is None
    sequence = store.sequences.for_case(absence_case.id)
    assert keys(sequence) == ["mote1", "sammanstallning", "mote2", "insatser", "uppfoljning"]
    assert [s.state for s in sequence.steps] == ["ej_paborjad"] * 5
    with pytest.raises(RuleError, match="ingen guidad uppföljning"):
        store.sequences.save(case.id, "mote1", "2026-11-02", "")


def test_meeting_one_gives_weis_and_the_next_steps_work_on_it(store, absence_case):
    store.sequences.save(absence_case.id, "mote1", "2026-11-02", "Samtal om frånvaron.")
    weis = store.sequences.start_instrument(absence_case.id, "mote1")
    assert weis.instrument_id == "weis-s" and weis.assessment_date == "2026-11-02"
    # asking again opens the same administration instead of a second one
    assert store.sequences.start_instrument(absence_case.id, "mote1").id == weis.id
    sequence = store.sequences.for_case(absence_case.id)
    assert sequence.step("mote1").assessment_id == weis.id
    assert sequence.step("sammanstallning").assessment_id == weis.id
    assert sequence.step("mote2").assessment_id == weis.id
    assert sequence.step("insatser").assessment_id is None
    # showing meeting 1's WEIS-S does not make the later steps look begun
    assert [s.state for s in sequence.steps] == ["planerad"] + ["ej_paborjad"] * 4
    with pytest.raises(RuleError, match="inget instrument"):
        store.sequences.start_instrument(absence_case.id, "mote2")


def test_steps_are_done_in_order_with_a_date_that_has_come(store, absence_case):
    cid = absence_case.id
    with pytest.raises(ValidationError) as missing:
        store.sequences.complete(cid, "mote1")
    assert "step_date" in missing.value.errors
    store.sequences.save(cid, "mote2", "2026-11-10", "")
    with pytest.raises(RuleError, match="Möte 1.*Sammanställd"):
        store.sequences.complete(cid, "mote2")
    store.sequences.save(cid, "mote1", "2026-11-25", "")  # planned: ahead of the fixed today 2026-11-20
    with pytest.raises(ValidationError, match="planerat till 2026-11-25"):
        store.sequences.complete(cid, "mote1")
    store.sequences.save(cid, "mote1", "2026-11-02", "Samtal.")
    done = store.sequences.complete(cid, "mote1")
    assert done.state == "klar" and done.done_by == "Anna Andersson" and done.done_at == "2026-11-20 10:00:00"
    with pytest.raises(RuleError, match="redan klart"):
        store.sequences.complete(cid, "mote1")
    with pytest.raises(ValidationError, match="framtiden"):
        store.sequences.save(cid, "mote1", "2026-12-01", "Samtal.")
    assert store.sequences.reopen(cid, "mote1").state == "planerad"


def test_bad_dates_are_refused_and_leave_nothing(store, absence_case):
    with pytest.raises(ValidationError, match="före remissdatum 2026-10-01") as before:
        store.sequences.save(absence_case.id, "mote1", "2026-09-30", "text")
    assert set(before.value.errors) == {"step_date"}
    with pytest.raises(ValidationError, match="ÅÅÅÅ-MM-DD"):
        store.sequences.save(absence_case.id, "mote1", "igår", "text")
    assert store.query_value("SELECT count(*) FROM sequence_steps") == 0


def test_a_closed_case_is_read_only(store, absence_case):
    store.sequences.save(absence_case.id, "mote1", "2026-11-02", "Samtal.")
    store.process.save_answer(absence_case.id, "utreda.vem", "Undersköterska med upprepad frånvaro.")
    store.closure.close_case(absence_case.id, ClosureInput(
        outcome="avbrutet", reason="Bytte arbetsgivare", after=SituationInput("ej_subventionerat_arbete",
                                                                           "ingen_offentlig", 100)))
    with pytest.raises(RuleError, match="avslutat"):
        store.sequences.save(absence_case.id, "mote1", "2026-11-02", "ändrad")
    assert store.sequences.for_case(absence_case.id).step("mote1").note == "Samtal."
