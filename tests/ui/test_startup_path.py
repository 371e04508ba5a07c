"""What keeps the main window's first paint quick (app/ui/roles.py, app/ui/__init__.py): no ``Qt``
namespace and no model module imported after PySide6 before the window has painted. Checked in a
fresh process, since this one has long since built both. Speed itself is a bench figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.ui import roles
from app.ui.client_list_model import COLUMN_TITLES

ROOT = Path(__file__).resolve().parents[2]

# The app's start in its own order (as app.bench's paint child): the window on a signed-in store,
# and at its first paint event what had been built and imported by then.
_CHILD = r"""
import json, sys
import app.ui
before_qt = set(sys.modules)  # app.ui imports no Qt module; what comes next does
from app.ui.app import create_application
from app.ui.main_window import MainWindow
from app.models.store import Store
import PySide6.QtCore as QtCore
from PySide6.QtCore import QEvent, QObject, QTimer

qapp = create_application([sys.argv[0]])
store = Store.open(sys.argv[1])
store.users.sign_in(store.users.all()[0].id)
window = MainWindow(store)
seen = {}

def painted():  # the whole first paint pass is done (as the bench's "painted"), Att göra not yet built
    seen["qt_namespace"] = "Qt" in QtCore.__dict__
    seen["imported_after_qt"] = sorted(set(sys.modules) - before_qt)
    seen["header"] = [window.list.horizontalHeader().model().headerData(c, QtCore.Qt.Orientation.Horizontal)
                      for c in range(window.model.columnCount())]
    seen["first_row"] = [window.model.index(0, c).data() for c in range(window.model.columnCount())]
    qapp.quit()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["paint"] = True
            QTimer.singleShot(0, painted)
        return False

watch = FirstPaint()
window.installEventFilter(watch)
window.show()
qapp.exec()
print(json.dumps(seen))
"""


def _first_paint(store) -> dict:
    client = store.clients.add(ClientInput(first_name="Åsa", last_name="Sjöberg", birth_year=1980, gender="kvinna"))
    store.cases.open(client.id, CaseInput(referral_date="2026-11-02", referred_by="hr", reason="Återgång",
                                          target_group="ama_medarbetare"))  # the list then shows its step
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    done = subprocess.run([sys.executable, "-c", _CHILD, store.path], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_main_window_paints_before_the_qt_namespace_is_built(store):
    seen = _first_paint(store)
    assert seen["qt_namespace"] is False
    assert seen["header"] == list(COLUMN_TITLES)  # the titles come from the header's own model
    assert seen["first_row"][:2] == ["Sjöberg, Åsa", "Född 1980"] and seen["first_row"][3] == "Informera (ej påbörjad)"


def test_no_model_module_is_imported_after_pyside6_on_the_way_to_the_first_paint(store):
    late = _first_paint(store)["imported_after_qt"]
    assert "PySide6.QtCore" in late and "app.ui.main_window" in late
    assert [name for name in late if name.startswith("app.models")] == []


def test_role_numbers_are_qts():
    assert roles.DISPLAY == Qt.ItemDataRole.DisplayRole.value
    assert roles.TOOL_TIP == Qt.ItemDataRole.ToolTipRole.value
    assert roles.USER == Qt.ItemDataRole.UserRole.value


def test_client_list_header_data_for_screen_readers(store, qapp):
    from app.ui.client_list_model import ClientListModel

    model = ClientListModel(store)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == list(COLUMN_TITLES)
    assert model.headerData(0, Qt.Orientation.Vertical) is None
