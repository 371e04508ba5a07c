"""Builders for the records many tests need, as plain functions of a store (the fixtures in
tests/conftest.py wrap the first ones). Every default is fictitious; personnummer only from
Skatteverket's test series (see tests/support.py)."""

from __future__ import annotations

from app.models import sqlite_driver
from app.models.cases import Case, CaseInput
from app.models.clients import Client, ClientInput
from app.models.store import Store
from app.models.users import User
from tests.support import TEST_PASSWORD, TEST_PASSWORD_HASH


def add_user(store: Store, name: str, title: str = "arbetsterapeut", admin: bool = False) -> User:
    """A user with the test password (``TEST_PASSWORD``), added by the signed-in administrator,
    who needs no new password at the first sign-in."""
    user = store.users.create(name, title, TEST_PASSWORD, is_admin=admin, password_hash=TEST_PASSWORD_HASH)
    with store.transaction() as tx:
        tx.execute("UPDATE users SET must_change_password = 0 WHERE id = ?", (user.id,))
    return store.users.get(user.id)


def sign_in_as(store: Store, user_id: int) -> User:
    """Sign ``user_id`` in with the test password (giving it to a user who has none yet)."""
    with store.transaction() as tx:
        tx.execute("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash IS NULL",
                   (TEST_PASSWORD_HASH, user_id))
    return store.users.sign_in(user_id, TEST_PASSWORD)


def add_client(store: Store, **fields) -> Client:
    """A client: Testa Testsson, kvinna, born 1980 unless ``fields`` say otherwise (a personnummer
    replaces the birth year)."""
    data = {"first_name": "Testa", "last_name": "Testsson", "birth_year": 1980, "gender": "kvinna"}
    if fields.get("personnummer"):
        data.pop("birth_year")
    data.update(fields)
    return store.clients.add(ClientInput(**data))


def open_case(store: Store, client_id: int, **fields) -> Case:
    """An active case: referred by the supervisor on 2026-11-02 for an AMA employee, unless told."""
    data = {"referral_date": "2026-11-02", "referred_by": "arbetsledare", "target_group": "ama_medarbetare"}
    data.update(fields)
    return store.cases.open(client_id, CaseInput(**data))


def client_with_case(store: Store, case_fields: dict | None = None, **client_fields) -> Case:
    """A new client (``client_fields``) with one active case (``case_fields``); returns the case."""
    client = add_client(store, **client_fields)
    return open_case(store, client.id, **(case_fields or {}))


# -- records that are signed (app/models/signing.py) ---------------------------------------------

def finished_survey(store: Store, case_id: int) -> None:
    """Utreda answered and finished by the signed-in user: the step's answers are ready to sign."""
    store.process.save_answer(case_id, "utreda.vem", "Klienten och arbetsledaren.")
    store.process.complete(case_id, "utreda")


def agreed_plan(store: Store, case_id: int):
    """A plan version with one sub-goal, agreed with the client today: ready to sign (the survey
    is started first, as the process asks)."""
    from app.models.plans import PlanInput, SubGoalInput

    if not store.process.survey_started(case_id):
        store.process.save_answer(case_id, "utreda.vem", "Klienten och arbetsledaren.")
    version = store.plans.save(case_id, PlanInput(
        main_goal="Arbeta halvtid i köket.", follow_up_date="2026-12-20",
        sub_goals=[SubGoalInput(text="Klara morgonpasset", responsible="klienten", start_date="2026-11-20")]))
    return store.plans.agree(version.id, "2026-11-20", "Klienten, arbetsterapeuten")


def evaluated_goal(store: Store, case_id: int):
    """The main goal of an agreed plan evaluated: ready to sign."""
    from app.models.evaluation import EvaluationInput

    if store.plans.in_force(case_id) is None:
        agreed_plan(store, case_id)
    return store.evaluation.evaluate(case_id, None, EvaluationInput(attainment="uppnatt", now="Arbetar halvtid."))


