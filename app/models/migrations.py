"""Numbered schema migrations. The database's ``PRAGMA user_version`` is the number of the last
migration applied. Never edit a released migration: add a new one at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from app.models.sqlscript import run_script

Migration = Callable[["sqlite_utils.Database"], None]


class MigrationFailed(Exception):
    """Migration ``number`` (1-based: its place in MIGRATIONS) raised ``cause`` while a file at
    ``from_version`` was brought up to ``to_version``; every pending migration was rolled back with it (one
    transaction), so the file is as it was. Store.open words it for the user (file_check)."""

    def __init__(self, from_version: int, to_version: int, number: int, name: str, cause: BaseException):
        super().__init__(f"migration {number} ({name}) failed: {cause}")
        self.from_version = from_version
        self.to_version = to_version
        self.number = number
        self.name = name
        self.cause = cause


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


def _m003_plans_and_closure(db: sqlite_utils.Database) -> None:
    """Development plans in versions, interventions and collaboration meetings, goal evaluation,
    the client's situation before/after, closures, and group activities."""
    run_script(db,
        """
        -- A development plan is its versions: the newest may be a draft, every earlier one was
        -- agreed with the client and never changes (a revision is a new version).
        CREATE TABLE plan_versions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            version INTEGER NOT NULL CHECK (version >= 1),
            main_goal TEXT NOT NULL,
            baseline TEXT NOT NULL DEFAULT '',            -- utgångsläge, in words
            client_priorities TEXT NOT NULL DEFAULT '',
            follow_up_date TEXT,                          -- follow-up of the plan as a whole
            agreed_date TEXT,                             -- NULL: draft
            agreed_participants TEXT NOT NULL DEFAULT '',
            agreed_at TEXT,
            agreed_by INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            UNIQUE (case_id, version)
        );

        CREATE TABLE plan_goals (
            id INTEGER PRIMARY KEY,
            plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
            position INTEGER NOT NULL,
            lineage_id INTEGER NOT NULL,                  -- id of the sub-goal's first version
            text TEXT NOT NULL,
            actions TEXT NOT NULL DEFAULT '',             -- strategier/åtgärder
            responsible TEXT NOT NULL,
            responsible_other TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            target_date TEXT,
            follow_up_date TEXT,
            CHECK (target_date IS NULL OR target_date >= start_date)
        );
        CREATE INDEX plan_goals_version ON plan_goals(plan_version_id, position);
        CREATE INDEX plan_goals_lineage ON plan_goals(lineage_id);

        -- Follow-ups held on an agreed version, each naming the next one.
        CREATE TABLE plan_follow_ups (
            id INTEGER PRIMARY KEY,
            plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
            follow_up_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            next_follow_up TEXT,
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX plan_follow_ups_version ON plan_follow_ups(plan_version_id, follow_up_date);

        -- One row per case with a plan, kept by app/models/plans.py: what the four-week rule,
        -- the current-plan share and the start page need, without reading every version.
        CREATE TABLE plans (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id),
            latest_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
            agreed_version_id INTEGER REFERENCES plan_versions(id),  -- newest agreed version
            first_agreed_date TEXT,
            next_follow_up TEXT,                                      -- of the agreed version
            updated_at TEXT NOT NULL
        );
        CREATE INDEX plans_follow_up ON plans(next_follow_up);

        CREATE TABLE interventions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            intervention_date TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes >= 0),
            model TEXT NOT NULL,
            kind TEXT NOT NULL,
            goal_id INTEGER REFERENCES plan_goals(id),    -- the sub-goal it serves
            text TEXT NOT NULL DEFAULT '',
            author_id INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX interventions_case ON interventions(case_id, intervention_date);
        CREATE INDEX interventions_goal ON interventions(goal_id) WHERE goal_id IS NOT NULL;

        -- Collaboration meetings with partners (Af, FK, vården ...).
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            meeting_date TEXT NOT NULL,
            kind TEXT NOT NULL,
            partner_other TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            author_id INTEGER REFERENCES users(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX meetings_case ON meetings(case_id, meeting_date);
        CREATE TABLE meeting_partners (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            partner TEXT NOT NULL,
            PRIMARY KEY (meeting_id, partner)
        ) WITHOUT ROWID;

        -- Evaluation of one goal of a plan version; goal_id NULL is the main goal.
        CREATE TABLE goal_evaluations (
            id INTEGER PRIMARY KEY,
            plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
            goal_id INTEGER REFERENCES plan_goals(id),
            evaluated_date TEXT NOT NULL,
            baseline TEXT NOT NULL DEFAULT '',
            now_text TEXT NOT NULL,
            goal TEXT NOT NULL DEFAULT '',
            attainment TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',               -- why not (fully) reached
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id)
        );
        CREATE UNIQUE INDEX goal_evaluations_goal ON goal_evaluations(plan_version_id, coalesce(goal_id, 0));

        -- The client's situation when the case opened (occupation, income, degree of occupation).
        CREATE TABLE situations_before (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id),
            recorded_date TEXT NOT NULL,
            occupation TEXT NOT NULL,
            income_source TEXT NOT NULL,
            occupation_percent INTEGER NOT NULL CHECK (occupation_percent BETWEEN 0 AND 100),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id)
        );

        -- Every closure of a case; reopening Avsluta marks the one in force superseded.
        CREATE TABLE closures (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            closed_date TEXT NOT NULL,
            outcome TEXT NOT NULL,
            outcome_other TEXT NOT NULL DEFAULT '',
            continued_where TEXT NOT NULL DEFAULT '',
            continued_purpose TEXT NOT NULL DEFAULT '',
            collaboration TEXT NOT NULL DEFAULT '',
            occupation_after TEXT NOT NULL,
            income_source_after TEXT NOT NULL,
            occupation_percent_after INTEGER NOT NULL CHECK (occupation_percent_after BETWEEN 0 AND 100),
            reason TEXT NOT NULL DEFAULT '',               -- why closed without a finished Utvärdera
            superseded_at TEXT,
            superseded_by INTEGER REFERENCES users(id),
            superseded_note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX closures_case ON closures(case_id, id);
        CREATE UNIQUE INDEX closures_in_force ON closures(case_id) WHERE superseded_at IS NULL;

        -- However a closed case is reopened, the closure then in force stays as history, marked
        -- with the reopening (Process.reopen logs the event before it changes the status).
        CREATE TRIGGER closures_superseded_on_reopen AFTER UPDATE OF status ON cases
        WHEN OLD.status = 'avslutad' AND NEW.status != 'avslutad'
        BEGIN
            UPDATE closures SET (superseded_at, superseded_by, superseded_note) = (
                SELECT coalesce(e.at, strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')), e.user_id,
                       coalesce(e.note, '')
                FROM (SELECT 1) LEFT JOIN (SELECT at, user_id, note FROM step_events
                      WHERE case_id = NEW.id AND step = 'avsluta' AND action = 'reopened'
                      ORDER BY id DESC LIMIT 1) e)
            WHERE case_id = NEW.id AND superseded_at IS NULL;
        END;

        -- Group activities (ReDO, Friskvårdstimmen, lectures ...): not tied to one case.
        CREATE TABLE group_activities (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            other_leaders TEXT NOT NULL DEFAULT '',        -- leaders who are not users of the app
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL
        );
        CREATE TABLE group_leaders (
            activity_id INTEGER NOT NULL REFERENCES group_activities(id),
            user_id INTEGER NOT NULL REFERENCES users(id),
            PRIMARY KEY (activity_id, user_id)
        ) WITHOUT ROWID;
        CREATE TABLE group_sessions (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES group_activities(id),
            session_date TEXT NOT NULL,
            guests INTEGER NOT NULL DEFAULT 0 CHECK (guests >= 0),  -- people who are not clients
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX group_sessions_activity ON group_sessions(activity_id, session_date);
        CREATE TABLE group_participants (
            activity_id INTEGER NOT NULL REFERENCES group_activities(id),
            client_id INTEGER NOT NULL REFERENCES clients(id),
            PRIMARY KEY (activity_id, client_id)
        ) WITHOUT ROWID;
        CREATE INDEX group_participants_client ON group_participants(client_id);
        CREATE TABLE group_attendance (
            session_id INTEGER NOT NULL REFERENCES group_sessions(id),
            client_id INTEGER NOT NULL REFERENCES clients(id),
            PRIMARY KEY (session_id, client_id)
        ) WITHOUT ROWID;
        CREATE INDEX group_attendance_client ON group_attendance(client_id);
        """
    )


