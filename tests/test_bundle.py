"""The PyInstaller bundle is the app as the office gets it: built from build.spec into a temporary
folder and run from there with no Python on PATH (an empty PATH, no PYTHON* variables, a home of its
own), headless. Its ``atama`` says its version, makes a demo database, writes a plan PDF with every
font embedded and a workbook that reads back; its window starts, finds its resources, Qt's own
Swedish strings and its icon. The build's time and the folder's size are printed (pytest -s)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import app
from app.models.store import Store
from tests.exporters.consumers import pdf_fonts

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT_S = 1200
RUN_TIMEOUT_S = 300


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """``pyinstaller build.spec`` into a temporary folder: the bundle's folder (dist/atama)."""
    work = tmp_path_factory.mktemp("bundle")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(work / "dist"), "--workpath", str(work / "build"), "build.spec"],
                          cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
                          env={k: v for k, v in os.environ.items() if k != "ATAMA_BUNDLE"})
    assert done.returncode == 0, done.stderr[-5000:]
    folder = work / "dist" / "atama"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle built in {time.perf_counter() - start:.0f} s: {folder}, {size / 1e6:.0f} MB")
    return folder


@pytest.fixture
def run(bundle, tmp_path):
    """Run one of the bundle's programs in an empty folder, with nothing of this Python in reach."""
    empty_path = tmp_path / "no-python-here"
    empty_path.mkdir()
    env = {"PATH": str(empty_path), "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen",
           "ATAMA_PASSWORD": "demo"}  # every demo user's

    def command(program: str, *args: str, **extra_env: str) -> subprocess.CompletedProcess:
        done = subprocess.run([str(bundle / program), *args], cwd=tmp_path, env={**env, **extra_env},
                              capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
        assert done.returncode == 0, done.stdout + done.stderr[-3000:]
        return done

    return command


@pytest.fixture
def demo_db(run, tmp_path) -> Path:
    db = tmp_path / "demo.sqlite"
    done = run("atama", "demo", "--db", str(db), "--clients", "20")
    assert "Demodatabas skapad" in done.stdout
    return db


def test_the_window_and_the_console_program_say_their_version(run):
    for program in ("atama", "atama-cli"):
        assert run(program, "--version").stdout.strip() == f"ATAMA {app.__version__}"
    assert "påhittade demoklienter" in run("atama-cli", "--help").stdout  # Swedish reaches the console


def test_a_plan_pdf_with_every_font_embedded_and_a_workbook_that_reads_back(run, demo_db, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    with Store.open(demo_db) as store:
        case_number = store.query_value(
            "SELECT c.case_number FROM cases c JOIN plan_versions p ON p.case_id = c.id "
            "WHERE c.responsible_user_id = 1 ORDER BY c.id LIMIT 1")
        cases = store.query_value("SELECT count(*) FROM cases")
    plan, caseload = tmp_path / "plan.pdf", tmp_path / "arenden.xlsx"
    run("atama", "export", "plan", "--db", str(demo_db), "--user", "1", "--case", case_number, "--out", str(plan))
    text = "".join(page.extract_text() for page in PdfReader(plan).pages)
    assert "Din utvecklingsplan" in text  # the client's plan, speaking to them
    fonts = pdf_fonts(plan)
    assert fonts and all(font.embedded for font in fonts), fonts
    assert {font.family for font in fonts} == {"DejaVuSans"}  # the shipped fonts, from the bundle

    run("atama-cli", "export", "caseload", "--db", str(demo_db), "--user", "1", "--out", str(caseload))
    sheet = load_workbook(caseload, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Ärendenummer"
    assert len(rows) - 1 == cases


def test_the_window_starts_with_its_resources_qts_swedish_and_its_icon_from_the_bundle(run, bundle, demo_db):
    """The hidden first-paint probe (app/ui/paint_probe.py): the real main window on the demo
    database, signed in with the demo password, painted offscreen."""
    done = run("atama", "--db", str(demo_db), ATAMA_PAINT_PROBE="1")
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["frozen"] is True
    assert Path(seen["resources"]).is_relative_to(bundle)
    assert seen["qt_cancel"] == "Avbryt"  # qtbase_sv.qm, found through QLibraryInfo in the bundle
    assert seen["window_icon"] is True
    assert seen["list_rows"] == 20
    assert seen["qt_namespace_built"] is False  # the start path stays as quick as in the checkout


def test_the_folder_carries_resources_and_translations_and_leaves_out_unused_qt(bundle):
    resources = bundle / "_internal" / "app" / "_resources"
    shipped = {p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix != ".ts"}
    assert shipped - {p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()} == set()
    # the catalogues of every group (atama_<group>_<language>.ts) are built by the spec into one .qm a language
    languages = {source.stem.rsplit("_", 1)[1] for source in (ROOT / "resources" / "translations").glob("*.ts")}
    assert languages
    for language in languages:
        assert (resources / "translations" / f"atama_{language}.qm").is_file(), language
    assert not list(resources.rglob("*.ts"))
    names = {p.name for p in bundle.rglob("*") if p.is_file()}
    assert "qtbase_sv.qm" in names
    assert not [n for n in names if n.startswith(("libQt6Qml", "libQt6Quick", "libQt6WebEngine", "libQt6Pdf"))]
    assert not [n for n in names if n.endswith(".qm") and not n.endswith(("_sv.qm", "_en.qm"))]
