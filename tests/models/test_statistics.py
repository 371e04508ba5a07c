"""The figures the unit reports (app/models/statistics.py), checked against numbers worked out by hand
from a small set of fictitious clients, and against the services where both answer the same question."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.models.caseload import caseload_rows
from app.models.demo import make_demo_database
from app.models.instrument_data import instrument_rows, pseudonym, pseudonym_secret
from app.models.interventions import InterventionInput, MeetingInput
from app.models.statistics import (
    ANONYMOUS,
    age_band,
    age_on,
    group_activities,
    intervention_stats,
)
from app.models.store import Store
from tests.models.sus_people import PERIOD, add_groups, build_sus_people
from tests.support import FIXED_NOW, make_pnr


@pytest.fixture
def people(store):
    p = build_sus_people(store)
    add_groups(store, p)
    return p


# -- group activities -----------------------------------------------------------------------------

def test_group_activities_in_the_period(store, people):
    table, sessions, clients, guests = group_activities(store, *PERIOD)
    assert (sessions, clients, guests) == (3, 3, 5)  # ReDO twice (Alva, Fredrik; 2 + 3 guests), Friskvård once
    assert table.rows[:2] == (("ReDO™", (2, 2, 5)), ("Friskvårdstimmen", (1, 2, 0)))
    assert table.totals == (3, 3, 5)  # Alva in both kinds counts once in the total


def test_age_rules():
    assert age_on("2026-02-01", "200102029824", False, 2001) == 24
    assert age_on("2026-02-02", "200102029824", False, 2001) == 25
    assert age_on("2026-03-07", "199103679826", True, 1991) == 35  # samordningsnummer: day 67 is the 7th
    assert age_on("2026-01-01", None, False, 2004) == 22  # birth year only: the age reached that year
    assert [age_band(a) for a in (15, 16, 24, 25, 64, 65)] == [
        "Övriga åldrar", "16–24", "16–24", "25–34", "55–64", "Övriga åldrar"]


# -- agreement with the services ------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    make_demo_database(path, clients=300, seed=3, clock=lambda: FIXED_NOW)
    return path


def test_caseload_rows_agree_with_the_case_page(demo_path):
    store = Store.open(demo_path, clock=lambda: FIXED_NOW)
    try:
        rows = caseload_rows(store)
        assert len(rows) == store.query_value("SELECT count(*) FROM cases")
        steps = store.process.current_steps([r.case_id for r in rows])
        for r in rows:
            case = store.cases.get(r.case_id)
            client = store.clients.get(case.client_id)
            assert r.plan_status == store.plans.status(r.case_id).label
            assert r.next_follow_up == store.plans.status(r.case_id).next_follow_up
            assert r.current_step == steps[r.case_id]
            assert (r.case_number, r.client_name, r.id_display) == (
                case.case_number, f"{client.last_name}, {client.first_name}", client.id_display)
            closure = store.closure.get(r.case_id)
            assert r.outcome == (closure.outcome_label if closure else "")
        assert any(r.plan_status.startswith("Aktuell plan") for r in rows)
        assert any(r.plan_status == "Ingen utvecklingsplan" for r in rows)
        mine = caseload_rows(store, user_id=1, include_closed=False)
        assert mine and all(r.status == "Aktiv" for r in mine)
        assert len(mine) == store.query_value(
            "SELECT count(*) FROM cases WHERE responsible_user_id = 1 AND status = 'aktiv'")
    finally:
        store.close()


# -- interventions and meetings --------------------------------------------------------------------

def test_intervention_stats_by_model_kind_and_gender(store, add_client, open_case):
    woman = add_client(first_name="Kerstin", gender="kvinna")
    man = add_client(first_name="Mats", gender="man")
    hidden = add_client(first_name="Nils", gender="man", anonymous_in_stats=True)
    cases = {c: open_case(c.id, referral_date="2026-02-01") for c in (woman, man, hidden)}
    add = store.interventions.add
    add(cases[woman].id, InterventionInput("2026-03-01", 45, "kompensation", "hjalpmedel"))
    add(cases[woman].id, InterventionInput("2026-03-02", 30, "kompensation", "hjalpmedel"))
    add(cases[woman].id, InterventionInput("2026-09-01", 60, "pedagogisk", "undervisning_rad"))
    add(cases[man].id, InterventionInput("2026-03-05", 20, "kompensation", "hjalpmedel"))
    add(cases[man].id, InterventionInput("2026-03-06", 90, "aktivitetstraning", "annan", text="Träning i köket"))
    add(cases[hidden].id, InterventionInput("2026-04-01", 15, "kompensation", "hjalpmedel"))
    store.interventions.add_meeting(cases[woman].id, MeetingInput("2026-03-10", "avstamningsmote", ["af", "fk"],
                                                                  participants="Kerstin, Af, FK"))
    store.interventions.add_meeting(cases[man].id, MeetingInput("2026-03-11", "kontaktmote", ["af"],
                                                                participants="Mats, Af"))

    stats = intervention_stats(store, *PERIOD)
    assert stats.groups == ("Kvinna", "Man", "Annat", ANONYMOUS)
    assert [(r.model_label, r.kind_label, r.count, r.minutes, r.by_group) for r in stats.rows] == [
        ("Kompensation", "Hjälpmedel/arbetshjälpmedel", 4, 110, ((2, 75), (1, 20), (0, 0), (1, 15))),
        ("Aktivitetsträning", "Annan", 1, 90, ((0, 0), (1, 90), (0, 0), (0, 0))),
    ]
    assert (stats.count, stats.minutes, stats.clients) == (5, 200, 3)
    meetings = stats.meetings
    assert meetings.columns[:2] == ("Kontaktmöte", "Avstämningsmöte") and meetings.columns[-1] == "Totalt"
    rows = dict(meetings.rows)
    assert rows["Arbetsförmedlingen"][:2] == (1, 1) and rows["Arbetsförmedlingen"][-1] == 2
    assert rows["Försäkringskassan"][:2] == (0, 1) and rows["Försäkringskassan"][-1] == 1
    assert meetings.totals[:2] == (1, 1) and meetings.totals[-1] == 2  # a meeting with Af and FK counts once

    everything = intervention_stats(store)
    assert (everything.count, everything.minutes) == (6, 260)
    assert everything.rows[-1].model_label == "Pedagogisk modell"


# -- pseudonymous instrument data ------------------------------------------------------------------

def test_pseudonyms_are_stable_keyed_and_short(store):
    assert store.settings.get("pseudonym_secret") is None
    secret = pseudonym_secret(store)
    assert len(secret) == 32 and store.settings.get("pseudonym_secret") == secret.hex()
    assert pseudonym_secret(store) == secret  # made once
    first = pseudonym(secret, 1)
    assert re.fullmatch(r"P-[0-9A-F]{12}", first)
    assert pseudonym(secret, 1) == first and pseudonym(secret, 2) != first
    assert pseudonym(b"another database" * 2, 1) != first


def test_instrument_rows_name_no_one(store, add_client, open_case):
    pnr = make_pnr(dt.date(1988, 4, 9), 986)
    client = add_client(first_name="Wilma", last_name="Skattadsson", personnummer=pnr, gender="kvinna")
    case = open_case(client.id)
    weis = store.assessments.start(case.id, "weis-s", assessment_date="2026-11-10")
    items = weis.definition.items
    store.assessments.save_rating(weis.id, "professional", items[0].id, 4)
    store.assessments.save_rating(weis.id, "professional", items[1].id, na=True)
    store.assessments.complete(weis.id, confirm_open_items=True)
    store.assessments.start(case.id, "weis-s", assessment_date="2026-11-11")  # a draft: left out
    hidden = add_client(first_name="Olle", gender="man", anonymous_in_stats=True)
    other = store.assessments.start(open_case(hidden.id).id, "weis-s")
    store.assessments.complete(other.id, confirm_open_items=True)

    rows = list(instrument_rows(store))
    assert len(rows) == len(items)  # one part, every item, only Wilma's completed administration
    first, second, third = rows[:3]
    assert (first.item_id, first.value, first.not_applicable) == (items[0].id, 4, False)
    assert (second.value, second.not_applicable) == (None, True)
    assert (third.value, third.not_applicable) == (None, False)
    assert {r.pseudonym for r in rows} == {pseudonym(pseudonym_secret(store), client.id)}
    assert (first.gender, first.age_band, first.instrument_id, first.assessment_date) == (
        "Kvinna", "35–44", "weis-s", "2026-11-10")
    assert (first.administration, first.client_order, first.status, first.rater) == (1, 1, "Klar", "Arbetsterapeut")
    text = " ".join(str(v) for r in rows for v in vars(r).values())
    for secret in ("Wilma", "Skattadsson", pnr, pnr[2:], pnr[:8], case.case_number):
        assert secret not in text
    assert len(list(instrument_rows(store, include_drafts=True))) == 2 * len(items)
    assert list(instrument_rows(store, "doa")) == []


def test_planned_group_sessions_are_not_counted(store, people):
    redo = store.groups.all(kind="redo")[0]
    store.groups.add_session(redo.id, "2026-12-05")  # planned, after today
    _, sessions, clients, guests = group_activities(store, dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert (sessions, clients, guests) == (1, 1, 5)  # only the one of 2026-08-01