def _m004_sequences_and_export_log(db: sqlite_utils.Database) -> None:
    run_script(db,
        """
        -- Guided sequences for a target group (follow-up of repeated short-term absence): one row
        -- per case and step of the sequence defined in resources/sequences.json.
        CREATE TABLE sequence_steps (
            case_id INTEGER NOT NULL REFERENCES cases(id),
            step_key TEXT NOT NULL,
            step_date TEXT,                                  -- planned, then held
            note TEXT NOT NULL DEFAULT '',
            assessment_id INTEGER REFERENCES assessments(id), -- the instrument given at this step
            done_at TEXT,
            done_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id),
            PRIMARY KEY (case_id, step_key)
        ) WITHOUT ROWID;

        -- Every document that leaves the app (R3: exports are logged). Append-only.
        CREATE TABLE export_log (
            id INTEGER PRIMARY KEY,
            exported_at TEXT NOT NULL,
            user_id INTEGER REFERENCES users(id),
            document TEXT NOT NULL,            -- plan, report, record, form, info_sheet, caseload, sus ...
            recipient TEXT NOT NULL DEFAULT '', -- klient, af, fk ... ('' = the unit itself)
            case_id INTEGER REFERENCES cases(id),
            details TEXT NOT NULL DEFAULT '',  -- plan version, period, instrument ...
            file_name TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX export_log_case ON export_log(case_id, exported_at);
        CREATE TRIGGER export_log_no_update BEFORE UPDATE ON export_log
        BEGIN SELECT RAISE(ABORT, 'export_log is append-only'); END;
        CREATE TRIGGER export_log_no_delete BEFORE DELETE ON export_log
        BEGIN SELECT RAISE(ABORT, 'export_log is append-only'); END;
        """
    )


def _m005_search_walk_index(db: sqlite_utils.Database) -> None:
    # The client search walks the list order and tests the search text where the trigram index
    # cannot help or finds too many rows to sort (app.models.clients.search_sql): with the text in
    # the index that walk never reads the wide client rows, about ten times faster.
    db.execute("CREATE INDEX clients_sort_text ON clients(sort_key, id, search_text)")


def _m006_access_log(db: sqlite_utils.Database) -> None:
    run_script(db,
        """
        -- Every access to the record (R5, PDL 4:3): who did what with whose record, when, in which
        -- unit. Append-only; a row younger than five years can never be removed. No foreign keys:
        -- the log outlives what it names (a disposed case, a removed profile), so names are copied in.
        CREATE TABLE access_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,                    -- YYYY-MM-DD HH:MM:SS, local time
            unit TEXT NOT NULL,                  -- the unit's name when it happened
            user_id INTEGER,
            user_name TEXT NOT NULL DEFAULT '',  -- as the user was called then
            action TEXT NOT NULL,                -- app.models.access_log.LogAction
            client_id INTEGER,
            case_id INTEGER,
            what TEXT NOT NULL DEFAULT ''        -- which entry, document, version, recipient ...
        );
        CREATE INDEX access_log_at ON access_log(at);
        CREATE INDEX access_log_client ON access_log(client_id, at);
        CREATE INDEX access_log_user ON access_log(user_id, at);
        CREATE INDEX access_log_action ON access_log(action, at);
        CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'Åtkomstloggen kan inte ändras.'); END;
        CREATE TRIGGER access_log_kept_five_years BEFORE DELETE ON access_log
        WHEN OLD.at > datetime('now', 'localtime', '-5 years')
        BEGIN SELECT RAISE(ABORT, 'En rad i åtkomstloggen sparas i minst fem år.'); END;

        -- A case being disposed of under the unit's gallringsbeslut (R7): while its id is here, inside
        -- the disposal's own transaction, the triggers that keep journal rows let that case's rows go.
        -- Nothing else ever writes here.
        CREATE TABLE disposal_running (case_id INTEGER PRIMARY KEY);
        """
    )


def _m007_log_review(db: sqlite_utils.Database) -> None:
    run_script(db,
        """
        -- The log review (loggkontroll, R5): each review stored as a record of its own, who reviewed,
        -- when, what was looked at and what was found. Append-only like the log it reviews; names are
        -- copied in (the review outlives a removed profile).
        CREATE TABLE log_reviews (
            id INTEGER PRIMARY KEY,
            reviewed_at TEXT NOT NULL,
            reviewer_id INTEGER,
            reviewer_name TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL,
            period_start TEXT NOT NULL,          -- YYYY-MM-DD, the first day looked at
            period_end TEXT NOT NULL,            -- YYYY-MM-DD, the last day
            looked_at TEXT NOT NULL DEFAULT '',  -- the selection reviewed, in words
            findings TEXT NOT NULL
        );
        CREATE INDEX log_reviews_at ON log_reviews(reviewed_at);
        CREATE TRIGGER log_reviews_no_update BEFORE UPDATE ON log_reviews
        BEGIN SELECT RAISE(ABORT, 'En sparad loggkontroll kan inte ändras.'); END;
        CREATE TRIGGER log_reviews_no_delete BEFORE DELETE ON log_reviews
        BEGIN SELECT RAISE(ABORT, 'En sparad loggkontroll raderas aldrig.'); END;

        -- Whose case it was when the row was written: the case's responsible then, copied in like the
        -- user's name (responsibility moves; the review asks about the time of the access). NULL in
        -- rows written before this version and in rows without a case.
        ALTER TABLE access_log ADD COLUMN responsible_id INTEGER;
        -- The review's ready list: openings of a case by someone who was not its responsible. Rows from
        -- before this version (NULL) are in it too and are judged by the case's responsible now.
        CREATE INDEX access_log_others_cases ON access_log(at)
            WHERE action = 'open_case' AND user_id IS NOT responsible_id;
        """
    )


