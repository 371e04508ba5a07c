"""Importing clients from Excel (app/models/client_import.py): parsing, the services' checks with
the column named, duplicates, and one transaction for the whole import."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.cases import CaseInput
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


# == the wrong person ==========================================================================

@pytest.mark.parametrize("first, last", [
    ("ANNA", "ANDERSSON"), ("  anna ", "Andersson  "), ("Anna Maria", "Andersson"), ("Anna", "Andersson Berg"),
    ("Anna", "Andersson"), ("Andersson", "Anna"),
])
def test_the_same_person_written_another_way_is_matched(first, last):
    from app.models.client_import import names_match

    assert names_match(first, last, "Anna", "Andersson")
    assert names_match("Åsa", "Öberg-Ärlig", "asa", "oberg arlig")  # a sloppy list without å/ä/ö


@pytest.mark.parametrize("first, last", [
    ("Maria", "Andersson"), ("Anna", "Berg"), ("Anna", "Anderson"), ("", "Andersson"), ("Ann", "Andersson"),
])
def test_another_person_is_not_matched(first, last):
    from app.models.client_import import names_match

    assert not names_match(first, last, "Anna", "Andersson")


def test_a_personnummer_of_another_client_is_refused_naming_both(store, add_client, tmp_path):
    existing = add_client(first_name="Ada", last_name="Importsson", personnummer=PNR_A)
    path = workbook(tmp_path / "fel-person.xlsx", HEADER,
                    row(Förnamn="Eva", Efternamn="Felsson", Personnummer=PNR_A, Kön="Kvinna",
                        Remissdatum="2026-11-02", Remittent="Chef", Målgrupp="Annan"),
                    row(Förnamn="ADA", Efternamn="importsson", Personnummer=PNR_A, Kön="Kvinna",
                        Remissdatum="2026-11-03", Remittent="Chef", Målgrupp="Annan"))
    wrong, right = read_import(path, store).rows
    assert set(wrong.errors) == {"Personnummer"} and wrong.action == "Fel"
    message = wrong.errors["Personnummer"]
    assert "Ada Importsson" in message and "Eva Felsson" in message and "Jämförda namn" in message
    assert right.ok and right.action == NEW_CASE
    result = import_rows(store, read_import(path, store))
    assert (result.cases_opened, result.skipped_errors) == (1, 1)
    assert [c.referral_date for c in store.cases.for_client(existing.id)] == ["2026-11-03"]
    assert count(store, "clients") == 1


def test_the_refusal_does_not_name_a_client_with_protected_identity(store, add_client, tmp_path):
    add_client(first_name="Sara", last_name="Skyddsson", personnummer=PNR_A, protected_identity=True)
    path = workbook(tmp_path / "skyddad.xlsx", HEADER,
                    row(Förnamn="Eva", Efternamn="Felsson", Personnummer=PNR_A, Kön="Kvinna"))
    [wrong] = read_import(path, store).rows
    message = wrong.errors["Personnummer"]
    assert "skyddad identitet" in message and "Eva Felsson" in message
    assert "Sara" not in message and "Skyddsson" not in message

def test_a_personnummer_twice_in_a_file_with_two_names_is_refused_on_the_second(store, tmp_path):
    path = workbook(tmp_path / "två-namn.xlsx", HEADER,
                    row(Förnamn="Lisa", Efternamn="Tvåsson", Personnummer=PNR_B, Kön="Kvinna"),
                    row(Förnamn="Olle", Efternamn="Annansson", Personnummer=PNR_B, Kön="Man"))
    first, second = read_import(path, store).rows
    assert first.action == NEW_CLIENT
    assert "en tidigare rad i filen: Lisa Tvåsson" in second.errors["Personnummer"]


# == the database changed since the preview =====================================================

def test_rows_changed_since_the_preview_are_refused_and_named(store, add_client, good_file):
    preview = read_import(good_file, store)
    assert [r.action for r in preview.rows] == [NEW_CLIENT_AND_CASE, NEW_CLIENT, NEW_CLIENT_AND_CASE]
    # meanwhile, in the window: Ada is registered by hand with a case on the same date, Cilla's number
    # is registered for another person
    ada = add_client(first_name="Ada", last_name="Importsson", personnummer=PNR_A)
    store.cases.open(ada.id, CaseInput(referral_date="2026-11-02", referred_by="chef", target_group="annan"))
    add_client(first_name="Olle", last_name="Annansson", personnummer=PNR_2005, gender="man")

    result = import_rows(store, preview)
    refused = {r.row_number: r.message for r in result.refused}
    assert set(refused) == {2, 5}
    assert refused[2].startswith("Ändrat sedan förhandsgranskningen: klienten och ärendet har registrerats")
    assert "Olle Annansson" in refused[5] and "Cilla Nollsson" in refused[5]
    assert (result.clients_created, result.cases_opened) == (1, 0)  # Bertil only
    assert count(store, "clients") == 3 and count(store, "cases") == 1
    assert "2 rader importerades inte" in result.summary


def test_the_same_file_imported_in_another_window_meanwhile_adds_nothing_twice(store, good_file):
    first_window, second_window = read_import(good_file, store), read_import(good_file, store)
    import_rows(store, second_window)
    result = import_rows(store, first_window)
    assert (result.clients_created, result.cases_opened) == (0, 0)
    assert [r.row_number for r in result.refused] == [2, 3, 5]
    assert "klienten har registrerats i ATAMA efter förhandsgranskningen" in result.refused[1].message
    assert (count(store, "clients"), count(store, "cases")) == (3, 2)


# == formulas ===================================================================================

def test_a_formula_cell_is_reported_and_text_that_looks_like_one_is_stored_as_typed(store, tmp_path):
    from tests.models.hostile_files import formula_cell, header_row, person_row, sheet_xml, text_cell, write_xlsx

    path = write_xlsx(tmp_path / "formler.xlsx", sheet_xml(
        header_row(),
        person_row(2, "=HYPERLINK(\"http://exempel.se\")", "+Plussson", "1980"),
        text_cell("A3", "Fia") + formula_cell("B3", "CONCAT(\"Form\",\"elsson\")", "Formelsson")
        + text_cell("C3", "1981") + text_cell("D3", "Kvinna"),
        person_row(4, "@Snabel", "-Minusson", "1982") + text_cell("E4", "\t=tab"),
        text_cell("A5", "Gun") + '<c r="B5" t="e"><v>#REF!</v></c>' + text_cell("C5", "1983")
        + text_cell("D5", "Kvinna"),
    ))
    typed, formula, other, error_value = read_import(path, store).rows
    assert error_value.errors == {"Efternamn": "Cellen innehåller ett felvärde från Excel (#REF!), inget värde att "
                                                "importera."}
    assert typed.ok and (typed.client.first_name, typed.client.last_name) == ('=HYPERLINK("http://exempel.se")',
                                                                              "+Plussson")
    assert set(formula.errors) == {"Efternamn"}
    assert formula.errors["Efternamn"].startswith('Cellen innehåller en formel (=CONCAT("Form","elsson"))')
    assert other.ok
    import_rows(store, read_import(path, store))
    names = [(r["first_name"], r["last_name"]) for r in store.query("SELECT * FROM clients ORDER BY id")]
    assert names == [('=HYPERLINK("http://exempel.se")', "+Plussson"), ("@Snabel", "-Minusson")]


def test_the_import_template_holds_no_formula(tmp_path):
    from openpyxl import load_workbook

    from app.exporters.xlsx import write_import_template

    path = tmp_path / "mall.xlsx"
    write_import_template(path)
    book = load_workbook(path)
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]


# == hostile files ==============================================================================

def test_a_zip_bomb_is_refused_from_the_zip_directory(tmp_path):
    from tests.models.hostile_files import zip_bomb

    path = zip_bomb(tmp_path / "bomb.xlsx", megabytes=20)
    assert path.stat().st_size < 200_000
    with pytest.raises(ValidationError, match=r"bomb.xlsx kan inte importeras: delen xl/worksheets/sheet1.xml "
                                              r"packas upp \d+ gånger större") as info:
        read_import(path)
    assert set(info.value.errors) == {"file"}


def test_huge_shared_strings_are_refused(tmp_path):
    import os

    from tests.models.hostile_files import MAIN, header_row, sheet_xml, write_xlsx

    noise = "".join(f"<si><t>{os.urandom(24).hex()}</t></si>" for _ in range(500_000))  # packs poorly
    strings = f'<sst xmlns="{MAIN}" count="4000000000" uniqueCount="4000000000">{noise}</sst>'.encode()
    path = write_xlsx(tmp_path / "strängar.xlsx", sheet_xml(header_row()), strings)
    with pytest.raises(ValidationError, match=r"delen xl/sharedStrings.xml blir [\d,]+ MB uppackad"):
        read_import(path)


@pytest.mark.parametrize("strings", ["billion_laughs", "external_entity"])
def test_xml_entities_are_refused(tmp_path, strings):
    from tests.models import hostile_files
    from tests.models.hostile_files import header_row, sheet_xml, write_xlsx

    secret = tmp_path / "hemligt.txt"
    secret.write_text("lösenord", encoding="utf-8")
    shared = hostile_files.billion_laughs() if strings == "billion_laughs" else hostile_files.external_entity(secret)
    path = write_xlsx(tmp_path / "entiteter.xlsx", sheet_xml(header_row()), shared)
    with pytest.raises(ValidationError, match="entiteter.xlsx innehåller XML-entiteter"):
        read_import(path)
    entity_sheet = sheet_xml(header_row(), prolog='<!DOCTYPE worksheet [<!ENTITY a "Ada">]>')
    with pytest.raises(ValidationError, match="innehåller XML-entiteter"):
        read_import(write_xlsx(tmp_path / "blad.xlsx", entity_sheet))


def test_a_sheet_claiming_a_million_rows_and_columns_is_read_within_bounds(store, tmp_path):
    from tests.models.hostile_files import header_row, person_row, text_cell, write_xlsx

    body = (f'<row r="1">{header_row()}</row><row r="2">{person_row(2, "Ada", "Bredsson")}</row>'
            f'<row r="3">{text_cell("XFD3", "långt bort")}</row>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>{body}</sheetData></worksheet>')
    [only] = read_import(write_xlsx(tmp_path / "bred.xlsx", sheet.encode()), store).rows
    assert only.ok and only.client.last_name == "Bredsson"
    far = sheet.replace('<row r="3">', '<row r="1048576">').replace("XFD3", "A1048576")
    with pytest.raises(ValidationError, match="har rader längre ned än rad 100 001"):
        read_import(write_xlsx(tmp_path / "lång.xlsx", far.encode()), store)



@pytest.mark.parametrize("cell", [
    '<c r="A2" t="d"><v>igår</v></c>',  # a date cell that is no date
    '<c r="A2" t="n"><v>tolv</v></c>',  # a number that is none
    '<c r="A2" t="s"><v>7</v></c>',  # a shared string that is not there
    '<c r="A2" t="e"><v>#REF!</v></c>',  # an error value
    '<c r="A2"><is><t>Ada',  # cut off
])
def test_a_damaged_sheet_is_a_swedish_message_not_a_traceback(tmp_path, cell):
    from tests.models.hostile_files import header_row, sheet_xml, write_xlsx

    sheet = sheet_xml(header_row()).replace(b"</sheetData>", f'<row r="2">{cell}</row></sheetData>'.encode())
    path = write_xlsx(tmp_path / "skadad.xlsx", sheet)
    try:
        read_import(path)
    except ValidationError as exc:
        assert "skadad.xlsx" in str(exc)

# VmHWM, the peak resident memory of this process image: ru_maxrss would count the pages of the
# pytest process it was forked from (it survives exec)
PEAK_MEMORY = """
import sys
sys.path.insert(0, sys.argv[2])
from app.models.client_import import read_import
from app.models.errors import ValidationError
try:
    read_import(sys.argv[1])
    print("READ")
