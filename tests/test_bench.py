"""The bench (benchmarks/bench.py) as a user runs it: one JSON object on stdout in which every figure
was measured (value, floor and ratio are numbers), and a figure that breaks is reported as an error
and fails the run. No timing asserts: meeting the targets is the bench's to report."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "bench.py"
QUICK_NAMES = {"start_to_first_paint_10k", "search_name_10k", "search_pnr_10k", "open_case_200_notes",
               "open_weis_form_and_results", "todo_page_10k", "plan_pdf", "finsam_workbook_write_10k",
               "finsam_workbook_10k", "sign_note_10k", "sign_in_to_first_paint_10k", "open_case_logged_10k",
               "import_preview_50k", "search_encrypted_10k", "start_to_first_paint_encrypted_10k",
               "journal_copy_1mb"}
MEASURED = ("value_ms", "floor_ms", "ratio")


def problems(report: dict) -> list[str]:
    """What keeps a bench report from being a measurement, in words (empty when nothing does)."""
    found = [f"figure {e['figure']} broke: {e['error']}" for e in report.get("errors", [])]
    for fig in report["figures"]:
        for key in MEASURED:
            value = fig.get(key)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
                found.append(f"{fig.get('name')}: {key} is {value!r}")
        if not isinstance(fig.get("ok"), bool):
            found.append(f"{fig.get('name')}: ok is {fig.get('ok')!r}")
    return found


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    """``python -m app bench --quick`` in a fresh process, with the user's database pointed at a path
    that must stay untouched."""
    home = tmp_path_factory.mktemp("home")
    user_db = home / "must-not-exist.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ATAMA_DB=str(user_db))
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(user_db), "bench", "--quick"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    return done, user_db


@pytest.mark.slow
def test_quick_run_measures_every_expected_figure(quick_run):
    done, _ = quick_run
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)  # the whole of stdout is the object: logs go to stderr
    assert problems(report) == []
    names = [f["name"] for f in report["figures"]]
    assert sorted(names) == sorted(QUICK_NAMES)  # every figure once; --quick skips the 100k ones
    for fig in report["figures"]:
        assert fig["ratio"] == pytest.approx(fig["value_ms"] / fig["floor_ms"], rel=1e-3), fig
        within = (fig["target_ratio"] is None or fig["ratio"] <= fig["target_ratio"]) and (
            fig["target_ms"] is None or fig["value_ms"] <= fig["target_ms"])
        assert fig["ok"] == within, fig


@pytest.mark.slow
def test_quick_run_summary_names_each_missed_target_and_leaves_the_user_database_alone(quick_run):
    done, user_db = quick_run
    missed = {f["name"] for f in json.loads(done.stdout)["figures"] if not f["ok"]}
    summary, total = [line for line in done.stderr.splitlines() if line.startswith("[bench] ")][-2:]
    assert total.startswith("[bench] total "), done.stderr[-2000:]
    if missed:  # exactly the missed figures, each with how much it missed by: "name (ratio 5.00 > 2)"
        assert summary.startswith("[bench] missed targets: "), summary
        entries = summary.removeprefix("[bench] missed targets: ").removesuffix(")").split("), ")
        assert {entry.split(" (", 1)[0] for entry in entries} == missed, summary
        assert all(" > " in entry for entry in entries), summary
    else:
        assert summary == f"[bench] all {len(QUICK_NAMES)} figures within target"
    assert not user_db.exists()


# Registers a figure that raises and one that misses its targets, then runs only those two.
BROKEN_AND_MISSED = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("bench", sys.argv[1])
bench = importlib.util.module_from_spec(spec)
sys.modules["bench"] = bench
spec.loader.exec_module(bench)

@bench.figure
def broken(b):
    raise RuntimeError("trasig mätning")

@bench.figure
def missed(b):
    return [bench.Figure("slow", value_ms=50, floor_ms=10, target_ratio=2.0, target_ms=30),
            bench.Figure("fine", value_ms=5, floor_ms=4, target_ratio=2.0)]

sys.exit(bench.main(["--quick", "--only", "broken", "--only", "missed"]))
"""


def test_a_figure_that_raises_is_an_error_and_fails_the_run(tmp_path):
    done = subprocess.run([sys.executable, "-c", BROKEN_AND_MISSED, str(BENCH)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["errors"] == [{"figure": "broken", "error": "RuntimeError: trasig mätning"}]
    assert problems(report) == ["figure broken broke: RuntimeError: trasig mätning"]
    assert {f["name"]: f["ok"] for f in report["figures"]} == {"slow": False, "fine": True}
    summary = done.stderr.strip().splitlines()[-2]
    assert summary == "[bench] broken figures: broken; missed targets: slow (ratio 5.00 > 2; 50.0 ms > 30 ms)"


@pytest.mark.parametrize("value", [None, "12.5", float("nan"), 0, True])
def test_a_figure_without_a_measured_number_is_a_problem(value):
    fig = {"name": "search_name_10k", "value_ms": 4.2, "floor_ms": 3.1, "ratio": 1.35, "ok": True}
    assert problems({"figures": [fig]}) == []
    assert problems({"figures": [{**fig, "floor_ms": value}]}) == [f"search_name_10k: floor_ms is {value!r}"]