# Every column of a note: a signed or struck note keeps all of them (migration 8's triggers).
_NOTE_COLUMNS = ("case_id", "note_date", "kind", "text", "author_id", "created_at", "updated_at", "signed_at",
                 "signed_by", "corrects_id", "correction_reason", "record_kind", "struck_at", "struck_by",
                 "strike_reason", "objection_to_id")


def _m008_journal_notes(db: sqlite_utils.Database) -> None:
    """Notes become journal entries that are signed, struck out or corrected, never changed or deleted
    (R2, R3). Every existing note stays as it was: a draft by its author, now with its record kind."""
    run_script(db,
        """
        -- 'journal' (the OT's health-care record under PDL) or 'coordinator' (not a health record),
        -- from the author's title when written. NULL only for an instant: notes_record_kind fills it.
        ALTER TABLE notes ADD COLUMN record_kind TEXT CHECK (record_kind IN ('journal', 'coordinator'));
        -- A draft struck out (makulerad) by its author, with the reason; it stays readable.
        ALTER TABLE notes ADD COLUMN struck_at TEXT;
        ALTER TABLE notes ADD COLUMN struck_by INTEGER REFERENCES users(id);
        ALTER TABLE notes ADD COLUMN strike_reason TEXT NOT NULL DEFAULT '';
        -- The client's objection (avvikande mening) is a note of its own kind, 'avvikande_mening',
        -- recorded by the user and pointing to the note it objects to. (A correction is a note with
        -- corrects_id and correction_reason, migration 1.)
        ALTER TABLE notes ADD COLUMN objection_to_id INTEGER REFERENCES notes(id)
            CHECK ((objection_to_id IS NULL) = (kind IS NOT 'avvikande_mening'));
        CREATE INDEX notes_corrects ON notes(corrects_id) WHERE corrects_id IS NOT NULL;
        CREATE INDEX notes_objection ON notes(objection_to_id) WHERE objection_to_id IS NOT NULL;
        CREATE INDEX notes_unsigned ON notes(author_id, created_at) WHERE signed_at IS NULL AND struck_at IS NULL;

        UPDATE notes SET record_kind = CASE
            WHEN coalesce((SELECT title FROM users WHERE id = notes.author_id), 'arbetsterapeut') = 'arbetsterapeut'
            THEN 'journal' ELSE 'coordinator' END;

        -- The author's title decides the kind for every way a note comes in (the app, the demo, a bulk load).
        CREATE TRIGGER notes_record_kind AFTER INSERT ON notes WHEN NEW.record_kind IS NULL
        BEGIN
            UPDATE notes SET record_kind = CASE
                WHEN coalesce((SELECT title FROM users WHERE id = NEW.author_id), 'arbetsterapeut') = 'arbetsterapeut'
                THEN 'journal' ELSE 'coordinator' END
            WHERE id = NEW.id;
        END;

        -- Journal rows are never hard-deleted, drafts neither (R2), except by a disposal (R7).
        CREATE TRIGGER notes_never_deleted BEFORE DELETE ON notes
        WHEN NOT EXISTS (SELECT 1 FROM disposal_running WHERE case_id = OLD.case_id)
        BEGIN
            SELECT RAISE(ABORT, 'En journalanteckning raderas aldrig, inte heller ett utkast. Makulera den i stället.');
        END;

        -- Only the author signs, and a signature is a time and a signer together.
        CREATE TRIGGER notes_signed_by_author_insert BEFORE INSERT ON notes
        WHEN (NEW.signed_at IS NULL) != (NEW.signed_by IS NULL) OR NEW.signed_by IS NOT NEW.author_id
             AND NEW.signed_by IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'Bara den som skrev anteckningen kan signera den.'); END;
        CREATE TRIGGER notes_signed_by_author BEFORE UPDATE OF signed_at, signed_by, author_id ON notes
        WHEN (NEW.signed_at IS NULL) != (NEW.signed_by IS NULL) OR NEW.signed_by IS NOT NEW.author_id
             AND NEW.signed_by IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'Bara den som skrev anteckningen kan signera den.'); END;

        -- A strike-out names who and why.
        CREATE TRIGGER notes_strike_needs_reason BEFORE UPDATE OF struck_at, struck_by, strike_reason ON notes
        WHEN NEW.struck_at IS NOT NULL AND (NEW.struck_by IS NULL OR trim(NEW.strike_reason) = '')
        BEGIN SELECT RAISE(ABORT, 'En makulering behöver ett skäl och den som makulerar.'); END;
        """
    )
    columns = ", ".join(_NOTE_COLUMNS)
    for state, column, message in (("signed", "signed_at", "Anteckningen är signerad och kan inte ändras."),
                                   ("struck", "struck_at", "Anteckningen är makulerad och kan inte ändras.")):
        db.execute(
            f"""CREATE TRIGGER notes_{state}_locked BEFORE UPDATE OF {columns} ON notes
            WHEN OLD.{column} IS NOT NULL
            BEGIN SELECT RAISE(ABORT, '{message}'); END"""
        )


# Migration 9: the records other than notes that are signed (app/models/signing.py names each one's
# author). table -> (the author's column, the columns locked once signed, its name, its gender: "en"/"ett")
_SIGNED_TABLES = {
    "plan_versions": ("created_by", ("case_id", "version", "main_goal", "baseline", "client_priorities",
                                     "follow_up_date", "agreed_date", "agreed_participants", "agreed_at",
                                     "agreed_by", "created_at", "created_by", "updated_at", "signed_at",
                                     "signed_by"), "Planversionen", "en"),
    "goal_evaluations": ("updated_by", ("plan_version_id", "goal_id", "evaluated_date", "baseline", "now_text",
                                        "goal", "attainment", "reason", "created_at", "created_by", "updated_at",
                                        "updated_by", "signed_at", "signed_by"), "Utvärderingen", "en"),
    "case_steps": ("completed_by", ("case_id", "step", "state", "started_at", "started_by", "completed_at",
                                    "completed_by", "skip_reason", "signed_at", "signed_by"), "Steget", "ett"),
    # superseded_* are bookkeeping: reopening Avsluta marks a signed closure superseded
    # (closures_superseded_on_reopen), and the closure itself stays as it was.
    "closures": ("created_by", ("case_id", "closed_date", "outcome", "outcome_other", "continued_where",
                                "continued_purpose", "collaboration", "occupation_after", "income_source_after",
                                "occupation_percent_after", "reason", "created_at", "created_by", "signed_at",
                                "signed_by"), "Avslutet", "ett"),
}


