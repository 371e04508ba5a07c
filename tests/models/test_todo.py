""""Att göra": plan deadlines, follow-ups, cases per step, inactive cases; and its speed on 10 000 clients."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.demo import make_demo_database
from app.models.interventions import InterventionInput
from app.models.plans import PlanInput, SubGoalInput
from app.models.store import Store
from tests.support import FIXED_NOW, TODAY


def d(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


def day(days: int) -> dt.date:
    return TODAY + dt.timedelta(days=days)


def agreed_plan(store, case_id, follow_up: str):
    v = store.plans.save(case_id, PlanInput(main_goal="Arbeta", follow_up_date=follow_up, sub_goals=[
        SubGoalInput(text="Delmål", responsible="klienten", start_date=d(0))]))
    return store.plans.agree(v.id, d(0), "Klienten")


@pytest.fixture
def colleague(store):
    return store.users.add("Bo Berg", "arbetsmarknadskoordinator")


# -- plan deadlines -------------------------------------------------------------------------------

def test_ama_employees_without_agreed_plan_near_or_past_the_deadline(store, user, colleague, add_client, open_case):
    # today 2026-11-20 (a Friday); the deadline is the start + 28 days, "near" is within 7 days
    late = open_case(add_client(first_name="Sen").id, ama_start_date="2026-10-01")  # deadline 10-29: passed
    near = open_case(add_client(first_name="Nära").id, ama_start_date="2026-10-30")  # 11-27: in 7 days
    far = open_case(add_client(first_name="Långt").id, ama_start_date="2026-10-31")  # 11-28: in 8 days
    draft = open_case(add_client(first_name="Utkast").id, ama_start_date="2026-10-15")
    done = open_case(add_client(first_name="Klar").id, ama_start_date="2026-10-01")
    open_case(add_client(first_name="Boende").id, target_group="boendestod_forsorjningsstod",
              referral_date="2026-09-01")
    theirs = open_case(add_client(first_name="Annans").id, ama_start_date="2026-10-01",
                       responsible_user_id=colleague.id)
    no_start = open_case(add_client(first_name="Utan").id, referral_date="2026-10-20")  # 11-17: passed
    store.plans.save(draft.id, PlanInput(main_goal="Arbeta"))
    agreed_plan(store, done.id, d(20))

    rows = store.todo.plan_deadlines(user.id)
    assert [r.case_id for r in rows] == [late.id, draft.id, no_start.id, near.id]
    by_id = {r.case_id: r for r in rows}
    assert (by_id[late.id].date, by_id[late.id].days) == ("2026-10-29", -22)
    assert by_id[late.id].detail == "Utvecklingsplan 2026-10-29 (tidsgränsen passerad 22 dagar sedan; ingen plan)"
    assert by_id[near.id].detail == "Utvecklingsplan 2026-11-27 (senast om 7 dagar; ingen plan)"
    assert "utkast finns" in by_id[draft.id].detail
    assert by_id[late.id].client_name == "Sen Testsson" and by_id[late.id].responsible == "Anna Andersson"
    assert far.id not in by_id
    assert theirs.id in {r.case_id for r in store.todo.plan_deadlines(None)}
    assert [r.case_id for r in store.todo.plan_deadlines(colleague.id)] == [theirs.id]
    # a week later the far one is near too
    assert far.id in {r.case_id for r in store.todo.plan_deadlines(user.id, day(1))}


def test_deadline_rows_follow_the_setting(store, user, add_client, open_case):
    c = open_case(add_client().id, ama_start_date="2026-11-10")
    assert store.todo.plan_deadlines(user.id) == []  # deadline 12-08
    store.settings.set_plan_deadline_days(14)  # deadline 11-24: near
    [row] = store.todo.plan_deadlines(user.id)
    assert (row.case_id, row.date, row.days) == (c.id, "2026-11-24", 4)


# -- follow-ups -----------------------------------------------------------------------------------

def test_follow_ups_due_this_week_or_overdue(store, user, add_client, open_case, db_path):
    due_sunday = open_case(add_client(first_name="Söndag").id)
    due_monday = open_case(add_client(first_name="Måndag").id)
    due_today = open_case(add_client(first_name="Idag").id)
    overdue = open_case(add_client(first_name="Sen").id)
    draft = open_case(add_client(first_name="Utkast").id)
    agreed_plan(store, due_sunday.id, "2026-11-22")
    agreed_plan(store, due_monday.id, "2026-11-23")
    agreed_plan(store, due_today.id, "2026-11-20")
    agreed_plan(store, overdue.id, "2026-11-21")
    store.plans.save(draft.id, PlanInput(main_goal="Arbeta", follow_up_date="2026-11-20"))

    rows = store.todo.follow_ups(user.id)
    assert [r.case_id for r in rows] == [due_today.id, overdue.id, due_sunday.id]
    assert rows[0].detail == "Uppföljning av planen 2026-11-20 (i dag)"
    # on Sunday the 22nd: the 21st is overdue, Monday's belongs to next week
    rows = store.todo.follow_ups(user.id, day(2))
    assert [(r.case_id, r.days) for r in rows] == [(due_today.id, -2), (overdue.id, -1), (due_sunday.id, 0)]
    assert rows[0].detail == "Uppföljning av planen försenad 2026-11-20 (2 dagar sedan)"
    # Monday: a new week
    assert [r.case_id for r in store.todo.follow_ups(user.id, day(3))][-1] == due_monday.id

    # holding the follow-up takes it off the list
    store.plans.record_follow_up(due_today.id, d(0), next_follow_up=d(30))
    assert due_today.id not in {r.case_id for r in store.todo.follow_ups(user.id)}


def test_closed_cases_are_not_on_the_page(store, add_client, open_case):
    c = open_case(add_client().id, ama_start_date="2026-09-01")
    agreed_plan(store, c.id, d(1))
    store.process.save_answer(c.id, "utreda.vem", "x")
    store.process.complete(c.id, "avsluta", "Flyttat")
    page = store.todo.overview(None, day(60))
    assert page.plan_deadlines == page.follow_ups == page.inactive == []
    assert sum(s.count for s in page.steps) == 0


# -- inactive cases -------------------------------------------------------------------------------

def set_updated(store, case_id, stamp):
    with store.transaction() as tx:
        tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (stamp, case_id))


def test_cases_with_no_activity_for_four_weeks(store, user, add_client, open_case):
    quiet = open_case(add_client(first_name="Tyst").id)
    noted = open_case(add_client(first_name="Anteckning").id)
    worked = open_case(add_client(first_name="Insats").id)
    planned = open_case(add_client(first_name="Plan").id)
    recent = open_case(add_client(first_name="Ny").id)
    store.notes.add(noted.id, d(0), "samtal", "Samtal.")
    store.interventions.add(worked.id, InterventionInput(d(0), 30, "kompensation", "hjalpmedel"))
    store.plans.save(planned.id, PlanInput(main_goal="Arbeta"))
    for c in (quiet, noted, worked, planned):
        set_updated(store, c.id, "2026-10-01 09:00:00")  # as if only the note/intervention/plan were recent

    rows = store.todo.inactive(user.id)
    assert [r.case_id for r in rows] == [quiet.id]
    assert (rows[0].date, rows[0].days, rows[0].detail) == (
        "2026-10-01", 50, "Ingen aktivitet sedan 2026-10-01 (7 veckor)")
    assert recent.id not in {r.case_id for r in store.todo.inactive(user.id, day(27))}
    assert {r.case_id for r in store.todo.inactive(user.id, day(29))} == {quiet.id, noted.id, worked.id, planned.id,
                                                                          recent.id}
    store.settings.set_inactivity_weeks(8)
    assert store.todo.inactive(user.id) == []


# -- steps ----------------------------------------------------------------------------------------

def test_cases_per_step_and_per_user(store, user, colleague, add_client, open_case):
    a = open_case(add_client(first_name="A").id)  # Informera, not started
    b = open_case(add_client(first_name="B").id)
    store.process.save_answer(b.id, "utreda.vem", "x")  # Utreda in progress
    c = open_case(add_client(first_name="C").id, responsible_user_id=colleague.id)
    store.process.save_answer(c.id, "utreda.vem", "x")
    store.process.complete(c.id, "utreda")  # Planera next
    e = open_case(add_client(first_name="E").id, responsible_user_id=colleague.id)
    store.process.save_answer(e.id, "utreda.vem", "x")
    store.process.complete(e.id, "avsluta", "Flyttat")  # closed: not counted

    mine = {s.step: s.count for s in store.todo.step_counts(user.id)}
    assert mine == {"informera": 1, "utreda": 1, "planera": 0, "utvardera": 0, "avsluta": 0}
    everyone = store.todo.step_counts(None)
    assert [s.title for s in everyone][:2] == ["Informera", "Utreda"]
    assert {s.step: s.count for s in everyone}["planera"] == 1
    per_user = [(r.user, r.step, r.count) for r in store.todo.per_user()]
    assert per_user == [("Anna Andersson", "informera", 1), ("Anna Andersson", "utreda", 1), ("Bo Berg", "planera", 1)]
    # the overview derives its step counts from the per-user counts: the same figures
    assert store.todo.overview(user.id).steps == store.todo.step_counts(user.id)
    assert store.todo.overview(colleague.id).steps == store.todo.step_counts(colleague.id)
    assert store.todo.overview(None).steps == everyone
    assert [r.case_id for r in store.todo.cases_in_step("utreda", None)] == [b.id]
    assert [r.case_id for r in store.todo.cases_in_step("planera", colleague.id)] == [c.id]
    titles = {s.key: s.title for s in store.process.definition.steps}
    labels = store.process.current_steps([a.id, b.id, c.id])
    assert labels == {a.id: f"{titles['informera']} (ej påbörjad)", b.id: titles["utreda"],
                      c.id: f"{titles['planera']} (ej påbörjad)"}


def test_overview_puts_it_together(store, user, add_client, open_case):
    c = open_case(add_client().id, ama_start_date="2026-10-01")
    page = store.todo.overview(user.id)
    assert page.day == "2026-11-20" and page.user_id == user.id
    assert [r.case_id for r in page.plan_deadlines] == [c.id]
    assert page.attention_count == 1
    assert page.follow_ups == page.inactive == []
    assert sum(s.count for s in page.steps) == 1


# -- against the demo data, and the speed ---------------------------------------------------------

@pytest.fixture(scope="module")
def demo_2000(tmp_path_factory):
    path = tmp_path_factory.mktemp("todo") / "demo.sqlite"
    make_demo_database(path, clients=2000, seed=4, clock=lambda: FIXED_NOW)
    return path


def test_page_agrees_with_the_services_on_demo_data(demo_2000):
    """Every row and count, recomputed case by case with the services' own reads."""
    store = Store.open(demo_2000, clock=lambda: FIXED_NOW)
    try:
        today = FIXED_NOW.date()
        page = store.todo.overview(None)
        active = store.query("SELECT id, target_group, updated_at FROM cases WHERE status = 'aktiv'")
        assert active
        week_end = today + dt.timedelta(days=6 - today.weekday())
        expect_deadlines, expect_follow_ups = set(), set()
        for c in active:
            status = store.plans.status(c["id"])
            if status.deadline and status.first_agreed_date is None and status.deadline.days_left <= 7:
                expect_deadlines.add(c["id"])
            if status.agreed_version and status.next_follow_up and status.next_follow_up <= week_end.isoformat():
                expect_follow_ups.add(c["id"])
        assert {r.case_id for r in page.plan_deadlines} == expect_deadlines != set()
        assert {r.case_id for r in page.follow_ups} == expect_follow_ups != set()
        labels = store.process.current_steps([c["id"] for c in active])
        titles = {s.key: s.title for s in store.process.definition.steps}
        for s in page.steps:
            assert s.count == sum(1 for label in labels.values() if label.startswith(titles[s.step])), s
        assert sum(r.count for r in page.per_user) == len(active)
        at = store.process.at_steps([c["id"] for c in active])  # the rule itself, case by case
        for step in [s.key for s in store.process.definition.steps]:
            listed = {r.case_id for r in store.todo.cases_in_step(step, None)}
            assert listed == {cid for cid, where in at.items() if where.key == step}, step
        # the demo's plan rows are what the service itself computes from the versions
        before = store.query("SELECT * FROM plans ORDER BY case_id")
        with store.transaction() as tx:
            for row in before:
                store.plans._refresh(tx, row["case_id"], row["updated_at"])
        assert store.query("SELECT * FROM plans ORDER BY case_id") == before
        share = store.plans.current_share()
        assert 0 < share.current < share.total
    finally:
        store.close()


