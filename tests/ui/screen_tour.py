"""Every main screen at one screen size and scale: rendered to PNGs to look at, and checked for
clipping (tests/ui/layout_check.py). Qt fixes the screen and QT_SCALE_FACTOR when it starts, so each
size and scale is a process of its own:

    python -m tests.ui.screen_tour --screen 1366x768 --scale 1.5 [--out build/screens]

prints one JSON line {"shots": [...], "problems": [...]}; tests/ui/test_screen_sizes.py runs it for
each size and scale. The pictures go to ``--out``/<screen>@<percent>/ (default ``$ATAMA_ARTEFACTS``/screens,
else build/screens: gitignored). The database is the demo's (fictitious people), on the tests' fixed
clock, in a temporary folder; so are Qt's settings and the user data folder, never the real ones.

The screen is the free area a Windows laptop leaves beside its 40 px taskbar (1366×728 of a 1366×768
screen), and the window opens on it as at a first start.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

TASKBAR = 40  # px of the screen's height Windows keeps for its taskbar
SCREENS = ("1366x768", "1920x1080")
SCALES = (1.0, 1.5, 2.0)
DEFAULT_OUT = Path(os.environ.get("ATAMA_ARTEFACTS", "build")) / "screens"


def folder_name(screen: str, scale: float) -> str:
    return f"{screen}@{round(scale * 100)}"


def _set_up_environment(screen: str, scale: float, home: Path) -> None:
    """Before Qt starts: an offscreen screen of that size, the scale, and folders of this run."""
    width, height = (int(n) for n in screen.split("x"))
    config = home / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": screen, "x": 0, "y": 0, "width": width, "height": height - TASKBAR,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["ATAMA_DATA_DIR"] = str(home / "data" / "ATAMA")


class Shots:
    """Takes one picture per screen and collects what layout_check finds on it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.names: list[str] = []
        self.problems: list[str] = []

    def take(self, name: str, window) -> None:
        from tests.ui import layout_check

        _settle()
        window.grab().save(str(self.folder / f"{name}.png"))
        self.names.append(name)
        self.problems += [f"{name}: {line}" for line in layout_check.problems(window)]


def _settle() -> None:
    """Let layouts, deferred builds and the first paint of what was opened run."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    for _ in range(3):
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()


def _pick_case(store) -> dict:
    """The demo case with the most to show: WEIS-S results, a plan and collaboration meetings."""
    return store.query_one(
        "SELECT c.id, c.client_id, c.responsible_user_id FROM cases c WHERE EXISTS (SELECT 1 FROM assessments a"
        " WHERE a.case_id = c.id AND a.instrument_id = 'weis-s' AND a.status = 'klar') ORDER BY"
        " (SELECT count(*) FROM meetings m WHERE m.case_id = c.id) DESC,"
        " (SELECT count(*) FROM plan_versions p WHERE p.case_id = c.id) DESC, c.id LIMIT 1")


def tour(window, shots: Shots) -> None:
    """Visit each main screen of ``window`` (signed in as the case's responsible) and take its picture."""
    from app.models.vocab import StepKey

    store = window.store
    case = _pick_case(store)
    shots.take("todo", window)
    window.open_client(case["client_id"])
    shots.take("client", window)
    page = window.open_case(case["id"])
    for step in StepKey:
        page.show_step(step)
        shots.take(f"case_{step}", window)
    page.show_step(store.process.current_step(case["id"]).key)
    for index in range(1, page.side.count()):
        page.side.setCurrentIndex(index)
        shots.take(f"case_side_{index}_{_ascii(page.side.tabText(index))}", window)
    page.side.setCurrentIndex(0)
    weis = store.query_value("SELECT max(id) FROM assessments WHERE case_id = ? AND instrument_id = 'weis-s'"
                             " AND status = 'klar'", (case["id"],))
    pages = [("plan", lambda: window.open_plan(case["id"])),
             ("evaluation", lambda: window.open_evaluation(case["id"])),
             ("assessment_form", lambda: window.open_assessment(weis)),
             ("results_weis_s", lambda: window.open_results(weis)),
             ("trend", lambda: window.open_trend(case["id"]))]
    if store.sequences.for_case(case["id"]) is not None:
        pages.append(("sequence", lambda: window.open_sequence(case["id"])))
    pages += [("groups", window.open_groups), ("log_review", window.open_log_review),
              ("retention", window.open_retention)]
    for name, open_page in pages:
        open_page()
        shots.take(name, window)
        if window.tabs.count() > 4:  # a working day's few tabs; tests/ui/test_screen_sizes.py tries many
            window.close_tab(2)


def dialogs(window, shots: Shots) -> None:
    """The dialogs a case's work goes through, each shown (not run: nothing waits for an answer),
    pictured, checked and closed."""
    from PySide6.QtWidgets import QDialog

    from app.ui.case_dialog import CaseDialog
    from app.ui.client_dialog import ClientDialog
    from app.ui.closure_dialog import ClosureDialog
    from app.ui.follow_up_dialog import FollowUpDialog
    from app.ui.meeting_plan_dialog import MeetingPlanDialog
    from app.ui.meeting_record_dialog import MeetingRecordDialog

    store = window.store
    case = _pick_case(store)
    meeting = store.meetings.for_case(case["id"])[0]
    made = [("client_dialog", lambda: ClientDialog(store, store.clients.get(case["client_id"]), window)),
            ("case_dialog", lambda: CaseDialog(store, case["client_id"], store.cases.get(case["id"]), window)),
            ("meeting_plan_dialog", lambda: MeetingPlanDialog(store, case["id"], parent=window)),
            ("meeting_record_dialog", lambda: MeetingRecordDialog(store, meeting, parent=window)),
            ("follow_up_dialog", lambda: FollowUpDialog(store, case["id"], window)),
            ("closure_dialog", lambda: ClosureDialog(store, case["id"], window))]
    for name, make in made:
        dialog = make()
        dialog.show()
        shots.take(name, dialog)
        QDialog.done(dialog, 0)  # not reject(): one with typed text would ask
        dialog.deleteLater()


def _ascii(text: str) -> str:
    return "".join(c for c in text.lower().translate(str.maketrans("åäö", "aao")) if c.isalnum())


def run(screen: str, scale: float, out: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="atama-screens-") as home:
        _set_up_environment(screen, scale, Path(home))
        import app.ui  # noqa: F401 - the models before Qt, as the app starts
        from app.models.demo import fill_demo
        from app.models.store import Store
        from app.ui.app import create_application
        from app.ui.main_window import MainWindow
        from tests.support import FIXED_NOW

        qapp = create_application([sys.argv[0]])
        MainWindow.backup_at_start = False
        store = Store.open(Path(home) / "demo.sqlite", clock=lambda: FIXED_NOW)
        try:
            fill_demo(store, clients=40)
            store.user_id = _pick_case(store)["responsible_user_id"]
            folder = out / folder_name(screen, scale)
            folder.mkdir(parents=True, exist_ok=True)
            shots = Shots(folder)
            window = MainWindow(store)
            window.show()
            _settle()
            tour(window, shots)
            dialogs(window, shots)
            window.close()
            qapp.processEvents()
        finally:
            store.close()
        return {"screen": screen, "scale": scale, "folder": str(folder), "shots": shots.names,
                "problems": shots.problems}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screen", choices=SCREENS, default=SCREENS[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    report = run(args.screen, args.scale, args.out.resolve())
    print(json.dumps(report, ensure_ascii=False), flush=True)
    os._exit(0)  # skip Qt's teardown


if __name__ == "__main__":
    sys.exit(main())
