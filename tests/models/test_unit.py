"""The unit's identity (store.unit) and one's own contact: checked in Swedish naming the field, kept
in the database (the logo too), an administrator's, logged; migration 16's columns on old files."""

from __future__ import annotations

import base64

import pytest

from app.models.errors import RuleError, ValidationError
from app.models.store import Store
from app.models.unit import DEFAULT_NAME, LOGO_MAX_BYTES, UnitInput
from tests.builders import add_user, database_at_version, sign_in_as
from tests.support import FIXED_NOW

PNG_1PX = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGA"
                           "hKmMIQAAAABJRU5ErkJggg==")


def png(tmp_path, name="logo.png", data=PNG_1PX):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_before_anything_is_set_the_default_name_and_nothing_else(store):
    identity = store.unit.identity()
    assert identity.name == DEFAULT_NAME and identity.heading == DEFAULT_NAME
    assert (identity.municipality, identity.address, identity.phone, identity.email, identity.logo) == (
        "", "", "", "", None)
    assert identity.contact_line == ""


def test_saved_fields_are_read_back_and_unnamed_fields_stay(store, tmp_path):
    store.unit.save(UnitInput(municipality="Åre kommun", name="  AMA Järpen ", address="Järpevägen 4,\n837 31 Järpen",
                              phone="0647-161 00", email="ama@are.se", logo_path=png(tmp_path)))
    store.unit.save(UnitInput(phone="+46 647 161 01"))  # only the phone changes
    identity = store.unit.identity()
    assert identity.heading == "Åre kommun · AMA Järpen"
    assert identity.contact_line == "Järpevägen 4, 837 31 Järpen · Tfn +46 647 161 01 · ama@are.se"
    assert identity.logo == PNG_1PX and identity.logo_kind == "png"
    assert "Logotyp: PNG, 1 kB" in identity.lines()
    (tmp_path / "logo.png").unlink()  # stored in the database, not pointed to
    assert store.unit.identity().logo == PNG_1PX
    logged = store.query("SELECT what FROM access_log WHERE action = 'settings' ORDER BY id")
    assert [r["what"] for r in logged] == ["Enhetens uppgifter: kommun, namn, adress, telefon, e-post, logotyp",
                                           "Enhetens uppgifter: telefon"]


@pytest.mark.parametrize("field,data,message", [
    ("name", UnitInput(name="  "), "Enhetens namn måste fyllas i."),
    ("phone", UnitInput(phone="ring mig"), "Telefon: skriv numret med siffror, t.ex. 0647-161 00"),
    ("phone", UnitInput(phone="12"), "Telefon: skriv numret med siffror, t.ex. 0647-161 00"),
    ("email", UnitInput(email="ama.are.se"), "E-post: skriv en adress som namn@kommun.se."),
    ("municipality", UnitInput(municipality="x" * 121), "Kommun får vara högst 120 tecken"),
])
def test_bad_fields_are_refused_naming_the_field(store, field, data, message):
    with pytest.raises(ValidationError) as refused:
        store.unit.save(data)
    assert message in refused.value.errors[field]
    assert store.query_value("SELECT count(*) FROM settings WHERE key LIKE 'unit_%'") == 0


def test_a_logo_must_be_a_readable_png_or_jpeg_of_at_most_a_megabyte(store, tmp_path):
    cases = {
        png(tmp_path, "bild.png", b"GIF89a not a png"): "ingen PNG- eller JPEG-bild: bild.png",  # the name lies
        png(tmp_path, "trasig.png", PNG_1PX[:20]): "trasig bild",
        png(tmp_path, "stor.png", PNG_1PX + b"\0" * LOGO_MAX_BYTES): "för stor",
        tmp_path / "saknas.png": "finns inte",
        tmp_path: "kunde inte läsas",  # a folder
    }
    for path, message in cases.items():
        with pytest.raises(ValidationError) as refused:
            store.unit.save(UnitInput(name="AMA", logo_path=path))
        assert message in refused.value.errors["logo"], path
        assert refused.value.errors["logo"].startswith("Logotypen")
    assert store.unit.identity().name == DEFAULT_NAME  # nothing written, the name neither


def test_only_an_administrator_changes_the_unit_but_anyone_their_own_contact(store):
    bo = add_user(store, "Bo Berg")
    sign_in_as(store, bo.id)
    with pytest.raises(RuleError, match="Bara en administratör kan ändra enhetens uppgifter."):
        store.unit.save(UnitInput(name="Min enhet"))
    me = store.users.set_contact("070-111 22 33", "bo.berg@are.se")
    assert (me.phone, me.email, me.contact_line) == ("070-111 22 33", "bo.berg@are.se",
                                                     "070-111 22 33 · bo.berg@are.se")
    with pytest.raises(ValidationError) as refused:
        store.users.set_contact("070-111 22 33", "bo@")
    assert "Din e-postadress: skriv en adress som bo.berg@kommun.se." in refused.value.errors["my_email"]
    assert store.users.get(bo.id).email == "bo.berg@are.se"


def test_the_example_of_ones_own_address_is_ones_own():
    from app.models.unit import own_email_example

    assert own_email_example("Bo Berg") == "bo.berg@kommun.se"
    assert own_email_example("Åsa Ödegård-Æbelø", "ama@are.se") == "asa.odegard-aebelo@are.se"
    assert own_email_example("", "") == "fornamn.efternamn@kommun.se"


def test_phone_messages_say_what_to_write(store):
    with pytest.raises(ValidationError) as refused:
        store.unit.save(UnitInput(phone="ring mig"), contact=("ring mig", "x@"))
    errors = refused.value.errors
    assert errors["phone"] == "Telefon: skriv numret med siffror, t.ex. 0647-161 00 eller +46 647 161 00."
    assert errors["my_phone"] == "Ditt telefonnummer: skriv numret med siffror, t.ex. 070-123 45 67."
    assert errors["my_email"] == "Din e-postadress: skriv en adress som anna.andersson@kommun.se."


def test_the_unit_and_the_contact_are_saved_together_or_not_at_all(store):
    with pytest.raises(ValidationError) as refused:
        store.unit.save(UnitInput(name="AMA Ny"), contact=("fel nummer", "anna@are.se"))
    assert set(refused.value.errors) == {"my_phone"}
    assert store.unit.identity().name == DEFAULT_NAME and store.users.current().email == ""


def test_a_file_from_before_migration_16_gets_empty_contacts_and_participants(tmp_path):
    from app.models.migrations import MIGRATIONS

    mine = next(i for i, m in enumerate(MIGRATIONS) if m.__name__.endswith("_contacts_and_follow_up_participants"))
    path = tmp_path / "old.sqlite"
    conn = database_at_version(path, mine)
    conn.execute("INSERT INTO users (id, name, title, created_at) VALUES (1, 'Anna Andersson', 'arbetsterapeut', 'x')")
    conn.execute("INSERT INTO settings (key, value) VALUES ('unit_name', 'AMA Gamla')")
    conn.close()
    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        user = store.users.get(1)
        assert (user.phone, user.email) == ("", "")
        assert store.unit.identity().name == "AMA Gamla"  # the name set before is the unit's name
        columns = {r["name"] for r in store.query("PRAGMA table_info(plan_follow_ups)")}
        assert "participants" in columns
    finally:
        store.close()
