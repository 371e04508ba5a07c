"""The log review (loggkontroll) over the access log: search, the others'-cases list, the random
sample, stored reviews, finding a client by personnummer, and what migration 7 does to old rows."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import sqlite_driver
from app.models.access_log import LogAction, can_review_log
from app.models.errors import NotFound, RuleError, ValidationError
from app.models.log_entries import LogFilter
from app.models.store import Store
from tests.builders import database_at_version, sign_in_as
from tests.support import FIXED_NOW, TOLVAN, make_pnr


def at(store, when: str):
    """Write what follows at ``when`` (YYYY-MM-DD HH:MM)."""
    store._clock = lambda: dt.datetime.fromisoformat(when)


@pytest.fixture
def bo(store):
    return store.users.add("Bo Berg", "arbetsmarknadskoordinator")


def ids(entries) -> list[int]:
    return [e.id for e in entries]


def test_search_filters_by_user_client_period_and_action_newest_first(store, user, bo, add_client, open_case):
    kalle, lisa = add_client(first_name="Kalle"), add_client(first_name="Lisa")
    k_case, l_case = open_case(kalle.id), open_case(lisa.id)
    log = store.access_log
    at(store, "2026-03-01 09:00")
    r1 = log.record(LogAction.OPEN_CASE, case_id=k_case.id)
    at(store, "2026-03-15 09:00")
    store.user_id = bo.id
    r2 = log.record(LogAction.OPEN_CASE, case_id=l_case.id)
    r3 = log.record(LogAction.EXPORT, case_id=k_case.id, what="Journalkopia")
    at(store, "2026-04-01 00:00")  # the day after the period
    r4 = log.record(LogAction.OPEN_CLIENT, client_id=kalle.id)

    march = dict(start="2026-03-01", end="2026-03-31")
    assert ids(log.search(**march)) == [r3, r2, r1]
    assert ids(log.search(user_id=bo.id, **march)) == [r3, r2]
    assert ids(log.search(client_id=kalle.id)) == [r4, r3, r1]
    assert ids(log.search(client_id=kalle.id, user_id=bo.id)) == [r4, r3]
    assert ids(log.search(action="open_case", **march)) == [r2, r1]
    assert ids(log.search(user_id=user.id, action="export")) == []
    assert ids(log.search(start="2026-04-01", end="2026-10-31")) == [r4]  # (Anna signed in on 2026-11-20)
    assert len(log.search(limit=2)) == 2

    entry = log.search(client_id=kalle.id, action="export")[0]
    assert (entry.user_name, entry.client_name, entry.case_number, entry.action_label) == (
        "Bo Berg", "Kalle Testsson", k_case.case_number, "Exporterade")
    assert entry.responsible_name == "Anna Andersson"


def test_a_period_ending_before_it_starts_is_refused_naming_the_field(store):
    with pytest.raises(ValidationError) as caught:
        store.access_log.search(start="2026-03-02", end="2026-03-01")
    assert set(caught.value.errors) == {"end"}


def test_openings_of_others_cases_lists_the_non_responsible_at_the_time(store, user, bo, case):
    log = store.access_log
    at(store, "2026-05-04 08:00")
    own = log.record(LogAction.OPEN_CASE, case_id=case.id)  # Anna is responsible
    store.user_id = bo.id
    covering = log.record(LogAction.OPEN_CASE, case_id=case.id, what="Vikarierar för Anna")
    not_an_opening = log.record(LogAction.WRITE, case_id=case.id)
    assert not_an_opening

    found = log.openings_of_others_cases("2026-05-01", "2026-05-31")
    assert ids(found) == [covering]
    assert (found[0].user_name, found[0].what, found[0].responsible_name) == ("Bo Berg", "Vikarierar för Anna",
                                                                             "Anna Andersson")
    # the case moves to Bo: his earlier opening stays flagged (he was not responsible then), and
    # Anna's earlier opening of what was then her own case is not
    with store.transaction() as tx:
        tx.execute("UPDATE cases SET responsible_user_id = ? WHERE id = ?", (bo.id, case.id))
    assert ids(log.openings_of_others_cases("2026-05-01", "2026-05-31")) == [covering]
    store.user_id = user.id
    at(store, "2026-05-05 08:00")
    anna_now = log.record(LogAction.OPEN_CASE, case_id=case.id)
    assert ids(log.openings_of_others_cases("2026-05-01", "2026-05-31")) == [anna_now, covering]
    assert own not in ids(log.openings_of_others_cases(None, None))
    assert ids(log.openings_of_others_cases("2026-06-01", "2026-06-30")) == []


def test_the_others_cases_query_uses_its_partial_index(store):
    from app.models.access_log import others_sql, search_sql

    plan = " ".join(r[-1] for r in store.query_tuples("EXPLAIN QUERY PLAN " + others_sql("2026-01-01", "2026-02-01")[0],
                                                      ("2026-01-01", "2026-02-01", 10)))
    assert "access_log_others_cases" in plan and "TEMP B-TREE" not in plan
    for given, index in ((dict(user_id=1, action="write"), "access_log_user"),
                         (dict(client_id=1, user_id=1), "access_log_client"),
                         (dict(action="write", start="2026-01-01"), "access_log_action"),
                         (dict(start="2026-01-01"), "access_log_at")):
        sql, params = search_sql(**given)
        plan = " ".join(r[-1] for r in store.query_tuples("EXPLAIN QUERY PLAN " + sql, params))
        assert f"INDEX {index} " in plan and "TEMP B-TREE" not in plan, (given, plan)


def test_a_sample_draws_n_rows_of_the_period_the_same_for_the_same_seed(store, case):
    log = store.access_log
    at(store, "2026-01-31 23:59")
    before = log.record(LogAction.WRITE, case_id=case.id)
    in_feb = []
    with store.transaction() as tx:
        for day in range(1, 29):
            at(store, f"2026-02-{day:02d} 10:00")
            in_feb += [log.record(LogAction.OPEN_CASE, case_id=case.id, tx=tx) for _ in range(5)]
    at(store, "2026-03-01 00:00")
    after = log.record(LogAction.WRITE, case_id=case.id)

    first = log.sample(20, "2026-02-01", "2026-02-28", seed=7)
    assert len(first) == 20 and len(set(ids(first))) == 20
    assert set(ids(first)) <= set(in_feb)
    assert ids(first) == sorted(ids(first))  # oldest first
    assert ids(log.sample(20, "2026-02-01", "2026-02-28", seed=7)) == ids(first)
    assert ids(log.sample(20, "2026-02-01", "2026-02-28", seed=8)) != ids(first)
    # fewer rows than asked for: all of them
    assert set(ids(log.sample(500, "2026-02-01", "2026-02-28", seed=1))) == set(in_feb)
    assert ids(log.sample(5, "2026-03-01", "2026-03-01")) == [after]
    assert before not in ids(log.sample(140, "2026-02-01", "2026-02-28"))
    assert log.sample(3, "2027-01-01", "2027-01-31") == []
    with pytest.raises(ValidationError):
        log.sample(0)


def test_a_sample_survives_rows_written_out_of_time_order(store, case):
    """A clock set back leaves rows of another period between the period's first and last ids: they
    are drawn and thrown back, and when most are, the period's rows are read after all."""
    log = store.access_log
    at(store, "2026-02-10 10:00")
    first = log.record(LogAction.WRITE, case_id=case.id)
    at(store, "2025-06-01 10:00")
    with store.transaction() as tx:
        for _ in range(300):
            log.record(LogAction.WRITE, case_id=case.id, tx=tx)
    at(store, "2026-02-11 10:00")
    last = log.record(LogAction.WRITE, case_id=case.id)
    assert sorted(ids(log.sample(2, "2026-02-01", "2026-02-28", seed=1))) == [first, last]
    assert len(log.sample(10, "2025-06-01", "2025-06-01", seed=1)) == 10


