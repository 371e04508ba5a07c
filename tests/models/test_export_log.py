"""Documents for a third party need a consent in force; every export is logged and the log is append-only."""

from __future__ import annotations

import pytest

from app.models import sqlite_driver
from app.models.errors import RuleError


def test_require_names_the_missing_consent(store, case):
    with pytest.raises(RuleError, match="Samtycke saknas.*Arbetsförmedlingen"):
        store.consents.require(case.id, "af")
    consent = store.consents.add(case.id, "af", "skriftligt", "2026-11-02")
    assert store.consents.require(case.id, "af").id == consent.id
    with pytest.raises(RuleError, match="Försäkringskassan"):
        store.consents.require(case.id, "fk")


def test_a_withdrawn_consent_is_named_as_withdrawn(store, case):
    consent = store.consents.add(case.id, "fk", "muntligt", "2026-11-02")
    store.consents.withdraw(consent.id, "2026-11-19")
    with pytest.raises(RuleError, match="Samtycket till Försäkringskassan återkallades 2026-11-19"):
        store.consents.require(case.id, "fk")


def test_exports_are_logged_with_who_what_for_whom_and_when(store, case):
    store.export_log.record("plan", recipient="af", case_id=case.id, details="version 1", file_name="plan.pdf")
    store.export_log.record("sus", details="2026-01-01–2026-06-30", file_name="sus.xlsx")
    latest, first = store.export_log.entries()
    assert (first.user, first.document_label, first.recipient, first.case_id, first.exported_at) == (
        "Anna Andersson", "Utvecklingsplan", "af", case.id, "2026-11-20 10:00:00")
    assert latest.document == "sus"
    assert [e.document for e in store.export_log.entries(case.id)] == ["plan"]


def test_the_log_cannot_be_changed_or_emptied(store, case):
    entry_id = store.export_log.record("record", recipient="klient", case_id=case.id)
    with pytest.raises(sqlite_driver.IntegrityError, match="append-only"), store.transaction() as tx:
        tx.execute("UPDATE export_log SET recipient = 'fk' WHERE id = ?", (entry_id,))
    with pytest.raises(sqlite_driver.IntegrityError, match="append-only"), store.transaction() as tx:
        tx.execute("DELETE FROM export_log")
    assert store.export_log.entries()[0].recipient == "klient"
