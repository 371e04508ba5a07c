"""Speed figures, each measured against a floor in the same run: ``python benchmarks/bench.py [--quick]``
(or ``python -m app bench [--quick]`` in a checkout).

Prints one JSON object to stdout::

    {"figures": [{"name": ..., "value_ms": ..., "floor_ms": ..., "ratio": ..., "target_ratio": ...,
                  "target_ms": ..., "ok": ...}, ...], "meta": {...}}

``value_ms`` is what ATAMA does, ``floor_ms`` the least the same work can cost on this machine
(a bare Qt window, the raw SQLite query), ``ratio`` their quotient. A figure is ``ok`` when the ratio
is within ``target_ratio`` and the value within ``target_ms`` (either may be null: no target).
Medians of several repetitions unless ``stat`` says ``p95``.

Everything runs on scratch databases of fictitious clients (:mod:`app.models.demo`) in a temporary
directory that is removed afterwards; the user's own database is never opened. Progress goes to
stderr. The exit code is 0 even when a target is missed: the bench reports, it does not assert.

Adding a figure: write a function ``(bench: Bench) -> list[Figure]`` and decorate it with
:func:`figure` (``full_only=True`` to skip it under ``--quick``). Figures run in registration order;
``--only NAME`` runs only the figure functions named (also a full-only one under ``--quick``).

The bench lives beside the app, not in it: it measures the checkout it is in (PROJECT_ROOT) and is
not part of the installed package.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.models.store import Store

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The app of this checkout is what gets measured, not whatever an editable install points at.
sys.path.insert(0, str(PROJECT_ROOT))
from app.models import sqlite_driver  # noqa: E402  (the floors use the app's own SQLite build)
from app.models.keyfile import keyfile_path  # noqa: E402

FIRST_PAINT = Path(__file__).resolve().parent / "first_paint.py"
# The paint children's screen: an office monitor, where the app's window opens at 1600×972 (app/ui/
# window_state.py) and the floor's bare window is given the same size (first_paint.py).
OFFICE_SCREEN = Path(__file__).resolve().parent / "office_screen.json"
SMALL, LARGE = 10_000, 100_000
DEMO_SEED = 1
DEMO_PASSWORD = "demo"  # every demo user's (app/models/demo)
CASE_NOTES = 200
VISIBLE_ROWS = 40  # rows a client list shows at once on a laptop screen
PAINT_TIMEOUT_S = 30
CHILD_TIMEOUT_S = 120

# Search as you type: every prefix of these is one keystroke.
SEARCH_QUERIES = {
    "name": ("and", "erik", "sson"),
    "pnr": ("19850", "-98"),
}


# -- figures ---------------------------------------------------------------------------------------

@dataclass
class Figure:
    name: str
    value_ms: float
    floor_ms: float
    target_ratio: float | None = None
    target_ms: float | None = None
    stat: str = "median"
    samples: int = 0

    @property
    def ratio(self) -> float:
        return self.value_ms / self.floor_ms if self.floor_ms > 0 else math.inf

    @property
    def ok(self) -> bool:
        return not self.misses()

    def misses(self) -> list[str]:
        """The targets missed, in words (empty when all are met)."""
        out = []
        if self.target_ratio is not None and self.ratio > self.target_ratio:
            out.append(f"ratio {self.ratio:.2f} > {self.target_ratio:g}")
        if self.target_ms is not None and self.value_ms > self.target_ms:
            out.append(f"{self.value_ms:.1f} ms > {self.target_ms:g} ms")
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            # significant digits, not decimals: a floor of a few microseconds must keep its precision
            "value_ms": float(f"{self.value_ms:.6g}"),
            "floor_ms": float(f"{self.floor_ms:.6g}"),
            "ratio": round(self.ratio, 4),
            "target_ratio": self.target_ratio,
            "target_ms": self.target_ms,
            "ok": self.ok,
            "stat": self.stat,
            "samples": self.samples,
        }


FigureFn = Callable[["Bench"], list[Figure]]


@dataclass(frozen=True)
class Registered:
    fn: FigureFn
    full_only: bool


FIGURES: list[Registered] = []


def figure(fn: FigureFn | None = None, *, full_only: bool = False):
    """Register a figure function; ``@figure`` or ``@figure(full_only=True)``."""
    def register(f: FigureFn) -> FigureFn:
        FIGURES.append(Registered(f, full_only))
        return f
    return register(fn) if fn is not None else register


# -- helpers ---------------------------------------------------------------------------------------

def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def time_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _size_label(clients: int) -> str:
    return f"{clients // 1000}k"


@dataclass
class Bench:
    """What figures share: repetitions, scratch databases (built once), open stores, the QApplication."""

    workdir: Path
    quick: bool
    verbose: bool = False
    databases: dict[int, Path] = field(default_factory=dict)
    build_s: dict[str, dict[str, Any]] = field(default_factory=dict)
    stores: dict[int, Store] = field(default_factory=dict)
    raw: dict[int, sqlite_driver.Connection] = field(default_factory=dict)
    other_stores: dict[tuple[str, int], Store] = field(default_factory=dict)

    def reps(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def database(self, clients: int) -> Path:
        """A scratch database with ``clients`` demo clients, built on first use."""
        if clients not in self.databases:
            from app.models.demo import make_demo_database

            path = self.workdir / f"demo-{_size_label(clients)}.sqlite"
            log(f"building a demo database with {clients:,} clients …")
            start = time.perf_counter()
            summary = make_demo_database(path, clients=clients, seed=DEMO_SEED)
            seconds = time.perf_counter() - start
            log(f"  built in {seconds:.1f} s: {summary}")
            self.build_s[_size_label(clients)] = {"clients": clients, "build_s": round(seconds, 2), "summary": summary}
            self.databases[clients] = path
        return self.databases[clients]

    def store(self, clients: int) -> Store:
        """The app's store on that database, with the first user signed in."""
        if clients not in self.stores:
            from app.models.store import Store

            store = Store.open(self.database(clients))
            store.users.sign_in(store.users.all()[0].id, DEMO_PASSWORD)
            self.stores[clients] = store
        return self.stores[clients]

    def encrypted_database(self, clients: int) -> tuple[Path, bytes]:
        """The same demo database, encrypted (SQLCipher's export of it, every demo user's password
        wrapping its key), and its key; built on first use."""
        path = self.workdir / f"demo-{_size_label(clients)}-encrypted.sqlite"
        key_path = path.with_suffix(".key")
        if not path.exists():
            from app.models.keyring import Keyring, new_database_key
            from app.models.store import Store

            key = new_database_key()
            with Store.open(self.database(clients)) as plain:
                plain.export_encrypted_copy(path, key)
                users = plain.query_tuples("SELECT id, name FROM users")
            ring = Keyring()
            for user_id, name in users[:3]:
                ring.add_user(user_id, name, DEMO_PASSWORD, key)
            ring.save(path)
            key_path.write_text(key.hex())
        return path, bytes.fromhex(key_path.read_text())

    def encrypted_store(self, clients: int) -> Store:
        key = ("encrypted", clients)
        if key not in self.other_stores:
            from app.models.store import Store

            path, db_key = self.encrypted_database(clients)
            store = Store.open(path, key=db_key)
            store.users.sign_in(store.users.all()[0].id, DEMO_PASSWORD)
            self.other_stores[key] = store
        return self.other_stores[key]

    def raw_connection(self, clients: int) -> sqlite_driver.Connection:
        """A plain connection (the same SQLite build as the app) on that database, for floors."""
        if clients not in self.raw:
            self.raw[clients] = sqlite_driver.connect(self.database(clients))
        return self.raw[clients]

    def qapp(self):
        """The app's QApplication, offscreen unless one already exists (the bench never shows a window)."""
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from app.ui.app import create_application

        return create_application([sys.argv[0] if sys.argv else "atama-bench"])

    def close(self) -> None:
        for conn in self.raw.values():
            conn.close()
        for store in [*self.stores.values(), *self.other_stores.values()]:
            store.close()
        self.raw.clear()
        self.stores.clear()
        self.other_stores.clear()


