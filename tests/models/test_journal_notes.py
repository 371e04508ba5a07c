"""Journal notes as a record (issue 11, R2, R3): signed by their author, struck out with a reason,
corrected by a new note, objected to by the client; never changed once signed, never deleted, and
the schema refuses the same to raw SQL. Every action leaves its access-log row."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import sqlite_driver
from app.models.errors import RuleError, ValidationError
from app.models.store import Store
from tests.builders import database_at_version
from tests.support import FIXED_NOW, FIXED_TIMESTAMP


def refusal(call) -> str:
    with pytest.raises(RuleError) as info:
        call()
    return str(info.value)


def errors_of(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.errors


def log_rows(store, case):
    return [(e.action, e.what) for e in store.access_log.for_client(case.client_id)]


@pytest.fixture
def note(store, case):
    return store.notes.add(case.id, "2026-11-19", "samtal", "Första samtalet.")


@pytest.fixture
def bertil(store):
    """A second user, a coordinator; Anna stays signed in."""
    return store.users.add("Bertil Berg", "arbetsmarknadskoordinator")


def as_user(store, user_id):
    store.user_id = user_id


# -- record kind and event date ----------------------------------------------------------------

def test_the_authors_title_decides_the_record_kind(store, user, bertil, case, note):
    assert (note.record_kind, note.record_kind_label) == ("journal", "Journalanteckning")
    assert note.author_display == "Anna Andersson, arbetsterapeut"
    as_user(store, bertil.id)
    other = store.notes.add(case.id, "2026-11-19", "telefon", "Ringde arbetsgivaren.")
    assert (other.record_kind, other.record_kind_label) == ("coordinator", "Koordinatorsanteckning")
    assert other.author_display == "Bertil Berg, arbetsmarknadskoordinator"


def test_a_note_inserted_without_its_kind_gets_it_from_the_authors_title(store, bertil, case):
    with store.transaction() as tx:
        tx.execute("INSERT INTO notes (case_id, note_date, kind, text, author_id, created_at, updated_at) "
                   "VALUES (?, '2026-11-19', 'samtal', 'x', ?, 'x', 'x')", (case.id, bertil.id))
    assert store.query_value("SELECT record_kind FROM notes") == "coordinator"


def test_the_event_date_is_never_before_the_referral_nor_in_the_future(store, case, note):
    assert errors_of(lambda: store.notes.add(case.id, "2026-11-01", "samtal", "x")) == {
        "note_date": "Datum kan inte ligga före remissdatum (2026-11-02)."}
    assert errors_of(lambda: store.notes.add(case.id, "2026-11-21", "samtal", "x")) == {
        "note_date": "Datum kan inte ligga i framtiden."}
    assert store.notes.add(case.id, "2026-11-02", "samtal", "Remissdagen").note_date == "2026-11-02"
    assert errors_of(lambda: store.notes.update(note.id, "2026-10-30", "samtal", "x"))["note_date"].startswith(
        "Datum kan inte ligga före")
    store.notes.sign(note.id)
    assert errors_of(lambda: store.notes.correct(note.id, "Rätt", "Fel", note_date="2026-11-21")) == {
        "note_date": "Datum kan inte ligga i framtiden."}


def test_the_time_it_was_written_is_kept_beside_the_date_it_happened(db_path, store, case):
    later = Store.open(db_path, clock=lambda: dt.datetime(2026, 11, 23, 8, 15))
    try:
        later.user_id = store.user_id
        written = later.notes.add(case.id, "2026-11-19", "samtal", "Skrivet i efterhand.")
        assert (written.note_date, written.created_at) == ("2026-11-19", "2026-11-23 08:15:00")
    finally:
        later.close()


# -- signing -------------------------------------------------------------------------------------

def test_the_author_signs_a_draft_and_it_never_changes_again(store, user, case, note):
    assert note.status_label == "Utkast" and note.actions.sign.ok
    signed = store.notes.sign(note.id)
    assert (signed.signed_at, signed.signed_by, signed.signer_display) == (
        FIXED_TIMESTAMP, user.id, "Anna Andersson, arbetsterapeut")
    assert signed.status_label == "Signerad"
    assert signed.actions.sign.reason == "Anteckningen är redan signerad (2026-11-20 10:00)."
    assert refusal(lambda: store.notes.sign(note.id)) == signed.actions.sign.reason
    reason = "Anteckningen är signerad och kan inte ändras. Skriv en rättelse i stället."
    assert signed.actions.edit.reason == reason
    assert refusal(lambda: store.notes.update(note.id, "2026-11-19", "samtal", "Ändrad")) == reason
    assert store.notes.get(note.id).text == "Första samtalet."


def test_only_the_author_signs_or_changes_a_draft(store, bertil, note):
    as_user(store, bertil.id)
    seen = store.notes.get(note.id)
    reason = "Bara den som skrev anteckningen (Anna Andersson) kan ändra, signera eller makulera den."
    assert seen.actions.sign.reason == seen.actions.edit.reason == seen.actions.strike.reason == reason
    assert refusal(lambda: store.notes.sign(note.id)) == reason
    assert refusal(lambda: store.notes.update(note.id, "2026-11-19", "samtal", "Bertils text")) == reason
    assert refusal(lambda: store.notes.strike(note.id, "Fel")) == reason
    as_user(store, None)
    assert store.notes.get(note.id).actions.sign.reason == "Ingen användare är inloggad."
    assert not store.notes.get(note.id).is_signed


def test_sign_many_signs_all_or_none(store, bertil, case, note):
    second = store.notes.add(case.id, "2026-11-20", "telefon", "Ringde.")
    as_user(store, bertil.id)
    bertils = store.notes.add(case.id, "2026-11-20", "telefon", "Bertil ringde.")
    as_user(store, note.author_id)
    assert "Bara den som skrev" in refusal(lambda: store.notes.sign_many([note.id, second.id, bertils.id]))
    assert [n.is_signed for n in store.notes.for_case(case.id)] == [False, False, False]
    assert not [a for a, _ in log_rows(store, case) if a == "sign"]  # the log rows went with the rollback
    signed = store.notes.sign_many([note.id, second.id, note.id])
    assert [n.id for n in signed] == [note.id, second.id] and all(n.is_signed for n in signed)
    assert store.notes.sign_many([]) == []


# -- strike-out, correction, objection ---------------------------------------------------------

def test_a_draft_is_struck_out_with_a_reason_and_stays_readable(store, user, case, note):
    assert errors_of(lambda: store.notes.strike(note.id, "  ")) == {"reason": "Skäl till makuleringen måste fyllas i."}
    struck = store.notes.strike(note.id, "Skrevs i fel ärende.")
    assert (struck.status_label, struck.text, struck.strike_reason) == ("Makulerad", "Första samtalet.",
                                                                         "Skrevs i fel ärende.")
    assert (struck.struck_at, struck.striker) == (FIXED_TIMESTAMP, "Anna Andersson")
    assert [n.id for n in store.notes.for_case(case.id)] == [note.id]  # still in the journal
    for action in ("edit", "sign", "strike", "correct", "object"):
        assert not getattr(struck.actions, action).ok, action
    assert refusal(lambda: store.notes.sign(note.id)) == "Anteckningen är makulerad och signeras inte."
    assert refusal(lambda: store.notes.update(note.id, "2026-11-19", "samtal", "x")) == (
        "Anteckningen är makulerad och kan inte ändras.")


def test_a_signed_note_is_corrected_not_struck(store, user, case, note):
    store.notes.sign(note.id)
    assert refusal(lambda: store.notes.strike(note.id, "Fel")) == (
        "En signerad anteckning makuleras inte. Skriv en rättelse i stället.")


def test_a_correction_is_a_new_draft_pointing_to_the_signed_note(store, user, case, note):
    draft_refusal = store.notes.get(note.id).actions.correct.reason
    assert draft_refusal == "Ett utkast rättas inte: ändra det, eller makulera det."
    assert refusal(lambda: store.notes.correct(note.id, "x", "y")) == draft_refusal
    store.notes.sign(note.id)
    assert errors_of(lambda: store.notes.correct(note.id, "", "")) == {
        "text": "Rättelsen måste fyllas i.", "reason": "Skäl till rättelsen måste fyllas i."}
    fix = store.notes.correct(note.id, "Första samtalet, med arbetsgivaren.", "Arbetsgivaren var med.")
    assert (fix.corrects_id, fix.correction_reason, fix.note_date, fix.kind) == (
        note.id, "Arbetsgivaren var med.", "2026-11-19", "samtal")
    assert fix.status_label == "Utkast" and fix.is_correction and fix.actions.sign.ok
    old = store.notes.get(note.id)
    assert (old.status_label, old.corrected_by_id, old.text) == ("Rättad", fix.id, "Första samtalet.")
    assert old.actions.correct.reason == "Anteckningen är redan rättad. Rätta rättelsen i stället."
    store.notes.strike(fix.id, "Fel rättelse")  # a struck correction corrects nothing
    assert store.notes.get(note.id).status_label == "Signerad" and store.notes.get(note.id).actions.correct.ok


def test_anyone_may_correct_a_signed_note_and_the_correction_is_theirs(store, bertil, note):
    store.notes.sign(note.id)
    as_user(store, bertil.id)
    fix = store.notes.correct(note.id, "Rätt text", "Fel namn", note_date="2026-11-18")
    assert (fix.author, fix.note_date, fix.record_kind) == ("Bertil Berg", "2026-11-18", "coordinator")


def test_the_clients_objection_is_a_note_of_its_own_kind_linked_to_the_entry(store, case, note):
    store.notes.sign(note.id)
    objection = store.notes.object(note.id, "Klienten anser att samtalet återges fel.")
    assert (objection.kind, objection.kind_label, objection.objection_to_id) == (
        "avvikande_mening", "Avvikande mening", note.id)
    assert (objection.note_date, objection.status_label) == ("2026-11-20", "Utkast")
    assert objection.actions.object.reason == (
        "En avvikande mening gäller en anteckning, inte en annan avvikande mening.")
    assert errors_of(lambda: store.notes.object(note.id, " ")) == {"text": "Den avvikande meningen måste fyllas i."}
    changed = store.notes.update(objection.id, "2026-11-20", "avvikande_mening", "Klienten anser annat.")
    assert changed.kind == "avvikande_mening"
    assert errors_of(lambda: store.notes.update(objection.id, "2026-11-20", "samtal", "x")) == {
        "kind": "En avvikande mening behåller sin typ."}
    assert errors_of(lambda: store.notes.add(case.id, "2026-11-20", "avvikande_mening", "x")) == {
        "kind": "Välj typ av anteckning."}


# -- the access log ------------------------------------------------------------------------------

def test_every_action_on_a_note_leaves_its_log_row(store, case, note):
    store.notes.update(note.id, "2026-11-19", "samtal", "Första samtalet, utkast 2.")
    draft = store.notes.add(case.id, "2026-11-20", "ovrigt", "Fel ärende.")
    store.notes.strike(draft.id, "Fel ärende")
    store.notes.sign(note.id)
    fix = store.notes.correct(note.id, "Rätt", "Fel")
    objection = store.notes.object(note.id, "Klienten invänder.")
    assert log_rows(store, case) == [
        ("write", f"anteckning {note.id}"),
        ("write", f"anteckning {note.id}"),
        ("write", f"anteckning {draft.id}"),
        ("strike", f"anteckning {draft.id}"),
        ("sign", f"anteckning {note.id}"),
        ("write", f"anteckning {fix.id}, rättelse av {note.id}"),
        ("correct", f"anteckning {note.id} rättad genom {fix.id}"),
        ("write", f"anteckning {objection.id}, avvikande mening om {note.id}"),
    ]


# -- the triggers: raw SQL -----------------------------------------------------------------------

def raw(store, sql, params=()):
    with store.transaction() as tx:
        tx.execute(sql, params)


@pytest.mark.parametrize("sql", [
    "UPDATE notes SET text = 'ändrad' WHERE id = ?",
    "UPDATE notes SET note_date = '2026-11-18' WHERE id = ?",
    "UPDATE notes SET signed_at = NULL, signed_by = NULL WHERE id = ?",
    "UPDATE notes SET struck_at = '2026-11-20', struck_by = author_id, strike_reason = 'x' WHERE id = ?",
])
def test_a_signed_note_cannot_be_updated_in_sql(store, note, sql):
    store.notes.sign(note.id)
    with pytest.raises(sqlite_driver.IntegrityError, match="signerad och kan inte ändras"):
        raw(store, sql, (note.id,))
    assert store.notes.get(note.id).text == "Första samtalet." and store.notes.get(note.id).is_signed


@pytest.mark.parametrize("signed", [True, False])
def test_no_note_is_ever_deleted_in_sql_but_by_a_disposal(store, case, note, signed):
    if signed:
        store.notes.sign(note.id)
    with pytest.raises(sqlite_driver.IntegrityError, match="raderas aldrig"):
        raw(store, "DELETE FROM notes WHERE id = ?", (note.id,))
    assert store.notes.get(note.id)
    with store.transaction() as tx:  # the one sanctioned way (R7), inside the disposal's transaction
        tx.execute("INSERT INTO disposal_running (case_id) VALUES (?)", (case.id,))
        tx.execute("DELETE FROM notes WHERE id = ?", (note.id,))
        tx.execute("DELETE FROM disposal_running")
    assert store.notes.for_case(case.id) == []


def test_a_struck_note_cannot_be_updated_in_sql(store, note):
    store.notes.strike(note.id, "Fel ärende")
    for sql in ("UPDATE notes SET text = 'ändrad' WHERE id = ?", "UPDATE notes SET strike_reason = '' WHERE id = ?",
                "UPDATE notes SET signed_at = '2026-11-20', signed_by = author_id WHERE id = ?"):
        with pytest.raises(sqlite_driver.IntegrityError, match="makulerad och kan inte ändras"):
            raw(store, sql, (note.id,))


def test_only_the_author_can_be_the_signer_in_sql(store, bertil, case, note):
    with pytest.raises(sqlite_driver.IntegrityError, match="Bara den som skrev"):
        raw(store, "UPDATE notes SET signed_at = ?, signed_by = ? WHERE id = ?", (FIXED_TIMESTAMP, bertil.id, note.id))
    with pytest.raises(sqlite_driver.IntegrityError, match="Bara den som skrev"):
        raw(store, "UPDATE notes SET signed_at = ? WHERE id = ?", (FIXED_TIMESTAMP, note.id))  # a time without a signer
    with pytest.raises(sqlite_driver.IntegrityError, match="Bara den som skrev"):
        raw(store, "INSERT INTO notes (case_id, note_date, kind, text, author_id, record_kind, created_at, updated_at,"
                   " signed_at, signed_by) VALUES (?, '2026-11-20', 'samtal', 'x', ?, 'journal', 'x', 'x', 'x', ?)",
            (case.id, note.author_id, bertil.id))
    assert not store.notes.get(note.id).is_signed


def test_a_strike_out_without_a_reason_is_refused_in_sql(store, note):
    with pytest.raises(sqlite_driver.IntegrityError, match="behöver ett skäl"):
        raw(store, "UPDATE notes SET struck_at = ?, struck_by = author_id WHERE id = ?", (FIXED_TIMESTAMP, note.id))


# -- unsigned entries -----------------------------------------------------------------------------

def test_the_users_unsigned_entries_oldest_first_and_signing_a_selection(db_path, store, user, bertil, case):
    def at(day: int, hour: int = 10) -> Store:
        other = Store.open(db_path, clock=lambda: dt.datetime(2026, 11, day, hour))
        other.user_id = user.id
        return other

    first = at(10)
    try:
        old = first.notes.add(case.id, "2026-11-09", "samtal", "Gammalt utkast.\nMer text.")
    finally:
        first.close()
    recent = store.notes.add(case.id, "2026-11-20", "telefon", "Nytt utkast.")
    struck = store.notes.add(case.id, "2026-11-20", "telefon", "Makuleras.")
    store.notes.strike(struck.id, "Fel")
    as_user(store, bertil.id)
    store.notes.add(case.id, "2026-11-20", "telefon", "Bertils.")
    as_user(store, user.id)

    entries = store.journal.unsigned_for(user.id)
    assert [(e.kind, e.id) for e in entries] == [("note", old.id), ("note", recent.id)]
    assert entries[0].title == "Journalanteckning – Samtal: Gammalt utkast."
    assert (entries[0].case_number, entries[0].client_name, entries[0].date) == (
        case.case_number, "Kalle Kartläggare", "2026-11-09")
    assert entries[0].age_days(FIXED_NOW.date()) == 10
    assert len(store.journal.unsigned_for(None)) == 3
    assert [e.id for e in store.journal.older_than(user.id, 3)] == [old.id]

    assert store.journal.sign(entries[:1]) == 1
    assert [e.id for e in store.journal.unsigned_for(user.id)] == [recent.id]
    assert store.notes.get(old.id).is_signed


def test_the_unsigned_days_setting(store):
    assert store.settings.unsigned_days() == 3
    assert store.settings.set_unsigned_days("7") == 7 and store.settings.unsigned_days() == 7
    with pytest.raises(ValidationError):
        store.settings.set_unsigned_days(-1)


# -- the migration ---------------------------------------------------------------------------------

def _mine() -> int:
    from app.models import migrations

    return migrations.MIGRATIONS.index(migrations._m008_journal_notes)


@pytest.mark.parametrize("k", range(1, _mine() + 1))
def test_every_existing_note_becomes_a_draft_by_its_author_with_its_kind(tmp_path, k):
    """From every version before the journal notes: nothing lost or altered, each note a draft by
    its author, a journal entry when the author is an arbetsterapeut."""


    path = tmp_path / f"v{k}.sqlite"
    conn = database_at_version(path, k)
    conn.executescript("""
        INSERT INTO users (id, name, title, created_at) VALUES (1, 'Anna Andersson', 'arbetsterapeut', 'x'),
            (2, 'Bertil Berg', 'arbetsmarknadskoordinator', 'x');
        INSERT INTO clients (id, first_name, last_name, birth_year, gender, education, created_at, updated_at)
            VALUES (1, 'Kalle', 'Kartläggare', 1980, 'man', 'okand', 'x', 'x');
        INSERT INTO cases (id, client_id, case_number, referral_date, referred_by, target_group, status,
                           created_at, updated_at)
            VALUES (1, 1, '2026-0001', '2026-11-02', 'chef', 'annan', 'aktiv', 'x', 'x');
        INSERT INTO notes (id, case_id, note_date, kind, text, author_id, created_at, updated_at) VALUES
            (1, 1, '2026-11-03', 'samtal', 'Annas samtal', 1, '2026-11-03 09:00:00', '2026-11-03 09:05:00'),
            (2, 1, '2026-11-04', 'telefon', 'Bertils samtal', 2, '2026-11-04 09:00:00', '2026-11-04 09:00:00'),
            (3, 1, '2026-11-05', 'ovrigt', 'Utan författare', NULL, '2026-11-05 09:00:00', '2026-11-05 09:00:00');
    """)
    before = conn.execute("SELECT id, case_id, note_date, kind, text, author_id, created_at, updated_at,"
                          " signed_at, signed_by, corrects_id, correction_reason FROM notes ORDER BY id").fetchall()
    conn.close()

    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        after = store.query_tuples("SELECT id, case_id, note_date, kind, text, author_id, created_at, updated_at,"
                                   " signed_at, signed_by, corrects_id, correction_reason FROM notes ORDER BY id")
        assert after == before
        notes = sorted(store.notes.for_case(1), key=lambda n: n.id)
        assert [(n.status_label, n.record_kind) for n in notes] == [
            ("Utkast", "journal"), ("Utkast", "coordinator"), ("Utkast", "journal")]
        assert [(n.author, n.strike_reason, n.objection_to_id) for n in notes] == [
            ("Anna Andersson", "", None), ("Bertil Berg", "", None), (None, "", None)]
        store.user_id = 1
        assert store.notes.sign(1).is_signed  # and each author may sign their own now
    finally:
        store.close()
