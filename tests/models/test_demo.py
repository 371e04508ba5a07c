"""Demo database: fictitious, consistent, searchable, and never mixed into real data."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.cli import main as cli_main
from app.models import personnummer
from app.models.clients import ClientInput, build_search_text, build_sort_key
from app.models.demo import (
    ANSWERS,
    MAX_CLIENTS,
    STEP_KEYS,
    DemoRefused,
    SchemaMismatch,
    fill_demo,
    make_demo_database,
)
from app.models.demo.builder import DEMO_USERS
from app.models.demo.rows import PendingRows, TableColumns
from app.models.errors import AtamaError, ValidationError
from app.models.process import DONE, IN_PROGRESS, NOT_STARTED, load_process
from app.models.store import Store
from app.models.vocab import (
    CONSENT_FORMS,
    CONSENT_RECIPIENTS,
    EDUCATION,
    GENDERS,
    NOTE_KINDS,
    REFERRERS,
    TARGET_GROUPS,
)
from tests.support import FIXED_NOW, TODAY

CLIENTS = 300


def fixed_clock() -> dt.datetime:
    return FIXED_NOW


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    make_demo_database(path, clients=CLIENTS, seed=7, clock=fixed_clock)
    return str(path)


@pytest.fixture()
def demo_store(demo_path):
    """The demo database of CLIENTS clients (not the empty ``store`` of tests/conftest.py)."""
    store = Store.open(demo_path, clock=fixed_clock)
    yield store
    store.close()


def rows(store: Store, sql: str, params: tuple = ()) -> list[dict]:
    return store.query(sql, params)


# -- summary and refusal --------------------------------------------------------------------------

def test_summary_counts_what_was_written(tmp_path):
    path = tmp_path / "summary.sqlite"
    summary = make_demo_database(path, clients=40, seed=3, clock=fixed_clock)
    store = Store.open(path, clock=fixed_clock)
    try:
        cases = store.query_one("SELECT count(*) AS n FROM cases")["n"]
        notes = store.query_one("SELECT count(*) AS n FROM notes")["n"]
        assert summary == f"40 klienter, {cases} ärenden, {notes} anteckningar"
        assert cases >= 40
    finally:
        store.close()


def test_refuses_database_that_has_clients(tmp_path):
    path = tmp_path / "real.sqlite"
    store = Store.open(path, clock=fixed_clock)
    store.clients.add(ClientInput(first_name="Riktig", last_name="Person", birth_year=1980, gender="kvinna"))
    store.close()
    with pytest.raises(DemoRefused, match="innehåller redan klienter") as caught:
        make_demo_database(path, clients=10, clock=fixed_clock)
    assert isinstance(caught.value, AtamaError)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 0  # nothing half-written
    finally:
        conn.close()


def test_refuses_a_second_demo_run(demo_path):
    with pytest.raises(DemoRefused):
        make_demo_database(demo_path, clients=10, clock=fixed_clock)


def test_empty_existing_database_is_fine(tmp_path):
    path = tmp_path / "empty.sqlite"
    store = Store.open(path, clock=fixed_clock)
    store.users.add("Anna Andersson", "arbetsterapeut")  # a profile but no clients yet
    store.close()
    assert make_demo_database(path, clients=5, clock=fixed_clock).startswith("5 klienter")


def test_a_profile_with_a_demo_name_is_that_demo_user_not_a_second_one(tmp_path):
    path = tmp_path / "karin.sqlite"
    store = Store.open(path, clock=fixed_clock)
    karin = store.users.add("karin lindqvist", "arbetsterapeut")  # as she typed it at the first start
    store.close()
    make_demo_database(path, clients=5, clock=fixed_clock)
    store = Store.open(path, clock=fixed_clock)
    try:
        names = [u.name.casefold() for u in store.users.all()]
        assert sorted(names) == sorted({name.casefold() for name, _title in DEMO_USERS})
        assert store.query_value("SELECT count(*) FROM cases WHERE responsible_user_id = ?", (karin.id,)) > 0
    finally:
        store.close()


@pytest.mark.parametrize("count", [0, -1, MAX_CLIENTS + 1])
def test_refuses_unreasonable_counts(tmp_path, count):
    with pytest.raises(ValidationError):
        make_demo_database(tmp_path / "n.sqlite", clients=count, clock=fixed_clock)


def test_cli_demo_command(tmp_path, capsys):
    path = tmp_path / "cli.sqlite"
    assert cli_main(["demo", "--db", str(path), "--clients", "20", "--seed", "2"]) == 0
    assert "20 klienter" in capsys.readouterr().out
    assert cli_main(["demo", "--db", str(path), "--clients", "20"]) == 2
    assert "innehåller redan klienter" in capsys.readouterr().err


def test_same_seed_same_data(tmp_path):
    def dump(path):
        conn = sqlite3.connect(path)
        try:
            return [
                conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                for table in ("users", "clients", "cases", "case_steps", "step_events", "step_answers",
                              "consents", "notes")
            ]
        finally:
            conn.close()

    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        make_demo_database(tmp_path / f"{name}.sqlite", clients=50, seed=seed, clock=fixed_clock)
    assert dump(tmp_path / "a.sqlite") == dump(tmp_path / "b.sqlite")
    assert dump(tmp_path / "a.sqlite") != dump(tmp_path / "c.sqlite")


# -- rows and the schema -------------------------------------------------------------------------

@pytest.mark.parametrize("note, message", [
    ({"case_id": 1, "note_date": "2026-11-02", "kind": "samtal", "txt": "…"}, "txt"),  # a renamed column
    ({"case_id": 1, "note_date": "2026-11-02", "kind": "samtal", "text": "…", "signed": 1}, "signed"),
])
def test_a_row_with_a_column_not_in_the_schema_is_refused(tmp_path, note, message):
    store = Store.open(tmp_path / "schema.sqlite", clock=fixed_clock)
    try:
        rows = PendingRows()
        rows["notes"].append(note)
        with pytest.raises(SchemaMismatch, match=message), store.transaction() as tx:
            rows.write(tx, TableColumns(store))
        assert store.query_value("SELECT count(*) FROM notes") == 0
    finally:
        store.close()


def test_rows_of_one_table_must_have_the_same_columns(tmp_path):
    store = Store.open(tmp_path / "same.sqlite", clock=fixed_clock)
    try:
        rows = PendingRows()
        rows["users"].extend([{"name": "Anna Test", "title": "arbetsterapeut", "created_at": "2026-11-02 08:00:00"},
                              {"name": "Bo Test", "title": "arbetsterapeut", "id": 7}])
        with pytest.raises(SchemaMismatch, match="same columns"), store.transaction() as tx:
            rows.write(tx, TableColumns(store))
        rows["users"].append({"name": "Cecilia Test"})  # fewer columns
        with pytest.raises(SchemaMismatch, match="same columns"), store.transaction() as tx:
            rows.write(tx, TableColumns(store))
        rows.clear()
        rows["clientz"].append({"id": 1})
        with pytest.raises(SchemaMismatch, match="clientz"), store.transaction() as tx:
            rows.write(tx, TableColumns(store))
        assert store.query_value("SELECT count(*) FROM users") == 0
    finally:
        store.close()


# -- the people -----------------------------------------------------------------------------------

def test_personnummer_are_valid_unique_test_numbers(demo_store):
    clients = rows(demo_store, "SELECT personnummer, birth_year, gender, is_coordination FROM clients")
    numbers = [c["personnummer"] for c in clients if c["personnummer"]]
    assert len(numbers) == len(set(numbers))
    assert 0 < len(clients) - len(numbers) < len(clients) * 0.1  # a few have birth year only
    for client in clients:
        number = client["personnummer"]
        if number is None:
            assert TODAY.year - 65 <= client["birth_year"] <= TODAY.year - 16
            continue
        parsed = personnummer.parse(number, TODAY)
        assert parsed.digits12 == number and not parsed.is_coordination
        assert 980 <= int(number[8:11]) <= 999
        assert parsed.birth_date.year == client["birth_year"]
        age = TODAY.year - parsed.birth_date.year - ((TODAY.month, TODAY.day) < (parsed.birth_date.month,
                                                                                 parsed.birth_date.day))
        assert 16 <= age <= 64
        if client["gender"] != "annat":  # odd serial for men, even for women
            assert int(number[10]) % 2 == (client["gender"] == "man")


def test_people_fields_use_vocab_and_fake_contacts(demo_store):
    clients = rows(demo_store, "SELECT * FROM clients")
    assert {c["gender"] for c in clients} == set(GENDERS.keys())
    assert {c["education"] for c in clients} <= set(EDUCATION.keys())
    for c in clients:
        assert c["phone"] == "" or (c["phone"].startswith("070-174 06 ") and 5 <= int(c["phone"][-2:]) <= 99)
        assert c["email"] == "" or c["email"].endswith("@example.com")
        assert c["email"].isascii()
        if c["protected_identity"]:
            assert c["address"] == ""
    assert any(c["protected_identity"] for c in clients)
    assert any(c["anonymous_in_stats"] for c in clients)
    assert any(set("åäöÅÄÖ") & set(c["first_name"] + c["last_name"]) for c in clients)


def test_every_client_passes_the_services_own_validation(tmp_path):
    path = tmp_path / "valid.sqlite"
    make_demo_database(path, clients=60, seed=11, clock=fixed_clock)
    store = Store.open(path, clock=fixed_clock)
    try:
        for (client_id,) in store.query_tuples("SELECT id FROM clients"):
            before = store.query_one("SELECT search_text, sort_key FROM clients WHERE id = ?", (client_id,))
            client = store.clients.get(client_id)
            store.clients.update(client_id, client.as_input())  # validates, recomputes search_text/sort_key
            after = store.query_one("SELECT search_text, sort_key FROM clients WHERE id = ?", (client_id,))
            assert after == before
            for case in store.cases.for_client(client_id):
                store.cases.update(case.id, case.as_input())
                for note in store.notes.for_case(case.id):
                    if note.is_signed:  # a signed note passed the same checks when it was written
                        continue
                    store.user_id = note.author_id  # a draft is changed by its author
                    store.notes.update(note.id, note.note_date, note.kind, note.text)
    finally:
        store.close()


# -- search ---------------------------------------------------------------------------------------

def test_search_text_and_sort_key_are_what_the_app_computes(demo_store):
    numbers: dict[int, list[str]] = {}
    for r in rows(demo_store, "SELECT client_id, case_number FROM cases ORDER BY id"):
        numbers.setdefault(r["client_id"], []).append(r["case_number"])
    for c in rows(demo_store, "SELECT * FROM clients"):
        expected = build_search_text(c["first_name"], c["last_name"], c["personnummer"],
                                     bool(c["protected_identity"]), numbers[c["id"]])
        assert c["search_text"] == expected
        assert c["sort_key"] == build_sort_key(c["first_name"], c["last_name"])


def test_search_finds_clients_by_name_number_and_case(demo_store):
    sample = rows(demo_store, """SELECT cl.id, cl.first_name, cl.last_name, cl.personnummer, c.case_number
                            FROM clients cl JOIN cases c ON c.client_id = cl.id
                            WHERE cl.protected_identity = 0 AND cl.personnummer IS NOT NULL
                            ORDER BY cl.id LIMIT 25""")
    for r in sample:
        assert r["id"] in demo_store.clients.search_ids(r["last_name"], limit=CLIENTS)
        assert r["id"] in demo_store.clients.search_ids(f"{r['first_name']} {r['last_name']}".upper(), limit=CLIENTS)
        assert r["id"] in demo_store.clients.search_ids(r["personnummer"][2:8] + "-" + r["personnummer"][8:])
        assert r["id"] in demo_store.clients.search_ids(r["case_number"])


def test_search_hides_protected_numbers_unless_typed_in_full(demo_store):
    protected = rows(demo_store, "SELECT id, personnummer FROM clients WHERE protected_identity = 1 "
                            "AND personnummer IS NOT NULL")
    assert protected
    for r in protected:
        assert r["id"] not in demo_store.clients.search_ids(r["personnummer"][:8])
        assert demo_store.clients.search_ids(r["personnummer"]) == [r["id"]]


def test_search_finds_sami_and_swedish_letters(tmp_path):
    path = tmp_path / "names.sqlite"
    make_demo_database(path, clients=2000, seed=1, clock=fixed_clock)
    store = Store.open(path, clock=fixed_clock)
    try:
        for name in ("Nutti", "Áilu", "Máret", "Åberg", "Öberg"):
            found = store.clients.search(name, limit=5)
            assert found, name
            assert all(name.casefold() in row.name.casefold() for row in found)
    finally:
        store.close()


# -- cases and the process ------------------------------------------------------------------------

def test_cases_are_in_every_step(demo_store):
    ids = [r["id"] for r in rows(demo_store, "SELECT id FROM cases")]
    labels = set(demo_store.process.current_steps(ids).values())
    titles = {s.key: s.title for s in load_process().steps}
    assert labels == {titles[k] for k in titles} | {"Avslutat"}
    closed = rows(demo_store, """SELECT s.skip_reason, u.state AS utvardera FROM cases c
                            JOIN case_steps s ON s.case_id = c.id AND s.step = 'avsluta'
                            JOIN case_steps u ON u.case_id = c.id AND u.step = 'utvardera'
                            WHERE c.status = 'avslutad'""")
    assert any(r["utvardera"] == DONE and r["skip_reason"] == "" for r in closed)
    assert any(r["utvardera"] != DONE and r["skip_reason"] for r in closed)


def test_case_fields(demo_store):
    cases = rows(demo_store, "SELECT * FROM cases")
    users = {r["id"]: r["title"] for r in rows(demo_store, "SELECT id, title FROM users")}
    assert sorted(users.values()) == ["arbetsmarknadskoordinator", "arbetsterapeut", "arbetsterapeut"]
    assert len({c["case_number"] for c in cases}) == len(cases)
    earliest = TODAY - dt.timedelta(days=3 * 366)
    for c in cases:
        referral = dt.date.fromisoformat(c["referral_date"])
        assert earliest <= referral <= TODAY
        assert c["case_number"][:5] == f"{referral.year}-" and c["case_number"][5:].isdigit()
        assert c["referred_by"] in REFERRERS and c["target_group"] in TARGET_GROUPS
        assert bool(c["referred_by_other"]) == (c["referred_by"] == "annan")
        assert (c["ama_start_date"] is not None) == (c["target_group"] == "ama_medarbetare")
        assert c["responsible_user_id"] in users
        assert (c["status"] == "avslutad") == (c["closed_date"] is not None)
        assert c["created_at"] <= c["updated_at"] <= FIXED_NOW.isoformat(sep=" ")


def test_second_cases_follow_a_closed_one(demo_store):
    by_client: dict[int, list[dict]] = {}
    for c in rows(demo_store, "SELECT * FROM cases ORDER BY id"):
        by_client.setdefault(c["client_id"], []).append(c)
    twice = [cs for cs in by_client.values() if len(cs) == 2]
    assert len(twice) > CLIENTS * 0.05
    assert all(len(cs) <= 2 for cs in by_client.values())
    for earlier, later in twice:
        assert earlier["status"] == "avslutad"
        assert earlier["closed_date"] < later["referral_date"]


def test_step_states_follow_the_process_rules(demo_store):
    process = load_process()
    survey = set(process.survey_questions())
    step_of = {q: s.key for s in process.steps for q in s.question_keys()}
    now = FIXED_NOW.isoformat(sep=" ")
    steps = rows(demo_store, "SELECT * FROM case_steps")
    answers = rows(demo_store, "SELECT * FROM step_answers")
    events = rows(demo_store, "SELECT * FROM step_events ORDER BY id")
    cases = {c["id"]: c for c in rows(demo_store, "SELECT * FROM cases")}
    per_case: dict[int, dict[str, dict]] = {}
    for s in steps:
        per_case.setdefault(s["case_id"], {})[s["step"]] = s
    assert all(len(v) == 5 for v in per_case.values()) and set(per_case) == set(cases)

    for case_id, by_step in per_case.items():
        case = cases[case_id]
        for s in by_step.values():
            if s["state"] == NOT_STARTED:
                assert s["started_at"] is s["started_by"] is s["completed_at"] is None
            else:
                assert case["created_at"] <= s["started_at"] <= now and s["started_by"]
            if s["state"] == DONE:
                assert s["started_at"] <= s["completed_at"] <= now and s["completed_by"]
            if s["state"] == IN_PROGRESS:
                assert s["completed_at"] is None
        avsluta = by_step["avsluta"]
        assert (case["status"] == "avslutad") == (avsluta["state"] == DONE)
        if avsluta["state"] == DONE:
            assert case["closed_date"] == avsluta["completed_at"][:10]
            assert by_step["utvardera"]["state"] == DONE or avsluta["skip_reason"]

    first_survey: dict[int, str] = {}
    for a in answers:
        step = per_case[a["case_id"]][step_of[a["question"]]]
        assert step["state"] != NOT_STARTED  # answering starts a step
        assert step["started_at"] <= a["updated_at"] <= (step["completed_at"] or now)
        assert a["text"].strip() and a["updated_by"]
        if a["question"] in survey:
            first_survey[a["case_id"]] = min(a["updated_at"], first_survey.get(a["case_id"], "9999"))
    for case_id, by_step in per_case.items():
        later = [by_step[k]["started_at"] for k in ("planera", "utvardera", "avsluta") if by_step[k]["started_at"]]
        if later or by_step["utreda"]["state"] != NOT_STARTED:
            assert case_id in first_survey, "survey answered before any later step"
            assert first_survey[case_id] <= min(later, default=now)
            assert demo_store.process.survey_started(case_id)

    history: dict[tuple[int, str], list[str]] = {}
    for e in events:
        history.setdefault((e["case_id"], e["step"]), []).append(e["action"])
        assert e["at"] <= now
    for (case_id, step), actions in history.items():
        state = per_case[case_id][step]["state"]
        assert actions[0] == "started" and actions.count("started") == 1
        assert (actions[-1] == "completed") == (state == DONE)
    started = {(s["case_id"], s["step"]) for s in steps if s["state"] != NOT_STARTED}
    assert started == set(history)
    assert any("reopened" in actions for actions in history.values())


def test_consents_and_notes(demo_store):
    consents = rows(demo_store, "SELECT co.*, c.referral_date, c.closed_date FROM consents co "
                           "JOIN cases c ON c.id = co.case_id")
    assert consents and any(c["withdrawn_date"] for c in consents)
    assert {"af", "fk", "arbetsgivare"} <= {c["recipient"] for c in consents}
    for c in consents:
        assert c["recipient"] in CONSENT_RECIPIENTS and c["form"] in CONSENT_FORMS
        assert bool(c["recipient_other"]) == (c["recipient"] == "annan")
        end = c["closed_date"] or TODAY.isoformat()
        assert c["referral_date"] <= c["given_date"] <= (c["withdrawn_date"] or c["given_date"]) <= end
    notes = rows(demo_store, "SELECT n.*, c.referral_date, c.closed_date FROM notes n JOIN cases c ON c.id = n.case_id")
    per_case = rows(demo_store, "SELECT count(n.id) AS n FROM cases c LEFT JOIN notes n ON n.case_id = c.id "
                           "GROUP BY c.id")
    assert max(r["n"] for r in per_case) <= 8 and min(r["n"] for r in per_case) == 0
    for n in notes:
        assert n["kind"] in NOTE_KINDS and n["text"].strip()
        assert n["corrects_id"] is None and n["struck_at"] is None
        assert n["signed_at"] is None or (n["signed_by"] == n["author_id"] and n["signed_at"] > n["created_at"])
        assert n["referral_date"] <= n["note_date"] <= (n["closed_date"] or TODAY.isoformat())
        assert n["created_at"][:10] == n["note_date"]


def test_plans_of_ama_employees_follow_the_units_deadline(tmp_path):
    """The four-week rule is the unit's setting: an AMA employee's first plan version is made by a
    week before the deadline (within a week when that is near or passed), so a longer deadline is met
    more often and lets plans come later in Utreda."""
    met, latest = {}, {}
    for days in (28, 120):
        store = Store.open(tmp_path / f"deadline{days}.sqlite", clock=fixed_clock)
        try:
            store.settings.set_plan_deadline_days(days)
            fill_demo(store, clients=400, seed=2)
            plans = rows(store, """SELECT c.id, p.first_agreed_date, v.created_at, s.started_at
                                   FROM cases c JOIN plans p ON p.case_id = c.id
                                   JOIN plan_versions v ON v.case_id = c.id AND v.version = 1
                                   JOIN case_steps s ON s.case_id = c.id AND s.step = 'utreda'
                                   WHERE c.target_group = 'ama_medarbetare'""")
            assert len(plans) > 50
            latest[days] = 0
            for plan in plans:
                deadline = dt.date.fromisoformat(store.plans.deadline(plan["id"]).deadline)
                made = dt.date.fromisoformat(plan["created_at"][:10])
                utreda = dt.date.fromisoformat(plan["started_at"][:10])
                assert made <= max(deadline - dt.timedelta(days=7), utreda + dt.timedelta(days=9)), plan
                latest[days] = max(latest[days], (made - utreda).days)
            agreed = [p["id"] for p in plans if p["first_agreed_date"]]
            met[days] = sum(bool(store.plans.deadline(case_id).met) for case_id in agreed) / len(agreed)
        finally:
            store.close()
    assert met[120] > 0.8 and met[28] < 0.5, met
    assert latest[120] > 30 > latest[28], latest


def test_demo_knows_the_process():
    process = load_process()
    assert tuple(process.keys()) == STEP_KEYS  # the timelines are written for these five steps
    assert set(ANSWERS) == {q for s in process.steps for q in s.question_keys()}


def test_older_notes_are_signed_by_their_author_and_the_latest_wait(demo_store):
    counts = dict(demo_store.query_tuples(
        "SELECT signed_at IS NOT NULL, count(*) FROM notes GROUP BY signed_at IS NOT NULL"))
    assert counts.get(1, 0) > counts.get(0, 0) > 0  # most signed, a few days' worth still drafts
    assert demo_store.query_value("SELECT count(*) FROM notes WHERE signed_at IS NOT NULL"
                                  " AND signed_by IS NOT author_id") == 0


def test_records_older_than_a_few_days_are_signed_by_their_author(demo_store):
    for table, author in (("assessments", "created_by"), ("plan_versions", "created_by"),
                          ("goal_evaluations", "updated_by"), ("case_steps", "completed_by"),
                          ("closures", "created_by"), ("meetings", "author_id")):
        signed = demo_store.query_value(f"SELECT count(*) FROM {table} WHERE signed_at IS NOT NULL")
        assert signed > 0, table
        assert demo_store.query_value(
            f"SELECT count(*) FROM {table} WHERE signed_at IS NOT NULL AND signed_by IS NOT {author}") == 0, table


def test_every_demo_sub_goal_has_its_responsible_and_some_have_two(demo_store):
    """The responsible are their own table (migration 18): a demo written without them would show
    sub-goals with nobody responsible."""
    assert rows(demo_store, "SELECT id FROM plan_goals WHERE id NOT IN (SELECT goal_id FROM plan_goal_responsible)") \
        == []
    version_id = rows(demo_store, "SELECT plan_version_id FROM plan_goals g WHERE (SELECT count(*) FROM "
                                  "plan_goal_responsible WHERE goal_id = g.id) = 2 LIMIT 1")[0]["plan_version_id"]
    labels = [g.responsible_label for g in demo_store.plans.get(version_id).sub_goals]
    assert any(", " in label for label in labels), labels


def test_meetings_planned_and_held_of_each_kind_with_participants_and_actions(demo_store):
    """Issue 16: every kind planned and held, with named participants and actions for sub-goals; some
    actions done, some late; only organisations the case has consented to on the meeting's day."""
    from app.models.meetings import HELD, PLANNED
    from app.models.vocab import MEETING_CONSENT, MEETING_KINDS

    case_ids = [r["case_id"] for r in rows(demo_store, "SELECT DISTINCT case_id FROM meetings")]
    meetings = [m for cid in case_ids for m in demo_store.meetings.for_case(cid)]
    named = [m for m in meetings if any(p.name for p in m.participants)]
    for status in (PLANNED, HELD):
        kinds = {m.kind for m in named if m.status == status}
        assert kinds == set(MEETING_KINDS.keys()), (status, kinds)
    for m in meetings:
        day = dt.date.fromisoformat(m.date)
        assert m.participants, m.id
        for p in m.participants:
            recipient = MEETING_CONSENT[p.organisation]
            assert recipient is None or demo_store.consents.covers(m.case_id, recipient, day), (m.id, p)
        if m.status == PLANNED:
            assert m.date > TODAY.isoformat() and m.time and (m.place or m.video_link) and m.purpose and m.questions
            assert m.plan_input().participants  # and the service would take the plan as it is:
            demo_store.meetings._clean_plan(m.case_id, m.plan_input())
        else:
            assert m.date <= TODAY.isoformat() and m.said
    actions = [(m, a) for m in named for a in m.actions]
    assert {a.who for _, a in actions} >= {"klienten", "af"}
    linked = [(m, a) for m, a in actions if a.goal_id is not None]
    assert linked and all(demo_store.plans.goal_case(a.goal_id) == m.case_id for m, a in linked)
    assert all(a.goal_text for _, a in linked)
    assert any(a.done_on_time() for _, a in actions) and any(a.is_overdue(TODAY) for _, a in actions)
    assert demo_store.meetings.actions_due()
    # a phone number is from the fiction series, never a real one
    assert all(p.phone.startswith(("070-174 06", "031-390 06", "08-465 004")) for m in meetings
               for p in m.participants if p.phone)