# -- 1. start to first paint (fresh subprocesses) -------------------------------------------------

def _paint_child(mode: str, db: Path, *extra: str) -> float:
    """Milliseconds from the child's first statement to its first painted main window."""
    return float(paint_report(mode, db, *extra)["ms"])


def paint_report(mode: str, db: Path, *extra: str) -> dict[str, Any]:
    """Start a fresh process ("app": the main window on ``db``, signed in as its first user;
    "floor": a bare PySide6 window) and report its first paint: ``ms`` from the first statement,
    and what had been built and imported by then (see first_paint.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={OFFICE_SCREEN}",
               XDG_CONFIG_HOME=str(Path(tempfile.gettempdir()) / "atama-bench-config"))  # no saved window
    # As on a user's machine, where Python keeps the compiled bytecode of the app (PyInstaller ships
    # it compiled): the warm-up run writes it, so the measured runs do not compile the source again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, str(FIRST_PAINT), mode, str(db), *extra],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S,
    )
    lines = done.stdout.strip().splitlines()
    result = json.loads(lines[-1]) if lines else {}
    if done.returncode != 0 or "ms" not in result:
        raise RuntimeError(f"paint child ({mode}) failed, exit {done.returncode}: {result} {done.stderr[-2000:]}")
    return result


def _paints_against_floor(mode: str, db: Path, reps: int, *extra: str) -> tuple[list[float], list[float]]:
    """``reps`` first paints of ``mode`` and of the bare window, interleaved, so drift hits both alike,
    and in turns floor–app then app–floor: a process started right after the other kind ran was seen
    to start faster (the machine's clock still up, caches warm), which favoured whichever always came
    second. Run 0 warms the file cache and is not counted."""
    app_ms, floor_ms = [], []
    for run in range(reps + 1):
        if run % 2:
            value = _paint_child(mode, db, *extra)
            floor = _paint_child("floor", db)
        else:
            floor = _paint_child("floor", db)
            value = _paint_child(mode, db, *extra)
        if run:
            floor_ms.append(floor)
            app_ms.append(value)
    return app_ms, floor_ms


@figure
def start_to_first_paint(bench: Bench) -> list[Figure]:
    """Start of a fresh process to the first painted main window on 10 000 clients, vs a bare PySide6
    window (see first_paint.py)."""
    db = bench.database(SMALL)
    reps = bench.reps(21, 3)
    log(f"start to first paint: {reps} runs each (+1 warm-up) …")
    app_ms, floor_ms = _paints_against_floor("app", db, reps)
    if bench.verbose:
        log(f"  app {[round(v) for v in app_ms]}  floor {[round(v) for v in floor_ms]}")
    return [Figure(f"start_to_first_paint_{_size_label(SMALL)}", median(app_ms), median(floor_ms),
                   target_ratio=1.5, samples=reps)]


@figure
def start_to_first_paint_encrypted(bench: Bench) -> list[Figure]:
    """The same start on the encrypted copy of the 10 000-client database, opened with its key, vs
    the bare PySide6 window (issue 12: ≤ 1.5x). SQLCipher decrypts every page the first screen reads."""
    db, key = bench.encrypted_database(SMALL)
    reps = bench.reps(21, 3)
    log(f"start to first paint, encrypted: {reps} runs each (+1 warm-up) …")
    app_ms, floor_ms = _paints_against_floor("app", db, reps, key.hex())
    return [Figure(f"start_to_first_paint_encrypted_{_size_label(SMALL)}", median(app_ms), median(floor_ms),
                   target_ratio=1.5, samples=reps)]


BUNDLE_DIR_ENV = "ATAMA_BENCH_BUNDLE"  # a dist/ folder with atama/ and bare-window/ built by build.spec
BUILD_TIMEOUT_S = 900


def _bundles(bench: Bench) -> tuple[Path, Path]:
    """The ATAMA bundle's window program and the bundled bare window (build.spec, ATAMA_BUNDLE=floor):
    from $ATAMA_BENCH_BUNDLE when given, else built into the bench's temporary folder."""
    given = os.environ.get(BUNDLE_DIR_ENV)
    dist = Path(given) if given else bench.workdir / "dist"
    exe = ".exe" if sys.platform == "win32" else ""
    programs = dist / "atama" / f"atama{exe}", dist / "bare-window" / f"bare-window{exe}"
    if given:
        missing = [str(p) for p in programs if not p.is_file()]
        if missing:
            raise RuntimeError(f"${BUNDLE_DIR_ENV} lacks {', '.join(missing)} (pyinstaller build.spec, and with "
                               "ATAMA_BUNDLE=floor)")
        return programs
    for target, program in zip(("app", "floor"), programs):
        log(f"building the {target} bundle (pyinstaller build.spec) …")
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                               "--distpath", str(dist), "--workpath", str(bench.workdir / f"build-{target}"),
                               str(PROJECT_ROOT / "build.spec")], cwd=PROJECT_ROOT, timeout=BUILD_TIMEOUT_S,
                              env=dict(os.environ, ATAMA_BUNDLE=target), capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"pyinstaller build.spec ({target}) failed: {done.stderr[-3000:]}")
        size = sum(f.stat().st_size for f in program.parent.rglob("*") if f.is_file() and not f.is_symlink())
        log(f"  built in {time.perf_counter() - start:.0f} s, {size / 1e6:.0f} MB")
    return programs


