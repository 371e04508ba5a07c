"""One start of the app to its first painted main window, timed from this script's first statement.

    python benchmarks/first_paint.py app DB     the main window on DB, signed in as its first user
    python benchmarks/first_paint.py floor DB   the floor: a bare PySide6 window with an empty table

Prints one JSON line: ``ms`` to the first paint (``paint_event_ms`` to the paint event itself), and
what the way there built and imported (tests/ui/test_startup_path.py checks those). The bench's
``start_to_first_paint`` figure runs this in fresh processes; exit 1 when nothing was painted.
"""

import time

T0 = time.perf_counter()  # first, so that every import counts
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

PAINT_TIMEOUT_MS = 30_000
# The checkout this script is in is what starts, not whatever app an installed copy points at.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
mode, db = sys.argv[1], sys.argv[2]
if mode == "app":  # in the app's own order: app.ui (and the models it needs) before any Qt module
    import app.ui  # noqa: F401
before_qt = set(sys.modules)
if mode == "app":
    from app.models.store import Store
    from app.ui.app import create_application
    from app.ui.main_window import MainWindow
import PySide6.QtCore as QtCore  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402

if mode == "app":
    qapp = create_application([sys.argv[0]])
    store = Store.open(db)
    store.users.sign_in(store.users.all()[0].id)
    window = MainWindow(store)
else:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    store = None
    qapp = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1500, 900)
marks = {}
loop = QEventLoop()


def painted():
    marks["painted"] = time.perf_counter()
    # after the clock: what the way to the first paint built and imported
    marks["seen"] = {"qt_namespace_built": "Qt" in QtCore.__dict__,
                     "imported_after_qt": sorted(set(sys.modules) - before_qt),
                     "list_rows": window.model.rowCount() if store is not None else 0}
    loop.quit()


class PaintWatch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint_event" not in marks:
            marks["paint_event"] = time.perf_counter()
            QTimer.singleShot(0, painted)  # runs once this paint pass is done
        return False


watch = PaintWatch()
window.installEventFilter(watch)
window.show()
QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
if "painted" not in marks:
    loop.exec()
if "painted" not in marks:
    print(json.dumps({"error": "no paint event"}), flush=True)
    os._exit(1)
print(json.dumps({"ms": (marks["painted"] - T0) * 1000, "paint_event_ms": (marks["paint_event"] - T0) * 1000,
                  **marks["seen"]}), flush=True)
if store is not None:
    store.close()
os._exit(0)  # skip Qt teardown: not part of the figure