def closed_case(store: Store, case_id: int):
    """The case closed with a reason (Utvärdera not finished): the closure, ready to sign."""
    from app.models.closure import ClosureInput, SituationInput

    if not store.process.survey_started(case_id):
        store.process.save_answer(case_id, "utreda.vem", "Klienten och arbetsledaren.")
    return store.closure.close_case(case_id, ClosureInput(
        outcome="reguljar_anstallning", after=SituationInput("ej_subventionerat_arbete", "ingen_offentlig", 50),
        reason="Klienten fick arbete.",
        before=None if store.closure.before(case_id) else SituationInput("arbetslos", "forsorjningsstod", 0)))


def completed_assessment(store: Store, case_id: int, instrument: str = "weis-s"):
    """An administration with every item rated 3, marked klar: ready to sign."""
    a = store.assessments.start(case_id, instrument)
    for text_field in a.definition.required_fields:  # OVal-9's activity
        store.assessments.save_text(a.id, text_field.id, "Laga lunch")
    for part in a.definition.parts:
        for item in a.definition.items:
            store.assessments.save_rating(a.id, part.id, item.id, 3)
    return store.assessments.complete(a.id)
def case_written_at(store: Store, when, *, client_id: int | None = None, close: bool = True,
                    build=None, **client_fields) -> Case:
    """A case written entirely on ``when``'s clock (a ``datetime``), on a second connection to the
    store's file, by the store's user: referral, an answer in Utreda, a note, then closed unless
    ``close`` is False. ``build(old_store, case)`` adds more on that clock before it closes. A new
    client (``client_fields``) unless ``client_id`` names one."""
    old = Store.open(store.path, clock=lambda: when)
    try:
        old.user_id = store.user_id
        if client_id is None:
            client_id = add_client(old, **client_fields).id
        case = open_case(old, client_id, referral_date=when.date().isoformat())
        old.process.save_answer(case.id, "utreda.vem", "Kartläggning gjord.")
        old.notes.add(case.id, when.date().isoformat(), "samtal", "Första samtalet.")
        if build is not None:
            build(old, case)
        if close:
            old.process.complete(case.id, "avsluta", "Klienten flyttade.")
        return old.cases.get(case.id)
    finally:
        old.close()


def old_case_sql(target_group: str = "annan") -> str:
    """Rows an older release left (user 1, client 1, case 1), for migration tests' executescript."""
    return f"""
        INSERT INTO users (id, name, title, created_at) VALUES (1, 'Anna Andersson', 'arbetsterapeut', 'x');
        INSERT INTO clients (id, first_name, last_name, birth_year, gender, education, created_at, updated_at)
            VALUES (1, 'Kalle', 'Kartläggare', 1980, 'man', 'okand', 'x', 'x');
        INSERT INTO cases (id, client_id, case_number, referral_date, referred_by, target_group, status,
                           created_at, updated_at)
            VALUES (1, 1, '2026-0001', '2026-11-02', 'chef', '{target_group}', 'aktiv', 'x', 'x');
"""


def database_at_version(path, version: int):
    """A database file left at schema ``version`` by an older release (migrations 1..version, each in
    its own transaction as Store.open runs them); returns its open connection (autocommit)."""

    import sqlite_utils

    from app.models.migrations import MIGRATIONS

    conn = sqlite_driver.connect(path)
    db = sqlite_utils.Database(conn)
    for number, migration in enumerate(MIGRATIONS[:version]):
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {number + 1}")
    return conn


def many_notes(store: Store, case_id: int, count: int, first_day: str = "2020-01-06") -> None:
    """``count`` short draft notes in the case, eight a day from ``first_day``, written in one
    statement (a case with 15 000 notes in well under a second; notes.add would take minutes)."""
    import datetime as dt

    template = store.notes.add(case_id, first_day, "samtal", "Anteckning 0: kort.")
    row = store.query_one("SELECT * FROM notes WHERE id = ?", (template.id,))
    columns = [c for c in row if c != "id"]
    start = dt.date.fromisoformat(first_day)

    def values(n: int) -> tuple:
        new = {**row, "note_date": (start + dt.timedelta(days=n // 8)).isoformat(), "text": f"Anteckning {n}: kort."}
        return tuple(new[c] for c in columns)

    with store.transaction() as tx:
        tx.executemany(f"INSERT INTO notes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                       [values(n) for n in range(1, count)])
