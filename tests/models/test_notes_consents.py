"""Journal notes and consents (samtycken) on a case."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.errors import NotFound, RuleError, ValidationError
from app.models.store import Store
from tests.support import FIXED_TIMESTAMP, TODAY


def errors_of(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.errors


# == notes ====================================================================================

def test_add_note(store, user, case):
    note = store.notes.add(case.id, "2026-11-19", "samtal", "Första samtalet.\nKlienten berättade om …")
    assert note == store.notes.get(note.id)
    assert (note.case_id, note.note_date, note.kind, note.kind_label) == (case.id, "2026-11-19", "samtal", "Samtal")
    assert note.text == "Första samtalet.\nKlienten berättade om …"
    assert (note.author_id, note.author) == (user.id, "Anna Andersson")
    assert note.created_at == note.updated_at == FIXED_TIMESTAMP
    assert (note.signed_at, note.is_signed, note.corrects_id) == (None, False, None)


def test_note_date_may_be_a_date_object(store, case):
    assert store.notes.add(case.id, TODAY, "telefon", "Ringde").note_date == "2026-11-20"


def test_notes_are_listed_newest_first(store, case):
    added = [
        store.notes.add(case.id, "2026-11-03", "samtal", "ett"),
        store.notes.add(case.id, "2026-11-15", "mote", "två"),
        store.notes.add(case.id, "2026-11-10", "observation", "tre"),
        store.notes.add(case.id, "2026-11-15", "ovrigt", "fyra"),  # same day, written later
    ]
    assert [n.text for n in store.notes.for_case(case.id)] == ["fyra", "två", "tre", "ett"]
    assert {n.id for n in store.notes.for_case(case.id)} == {n.id for n in added}


def test_notes_belong_to_their_case(store, case, add_client, open_case):
    other = open_case(add_client(first_name="Annan").id)
    store.notes.add(case.id, "2026-11-20", "samtal", "hos första")
    store.notes.add(other.id, "2026-11-20", "samtal", "hos andra")
    assert [n.text for n in store.notes.for_case(case.id)] == ["hos första"]
    assert [n.text for n in store.notes.for_case(other.id)] == ["hos andra"]


def test_note_in_the_future_is_refused(store, case, row_counts):
    before = row_counts()
    errors = errors_of(lambda: store.notes.add(case.id, "2026-11-21", "samtal", "Imorgon"))
    assert errors == {"note_date": "Datum kan inte ligga i framtiden."}
    assert row_counts() == before


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", None])
def test_empty_note_is_refused(store, case, text):
    assert errors_of(lambda: store.notes.add(case.id, "2026-11-20", "samtal", text)) == {
        "text": "Anteckningen måste fyllas i."}


@pytest.mark.parametrize("kind", ["", "dagbok", "Samtal", None])
def test_unknown_note_kind_is_refused(store, case, kind):
    assert errors_of(lambda: store.notes.add(case.id, "2026-11-20", kind, "Text")) == {
        "kind": "Välj typ av anteckning."}


def test_note_errors_together(store, case):
    errors = errors_of(lambda: store.notes.add(case.id, "2026-02-30", "dagbok", ""))
    assert errors == {
        "note_date": "Datum är inget giltigt datum (ÅÅÅÅ-MM-DD).",
        "kind": "Välj typ av anteckning.",
        "text": "Anteckningen måste fyllas i.",
    }
    assert errors_of(lambda: store.notes.add(case.id, "", "samtal", "x")) == {"note_date": "Datum måste anges."}


def test_note_on_missing_case(store):
    with pytest.raises(NotFound):
        store.notes.add(999, "2026-11-20", "samtal", "Text")
    with pytest.raises(NotFound):
        store.notes.get(999)


def test_unsigned_note_can_be_updated(store, case):
    note = store.notes.add(case.id, "2026-11-19", "samtal", "Utkast")
    updated = store.notes.update(note.id, "2026-11-18", "telefon", "Rättat utkast")
    assert (updated.note_date, updated.kind, updated.text) == ("2026-11-18", "telefon", "Rättat utkast")
    assert updated.created_at == note.created_at
    with pytest.raises(ValidationError):
        store.notes.update(note.id, "2026-11-18", "telefon", "")
    assert store.notes.get(note.id).text == "Rättat utkast"


def test_signed_note_cannot_be_updated(store, user, case):
    note = store.notes.add(case.id, "2026-11-19", "samtal", "Slutgiltig text")
    with store.transaction() as tx:
        tx.execute("UPDATE notes SET signed_at = ?, signed_by = ? WHERE id = ?", (FIXED_TIMESTAMP, user.id, note.id))
    assert store.notes.get(note.id).is_signed is True
    with pytest.raises(RuleError) as info:
        store.notes.update(note.id, "2026-11-19", "samtal", "Ändrad i efterhand")
    assert str(info.value) == "Anteckningen är signerad och kan inte ändras. Skriv en rättelse i stället."
    assert store.notes.get(note.id).text == "Slutgiltig text"


def test_adding_a_note_touches_the_case(db_path, store, case):
    later = Store.open(db_path, clock=lambda: dt.datetime(2026, 11, 20, 16, 45))
    try:
        later.notes.add(case.id, "2026-11-20", "samtal", "Eftermiddag")
        assert later.cases.get(case.id).updated_at == "2026-11-20 16:45:00"
    finally:
        later.close()


# == consents =================================================================================

def test_add_consent(store, case):
    consent = store.consents.add(case.id, "af", "skriftligt", "2026-11-02", scope="Arbetsförmåga")
    assert consent == store.consents.get(consent.id)
    assert (consent.case_id, consent.recipient, consent.recipient_label) == (case.id, "af", "Arbetsförmedlingen")
    assert (consent.form, consent.given_date, consent.withdrawn_date) == ("skriftligt", "2026-11-02", None)
    assert (consent.scope, consent.recipient_other) == ("Arbetsförmåga", "")


def test_consent_to_annan_needs_a_name(store, case, row_counts):
    before = row_counts()
    errors = errors_of(lambda: store.consents.add(case.id, "annan", "muntligt", "2026-11-02"))
    assert errors == {"recipient_other": "Ange vilken mottagare samtycket gäller."}
    assert row_counts() == before
    consent = store.consents.add(case.id, "annan", "muntligt", "2026-11-02", recipient_other="Facket")
    assert consent.recipient_label == "Annan: Facket"


def test_recipient_other_is_dropped_unless_annan(store, case):
    consent = store.consents.add(case.id, "fk", "muntligt", "2026-11-02", recipient_other="Facket")
    assert (consent.recipient_other, consent.recipient_label) == ("", "Försäkringskassan")


def test_consent_field_errors(store, case):
    errors = errors_of(lambda: store.consents.add(case.id, "grannen", "telepatiskt", "2026-11-21"))
    assert errors == {
        "recipient": "Välj mottagare.",
        "form": "Välj hur samtycket gavs.",
        "given_date": "Datum för samtycke kan inte ligga i framtiden.",
    }
    with pytest.raises(NotFound):
        store.consents.add(999, "af", "muntligt", "2026-11-02")


def test_withdrawal_before_the_given_date_is_refused(store, case):
    consent = store.consents.add(case.id, "af", "skriftligt", "2026-11-10")
    errors = errors_of(lambda: store.consents.withdraw(consent.id, "2026-11-09"))
    assert errors == {"withdrawn_date": "Samtycket kan inte återkallas före det datum det gavs."}
    assert store.consents.get(consent.id).withdrawn_date is None


def test_withdrawal_in_the_future_or_twice_is_refused(store, case):
    consent = store.consents.add(case.id, "af", "skriftligt", "2026-11-10")
    assert errors_of(lambda: store.consents.withdraw(consent.id, "2026-11-21")) == {
        "withdrawn_date": "Datum för återkallelse kan inte ligga i framtiden."}
    store.consents.withdraw(consent.id, "2026-11-15")
    assert errors_of(lambda: store.consents.withdraw(consent.id, "2026-11-16")) == {
        "withdrawn_date": "Samtycket är redan återkallat."}
    assert store.consents.get(consent.id).withdrawn_date == "2026-11-15"


def test_covers_between_given_and_withdrawn(store, case):
    consent = store.consents.add(case.id, "fk", "skriftligt", "2026-11-05")
    day = dt.date.fromisoformat
    assert store.consents.covers(case.id, "fk") is True  # today
    assert store.consents.covers(case.id, "fk", day("2026-11-04")) is False
    assert store.consents.covers(case.id, "fk", day("2026-11-05")) is True
    assert store.consents.covers(case.id, "af") is False  # another recipient

    store.consents.withdraw(consent.id, "2026-11-12")
    assert store.consents.covers(case.id, "fk", day("2026-11-11")) is True
    assert store.consents.covers(case.id, "fk", day("2026-11-12")) is False
    assert store.consents.covers(case.id, "fk") is False
    assert store.consents.get(consent.id).is_valid_on(day("2026-11-08")) is True


def test_covers_only_the_case_it_was_given_for(store, case, add_client, open_case):
    other = open_case(add_client(first_name="Annan").id)
    store.consents.add(case.id, "varden", "muntligt", "2026-11-01")
    assert store.consents.covers(case.id, "varden") is True
    assert store.consents.covers(other.id, "varden") is False


def test_a_new_consent_after_withdrawal_covers_again(store, case):
    first = store.consents.add(case.id, "ifo", "muntligt", "2026-11-01")
    store.consents.withdraw(first.id, "2026-11-05")
    store.consents.add(case.id, "ifo", "skriftligt", "2026-11-18")
    assert store.consents.covers(case.id, "ifo") is True
    assert store.consents.covers(case.id, "ifo", dt.date(2026, 11, 10)) is False
    assert [c.given_date for c in store.consents.for_case(case.id)] == ["2026-11-01", "2026-11-18"]
