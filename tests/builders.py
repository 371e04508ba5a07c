"""Builders for the records many tests need, as plain functions of a store (the fixtures in
tests/conftest.py wrap the first ones). Every default is fictitious; personnummer only from
Skatteverket's test series (see tests/support.py)."""

from __future__ import annotations

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
