"""The wheel is the whole app: built with pip, installed into a fresh virtualenv outside the checkout,
its ``atama`` loads every shipped instrument and writes a PDF in the shipped fonts, all from the
resources inside the wheel (app/_resources), never from the checkout's resources/."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "app", "resources")  # what the wheel is built from
TIMEOUT_S = 300


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the sources, so the build leaves nothing (build/, *.egg-info) in the checkout."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(source)],
                   check=True, cwd=work, timeout=TIMEOUT_S)
    (built,) = (work / "dist").glob("atama-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh virtualenv with the wheel installed, and this environment's packages for its
    dependencies (faster than PyPI); its bin folder."""
    home = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(home)], check=True, timeout=TIMEOUT_S)
    python = home / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
                   check=True, timeout=TIMEOUT_S)
    # Written after the install, so pip never sees this environment's packages as the venv's own. A
    # plain path line: the .pth files there (an editable install of the checkout) are not run.
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (Path(site) / "atama-test-dependencies.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    return home / "bin"


@pytest.fixture
def run(venv, tmp_path):
    """Run a command of the venv in an empty folder outside the checkout, with a user data folder of its own."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "ATAMA_DB")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               ATAMA_PASSWORD="demo")  # every demo user's

    def command(name: str, *args: str) -> subprocess.CompletedProcess:
        done = subprocess.run([str(venv / name), *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT_S)
        assert done.returncode in (0, 2), done.stdout + done.stderr[-3000:]
        return done

    return command


def test_the_wheel_holds_every_module_and_every_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "app").rglob("*.py")}
    resources = {"app/_resources/" + p.relative_to(ROOT / "resources").as_posix()
                 for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix != ".ts"}  # .ts: the .qm's source
    assert modules - names == set()  # a package missing from pyproject's list would show here
    assert resources - names == set()
    assert not [n for n in names if n.startswith(("benchmarks/", "tests/", "resources/"))]


def test_app_and_its_resources_come_from_the_installed_wheel(venv, run):
    done = run("python", "-c", "import json, app, app.paths; "
               "print(json.dumps([app.__file__, str(app.paths.resources_dir())]))")
    module, resources = map(Path, json.loads(done.stdout))
    assert module.is_relative_to(venv.parent) and not module.is_relative_to(ROOT)
    assert resources == module.parent / "_resources"


def test_atama_loads_every_shipped_instrument_from_the_wheel(venv, run):
    done = run("atama", "instruments", "--json")
    assert done.returncode == 0, done.stderr
    listing = json.loads(done.stdout)
    assert listing["problems"] == []
    shipped = {p.name for p in (ROOT / "resources" / "instruments").glob("*.json")}  # one per version
    assert {Path(i["file"]).name for i in listing["instruments"]} == shipped
    assert all(Path(i["file"]).is_relative_to(venv.parent) for i in listing["instruments"]), listing


def test_atama_writes_a_pdf_headless(run, tmp_path):
    from pypdf import PdfReader

    db, out = tmp_path / "demo.sqlite", tmp_path / "info.pdf"
    assert run("atama", "demo", "--db", str(db), "--clients", "5").returncode == 0
    done = run("atama", "export", "info-sheet", "--db", str(db), "--user", "1", "--out", str(out))
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Informera" in text and "Avsluta" in text  # the step titles, from process.json
    fonts = {font["/BaseFont"] for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert all("DejaVuSans" in str(name) for name in fonts), fonts  # the shipped fonts, embedded


def test_bench_says_in_swedish_that_it_is_not_in_an_installed_app(run):
    done = run("atama", "bench", "--quick")
    assert done.returncode == 2
    assert "finns bara i källkoden" in done.stderr
