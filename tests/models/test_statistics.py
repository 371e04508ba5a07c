"""The figures the unit reports (app/models/statistics.py), checked against numbers worked out by hand
from a small set of fictitious clients, and against the services where both answer the same question."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.models.caseload import caseload_rows
from app.models.demo import make_demo_database
from app.models.errors import ValidationError
from app.models.instrument_data import instrument_rows, pseudonym, pseudonym_secret
from app.models.interventions import InterventionInput, MeetingInput
from app.models.statistics import (
    ANONYMOUS,
    MISSING,
    NOT_CLOSED,
    age_band,
    age_on,
    intervention_stats,
    sus_tables,
)
from app.models.store import Store
from tests.models.sus_people import PERIOD, add_groups, build_sus_people
from tests.support import FIXED_NOW, TODAY, make_pnr


@pytest.fixture
def people(store):
    p = build_sus_people(store)
    add_groups(store, p)
    return p


# -- the SUS tables, by hand ---------------------------------------------------------------------

def test_overview_counts(store, people):
    r = sus_tables(store, *PERIOD)
    assert (r.clients_total, r.anonymous, r.participants) == (7, 1, 6)
    assert (r.cases_active, r.cases_started, r.cases_closed) == (8, 5, 4)
    assert (r.group_sessions, r.group_clients, r.group_guests, r.group_participants) == (3, 3, 5, 8)
    assert (r.plan_day, r.plan_current, r.plan_total) == (dt.date(2026, 6, 30), 1, 4)


def test_age_by_gender(store, people):
    t = sus_tables(store, *PERIOD).table("alder_kon")
    assert t.columns == ("Kvinna", "Man", "Annat", "Totalt")
    assert t.rows == (
        ("16–24", (2, 0, 0, 2)),   # Alva (24, a day short of 25), Berit (21, birth year only)
        ("25–34", (0, 1, 0, 1)),   # David at his first case in the period
        ("35–44", (0, 0, 1, 1)),   # Eli, 35 on the referral day (samordningsnummer)
        ("45–54", (0, 0, 0, 0)),
        ("55–64", (1, 1, 0, 2)),   # Ingrid 64, Carl 55
        ("Övriga åldrar", (0, 0, 0, 0)),
    )
    assert t.totals == (3, 2, 1, 6)
    assert t.share(2, 0) == pytest.approx(2 / 3)
    assert t.share(2, 3) == pytest.approx(1 / 3)


def test_education_by_gender(store, people):
    t = sus_tables(store, *PERIOD).table("utbildning")
    assert t.rows == (
        ("Förgymnasial", (0, 1, 0, 1)),
        ("Gymnasial", (1, 0, 0, 1)),
        ("Eftergymnasial", (2, 1, 0, 3)),
        ("Okänd", (0, 0, 1, 1)),
    )
    assert t.totals == (3, 2, 1, 6)


def test_income_source_before_and_after(store, people):
    t = sus_tables(store, *PERIOD).table("forsorjning")
    assert t.columns == ("Före", "Efter")
    assert t.rows == (
        ("Ingen offentlig försörjning", (1, 1)),
        ("Försörjningsstöd", (1, 0)),
        ("Aktivitetsstöd", (1, 0)),
        ("Aktivitetsersättning", (0, 0)),
        ("Sjukpenning/rehabiliteringspenning", (1, 0)),
        ("A-kassa", (1, 0)),
        ("Annan", (0, 1)),
        (MISSING, (1, 0)),      # Eli has no "before"
        (NOT_CLOSED, (0, 4)),   # Berit, Carl (closed after the period), David (case B), Eli
    )
    assert t.totals == (6, 6)
    assert t.share(4, 1) == pytest.approx(4 / 6)


def test_occupation_before_and_after(store, people):
    t = sus_tables(store, *PERIOD).table("sysselsattning")
    assert t.rows == (
        ("Subventionerat arbete", (1, 0)),
        ("Ej subventionerat arbete", (0, 1)),
        ("Arbetslös", (2, 0)),
        ("Sjukskriven", (1, 0)),
        ("Praktik/arbetsträning", (1, 0)),
        ("Studier", (0, 1)),
        ("Annat", (0, 0)),
        (MISSING, (1, 0)),
        (NOT_CLOSED, (0, 4)),
    )


def test_outcomes_of_cases_closed_in_the_period(store, people):
    t = sus_tables(store, *PERIOD).table("utfall")
    counts = {label: values[0] for label, values in t.rows}
    assert counts["Reguljär anställning"] == 1  # Alva; anonymous Fredrik's is left out
    assert counts["Arbetsträning/praktik"] == 1  # David's first case
    assert counts["Studier"] == 1  # Ingrid (closed on the first day); Carl closed after the period
    assert counts["Flyttat"] == 0  # Helga closed before it
    assert t.totals == (3,) and t.chart == "pie"


def test_current_plan_share_and_groups(store, people):
    r = sus_tables(store, *PERIOD)
    plan = r.table("utvecklingsplan")
    assert plan.columns == ("Anna Andersson", "Hela enheten")
    assert plan.rows == (("Aktuell plan", (1, 1)), ("Ingen aktuell plan", (3, 3)))
    assert plan.totals == (4, 4)
    groups = r.table("grupper")
    assert dict(groups.rows)["ReDO™"] == (2, 2, 5)
    assert dict(groups.rows)["Friskvårdstimmen"] == (1, 2, 0)
    assert groups.totals == (3, 3, 5)  # Alva counted once in the total


def test_anonymous_clients_are_in_no_table(store, people):
    with store.transaction() as tx:
        tx.execute("UPDATE clients SET anonymous_in_stats = 1 WHERE id = ?", (people.alva.id,))
    r = sus_tables(store, *PERIOD)
    assert (r.clients_total, r.anonymous, r.participants) == (7, 2, 5)
    assert r.table("alder_kon").rows[0] == ("16–24", (1, 0, 0, 1))
    assert dict(r.table("utfall").rows)["Reguljär anställning"] == (0,)
    assert r.table("forsorjning").totals == (5, 5)


def test_a_period_with_nobody_in_it(store, people):
    r = sus_tables(store, dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert (r.clients_total, r.participants, r.cases_active) == (0, 0, 0)
    assert r.table("alder_kon").totals == (0, 0, 0, 0)
    assert r.table("forsorjning").share(0, 0) is None
    with pytest.raises(ValidationError):
        sus_tables(store, dt.date(2026, 2, 1), dt.date(2026, 1, 1))


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


def test_plan_share_agrees_with_the_plans_service(demo_path, tmp_path):
    import shutil

    copy = tmp_path / "copy.sqlite"
    shutil.copy(demo_path, copy)
    store = Store.open(copy, clock=lambda: FIXED_NOW)
    try:
        with store.transaction() as tx:
            tx.execute("UPDATE clients SET anonymous_in_stats = 0")  # the service counts everyone
        r = sus_tables(store, dt.date(2026, 1, 1), TODAY)
        share = store.plans.current_share(TODAY)
        assert share.total > 20 and 0 < share.current < share.total
        assert (r.plan_current, r.plan_total) == (share.current, share.total)
    finally:
        store.close()


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
    r = sus_tables(store, dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert (r.group_sessions, r.group_clients, r.group_guests) == (1, 1, 5)  # only the one of 2026-08-01