def _bundle_paint(program: Path, *args: str, env: dict[str, str]) -> dict[str, Any]:
    """One cold start of a bundled program to its first paint, timed from its launch here (the
    child's ``painted_at`` is on this clock, the system's monotonic one)."""
    launched = time.perf_counter()
    done = subprocess.run([str(program), *args], env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    lines = done.stdout.strip().splitlines()
    result = json.loads(lines[-1]) if lines else {}
    if done.returncode != 0 or "painted_at" not in result:
        raise RuntimeError(f"{program.name} failed, exit {done.returncode}: {result} {done.stderr[-2000:]}")
    # the password check left out, as start_to_first_paint leaves out the sign-in
    return {**result, "launch_ms": (result["painted_at"] - launched) * 1000 - result.get("sign_in_ms", 0)}


def _bundle_paints(bench: Bench, db: Path) -> tuple[list[float], list[float]]:
    """Cold starts of the bundled app on ``db`` and of the bundled bare window, interleaved in turns
    as in start_to_first_paint, each timed from its launch here."""
    app, floor = _bundles(bench)
    env = {key: os.environ[key] for key in ("HOME", "SYSTEMROOT", "TEMP", "TMP", "LANG") if key in os.environ}
    env.update(PATH=os.defpath, QT_QPA_PLATFORM="offscreen", ATAMA_PAINT_PROBE="1", ATAMA_PASSWORD=DEMO_PASSWORD,
               ATAMA_DATA_DIR=str(bench.workdir / "bundle-data"))
    reps = bench.reps(21, 3)
    log(f"bundle start to first paint on {db.name}: {reps} runs each (+1 warm-up) …")
    app_ms, floor_ms = [], []
    for run in range(reps + 1):
        order = ("app", "floor") if run % 2 else ("floor", "app")
        seen = {kind: _bundle_paint(app, "--db", str(db), env=env) if kind == "app"
                else _bundle_paint(floor, "floor", str(db), env=env) for kind in order}
        if run:
            app_ms.append(seen["app"]["launch_ms"])
            floor_ms.append(seen["floor"]["launch_ms"])
    if bench.verbose:
        log(f"  bundle {[round(v) for v in app_ms]}  bare {[round(v) for v in floor_ms]}")
    return app_ms, floor_ms


@figure(full_only=True)
def bundle_start_to_first_paint(bench: Bench) -> list[Figure]:
    """The PyInstaller bundle's cold start to its first painted main window on 10 000 clients
    (app/ui/paint_probe.py: signed in as the first user, the password check left out) against the
    bundled bare PySide6 window (first_paint.py's floor, built by the same spec), interleaved as in
    start_to_first_paint. Both are timed from their launch by this process, not from their first
    statement: in a bundle the loader, Python's start from the archive and the runtime hooks (which
    import PySide6 and inspect) come before it, and would be left out of both. Run by itself with
    ``python -m app bench --only bundle_start_to_first_paint`` (builds both, a minute or two), or on
    bundles already built: ``ATAMA_BENCH_BUNDLE=dist``. The children get no Python on PATH. Target
    1.5x (issue 15)."""
    db = bench.workdir / "bundle-10k.sqlite"  # a copy: the probe's sign-in writes its log row
    shutil.copyfile(bench.database(SMALL), db)
    app_ms, floor_ms = _bundle_paints(bench, db)
    return [Figure(f"bundle_start_to_first_paint_{_size_label(SMALL)}", median(app_ms), median(floor_ms),
                   target_ratio=1.5, samples=len(app_ms))]


@figure(full_only=True)
def bundle_start_to_first_paint_encrypted(bench: Bench) -> list[Figure]:
    """The same cold start of the bundle on the encrypted 10 000-client database: what a user of the
    shipped program waits for, since new databases are encrypted (issue 12: start to first paint with
    encryption ≤ 1.5x the bare window). The probe unlocks the file with the first user's password,
    the key's unwrapping left out with the sign-in (both are password checks, slow by design); opening
    the file with the key and every page SQLCipher decrypts for the first screen are in the figure."""
    source, _key = bench.encrypted_database(SMALL)
    db = bench.workdir / "bundle-10k-encrypted.sqlite"  # a copy, with its key file beside it
    shutil.copyfile(source, db)
    shutil.copyfile(keyfile_path(source), keyfile_path(db))
    app_ms, floor_ms = _bundle_paints(bench, db)
    return [Figure(f"bundle_start_to_first_paint_encrypted_{_size_label(SMALL)}", median(app_ms), median(floor_ms),
                   target_ratio=1.5, samples=len(app_ms))]


# -- 2. search as you type ------------------------------------------------------------------------

def _keystrokes(query: str) -> list[str]:
    return [query[:n] for n in range(1, len(query) + 1)]


def _keystroke(model, text: str) -> None:
    """What one keystroke costs the user: the search, and the rows a list view paints."""
    model.set_query(text)
    for row in range(min(VISIBLE_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))


def _search_figures(bench: Bench, clients: int, target_ms: float | None) -> list[Figure]:
    """p95 per keystroke (ClientListModel.set_query plus the rows a view paints) vs the same SQL on a
    raw connection (the capped count that picks the plan, then the search), for each kind."""
    from app.models.clients import search_sql
    from app.ui.client_list_model import RESULT_LIMIT, ClientListModel

    store = bench.store(clients)
    raw = bench.raw_connection(clients)
    model = ClientListModel(store)
    limit = RESULT_LIMIT + 1  # what the model asks for

    def raw_value(sql: str, params: tuple):
        return raw.execute(sql, params).fetchone()[0]

    def floor(text: str) -> None:
        raw.execute(*search_sql(raw_value, text, limit)).fetchall()

    keystroke = functools.partial(_keystroke, model)

    reps = bench.reps(20, 3)
    figures = []
    for kind, queries in SEARCH_QUERIES.items():
        keys = [k for q in queries for k in _keystrokes(q)]
        for text in keys:  # warm-up: page cache, statement cache
            keystroke(text)
            floor(text)
        values: dict[str, list[float]] = {k: [] for k in keys}
        floors: dict[str, list[float]] = {k: [] for k in keys}
        for _ in range(reps):
            for text in keys:
                values[text].append(time_ms(functools.partial(keystroke, text)))
                floors[text].append(time_ms(functools.partial(floor, text)))
        all_values = [v for vs in values.values() for v in vs]
        all_floors = [v for vs in floors.values() for v in vs]
        name = f"search_{kind}_{_size_label(clients)}"
        if bench.verbose:
            _log_keystrokes(name, values, floors)
        figures.append(Figure(name, p95(all_values), p95(all_floors), target_ratio=2.0, target_ms=target_ms,
                              stat="p95", samples=len(all_values)))
    model.set_query("")
    return figures


def _log_keystrokes(name: str, values: dict[str, list[float]], floors: dict[str, list[float]]) -> None:
    log(f"  {name}: keystroke  median model ms / raw ms")
    for text in values:
        log(f"    {text!r:10} {median(values[text]):8.2f} / {median(floors[text]):8.2f}")


@figure
def search_small(bench: Bench) -> list[Figure]:
    log(f"search as you type, {SMALL:,} clients …")
    return _search_figures(bench, SMALL, target_ms=None)


@figure
def search_encrypted(bench: Bench) -> list[Figure]:
    """Search as you type on the encrypted copy of the 10 000-client database against the same
    keystrokes on the plain one, in turns (issue 12: ≤ 1.3x). The floor here is the app itself on a
    plain file: the figure is what encryption costs a keystroke."""
    from app.ui.client_list_model import ClientListModel

    log(f"search as you type, encrypted vs plain, {SMALL:,} clients …")
    models = {"plain": ClientListModel(bench.store(SMALL)), "encrypted": ClientListModel(bench.encrypted_store(SMALL))}

    keys = [k for queries in SEARCH_QUERIES.values() for q in queries for k in _keystrokes(q)]
    for text in keys:  # warm-up: both page caches
        for model in models.values():
            _keystroke(model, text)
    times: dict[str, list[float]] = {"plain": [], "encrypted": []}
    for _ in range(bench.reps(20, 3)):
        for text in keys:
            for kind, model in models.items():
                times[kind].append(time_ms(functools.partial(_keystroke, model, text)))
    for model in models.values():
        model.set_query("")
    return [Figure(f"search_encrypted_{_size_label(SMALL)}", p95(times["encrypted"]), p95(times["plain"]),
                   target_ratio=1.3, stat="p95", samples=len(times["plain"]))]


# -- 3. opening a case with 200 notes -------------------------------------------------------------

def _case_with_notes(store: Store, count: int) -> int:
    """A case with exactly ``count`` notes (raw inserts top up what the demo data gave it)."""
    case_id, existing = store.query_tuples(
        "SELECT c.id, count(n.id) FROM cases c LEFT JOIN notes n ON n.case_id = c.id "
        "GROUP BY c.id HAVING count(n.id) <= ? ORDER BY c.id LIMIT 1", (count,)
    )[0]
    user = store.user_id
    today = store.today().toordinal()
    now = store.timestamp()
    rows = []
    for n in range(count - existing):
        day = dt.date.fromordinal(today - n // 2).isoformat()
        text = f"Anteckning {n + 1} (bench).\nSamtal om vardagens aktiviteter, rutiner och mål. " * 3
        rows.append((case_id, day, "samtal", text, user, now, now))
    with store.transaction() as tx:
        tx.executemany(
            "INSERT INTO notes (case_id, note_date, kind, text, author_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return case_id


def _show_until_painted(widget, qapp) -> None:
    """Show ``widget`` and return once its first paint pass is done: the pass that paints it or any
    widget in it (a page that is all scroll area gets no paint event of its own)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    state = {"paint": False, "done": False}

    def finished() -> None:
        state["done"] = True
        loop.quit()

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not state["paint"]:
                state["paint"] = True
                QTimer.singleShot(0, finished)
            return False

    from PySide6.QtWidgets import QWidget

    watch = PaintWatch()
    watched = [widget, *widget.findChildren(QWidget)]
    for each in watched:
        each.installEventFilter(watch)
    widget.show()
    QTimer.singleShot(PAINT_TIMEOUT_S * 1000, loop.quit)
    if not state["done"]:
        loop.exec()
    import shiboken6

    for each in watched:
        if shiboken6.isValid(each):  # a child the page deleted while it settled
            each.removeEventFilter(watch)
    if not state["done"]:
        raise RuntimeError(f"{type(widget).__name__} was never painted")


def _dispose(widget, qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    qapp.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _screen_figure(bench: Bench, name: str, what: str, screens: list[Callable[[], Any]],
                   floor: Callable[[], None], target_ms: float, size: tuple[int, int] = (1100, 800)) -> Figure:
    """Median time to build and paint each widget ``screens`` makes, one after the other (what a
    user waits for when opening them), against ``floor`` measured in the same run."""
    qapp = bench.qapp()
    reps = bench.reps(9, 3)
    log(f"{what}: {reps} runs (+1 warm-up) …")

    def open_all() -> float:
        start = time.perf_counter()
        for make in screens:
            page = make()
            page.resize(*size)
            _show_until_painted(page, qapp)
            _dispose(page, qapp)
        return (time.perf_counter() - start) * 1000

    open_all()
    floor()
    values = [open_all() for _ in range(reps)]
    floors = [time_ms(floor) for _ in range(max(reps, 21))]
    if bench.verbose:
        log(f"  {name} ms {[round(v, 1) for v in values]}")
    return Figure(name, median(values), median(floors), target_ms=target_ms, samples=reps)


@figure
def open_case_200_notes(bench: Bench) -> list[Figure]:
    """Building and painting the real CasePage for a case with 200 notes, vs the raw select of them."""
    bench.qapp()
    from app.ui.case_page import CasePage

    store = bench.store(SMALL)
    case_id = _case_with_notes(store, CASE_NOTES)
    raw = bench.raw_connection(SMALL)

    def select_notes() -> None:
        rows = raw.execute("SELECT * FROM notes WHERE case_id = ? ORDER BY note_date DESC, id DESC",
                           (case_id,)).fetchall()
        assert len(rows) == CASE_NOTES, len(rows)

    return [_screen_figure(bench, f"open_case_{CASE_NOTES}_notes", f"open a case with {CASE_NOTES} notes",
                           [lambda: CasePage(store, case_id)], select_notes, target_ms=100)]


def _rated_weis(store: Store, case_id: int) -> int:
    """A completed WEIS-S administration with every item rated, for the form/results figure."""
    assessment = store.assessments.start(case_id, "weis-s")
    part = assessment.definition.parts[0].id
    for n, item in enumerate(assessment.definition.items):
        store.assessments.save_rating(assessment.id, part, item.id, 1 + n % 4)
    store.assessments.complete(assessment.id)
    return assessment.id


@figure
def open_weis_form_and_results(bench: Bench) -> list[Figure]:
    """Building and painting the generic form for a 17-item WEIS-S, then its results view
    (profile chart, domain table), vs the raw select of its ratings."""
    bench.qapp()
    from app.ui.assessment_form import AssessmentForm
    from app.ui.assessment_results import AssessmentResults

    store = bench.store(SMALL)
    case_id = store.query_value("SELECT id FROM cases WHERE status = 'aktiv' ORDER BY id LIMIT 1")
    assessment_id = _rated_weis(store, case_id)
    raw = bench.raw_connection(SMALL)

    def select_ratings() -> None:
        rows = raw.execute("SELECT * FROM assessment_ratings WHERE assessment_id = ?", (assessment_id,)).fetchall()
        assert len(rows) == 17, len(rows)

    screens = [lambda: AssessmentForm(store, assessment_id), lambda: AssessmentResults(store, assessment_id)]
    return [_screen_figure(bench, "open_weis_form_and_results", "open a 17-item WEIS-S form and its results",
                           screens, select_ratings, target_ms=100)]


@figure
def todo_page_10k(bench: Bench) -> list[Figure]:
    """The Att göra start page on 10 000 clients: the overview queries plus building and painting
    the real page, vs the raw count of active cases per step (the simplest query it makes)."""
    bench.qapp()
    from app.ui.todo_page import TodoPage

    store = bench.store(SMALL)
    raw = bench.raw_connection(SMALL)

    def todo_page():
        page = TodoPage(store)
        page.mine_only.setChecked(False)  # everyone's cases, the most work: one refresh, as the user's click
        return page

    def count_steps() -> None:
        raw.execute("SELECT s.step, count(*) FROM case_steps s JOIN cases c ON c.id = s.case_id "
                    "WHERE c.status = 'aktiv' AND s.state = 'pagar' GROUP BY s.step").fetchall()

    return [_screen_figure(bench, f"todo_page_{_size_label(SMALL)}", f"Att göra on {SMALL:,} clients",
                           [todo_page], count_steps, target_ms=200, size=(900, 800))]


def _alternating(reps: int, ours: Callable[[], object], floor: Callable[[], object],
                 settle: Callable[[], object] | None = None) -> tuple[list[float], list[float]]:
    """Both timed in turns after a warm-up, so a slow spell of the machine hits both alike;
    ``settle`` (untimed) before each run, for figures whose runs would otherwise pay for the last."""
    ours()
    floor()
    values, floors = [], []
    for _ in range(reps):
        for action, times in ((ours, values), (floor, floors)):
            if settle is not None:
                settle()
            times.append(time_ms(action))
    return values, floors


def _largest_agreed_plan(store: Store) -> tuple[int, int]:
    """(case id, plan version id) of the agreed plan with the most sub-goals: the longest document."""
    (case_id, version_id), = store.query_tuples(
        """SELECT v.case_id, v.id FROM plan_versions v JOIN plan_goals g ON g.plan_version_id = v.id
           WHERE v.agreed_date IS NOT NULL GROUP BY v.id ORDER BY count(*) DESC, v.id LIMIT 1""")
    return case_id, version_id


def _flatten(flowables: list, texts: list[tuple[str, str]], tables: list[list[list[tuple[str, str]]]]) -> None:
    """The content of a story: each paragraph's text with its font, and each table as rows of
    (cell text, font): bold stays bold, as in any document of the same content."""
    from reportlab.platypus import Paragraph, Table

    for item in flowables:
        if isinstance(item, Paragraph):
            texts.append((item.text, item.style.fontName))
        elif isinstance(item, Table):
            rows = []
            for r, row in enumerate(item._cellvalues):
                cells = []
                for c, cell in enumerate(row):
                    inner: list[tuple[str, str]] = []
                    _flatten(cell if isinstance(cell, list) else [cell], inner, tables)
                    if inner:
                        cells.append((" ".join(t for t, _ in inner), inner[0][1]))
                    else:
                        cells.append((cell if isinstance(cell, str) else "", item._cellStyles[r][c].fontname))
                rows.append(cells)
            tables.append(rows)
        elif hasattr(item, "_content"):  # KeepTogether and friends
            _flatten(item._content, texts, tables)


def _bare_pdf(path: Path, texts: list[tuple[str, str]], tables: list[list[list[tuple[str, str]]]]) -> None:
    """The floor: the same content in a plain reportlab document with the same embedded fonts —
    paragraphs and plain tables in reportlab's own layout, without our styles, header, footer or
    page count. What our document sets in bold the floor sets in bold too (both embed the bold
    font); its tables name only the cells that are not in the regular font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from app.exporters.pdf.base import FONT

    normal = getSampleStyleSheet()["Normal"]
    bare_styles: dict[str, Any] = {}

    def style(font: str):
        if font not in bare_styles:
            bare_styles[font] = normal.clone(f"bare {font}", fontName=font)
        return bare_styles[font]

    story = [Paragraph(text, style(font)) for text, font in texts]
    for rows in tables:
        commands = [("FONTNAME", (0, 0), (-1, -1), FONT)]
        commands += [("FONTNAME", (c, r), (c, r), font) for r, row in enumerate(rows)
                     for c, (_, font) in enumerate(row) if font != FONT]
        story.append(Table([[text for text, _ in row] for row in rows], style=commands))
    SimpleDocTemplate(str(path), pagesize=A4, initialFontName=FONT).build(story)


def _story_of(module, write: Callable[[], None]) -> list:
    """The flowables a writer module hands to reportlab (captured once; not part of any timing)."""
    from app.exporters.pdf.base import title_block

    captured: list = []
    original = module.build

    def capture(target, info, story):
        captured.extend(title_block(info) + story)
        original(target, info, story)

    module.build = capture
    try:
        write()
    finally:
        module.build = original
    return captured


@figure
def plan_pdf(bench: Bench) -> list[Figure]:
    """Writing the Af variant of the longest agreed plan in the 10k database, vs a bare reportlab
    document of the same content (every paragraph and table cell, in the same fonts)."""
    from app.exporters.pdf import plan as plan_module
    from app.exporters.pdf import write_plan_pdf

    store = bench.store(SMALL)
    case_id, version_id = _largest_agreed_plan(store)
    ours, bare = bench.workdir / "plan.pdf", bench.workdir / "bare.pdf"

    def write() -> None:
        write_plan_pdf(store, ours, case_id=case_id, audience="af", version_id=version_id)

    texts: list[tuple[str, str]] = []
    tables: list[list[list[tuple[str, str]]]] = []
    _flatten(_story_of(plan_module, write), texts, tables)
    reps = bench.reps(31, 3)
    log(f"plan PDF: {reps} runs (+1 warm-up) …")
    values, floors = _alternating(reps, write, lambda: _bare_pdf(bare, texts, tables))
    return [Figure("plan_pdf", median(values), median(floors), target_ratio=1.5, samples=reps)]


JOURNAL_TEXT = 1_000_000  # characters of note text in the journal copy's case


def _case_with_long_notes(store: Store, count: int = CASE_NOTES, total: int = JOURNAL_TEXT) -> int:
    """A case with ``count`` notes and ``total`` characters of text: ``count - 1`` everyday notes of a
    few lines, and one long note with the rest (a report pasted in: lines, blank lines, runs of
    many thousand characters without a line break, and text that looks like markup)."""
    from app.models.cases import CaseInput
    from app.models.clients import ClientInput

    client = store.clients.add(ClientInput(first_name="Långa", last_name="Anteckningsson", birth_year=1975,
                                           gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2026-01-05", referred_by="af",
                                                 target_group="ama_medarbetare", reason="Bänkens journalkopia."))
    sentence = "Klienten berättar om veckan, om arbetet i köket & om <tider> som inte håller. "
    day = dt.date(2026, 1, 5)
    texts = [f"Anteckning {n} (bänk).\n" + sentence * 6 + "\n\n" + sentence * 4 for n in range(1, count)]
    lines, size, n = [], sum(map(len, texts)), 0
    while size < total:
        n += 1
        line = f"Stycke {n}: " + sentence * (300 if n % 10 == 0 else 5)
        lines.append(line + ("\n" if n % 4 == 0 else ""))
        size += len(line) + 1
    texts.append("\n".join(lines))
    for index, text in enumerate(texts):
        store.notes.add(case.id, (day + dt.timedelta(days=index)).isoformat(), "samtal", text)
    return case.id


def _bare_text_pdf(path: Path, texts: list[str]) -> None:
    """The floor: the notes' text alone in a plain reportlab document, split into paragraphs the
    same way (app/exporters/pdf/long_text.py) and escaped, in the same embedded font."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.exporters.pdf.base import FONT, esc, register_fonts
    from app.exporters.pdf.long_text import pieces

    register_fonts()  # the same embedded DejaVu (registered once per process, as the app does)
    style = getSampleStyleSheet()["Normal"].clone("bare", fontName=FONT)
    story = [Paragraph(esc(piece), style) for text in texts for piece in pieces(text) if piece]
    SimpleDocTemplate(str(path), initialFontName=FONT).build(story)


@figure
def journal_copy_1mb(bench: Bench) -> list[Figure]:
    """The journal copy of a case with 200 notes and 1 MB of text (one long pasted note), as the
    user waits for it (the whole document: facts, dated list, page frames), against a bare reportlab
    document of just the notes' text split the same way. Target: under 5 s (it took 375 s when a
    note was one Paragraph). The floor's paragraphs are parsed markup, so each escaped ``&`` or ``<``
    is a fragment of its own and sends reportlab down its slow many-fragment path; ours are never
    parsed (long_text.plain_paragraph), which is why the ratio is below 1."""
    return [_journal_copy_figure(bench, "journal_copy_1mb", "journal", _case_with_long_notes, bench.reps(5, 1),
                                 target_ms=5000)]


def _journal_copy_figure(bench: Bench, name: str, label: str, make_case: Callable[[Store], int], reps: int,
                         target_ms: float) -> Figure:
    """The journal copy of the case ``make_case`` writes in a store of its own, against a bare
    reportlab document of its notes' text (``_bare_text_pdf``), in turns."""
    from app.exporters.pdf import write_record_pdf

    store = _empty_store(bench, label)
    case_id = make_case(store)
    texts = [n.text for n in sorted(store.notes.for_case(case_id), key=lambda n: n.id)]
    ours, bare = bench.workdir / f"{label}.pdf", bench.workdir / f"bare-{label}.pdf"
    log(f"journal copy, {len(texts):,} notes, {sum(map(len, texts)):,} characters: {reps} runs (+1 warm-up) …")
    values, floors = _alternating(reps, lambda: write_record_pdf(store, ours, case_id=case_id),
                                  lambda: _bare_text_pdf(bare, texts))
    store.close()
    return Figure(name, median(values), median(floors), target_ms=target_ms, samples=reps)


SHORT_NOTES = 15_000


def _case_with_short_notes(store: Store, count: int = SHORT_NOTES) -> int:
    """A case with ``count`` one-line notes, eight a day (years of daily work, as a tester's case with
    15 008 notes), written in one statement: notes.add would take minutes."""
    from app.models.cases import CaseInput
    from app.models.clients import ClientInput

    client = store.clients.add(ClientInput(first_name="Många", last_name="Anteckningsson", birth_year=1975,
                                           gender="kvinna"))
    case = store.cases.open(client.id, CaseInput(referral_date="2020-01-02", referred_by="af",
                                                 target_group="ama_medarbetare", reason="Bänkens journalkopia."))
    first = store.notes.add(case.id, "2020-01-06", "samtal", "Anteckning 0: kort.")
    row = store.query_one("SELECT * FROM notes WHERE id = ?", (first.id,))
    columns = [c for c in row if c != "id"]
    day = dt.date(2020, 1, 6)
    rows = [tuple({**row, "note_date": (day + dt.timedelta(days=n // 8)).isoformat(),
                   "text": f"Anteckning {n}: samtal om veckan och arbetet i köket."}[c] for c in columns)
            for n in range(1, count)]
    with store.transaction() as tx:
        tx.executemany(f"INSERT INTO notes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
    return case.id


@figure(full_only=True)
def journal_copy_15k_notes(bench: Bench) -> list[Figure]:
    """The journal copy of a case with 15 000 short notes (a tester's case took 30 s, 12 s of it
    gathering the notes before the first page: a quadratic lookup of objections), against a bare
    reportlab document of just the notes' text. Ours has a heading and a who-and-when line per note,
    three paragraphs for the floor's one, so the ratio is about 3. Target: under 10 s."""
    return [_journal_copy_figure(bench, f"journal_copy_{SHORT_NOTES // 1000}k_notes", "journal-short",
                                 _case_with_short_notes, bench.reps(3, 1), target_ms=10_000)]


def _bare_workbook(path: Path, sheets: list[tuple[str, list[tuple]]]) -> None:
    """The floor: the same cell values in a plain openpyxl workbook (no styles, widths or charts)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


@figure
def finsam_workbook_10k(bench: Bench) -> list[Figure]:
    """The Uppföljning Finsam workbook for every case of the 10k database (a period over all of them:
    one participant row per effort), against a bare openpyxl write of the same cell values (no
    styles, widths, formats or charts):

    - ``finsam_workbook_write_10k``: writing the workbook from the counted report (target ≤ 2×);
    - ``finsam_workbook_10k``: what the user waits for, counting included (target under 3 s). Counting
      is SQL over every case and is not part of the floor, so its ratio is reported without a target.
    """
    from openpyxl import load_workbook

    from app.exporters.xlsx import write_finsam_xlsx
    from app.exporters.xlsx.finsam import write_finsam_report
    from app.models.finsam import finsam_report

    store = bench.store(SMALL)
    first = store.query_value("SELECT min(referral_date) FROM cases")
    start, end = dt.date.fromisoformat(first), store.today()
    ours, bare = bench.workdir / "finsam.xlsx", bench.workdir / "bare.xlsx"
    reps = bench.reps(21, 5)
    log(f"Finsam workbook, {SMALL:,} clients: {reps} runs (+1 warm-up) …")
    write_finsam_xlsx(store, ours, period_from=start, period_to=end)
    report = finsam_report(store, start, end)
    book = load_workbook(ours)
    sheets = [(sheet.title, list(sheet.iter_rows(values_only=True))) for sheet in book.worksheets]
    _bare_workbook(bare, sheets)
    whole = [time_ms(lambda: write_finsam_xlsx(store, ours, period_from=start, period_to=end)) for _ in range(reps)]
    written, floors = _alternating(reps, lambda: write_finsam_report(store, ours, report),
                                   lambda: _bare_workbook(bare, sheets))
    label = _size_label(SMALL)
    return [Figure(f"finsam_workbook_write_{label}", median(written), median(floors), target_ratio=2.0,
                   samples=reps),
            Figure(f"finsam_workbook_{label}", median(whole), median(floors), target_ms=3000, samples=reps)]


@figure(full_only=True)
def search_large(bench: Bench) -> list[Figure]:
    bench.database(LARGE)
    log(f"search as you type, {LARGE:,} clients …")
    return _search_figures(bench, LARGE, target_ms=30)


LOG_ROWS, LOG_USERS, LOG_CLIENTS, LOG_YEARS = 1_000_000, 50, 20_000, 5
# How often each kind of row occurs: writes and openings dominate a working unit's log.
LOG_MIX = (("write", 34), ("open_case", 24), ("open_client", 14), ("read_document", 12), ("sign", 6),
           ("export", 3), ("print", 2), ("sign_in", 4), ("lock", 1))


def _log_database(bench: Bench) -> tuple[Path, dt.datetime]:
    """A scratch database whose access log holds LOG_ROWS rows over LOG_YEARS years by LOG_USERS
    users about LOG_CLIENTS clients (a case each, a second for every fourth), written the way the app
    appends them (ids in time order). Built once per run, with executemany; the schema is the app's."""
    import random

    from app.models.store import Store

    path = bench.workdir / "access-log-1m.sqlite"
    end = dt.datetime.now().replace(microsecond=0)
    if path in bench.databases.values():
        return path, end
    log(f"building a database with {LOG_ROWS:,} access-log rows …")
    started = time.perf_counter()
    Store.open(path).close()
    rng = random.Random(DEMO_SEED)
    stamp = end.isoformat(sep=" ")
    from app.models.users import hash_password

    hashed = hash_password(DEMO_PASSWORD)  # user 1 signs in, an administrator (the log review is theirs)
    users = [(i, f"Användare {i}", "arbetsterapeut", stamp, hashed, int(i == 1)) for i in range(1, LOG_USERS + 1)]
    clients = [(i, f"Förnamn{i}", f"Efternamn{i}", 1960 + i % 40, "kvinna", "okand", stamp, stamp)
               for i in range(1, LOG_CLIENTS + 1)]
    cases = []
    for client in range(1, LOG_CLIENTS + 1):
        for _ in range(2 if client % 4 == 0 else 1):
            number = len(cases) + 1
            cases.append((number, client, f"B{number:06d}", "2022-01-03", "af", "annan", rng.randint(1, LOG_USERS),
                          stamp, stamp))
    actions = [a for a, weight in LOG_MIX for _ in range(weight)]
    span = LOG_YEARS * 365 * 86400
    offsets = sorted(rng.randrange(span) for _ in range(LOG_ROWS))
    rows = []
    for row_id, offset in enumerate(offsets, 1):
        at = (end - dt.timedelta(seconds=span - offset)).isoformat(sep=" ")
        action = rng.choice(actions)
        if action in ("sign_in", "lock"):
            rows.append((row_id, at, "AMA", rng.randint(1, LOG_USERS), "", action, None, None, "", None))
            continue
        case_id, client_id, _, _, _, _, responsible, _, _ = cases[rng.randrange(len(cases))]
        user = responsible if rng.random() < 0.9 else rng.randint(1, LOG_USERS)
        rows.append((row_id, at, "AMA", user, f"Användare {user}", action, client_id, case_id, "", responsible))
    conn = sqlite_driver.connect(path)
    try:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO users (id, name, title, created_at, password_hash, is_admin)"
                         " VALUES (?, ?, ?, ?, ?, ?)", users)
        conn.executemany("INSERT INTO clients (id, first_name, last_name, birth_year, gender, education, created_at,"
                         " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", clients)
        conn.executemany("INSERT INTO cases (id, client_id, case_number, referral_date, referred_by, target_group,"
                         " responsible_user_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", cases)
        conn.executemany("INSERT INTO access_log (id, at, unit, user_id, user_name, action, client_id, case_id,"
                         " what, responsible_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
    finally:
        conn.close()
    seconds = time.perf_counter() - started
    log(f"  built in {seconds:.1f} s")
    bench.build_s["log_1m"] = {"access_log_rows": LOG_ROWS, "build_s": round(seconds, 2)}
    bench.databases[-LOG_ROWS] = path  # closed with the others; the key keeps clear of client counts
    return path, end


@figure(full_only=True)
def log_review_1m(bench: Bench) -> list[Figure]:
    """The log review's queries over 1 000 000 access-log rows (store.access_log, rows built into
    LogEntry records), each against the same SQL on a raw SQLite connection: search by user and
    period, by client, by action and period, the openings of others' cases, a sample of 50. The
    figure is the slowest query (median of its runs), target under 200 ms."""
    import random

    from app.models import access_log as al
    from app.models.store import Store

    path, end = _log_database(bench)
    store = Store.open(path)
    raw = sqlite_driver.connect(path)
    try:
        store.users.sign_in(1, DEMO_PASSWORD)
        year_ago, quarter_ago, today = (end.date() - dt.timedelta(days=365), end.date() - dt.timedelta(days=91),
                                        end.date())
        busiest = raw.execute("SELECT client_id FROM access_log WHERE client_id IS NOT NULL GROUP BY client_id"
                              " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        q_first, q_after = al.period_bounds(quarter_ago, today)
        y_first, y_after = al.period_bounds(year_ago, today)

        def raw_rows(sql: str, params) -> list:
            return raw.execute(sql, params).fetchall()

        def raw_sample() -> None:
            ids = al.sample_ids(raw_rows, 50, y_first, y_after, random.Random(3))
            raw_rows(f"{al.ENTRY_SELECT} WHERE a.id IN ({','.join('?' * len(ids))}) ORDER BY a.at, a.id", ids)

        log_ = store.access_log
        queries: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
            "user and quarter": (lambda: log_.search(user_id=7, start=quarter_ago, end=today),
                                 lambda: raw_rows(*al.search_sql(user_id=7, start=q_first, after=q_after))),
            "client": (lambda: log_.search(client_id=busiest),
                       lambda: raw_rows(*al.search_sql(client_id=busiest))),
            "action and year": (lambda: log_.search(action="export", start=year_ago, end=today),
                                lambda: raw_rows(*al.search_sql(action="export", start=y_first, after=y_after))),
            "others' cases, year": (lambda: log_.openings_of_others_cases(year_ago, today),
                                    lambda: raw_rows(*al.others_sql(y_first, y_after))),
            "sample of 50, year": (lambda: log_.sample(50, year_ago, today, seed=3), raw_sample),
        }
        reps = bench.reps(11, 3)
        log(f"log review over {LOG_ROWS:,} rows: {len(queries)} queries × {reps} runs …")
        measured = {}
        for name, (ours, floor) in queries.items():
            values, floors = _alternating(reps, ours, floor)
            measured[name] = (median(values), median(floors))
            log(f"  {name}: {measured[name][0]:.2f} ms (raw SQL {measured[name][1]:.2f} ms)")
        slowest = max(measured, key=lambda name: measured[name][0])
        value, floor_ms = measured[slowest]
        return [Figure("log_review_1m", value, floor_ms, target_ms=200, samples=reps)]
    finally:
        raw.close()
        store.close()


@figure
def sign_note(bench: Bench) -> list[Figure]:
    """Signing one note (``store.notes.sign``: the read model, the UPDATE its triggers check, the
    access-log row, the re-read) on the 10k database, vs the raw UPDATE of such a row in its own
    transaction on a plain connection (the triggers run there too). Each run signs a fresh draft of
    the signed-in user: a signature cannot be undone. Target under 20 ms."""
    store = bench.store(SMALL)
    raw = bench.raw_connection(SMALL)
    raw.execute("PRAGMA synchronous = FULL")  # as the store commits
    reps = bench.reps(41, 9)
    drafts = [i for (i,) in store.query_tuples(
        "SELECT id FROM notes WHERE author_id = ? AND signed_at IS NULL AND struck_at IS NULL ORDER BY id LIMIT ?",
        (store.user_id, 2 * (reps + 1)))]
    if len(drafts) < 2 * (reps + 1):
        raise RuntimeError(f"the demo database has only {len(drafts)} drafts of the first user")
    ours, floors = iter(drafts[::2]), iter(drafts[1::2])
    stamp = store.timestamp()

    def floor() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE notes SET signed_at = ?, signed_by = ? WHERE id = ?", (stamp, store.user_id, next(floors)))
        raw.execute("COMMIT")

    log(f"signing a note, {SMALL:,} clients: {reps} runs (+1 warm-up) …")
    values, floor_ms = _alternating(reps, lambda: store.notes.sign(next(ours)), floor)
    return [Figure(f"sign_note_{_size_label(SMALL)}", median(values), median(floor_ms), target_ms=20,
                   samples=reps)]


@figure
def sign_in_to_first_paint(bench: Bench) -> list[Figure]:
    """From Enter in the sign-in dialog (the scrypt check of the password included) to the main
    window's first paint on 10 000 clients, in fresh processes (first_paint.py signin), against the
    bare PySide6 window from its process start (the floor of start_to_first_paint): what a user waits
    for after typing the password, against the least any Qt window takes to appear. Target 1.5x."""
    db = bench.database(SMALL)
    reps = bench.reps(21, 3)
    log(f"sign-in to first paint: {reps} runs each (+1 warm-up) …")
    app_ms, floor_ms = _paints_against_floor("signin", db, reps)
    if bench.verbose:
        log(f"  sign-in {[round(v) for v in app_ms]}  floor {[round(v) for v in floor_ms]}")
    return [Figure(f"sign_in_to_first_paint_{_size_label(SMALL)}", median(app_ms), median(floor_ms),
                   target_ratio=1.5, samples=reps)]


@figure
def open_case_logged(bench: Bench) -> list[Figure]:
    """Opening one of the signed-in user's cases as the window does (store.cases.open_for_reading:
    the access check and its OPEN_CASE row in its own transaction, then the CasePage built and
    painted) against building and painting the same CasePage without the check and the row, on the
    10k database, in turns. Target 1.1x."""
    qapp = bench.qapp()
    from app.ui.case_page import CasePage

    store = bench.store(SMALL)
    case_id = store.query_value("SELECT id FROM cases WHERE responsible_user_id = ? ORDER BY id LIMIT 1",
                                (store.user_id,))
    if case_id is None:
        raise RuntimeError("the signed-in demo user has no case of their own")

    def page() -> None:
        widget = CasePage(store, case_id)
        widget.resize(1100, 800)
        _show_until_painted(widget, qapp)
        _dispose(widget, qapp)

    def logged() -> None:
        store.cases.open_for_reading(case_id)
        page()

    reps = bench.reps(21, 5)
    log(f"open a case with and without its access-log row: {reps} runs each (+1 warm-up) …")
    values, floors = _alternating(reps, logged, page)
    if bench.verbose:
        log(f"  logged {[round(v, 1) for v in values]}  bare {[round(v, 1) for v in floors]}")
    return [Figure(f"open_case_logged_{_size_label(SMALL)}", median(values), median(floors), target_ratio=1.1,
                   samples=reps)]


def _fresh(path: Path) -> Path:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


@figure(full_only=True)
def backup_100k(bench: Bench) -> list[Figure]:
    """A backup as the user gets it (app/models/backup.py: written by the online backup API, synced,
    checksummed, checked against its snapshot, listed, rotated, logged), without its check, and with
    SQLite's full integrity check, each against the bare backup API copying all pages at once."""
    from app.models import backup

    store = bench.store(LARGE)
    source = bench.database(LARGE)
    folder = bench.workdir / "backups"
    floor_copy = bench.workdir / "floor-copy.sqlite"
    plain_copy = bench.workdir / "unverified-copy.sqlite"
    log(f"backup of {LARGE:,} clients ({source.stat().st_size / 1e9:.2f} GB) …")

    def floor() -> None:
        src, dst = sqlite_driver.connect(source), sqlite_driver.connect(_fresh(floor_copy))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()

    def unverified() -> None:  # the copy alone: Store.backup_into and the one sync
        store.backup_into(_fresh(plain_copy), pages_per_step=backup.PAGES_PER_STEP)
        fd = os.open(plain_copy, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def ours(full_check: bool = False):
        return lambda: backup.make_backup(store, backup.BackupKind.MANUAL, folder=folder, full_check=full_check)

    def settle() -> None:
        """Each run on the same footing: the last run's copies gone and its writes on disk (rotation
        would keep every backup of the day, 1.45 GB each, and the kernel's write-back of the last
        run's gigabytes would slow whichever run came next)."""
        for made in folder.glob("*"):
            made.unlink()
        for leftover in (floor_copy, plain_copy):
            _fresh(leftover)
        os.sync()

    reps = bench.reps(3, 2)
    values, floors = _alternating(reps, ours(), floor, settle)
    bare, floors_bare = _alternating(reps, unverified, floor, settle)
    checked, floors_checked = _alternating(reps, ours(full_check=True), floor, settle)
    for leftover in (floor_copy, plain_copy):
        _fresh(leftover)
    name = f"backup_{_size_label(LARGE)}"
    return [Figure(name, median(values), median(floors), target_ratio=1.2, target_ms=5000, samples=reps),
            Figure(f"{name}_unverified", median(bare), median(floors_bare), target_ratio=1.2, samples=reps),
            Figure(f"{name}_integrity_check", median(checked), median(floors_checked), samples=reps)]


# -- client import from Excel ---------------------------------------------------------------------

IMPORT_ROWS = 50_000  # client_import.MAX_ROWS: the largest file the import takes


def _import_workbook(bench: Bench) -> Path:
    """A client list of IMPORT_ROWS fictitious people (test personnummer, every other with a referral,
    so 25 000 cases), as an office's Excel list, written once per run with openpyxl's streaming writer."""
    path = bench.workdir / f"klienter-{_size_label(IMPORT_ROWS)}.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from app.models.client_import import COLUMNS
    from app.models.personnummer import with_check_digit

    log(f"writing a client list of {IMPORT_ROWS:,} rows …")
    firsts = ("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Åsa", "Örjan")
    lasts = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Öberg", "Persson")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Klienter")
    sheet.append([c.header for c in COLUMNS])
    born = dt.date(1965, 1, 1)
    for n in range(IMPORT_ROWS):
        pnr = with_check_digit(born + dt.timedelta(days=n // 20), 980 + n % 20)  # 20 test serials a day
        referral = n % 2 == 0
        values = {"Förnamn": firsts[n % len(firsts)], "Efternamn": lasts[n // len(firsts) % len(lasts)],
                  "Personnummer": f"{pnr[:8]}-{pnr[8:]}", "Kön": "Man" if n % 2 else "Kvinna",
                  "Utbildning": "Gymnasial", "Telefon": "070-174 06 55", "E-post": f"k{n}@example.com"}
        if referral:
            values |= {"Remissdatum": dt.date(2026, 10, 1), "Remittent": "Arbetsledare",
                       "Målgrupp": "Medarbetare på AMA", "Orsak": "Behöver stöd med struktur"}
        sheet.append([values.get(c.header) for c in COLUMNS])
    streamed = bench.workdir / "streamed.xlsx"
    book.save(streamed)
    _with_dimension(streamed, path, f"A1:{get_column_letter(len(COLUMNS))}{IMPORT_ROWS + 1}")
    streamed.unlink()
    return path


def _with_dimension(source: Path, target: Path, ref: str) -> None:
    """The workbook with the sheet's <dimension> as Excel writes it: openpyxl's streaming writer leaves
    it out, and a reader then scans the whole sheet for it before the first row (both the import and
    its floor would pay that for a file no office has)."""
    import zipfile

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetViews>", f'<dimension ref="{ref}"/><sheetViews>'.encode(), 1)
            out.writestr(item, data)


def _empty_store(bench: Bench, name: str) -> Store:
    """A new database with one signed-in user, for importing into."""
    from app.models.store import Store

    path = bench.workdir / f"{name}.sqlite"
    path.unlink(missing_ok=True)
    store = Store.open(path)
    password = "bänkens lösenord"
    user = store.users.create("Bänk Bänksson", "arbetsterapeut", password)
    store.users.sign_in(user.id, password)
    return store


def _bare_read(path: Path) -> None:
    """The floor: openpyxl in read-only mode iterating every cell value of the file."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        for _ in book.worksheets[0].iter_rows(values_only=True):
            pass
    finally:
        book.close()


@figure
def import_preview_50k(bench: Bench) -> list[Figure]:
    """The import's preview of a 50 000-row client list (client_import.read_import: the zip check,
    reading, every row checked with the services' checks, nothing written) into an empty database,
    against openpyxl reading the same file in read-only mode. Target under 10 s."""
    from app.models.client_import import read_import

    path = _import_workbook(bench)
    store = _empty_store(bench, "import-preview")
    try:
        reps = bench.reps(3, 1)
        log(f"import preview, {IMPORT_ROWS:,} rows: {reps} runs each …")
        values, floors = [], []
        for _ in range(reps):
            floors.append(time_ms(lambda: _bare_read(path)))
            values.append(time_ms(lambda: read_import(path, store)))
        return [Figure(f"import_preview_{_size_label(IMPORT_ROWS)}", median(values), median(floors), target_ms=10_000,
                       samples=reps)]
    finally:
        store.close()


@figure(full_only=True)
def import_50k(bench: Bench) -> list[Figure]:
    """Importing the previewed 50 000 rows (client_import.import_rows: each row checked again in the
    one transaction, 50 000 clients and 25 000 cases written through the services, an access-log row
    each) into an empty database, against openpyxl reading the same file. Target under 30 s."""
    from app.models.client_import import import_rows, read_import

    path = _import_workbook(bench)
    reps = bench.reps(3, 1)
    log(f"import, {IMPORT_ROWS:,} rows: {reps} runs each …")
    values, floors = [], []
    for run in range(reps):
        store = _empty_store(bench, f"import-{run}")
        try:
            preview = read_import(path, store)
            floors.append(time_ms(lambda: _bare_read(path)))
            values.append(time_ms(lambda: import_rows(store, preview)))  # noqa: B023 - called at once
        finally:
            store.close()
    return [Figure(f"import_{_size_label(IMPORT_ROWS)}", median(values), median(floors), target_ms=30_000,
                   samples=reps)]


# -- running ---------------------------------------------------------------------------------------

def run_figures(quick: bool = False, verbose: bool = False, only: list[str] | None = None) -> dict[str, Any]:
    """Run every registered figure (or those whose function ``only`` names) on fresh scratch
    databases; the report as a dict."""
    unknown = set(only or ()) - {entry.fn.__name__ for entry in FIGURES}
    if unknown:
        raise SystemExit(f"no such figure: {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    figures: list[Figure] = []
    errors: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="atama-bench-") as tmp:
        bench = Bench(Path(tmp), quick=quick, verbose=verbose)
        try:
            for entry in FIGURES:
                # a figure named with --only runs under --quick too (e.g. --quick --only backup_100k)
                if (quick and entry.full_only and not only) or (only and entry.fn.__name__ not in only):
                    continue
                try:
                    figures.extend(entry.fn(bench))
                except Exception as exc:  # noqa: BLE001 - one broken figure must not hide the rest
                    log(f"figure {entry.fn.__name__} failed:\n{traceback.format_exc()}")
                    errors.append({"figure": entry.fn.__name__, "error": f"{type(exc).__name__}: {exc}"})
        finally:
            bench.close()
    report: dict[str, Any] = {
        "figures": [f.as_json() for f in figures],
        "meta": {
            "quick": quick,
            "total_s": round(time.perf_counter() - started, 1),
            "databases": bench.build_s,
            "python": sys.version.split()[0],
            "pyside6": _pyside_version(),
        },
    }
    if errors:
        report["errors"] = errors
    return report


def _pyside_version() -> str:
    try:
        import PySide6

        return PySide6.__version__
    except Exception:  # noqa: BLE001
        return "?"


def summary_line(report: dict[str, Any]) -> str:
    """One line for stderr: the figures that broke, then those that missed a target, and by how much."""
    broken = [e["figure"] for e in report.get("errors", ())]
    missed = []
    for f in report["figures"]:
        if f["ok"]:
            continue
        fig = Figure(f["name"], f["value_ms"], f["floor_ms"], f["target_ratio"], f["target_ms"])
        missed.append(f"{f['name']} ({'; '.join(fig.misses())})")
    parts = [f"broken figures: {', '.join(broken)}"] if broken else []
    if missed:
        parts.append(f"missed targets: {', '.join(missed)}")
    return "; ".join(parts) or f"all {len(report['figures'])} figures within target"


def run_bench(quick: bool = False, verbose: bool = False, only: list[str] | None = None) -> int:
    """Print the report as JSON on stdout; 0 even when targets are missed, 1 if a figure broke."""
    report = run_figures(quick=quick, verbose=verbose, only=only)
    print(json.dumps(report, ensure_ascii=False, indent=2), flush=True)
    log(summary_line(report))
    log(f"total {report['meta']['total_s']} s")
    return 1 if report.get("errors") else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/bench.py", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, 10 000 clients only")
    parser.add_argument("--verbose", action="store_true", help="per-keystroke and per-run timings on stderr")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this figure function (repeatable)")
    args = parser.parse_args(argv)
    return run_bench(quick=args.quick, verbose=args.verbose, only=args.only)


if __name__ == "__main__":
    raise SystemExit(main())