def test_a_review_is_stored_with_reviewer_time_selection_and_findings_and_logged(store, user):
    log = store.access_log
    looked_at = log.describe(LogFilter(start="2026-10-01", end="2026-10-31", others_cases=True))
    assert looked_at == "Öppnade ärenden där användaren inte var ansvarig, 2026-10-01 – 2026-10-31"
    review = log.record_review("2026-10-01", "2026-10-31", looked_at, "Två öppningar, båda med skäl. Inga avvikelser.")
    assert (review.reviewer_id, review.reviewer_name, review.reviewed_at) == (user.id, "Anna Andersson",
                                                                             "2026-11-20 10:00:00")
    assert (review.period_start, review.period_end, review.looked_at) == ("2026-10-01", "2026-10-31", looked_at)
    assert log.reviews() == [review]
    [row] = log.search(action="log_review")
    assert row.user_id == user.id and "2026-10-01–2026-10-31" in row.what

    with pytest.raises(ValidationError) as caught:
        log.record_review("2026-10-31", "2026-10-01", "", "  ")
    assert set(caught.value.errors) == {"end", "findings"}
    with pytest.raises(sqlite_driver.IntegrityError, match="kan inte ändras"), store.transaction() as tx:
        tx.execute("UPDATE log_reviews SET findings = 'Inget'")
    with pytest.raises(sqlite_driver.IntegrityError, match="raderas aldrig"), store.transaction() as tx:
        tx.execute("DELETE FROM log_reviews")
    assert log.reviews() == [review]


