"""Importing clients from Excel (app/models/client_import.py): parsing, the services' checks with
the column named, duplicates, and one transaction for the whole import."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.client_import import (
    COLUMNS,
    EXISTS,
    NEW_CASE,
    NEW_CLIENT,
    NEW_CLIENT_AND_CASE,
    import_rows,
    read_import,
)
from app.models.errors import RuleError, StorageError, ValidationError
from tests.models.import_files import HEADER, row, workbook
from tests.support import count, make_pnr

PNR_A = make_pnr(dt.date(1985, 3, 12), 982)
PNR_B = make_pnr(dt.date(1992, 7, 1), 990)
PNR_2005 = make_pnr(dt.date(2005, 3, 12), 994)  # as a 10-digit number it starts with 0


@pytest.fixture
def good_file(tmp_path):
    return workbook(
        tmp_path / "klienter.xlsx",
        ["  förnamn ", "EFTERNAMN", "Personnummer", "Födelseår", "kön", "Utbildning", "Remissdatum", "Remittent",
         "Målgrupp", "Startdatum  AMA", "Telefon", "E-post", "Anonym i statistik", "Skyddad identitet", "Orsak",
         "Anteckning"],  # an extra column, ignored
        row(Förnamn="Ada", Efternamn="Importsson", Personnummer=PNR_A, Kön="Kvinna", Utbildning="eftergymnasial",
            Remissdatum=dt.datetime(2026, 11, 2), Remittent="Arbetsledare", Målgrupp="medarbetare på ama",
            Startdatum_AMA="2026-10-26", Telefon="070-123 45 67", **{"E-post": "ada@exempel.se"},
            Anonym_i_statistik="Ja", Orsak="Behöver stöd med struktur") + ["intern"],
        row(Förnamn="Bertil", Efternamn="Årsson", Födelseår=1979, Kön="MAN", Skyddad_identitet="x",
            Telefon=701234567),  # typed as a number: Excel kept no leading zero
        [None] * 16,  # an empty row is skipped
        row(Förnamn="Cilla", Efternamn="Nollsson", Personnummer=int(PNR_2005[2:]), Kön="annat",
            Remissdatum="2026-11-10", Remittent="af", Målgrupp="Annan"),
    )


def test_read_and_import_valid_rows(store, user, good_file):
    preview = read_import(good_file, store)
    assert preview.sheet == "Klienter" and preview.ignored_columns == ("Anteckning",)
    assert [(r.row_number, r.ok, r.action) for r in preview.rows] == [
        (2, True, NEW_CLIENT_AND_CASE), (3, True, NEW_CLIENT), (5, True, NEW_CLIENT_AND_CASE)]
    assert count(store, "clients") == 0  # reading writes nothing
    ada = preview.rows[0]
    assert (ada.client.gender, ada.client.education, ada.client.anonymous_in_stats) == (
        "kvinna", "eftergymnasial", True)
    assert (ada.case.referral_date, ada.case.target_group, ada.case.ama_start_date) == (
        "2026-11-02", "ama_medarbetare", "2026-10-26")
    assert preview.summary == "3 rader: 3 kan importeras, 0 finns redan, 0 med fel."

    result = import_rows(store, preview)
    assert (result.clients_created, result.cases_opened, result.existing, result.skipped_errors) == (3, 2, 0, 0)
    assert str(result).startswith("3 nya klienter, 2 nya ärenden")
    clients = {c["first_name"]: c for c in store.query("SELECT * FROM clients")}
    assert clients["Ada"]["personnummer"] == PNR_A and clients["Ada"]["anonymous_in_stats"] == 1
    assert clients["Ada"]["phone"] == "070-123 45 67" and clients["Ada"]["email"] == "ada@exempel.se"
    assert clients["Bertil"]["birth_year"] == 1979 and clients["Bertil"]["personnummer"] is None
    assert clients["Bertil"]["protected_identity"] == 1 and clients["Bertil"]["education"] == "okand"
    assert clients["Bertil"]["phone"] == "0701234567"
    assert clients["Cilla"]["personnummer"] == PNR_2005  # the leading zero Excel dropped
    cases = store.query("SELECT * FROM cases ORDER BY id")
    assert [(c["referral_date"], c["referred_by"], c["responsible_user_id"]) for c in cases] == [
        ("2026-11-02", "arbetsledare", user.id), ("2026-11-10", "af", user.id)]
    assert cases[0]["reason"] == "Behöver stöd med struktur"
    assert count(store, "case_steps") == 10  # opened by the service: the five steps each


def test_bad_rows_name_their_column(store, tmp_path):
    path = workbook(
        tmp_path / "fel.xlsx", HEADER,
        row(Förnamn="Dan", Efternamn="Felsson", Personnummer=PNR_A[:-1] + str((int(PNR_A[-1]) + 1) % 10), Kön="Man"),
        row(Förnamn="Eva", Efternamn="Felsson", Födelseår=1990, Kön="Hen"),
        row(Förnamn="Fia", Efternamn="Felsson", Födelseår=1990, Kön="Kvinna", Remissdatum="2026-13-01",
            Remittent="Chef", Målgrupp="Annan"),
        row(Förnamn="Gun", Efternamn="Felsson", Födelseår=1990, Kön="Kvinna", Remissdatum="2026-11-02",
            Remittent="Chef"),
        row(Förnamn="Hans", Efternamn="Felsson", Födelseår=1990, Kön="Man", Anonym_i_statistik="kanske",
            **{"E-post": "hans@"}),
        row(Förnamn="", Efternamn="Felsson", Kön="Man"),
        row(Förnamn="Ines", Efternamn="Felsson", Födelseår=1990, Kön="Kvinna", Målgrupp="Annan"),
        row(Förnamn="Jon", Efternamn="Felsson", Födelseår=1990, Kön="Man", Remissdatum="2026-12-24",
            Remittent="Chef", Målgrupp="Annan"),
        row(Förnamn="Kim", Efternamn="Rättsson", Födelseår=1990, Kön="Man"),
    )
    preview = read_import(path, store)
    errors = {r.client.first_name: r.errors for r in preview.rows}
    assert errors["Dan"] == {"Personnummer": "Kontrollsiffran stämmer inte. Kontrollera personnumret."}
    assert set(errors["Eva"]) == {"Kön"} and "Kvinna, Man, Annat" in errors["Eva"]["Kön"]
    assert errors["Fia"] == {"Remissdatum": "Remissdatum är inget giltigt datum (ÅÅÅÅ-MM-DD)."}
    assert errors["Gun"] == {"Målgrupp": "Välj målgrupp."}
    assert set(errors["Hans"]) == {"E-post", "Anonym i statistik"}
    assert set(errors[""]) == {"Förnamn", "Födelseår"}
    assert set(errors["Ines"]) == {"Remissdatum"} and "Målgrupp" in errors["Ines"]["Remissdatum"]
    assert errors["Jon"] == {"Remissdatum": "Remissdatum kan inte ligga i framtiden."}
    assert errors["Kim"] == {}
    message = next(r for r in preview.rows if r.client.first_name == "Eva").message
    assert message.startswith("Kön: ") and "'Hen'" in message
    assert [r.row_number for r in preview.error_rows] == list(range(2, 10))

    result = import_rows(store, preview)  # the valid row only
    assert (result.clients_created, result.skipped_errors) == (1, 8)
    assert [r["first_name"] for r in store.query("SELECT first_name FROM clients")] == ["Kim"]


def test_importing_the_same_file_again_adds_nothing(store, good_file, tmp_path):
    import_rows(store, read_import(good_file, store))
    before = (count(store, "clients"), count(store, "cases"))
    again = read_import(good_file, store)
    assert [r.action for r in again.rows] == [EXISTS, EXISTS, EXISTS] and again.valid_rows == []
    result = import_rows(store, again)
    assert (result.clients_created, result.cases_opened, result.existing) == (0, 0, 3)
    assert (count(store, "clients"), count(store, "cases")) == before

    # matched by personnummer however it is written, and by name and birth year without one
    later = workbook(
        tmp_path / "senare.xlsx", HEADER,
        row(Förnamn="Ada", Efternamn="Importsson", Personnummer=PNR_A[2:8] + PNR_A[8:], Kön="Kvinna",
            Remissdatum="2026-11-16", Remittent="Chef", Målgrupp="Annan"),
        row(Förnamn="bertil", Efternamn=" ÅRSSON ", Födelseår="1979", Kön="Man", Remissdatum="2026-11-16",
            Remittent="Chef", Målgrupp="Annan"),
        row(Förnamn="Bertil", Efternamn="Årsson", Födelseår=1980, Kön="Man"),  # another Bertil
    )
    preview = read_import(later, store)
    assert [r.action for r in preview.rows] == [NEW_CASE, NEW_CASE, NEW_CLIENT]
    result = import_rows(store, preview)
    assert (result.clients_created, result.cases_opened) == (1, 2)
    assert count(store, "clients") == before[0] + 1 and count(store, "cases") == before[1] + 2


def test_a_client_twice_in_one_file(store, tmp_path):
    path = workbook(
        tmp_path / "dubbel.xlsx", HEADER,
        row(Förnamn="Lisa", Efternamn="Tvåsson", Personnummer=PNR_B, Kön="Kvinna", Remissdatum="2026-10-01",
            Remittent="Chef", Målgrupp="Annan"),
        row(Förnamn="Lisa", Efternamn="Tvåsson", Personnummer=PNR_B, Kön="Kvinna", Remissdatum="2026-10-01",
            Remittent="Chef", Målgrupp="Annan"),
        row(Förnamn="Lisa", Efternamn="Tvåsson", Personnummer=PNR_B, Kön="Kvinna", Remissdatum="2026-11-01",
            Remittent="Chef", Målgrupp="Annan"),
    )
    preview = read_import(path, store)
    assert [r.action for r in preview.rows] == [NEW_CLIENT_AND_CASE, EXISTS, NEW_CASE]
    import_rows(store, preview)
    assert (count(store, "clients"), count(store, "cases")) == (1, 2)


@pytest.mark.parametrize("failure", [StorageError("Inte sparat: disken är full."), RuntimeError("disk full")])
def test_a_failure_midway_imports_nothing(store, good_file, monkeypatch, failure):
    """A failure that is not about the row (a full disk, a bug) rolls the whole import back."""
    preview = read_import(good_file, store)
    real_open = store.cases.open
    calls = []

    def failing_open(client_id, data, before=None):
        calls.append(client_id)
        if len(calls) == 2:
            raise failure
        return real_open(client_id, data, before)

    monkeypatch.setattr(store.cases, "open", failing_open)
    with pytest.raises(type(failure)):
        import_rows(store, preview)
    assert len(calls) == 2
    assert (count(store, "clients"), count(store, "cases"), count(store, "case_steps")) == (0, 0, 0)
    assert not store._conn.in_transaction


def test_a_row_a_service_refuses_at_import_is_named_and_the_others_are_imported(store, good_file, monkeypatch):
    preview = read_import(good_file, store)
    real_open = store.cases.open

    def refusing_second_case(client_id, data, before=None):
        if store.query_value("SELECT count(*) FROM cases"):
            raise RuleError("Databasen vägrade.")
        return real_open(client_id, data, before)

    monkeypatch.setattr(store.cases, "open", refusing_second_case)
    result = import_rows(store, preview)
    assert [(r.row_number, r.message) for r in result.refused] == [
        (5, "Ändrat sedan förhandsgranskningen: Databasen vägrade.")]
    assert (result.clients_created, result.cases_opened) == (2, 1)
    assert "1 rad importerades inte eftersom databasen ändrats sedan förhandsgranskningen (rad 5)" in result.summary
    assert [r["first_name"] for r in store.query("SELECT first_name FROM clients ORDER BY id")] == ["Ada", "Bertil"]
    assert count(store, "case_steps") == 5  # Cilla's row left nothing behind, not even her client


def test_reading_without_a_store_still_checks_every_row(good_file, tmp_path):
    preview = read_import(good_file)
    assert all(r.ok for r in preview.rows)
    path = workbook(tmp_path / "x.xlsx", HEADER, row(Förnamn="Ulla", Efternamn="Utan", Kön="Kvinna"))
    [only] = read_import(path).rows
    assert only.errors == {"Födelseår": "Ange personnummer, eller födelseår om personen saknar personnummer."}


def test_header_row_below_a_title_and_another_sheet(store, tmp_path):
    path = workbook(tmp_path / "titel.xlsx", ["Förnamn", "Efternamn", "Födelseår", "Kön"],
                    ["Mona", "Rubriksson", 1970, "Kvinna"], title="Klientlista kontor Norr", sheet="Blad1")
    preview = read_import(path, store)
    assert preview.sheet == "Blad1" and [(r.row_number, r.ok) for r in preview.rows] == [(4, True)]


@pytest.mark.parametrize("header, message", [
    (["Förnamn", "Efternamn", "Personnummer"], "Rubrikraden saknar kolumnen Kön."),
    (["Förnamn", "Efternamn", "Kön"], "Rubrikraden saknar kolumnen Personnummer (eller Födelseår)."),
    (["Förnamn", "Efternamn", "Kön", "Födelseår", "kön"], "Kolumnen Kön finns mer än en gång i rubrikraden."),
    (["Namn", "Telefon"], "Hittar ingen rubrikrad i bladet Klienter."),
])
def test_files_without_the_columns_are_refused(tmp_path, header, message):
    path = workbook(tmp_path / "fel.xlsx", header, ["a", "b", "c"])
    with pytest.raises(ValidationError) as info:
        read_import(path)
    assert str(info.value).startswith(message)
    assert set(info.value.errors) == {"file"}


def test_other_files_are_refused_in_swedish(tmp_path):
    csv = tmp_path / "klienter.csv"
    csv.write_text("Förnamn;Efternamn\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"klienter.csv är ingen Excelfil .*\(\.xlsx\)"):
        read_import(csv)
    fake = tmp_path / "trasig.xlsx"
    fake.write_bytes(b"not a zip file at all")
    with pytest.raises(ValidationError, match="trasig.xlsx kan inte läsas som en Excel-arbetsbok"):
        read_import(fake)
    with pytest.raises(ValidationError, match="finns inte"):
        read_import(tmp_path / "saknas.xlsx")
    empty = workbook(tmp_path / "tom.xlsx", [])
    with pytest.raises(ValidationError, match="Hittar ingen rubrikrad"):
        read_import(empty)


def test_every_documented_column_is_read():
    assert [c.header for c in COLUMNS] == [*HEADER[:8], "Annan remittent", *HEADER[8:]]


def test_a_message_names_its_column_once(tmp_path, store):
    path = workbook(tmp_path / "k.xlsx", HEADER,
                    row(Förnamn="Ida", Efternamn="Datum", Födelseår=1990, Kön="Kvinna", Utbildning="okänd",
                        Remissdatum="igår", Remittent="Arbetsledare", Målgrupp="Medarbetare på AMA"),
                    row(Förnamn="Hugo", Efternamn="Fel", Födelseår=1975, Kön="okänt", Utbildning="gymnasial"))
    dated, gender = read_import(path, store).rows
    assert dated.message.startswith("Remissdatum ") and "Remissdatum: Remissdatum" not in dated.message
    assert gender.message.startswith("Kön: ")


def test_an_import_leaves_an_access_log_row_per_client_written_and_one_for_the_file(store, user, good_file):
    import_rows(store, read_import(good_file, store))
    rows = store.access_log.search(action="import")
    assert {(r.user_id, r.action) for r in rows} == {(user.id, "import")}
    summary, *per_row = rows  # newest first: the file's row is written last
    assert summary.client_id is None and summary.what.startswith("Klienter från klienter.xlsx: 3 nya klienter")
    names = {r.client_name: (r.case_number != "", r.what) for r in per_row}
    assert names == {"Ada Importsson": (True, f"{NEW_CLIENT_AND_CASE}: klienter.xlsx, rad 2"),
                     "Bertil Årsson": (False, f"{NEW_CLIENT}: klienter.xlsx, rad 3"),
                     "Cilla Nollsson": (True, f"{NEW_CLIENT_AND_CASE}: klienter.xlsx, rad 5")}
    # the same file again writes nothing new but the file's own row
    import_rows(store, read_import(good_file, store))
    again = store.access_log.search(action="import")
    assert len(again) == len(rows) + 1 and again[0].what.endswith("3 fanns redan, 0 rader med fel hoppades över.")


def test_a_failed_import_leaves_no_access_log_row(store, good_file, monkeypatch):
    preview = read_import(good_file, store)
    real_open = store.cases.open

    def failing_second_case(client_id, data, before=None):
        if store.query_value("SELECT count(*) FROM cases"):
            raise RuntimeError("disk full")
        return real_open(client_id, data, before)

    monkeypatch.setattr(store.cases, "open", failing_second_case)
    with pytest.raises(RuntimeError):
        import_rows(store, preview)
    assert store.access_log.search(action="import") == []