def test_meeting_rows_agree_with_the_meetings_service_on_demo_data(demo_2000):
    """The meetings' actions and planned meetings on the page, recomputed meeting by meeting with
    store.meetings' own reads (actions_due, for_case)."""
    store = Store.open(demo_2000, clock=lambda: FIXED_NOW)
    try:
        today = FIXED_NOW.date()
        latest = (today + dt.timedelta(days=7)).isoformat()
        active = {c for c, in store.query_tuples("SELECT id FROM cases WHERE status = 'aktiv'")}
        due = [d for d in store.meetings.actions_due() if d.case_id in active and d.action.due_date <= latest]
        ours, theirs = store.todo.meeting_actions(None)
        assert [(r.case_id, r.date) for r in ours] == [(d.case_id, d.action.due_date) for d in due
                                                       if d.action.who == "enheten"]
        assert [(r.case_id, r.date) for r in theirs] == [(d.case_id, d.action.due_date) for d in due
                                                         if d.action.who != "enheten"] != []
        planned = sorted((m.starts_at, m.id, m.case_id) for case_id in active for m in store.meetings.for_case(case_id)
                         if m.status == "planerat" and not m.is_struck and m.date <= latest)
        assert [(r.case_id, r.date) for r in store.todo.meetings(None)] == [(c, s[:10]) for s, _, c in planned] != []
    finally:
        store.close()


