"""Bad input that used to get through (issue 12): invisible and broken characters, and dates that
cannot be. One text rule (app/models/fields.py ``clean_text``) and one date floor
(``fields.EARLIEST_DAY``) serve every service; these tests go through the services, as the window,
the CLI and the Excel import do."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import personnummer
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.errors import ValidationError
from app.models.fields import clean_text
from app.models.groups import GroupInput
from app.models.plans import PlanInput, SubGoalInput
from tests import builders


def errors_of(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.errors


def pnr_born(born: dt.date, serial: int = 982) -> str:
    """A Skatteverket-style test personnummer (serial 980-999) for someone born on ``born``."""
    return personnummer.format_display(personnummer.with_check_digit(born, serial))


# == text ===========================================================================================

@pytest.mark.parametrize("typed, stored", [
    ("Tolvan\u202e", "Tolvan"),                        # right-to-left override: would show reversed
    ("\u202dTol\u202cvan", "Tolvan"),                  # left-to-right override, pop
    ("\u2066Tolvan\u2069", "Tolvan"),                  # isolate
    ("Tol\u200bvan", "Tolvan"),                        # zero-width space
    ("\ufeffTolvan\u2060", "Tolvan"),                  # byte-order mark, word joiner
    ("Tol\u200dvan\u200c", "Tolvan"),                  # joiners: nothing in a name
    ("To\u00adlvan", "Tolvan"),                        # soft hyphen
    ("Tol\x00van\x07", "Tolvan"),                      # NUL, bell
    ("\x1b[Tolvan", "[Tolvan"),                        # escape (the rest is text)
    ("  Tolvan  ", "Tolvan"),
    ("Anna\tMaria", "Anna Maria"),
    ("Anna\nMaria\r\n", "Anna Maria"),
    ("Anna\u00a0 \u2003Maria", "Anna Maria"),          # no-break and em space, a run of spaces
    ("A\u030asa", "\u00c5sa"),                         # Å as A + ring: NFC, one character
    ("Áilu Máret 😀", "Áilu Máret 😀"),                # letters and emoji stay
])
def test_a_name_is_stored_clean(store, typed, stored):
    client = builders.add_client(store, first_name=typed)
    assert client.first_name == stored


@pytest.mark.parametrize("typed", ["\u202e", "\u200b \u200b", "\x00", " \t\n "])
def test_a_name_of_nothing_but_invisible_characters_is_required(store, typed):
    assert errors_of(lambda: builders.add_client(store, first_name=typed)) == {"first_name": "Förnamn måste fyllas i."}


@pytest.mark.parametrize("typed", ["Tol\ud800van", "Tolvan\udcf6", "Tol\ufffdvan"])
def test_a_name_with_a_broken_character_gets_a_message_not_a_crash(store, row_counts, typed):
    # a lone surrogate (broken bytes from a file or the command line) made SQLite raise UnicodeEncodeError
    before = row_counts()
    errors = errors_of(lambda: builders.add_client(store, last_name=typed))
    assert errors == {"last_name": "Efternamn innehåller ett tecken som inte kan sparas (trasig teckenkodning). "
                                   "Skriv in det igen."}
    assert row_counts() == before


def test_a_surrogate_pair_split_in_two_is_joined(store):
    assert builders.add_client(store, first_name="Tolvan \ud83d\ude00").first_name == "Tolvan 😀"


def test_a_name_typed_two_ways_is_found_either_way(store):
    client = builders.add_client(store, first_name="\u00c5sa", last_name="\u00d6berg")  # precomposed
    assert store.clients.search_ids("A\u030asa O\u0308berg") == [client.id]              # decomposed
    assert store.clients.search_ids("\u00e5sa\u200b") == [client.id]


def test_a_personnummer_pasted_with_invisible_characters_is_read(store):
    client = builders.add_client(store, personnummer="\u202a19121212\u200b-1212\u202c")
    assert client.personnummer == "191212121212"


def test_other_single_line_fields_and_users_follow_the_same_rule(store, case):
    client = store.clients.update(case.client_id, ClientInput(
        first_name="Kalle", last_name="Kartläggare", birth_year=1980, gender="man",
        phone="070\u200b-123 45\u00a067", email=" kalle@exempel.se\u202e"))
    assert (client.phone, client.email) == ("070-123 45 67", "kalle@exempel.se")
    case = store.cases.update(case.id, CaseInput(referral_date="2026-11-02", referred_by="annan",
                                                 referred_by_other="Bo\u202e Boendestöd\n",
                                                 target_group="annan", reason="Rad 1\x00\r\nRad 2"))
    assert (case.referred_by_other, case.reason) == ("Bo Boendestöd", "Rad 1\nRad 2")
    assert store.users.add("Berit\u202e  Berg", "arbetsterapeut").name == "Berit Berg"


FREE_TEXT = [
    ("rad 1\r\nrad 2\rrad 3", "rad 1\nrad 2\nrad 3"),       # Windows and old Mac line ends
    ("Svar\x00 med NUL\x01", "Svar med NUL"),
    ("sida 1\x0csida 2\u2028rad", "sida 1\nsida 2\nrad"),  # form feed, line separator: a line break
    ("Han\u202e sa nej", "Han sa nej"),                    # no override in the journal either
    ("ord\u200bord\ufeff", "ordord"),
    ("\tindrag\n\n", "\tindrag\n\n"),                     # tabs, blank lines and trailing space stay
    ("Familj 👨\u200d👩\u200d👧", "Familj 👨\u200d👩\u200d👧"),  # the joiner stays in emoji
    ("citat \u200fשלום\u200e slut", "citat \u200fשלום\u200e slut"),  # direction marks stay
    ("e\u0301", "\u00e9"),
    ("trasig\ud800 text", "trasig\ufffd text"),            # saved, with the replacement mark to find
]


@pytest.mark.parametrize("typed, stored", FREE_TEXT)
def test_a_step_answer_is_stored_clean(store, case, typed, stored):
    store.process.save_answer(case.id, "utreda.vem", typed)
    assert store.process.answers(case.id)["utreda.vem"] == stored


@pytest.mark.parametrize("typed, stored", FREE_TEXT)
def test_a_journal_note_is_stored_clean(store, case, typed, stored):
    assert store.notes.add(case.id, "2026-11-20", "samtal", f"x{typed}").text == f"x{stored}"


def test_an_answer_of_nul_only_does_not_start_the_step(store, case):
    store.process.save_answer(case.id, "utreda.vem", "\x00\u202e")
    assert store.process.answers(case.id)["utreda.vem"] == ""
    assert store.process.statuses(case.id)["utreda"].state == "ej_paborjad"


def test_a_step_reason_and_reopen_note_are_stored_clean(store, case):
    store.process.complete(case.id, "informera")
    store.process.reopen(case.id, "informera", "fel\x00 steg\u202e")
    assert [e.note for e in store.process.events(case.id)][-1] == "fel steg"


def test_the_plan_stores_its_goal_as_cleaned(store, case):
    # the plan checked its texts but stored them as typed
    version = store.plans.save(case.id, PlanInput(
        main_goal="Arbeta\x00 halvtid\u202e", baseline="Utg\u00e5ngsl\u00e4ge\r\n", client_priorities="\u200bKöket",
        sub_goals=[SubGoalInput(text="Morgon\x00passet", responsible="klienten", start_date="2026-11-05")]))
    assert (version.main_goal, version.baseline, version.client_priorities) == ("Arbeta halvtid", "Utgångsläge\n",
                                                                               "Köket")
    assert version.sub_goals[0].text == "Morgonpasset"


def test_free_text_of_five_million_characters_is_cleaned_at_once():
    text = ("Klienten berättar om sin dag.\n" * 170_000) + "\x00"
    assert clean_text(text) == text[:-1]


# == dates ==========================================================================================

def test_a_referral_before_the_clients_birth_is_refused(store):
    client = builders.add_client(store, personnummer=pnr_born(dt.date(2005, 6, 15)))
    errors = errors_of(lambda: builders.open_case(store, client.id, referral_date="2005-06-14",
                                                  target_group="annan"))
    assert errors == {"referral_date": "Remissdatum kan inte ligga före klientens födelsedatum (2005-06-15)."}
    assert builders.open_case(store, client.id, referral_date="2026-06-15", target_group="annan")


@pytest.mark.parametrize("referral, refused", [("2003-12-31", True), ("2004-01-01", False)])
def test_a_referral_before_the_birth_year_is_refused_when_only_the_year_is_known(store, referral, refused):
    client = builders.add_client(store, birth_year=2004)
    call = lambda: builders.open_case(store, client.id, referral_date=referral, target_group="annan")  # noqa: E731
    if refused:
        assert "före klientens födelsedatum (2004-01-01)" in errors_of(call)["referral_date"]
    else:
        assert call().referral_date == referral


def test_a_samordningsnummer_gives_the_birth_day(store):
    from stdnum import luhn

    nine = "010365982"  # born 2001-03-05: the day plus 60, a test serial
    client = builders.add_client(store, personnummer=f"20{nine}{luhn.calc_check_digit(nine)}")
    assert client.is_coordination and client.birth_date == dt.date(2001, 3, 5)
    assert errors_of(lambda: builders.open_case(store, client.id, referral_date="2001-03-04", target_group="annan"))


def test_a_new_birth_date_after_an_existing_referral_is_refused(store):
    client = builders.add_client(store, birth_year=1998)
    builders.open_case(store, client.id, referral_date="2018-03-01", target_group="annan")
    data = client.as_input()
    data.birth_year = 2019
    assert "remissdatum 2018-03-01, före födelsedatumet (2019-01-01)" in errors_of(
        lambda: store.clients.update(client.id, data))["birth_year"]
    data.birth_year, data.personnummer = None, pnr_born(dt.date(2018, 5, 1))
    errors = errors_of(lambda: store.clients.update(client.id, data))
    assert "före födelsedatumet (2018-05-01)" in errors["personnummer"]


@pytest.mark.parametrize("day", ["1901-03-04", "0026-11-02", "1989-12-31"])
def test_a_referral_in_an_impossible_year_is_refused(store, case, day):
    errors = errors_of(lambda: store.cases.update(case.id, CaseInput(referral_date=day, referred_by="chef",
                                                                       target_group="annan")))
    assert errors == {"referral_date": f"Remissdatum kan inte ligga före 1990 ({day}). Kontrollera årtalet."}


@pytest.mark.parametrize("start, words", [
    ("2026-11-21", "kan inte ligga i framtiden"),
    ("2023-11-01", "mer än 3 år före remissdatum (2026-11-02)"),
    ("2016-10-01", "mer än 3 år före remissdatum"),  # 2016 typed for 2026
    ("1901-10-01", "före 1990"),
    ("2004-12-31", "före klientens födelsedatum (2005-01-01)"),
])
def test_an_ama_start_in_the_future_years_before_the_referral_or_before_birth_is_refused(store, start, words):
    client = builders.add_client(store, birth_year=2005)
    errors = errors_of(lambda: builders.open_case(store, client.id, ama_start_date=start))
    assert set(errors) == {"ama_start_date"} and words in errors["ama_start_date"]


@pytest.mark.parametrize("start", ["2026-09-18", "2023-11-02", "2026-11-02", "2026-11-20"])
def test_an_ama_start_weeks_before_or_after_the_referral_is_kept(store, add_client, start):
    # a new employee is referred in the first weeks: the start before the referral is the rule
    case = builders.open_case(store, add_client().id, ama_start_date=start)
    assert case.ama_start_date == start


@pytest.mark.parametrize("day, words", [
    ("1901-01-01", "Datum kan inte ligga före 1990 (1901-01-01). Kontrollera årtalet."),
    ("2026-10-30", "Datum kan inte ligga före remissdatum (2026-11-02)."),
    ("2099-11-20", "Datum kan inte ligga i framtiden."),
])
def test_a_note_absurdly_old_before_the_case_or_in_the_future_is_refused(store, case, day, words):
    assert errors_of(lambda: store.notes.add(case.id, day, "samtal", "x")) == {"note_date": words}


def test_a_back_dated_note_within_the_case_is_kept(store, case):
    assert store.notes.add(case.id, "2026-11-03", "samtal", "Skrivs i efterhand.").note_date == "2026-11-03"


@pytest.mark.parametrize("day, words", [("2026-11-01", "före remissdatum (2026-11-02)"),
                                        ("1901-11-05", "före 1990"), ("2026-11-21", "framtiden")])
def test_an_assessment_before_the_referral_is_refused(store, case, day, words):
    assert words in errors_of(lambda: store.assessments.start(case.id, "awp", assessment_date=day))["assessment_date"]
    weis = store.assessments.start(case.id, "weis-s")
    assert words in errors_of(lambda: store.assessments.set_date(weis.id, day))["assessment_date"]


def test_planned_dates_may_lie_ahead_but_not_decades(store, case, user):
    far, near = "2206-11-20", "2031-11-20"  # five years ahead is the horizon
    plan = lambda day: PlanInput(main_goal="Arbeta halvtid.", follow_up_date=day, sub_goals=[  # noqa: E731
        SubGoalInput(text="Morgonpasset", responsible="klienten", start_date="2026-11-05", target_date=day)])
    errors = errors_of(lambda: store.plans.save(case.id, plan(far)))
    assert errors["follow_up_date"] == ("Uppföljning av planen ligger för långt fram (2206-11-20); senast "
                                        "2031-11-20 går att ange. Kontrollera årtalet.")
    assert "för långt fram" in errors["sub_goals[0].target_date"]
    assert store.plans.save(case.id, plan(near)).follow_up_date == near
    group = store.groups.create(GroupInput("redo", "ReDO", leader_ids=[user.id]))
    assert "för långt fram" in errors_of(lambda: store.groups.add_session(group.id, far))["session_date"]
    assert store.groups.add_session(group.id, near).session_date == near


def test_a_sequence_step_planned_decades_ahead_is_refused(store, add_client, open_case):
    case = open_case(add_client().id, target_group="korttidsfranvaro", referral_date="2026-10-01")
    assert "för långt fram" in errors_of(lambda: store.sequences.save(case.id, "mote1", "2206-01-01", ""))["step_date"]
