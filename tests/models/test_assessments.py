"""Administering instruments in a case: drafts saved as you go, completion, locking, versions,
scoring and comparison through the service, and the migration that added the tables."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from app.models import sqlite_driver
from app.models.assessments import COMPLETED, DRAFT, OpenItems
from app.models.errors import NotFound, RuleError, ValidationError
from app.models.instruments import load_registry
from app.models.migrations import MIGRATIONS
from app.models.scoring import Rating
from app.models.store import Store
from tests.builders import sign_in_as
from tests.models.instrument_files import definition_dict, write
from tests.support import FIXED_NOW, FIXED_TIMESTAMP, TODAY

TABLES = ("assessments", "assessment_ratings", "assessment_texts")


@pytest.fixture(autouse=True)
def shipped_only(store, tmp_path):
    """The shipped definitions only, whatever the developer has in their own user folder."""
    store.assessments.registry = load_registry(user=tmp_path / "no-user-files")


@pytest.fixture
def weis(store, case):
    return store.assessments.start(case.id, "weis-s")


def rate_all(store, assessment, value=3):
    for part in assessment.definition.parts:
        for item in assessment.definition.items:
            store.assessments.save_rating(assessment.id, part.id, item.id, value)


def errors_of(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.errors


def counts(store) -> dict[str, int]:
    return {t: store.query_value(f"SELECT count(*) FROM {t}") for t in TABLES}


# == starting ==================================================================================

def test_start_makes_a_draft_with_a_copy_of_the_definition(store, user, case, weis):
    assert (weis.case_id, weis.instrument_id, weis.instrument_version) == (case.id, "weis-s", "3.0")
    assert (weis.status, weis.status_label, weis.is_draft) == (DRAFT, "Utkast", True)
    assert (weis.assessment_date, weis.assessor_id, weis.assessor) == (TODAY.isoformat(), user.id, "Anna Andersson")
    assert (weis.completed_at, weis.signed_at, weis.confirmed_open_items) == (None, None, False)
    assert weis.created_at == weis.updated_at == FIXED_TIMESTAMP
    assert len(weis.open_items) == 17 and weis.definition.needs_check
    stored = store.query_one("SELECT definition_json FROM assessments WHERE id = ?", (weis.id,))
    assert json.loads(stored["definition_json"])["id"] == "weis-s"


def test_start_with_an_earlier_date(store, case):
    assert store.assessments.start(case.id, "awp", assessment_date="2026-11-03").assessment_date == "2026-11-03"


def test_start_refuses_a_future_date_an_unknown_instrument_or_case(store, case):
    before = counts(store)
    assert errors_of(lambda: store.assessments.start(case.id, "awp", assessment_date="2026-11-21")) == {
        "assessment_date": "Datum kan inte ligga i framtiden."}
    with pytest.raises(NotFound, match="Instrumentet 'xyz' finns inte."):
        store.assessments.start(case.id, "xyz")
    with pytest.raises(NotFound, match="Ärendet 999 finns inte."):
        store.assessments.start(999, "awp")
    assert counts(store) == before


def test_the_same_instrument_can_be_given_several_times(store, case):
    first = store.assessments.start(case.id, "weis-s", assessment_date="2026-11-10")
    second = store.assessments.start(case.id, "weis-s", assessment_date="2026-11-02")
    awp = store.assessments.start(case.id, "awp")
    assert [a.id for a in store.assessments.for_case(case.id)] == [second.id, first.id, awp.id]  # by date
    assert [a.id for a in store.assessments.for_case(case.id, "weis-s")] == [second.id, first.id]


# == saving as you go ==========================================================================

def test_a_rating_is_written_at_once(store, db_path, weis):
    store.assessments.save_rating(weis.id, "professional", "time_demands", 2)
    other = sqlite_driver.connect(db_path)  # another connection sees it: committed, not pending
    try:
        assert other.execute("SELECT item_id, value, na FROM assessment_ratings").fetchall() == [("time_demands", 2, 0)]
    finally:
        other.close()
    assert store.assessments.get(weis.id).rating("professional", "time_demands") == Rating(2)


def test_na_clearing_and_changing_a_rating(store, weis):
    save = store.assessments.save_rating
    save(weis.id, "professional", "rewards", na=True)
    assert store.assessments.get(weis.id).rating("professional", "rewards") == Rating(na=True)
    save(weis.id, "professional", "rewards", 4)
    assert store.assessments.get(weis.id).rating("professional", "rewards") == Rating(4)
    save(weis.id, "professional", "rewards")  # neither: open again
    assessment = store.assessments.get(weis.id)
    assert assessment.rating("professional", "rewards").is_open
    assert ("professional", "rewards") in assessment.open_items


def test_comment_and_rating_are_saved_independently(store, weis):
    store.assessments.save_comment(weis.id, "professional", "rewards", "Lön i tid, men ingen uppskattning.")
    store.assessments.save_rating(weis.id, "professional", "rewards", 2)
    store.assessments.save_comment(weis.id, "professional", "time_demands", "Stressigt före lunch.")
    a = store.assessments.get(weis.id)
    assert a.rating("professional", "rewards") == Rating(2, False, "Lön i tid, men ingen uppskattning.")
    assert a.rating("professional", "time_demands") == Rating(None, False, "Stressigt före lunch.")
    assert a.rating("professional", "time_demands").is_open


def test_free_text_fields(store, case):
    doa = store.assessments.start(case.id, "doa")
    store.assessments.save_text(doa.id, "goals", "Arbeta 50 % som lokalvårdare i mars.")
    store.assessments.save_text(doa.id, "goals", "Arbeta 50 % som lokalvårdare i april.")
    assert store.assessments.get(doa.id).texts == {"goals": "Arbeta 50 % som lokalvårdare i april."}
    assert errors_of(lambda: store.assessments.save_text(doa.id, "poem", "x")) == {
        "field": "Textfältet 'poem' finns inte i DOA version 2023."}


@pytest.mark.parametrize("part, item, value, na, expected", [
    ("professional", "time_demands", 5, False,
     {"value": "Värdet 5 finns inte på skalan för WEIS-S (tillåtna värden: 4, 3, 2, 1)."}),
    ("professional", "time_demands", 0, False,
     {"value": "Värdet 0 finns inte på skalan för WEIS-S (tillåtna värden: 4, 3, 2, 1)."}),
    ("professional", "time_demands", 3.0, False,
     {"value": "Värdet 3.0 finns inte på skalan för WEIS-S (tillåtna värden: 4, 3, 2, 1)."}),
    ("professional", "time_demands", True, False,
     {"value": "Värdet True finns inte på skalan för WEIS-S (tillåtna värden: 4, 3, 2, 1)."}),
    ("professional", "lunch", 3, False, {"item_id": "Påståendet 'lunch' finns inte i WEIS-S version 3.0."}),
    ("client", "time_demands", 3, False, {"part": "Delen 'client' finns inte i WEIS-S version 3.0."}),
    ("professional", "time_demands", 3, True,
     {"value": "Välj antingen ett värde på skalan eller Ej tillämplig, inte båda."}),
])
def test_bad_ratings_are_refused_and_nothing_is_lost(store, weis, part, item, value, na, expected):
    store.assessments.save_rating(weis.id, "professional", "time_demands", 4)
    store.assessments.save_comment(weis.id, "professional", "time_demands", "viktig anteckning")
    before = counts(store), store.assessments.get(weis.id)
    assert errors_of(lambda: store.assessments.save_rating(weis.id, part, item, value, na=na)) == expected
    assert (counts(store), store.assessments.get(weis.id)) == before
    saved = store.assessments.get(weis.id).rating("professional", "time_demands")
    assert saved == Rating(4, False, "viktig anteckning")


def test_na_is_refused_where_the_instrument_has_none(store, case):
    awp = store.assessments.start(case.id, "awp")
    assert errors_of(lambda: store.assessments.save_rating(awp.id, "professional", "posture", na=True)) == {
        "na": "AWP tillåter inte Ej tillämplig; välj ett värde på skalan (4, 3, 2, 1)."}


def test_unknown_assessment(store):
    with pytest.raises(NotFound, match="Bedömningen 42 finns inte."):
        store.assessments.save_rating(42, "professional", "posture", 3)


# == completing, reopening, locking ============================================================

def test_complete_refuses_open_items_until_confirmed(store, weis):
    rate_all(store, weis)
    store.assessments.save_rating(weis.id, "professional", "rewards")
    store.assessments.save_rating(weis.id, "professional", "architecture")
    with pytest.raises(OpenItems) as info:
        store.assessments.complete(weis.id)
    assert info.value.open_items == [("professional", "rewards"), ("professional", "architecture")]  # item order
    assert str(info.value) == ("2 påståenden är varken bedömda eller markerade Ej tillämplig: Belöningar, "
                               "Lokalens utformning och planering. Bedöm dem, eller bekräfta att de lämnas öppna.")
    assert store.assessments.get(weis.id).is_draft

    done = store.assessments.complete(weis.id, confirm_open_items=True)
    assert (done.status, done.status_label, done.confirmed_open_items) == (COMPLETED, "Klar", True)
    assert done.completed_at == FIXED_TIMESTAMP


def test_complete_when_every_item_is_rated_or_na(store, case):
    doa = store.assessments.start(case.id, "doa")
    rate_all(store, doa)
    store.assessments.save_rating(doa.id, "client", "roles", na=True)
    done = store.assessments.complete(doa.id)
    assert (done.status, done.confirmed_open_items, done.open_items) == (COMPLETED, False, [])


def test_two_part_instrument_needs_both_parts(store, case):
    doa = store.assessments.start(case.id, "doa")
    for item in doa.definition.items:
        store.assessments.save_rating(doa.id, "client", item.id, 3)
    with pytest.raises(OpenItems) as info:
        store.assessments.complete(doa.id)
    assert {p for p, _ in info.value.open_items} == {"professional"} and len(info.value.open_items) == 13
    assert "(Arbetsterapeutens bedömning) med flera" in str(info.value)


def test_a_completed_administration_is_read_only_until_reopened(store, weis):
    rate_all(store, weis)
    store.assessments.complete(weis.id)
    for call in (lambda: store.assessments.save_rating(weis.id, "professional", "rewards", 1),
                 lambda: store.assessments.save_comment(weis.id, "professional", "rewards", "x"),
                 lambda: store.assessments.save_text(weis.id, "interpretation", "x"),
                 lambda: store.assessments.set_date(weis.id, "2026-11-05"),
                 lambda: store.assessments.complete(weis.id)):
        with pytest.raises(RuleError, match="markerad som klar. Öppna den igen"):
            call()
    again = store.assessments.reopen(weis.id)
    assert (again.status, again.completed_at, again.confirmed_open_items) == (DRAFT, None, False)
    store.assessments.save_rating(weis.id, "professional", "rewards", 1)
    with pytest.raises(RuleError, match="inte klar"):
        store.assessments.reopen(weis.id)


def _sign(store, assessment_id):
    store.assessments.sign(assessment_id)


def test_a_signed_administration_is_locked_in_the_service_and_the_schema(store, weis):
    rate_all(store, weis)
    store.assessments.complete(weis.id)
    _sign(store, weis.id)
    with pytest.raises(RuleError, match="signerad och kan inte ändras"):
        store.assessments.reopen(weis.id)
    with pytest.raises(RuleError, match="signerad"):
        store.assessments.save_rating(weis.id, "professional", "rewards", 1)
    before = store.assessments.get(weis.id)
    for sql in ("UPDATE assessment_ratings SET value = 1",
                "DELETE FROM assessment_ratings",
                f"INSERT INTO assessment_texts VALUES ({weis.id}, 'x', 'y', 'now', NULL)",
                "UPDATE assessments SET status = 'utkast', signed_at = NULL",
                "DELETE FROM assessments"):
        with pytest.raises(sqlite_driver.IntegrityError, match="signerad|raderas aldrig"), store.transaction() as tx:
            tx.execute(sql)
    assert store.assessments.get(weis.id) == before


def test_a_draft_cannot_be_signed(store, weis):
    with pytest.raises(RuleError, match="Markera bedömningen som klar innan den signeras."):
        _sign(store, weis.id)
    with pytest.raises(sqlite_driver.IntegrityError), store.transaction() as tx:  # the schema's CHECK
        tx.execute("UPDATE assessments SET signed_at = ?, signed_by = 1 WHERE id = ?", (FIXED_TIMESTAMP, weis.id))


def test_a_closed_case_is_locked(store, case, weis):
    with store.transaction() as tx:
        tx.execute("UPDATE cases SET status = 'avslutad' WHERE id = ?", (case.id,))
    with pytest.raises(RuleError, match="Ärendet är avslutat"):
        store.assessments.save_rating(weis.id, "professional", "rewards", 1)
    with pytest.raises(RuleError, match="Ärendet är avslutat"):
        store.assessments.start(case.id, "awp")


def test_set_date(store, weis):
    store.assessments.set_date(weis.id, "2026-11-05")
    assert store.assessments.get(weis.id).assessment_date == "2026-11-05"
    assert errors_of(lambda: store.assessments.set_date(weis.id, "igår")) == {
        "assessment_date": "Datum är inget giltigt datum (ÅÅÅÅ-MM-DD)."}


# == versions ==================================================================================

def test_old_administrations_keep_their_version_after_the_definition_changes(store, case, tmp_path):
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    write(shipped, "test.json", definition_dict())
    store.assessments.registry = load_registry(shipped=shipped, user=user)
    old = store.assessments.start(case.id, "test")
    store.assessments.save_rating(old.id, "client", "c", 2)

    # The unit replaces version 1 (item "c" relabelled, item "b" removed) and adds version 2.
    changed = definition_dict()
    changed["items"] = [changed["items"][0], dict(changed["items"][2], label={"sv": "C – ny text"})]
    write(user, "test-1.json", changed)
    write(user, "test-2.json", definition_dict(version="2", verified=False))
    store.assessments.registry = load_registry(shipped=shipped, user=user)

    kept = store.assessments.get(old.id)
    assert kept.instrument_version == "1"
    assert [i.id for i in kept.definition.items] == ["a", "b", "c"]
    assert kept.definition.item("c").label.sv == "C"
    store.assessments.save_rating(old.id, "client", "b", 3)  # still rateable on its own version
    assert store.assessments.score(old.id).part("client").domain("d1").sum == 3

    new = store.assessments.start(case.id, "test")
    assert (new.instrument_version, new.definition.verified) == ("2", False)
    again_v1 = store.assessments.start(case.id, "test", version="1")
    assert [i.id for i in again_v1.definition.items] == ["a", "c"]
    assert again_v1.definition.item("c").label.sv == "C – ny text"
    assert errors_of(lambda: store.assessments.save_rating(again_v1.id, "client", "b", 3)) == {
        "item_id": "Påståendet 'b' finns inte i TEST version 1."}


# == scoring and comparison through the service ================================================

def test_score_of_a_doa_administration(store, case):
    doa = store.assessments.start(case.id, "doa")
    store.assessments.save_rating(doa.id, "client", "motivation", 4)
    store.assessments.save_rating(doa.id, "professional", "motivation", 1)
    store.assessments.save_rating(doa.id, "professional", "roles", na=True)
    result = store.assessments.score(doa.id)
    assert [(d.item_id, d.steps) for d in result.differences] == [("motivation", 3)]
    professional = result.part("professional")
    assert (professional.na, professional.act_on, professional.domain("volition").mean) == (1, ("motivation",), 1.0)


def _completed_awp(store, case, day, values):
    a = store.assessments.start(case.id, "awp", assessment_date=day)
    for item, value in values.items():
        store.assessments.save_rating(a.id, "professional", item, value)
    return store.assessments.complete(a.id, confirm_open_items=True)


def test_compare_first_and_latest_completed_administrations(store, add_client, open_case):
    case = open_case(add_client().id, referral_date="2026-08-17")  # assessments never before the referral
    first = _completed_awp(store, case, "2026-09-01", {"posture": 2, "strength": 1, "language": 3})
    _completed_awp(store, case, "2026-10-01", {"posture": 1})
    latest = _completed_awp(store, case, "2026-11-15", {"posture": 4, "strength": 2, "language": 3})
    store.assessments.start(case.id, "awp")  # a draft from today is not the latest completed one
    result = store.assessments.compare_first_latest(case.id, "awp")
    assert (result.before.id, result.after.id) == (first.id, latest.id)
    assert result.changes.item("professional", "posture").change == 2
    assert result.changes.domain("professional", "motor").change == 1.5
    assert result.changes.domain("professional", "communication").change == 0


def test_compare_needs_two_completed_administrations(store, case):
    _completed_awp(store, case, "2026-11-05", {"posture": 2})
    with pytest.raises(RuleError, match="två klara bedömningar med awp i ärendet; det finns 1"):
        store.assessments.compare_first_latest(case.id, "awp")


def test_compare_itself_is_zero(store, case):
    a = _completed_awp(store, case, "2026-11-05", {"posture": 2, "language": 4})
    result = store.assessments.compare(a.id, a.id)
    assert {c.change for c in result.changes.items} == {0, None}


# == the migration =============================================================================

def test_migration_1_to_2_keeps_the_data(tmp_path):
    path = tmp_path / "v1.sqlite"
    conn = sqlite_driver.connect(path)
    db = sqlite_utils.Database(conn)
    with db.atomic():
        MIGRATIONS[0](db)
        db.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO users (id, name, title, created_at) VALUES (1, 'Anna Andersson', 'arbetsterapeut', 'x')")
    conn.execute("""INSERT INTO clients (id, first_name, last_name, birth_year, gender, education,
                    created_at, updated_at) VALUES (1, 'Kalle', 'Kartläggare', 1980, 'man', 'okand', 'x', 'x')""")
    conn.execute("""INSERT INTO cases (id, client_id, case_number, referral_date, referred_by, target_group, status,
                    created_at, updated_at)
                    VALUES (1, 1, '2026-0001', '2026-11-02', 'chef', 'annan', 'aktiv', 'x', 'x')""")
    conn.execute("INSERT INTO notes (case_id, note_date, kind, text, created_at, updated_at) "
                 "VALUES (1, '2026-11-02', 'samtal', 'Första samtalet', 'x', 'x')")
    conn.close()

    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        assert store.schema_version == len(MIGRATIONS) >= 2
        assert store.cases.get(1).case_number == "2026-0001"
        assert [n.text for n in store.notes.for_case(1)] == ["Första samtalet"]
        assert store.clients.get(1).first_name == "Kalle"
        sign_in_as(store, 1)
        store.assessments.registry = load_registry(user=tmp_path / "none")
        a = store.assessments.start(1, "weis-s")
        store.assessments.save_rating(a.id, "professional", "rewards", 3)
        assert store.assessments.get(a.id).rating("professional", "rewards") == Rating(3)
    finally:
        store.close()
