"""Every open page whole after a garbage collection, in a fresh process: the screen tour's visits
(tests/ui/screen_tour.py: every page, each step and side panel of a case, then the dialogs) with the
app's own garbage collection, then one more collection. Prints one JSON line: the pages and, for each,
the widgets it holds that Qt has deleted. tests/ui/test_pages_survive_gc.py runs it.

A scroll area whose ownership record PySide 6.11 had broken was taken for garbage and deleted with
the page it scrolled (app/ui/small_screens.py, held_until_destroyed)."""

from __future__ import annotations

import gc
import json
import sys
import tempfile
from pathlib import Path


def main() -> int:
    from tests.ui import screen_tour

    home = Path(tempfile.mkdtemp(prefix="atama-gc-"))
    screen_tour._set_up_environment("1366x768", 1.0, home)
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from app.models.demo import fill_demo
    from app.models.store import Store
    from app.ui.app import create_application
    from app.ui.main_window import MainWindow
    from tests.support import FIXED_NOW

    create_application([sys.argv[0]])
    MainWindow.backup_at_start = False
    store = Store.open(home / "demo.sqlite", clock=lambda: FIXED_NOW)
    fill_demo(store, clients=40)
    store.user_id = screen_tour._pick_case(store)["responsible_user_id"]
    window = MainWindow(store)
    window.show()
    screen_tour._settle()
    shots = screen_tour.Shots(home / "shots")
    (home / "shots").mkdir()
    screen_tour.tour(window, shots)
    screen_tour.dialogs(window, shots)
    gc.collect()
    screen_tour._settle()
    pages = {type(page).__name__: sorted(name for name, value in vars(page).items()
                                          if isinstance(value, QWidget) and not shiboken6.isValid(value))
             for page in window._pages()}
    print(json.dumps({"pages": pages}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
