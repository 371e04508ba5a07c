"""``python -m app check`` and the commands' refusal of bad files (app/cli_check.py, app/cli_session.py)."""

from __future__ import annotations

import pytest

from app.cli import main
from tests import bad_files
from tests.support import TEST_PASSWORD


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "oväntat" not in (out + err).lower()
    return code, out, err


def test_check_passes_a_sound_file(tmp_path, capsys):
    path = bad_files.good(tmp_path)
    code, out, _ = _run(capsys, "check", "--db", str(path))
    assert code == 0
    for line in ("Finns:", "Storlek:", "Huvud:", "Schemaversion:", "integrity_check:", "foreign_key_check:",
                 "Öppen i ATAMA:", "databasen är hel"):
        assert line in out


@pytest.mark.parametrize(("make", "words"), [
    (bad_files.empty, "är tom (0 byte)"),
    (bad_files.random_bytes, "ingen ATAMA-databas"),
    (lambda f: bad_files.truncated(f, 50), "avkortad"),
    (lambda f: bad_files.truncated(f, 4096 * 3 + 100), "avkortad"),
    (bad_files.damaged_page, "skadad"),
    (bad_files.missing_folder, "finns inte"),
])
def test_check_names_each_bad_file_and_exits_non_zero(tmp_path, capsys, make, words):
    path = make(tmp_path)
    existed = path.exists()
    code, out, _ = _run(capsys, "check", "--db", str(path))
    assert code != 0
    assert words in out
    assert path.exists() == existed


def test_check_of_a_missing_file_reports_it_and_creates_nothing(tmp_path, capsys):
    path = tmp_path / "finns-inte.sqlite"
    code, out, _ = _run(capsys, "check", "--db", str(path))
    assert code == 1 and "Finns:" in out and "nej" in out
    assert list(tmp_path.iterdir()) == []


def test_check_of_an_encrypted_file_without_the_key_says_so(tmp_path, capsys):
    path = bad_files.random_bytes(tmp_path)
    path.with_name(path.name + ".keys").write_text("{}")
    code, out, _ = _run(capsys, "check", "--db", str(path))
    assert code == 1
    assert "krypterad – kontrolleras med lösenordet" in out and "Nyckelfil:" in out and "skadad" not in out


@pytest.mark.parametrize("make", [bad_files.empty, bad_files.random_bytes, bad_files.missing_folder,
                                  lambda f: bad_files.truncated(f, 50)])
def test_an_export_on_a_bad_file_is_refused_in_words_and_creates_nothing(tmp_path, capsys, monkeypatch, make):
    monkeypatch.setenv("ATAMA_PASSWORD", TEST_PASSWORD)
    path = make(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    code, _, err = _run(capsys, "export", "info-sheet", "--db", str(path), "--out", str(tmp_path / "info.pdf"))
    assert code == 2
    assert err.startswith("Fel: ") and "Du kan " in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
