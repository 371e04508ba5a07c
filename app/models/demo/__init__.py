"""Demo data: a database of fictitious clients, with cases in every step of the process, and the
work in them: development plans with versions and follow-ups, interventions, collaboration meetings,
goal evaluations, the situation before and after, closures, and group activities.

Used by ``python -m app demo --db PATH``, ``python -m app --demo`` and the bench's scratch
databases. Everyone is made up (see :mod:`.people`). A database that already holds clients is
refused, so demo data can never mix with real records.

Speed: the service layer validates and inserts one row at a time, which would take many minutes for
100 000 clients; here the rows are built in plain Python as dicts keyed by column name, checked
against the schema and written with ``executemany`` inside one transaction (:mod:`.rows`). The FTS
triggers on ``clients`` keep the search index up to date.

The parts: :mod:`.people`, :mod:`.timeline` (each case's steps over time, on :mod:`.clock`), then one
module per area of the record: :mod:`.cases` (the case, its steps and answers), :mod:`.consents`,
:mod:`.notes`, :mod:`.plans`, :mod:`.interventions` (and meetings), :mod:`.assessments`,
:mod:`.evaluation`, :mod:`.closure`, :mod:`.groups`; :mod:`.builder` puts them together.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from app.models.demo.answers import ANSWERS
from app.models.demo.builder import DEMO_PASSWORD, DemoCounts, build
from app.models.demo.rows import SchemaMismatch
from app.models.demo.timeline import STEP_KEYS
from app.models.errors import RuleError, ValidationError
from app.models.store import Store

__all__ = ["ANSWERS", "MAX_CLIENTS", "STEP_KEYS", "DemoCounts", "DemoRefused", "SchemaMismatch", "fill_demo",
           "make_demo_database"]

MAX_CLIENTS = 150_000  # the unique test personnummer run out at about 180 000


class DemoRefused(RuleError):
    """The database already holds clients: demo data must never mix with real records."""


def make_demo_database(
    path: str | Path,
    clients: int = 200,
    seed: int = 1,
    *,
    clock: Callable[[], dt.datetime] | None = None,
    encrypt: bool = False,
) -> str:
    """Fill a new or empty database with ``clients`` fictitious clients; returns a Swedish summary
    such as ``"1 000 klienter, 1 150 ärenden, 3 900 anteckningar"``. Same seed and day, same data.

    A demo database stays plain (fictitious people only; tools can read it) unless ``encrypt``: then
    it is made encrypted, every demo user opens it with the demo password, and the summary ends with
    its recovery key."""
    code = None
    if encrypt:
        from app.models import encryption

        store, code = encryption.create_database(path, clock)
    else:
        store = Store.open(path, clock=clock)
    try:
        summary = fill_demo(store, clients=clients, seed=seed).summary()
        if code is not None:
            from app.models import encryption

            for user in store.users.all():
                encryption.wrap_for_user(store, user.id, user.name, DEMO_PASSWORD)
            encryption.recovery_key_shown(store)  # it is in the summary the command prints
            summary += f"; krypterad, återställningsnyckel {code}"
        return summary
    finally:
        store.close()


def fill_demo(store: Store, clients: int = 200, seed: int = 1) -> DemoCounts:
    """The work of :func:`make_demo_database` on an open store, in one transaction."""
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValidationError.single(
            "clients", f"Antalet demoklienter ska vara mellan 1 och {MAX_CLIENTS:,}.".replace(",", " ")
        )
    # The builder writes consistent rows (the tests run PRAGMA foreign_key_check on its output);
    # checking every reference row by row costs a sixth of the build for 100 000 clients.
    with store.transaction(check_foreign_keys=False) as tx:
        if store.clients.count():
            raise DemoRefused(
                "Databasen innehåller redan klienter. Demodata skapas bara i en ny eller tom databas, "
                "så att påhittade och riktiga uppgifter aldrig blandas."
            )
        return build(store, tx, random.Random(seed), clients)
