"""The first-paint probe: how long this copy of the app takes from its start to the first painted
main window, for the bench's ``bundle_start_to_first_paint`` (benchmarks/bench.py), which runs the
PyInstaller bundle, where benchmarks/first_paint.py cannot run. Not for users (no option in --help):
with ``$ATAMA_PAINT_PROBE=1``, ``atama --db DB`` opens the main window on DB as its first user, signed
in with that user's password from ``$ATAMA_PASSWORD`` (so it opens nothing its caller could not),
prints one JSON line once the window has painted, and exits. An encrypted DB is unlocked with the
same password, as the unlock dialog does (``bundle_start_to_first_paint_encrypted``).

Timed as first_paint.py's "app" mode times the checkout: ``ms`` from the program's first statement
(``STARTED`` in app/__main__.py) to the end of the first paint pass, the password checks left out
(the sign-in is a figure of its own): the sign-in's, and for an encrypted file the unwrapping of its
key with the password, which is slow by design (a key derivation); opening the file with that key
and reading it through SQLCipher stay in the figure. ``painted_at`` is the same moment on
``time.perf_counter``'s clock, which is the system's monotonic clock: the bench subtracts the moment
it started the process, for the whole cold start (the bundle's loader and Python's own start included).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from app.models.keyfile import is_encrypted
from app.models.store import Store
from app.ui.app import create_application

PAINT_TIMEOUT_MS = 30_000


def run_probe(db_path: Path) -> int:
    started = getattr(sys.modules.get("__main__"), "STARTED", None) or time.perf_counter()
    import PySide6.QtCore
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer

    from app.ui.main_window import MainWindow

    qapp = create_application([sys.argv[0]])
    password = os.environ.get("ATAMA_PASSWORD", "")
    sign_in_ms = 0.0
    try:
        key = None
        if is_encrypted(db_path):  # as the unlock dialog: the first user's password unwraps the key
            from app.models.keyring import Keyring

            checking = time.perf_counter()
            ring = Keyring.load(db_path)
            key = ring.unlock(min(ring.users), password)
            sign_in_ms += (time.perf_counter() - checking) * 1000
        store = Store.open(db_path, key=key)
        checking = time.perf_counter()
        store.users.sign_in(store.users.all()[0].id, password)
        sign_in_ms += (time.perf_counter() - checking) * 1000
    except Exception as exc:  # noqa: BLE001 - said on stdout, where the bench reads
        print(json.dumps({"error": f"not signed in: {exc}"}), flush=True)
        os._exit(1)
    window = MainWindow(store)
    marks: dict[str, float] = {}
    seen: dict[str, bool] = {}
    loop = QEventLoop()

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and "paint_event" not in marks:
                marks["paint_event"] = time.perf_counter()
                QTimer.singleShot(0, painted)  # runs once this paint pass is done
            return False

    def painted() -> None:
        marks["painted"] = time.perf_counter()
        seen["qt_namespace_built"] = "Qt" in PySide6.QtCore.__dict__  # after the clock, before anything else
        loop.quit()

    watch = PaintWatch()
    window.installEventFilter(watch)
    window.show()
    QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
    loop.exec()
    if "painted" not in marks:
        print(json.dumps({"error": "no paint event"}), flush=True)
        os._exit(1)
    from app.paths import resources_dir

    print(json.dumps({
        "ms": (marks["painted"] - started) * 1000 - sign_in_ms,
        "painted_at": marks["painted"],
        "sign_in_ms": sign_in_ms,
        # what this copy found: for the bundle's test (tests/test_bundle.py)
        "frozen": bool(getattr(sys, "frozen", False)),
        "resources": str(resources_dir()),
        "qt_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),  # "Avbryt": Qt's Swedish loaded
        "window_icon": not qapp.windowIcon().isNull(),
        **seen,
        "list_rows": window.model.rowCount(),
        "encrypted": key is not None,
    }), flush=True)
    store.close()
    os._exit(0)  # skip Qt teardown: not part of the figure
