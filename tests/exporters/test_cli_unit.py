"""``python -m app unit``: prints the unit's identity, sets what it is given (an administrator's),
refuses bad input in Swedish with exit 2; ``export plan --easy-read`` writes the easy-read plan."""

from __future__ import annotations

from app.cli import main
from tests.builders import add_user, agreed_plan
from tests.exporters.pdf_support import pdf_read
from tests.exporters.plan_builders import logo_file


def test_without_options_it_prints_the_identity(store, db_path, capsys):
    assert main(["unit", "--db", str(db_path), "--user", "Anna Andersson"]) == 0
    out = capsys.readouterr().out
    assert "Enhet: Arbetsmarknadsavdelningen (AMA)" in out and "Logotyp: ingen" in out
    assert "Du: Anna Andersson, arbetsterapeut (inget telefonnummer eller e-post)" in out


def test_a_plain_database_is_read_without_signing_in(store, db_path, capsys, monkeypatch):
    """What every document prints is nothing personal: no --user and no password for a read; a
    change signs in, as the default user (Anna, signed in last), and her password is asked for."""
    from tests.exporters.plan_builders import unit_identity

    unit_identity(store)
    add_user(store, "Bo Berg")
    store.close()
    monkeypatch.delenv("ATAMA_PASSWORD")
    assert main(["unit", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Kommun: Åre kommun" in out and "Enhet: AMA Järpen" in out and "E-post: ama@are.se" in out
    assert "Du:" not in out
    assert main(["unit", "--db", str(db_path), "--my-email", "x@are.se"]) == 2
    assert "Lösenordet för Anna Andersson behövs" in capsys.readouterr().err


def test_an_encrypted_database_is_read_as_the_one_who_can_open_it(db_path, capsys):
    from app.models import encryption
    from tests.support import FIXED_NOW, TEST_PASSWORD

    store, _code = encryption.create_database(db_path, lambda: FIXED_NOW)
    anna = store.users.create("Anna Andersson", "arbetsterapeut", TEST_PASSWORD)
    store.users.sign_in(anna.id, TEST_PASSWORD)
    store.close()
    assert main(["unit", "--db", str(db_path)]) == 0  # the password from $ATAMA_PASSWORD, no --user
    out = capsys.readouterr().out
    assert "Enhet: Arbetsmarknadsavdelningen (AMA)" in out and "Du: Anna Andersson" in out


def test_options_set_only_those_fields_and_every_document_then_shows_them(store, case, db_path, tmp_path, capsys):
    assert main(["unit", "--db", str(db_path), "--municipality", "Åre kommun", "--name", "AMA Järpen",
                 "--address", "Järpevägen 4, 837 31 Järpen", "--phone", "0647-161 00", "--email", "ama@are.se",
                 "--logo", str(logo_file(tmp_path)), "--my-phone", "070-123 45 67"]) == 0
    assert main(["unit", "--db", str(db_path), "--email", "info@are.se"]) == 0
    out = capsys.readouterr().out
    for line in ("Kommun: Åre kommun", "Enhet: AMA Järpen", "Adress: Järpevägen 4, 837 31 Järpen",
                 "Telefon: 0647-161 00", "E-post: info@are.se", "Logotyp: PNG", "Du: Anna Andersson, "
                 "arbetsterapeut · 070-123 45 67"):
        assert line in out, line
    agreed_plan(store, case.id)
    target = tmp_path / "plan.pdf"
    assert main(["export", "plan", "--db", str(db_path), "--case", case.case_number, "--out", str(target)]) == 0
    flat = pdf_read(target).flat
    assert "Åre kommun · AMA Järpen" in flat and "Tfn 0647-161 00 · info@are.se" in flat
    assert "Ansvarig: Anna Andersson, arbetsterapeut · 070-123 45 67" in flat
    assert main(["unit", "--db", str(db_path), "--no-logo"]) == 0
    assert "Logotyp: ingen" in capsys.readouterr().out


def test_bad_input_exits_2_in_swedish_and_changes_nothing(store, db_path, tmp_path, capsys):
    text = tmp_path / "logo.png"
    text.write_text("inte en bild")
    assert main(["unit", "--db", str(db_path), "--name", "Ny", "--email", "fel", "--logo", str(text)]) == 2
    err = capsys.readouterr().err
    assert "E-post: skriv en adress som namn@kommun.se." in err and "Logotypen är ingen PNG- eller JPEG-bild" in err
    assert "Traceback" not in err
    assert store.unit.identity().name == "Arbetsmarknadsavdelningen (AMA)"


def test_someone_not_an_administrator_may_not_change_the_unit(store, db_path, capsys):
    add_user(store, "Bo Berg")
    assert main(["unit", "--db", str(db_path), "--user", "Bo Berg", "--name", "Bos enhet"]) == 2
    assert "Bara en administratör kan ändra enhetens uppgifter." in capsys.readouterr().err
    assert main(["unit", "--db", str(db_path), "--user", "Bo Berg", "--my-email", "bo@are.se"]) == 0


def test_export_plan_easy_read(store, case, db_path, tmp_path, capsys):
    agreed_plan(store, case.id)
    target = tmp_path / "lattlast.pdf"
    assert main(["export", "plan", "--db", str(db_path), "--case", case.case_number, "--easy-read",
                 "--out", str(target)]) == 0
    pdf = pdf_read(target)
    assert "Din plan – lättläst" in pdf.text and "Det här är din plan" in pdf.text
    assert "Delmål 1 av 1" in pdf.text
    [entry] = store.export_log.entries(case.id)
    assert "lättläst" in entry.details
    for consent in (False, True):  # said as the wrong choice it is, not as a missing consent
        if consent:
            store.consents.add(case.id, "af", "skriftligt", "2026-11-02")
        assert main(["export", "plan", "--db", str(db_path), "--case", case.case_number, "--for", "af",
                     "--lattlast", "--out", str(tmp_path / "x.pdf")]) == 2
        err = capsys.readouterr().err
        assert "Lättläst plan görs bara för klienten. Ta bort --easy-read eller skriv --for klient." in err, err
        assert "samtycke" not in err.lower()
        assert not (tmp_path / "x.pdf").exists()