def test_demo_work_is_consistent(demo_2000):
    store = Store.open(demo_2000, clock=lambda: FIXED_NOW)
    try:
        # the demo writes with foreign keys unchecked (speed): every reference must hold
        assert store.query_tuples("PRAGMA foreign_key_check") == []
        assert store.query_value("PRAGMA integrity_check") == "ok"
        now = FIXED_NOW.isoformat(sep=" ")
        # every write in a case is within the case and not after its updated_at
        for table, stamp in (("interventions", "updated_at"), ("meetings", "updated_at"),
                             ("situations_before", "updated_at")):
            bad = store.query(f"""SELECT t.* FROM {table} t JOIN cases c ON c.id = t.case_id
                                  WHERE t.{stamp} > c.updated_at OR t.{stamp} < c.created_at OR t.{stamp} > ?""",
                              (now,))
            assert bad == [], table
        bad = store.query("""SELECT v.* FROM plan_versions v JOIN cases c ON c.id = v.case_id
                             WHERE v.updated_at > c.updated_at OR v.created_at < c.created_at
                                OR (v.agreed_date IS NOT NULL AND v.agreed_date < c.referral_date)""")
        assert bad == []
        # closed cases have one closure, on the closing day; open ones none
        rows = store.query("""SELECT c.status, c.closed_date, count(x.id) AS n, max(x.closed_date) AS day
                              FROM cases c LEFT JOIN closures x ON x.case_id = c.id GROUP BY c.id""")
        assert all((r["n"] == 1 and r["day"] == r["closed_date"]) if r["status"] == "avslutad" else r["n"] == 0
                   for r in rows)
        # goals of interventions belong to the same case; evaluations to the plan in force
        assert store.query("""SELECT i.id FROM interventions i JOIN plan_goals g ON g.id = i.goal_id
                              JOIN plan_versions v ON v.id = g.plan_version_id WHERE v.case_id != i.case_id""") == []
        sample = [r["case_id"] for r in store.query(
            "SELECT DISTINCT v.case_id FROM goal_evaluations e "
            "JOIN plan_versions v ON v.id = e.plan_version_id LIMIT 40")]
        assert sample
        for case_id in sample:
            assert store.evaluation.summary(case_id).total > 0
            assert any(g.is_evaluated for g in store.evaluation.goals(case_id))
        # group participants had a case open when the group began; attendance only for participants
        assert store.query("""SELECT a.* FROM group_attendance a JOIN group_sessions s ON s.id = a.session_id
                              LEFT JOIN group_participants p ON p.activity_id = s.activity_id
                                   AND p.client_id = a.client_id WHERE p.client_id IS NULL""") == []
        someone = store.query_one("SELECT client_id FROM group_participants LIMIT 1")["client_id"]
        assert store.groups.for_client(someone)
        # the services accept what the demo wrote
        for case_id in sample[:10]:
            store.plans.versions(case_id)
            store.interventions.for_case(case_id)
            store.closure.history(case_id)
    finally:
        store.close()


