"""The command line's own checks: who it acts as without --user, an --out of the wrong kind, an
unknown instrument, and documents for every consent recipient (IFO and "annan" too). Each refusal
is Swedish, names the option, exits 2 and writes nothing."""

from __future__ import annotations

import io

import pytest

from app.cli import main
from app.models.users import LAST_USER_KEY
from tests.builders import add_user, sign_in_as
from tests.exporters.pdf_support import pdf_read


def _forget_last_user(store) -> None:
    with store.transaction() as tx:
        tx.execute("DELETE FROM settings WHERE key = ?", (LAST_USER_KEY,))


def _export_users(store) -> list[str | None]:
    return [e.user for e in store.export_log.entries()]


# -- --user ---------------------------------------------------------------------------------------

def test_without_user_it_acts_as_the_one_last_signed_in(store, case, db_path, tmp_path):
    add_user(store, "Berit Bengtsson")
    out = tmp_path / "j.pdf"
    assert main(["export", "record", "--db", str(db_path), "--case", case.case_number, "--out", str(out)]) == 0
    assert _export_users(store) == ["Anna Andersson"]


def test_without_user_and_no_one_last_signed_in_the_only_user_is_used(store, db_path, tmp_path):
    _forget_last_user(store)
    assert main(["export", "info-sheet", "--db", str(db_path), "--out", str(tmp_path / "i.pdf")]) == 0
    assert _export_users(store) == ["Anna Andersson"]


def test_without_user_among_several_the_message_lists_them(store, db_path, tmp_path, capsys):
    berit = add_user(store, "Berit Bengtsson")
    _forget_last_user(store)
    out = tmp_path / "i.pdf"
    assert main(["export", "info-sheet", "--db", str(db_path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Ange vem du är med --user (id eller namn)" in err
    assert f"{store.user_id} Anna Andersson" in err and f"{berit.id} Berit Bengtsson" in err
    assert not out.exists()


def test_a_deactivated_last_user_is_not_the_default(store, db_path, tmp_path, capsys):
    """Anna was last in the window, then deactivated: with Berit the only active user, it is Berit."""
    anna = store.user_id
    berit = add_user(store, "Berit Bengtsson", admin=True)
    sign_in_as(store, berit.id)
    store.users.set_active(anna, False)
    with store.transaction() as tx:  # as if Anna had been the last one in the window
        tx.execute("UPDATE settings SET value = ? WHERE key = ?", (str(anna), LAST_USER_KEY))
    assert store.users.last_signed_in().id == anna
    assert main(["export", "info-sheet", "--db", str(db_path), "--out", str(tmp_path / "i.pdf")]) == 0
    assert _export_users(store) == [berit.name]


def test_an_unknown_user_is_refused_with_the_list(store, db_path, tmp_path, capsys):
    assert main(["export", "info-sheet", "--db", str(db_path), "--user", "Okänd",
                 "--out", str(tmp_path / "i.pdf")]) == 2
    assert f"Användaren 'Okänd' finns inte. Användare: {store.user_id} Anna Andersson." in capsys.readouterr().err


# -- --out ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("document", "extra", "name", "expected"), [
    ("record", ["--case", "1"], "F.xlsx", ".pdf"),
    ("info-sheet", [], "F", ".pdf"),
    ("caseload", [], "F.pdf", ".xlsx"),
    ("sus", ["--from", "2026-01-01", "--to", "2026-12-31"], "F.csv", ".xlsx"),
])
def test_an_out_of_the_wrong_kind_is_refused_before_the_password(store, db_path, tmp_path, capsys, monkeypatch,
                                                                  document, extra, name, expected):
    monkeypatch.delenv("ATAMA_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # were the password asked for, another message would come
    out = tmp_path / name
    assert main(["export", document, "--db", str(db_path), *extra, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"--out: {document} blir" in err and f"ska sluta på {expected} (inte {name})" in err
    assert not out.exists()


def test_the_suffix_may_be_in_capitals(store, db_path, tmp_path):
    out = tmp_path / "INFO.PDF"
    assert main(["export", "info-sheet", "--db", str(db_path), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


# -- --instrument ---------------------------------------------------------------------------------

@pytest.mark.parametrize("document", ["forms", "instrument-data"])
def test_an_unknown_instrument_is_refused_with_the_known_ones(store, db_path, tmp_path, capsys, document):
    out = tmp_path / ("f.pdf" if document == "forms" else "d.xlsx")
    assert main(["export", document, "--db", str(db_path), "--instrument", "weis-x", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--instrument: instrumentet 'weis-x' finns inte. Kända instrument:" in err
    assert "weis-s (WEIS-S)" in err and "doa (DOA)" in err
    assert not out.exists() and store.export_log.entries() == []


def test_a_known_instrument_is_exported(store, db_path, tmp_path):
    out = tmp_path / "weis.pdf"
    assert main(["export", "forms", "--db", str(db_path), "--instrument", "weis-s", "--out", str(out)]) == 0
    assert "WEIS" in pdf_read(out).text


# -- --for: every consent recipient ----------------------------------------------------------------

@pytest.mark.parametrize(("key", "line"), [("ifo", "Till: IFO/socialtjänsten, handläggare"),
                                           ("annan", "Till: Annan mottagare enligt klientens samtycke")])
def test_ifo_and_another_recipient_get_the_plan_with_their_consent_only(store, case, db_path, tmp_path, capsys,
                                                                        key, line):
    from app.models.plans import PlanInput, SubGoalInput

    store.plans.save(case.id, PlanInput(main_goal="Arbeta i köket", sub_goals=[
        SubGoalInput(text="Komma i tid", responsible="klienten", start_date="2026-11-09")]))
    out = tmp_path / "plan.pdf"
    args = ["export", "plan", "--db", str(db_path), "--case", case.case_number, "--for", key, "--out", str(out)]
    assert main(args) == 2
    assert "samtycke" in capsys.readouterr().err.lower() and not out.exists()
    store.consents.add(case.id, key, "skriftligt", "2026-11-05",
                       recipient_other="Kommunens budget- och skuldrådgivning" if key == "annan" else "")
    assert main(args) == 0
    assert line in pdf_read(out).flat
    assert [(e.document, e.recipient) for e in store.export_log.entries(case.id)] == [("plan", key)]
