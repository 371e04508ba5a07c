"""The bench's report: one JSON object on stdout with the expected figures. Shape only, no timing asserts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUICK_NAMES = {"start_to_first_paint_10k", "search_name_10k", "search_pnr_10k", "open_case_200_notes",
               "open_weis_form_and_results", "todo_page_10k", "plan_pdf", "sus_workbook_write_10k",
               "sus_workbook_10k"}
KEYS = {"name", "value_ms", "floor_ms", "ratio", "target_ratio", "target_ms", "ok"}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    """``python -m app bench --quick`` in a fresh process (as a user runs it), with the user's
    database pointed at a path that must stay untouched."""
    home = tmp_path_factory.mktemp("home")
    user_db = home / "must-not-exist.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ATAMA_DB=str(user_db))
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(user_db), "bench", "--quick"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )
    return done, user_db


def test_exits_zero_and_prints_one_json_object(quick_run):
    done, _ = quick_run
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)  # the whole of stdout is the object: logs go to stderr
    assert isinstance(report, dict)
    assert isinstance(report["figures"], list)
    assert "errors" not in report


def test_every_figure_has_the_shape(quick_run):
    report = json.loads(quick_run[0].stdout)
    for fig in report["figures"]:
        assert KEYS <= fig.keys(), fig
        assert isinstance(fig["name"], str)
        assert fig["value_ms"] > 0 and fig["floor_ms"] > 0, fig
        assert fig["ratio"] == pytest.approx(fig["value_ms"] / fig["floor_ms"], rel=1e-3), fig
        assert isinstance(fig["ok"], bool)
        for key in ("target_ratio", "target_ms"):
            assert fig[key] is None or fig[key] > 0, fig


def test_expected_figures_present_and_quick_skips_100k(quick_run):
    names = [f["name"] for f in json.loads(quick_run[0].stdout)["figures"]]
    assert set(names) == QUICK_NAMES
    assert len(names) == len(set(names))


def test_ok_agrees_with_targets(quick_run):
    for fig in json.loads(quick_run[0].stdout)["figures"]:
        within = (fig["target_ratio"] is None or fig["ratio"] <= fig["target_ratio"]) and (
            fig["target_ms"] is None or fig["value_ms"] <= fig["target_ms"])
        assert fig["ok"] == within, fig


def test_summary_on_stderr_and_user_database_untouched(quick_run):
    done, user_db = quick_run
    assert "missed targets:" in done.stderr or "within target" in done.stderr
    assert not user_db.exists()


def test_summary_line_names_missed_targets():
    from app.bench import Figure, summary_line

    slow = Figure("slow", value_ms=50, floor_ms=10, target_ratio=2.0, target_ms=30)
    fine = Figure("fine", value_ms=5, floor_ms=4, target_ratio=2.0)
    line = summary_line({"figures": [slow.as_json(), fine.as_json()]})
    assert line.startswith("missed targets: slow")
    assert "ratio 5.00 > 2" in line and "50.0 ms > 30 ms" in line
    assert "fine" not in line
    assert not slow.ok and fine.ok
