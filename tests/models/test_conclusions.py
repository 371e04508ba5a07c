"""The therapist's conclusion (sammanfattande bedömning): written, replaced while a draft, signed by
its author and then never changed (the schema refuses raw SQL too), a new one after a signed one;
on the unsigned list; gone only with a disposal. And migration 15 from every older version."""

from __future__ import annotations

import pytest

from app.models import sqlite_driver
from app.models.conclusions import ConclusionInput
from app.models.errors import RuleError, ValidationError
from app.models.store import Store
from tests import builders
from tests.builders import database_at_version, old_case_sql


def raw(store, sql, params=()):
    with store.transaction() as tx:
        tx.execute(sql, params)


def test_a_draft_is_replaced_and_a_signed_one_starts_a_new_one(store, case):
    first = store.conclusions.save(case.id, ConclusionInput(work_ability="Klarar halvtid.", recommendations="Prova"))
    again = store.conclusions.save(case.id, ConclusionInput(work_ability="Klarar 60 %.", recommendations=""))
    assert again.id == first.id and again.work_ability == "Klarar 60 %." and again.concluded_date == "2026-11-20"
    assert store.conclusions.latest_signed(case.id) is None
    signed = store.conclusions.sign(again.id)
    assert signed.signature.record_text == "signerad 2026-11-20 10:00 av Anna Andersson, arbetsterapeut"
    later = store.conclusions.save(case.id, ConclusionInput(work_ability="Klarar heltid."))
    assert later.id != signed.id and not later.is_signed
    assert [c.work_ability for c in store.conclusions.for_case(case.id)] == ["Klarar 60 %.", "Klarar heltid."]
    assert store.conclusions.latest_signed(case.id).id == signed.id  # what a report states


def test_the_fields_are_checked_by_name(store, case):
    with pytest.raises(ValidationError) as info:
        store.conclusions.save(case.id, ConclusionInput(work_ability="  ", concluded_date="2026-10-01"))
    assert set(info.value.errors) == {"work_ability", "concluded_date"}  # empty; before the referral


def test_only_the_author_signs_and_it_is_on_the_unsigned_list(store, case):
    conclusion = store.conclusions.save(case.id, ConclusionInput(work_ability="Klarar halvtid med stöd."))
    entry, = [e for e in store.journal.unsigned_for(store.user_id) if e.kind == "conclusion"]
    assert entry.title == "Sammanfattande bedömning: Klarar halvtid med stöd."
    bertil = builders.add_user(store, "Bertil Berg")
    store.user_id = bertil.id
    with pytest.raises(RuleError, match="Bara författaren"):
        store.conclusions.sign(conclusion.id)
    assert "Bara författaren" in store.conclusions.actions(case.id).sign.reason
    store.user_id = store.query_value("SELECT min(id) FROM users")
    assert store.journal.sign([entry]) == 1
    assert [e for e in store.journal.unsigned_for(None) if e.kind == "conclusion"] == []
    assert any(e.what == f"sammanfattande bedömning {conclusion.id}"
               for e in store.access_log.for_client(case.client_id) if e.action == "sign")


def test_a_closed_case_takes_no_new_conclusion(store, case):
    builders.closed_case(store, case.id)
    with pytest.raises(RuleError):
        store.conclusions.save(case.id, ConclusionInput(work_ability="Klarar halvtid."))


def test_the_schema_locks_a_signed_conclusion_and_keeps_every_row(store, case):
    conclusion = store.conclusions.save(case.id, ConclusionInput(work_ability="Klarar halvtid."))
    with pytest.raises(sqlite_driver.IntegrityError, match="raderas aldrig"):
        raw(store, "DELETE FROM conclusions WHERE id = ?", (conclusion.id,))
    bertil = builders.add_user(store, "Bertil Berg")
    with pytest.raises(sqlite_driver.IntegrityError, match="signeras bara av sin författare"):
        raw(store, "UPDATE conclusions SET signed_at = 'x', signed_by = ? WHERE id = ?", (bertil.id, conclusion.id))
    store.conclusions.sign(conclusion.id)
    with pytest.raises(sqlite_driver.IntegrityError, match="signerad och kan inte ändras"):
        raw(store, "UPDATE conclusions SET work_ability = 'Annat' WHERE id = ?", (conclusion.id,))
    with pytest.raises(sqlite_driver.IntegrityError, match="signerad och kan inte ändras"):
        raw(store, "UPDATE conclusions SET signed_at = NULL, signed_by = NULL WHERE id = ?", (conclusion.id,))
    with store.transaction() as tx:  # a disposal, in its own transaction, takes it
        tx.execute("INSERT INTO disposal_running (case_id) VALUES (?)", (case.id,))
        tx.execute("DELETE FROM conclusions WHERE case_id = ?", (case.id,))
        tx.execute("DELETE FROM disposal_running")
    assert store.conclusions.for_case(case.id) == []


def _m015():
    from app.models import migrations

    return migrations.MIGRATIONS.index(migrations._m015_conclusions_consent_scopes_export_detail)


@pytest.mark.parametrize("k", range(4, _m015() + 1))
def test_migration_15_reads_old_consents_as_the_plan_only_and_keeps_the_export_log(tmp_path, k):
    """From every version with consents and the export log (4 on): an old consent covers the plan and
    nothing more, an old log row keeps what it had with no folder, contents or refusal."""
    path = tmp_path / f"v{k}.sqlite"
    conn = database_at_version(path, k)
    conn.executescript(old_case_sql() + """
        INSERT INTO consents (case_id, recipient, form, given_date, scope, created_at, created_by)
            VALUES (1, 'af', 'skriftligt', '2026-11-03', 'Utredning och utvecklingsplan', 'x', 1);
        INSERT INTO export_log (exported_at, user_id, document, recipient, case_id, details, file_name)
            VALUES ('2026-11-04 10:00:00', 1, 'report', 'af', 1, '', 'utlåtande.pdf');
    """)
    conn.close()
    store = Store.open(path)
    try:
        consent, = store.consents.for_case(1)
        assert (consent.scope_keys, consent.scope) == (("plan",), "Utredning och utvecklingsplan")
        entry, = store.export_log.entries(1)
        assert (entry.file_name, entry.folder, entry.contents, entry.refusal) == ("utlåtande.pdf", "", "", "")
        assert store.query_value("SELECT count(*) FROM conclusions") == 0
    finally:
        store.close()