def test_only_an_administrator_reviews_the_log(store, bo):
    assert can_review_log(store) is True  # Anna, the first user, is the administrator
    sign_in_as(store, bo.id)
    assert can_review_log(store) is False
    with pytest.raises(RuleError, match="bara göras av en administratör"):
        store.access_log.record_review("2026-11-01", "2026-11-20", "Alla rader", "Inga avvikelser.")


def test_describe_names_the_search(store, user, add_client):
    client = add_client(first_name="Tolvan", last_name="Tolvansson", personnummer=TOLVAN)
    text = store.access_log.describe(LogFilter(user_id=user.id, client_id=client.id, action="open_case",
                                               start="2026-01-01"))
    assert text == ("Sökning: användare Anna Andersson, klient Tolvan Tolvansson (19121212-1212), "
                    "händelse öppnade ärende, 2026-01-01 – i dag")
    assert store.access_log.describe(LogFilter(sample=20, seed=3)) == "Stickprov om 20 rader, hela loggen (frö 3)"


def test_a_client_is_found_by_personnummer_in_any_written_form_or_refused(store, add_client):
    tolvan = add_client(first_name="Tolvan", last_name="Tolvansson", personnummer=TOLVAN)
    find = store.access_log.client_for
    for written in ("19121212-1212", "191212121212", "121212+1212", " 19121212 1212 "):
        assert find(written) == tolvan.id
    hidden = add_client(first_name="Hemlig", last_name="Person", personnummer=make_pnr(dt.date(1985, 3, 12)),
                        protected_identity=True)
    assert find(make_pnr(dt.date(1985, 3, 12))) == hidden.id
    with pytest.raises(NotFound, match="Ingen klient har personnumret 19900101"):
        find(make_pnr(dt.date(1990, 1, 1)))
    add_client(first_name="Tolvan", last_name="Tolvsdotter")
    with pytest.raises(RuleError, match="Flera klienter matchar ”Tolvan”"):
        find("Tolvan")
    with pytest.raises(NotFound, match="Ingen klient matchar ”Ingen Alls”"):
        find("Ingen Alls")
    with pytest.raises(ValidationError):
        find("  ")


def test_migration_7_keeps_old_rows_and_judges_them_by_the_responsible_now(tmp_path):
    """A file at version 6 with log rows: they stay as they were, and an old opening by someone other
    than the case's responsible is in the ready list."""
    path = tmp_path / "v6.sqlite"
    conn = database_at_version(path, 6)
    stamp = "2026-01-01 00:00:00"
    conn.executescript(f"""
        INSERT INTO users (id, name, title, created_at) VALUES (1, 'Anna', 'arbetsterapeut', '{stamp}'),
                                                               (2, 'Bo', 'arbetsterapeut', '{stamp}');
        INSERT INTO clients (id, first_name, last_name, birth_year, gender, education, created_at, updated_at)
            VALUES (1, 'Kalle', 'K', 1980, 'man', 'okand', '{stamp}', '{stamp}');
        INSERT INTO cases (id, client_id, case_number, referral_date, referred_by, target_group,
                           responsible_user_id, created_at, updated_at)
            VALUES (1, 1, '2026-0001', '2026-01-01', 'af', 'annan', 1, '{stamp}', '{stamp}');
        INSERT INTO access_log (id, at, unit, user_id, user_name, action, client_id, case_id, what) VALUES
            (1, '2026-02-01 08:00:00', 'AMA', 1, 'Anna', 'open_case', 1, 1, ''),
            (2, '2026-02-01 09:00:00', 'AMA', 2, 'Bo', 'open_case', 1, 1, 'Vikarierar'),
            (3, '2026-02-01 10:00:00', 'AMA', 2, 'Bo', 'write', 1, 1, '');
    """)
    before = conn.execute("SELECT * FROM access_log ORDER BY id").fetchall()
    conn.close()

    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        after = store.query_tuples("SELECT id, at, unit, user_id, user_name, action, client_id, case_id, what,"
                                   " responsible_id FROM access_log WHERE action != 'backup' ORDER BY id")
        # (the backup made before the migration is logged after it: app/models/backup.py)
        assert [row[:-1] for row in after] == before and {row[-1] for row in after} == {None}
        assert ids(store.access_log.openings_of_others_cases("2026-02-01", "2026-02-01")) == [2]
        assert store.access_log.reviews() == []
    finally:
        store.close()
