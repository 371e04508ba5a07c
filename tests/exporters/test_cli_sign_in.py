"""The command line acts as a user only with that user's password: $ATAMA_PASSWORD in a script, or
asked for on a terminal; a wrong one exits 2 in Swedish and is logged. A case that is not the user's
own needs --reason, which is logged like an opening in the window."""

from __future__ import annotations

import getpass
import io

from app.cli import main
from app.models.store import Store
from tests.builders import add_user, client_with_case, sign_in_as
from tests.support import TEST_PASSWORD


def _signed_in_rows(db_path) -> list[tuple[str, str, str]]:
    store = Store.open(db_path)
    try:
        return [(e.action, e.user_name, e.what) for e in store.access_log.search(action="sign_in")
                + store.access_log.search(action="sign_in_failed")]
    finally:
        store.close()


def test_the_password_from_atama_password_signs_the_user_in(store, case, db_path, tmp_path):
    out = tmp_path / "journal.pdf"
    assert main(["export", "record", "--db", str(db_path), "--case", case.case_number, "--out", str(out)]) == 0
    assert out.is_file()
    assert ("sign_in", "Anna Andersson", "Kommandoraden") in _signed_in_rows(db_path)
    [opened] = store.access_log.search(action="open_case")
    assert (opened.case_id, opened.what) == (case.id, "Ansvarig")


def test_a_wrong_password_exits_2_in_swedish_and_is_logged(store, case, db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ATAMA_PASSWORD", "inte rätt")
    out = tmp_path / "journal.pdf"
    assert main(["export", "record", "--db", str(db_path), "--case", case.case_number, "--out", str(out)]) == 2
    assert "Fel lösenord för Anna Andersson" in capsys.readouterr().err
    assert not out.exists()
    assert ("sign_in_failed", "Anna Andersson", "Fel lösenord (Kommandoraden)") in _signed_in_rows(db_path)
    assert main(["import", "clients", str(tmp_path / "x.xlsx"), "--db", str(db_path)]) == 2  # imports too


def test_without_a_terminal_or_the_variable_it_says_how_to_give_the_password(store, db_path, tmp_path, capsys,
                                                                             monkeypatch):
    monkeypatch.delenv("ATAMA_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    assert main(["export", "info-sheet", "--db", str(db_path), "--out", str(tmp_path / "i.pdf")]) == 2
    assert "sätt miljövariabeln ATAMA_PASSWORD" in capsys.readouterr().err


def test_on_a_terminal_the_password_is_asked_for(store, db_path, tmp_path, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked = []
    monkeypatch.delenv("ATAMA_PASSWORD")
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or TEST_PASSWORD)
    assert main(["export", "info-sheet", "--db", str(db_path), "--out", str(tmp_path / "i.pdf")]) == 0
    assert asked == ["Lösenord för Anna Andersson: "]


def test_someone_elses_case_needs_a_reason_from_the_command_line_too(store, user, db_path, tmp_path, capsys):
    bo = add_user(store, "Bo Berg", "arbetsmarknadskoordinator")
    sign_in_as(store, bo.id)
    bos = client_with_case(store, first_name="Kalle")
    sign_in_as(store, user.id)
    db, out = ["--db", str(db_path), "--user", "Anna Andersson"], ["--out", str(tmp_path / "j.pdf")]
    assert main(["export", "record", *db, "--case", bos.case_number, *out]) == 2
    assert "Ange varför du öppnar det" in capsys.readouterr().err
    assert not (tmp_path / "j.pdf").exists()
    assert main(["export", "record", *db, "--case", bos.case_number, "--reason", "Jag täcker upp för en kollega",
                 *out]) == 0
    [row] = store.access_log.openings_of_others_cases(None, None)  # (the command line's clock is the real one)
    assert (row.user_name, row.what) == ("Anna Andersson", "Skäl: Jag täcker upp för en kollega")
