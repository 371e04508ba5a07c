"""kill -9 loops (issue 12): a child process is killed with SIGKILL at a random moment, and then

- ``database``: the child writes journal notes, one transaction each and every fifth a batch of 20
  in one transaction, and prints each commit. After the kill the file is reopened: every reported
  commit is there with its text, every batch is all there or not at all, and
  ``PRAGMA integrity_check`` says ok;
- ``export``: the child makes a journal copy (PDF) or a caseload (streamed xlsx, whose sheets go to
  scratch files first), slowed down so that the kill lands before, during or after the temporary
  file is complete. The target must be absent, the old file or the new file, whole; after the next
  start's cleanup (app/temp_files.py) no hidden temporary file, scratch file or record remains, and
  nothing new in the system's temp folder.

    python scripts/kill_loop.py --runs 100               # both loops, 100 runs each (a few minutes)
    python scripts/kill_loop.py --runs 5 --only database # what the test suite runs (tests/models/test_kill_loop.py)

Prints one JSON line of figures; exit code 1 if any run found a problem (listed on stderr).
POSIX only (SIGKILL). Everything is fictitious (tests/builders.py)."""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BATCH = 20
KINDS = ("database", "export")


# -- the child processes ---------------------------------------------------------------------------

def _signed_in(db: str):
    from app.models.store import Store
    from tests.support import TEST_PASSWORD

    store = Store.open(db)
    store.users.sign_in(store.users.all()[0].id, TEST_PASSWORD)
    return store


def child_database(db: str, case_id: int) -> None:
    store = _signed_in(db)
    today = store.today().isoformat()
    print("ready", flush=True)
    for n in range(1_000_000):
        if n % 5 == 4:
            with store.transaction():
                ids = [store.notes.add(case_id, today, "samtal", f"Batch {n} nr {i}").id for i in range(BATCH)]
            print(f"batch {n} {' '.join(map(str, ids))}", flush=True)
        else:
            note = store.notes.add(case_id, today, "samtal", f"Anteckning {n}")
            print(f"commit {note.id} {n}", flush=True)


def child_export(db: str, case_id: int, target: str, kind: str, pause: float) -> None:
    """The export with pauses: after the writer began (``begun``) and when the temporary file is
    complete but not yet renamed (``written``)."""
    from openpyxl import Workbook

    import app.exporters.pdf as pdf
    from app.exporters.service import Exports

    def slowed(write):
        def run(*args, **kwargs):
            print("begun", flush=True)
            time.sleep(0.2)
            write(*args, **kwargs)
            print("written", flush=True)
            time.sleep(pause)
        return run

    if kind == "pdf":
        pdf.write_record_pdf = slowed(pdf.write_record_pdf)
    else:
        Workbook.save = slowed(Workbook.save)  # the sheets are in scratch files by then
    store = _signed_in(db)
    print("ready", flush=True)
    exports = Exports(store)
    if kind == "pdf":
        exports.record(case_id, target)
    else:
        exports.caseload(target)
    print("done", flush=True)


# -- the parent --------------------------------------------------------------------------------

