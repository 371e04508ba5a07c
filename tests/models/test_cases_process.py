"""Cases (ärenden) and the five-step process rules."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.cases import CaseInput, case_number
from app.models.clients import ClientInput
from app.models.errors import NotFound, RuleError, ValidationError
from app.models.process import load_process
from app.models.store import Store
from tests.builders import sign_in_as
from tests.support import FIXED_TIMESTAMP, STEP_KEYS

SURVEY_BLOCK = (
    "Kartläggningen kommer först: besvara minst en fråga under Utreda – klientens utförandesammanhang "
    "innan du påbörjar {title}."
)
TITLES = {"planera": "Planera och genomföra", "utvardera": "Utvärdera", "avsluta": "Avsluta"}


def errors_of(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.errors


def states(store, case_id) -> dict[str, str]:
    return {k: s.state for k, s in store.process.statuses(case_id).items()}


def label(store, case_id) -> str:
    return store.process.current_steps([case_id])[case_id]


def events(store, case_id) -> list[tuple]:
    return [(e.step, e.action, e.note, e.at, e.user) for e in store.process.events(case_id)]


# == cases ====================================================================================

def test_open_creates_five_steps_not_started(store, case):
    statuses = store.process.statuses(case.id)
    assert list(statuses) == STEP_KEYS
    for status in statuses.values():
        assert (status.state, status.state_label) == ("ej_paborjad", "Ej påbörjad")
        assert (status.started_at, status.started_by, status.completed_at, status.completed_by) == (None,) * 4
        assert status.skip_reason == ""
    assert store.process.events(case.id) == []
    assert store.process.answers(case.id) == {}


def test_open_stores_the_referral(store, user, add_client):
    client = add_client()
    case = store.cases.open(client.id, CaseInput(
        referral_date="2026-11-02", referred_by="af", reason="Behöver stöd i arbetet",
        target_group="korttidsfranvaro", ama_start_date="2026-10-01",
    ))
    assert case == store.cases.get(case.id)
    assert (case.client_id, case.case_number, case.referral_date) == (client.id, "2026-0001", "2026-11-02")
    assert (case.referred_by, case.referred_by_label) == ("af", "Arbetsförmedlingen")
    assert case.reason == "Behöver stöd i arbetet"
    assert case.target_group_label == "Kommunanställd med upprepad korttidsfrånvaro"
    assert case.ama_start_date == "2026-10-01"
    assert (case.status, case.closed_date, case.is_closed) == ("aktiv", None, False)
    assert case.responsible_user_id == user.id  # defaults to the signed-in user
    assert case.responsible_name == "Anna Andersson"
    assert case.created_at == case.updated_at == FIXED_TIMESTAMP


def test_responsible_may_be_someone_else_but_must_exist(store, add_client, open_case):
    bertil = store.users.add("Bertil Bengtsson", "arbetsmarknadskoordinator")
    client = add_client()
    assert open_case(client.id, responsible_user_id=bertil.id).responsible_name == "Bertil Bengtsson"
    errors = errors_of(lambda: open_case(client.id, responsible_user_id=999))
    assert errors == {"responsible_user_id": "Välj ansvarig handläggare."}


def test_case_numbers_count_up_per_year(store, add_client, open_case):
    first, second = add_client(), add_client(first_name="Andra")
    numbers = [open_case(first.id).case_number, open_case(second.id).case_number, open_case(first.id).case_number]
    assert numbers == ["2026-0001", "2026-0002", "2026-0003"]


def test_case_numbers_continue_from_a_database_made_before_the_serial_index(tmp_path):
    """Migration 14 indexes the year's serial; a file from before it goes on numbering where it left
    off, past 9999 too (2026-10000 sorts before 2026-9999 as text), and the lookup uses the index."""
    from tests.builders import database_at_version

    path = tmp_path / "v13.sqlite"
    conn = database_at_version(path, 13)
    conn.execute("INSERT INTO users (id, name, title, created_at) VALUES (1, 'Anna Andersson', 'arbetsterapeut', 'x')")
    conn.execute("INSERT INTO clients (id, first_name, last_name, birth_year, gender, education, created_at,"
                 " updated_at) VALUES (1, 'Kalle', 'Numresson', 1980, 'man', 'okand', 'x', 'x')")
    for number in ("2025-0042", "2026-0007", "2026-9999", "2026-10000", "B000001"):
        conn.execute("INSERT INTO cases (client_id, case_number, referral_date, referred_by, target_group,"
                     " created_at, updated_at) VALUES (1, ?, '2026-11-02', 'chef', 'annan', 'x', 'x')", (number,))
    conn.close()
    store = Store.open(path, clock=lambda: dt.datetime(2026, 11, 20, 9, 0))
    try:
        sign_in_as(store, 1)
        data = CaseInput(referral_date="2026-11-02", referred_by="chef", target_group="annan")
        assert [store.cases.open(1, data).case_number for _ in range(2)] == ["2026-10001", "2026-10002"]
        plan = store.query_tuples("EXPLAIN QUERY PLAN SELECT max(CAST(substr(case_number, 6) AS INTEGER))"
                                  " FROM cases WHERE substr(case_number, 1, 5) = ?", ("2026-",))
        assert "cases_number_serial" in " ".join(str(step) for step in plan)
    finally:
        store.close()


def test_case_numbers_restart_in_a_new_year(db_path, store, add_client, open_case):
    open_case(add_client().id)
    open_case(add_client().id)
    next_year = Store.open(db_path, clock=lambda: dt.datetime(2027, 1, 2, 9, 0))
    try:
        client = next_year.clients.add(ClientInput(first_name="Ny", last_name="Årsson", birth_year=1990,
                                                   gender="man"))
        case = next_year.cases.open(client.id, CaseInput(referral_date="2027-01-02", referred_by="chef",
                                                         target_group="annan"))
        assert case.case_number == "2027-0001"
    finally:
        next_year.close()


def test_referral_date_today_is_fine_but_tomorrow_is_refused(store, add_client, open_case):
    client = add_client()
    assert open_case(client.id, referral_date="2026-11-20").referral_date == "2026-11-20"
    errors = errors_of(lambda: open_case(client.id, referral_date="2026-11-21"))
    assert errors == {"referral_date": "Remissdatum kan inte ligga i framtiden."}


@pytest.mark.parametrize("value", ["2026-02-30", "20 november", "2026-13-01", "igår", "2026/11/02"])
def test_invalid_referral_date_string(store, add_client, open_case, value):
    errors = errors_of(lambda: open_case(add_client().id, referral_date=value))
    assert errors == {"referral_date": "Remissdatum är inget giltigt datum (ÅÅÅÅ-MM-DD)."}


def test_referral_date_is_required(store, add_client, open_case):
    errors = errors_of(lambda: open_case(add_client().id, referral_date=""))
    assert errors == {"referral_date": "Remissdatum måste anges."}


def test_referred_by_annan_requires_who(store, add_client, open_case):
    client = add_client()
    errors = errors_of(lambda: open_case(client.id, referred_by="annan", referred_by_other="  "))
    assert errors == {"referred_by_other": "Ange vem som remitterat när du valt Annan."}
    case = open_case(client.id, referred_by="annan", referred_by_other="Facket")
    assert case.referred_by_other == "Facket"
    assert case.referred_by_label == "Annan: Facket"


def test_referred_by_other_is_dropped_unless_annan(store, add_client, open_case):
    case = open_case(add_client().id, referred_by="chef", referred_by_other="Facket")
    assert case.referred_by_other == ""
    assert case.referred_by_label == "Chef"


def test_several_case_errors_together_and_nothing_saved(store, add_client, row_counts):
    client = add_client()
    before = row_counts()
    errors = errors_of(lambda: store.cases.open(client.id, CaseInput(
        referral_date="2026-11-31", referred_by="grannen", target_group="", ama_start_date="snart")))
    assert set(errors) == {"referral_date", "referred_by", "target_group", "ama_start_date"}
    assert errors["referred_by"] == "Välj vem som remitterat."
    assert row_counts() == before


def test_open_for_missing_client(store):
    with pytest.raises(NotFound):
        store.cases.open(999, CaseInput(referral_date="2026-11-02", referred_by="chef", target_group="annan"))


def test_open_is_atomic(store, add_client, row_counts, monkeypatch):
    client = add_client()
    before = row_counts()

    def broken(tx, case_id):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.process, "create_steps", broken)
    with pytest.raises(RuntimeError):
        store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="chef", target_group="annan"))
    assert row_counts() == before
    assert "2026" not in store.query_one("SELECT search_text FROM clients")["search_text"]


def test_a_client_can_have_several_cases(store, add_client, open_case):
    client = add_client()
    first = open_case(client.id)
    second = open_case(client.id, referred_by="hr")
    assert [c.id for c in store.cases.for_client(client.id)] == [second.id, first.id]  # newest first
    assert store.cases.for_client(999) == []


def test_search_text_includes_the_case_number_after_opening(store, add_client, open_case):
    client = add_client(first_name="Sara", last_name="Sökbar")
    assert store.query_one("SELECT search_text FROM clients")["search_text"] == "sara sökbar | sökbar sara"
    open_case(client.id)
    open_case(client.id)
    text = store.query_one("SELECT search_text FROM clients")["search_text"]
    assert text == "sara sökbar | sökbar sara | 2026-0001 | 20260001 | 2026-0002 | 20260002"
    assert [r.client_id for r in store.clients.search("2026-0002")] == [client.id]


def test_update_case(store, case):
    data = case.as_input()
    data.reason = "Ny anledning"
    data.referred_by = "annan"
    data.referred_by_other = "Företagshälsovården"
    updated = store.cases.update(case.id, data)
    assert updated.reason == "Ny anledning"
    assert updated.referred_by_label == "Annan: Företagshälsovården"
    assert updated.case_number == case.case_number
    with pytest.raises(NotFound):
        store.cases.update(999, data)
    data.referral_date = "2027-01-01"
    assert errors_of(lambda: store.cases.update(case.id, data)) == {
        "referral_date": "Remissdatum kan inte ligga i framtiden."}


# == process definition =======================================================================

def test_process_definition_has_five_steps_and_a_survey_part():
    definition = load_process()
    assert definition.keys() == STEP_KEYS
    assert [s.title for s in definition.steps] == [
        "Informera", "Utreda", "Planera och genomföra", "Utvärdera", "Avsluta"]
    assert definition.survey_part == "utreda.utforandesammanhang"
    assert definition.survey_questions()[0] == "utreda.vem"
    assert len(definition.survey_questions()) == 8
    assert definition.step_of_question("planera.plan").key == "planera"
    with pytest.raises(NotFound):
        definition.step("finns_inte")
    with pytest.raises(NotFound):
        definition.step_of_question("finns.inte")


def test_question_keys_are_unique_and_prefixed_by_their_step():
    definition = load_process()
    keys = [k for s in definition.steps for k in s.question_keys()]
    assert len(keys) == len(set(keys))
    for step in definition.steps:
        assert all(k.startswith(step.key + ".") for k in step.question_keys())


# == survey first =============================================================================

@pytest.mark.parametrize("step", ["planera", "utvardera", "avsluta"])
def test_steps_after_the_survey_cannot_start_before_a_survey_answer(store, case, step):
    with pytest.raises(RuleError) as info:
        store.process.start(case.id, step)
    assert str(info.value) == SURVEY_BLOCK.format(title=TITLES[step])
    assert "Kartläggningen" in str(info.value)
    assert store.process.blocked_reason(case.id, step) == str(info.value)
    assert states(store, case.id)[step] == "ej_paborjad"


@pytest.mark.parametrize("step", ["informera", "utreda"])
def test_informera_and_utreda_can_start_at_once(store, case, step):
    assert store.process.blocked_reason(case.id, step) is None
    store.process.start(case.id, step)
    assert states(store, case.id)[step] == "pagar"


def test_answering_a_later_step_before_the_survey_is_refused_and_not_saved(store, case, row_counts):
    before = row_counts()
    with pytest.raises(RuleError, match="Kartläggningen"):
        store.process.save_answer(case.id, "planera.plan", "En plan")
    assert row_counts() == before
    assert store.process.answers(case.id) == {}


def test_completing_avsluta_before_the_survey_is_refused(store, case):
    with pytest.raises(RuleError, match="Kartläggningen"):
        store.process.complete(case.id, "avsluta", reason="Klienten avböjde")
    assert store.cases.get(case.id).status == "aktiv"


def test_an_answer_outside_the_survey_part_does_not_unlock(store, case):
    store.process.save_answer(case.id, "utreda.prioriterar", "Att komma i tid")
    assert states(store, case.id)["utreda"] == "pagar"
    assert store.process.survey_started(case.id) is False
    assert "Kartläggningen" in store.process.blocked_reason(case.id, "planera")


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_survey_answer_neither_starts_nor_unlocks(store, case, blank):
    store.process.save_answer(case.id, "utreda.vem", blank)
    assert states(store, case.id)["utreda"] == "ej_paborjad"
    assert store.process.survey_started(case.id) is False
    with pytest.raises(RuleError):
        store.process.start(case.id, "planera")


@pytest.mark.parametrize("blank", ["\n", "\t", " \r\n "])
def test_a_whitespace_only_survey_answer_does_not_unlock(store, case, blank):
    store.process.save_answer(case.id, "utreda.vem", blank)
    assert states(store, case.id)["utreda"] == "ej_paborjad"
    assert store.process.survey_started(case.id) is False
    assert store.process.blocked_reason(case.id, "planera") is not None


def test_a_survey_answer_unlocks_the_later_steps(store, case):
    store.process.save_answer(case.id, "utreda.miljo", "Kontorsmiljö")
    assert store.process.survey_started(case.id) is True
    for step in ["planera", "utvardera", "avsluta"]:
        assert store.process.blocked_reason(case.id, step) is None
    store.process.start(case.id, "planera")
    assert states(store, case.id)["planera"] == "pagar"


# == answering and step states =================================================================

def test_answering_a_question_starts_its_step_and_logs_who(store, user, case):
    store.process.save_answer(case.id, "utreda.vem", "Tolvan, 40 år")
    utreda = store.process.statuses(case.id)["utreda"]
    assert (utreda.state, utreda.state_label) == ("pagar", "Pågår")
    assert (utreda.started_at, utreda.started_by) == (FIXED_TIMESTAMP, "Anna Andersson")
    assert store.process.answers(case.id) == {"utreda.vem": "Tolvan, 40 år"}
    assert events(store, case.id) == [("utreda", "started", "", FIXED_TIMESTAMP, "Anna Andersson")]
    row = store.query_one("SELECT updated_at, updated_by FROM step_answers")
    assert row == {"updated_at": FIXED_TIMESTAMP, "updated_by": user.id}


def test_saving_again_overwrites_and_does_not_restart(store, case):
    store.process.save_answer(case.id, "informera.fokus", "Ja")
    store.process.save_answer(case.id, "informera.fokus", "Ja, muntligt och skriftligt")
    store.process.save_answer(case.id, "informera.fokus", "")  # clearing is allowed
    assert store.process.answers(case.id) == {"informera.fokus": ""}
    assert [e[1] for e in events(store, case.id)] == ["started"]


def test_answer_to_unknown_question_or_case(store, case):
    with pytest.raises(NotFound):
        store.process.save_answer(case.id, "utreda.finns_inte", "x")
    with pytest.raises(NotFound):
        store.process.save_answer(999, "utreda.vem", "x")
    with pytest.raises(NotFound):
        store.process.statuses(999)
    with pytest.raises(NotFound):
        store.process.start(case.id, "finns_inte")


def test_start_twice_complete_twice_and_reopen_a_step_not_done(store, case):
    store.process.start(case.id, "informera")
    with pytest.raises(RuleError, match="Steget Informera är redan påbörjat."):
        store.process.start(case.id, "informera")
    with pytest.raises(RuleError, match="Steget Utreda är inte klart och behöver inte öppnas igen."):
        store.process.reopen(case.id, "utreda")
    store.process.complete(case.id, "informera")
    with pytest.raises(RuleError, match="Steget Informera är redan klart."):
        store.process.complete(case.id, "informera")


def test_completing_a_step_not_started_starts_it_first(store, case):
    store.process.complete(case.id, "informera")
    status = store.process.statuses(case.id)["informera"]
    assert (status.state, status.state_label) == ("klar", "Klar")
    assert (status.started_by, status.completed_by) == ("Anna Andersson", "Anna Andersson")
    assert (status.started_at, status.completed_at) == (FIXED_TIMESTAMP, FIXED_TIMESTAMP)
    assert [(e[0], e[1]) for e in events(store, case.id)] == [("informera", "started"), ("informera", "completed")]


def test_a_done_steps_answers_are_locked_until_reopened(store, case):
    store.process.save_answer(case.id, "informera.roll", "Ja")
    store.process.complete(case.id, "informera")
    with pytest.raises(RuleError) as info:
        store.process.save_answer(case.id, "informera.roll", "Ändrat")
    assert str(info.value) == "Steget Informera är klart. Öppna det igen för att ändra svaren."
    assert store.process.answers(case.id) == {"informera.roll": "Ja"}

    store.process.reopen(case.id, "informera", note="Glömde en sak")
    store.process.save_answer(case.id, "informera.roll", "Ändrat")
    assert store.process.answers(case.id) == {"informera.roll": "Ändrat"}
    status = store.process.statuses(case.id)["informera"]
    assert (status.state, status.completed_at, status.completed_by) == ("pagar", None, None)
    assert [(e[1], e[2]) for e in events(store, case.id)] == [
        ("started", ""), ("completed", ""), ("reopened", "Glömde en sak")]


def test_other_users_are_recorded_as_the_actor(store, case):
    bertil = store.users.add("Bertil Bengtsson", "arbetsmarknadskoordinator")
    store.process.start(case.id, "informera")
    sign_in_as(store, bertil.id)
    store.process.complete(case.id, "informera")
    status = store.process.statuses(case.id)["informera"]
    assert (status.started_by, status.completed_by) == ("Anna Andersson", "Bertil Bengtsson")
    assert [e[4] for e in events(store, case.id)] == ["Anna Andersson", "Bertil Bengtsson"]


def test_process_writes_touch_the_case(db_path, store, add_client, open_case):
    case = open_case(add_client().id)
    later = Store.open(db_path, clock=lambda: dt.datetime(2026, 11, 20, 15, 30))
    try:
        later.process.save_answer(case.id, "informera.fokus", "Ja")
        assert later.cases.get(case.id).updated_at == "2026-11-20 15:30:00"
        assert later.cases.get(case.id).created_at == FIXED_TIMESTAMP
    finally:
        later.close()


# == closing ==================================================================================

@pytest.fixture
def surveyed(store, case):
    store.process.save_answer(case.id, "utreda.vem", "Kartlagd")
    return case


def test_avsluta_needs_utvardera_done_or_a_reason(store, surveyed):
    with pytest.raises(RuleError) as info:
        store.process.complete(surveyed.id, "avsluta")
    assert str(info.value) == "Utvärdera är inte klar. Ange varför ärendet avslutas utan utvärdering."
    with pytest.raises(RuleError):
        store.process.complete(surveyed.id, "avsluta", reason="   ")
    assert states(store, surveyed.id)["avsluta"] == "ej_paborjad"
    assert store.cases.get(surveyed.id).status == "aktiv"


def test_avsluta_with_a_reason_closes_the_case(store, surveyed):
    store.process.complete(surveyed.id, "avsluta", reason="  Klienten flyttade  ")
    case = store.cases.get(surveyed.id)
    assert (case.status, case.closed_date, case.is_closed) == ("avslutad", "2026-11-20", True)
    avsluta = store.process.statuses(surveyed.id)["avsluta"]
    assert (avsluta.state, avsluta.skip_reason) == ("klar", "Klienten flyttade")
    assert events(store, surveyed.id)[-1] == ("avsluta", "completed", "Klienten flyttade", FIXED_TIMESTAMP,
                                              "Anna Andersson")


def test_avsluta_after_utvardera_needs_no_reason(store, surveyed):
    store.process.complete(surveyed.id, "utvardera")
    store.process.complete(surveyed.id, "avsluta")
    assert store.cases.get(surveyed.id).status == "avslutad"
    assert store.process.statuses(surveyed.id)["avsluta"].skip_reason == ""


def test_reopening_avsluta_reactivates_the_case(store, surveyed):
    store.process.complete(surveyed.id, "avsluta", reason="Klienten flyttade")
    store.process.reopen(surveyed.id, "avsluta", note="Flyttade tillbaka")
    case = store.cases.get(surveyed.id)
    assert (case.status, case.closed_date, case.is_closed) == ("aktiv", None, False)
    avsluta = store.process.statuses(surveyed.id)["avsluta"]
    assert (avsluta.state, avsluta.skip_reason) == ("pagar", "")
    assert events(store, surveyed.id)[-1][:3] == ("avsluta", "reopened", "Flyttade tillbaka")
    assert label(store, surveyed.id) == "Avsluta"


def test_answers_of_a_closed_case_cannot_be_changed(store, surveyed):
    store.process.complete(surveyed.id, "avsluta", reason="Klienten avböjde")
    for question in ["utreda.vem", "planera.plan", "informera.fokus"]:
        with pytest.raises(RuleError) as info:
            store.process.save_answer(surveyed.id, question, "Ändrat")
        assert str(info.value) == "Ärendet är avslutat. Öppna steget Avsluta igen för att ändra."
    assert store.process.answers(surveyed.id) == {"utreda.vem": "Kartlagd"}

    store.process.reopen(surveyed.id, "avsluta")
    store.process.save_answer(surveyed.id, "utreda.vem", "Ändrat")
    assert store.process.answers(surveyed.id) == {"utreda.vem": "Ändrat"}


# == current step labels ======================================================================

def test_current_step_labels_through_a_case(store, case):
    assert label(store, case.id) == "Informera (ej påbörjad)"
    store.process.start(case.id, "informera")
    assert label(store, case.id) == "Informera"
    store.process.save_answer(case.id, "utreda.vem", "Svar")
    assert label(store, case.id) == "Utreda"  # the latest step in progress
    store.process.complete(case.id, "informera")
    store.process.complete(case.id, "utreda")
    assert label(store, case.id) == "Planera och genomföra (ej påbörjad)"
    store.process.complete(case.id, "planera")
    assert label(store, case.id) == "Utvärdera (ej påbörjad)"
    store.process.complete(case.id, "utvardera")
    assert label(store, case.id) == "Avsluta (ej påbörjad)"
    store.process.complete(case.id, "avsluta")
    assert label(store, case.id) == "Avslutat"


def test_no_cases_no_steps(store):
    assert store.process.current_steps([]) == {}


def test_current_steps_for_several_cases_at_once(store, add_client, open_case):
    first = open_case(add_client().id)
    second = open_case(add_client(first_name="Andra").id)
    store.process.save_answer(second.id, "utreda.vem", "Svar")
    assert store.process.current_steps([first.id, second.id, 999]) == {
        first.id: "Informera (ej påbörjad)", second.id: "Utreda"}


def test_a_closed_case_is_locked_until_avsluta_is_reopened(store, case):
    from app.models.errors import RuleError

    store.process.save_answer(case.id, "utreda.vem", "Kartläggning gjord.")
    store.process.complete(case.id, "avsluta", "Klienten flyttade.")
    for action in (lambda: store.process.start(case.id, "planera"),
                   lambda: store.process.complete(case.id, "utreda"),
                   lambda: store.process.save_answer(case.id, "utreda.behov", "x")):
        with pytest.raises(RuleError, match="Ärendet är avslutat"):
            action()
    store.process.reopen(case.id, "avsluta")
    assert store.cases.get(case.id).status == "aktiv"
    store.process.complete(case.id, "utreda")
    assert store.process.statuses(case.id)["utreda"].state == "klar"


def test_case_number_is_year_and_four_digit_serial():
    assert case_number(2026, 12) == "2026-0012"
    assert case_number(2027, 10_000) == "2027-10000"  # a big year does not wrap
