"""One start of the app to its first painted main window, timed from this script's first statement.

    python benchmarks/first_paint.py app DB     the main window on DB, its first user signed in
    python benchmarks/first_paint.py app DB KEY the same on an encrypted DB, opened with KEY (hex)
    python benchmarks/first_paint.py signin DB  the sign-in dialog on DB; timed from Enter in it
    python benchmarks/first_paint.py floor DB   the floor: a bare PySide6 window with an empty table

Prints one JSON line: ``ms`` to the first paint (``paint_event_ms`` to the paint event itself), and
what the way there built and imported (tests/ui/test_startup_path.py checks those). The bench's
``start_to_first_paint`` figure runs this in fresh processes; exit 1 when nothing was painted.

``signin`` shows the sign-in dialog as app/ui/app.py does, types the password (``$ATAMA_PASSWORD``,
else the demo's ``demo``) for the user it proposes and presses its default button, as Enter does;
``ms`` is from that press (the password check included) to the main window's first paint
(``sign_in_to_first_paint``). ``app`` makes its first user the signed-in one without a password:
that figure is the start itself.
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
if mode in ("app", "signin"):  # as app/__main__.py starts the window: no garbage collection until it has painted
    import gc

    gc.disable()
if mode in ("app", "signin"):  # in the app's own order: app.ui (and the models it needs) before any Qt module
    import app.ui  # noqa: F401
before_qt = set(sys.modules)
if mode in ("app", "signin"):
    from app.models.store import Store
    from app.ui.app import create_application
    from app.ui.main_window import MainWindow
if mode == "signin":  # what it imports (widgets.py's ``Qt``) comes before the dialog paints: not timed
    from app.ui.user_dialog import UserDialog
import PySide6.QtCore as QtCore  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402

marks = {}
if mode == "app":
    qapp = create_application([sys.argv[0]])
    # an encrypted database is opened with its key, as after the unlock (whose password check is
    # part of the sign-in, not of the start; the plain start skips the password the same way)
    store = Store.open(db, key=bytes.fromhex(sys.argv[3]) if len(sys.argv) > 3 else None)
    store.user_id = store.users.all()[0].id  # signed in (the sign-in is the signin mode's figure)
    window = MainWindow(store)
elif mode == "signin":
    qapp = create_application([sys.argv[0]])
    store = Store.open(db)
    dialog = UserDialog(store)

    def press_enter():
        dialog.password.setText(os.environ.get("ATAMA_PASSWORD", "demo"))
        marks["enter"] = time.perf_counter()
        dialog.choose_button.click()  # Enter in the dialog is its default button's click

    class DialogPainted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "dialog" not in marks:
                marks["dialog"] = time.perf_counter()
                QTimer.singleShot(0, press_enter)
            return False

    dialog_watch = DialogPainted()
    dialog.installEventFilter(dialog_watch)
    if not dialog.exec():
        print(json.dumps({"error": "not signed in"}), flush=True)
        os._exit(1)
    window = MainWindow(store)
else:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    store = None
    qapp = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1600, 972)  # as the app's first window on the bench's 1920×1080 screen (bench.OFFICE_SCREEN)
loop = QEventLoop()


def _dataclasses_defined() -> list[str]:
    """The dataclasses the app's modules loaded so far define (each costs about 0.4 ms at import)."""
    import dataclasses

    return sorted(f"{name}.{value.__name__}" for name, module in list(sys.modules.items()) if name.startswith("app.")
                  for value in vars(module).values()
                  if isinstance(value, type) and value.__module__ == name and dataclasses.is_dataclass(value))


def painted():
    marks["painted"] = time.perf_counter()
    # after the clock: what the way to the first paint built and imported
    marks["seen"] = {"qt_namespace_built": "Qt" in QtCore.__dict__,
                     "imported_after_qt": sorted(set(sys.modules) - before_qt),
                     "models_loaded": sorted(name for name in sys.modules if name.startswith("app.models")),
                     "dataclasses": _dataclasses_defined(),
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
start = marks.get("enter", T0)
# painted_at: the moment on perf_counter's clock, the system's monotonic one, so that a parent can time
# the whole start from its launch (the bench's bundle figure, where a bundle's loader runs first)
print(json.dumps({"ms": (marks["painted"] - start) * 1000, "paint_event_ms": (marks["paint_event"] - start) * 1000,
                  "painted_at": marks["painted"], **marks["seen"]}), flush=True)
if store is not None:
    store.close()
os._exit(0)  # skip Qt teardown: not part of the figure