except ValidationError as exc:
    print("REFUSED", exc)
with open("/proc/self/status") as status:
    print(next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmHWM:")))
"""


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["zip_bomb", "shared_strings", "strings_under_the_limit", "billion_laughs",
                                  "external_entity", "quadratic"])
def test_hostile_files_are_refused_within_200_mb(tmp_path, kind):
    """Each hostile file in a fresh interpreter: refused with a Swedish message, peak memory (VmHWM,
    the interpreter and openpyxl included) under 200 MB."""
    import subprocess
    import sys
    from pathlib import Path

    from tests.models import hostile_files as hf

    sheet = hf.sheet_xml(hf.header_row())
    if kind == "zip_bomb":
        path = hf.zip_bomb(tmp_path / "bomb.xlsx", megabytes=400)
    elif kind == "shared_strings":  # millions of strings, claiming billions
        path = hf.write_xlsx(tmp_path / "sst.xlsx", sheet, hf.many_shared_strings(1_500_000))
    elif kind == "strings_under_the_limit":  # as many tiny strings as the limit lets through: read, in bounds
        path = hf.write_xlsx(tmp_path / "sst.xlsx", sheet, hf.many_shared_strings(580_000))
    elif kind == "quadratic":  # one large entity used many times (no nesting)
        entity = "a" * 100_000
        shared = (f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "{entity}">]><sst xmlns="{hf.MAIN}">'
                  f'<si><t>{"&a;" * 20_000}</t></si></sst>').encode()
        path = hf.write_xlsx(tmp_path / "kvadratisk.xlsx", sheet, shared)
    else:
        shared = hf.billion_laughs() if kind == "billion_laughs" else hf.external_entity(Path("/etc/hostname"))
        path = hf.write_xlsx(tmp_path / "entitet.xlsx", sheet, shared)
    root = str(Path(__file__).resolve().parents[2])
    done = subprocess.run([sys.executable, "-c", PEAK_MEMORY, str(path), root], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    outcome, peak_mb = done.stdout.strip().rsplit("\n", 1)
    assert outcome.startswith("READ" if kind == "strings_under_the_limit" else f"REFUSED {path.name}"), outcome
    assert int(peak_mb) < 200, (kind, peak_mb)
    print(kind, peak_mb, "MB:", outcome)


def test_openpyxl_parses_with_defusedxml():
    """Without defusedxml openpyxl reads the entity files above without complaint (Python's expat
    expands them): the dependency is what refuses them (pyproject.toml)."""
    import openpyxl

    assert openpyxl.DEFUSEDXML is True
