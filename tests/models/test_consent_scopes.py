"""What a consent covers (its scopes) and the consent a document rests on (recipients.NEEDS)."""

from __future__ import annotations

import pytest

from app.models import recipients
from app.models.errors import RuleError, ValidationError


def test_a_consent_keeps_its_scopes_in_the_vocabularys_order(store, case):
    consent = store.consents.add(case.id, "af", "skriftligt", "2026-11-02",
                                 scopes=["utvardering", "plan", "plan", "bedomningsresultat"])
    assert consent.scope_keys == ("plan", "bedomningsresultat", "utvardering")
    assert consent.scopes_label == "Utvecklingsplan, Bedömningsresultat, Utvärdering och utfall"
    assert consent.covers_scope("plan") and not consent.covers_scope("journal")


def test_a_consent_that_does_not_say_covers_the_plan_only(store, case):
    assert store.consents.add(case.id, "fk", "muntligt", "2026-11-02").scope_keys == ("plan",)


def test_no_scope_or_an_unknown_one_is_refused_at_the_field(store, case):
    with pytest.raises(ValidationError) as info:
        store.consents.add(case.id, "af", "skriftligt", "2026-11-02", scopes=[])
    assert info.value.errors == {"scopes": "Kryssa i vad samtycket omfattar (till exempel Utvecklingsplan)."}
    with pytest.raises(ValidationError, match="Okänd omfattning allt"):
        store.consents.add(case.id, "af", "skriftligt", "2026-11-02", scopes=["allt"])
    assert store.consents.for_case(case.id) == []


def test_the_document_rests_on_a_consent_in_force_that_covers_it(store, case):
    assert store.consents.for_document(case.id, "klient", "report") is None  # the client's own copy
    plan_only = store.consents.add(case.id, "af", "skriftligt", "2026-11-02", scopes=["plan"])
    assert store.consents.for_document(case.id, "af", "plan").id == plan_only.id
    with pytest.raises(RuleError) as refused:
        store.consents.for_document(case.id, "af", "report")
    assert str(refused.value) == (
        "Samtycket till Arbetsförmedlingen (givet 2026-11-02) omfattar inte ”bedömningsresultat”. Dokumentet "
        "kan inte skapas utan det; registrera klientens samtycke med den omfattningen under fliken Samtycken.")
    # a later consent that covers the results: the report rests on it, the plan still may use either
    results = store.consents.add(case.id, "af", "muntligt", "2026-11-10", scopes=["bedomningsresultat"])
    assert store.consents.for_document(case.id, "af", "report").id == results.id
    store.consents.withdraw(results.id, "2026-11-15")
    with pytest.raises(RuleError, match="omfattar inte"):
        store.consents.for_document(case.id, "af", "report")


def test_every_case_document_names_what_its_consent_must_cover():
    for document in recipients.Document:
        assert recipients.needs(document), document
    assert recipients.needs("report") == {recipients.Scope.RESULTS}
    assert recipients.needs("info_sheet") == frozenset()
    assert [r.key for r in recipients.RECIPIENTS if not r.identity_number] == ["arbetsgivare", "annan"]
