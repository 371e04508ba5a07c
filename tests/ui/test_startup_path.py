"""What keeps the main window's first paint quick (app/ui/qt_binding.py, app/ui/__init__.py): no ``Qt``
namespace and no model module imported after PySide6 before the window has painted. Checked in a
fresh process, benchmarks/first_paint.py as the bench runs it, since this one has long since built
both. Speed itself is a bench figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui import qt_binding
from app.ui.client_list_model import COLUMN_TITLES, ClientListModel
from tests.support import TEST_PASSWORD

FIRST_PAINT = Path(__file__).resolve().parents[2] / "benchmarks" / "first_paint.py"


def _first_paint(store, mode: str = "app") -> dict:
    client = store.clients.add(ClientInput(first_name="Åsa", last_name="Sjöberg", birth_year=1980, gender="kvinna"))
    store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="hr", reason="Återgång",
                                          target_group="ama_medarbetare"))  # the list then shows its step
    done = subprocess.run([sys.executable, str(FIRST_PAINT), mode, store.path], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", ATAMA_PASSWORD=TEST_PASSWORD),
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_the_main_window_paints_without_the_qt_namespace_and_imports_no_model_after_qt(store):
    seen = _first_paint(store)
    assert seen["list_rows"] == 1  # the list painted the client, its case and step
    assert seen["qt_namespace_built"] is False
    late = seen["imported_after_qt"]
    assert "PySide6.QtCore" in late and "app.ui.main_window" in late
    assert [name for name in late if name.startswith("app.models")] == []
    # nor the record types it does not use (DEVELOPING.md: a dataclass costs about 0.4 ms at import)
    assert "app.models.process_def" in seen["models_loaded"]
    assert not {"app.models.process", "app.models.log_entries"} & set(seen["models_loaded"])
    # the start's records are named tuples but for these three (DEVELOPING.md says why each stays)
    assert seen["dataclasses"] == ["app.models.clients.ClientInput", "app.models.vocab.Choices",
                                   "app.ui.changes.Change"]


def test_after_the_sign_in_dialog_the_window_paints_importing_no_model_after_qt(store):
    """The real start: the sign-in dialog first (its widgets build the Qt namespace before it shows),
    then Enter with Anna's password and the window."""
    seen = _first_paint(store, "signin")
    assert seen["list_rows"] == 1
    assert [name for name in seen["imported_after_qt"] if name.startswith("app.models")] == []
    # the fixture's sign-in and the child's, through the dialog with the password
    assert [e.user_name for e in store.access_log.search(action="sign_in")] == ["Anna Andersson"] * 2


def test_role_numbers_are_qts():
    assert qt_binding.DISPLAY == Qt.ItemDataRole.DisplayRole.value
    assert qt_binding.TOOL_TIP == Qt.ItemDataRole.ToolTipRole.value
    assert qt_binding.USER == Qt.ItemDataRole.UserRole.value


def test_client_list_header_data_for_screen_readers(store, qapp):
    model = ClientListModel(store)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == list(COLUMN_TITLES)
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_opening_a_plain_database_loads_no_key_handling(store, tmp_path):
    """Every start asks whether the file is encrypted (app/models/keyfile.py); a plain one then opens
    without the key handling's module and OpenSSL (app/models/keyring.py, hashlib), a few milliseconds
    before the sign-in shows."""
    path = store.path
    store.close()
    code = ("import sys; from pathlib import Path; from app.ui.app import create_application, open_store_or_explain;"
            "create_application(['x']); s = open_store_or_explain(Path(sys.argv[1]));"
            "print(s is not None, 'app.models.keyring' in sys.modules, 'hashlib' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", ATAMA_DATA_DIR=str(tmp_path)),
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "False", "False"]
