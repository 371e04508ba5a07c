"""The share of AMA employees with a current development plan is one rule (app/models/plan_share.py):
the service, Att göra and the Finsam workbook give the same figure for a past day and for a period
whose cases closed on its last day. The plans are written as the year goes by (the clock moves)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.exporters.xlsx import write_finsam_xlsx
from app.models.cases import CaseInput
from app.models.closure import ClosureInput, SituationInput
from app.models.finsam import finsam_report
from app.models.plan_share import measured_cases, share_per_responsible
from app.models.plans import PlanInput
from tests.exporters.xlsx_support import read_back, rows_of
from tests.support import FIXED_NOW

PAST_DAY = dt.date(2026, 6, 20)
SHARE_ROW = "AMA-medarbetare med aktuell utvecklingsplan (period, mätt sista dagen eller avslutsdagen)"


def at(store, day: str) -> None:
    store._clock = lambda: dt.datetime.fromisoformat(f"{day} 10:00")


@pytest.fixture
def year(store, add_client):
    """Cases written through 2026 (today is 2026-11-20):

    a  agreed 03-01, follow-up 06-15 held that day, next 09-01: current on 06-20 (and not today)
    b  agreed 03-01, follow-up 04-01 never held: overdue on 06-20 and today
    c  agreed 10-01 with a follow-up 12-01: current today, but had no agreed plan on 06-20
    d  agreed 03-01, follow-up 05-01 held late on 07-01, next 12-10: overdue on 06-20, current today
    e  agreed 03-01, follow-up 07-15, closed 06-30: current on the day it closed
    All referred 2026-02-01.
    """
    cases = {}

    def case(key, referral, **kw):
        at(store, referral)
        client = add_client(first_name=key.upper(), personnummer="")
        cases[key] = store.cases.open(client.id, CaseInput(referral_date=referral, referred_by="arbetsledare",
                                                           target_group="ama_medarbetare", **kw))
        return cases[key]

    def plan(key, day, follow_up):
        at(store, day)
        version = store.plans.save(cases[key].id, PlanInput(main_goal="Arbeta halvtid", follow_up_date=follow_up))
        store.plans.agree(version.id, day, "Klienten och arbetsterapeuten")

    for key in "abcde":
        case(key, "2026-02-01")
    plan("a", "2026-03-01", "2026-06-15")
    plan("b", "2026-03-01", "2026-04-01")
    plan("d", "2026-03-01", "2026-05-01")
    plan("e", "2026-03-01", "2026-07-15")
    at(store, "2026-06-15")
    store.plans.record_follow_up(cases["a"].id, "2026-06-15", next_follow_up="2026-09-01")
    at(store, "2026-06-30")
    store.process.save_answer(cases["e"].id, "utreda.vem", "Fiktiv testklient.")
    closure = ClosureInput(outcome="studier", closed_date="2026-06-30", reason="Testärende",
                           after=SituationInput("studier", "annan", 100))
    store.closure.close_case(cases["e"].id, closure)
    at(store, "2026-07-01")
    store.plans.record_follow_up(cases["d"].id, "2026-07-01", next_follow_up="2026-12-10")
    plan("c", "2026-10-01", "2026-12-01")
    store._clock = lambda: FIXED_NOW
    return cases


def _workbook_share(store, tmp_path, start, end) -> tuple:
    path = tmp_path / "finsam.xlsx"
    write_finsam_xlsx(store, path, period_from=start, period_to=end)
    overview = {row[0]: row[1:] for row in rows_of(read_back(path)["Översikt"], 2)}
    return overview[SHARE_ROW][0], overview["AMA-medarbetare under perioden"][0]


def test_a_past_day_reads_the_same_in_the_service_att_gora_and_the_export(store, year, tmp_path):
    service = store.plans.current_share(PAST_DAY)
    assert (service.current, service.total) == (2, 5)  # a and e; not b, d (overdue then), c (not agreed then)
    todo = store.todo.overview(None, PAST_DAY).plan_share
    report = finsam_report(store, PAST_DAY, PAST_DAY).plan_share
    assert todo == service == report
    # the export's cells say it too (2 is under the threshold of 3 and is shown as "<3")
    assert _workbook_share(store, tmp_path, PAST_DAY, PAST_DAY) == ("<3", 5)


def test_today_follows_the_plans_as_they_are_now(store, year):
    share = store.plans.current_share()
    assert (share.current, share.total) == (2, 4)  # c and d; a's 09-01 and b's 04-01 passed; e closed
    assert store.todo.overview(None).plan_share == share
    assert {c.case_id: c.current for c in measured_cases(store)} == {
        year["a"].id: False, year["b"].id: False, year["c"].id: True, year["d"].id: True}


def test_a_period_whose_cases_closed_on_its_last_day(store, year, tmp_path):
    """Measured on the day each case closed, the case that closed on the period's last day counts
    (it read 0 of 0 when only cases open after the period were counted)."""
    start, end = dt.date(2026, 6, 1), dt.date(2026, 6, 30)
    with store.transaction() as tx:  # leave only e in the period: the others start later
        tx.execute("UPDATE cases SET target_group = 'annan' WHERE id != ?", (year["e"].id,))
    service = store.plans.current_share(end, period_from=start)
    assert (service.current, service.total) == (1, 1)
    assert finsam_report(store, start, end).plan_share == service
    assert store.todo.overview(None, end).plan_share == service  # the last day: e is worked with that day
    assert store.plans.current_share(end + dt.timedelta(days=1)).total == 0  # and not the day after
    assert _workbook_share(store, tmp_path, start, end) == ("<3", "<3")


def test_every_client_counts_anonymous_and_protected_too(store, year):
    with store.transaction() as tx:
        tx.execute("UPDATE clients SET anonymous_in_stats = 1, protected_identity = 1")
    assert store.plans.current_share(PAST_DAY).total == 5


def test_per_responsible_is_for_the_unit_only(store, year, user):
    per = dict(share_per_responsible(measured_cases(store, PAST_DAY)))
    assert list(per) == [user.name] and (per[user.name].current, per[user.name].total) == (2, 5)