def _m009_sign_records(db: sqlite_utils.Database) -> None:
    """Assessments, plan versions, goal evaluations, the answers of a finished step and closures are
    signed by their author and never change after; none of these rows is deleted except by a disposal
    (R2, R3, R7). Every existing row stays as it was: a draft by its author."""
    from app.models.process import load_process

    for table in ("plan_versions", "goal_evaluations", "case_steps", "closures"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN signed_at TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN signed_by INTEGER REFERENCES users(id)")
    run_script(db,
        """
        -- A signed administration is corrected by a new one pointing to it, with the reason.
        ALTER TABLE assessments ADD COLUMN corrects_id INTEGER REFERENCES assessments(id);
        ALTER TABLE assessments ADD COLUMN correction_reason TEXT NOT NULL DEFAULT '';
        CREATE INDEX assessments_corrects ON assessments(corrects_id) WHERE corrects_id IS NOT NULL;
        -- The step an answer belongs to, so a signed step locks its answers (filled below from
        -- resources/process.json; every way an answer comes in gives it).
        ALTER TABLE step_answers ADD COLUMN step TEXT NOT NULL DEFAULT '';

        -- What waits for its author's signature (Mina osignerade poster, Att göra).
        CREATE INDEX assessments_unsigned ON assessments(created_by) WHERE signed_at IS NULL;
        CREATE INDEX plan_versions_unsigned ON plan_versions(created_by) WHERE signed_at IS NULL;
        CREATE INDEX goal_evaluations_unsigned ON goal_evaluations(updated_by) WHERE signed_at IS NULL;
        CREATE INDEX case_steps_unsigned ON case_steps(completed_by) WHERE signed_at IS NULL AND state = 'klar';
        CREATE INDEX closures_unsigned ON closures(created_by) WHERE signed_at IS NULL;

        -- Migration 2 kept a signed administration from being deleted even by a disposal; now no
        -- administration (drafts neither) is deleted, except by a disposal.
        DROP TRIGGER assessments_locked_delete;
        DROP TRIGGER assessment_ratings_locked_delete;
        DROP TRIGGER assessment_texts_locked_delete;
        CREATE TRIGGER assessments_never_deleted BEFORE DELETE ON assessments
        WHEN NOT EXISTS (SELECT 1 FROM disposal_running WHERE case_id = OLD.case_id)
        BEGIN SELECT RAISE(ABORT, 'En bedömning raderas aldrig, inte heller ett utkast.'); END;
        CREATE TRIGGER assessments_signed_by_author BEFORE UPDATE OF signed_at, signed_by, created_by ON assessments
        WHEN OLD.signed_at IS NULL AND ((NEW.signed_at IS NULL) != (NEW.signed_by IS NULL)
             OR NEW.signed_by IS NOT NEW.created_by AND NEW.signed_by IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, 'Bara den som gjorde bedömningen kan signera den.'); END;
        CREATE TRIGGER assessments_signed_by_author_insert BEFORE INSERT ON assessments
        WHEN (NEW.signed_at IS NULL) != (NEW.signed_by IS NULL) OR NEW.signed_by IS NOT NEW.created_by
             AND NEW.signed_by IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'Bara den som gjorde bedömningen kan signera den.'); END;
        """
    )
    for child in ("assessment_ratings", "assessment_texts"):
        db.execute(
            f"""CREATE TRIGGER {child}_locked_delete BEFORE DELETE ON {child}
            WHEN (SELECT signed_at FROM assessments WHERE id = OLD.assessment_id) IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM disposal_running d JOIN assessments a ON a.case_id = d.case_id
                                 WHERE a.id = OLD.assessment_id)
            BEGIN SELECT RAISE(ABORT, 'Bedömningen är signerad och kan inte ändras.'); END"""
        )

    for table, (author, columns, name, gender) in _SIGNED_TABLES.items():
        signed = "signerad" if gender == "en" else "signerat"
        db.execute(
            f"""CREATE TRIGGER {table}_signed_locked BEFORE UPDATE OF {", ".join(columns)} ON {table}
            WHEN OLD.signed_at IS NOT NULL
            BEGIN SELECT RAISE(ABORT, '{name} är {signed} och kan inte ändras.'); END"""
        )
        case = "OLD.case_id" if table != "goal_evaluations" else (
            "(SELECT case_id FROM plan_versions WHERE id = OLD.plan_version_id)")
        db.execute(
            f"""CREATE TRIGGER {table}_never_deleted BEFORE DELETE ON {table}
            WHEN NOT EXISTS (SELECT 1 FROM disposal_running WHERE case_id = {case})
            BEGIN SELECT RAISE(ABORT, '{name} hör till journalen och raderas aldrig.'); END"""
        )
        # (a signed row's own trigger above refuses any change to it, with its own message)
        draft_only = "OLD.signed_at IS NULL AND "
        for event, columns_of, draft in (("INSERT", "", ""),
                                         ("UPDATE", f" OF signed_at, signed_by, {author}", draft_only)):
            db.execute(
                f"""CREATE TRIGGER {table}_signed_by_author{'_insert' if event == 'INSERT' else ''}
                BEFORE {event}{columns_of} ON {table}
                WHEN {draft}((NEW.signed_at IS NULL) != (NEW.signed_by IS NULL) OR NEW.signed_by IS NOT NEW.{author}
                     AND NEW.signed_by IS NOT NULL)
                BEGIN SELECT RAISE(ABORT, '{name} signeras bara av sin författare.'); END"""
            )
    run_script(db,
        """
        -- A step is signed when finished, and Avsluta is signed as its closure.
        CREATE TRIGGER case_steps_signed_when_done BEFORE UPDATE OF signed_at ON case_steps
        WHEN NEW.signed_at IS NOT NULL AND (NEW.state != 'klar' OR NEW.step = 'avsluta')
        BEGIN SELECT RAISE(ABORT, 'Bara ett klart steg signeras; Avsluta signeras som avslutet.'); END;
        -- A plan version is signed once agreed with the client.
        CREATE TRIGGER plan_versions_signed_when_agreed BEFORE UPDATE OF signed_at ON plan_versions
        WHEN NEW.signed_at IS NOT NULL AND NEW.agreed_date IS NULL
        BEGIN SELECT RAISE(ABORT, 'Planversionen signeras när den är överenskommen med klienten.'); END;
        -- Every answer names its step.
        CREATE TRIGGER step_answers_have_a_step BEFORE INSERT ON step_answers WHEN NEW.step = ''
        BEGIN SELECT RAISE(ABORT, 'Svaret saknar sitt steg.'); END;
        """
    )
    # Child rows are locked while their parent is signed; a disposal still takes them.
    children = {
        "plan_goals": ("(SELECT signed_at FROM plan_versions WHERE id = {row}.plan_version_id)",
                       "(SELECT case_id FROM plan_versions WHERE id = OLD.plan_version_id)",
                       "Planversionen är signerad och kan inte ändras."),
        "step_answers": ("(SELECT signed_at FROM case_steps WHERE case_id = {row}.case_id AND step = {row}.step)",
                         "OLD.case_id", "Steget är signerat och kan inte ändras."),
    }
    for table, (parent_signed, case, message) in children.items():
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            disposal = (f" AND NOT EXISTS (SELECT 1 FROM disposal_running WHERE case_id = {case})"
                        if event == "DELETE" else "")
            db.execute(
                f"""CREATE TRIGGER {table}_locked_{event.lower()} BEFORE {event} ON {table}
                WHEN {parent_signed.format(row=row)} IS NOT NULL{disposal}
                BEGIN SELECT RAISE(ABORT, '{message}'); END"""
            )
        if table == "step_answers":  # an answer moved to another step: the step it goes to locks too
            db.execute(
                f"""CREATE TRIGGER step_answers_locked_update_new BEFORE UPDATE OF case_id, step ON step_answers
                WHEN {parent_signed.format(row="NEW")} IS NOT NULL
                BEGIN SELECT RAISE(ABORT, '{message}'); END"""
            )

    # The step of every existing answer, from the process definition (the key's own prefix for an
    # answer to a question the process no longer asks).
    step_of = {q: s.key for s in load_process().steps for q in s.question_keys()}
    rows = db.execute("SELECT rowid, question FROM step_answers").fetchall()
    db.conn.executemany("UPDATE step_answers SET step = ? WHERE rowid = ?",
                        [(step_of.get(q, q.split(".", 1)[0]), rowid) for rowid, q in rows])



def _m010_retention_and_erasure(db: sqlite_utils.Database) -> None:
    """Erasure requests and holds on disposal (R7, R10), and the disposal's way past the append-only
    export log and the locks of signed assessments: while a case is in ``disposal_running`` (the
    disposal's own transaction, app/models/retention.py) its rows may go; at no other time."""
    run_script(db,
        """
        -- A client's request to have their data erased (GDPR art. 17). It is answered with a letter
        -- that refuses it while the retention duty applies; nothing is deleted.
        CREATE TABLE erasure_requests (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            received_date TEXT NOT NULL,
            channel TEXT NOT NULL,               -- brev, e-post, telefon, besok, annat
            request_text TEXT NOT NULL,          -- what the client asked for, in their words
            recorded_at TEXT NOT NULL,
            recorded_by INTEGER REFERENCES users(id),
            answered_at TEXT,                    -- when the letter was last made
            answered_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX erasure_requests_client ON erasure_requests(client_id, received_date);

        -- A case the unit keeps whatever the disposal rules say (a complaint, a dispute, research).
        CREATE TABLE retention_holds (
            case_id INTEGER PRIMARY KEY REFERENCES cases(id),
            reason TEXT NOT NULL CHECK (trim(reason) != ''),
            placed_at TEXT NOT NULL,
            placed_by INTEGER REFERENCES users(id)
        );
        CREATE TRIGGER retention_holds_never_disposed BEFORE INSERT ON disposal_running
        WHEN EXISTS (SELECT 1 FROM retention_holds WHERE case_id = NEW.case_id)
        BEGIN SELECT RAISE(ABORT, 'Ärendet har gallringsstopp och gallras inte.'); END;

        DROP TRIGGER export_log_no_delete;
        CREATE TRIGGER export_log_no_delete BEFORE DELETE ON export_log
        WHEN NOT EXISTS (SELECT 1 FROM disposal_running WHERE case_id = OLD.case_id)
        BEGIN SELECT RAISE(ABORT, 'export_log is append-only'); END;
        -- (Migration 9 already lets a disposal past the assessments' delete triggers.)
        """
    )


def _m011_passwords_roles_case_members(db: sqlite_utils.Database) -> None:
    """Who may see what (R4): a personal password per user (a salted scrypt hash, never the password),
    the administrator role, deactivated users, and the users a case is opened to besides its
    responsible. Existing users keep everything and choose a password at their first sign-in; the
    oldest of them becomes the unit's administrator, so someone can manage the others."""
    run_script(db,
        """
        -- 'scrypt$N$r$p$salt$hash' (app/models/users.py); NULL: no password chosen yet
        ALTER TABLE users ADD COLUMN password_hash TEXT;
        ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1));
        ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
        -- set by an administrator's (re)set password: the user chooses their own at the next sign-in
        ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
            CHECK (must_change_password IN (0, 1));
        UPDATE users SET is_admin = 1 WHERE id = (SELECT min(id) FROM users);

        -- A case is open to its responsible and to the users added here (by the responsible or an
        -- administrator; each change an access-log RIGHTS row). Gone with the case at a disposal.
        CREATE TABLE case_members (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL REFERENCES users(id),
            added_at TEXT NOT NULL,
            added_by INTEGER REFERENCES users(id),
            PRIMARY KEY (case_id, user_id)
        ) WITHOUT ROWID;
        CREATE INDEX case_members_user ON case_members(user_id, case_id);
        """
    )


# Migration 12: the drafts other than notes that may be struck out. table -> (its name, what else keeps
# a row from being struck besides a signature, its child tables and their key to it)
_STRUCK_TABLES = {
    "assessments": ("Bedömningen", "", (("assessment_ratings", "assessment_id"),
                                         ("assessment_texts", "assessment_id"))),
    "plan_versions": ("Planversionen", " OR NEW.agreed_date IS NOT NULL", (("plan_goals", "plan_version_id"),)),
}


def _m012_strike_drafts(db: sqlite_utils.Database) -> None:
    """Assessments and plan versions started by mistake are struck out (makulerade) by their author
    with a reason, like notes (R2): a draft is part of the record, never deleted; a struck one stays
    readable, marked so, and never changes again, its ratings, texts and sub-goals neither. A signed
    one is corrected instead (an agreed plan version by the next version). Every existing row stays
    as it was: not struck."""
    for table, (name, not_strikable, children) in _STRUCK_TABLES.items():
        db.execute(f"ALTER TABLE {table} ADD COLUMN struck_at TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN struck_by INTEGER REFERENCES users(id)")
        db.execute(f"ALTER TABLE {table} ADD COLUMN strike_reason TEXT NOT NULL DEFAULT ''")
        # A struck row never changes again, its strike neither.
        db.execute(
            f"""CREATE TRIGGER {table}_struck_locked BEFORE UPDATE ON {table} WHEN OLD.struck_at IS NOT NULL
            BEGIN SELECT RAISE(ABORT, '{name} är makulerad och kan inte ändras.'); END"""
        )
        # A strike-out names who and why, and only a draft is struck: a signed row is corrected.
        for event, columns_of in (("INSERT", ""), ("UPDATE", " OF struck_at, struck_by, strike_reason")):
            db.execute(
                f"""CREATE TRIGGER {table}_strike_needs_reason{'_insert' if event == 'INSERT' else ''}
                BEFORE {event}{columns_of} ON {table}
                WHEN NEW.struck_at IS NOT NULL AND (NEW.struck_by IS NULL OR trim(NEW.strike_reason) = '')
                BEGIN SELECT RAISE(ABORT, 'En makulering behöver ett skäl och den som makulerar.'); END"""
            )
        db.execute(
            f"""CREATE TRIGGER {table}_strike_drafts_only BEFORE UPDATE OF struck_at, signed_at ON {table}
            WHEN NEW.struck_at IS NOT NULL AND (OLD.signed_at IS NOT NULL OR NEW.signed_at IS NOT NULL{not_strikable})
            BEGIN SELECT RAISE(ABORT, 'Bara ett osignerat utkast kan makuleras; en signerad post rättas i stället.');
            END"""
        )
        db.execute(f"CREATE INDEX {table}_struck ON {table}(case_id) WHERE struck_at IS NOT NULL")
        for child, key in children:
            for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
                disposal = (f" AND NOT EXISTS (SELECT 1 FROM disposal_running d JOIN {table} p ON p.case_id = "
                            f"d.case_id WHERE p.id = OLD.{key})" if event == "DELETE" else "")
                db.execute(
                    f"""CREATE TRIGGER {child}_struck_{event.lower()} BEFORE {event} ON {child}
                    WHEN (SELECT struck_at FROM {table} WHERE id = {row}.{key}) IS NOT NULL{disposal}
                    BEGIN SELECT RAISE(ABORT, '{name} är makulerad och kan inte ändras.'); END"""
                )
            db.execute(
                f"""CREATE TRIGGER {child}_struck_update_new BEFORE UPDATE OF {key} ON {child}
                WHEN (SELECT struck_at FROM {table} WHERE id = NEW.{key}) IS NOT NULL
                BEGIN SELECT RAISE(ABORT, '{name} är makulerad och kan inte ändras.'); END"""
            )


def _m013_step_event_dates(db: sqlite_utils.Database) -> None:
    """The day a step was started and finished (its event dates: may lie in the past, never before
    the referral, never in the future), beside the time each was recorded (started_at, completed_at).
    Existing steps and step events take the day they were recorded. A signed step's event dates are
    locked with the rest of it."""
    run_script(db,
        """
        ALTER TABLE case_steps ADD COLUMN started_on TEXT;
        ALTER TABLE case_steps ADD COLUMN completed_on TEXT;
        UPDATE case_steps SET started_on = substr(started_at, 1, 10) WHERE started_at IS NOT NULL;
        UPDATE case_steps SET completed_on = substr(completed_at, 1, 10) WHERE completed_at IS NOT NULL;
        -- the day each start and completion in a step's history happened
        ALTER TABLE step_events ADD COLUMN event_date TEXT;
        UPDATE step_events SET event_date = substr(at, 1, 10);
        DROP TRIGGER case_steps_signed_locked;
        """
    )
    columns = (*_SIGNED_TABLES["case_steps"][1], "started_on", "completed_on")
    db.execute(
        f"""CREATE TRIGGER case_steps_signed_locked BEFORE UPDATE OF {", ".join(columns)} ON case_steps
        WHEN OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'Steget är signerat och kan inte ändras.'); END"""
    )


def _m014_case_number_serial_index(db) -> None:
    """The highest serial of a year (Cases._next_number) from an index instead of a scan of every
    case: opening 25 000 cases in one import rescanned the table for each (quadratic). The
    expressions are the query's, character for character: SQLite uses an index on expressions only
    when the query repeats them."""
    db.execute("CREATE INDEX cases_number_serial ON cases(substr(case_number, 1, 5), "
               "CAST(substr(case_number, 6) AS INTEGER))")


def _m015_conclusions_consent_scopes_export_detail(db: sqlite_utils.Database) -> None:
    """The assessment report's conclusion, what a consent covers, and what the export log keeps.

    - ``conclusions``: the therapist's summary assessment of work ability and recommendations, a
      journal entry of its own, signed by its author like the others (migration 9's rules: locked
      once signed, never deleted except by a disposal). A later conclusion is a new row; the newest
      signed one is what a report states.
    - ``consents.scopes``: what the client agreed may be shared (space-separated keys of
      vocab.CONSENT_SCOPES: plan, bedomningsresultat, utvardering, journal). Existing consents are
      read as covering the development plan and nothing beyond it: an old consent says in free text
      (``scope``) what the client agreed to, which the app cannot read, and the plan is the one
      document every consent so far was registered for. A report to that recipient is refused until
      the therapist registers the consent again with what it covers; refusing is the safe error,
      sending results the client never agreed to share is not. New rows get what the form ticks.
    - ``export_log``: the folder a file went to, which records went out (``contents``: "plan_version:7",
      "assessment:3 assessment:5 conclusion:2") and refused attempts (``refusal``: the message given;
      '' = the document was made). Existing rows keep '' (nothing known).
    """
    run_script(db,
        """
        ALTER TABLE consents ADD COLUMN scopes TEXT NOT NULL DEFAULT '';
        UPDATE consents SET scopes = 'plan';

        ALTER TABLE export_log ADD COLUMN folder TEXT NOT NULL DEFAULT '';
        ALTER TABLE export_log ADD COLUMN contents TEXT NOT NULL DEFAULT '';
        ALTER TABLE export_log ADD COLUMN refusal TEXT NOT NULL DEFAULT '';

        CREATE TABLE conclusions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            concluded_date TEXT NOT NULL,
            work_ability TEXT NOT NULL CHECK (trim(work_ability) != ''),  -- sammanfattande bedömning
            recommendations TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            updated_at TEXT NOT NULL,
            updated_by INTEGER REFERENCES users(id),    -- the author: who wrote it as it stands
            signed_at TEXT,
            signed_by INTEGER REFERENCES users(id)
        );
        CREATE INDEX conclusions_case ON conclusions(case_id, id);
        CREATE INDEX conclusions_unsigned ON conclusions(updated_by) WHERE signed_at IS NULL;
        CREATE TRIGGER conclusions_signed_locked BEFORE UPDATE OF case_id, concluded_date, work_ability,
            recommendations, created_at, created_by, updated_at, updated_by, signed_at, signed_by ON conclusions
        WHEN OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'Den sammanfattande bedömningen är signerad och kan inte ändras.'); END;
        CREATE TRIGGER conclusions_never_deleted BEFORE DELETE ON conclusions
        WHEN NOT EXISTS (SELECT 1 FROM disposal_running WHERE case_id = OLD.case_id)
        BEGIN SELECT RAISE(ABORT, 'Den sammanfattande bedömningen hör till journalen och raderas aldrig.'); END;
        CREATE TRIGGER conclusions_signed_by_author_insert BEFORE INSERT ON conclusions
        WHEN (NEW.signed_at IS NULL) != (NEW.signed_by IS NULL) OR NEW.signed_by IS NOT NEW.updated_by
             AND NEW.signed_by IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'Den sammanfattande bedömningen signeras bara av sin författare.'); END;
        CREATE TRIGGER conclusions_signed_by_author BEFORE UPDATE OF signed_at, signed_by, updated_by ON conclusions
        WHEN OLD.signed_at IS NULL AND ((NEW.signed_at IS NULL) != (NEW.signed_by IS NULL)
             OR NEW.signed_by IS NOT NEW.updated_by AND NEW.signed_by IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, 'Den sammanfattande bedömningen signeras bara av sin författare.'); END;
        """
    )


def _m016_contacts_and_follow_up_participants(db) -> None:
    """Documents name the responsible therapist with a way to reach them (a phone number and an
    e-mail on the user), and a plan follow-up records who took part. Existing rows get empty text.
    Migration 16 (wt-plan's; moved after wt-report's 15 on merge: it depends on no other)."""
    db.execute("ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE plan_follow_ups ADD COLUMN participants TEXT NOT NULL DEFAULT ''")


def _m017_public_support_before(db) -> None:
    """How long the client had depended on public support before the effort (Uppföljning Finsam asks
    it): a key of vocab.PUBLIC_SUPPORT_TIMES on the situation at the start; '' where not recorded
    (every row so far: the follow-up reads "Uppgift saknas" for them)."""
    db.execute("ALTER TABLE situations_before ADD COLUMN public_support_time TEXT NOT NULL DEFAULT ''")


def _m018_sub_goal_responsibles(db) -> None:
    """More than one responsible per sub-goal (issue 14: "Klienten, Chef"): a child table with one row
    per responsible, as a meeting's partners are kept (meeting_partners), rather than a JSON list in
    plan_goals: signed and struck sub-goals are locked by triggers, and a child table is filled without
    touching a single locked row; it is read and counted in plain SQL, and a disposal finds it by its
    foreign key. Every existing sub-goal gets its one responsible as a one-element list;
    ``plan_goals.responsible`` keeps the first of the list (in vocabulary order) so that the column
    stays true for anything reading it. The rows are locked with their sub-goal: while its version is
    signed or struck out they are never added, changed or removed (a disposal still takes them)."""
    run_script(db,
        """
        CREATE TABLE plan_goal_responsible (
            goal_id INTEGER NOT NULL REFERENCES plan_goals(id),
            responsible TEXT NOT NULL CHECK (responsible != ''),  -- a key of vocab.PLAN_RESPONSIBLE
            PRIMARY KEY (goal_id, responsible)
        ) WITHOUT ROWID;
        INSERT INTO plan_goal_responsible (goal_id, responsible)
            SELECT id, responsible FROM plan_goals WHERE responsible != '';
        """
    )
    version_of = "(SELECT {column} FROM plan_versions v JOIN plan_goals g ON g.plan_version_id = v.id " \
                 "WHERE g.id = {row}.goal_id)"
    locks = (("signed", "signed_at", "Planversionen är signerad och kan inte ändras."),
             ("struck", "struck_at", "Planversionen är makulerad och kan inte ändras."))
    for name, column, message in locks:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            disposal = (" AND NOT EXISTS (SELECT 1 FROM disposal_running WHERE case_id = "
                        f"{version_of.format(column='v.case_id', row='OLD')})" if event == "DELETE" else "")
            suffix = "_new" if (event, row) == ("UPDATE", "NEW") else ""
            db.execute(
                f"""CREATE TRIGGER plan_goal_responsible_{name}_{event.lower()}{suffix}
                BEFORE {event} ON plan_goal_responsible
                WHEN {version_of.format(column='v.' + column, row=row)} IS NOT NULL{disposal}
                BEGIN SELECT RAISE(ABORT, '{message}'); END"""
            )


# Migration 19: a collaboration meeting is a record (issue 16). Its content columns, locked once the
# record is signed or struck out (done_date of an action is follow-up bookkeeping and stays open).
_MEETING_COLUMNS = ("case_id", "meeting_date", "kind", "partner_other", "participants", "outcome", "author_id",
                    "created_at", "status", "starts_at", "minutes", "place", "video_link", "purpose", "questions",
                    "next_meeting", "cancel_reason", "signed_at", "signed_by", "corrects_id", "correction_reason")
_MEETING_ACTION_COLUMNS = ("meeting_id", "who", "what", "due_date", "goal_id", "position")


def _m019_meeting_records(db) -> None:
    """Collaboration meetings as records (issue 16): planned with a time, place or video link, purpose,
    questions for the client and named participants; held with what was said (the column ``outcome``,
    as the old log called it), the actions agreed per organisation and the client's own (each may serve
    a sub-goal of the plan), and the next meeting; signed, corrected and struck out like notes. The
    existing ``meetings`` table grows rather than a second one: every existing row is a held meeting
    (status 'genomfort', its day as its start), an unsigned draft of its author, and its partners
    become participants without names; ``meeting_partners`` stays (the service keeps it filled from the
    participants' organisations) for what reads it. A signed or struck meeting and its participants,
    partners and actions are locked by triggers; a disposal still takes them; no meeting row is
    deleted otherwise."""
    run_script(db,
        """
        ALTER TABLE meetings ADD COLUMN status TEXT NOT NULL DEFAULT 'genomfort'
            CHECK (status IN ('planerat', 'genomfort', 'installt'));
        -- "2026-12-10T09:00" (local time); an old row's is its day. meeting_date is its day, kept with it.
        ALTER TABLE meetings ADD COLUMN starts_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0);
        ALTER TABLE meetings ADD COLUMN place TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN video_link TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN questions TEXT NOT NULL DEFAULT '';  -- one question a line
        ALTER TABLE meetings ADD COLUMN next_meeting TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN signed_at TEXT;
        ALTER TABLE meetings ADD COLUMN signed_by INTEGER REFERENCES users(id);
        ALTER TABLE meetings ADD COLUMN struck_at TEXT;
        ALTER TABLE meetings ADD COLUMN struck_by INTEGER REFERENCES users(id);
        ALTER TABLE meetings ADD COLUMN strike_reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN corrects_id INTEGER REFERENCES meetings(id);
        ALTER TABLE meetings ADD COLUMN correction_reason TEXT NOT NULL DEFAULT '';
        UPDATE meetings SET starts_at = meeting_date;
        CREATE INDEX meetings_corrects ON meetings(corrects_id) WHERE corrects_id IS NOT NULL;
        CREATE INDEX meetings_unsigned ON meetings(author_id) WHERE signed_at IS NULL AND struck_at IS NULL
            AND status = 'genomfort';

        CREATE TABLE meeting_participants (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            organisation TEXT NOT NULL CHECK (organisation != ''),  -- a key of vocab.MEETING_ORGANISATIONS
            organisation_other TEXT NOT NULL DEFAULT '',             -- its name, for 'annan'
            role TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL
        );
        CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id, position);
        INSERT INTO meeting_participants (meeting_id, organisation, organisation_other, position)
            SELECT p.meeting_id, p.partner, CASE WHEN p.partner = 'annan' THEN m.partner_other ELSE '' END,
                   (SELECT count(*) FROM meeting_partners q WHERE q.meeting_id = p.meeting_id AND q.partner < p.partner)
            FROM meeting_partners p JOIN meetings m ON m.id = p.meeting_id;

        CREATE TABLE meeting_actions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            who TEXT NOT NULL CHECK (who != ''),    -- an organisation key, or 'klienten'
            what TEXT NOT NULL CHECK (trim(what) != ''),
            due_date TEXT NOT NULL DEFAULT '',
            goal_id INTEGER REFERENCES plan_goals(id),
            done_date TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL
        );
        CREATE INDEX meeting_actions_meeting ON meeting_actions(meeting_id, position);
        CREATE INDEX meeting_actions_open ON meeting_actions(due_date) WHERE done_date = '' AND due_date != '';
        CREATE INDEX meeting_actions_goal ON meeting_actions(goal_id) WHERE goal_id IS NOT NULL;

        CREATE TRIGGER meetings_never_deleted BEFORE DELETE ON meetings
        WHEN NOT EXISTS (SELECT 1 FROM disposal_running WHERE case_id = OLD.case_id)
        BEGIN SELECT RAISE(ABORT, 'Ett möte hör till journalen och raderas aldrig. Makulera det i stället.'); END;
        CREATE TRIGGER meetings_signed_by_author_insert BEFORE INSERT ON meetings
        WHEN (NEW.signed_at IS NULL) != (NEW.signed_by IS NULL) OR NEW.signed_by IS NOT NEW.author_id
             AND NEW.signed_by IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'Mötesanteckningen signeras bara av sin författare.'); END;
        CREATE TRIGGER meetings_signed_by_author BEFORE UPDATE OF signed_at, signed_by, author_id ON meetings
        WHEN OLD.signed_at IS NULL AND ((NEW.signed_at IS NULL) != (NEW.signed_by IS NULL)
             OR NEW.signed_by IS NOT NEW.author_id AND NEW.signed_by IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, 'Mötesanteckningen signeras bara av sin författare.'); END;
        -- Only a held meeting's record is signed.
        CREATE TRIGGER meetings_signed_when_held BEFORE UPDATE OF signed_at ON meetings
        WHEN NEW.signed_at IS NOT NULL AND NEW.status != 'genomfort'
        BEGIN SELECT RAISE(ABORT, 'Bara ett genomfört möte signeras.'); END;
        CREATE TRIGGER meetings_strike_needs_reason BEFORE UPDATE OF struck_at, struck_by, strike_reason ON meetings
        WHEN NEW.struck_at IS NOT NULL AND (NEW.struck_by IS NULL OR trim(NEW.strike_reason) = '')
        BEGIN SELECT RAISE(ABORT, 'En makulering behöver ett skäl och den som makulerar.'); END;
        CREATE TRIGGER meetings_signed_not_struck BEFORE UPDATE OF struck_at ON meetings
        WHEN NEW.struck_at IS NOT NULL AND OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'Mötesanteckningen är signerad och kan inte ändras.'); END;
        """
    )
    columns = ", ".join(_MEETING_COLUMNS)
    locks = (("signed", "signed_at", "Mötesanteckningen är signerad och kan inte ändras."),
             ("struck", "struck_at", "Mötesanteckningen är makulerad och kan inte ändras."))
    for state, column, message in locks:
        db.execute(
            f"""CREATE TRIGGER meetings_{state}_locked BEFORE UPDATE OF {columns}, updated_at ON meetings
            WHEN OLD.{column} IS NOT NULL
            BEGIN SELECT RAISE(ABORT, '{message}'); END"""
        )
    # The children lock with their meeting (either row of an update: moved to or from a locked one).
    children = {"meeting_participants": "", "meeting_partners": "",
                "meeting_actions": f" OF {', '.join(_MEETING_ACTION_COLUMNS)}"}
    for table, update_of in children.items():
        for state, column, message in locks:
            for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                disposal = (" AND NOT EXISTS (SELECT 1 FROM disposal_running d JOIN meetings m ON m.case_id = "
                            "d.case_id WHERE m.id = OLD.meeting_id)" if event == "DELETE" else "")
                suffix = "_new" if (event, row) == ("UPDATE", "NEW") else ""
                of = update_of if event == "UPDATE" else ""
                db.execute(
                    f"""CREATE TRIGGER {table}_{state}_{event.lower()}{suffix} BEFORE {event}{of} ON {table}
                    WHEN (SELECT {column} FROM meetings WHERE id = {row}.meeting_id) IS NOT NULL{disposal}
                    BEGIN SELECT RAISE(ABORT, '{message}'); END"""
                )


MIGRATIONS: list[Migration] = [
    _m001_initial,
    _m002_assessments,
    _m003_plans_and_closure,
    _m004_sequences_and_export_log,
    _m005_search_walk_index,
    _m006_access_log,
    _m007_log_review,
    _m008_journal_notes,
    _m009_sign_records,
    _m010_retention_and_erasure,
    _m011_passwords_roles_case_members,
    _m012_strike_drafts,
    _m013_step_event_dates,
    _m014_case_number_serial_index,
    _m015_conclusions_consent_scopes_export_detail,
    _m016_contacts_and_follow_up_participants,
    _m017_public_support_before,
    _m018_sub_goal_responsibles,
    _m019_meeting_records,
]

LATEST_VERSION = len(MIGRATIONS)
