"""Numbered schema migrations. The database's ``PRAGMA user_version`` is the number of the last
migration applied. Never edit a released migration: add a new one at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    import sqlite_utils

from app.models.sqlscript import run_script

Migration = Callable[["sqlite_utils.Database"], None]


def _m001_initial(db: sqlite_utils.Database) -> None:
    run_script(db,
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            personnummer TEXT UNIQUE,          -- 12 digits, NULL when the person has none
            is_coordination INTEGER NOT NULL DEFAULT 0,
            birth_year INTEGER NOT NULL,
            gender TEXT NOT NULL,
            education TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            anonymous_in_stats INTEGER NOT NULL DEFAULT 0,
            protected_identity INTEGER NOT NULL DEFAULT 0,
            search_text TEXT NOT NULL DEFAULT '',  -- casefolded name + case numbers (+ pnr unless protected)
            sort_key TEXT NOT NULL DEFAULT '',     -- surname, first name in Swedish alphabetical order
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL
        );
        CREATE INDEX clients_sort ON clients(sort_key, id);

        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            case_number TEXT NOT NULL UNIQUE,
            referral_date TEXT NOT NULL,
            referred_by TEXT NOT NULL,
            referred_by_other TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            target_group TEXT NOT NULL,
            responsible_user_id INTEGER REFERENCES users(id),
            ama_start_date TEXT,
            status TEXT NOT NULL DEFAULT 'aktiv',
            closed_date TEXT,
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL
        );
        CREATE INDEX cases_client ON cases(client_id);
        CREATE INDEX cases_status ON cases(status, responsible_user_id);

        CREATE TABLE case_steps (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            step TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'ej_paborjad',
            started_at TEXT,
            started_by INTEGER REFERENCES users(id),
            completed_at TEXT,
            completed_by INTEGER REFERENCES users(id),
            skip_reason TEXT NOT NULL DEFAULT '',  -- e.g. why Avsluta without Utvärdera
            PRIMARY KEY (case_id, step)
        );

        -- Every state change of a step, for the history shown in the case.
        CREATE TABLE step_events (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            step TEXT NOT NULL,
            action TEXT NOT NULL,            -- started / completed / reopened
            note TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            user_id INTEGER REFERENCES users(id)
        );
        CREATE INDEX step_events_case ON step_events(case_id);

        CREATE TABLE step_answers (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            question TEXT NOT NULL,          -- question key from resources/process.json
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id),
            PRIMARY KEY (case_id, question)
        );

        CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            recipient TEXT NOT NULL,
            recipient_other TEXT NOT NULL DEFAULT '',
            form TEXT NOT NULL,
            given_date TEXT NOT NULL,
            withdrawn_date TEXT,
            scope TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX consents_case ON consents(case_id);

        -- Journal notes. signed_* and corrects_id are for signing (a later release):
        -- a signed note is never changed; a correction is a new note pointing to it.
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            note_date TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            author_id INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            signed_at TEXT,
            signed_by INTEGER REFERENCES users(id),
            corrects_id INTEGER REFERENCES notes(id),
            correction_reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX notes_case ON notes(case_id, note_date);
        """
    )
    # Substring search over names, personnummer and case numbers: a trigram FTS5 index
    # answers "contains" queries without scanning every client.
    db.execute(
        "CREATE VIRTUAL TABLE clients_search USING fts5("
        "search_text, content='clients', content_rowid='id', tokenize='trigram')"
    )
    run_script(db,
        """
        CREATE TRIGGER clients_search_ai AFTER INSERT ON clients BEGIN
            INSERT INTO clients_search(rowid, search_text) VALUES (new.id, new.search_text);
        END;
        CREATE TRIGGER clients_search_ad AFTER DELETE ON clients BEGIN
            INSERT INTO clients_search(clients_search, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
        END;
        CREATE TRIGGER clients_search_au AFTER UPDATE OF search_text ON clients BEGIN
            INSERT INTO clients_search(clients_search, rowid, search_text)
            VALUES ('delete', old.id, old.search_text);
            INSERT INTO clients_search(rowid, search_text) VALUES (new.id, new.search_text);
        END;
        """
    )


def _m002_assessments(db: sqlite_utils.Database) -> None:
    """Administrations of assessment instruments (WEIS-S, AWP, DOA ...) in a case."""
    run_script(db,
        """
        -- One administration. definition_json is the whole definition as given, so an old
        -- administration keeps its version when the definition file changes later.
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            instrument_id TEXT NOT NULL,
            instrument_version TEXT NOT NULL,
            definition_json TEXT NOT NULL,
            assessment_date TEXT NOT NULL,
            assessor_id INTEGER REFERENCES users(id),
            status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'klar')),
            confirmed_open_items INTEGER NOT NULL DEFAULT 0,  -- completed with items left open, on purpose
            completed_at TEXT,
            completed_by INTEGER REFERENCES users(id),
            signed_at TEXT,                                   -- signing arrives later; signed = locked
            signed_by INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            CHECK (signed_at IS NULL OR status = 'klar')
        );
        CREATE INDEX assessments_case ON assessments(case_id, instrument_id, assessment_date);

        -- One row per rated (or commented) item and part; value NULL and na 0 = still open.
        CREATE TABLE assessment_ratings (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id),
            part TEXT NOT NULL,
            item_id TEXT NOT NULL,
            value INTEGER,
            na INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1)),
            comment TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id),
            PRIMARY KEY (assessment_id, part, item_id),
            CHECK (NOT (na = 1 AND value IS NOT NULL))
        );

        -- Free-text answers of the whole administration (interpretation, goals ...).
        CREATE TABLE assessment_texts (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id),
            field TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id),
            PRIMARY KEY (assessment_id, field)
        );
        """
    )
    # A signed administration is locked in the schema itself, so no code path can change it.
    for table in ("assessment_ratings", "assessment_texts"):
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            db.execute(
                f"""CREATE TRIGGER {table}_locked_{event.lower()} BEFORE {event} ON {table}
                WHEN (SELECT signed_at FROM assessments WHERE id = {row}.assessment_id) IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'Bedömningen är signerad och kan inte ändras.'); END"""
            )
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER assessments_locked_{event.lower()} BEFORE {event} ON assessments
            WHEN OLD.signed_at IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'Bedömningen är signerad och kan inte ändras.'); END"""
        )


MIGRATIONS: list[Migration] = [
    _m001_initial,
    _m002_assessments,
]

LATEST_VERSION = len(MIGRATIONS)
