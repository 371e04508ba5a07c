"""Shared test setup: Qt runs offscreen; every test gets its own database file on the one fixed clock.

The database fixtures, one meaning each:

- ``store``: a fresh database on ``tests.support.FIXED_NOW`` (2026-11-20 10:00) with Anna Andersson
  (arbetsterapeut) signed in, as the app is after its first start: the first user, so the unit's
  administrator, with the password ``tests.support.TEST_PASSWORD`` (cheaply hashed). She is the
  author of everything a test writes. Models, exporter and UI tests all use this one.
- ``user``: Anna, the user ``store`` signed in, for tests that name her (ids, "created by").
- ``bare_store``: the same database with nothing in it, not even a user, and nobody signed in;
  for the storage tests that count rows of ``users`` or ``settings``.
- ``demo_store`` (tests/models/test_demo.py only): the generated demo database, a different thing.
- ``user_data_folder``: the same folder, where exports record their temporary files (app/temp_files.py).
- ``user_data_dir`` (used by every test): its own user data folder, where backups go by default.

Factories for the common records: ``add_client(**fields)``, ``open_case(client_id, **fields)``, and
``case`` (one active case); ``row_counts()`` shows that a refused write left nothing behind. The same
builders as plain functions are in tests/builders.py.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user data folder (platformdirs: logs, backups, per-computer settings) and Qt's settings live in
# a folder of this test run, never the real home's.
_TEST_HOME = tempfile.mkdtemp(prefix="atama-test-home-")
os.environ["XDG_DATA_HOME"] = os.path.join(_TEST_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_TEST_HOME, "config")
atexit.register(shutil.rmtree, _TEST_HOME, True)
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # an office monitor (offscreen's own is 800×800), where the
    # main window opens as it does there (app/ui/window_state.py); tests/ui/screen_tour.py tries the small ones
    _SCREEN = os.path.join(_TEST_HOME, "screen.json")
    with open(_SCREEN, "w", encoding="utf-8") as _file:
        _file.write('{"screens": [{"name": "office", "x": 0, "y": 0, "width": 1920, "height": 1080,'
                    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import pytest  # noqa: E402

from app.models.store import Store  # noqa: E402
from tests import builders  # noqa: E402
from tests.support import FIXED_NOW, TEST_PASSWORD, TEST_PASSWORD_HASH, count  # noqa: E402

DATA_TABLES = ["users", "clients", "cases", "case_steps", "step_events", "step_answers", "consents", "notes"]


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path_factory, monkeypatch):
    """The user data folder (backups, their settings, the app's log) of every test is its own, never
    the real one: $ATAMA_DATA_DIR (app.paths.DATA_ENV, also in a child process), and
    app.paths.user_data_dir pointed there for modules that hold the function."""
    from app.paths import DATA_ENV

    folder = tmp_path_factory.mktemp("user-data") / "ATAMA"  # beside the test's own tmp_path, not in it
    monkeypatch.setenv(DATA_ENV, str(folder))
    monkeypatch.setattr("app.paths.user_data_dir", lambda: folder)
    return folder


@pytest.fixture
def user_data_folder(user_data_dir):
    """The same folder, by the name the file-mode tests use."""
    return user_data_dir


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "atama.sqlite"


@pytest.fixture
def bare_store(db_path):
    """An empty database on the fixed clock; nobody signed in."""
    store = Store.open(db_path, clock=lambda: FIXED_NOW)
    yield store
    store.close()


@pytest.fixture
def store(bare_store):
    """A database on the fixed clock with Anna Andersson (the administrator) signed in."""
    anna = bare_store.users.create("Anna Andersson", "arbetsterapeut", TEST_PASSWORD, password_hash=TEST_PASSWORD_HASH)
    bare_store.users.sign_in(anna.id, TEST_PASSWORD)
    return bare_store


@pytest.fixture
def user(store):
    """Anna, the signed-in user: the author of everything the test writes."""
    return store.users.current()


@pytest.fixture
def add_client(store):
    """``add_client(first_name="Kalle")``: a client (Testa Testsson, born 1980, unless told)."""
    return lambda **fields: builders.add_client(store, **fields)


@pytest.fixture
def open_case(store):
    """``open_case(client.id, target_group="annan")``: an active case from a referral of 2026-11-02."""
    return lambda client_id, **fields: builders.open_case(store, client_id, **fields)


@pytest.fixture
def case(store):
    """One active case for a client without personnummer, opened by Anna."""
    return builders.client_with_case(store, first_name="Kalle", last_name="Kartläggare")


@pytest.fixture
def row_counts(store):
    """Row counts of every data table, to show that a refused write left nothing behind."""
    return lambda: {t: count(store, t) for t in DATA_TABLES}