class Child:
    """A child process whose stdout lines are collected as they come."""

    def __init__(self, *args: str):
        self.proc = subprocess.Popen([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, cwd=ROOT)
        self.lines: list[str] = []
        self.seen = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self.seen:
                self.lines.append(line.strip())
                self.seen.notify_all()
        with self.seen:
            self.seen.notify_all()

    def wait_for(self, word: str, timeout: float = 30) -> bool:
        deadline = time.monotonic() + timeout
        with self.seen:
            while not any(line.split(" ")[0] == word for line in self.lines):
                if self.proc.poll() is not None and not self.reader.is_alive():
                    return False
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.seen.wait(min(left, 0.2))
        return True

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL on POSIX
        self.proc.wait(timeout=30)  # reaped: no zombie whose pid still looks alive
        self.reader.join(timeout=30)

    def stderr(self) -> str:
        assert self.proc.stderr is not None
        return self.proc.stderr.read()[-2000:]


def make_database(path: Path, cases: int = 3) -> int:
    from app.models.store import Store
    from tests.builders import client_with_case
    from tests.support import TEST_PASSWORD, TEST_PASSWORD_HASH

    store = Store.open(path)
    try:
        anna = store.users.create("Anna Andersson", "arbetsterapeut", TEST_PASSWORD, password_hash=TEST_PASSWORD_HASH)
        store.users.sign_in(anna.id, TEST_PASSWORD)
        with store.transaction() as tx:
            tx.execute("UPDATE users SET must_change_password = 0")
        ids = [client_with_case(store, first_name=f"Testa{n}", last_name="Testsson").id for n in range(cases)]
        return ids[0]
    finally:
        store.close()


def database_run(work: Path, template: Path, case_id: int, rng: random.Random, max_delay: float) -> dict:
    from app.models.store import Store

    db = work / "atama.sqlite"
    shutil.copy(template, db)
    child = Child("database", str(db), str(case_id))
    problems: list[str] = []
    if not child.wait_for("ready"):
        child.kill()
        return {"problems": [f"the child did not start: {child.stderr()}"], "commits": 0}
    time.sleep(rng.uniform(0, max_delay))
    child.kill()
    store = Store.open(db)
    try:
        if (check := store.query_value("PRAGMA integrity_check")) != "ok":
            problems.append(f"integrity_check: {check}")
        texts = dict(store.query_tuples("SELECT id, text FROM notes"))
        commits = 0
        for line in child.lines:
            word, *rest = line.split(" ")
            if word == "commit":
                commits += 1
                note_id, n = int(rest[0]), rest[1]
                if texts.get(note_id) != f"Anteckning {n}":
                    problems.append(f"reported commit {note_id} ({n}) is missing or changed")
            elif word == "batch":
                commits += 1
                missing = [i for i in map(int, rest[1:]) if i not in texts]
                if missing or len(rest) != BATCH + 1:
                    problems.append(f"reported batch {rest[0]} lacks notes {missing}")
        for n in {t.split(" ")[1] for t in texts.values() if t.startswith("Batch ")}:
            if sum(t.startswith(f"Batch {n} nr ") for t in texts.values()) != BATCH:
                problems.append(f"batch {n} is in the file only in part")
        if len(texts) < sum(1 if ln.startswith("commit") else BATCH for ln in child.lines
                            if ln.startswith(("commit", "batch"))):
            problems.append("fewer notes in the file than reported")
    finally:
        store.close()
    for side in ("", "-wal", "-shm"):
        file = db.with_name(db.name + side)
        if os.name == "posix" and file.exists() and file.stat().st_mode & 0o777 != 0o600:
            problems.append(f"{file.name} is {oct(file.stat().st_mode & 0o777)}, not 0600")
    return {"problems": problems, "commits": commits}


def _whole(path: Path) -> bool:
    if path.suffix == ".pdf":
        data = path.read_bytes()
        return data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and "xl/workbook.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def export_run(work: Path, template: Path, case_id: int, rng: random.Random, data: Path,
               old: dict[str, bytes]) -> dict:
    from app.temp_files import PENDING, SCRATCH, clean_leftovers

    db = work / "atama.sqlite"
    shutil.copy(template, db)
    out = work / "ut"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    kind = rng.choice(("pdf", "xlsx"))
    target = out / ("Journalkopia.pdf" if kind == "pdf" else "Ärenden.xlsx")
    previous = old[kind] if rng.random() < 0.5 else None
    if previous is not None:
        target.write_bytes(previous)
    system_temp = {p.name for p in Path(tempfile.gettempdir()).glob("openpyxl.*")}
    stage = rng.choice(("ready", "begun", "written"))
    pause = rng.choice((30, 0))  # 0: the kill may land during the rename and the export log's commit
    child = Child("export", str(db), str(case_id), str(target), kind, str(pause))
    problems: list[str] = []
    if not child.wait_for(stage):
        problems.append(f"the child never reached {stage}: {child.stderr()}")
    time.sleep(rng.uniform(0, {"ready": 0.5, "begun": 0.25, "written": 0.05}[stage]))
    child.kill()
    if target.exists() and not _whole(target):
        problems.append(f"{target.name} is there but not whole")
    if target.exists() and previous is None and "done" not in child.lines and stage != "written":
        problems.append(f"{target.name} appeared though the export was killed before it was written")
    left = [p.name for p in out.iterdir() if p != target] + [p.name for p in (data / SCRATCH).glob("*")]
    removed = clean_leftovers(data)
    after = [p.name for p in out.iterdir() if p != target]
    after += [f"{SCRATCH}/{p.name}" for p in (data / SCRATCH).glob("*")]
    after += [f"{PENDING}/{p.name}" for p in (data / PENDING).glob("*")]
    after += [f"{tempfile.gettempdir()}/{name}" for name in
              {p.name for p in Path(tempfile.gettempdir()).glob("openpyxl.*")} - system_temp]
    if after:
        problems.append(f"left after the cleanup: {after}")
    if len(removed) < len([name for name in left if name.startswith(".") or name[0].isdigit()]):
        problems.append(f"the cleanup removed {removed}, but there were {left}")
    if stage == "written" and pause and not left:
        problems.append("killed with the temporary file complete, but there was none: the test saw nothing")
    return {"problems": problems, "kind": kind, "stage": stage if pause else f"{stage}, no pause",
            "leftovers": len(removed),
            "target": "new" if target.exists() and target.read_bytes() != previous else
                      "old" if target.exists() else "absent"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=int(os.environ.get("ATAMA_KILL_RUNS", "100")))
    parser.add_argument("--only", choices=KINDS, action="append", default=[])
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-delay", type=float, default=1.5, help="database: kill within this many seconds")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        what, *rest = args.child
        if what == "database":
            child_database(rest[0], int(rest[1]))
        else:
            child_export(rest[0], int(rest[1]), rest[2], rest[3], float(rest[4]))
        return 0
    if os.name != "posix":
        print("kill_loop.py needs POSIX (SIGKILL)", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    started = time.monotonic()
    report: dict = {"seed": seed, "runs": args.runs}
    failed = False
    with tempfile.TemporaryDirectory(prefix="atama-kill-") as scratch:
        root = Path(scratch)
        data = root / "data"
        from app.paths import DATA_ENV

        os.environ[DATA_ENV] = str(data)  # the children's user data folder (pending/, scratch/)
        template = root / "template.sqlite"
        case_id = make_database(template)
        for kind in args.only or KINDS:
            old: dict[str, bytes] = {}
            if kind == "export":
                old = _reference_files(root, template, case_id)
            results = []
            for run in range(args.runs):
                work = root / f"{kind}-{run}"
                work.mkdir()
                result = (database_run(work, template, case_id, rng, args.max_delay) if kind == "database"
                          else export_run(work, template, case_id, rng, data, old))
                for problem in result["problems"]:
                    failed = True
                    print(f"{kind} run {run}: {problem}", file=sys.stderr)
                results.append(result)
                shutil.rmtree(work, ignore_errors=True)
            report[kind] = _figures(kind, results)
    report["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(report, ensure_ascii=False))
    return 1 if failed else 0


def _reference_files(root: Path, template: Path, case_id: int) -> dict[str, bytes]:
    """A whole earlier PDF and workbook, to stand as the old file the export replaces."""
    from app.exporters.service import Exports
    from app.models.store import Store
    from tests.support import TEST_PASSWORD

    db = root / "reference.sqlite"
    shutil.copy(template, db)
    store = Store.open(db)
    try:
        store.users.sign_in(store.users.all()[0].id, TEST_PASSWORD)
        pdf = Exports(store).record(case_id, root / "old.pdf")
        xlsx = Exports(store).caseload(root / "old.xlsx")
        return {"pdf": pdf.read_bytes(), "xlsx": xlsx.read_bytes()}
    finally:
        store.close()


def _figures(kind: str, results: list[dict]) -> dict:
    figures: dict = {"problems": sum(len(r["problems"]) for r in results)}
    if kind == "database":
        commits = [r["commits"] for r in results]
        figures |= {"commits_checked": sum(commits), "min_commits_per_run": min(commits, default=0)}
    else:
        figures["leftovers_removed"] = sum(r["leftovers"] for r in results)
        for key in ("kind", "stage", "target"):
            counts: dict[str, int] = {}
            for r in results:
                counts[r[key]] = counts.get(r[key], 0) + 1
            figures[key] = counts
    return figures


if __name__ == "__main__":
    sys.exit(main())