def test_demo_restores_foreign_key_checks(tmp_path):
    from app.models.demo import DemoRefused, fill_demo

    store = Store.open(tmp_path / "fk.sqlite", clock=lambda: FIXED_NOW)
    try:
        fill_demo(store, clients=20)
        assert store.query_value("PRAGMA foreign_keys") == 1
        with pytest.raises(DemoRefused):
            fill_demo(store, clients=20)
        assert store.query_value("PRAGMA foreign_keys") == 1
    finally:
        store.close()


def test_demo_work_is_the_same_for_the_same_seed(tmp_path):
    tables = ("situations_before", "plan_versions", "plan_goals", "plan_follow_ups", "plans", "interventions",
              "meetings", "meeting_partners", "goal_evaluations", "closures", "group_activities", "group_leaders",
              "group_sessions", "group_participants", "group_attendance")

    def dump(name, seed):
        path = tmp_path / f"{name}.sqlite"
        make_demo_database(path, clients=300, seed=seed, clock=lambda: FIXED_NOW)
        store = Store.open(path, clock=lambda: FIXED_NOW)
        try:
            return {t: store.query_tuples(f"SELECT * FROM {t} ORDER BY 1, 2") for t in tables}
        finally:
            store.close()

    a, b, c = dump("a", 5), dump("b", 5), dump("c", 6)
    assert a == b and a != c
    assert all(a[t] for t in tables), [t for t in tables if not a[t]]


@pytest.fixture(scope="module")
def demo_10k(tmp_path_factory):
    path = tmp_path_factory.mktemp("todo10k") / "demo.sqlite"
    make_demo_database(path, clients=10_000, seed=1, clock=lambda: FIXED_NOW)
    return path


@pytest.mark.slow
def test_the_whole_page_for_10k_clients_for_every_user(demo_10k):
    """Every user's page and the whole unit's on 10 000 clients (its speed is the bench figure
    todo_page_10k, not asserted here): the users' step counts add up to the unit's."""
    store = Store.open(demo_10k, clock=lambda: FIXED_NOW)
    try:
        pages = {user_id: store.todo.overview(user_id) for user_id in (*(u.id for u in store.users.all()), None)}
        unit = pages.pop(None)
        assert sum(s.count for s in unit.steps) > 1000
        for step in unit.steps:
            mine = sum(next(s.count for s in page.steps if s.step == step.step) for page in pages.values())
            unassigned = sum(r.count for r in unit.per_user if r.user_id is None and r.step == step.step)
            assert mine + unassigned == step.count, step
    finally:
        store.close()
