"""Fixtures for the domain/storage tests (app/models): a store on a temporary file with a fixed
clock, a signed-in user, and small factories for clients and cases."""

from __future__ import annotations

import pytest

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.store import Store

from .support import FIXED_NOW


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "atama.sqlite"


@pytest.fixture
def store(db_path):
    store = Store.open(db_path, clock=lambda: FIXED_NOW)
    yield store
    store.close()


@pytest.fixture
def user(store):
    """Anna is signed in: she is the author of everything the test writes."""
    anna = store.users.add("Anna Andersson", "arbetsterapeut")
    store.users.sign_in(anna.id)
    return anna


@pytest.fixture
def add_client(store):
    def add(**fields):
        data = {"first_name": "Testa", "last_name": "Testsson", "birth_year": 1980, "gender": "kvinna"}
        if fields.get("personnummer"):
            data.pop("birth_year")
        data.update(fields)
        return store.clients.add(ClientInput(**data))

    return add


@pytest.fixture
def open_case(store):
    def open_(client_id, **fields):
        data = {"referral_date": "2026-11-02", "referred_by": "arbetsledare", "target_group": "ama_medarbetare"}
        data.update(fields)
        return store.cases.open(client_id, CaseInput(**data))

    return open_


@pytest.fixture
def case(store, user, add_client, open_case):
    """One active case for a client without personnummer, opened by Anna."""
    client = add_client(first_name="Kalle", last_name="Kartläggare")
    return open_case(client.id)


def count(store, table: str) -> int:
    return store.query_value(f"SELECT count(*) FROM {table}")


@pytest.fixture
def row_counts(store):
    """Row counts of every data table, to show that a refused write left nothing behind."""
    tables = ["users", "clients", "cases", "case_steps", "step_events", "step_answers", "consents", "notes"]
    return lambda: {t: count(store, t) for t in tables}
