"""The recipients table: every recipient a document is made for says who they are on the document,
in the menu and in the file name, and one outside the unit names the consent it needs."""

from __future__ import annotations

import pytest

from app.models.errors import ValidationError
from app.models.recipients import RECIPIENTS, Document, RecipientKey, for_document, for_whom, label, recipient
from app.models.vocab import CONSENT_RECIPIENTS


def test_every_document_recipient_has_a_label_a_line_or_plain_words_and_a_menu_text():
    for document in Document:
        assert for_document(document), document
        for r in for_document(document):
            assert r.label and r.menu_text.endswith("…"), r
            assert r.document_line or r.plain_words, r
            assert r.document_line.startswith(r.label) or not r.document_line, r  # "Till: Vården, …"


def test_keys_are_unique_and_each_has_its_enum_member():
    assert [r.key for r in RECIPIENTS] == list(RecipientKey)
    assert all(r.documents for r in RECIPIENTS)


def test_only_the_client_needs_no_consent_and_gets_the_plain_words():
    for r in RECIPIENTS:
        own_copy = r.key == RecipientKey.CLIENT
        assert r.needs_consent is not own_copy and r.plain_words is own_copy, r
        assert bool(r.file_name_part) is not own_copy, r  # a third party's copy says whose it is


def test_a_consent_needing_recipient_names_a_consent_recipient():
    for r in RECIPIENTS:
        if r.needs_consent:
            assert r.consent_key in CONSENT_RECIPIENTS, r


def test_lookups_refuse_an_unknown_recipient_and_one_the_document_is_not_for():
    assert recipient("fk").label == "Försäkringskassan"
    assert recipient("klient", Document.RECORD).plain_words
    with pytest.raises(ValidationError, match=r"Okänd mottagare 'kommunen'\. Välj en av: klient \(Klienten\), af"):
        recipient("kommunen")
    with pytest.raises(ValidationError, match=r"Okänd mottagare 'af'\. Välj en av: klient \(Klienten\)\.$"):
        recipient("af", Document.RECORD)
    assert label("af") == "Arbetsförmedlingen" and label("gammal") == "gammal" and label("") == "–"


def test_every_consent_recipient_can_be_sent_the_case_documents():
    """IFO and "annan" too: a consent given for them is of use only if a document can be made."""
    for document in (Document.PLAN, Document.REPORT):
        consents = {r.consent_key for r in for_document(document) if r.needs_consent}
        # a consent to the Samordningsförbund is for being counted by name in Uppföljning Finsam: no
        # document goes there
        assert consents == set(CONSENT_RECIPIENTS.keys()) - {"finsam"}, document


def test_whom_a_document_is_for_reads_inside_a_sentence():
    """The journal copy's dated list says "Dokument skapat: journalkopia för klienten": a noun in
    lowercase mid-sentence, an authority's name with its capital."""
    assert {r.key: r.for_whom for r in RECIPIENTS} == {
        "klient": "för klienten", "af": "till Arbetsförmedlingen", "fk": "till Försäkringskassan",
        "varden": "till vården", "arbetsgivare": "till arbetsgivaren", "ifo": "till IFO/socialtjänsten",
        "annan": "till annan mottagare"}
    assert for_whom("gammal") == "till gammal"  # an old log entry's key, as it was stored
