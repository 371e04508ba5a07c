"""The demo's AWP and AWC of one work task: enough cases for the comparison to show."""

from __future__ import annotations

from app.models import work_match
from app.models.demo import make_demo_database
from app.models.demo.work_match import WORK_TASKS
from app.models.store import Store
from tests.support import FIXED_NOW


def test_some_demo_cases_set_an_awp_against_an_awc(tmp_path):
    path = tmp_path / "demo.sqlite"
    make_demo_database(path, clients=200, seed=7, clock=lambda: FIXED_NOW)
    store = Store.open(path, clock=lambda: FIXED_NOW)
    try:
        tasks = {task for task, _ in WORK_TASKS}
        case_ids = [r["case_id"] for r in store.query(
            "SELECT DISTINCT case_id FROM assessments WHERE instrument_id = 'awc' AND instrument_version = '1.1'")]
        pairs = [(p, d) for case_id in case_ids
                 for p, d in work_match.latest_pairs(work_match.candidates(store, case_id))
                 if d.texts.get("work_task") in tasks]
        assert len(pairs) >= 5
        found = [work_match.match_of(p, d) for p, d in pairs]
        assert all(len(f.items) == 14 and all(i.compared for i in f.items) for f in found)  # all rated in both
        assert any(f.gaps for f in found) and any(len(f.gaps) < 14 for f in found)
        assert all(work_match.latest_match(store, p.case_id) is not None for p, _ in pairs)
    finally:
        store.close()
