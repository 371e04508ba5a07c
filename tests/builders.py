"""Builders for the records many tests need, as plain functions of a store (the fixtures in
tests/conftest.py wrap the first ones). Every default is fictitious; personnummer only from
Skatteverket's test series (see tests/support.py)."""

from __future__ import annotations

from app.models.cases import Case, CaseInput
from app.models.clients import Client, ClientInput
from app.models.store import Store


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
