"""Uppföljning Finsam (app/models/finsam.py) with fictitious participants: who is anonymous (the
consent register decides), before/after only among those registered out, the running ones apart,
the grouped occupation, transitions, degree of occupation, and the small-number rule."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.errors import ValidationError
from app.models.finsam import (
    STILL_IN,
    began_or_increased,
    finsam_report,
    min_count,
    occupation_group,
    participants,
    suppressed,
)
from app.models.statistics import MISSING
from tests.models.sus_people import PERIOD, build_sus_people, effort

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 10, 31))


def _written(store, *cases) -> None:
    for case in cases:
        store.consents.add(case.id, "finsam", "skriftligt", "2026-02-01")


def test_the_consent_register_decides_who_is_reported_by_name(store):
    p = build_sus_people(store)
    _written(store, p.alva_case, p.carl_case, p.fredrik_case)  # Fredrik: anonymous_in_stats, but consented
    store.consents.add(p.berit_case.id, "finsam", "muntligt", "2026-02-01")  # oral: not enough for Finsam
    store.consents.add(p.david_b.id, "af", "skriftligt", "2026-04-01")  # a consent to someone else
    withdrawn = store.consents.add(p.ingrid_case.id, "finsam", "skriftligt", "2025-10-01")
    store.consents.withdraw(withdrawn.id, "2026-11-01")
    by_case = {x.case_id: x for x in participants(store, *PERIOD)}
    identified = {case_id for case_id, x in by_case.items() if x.identified}
    assert identified == {p.alva_case.id, p.carl_case.id, p.fredrik_case.id}
    anonymous = by_case[p.berit_case.id]
    assert (anonymous.gender, anonymous.budget_year) == ("kvinna", 2025)
    assert anonymous.anonymous_reason == "Inget skriftligt samtycke till Finsam"
    # an anonymous effort carries nothing but gender and budget year
    assert (anonymous.personnummer, anonymous.start_date, anonymous.education, anonymous.age,
            anonymous.occupation_before, anonymous.end_reason) == ("", "", "", None, "", "")
    assert not by_case[p.ingrid_case.id].identified  # withdrawn before the export
    assert len(by_case) == 8  # one row per effort: David's two cases are two


def test_protected_identity_is_anonymous_even_with_consent(store):
    case = effort(store, "Skyddad", "kvinna", "2026-03-01", protected=True)
    [row] = participants(store, *YEAR)
    assert row.case_id == case.id and not row.identified and row.anonymous_reason == "Skyddad identitet"
    assert row.personnummer == ""


def test_before_and_after_only_among_those_registered_out(store):
    """Three closed (two into work), two still in: "after" has the three, the two are a column of
    their own, and no "Ej avslutad" row makes the after column look like a collapse."""
    effort(store, "A", "kvinna", "2026-02-01", before=("praktik_arbetstraning", "aktivitetsstod", 50),
           closed=("2026-06-01", "reguljar_anstallning", "ej_subventionerat_arbete", "ingen_offentlig", 100))
    effort(store, "B", "kvinna", "2026-02-01", before=("arbetslos", "forsorjningsstod", 0),
           closed=("2026-06-01", "subventionerad_anstallning", "subventionerat_arbete", "ingen_offentlig", 75))
    effort(store, "C", "man", "2026-02-01", before=("sjukskriven", "sjukpenning", 0),
           closed=("2026-07-01", "ater_varden_fk", "sjukskriven", "sjukpenning", 0))
    effort(store, "D", "man", "2026-03-01", before=("arbetslos", "a_kassa", 0))
    effort(store, "E", "kvinna", "2026-09-01", before=("praktik_arbetstraning", "aktivitetsstod", 25),
           closed=("2026-11-15", "studier", "studier", "annan", 100))  # closed after the period: still in
    r = finsam_report(store, *YEAR)
    t = r.table("sysselsattning_grupp")
    assert t.columns[-3:] == ("Totalt före", "Totalt efter", STILL_IN)
    rows = dict(t.rows)
    assert rows["Arbete (med eller utan subvention)"][-3:] == (0, 2, 0)
    assert rows["Arbetslös, sjukskriven eller i praktik/arbetsträning"][-3:] == (3, 1, 2)
    assert t.totals[-3:] == (3, 3, 2)
    assert not any("Ej avslutad" in label for label, _ in t.rows)
    # by gender: Kvinna före/efter, Man före/efter
    assert rows["Arbete (med eller utan subvention)"][:4] == (0, 2, 0, 0)
    assert t.totals[:4] == (2, 2, 1, 1)
    detailed = dict(r.table("sysselsattning").rows)
    assert detailed["Praktik/arbetsträning"][-3:] == (1, 0, 1)
    assert detailed["Subventionerat arbete"][-3:] == (0, 1, 0)
    income = dict(r.table("forsorjning").rows)
    assert income["Ingen offentlig försörjning"][-3:] == (0, 2, 0)


def test_transitions_degree_and_began_or_increased(store):
    effort(store, "A", "kvinna", "2026-02-01", before=("praktik_arbetstraning", "aktivitetsstod", 50),
           closed=("2026-06-01", "reguljar_anstallning", "ej_subventionerat_arbete", "ingen_offentlig", 100))
    effort(store, "B", "man", "2026-02-01", before=("subventionerat_arbete", "ingen_offentlig", 50),
           closed=("2026-06-01", "okad_sysselsattningsgrad", "subventionerat_arbete", "ingen_offentlig", 75))
    effort(store, "C", "man", "2026-02-01", before=("studier", "annan", 100),
           closed=("2026-06-01", "studier", "studier", "annan", 100))
    effort(store, "D", "kvinna", "2026-02-01", before=("arbetslos", "a_kassa", 0),
           closed=("2026-06-01", "avbrutet", "arbetslos", "a_kassa", 0))
    r = finsam_report(store, *YEAR)
    moves = dict(r.table("overgangar").rows)
    # columns: after Arbete, Studier, Arbetslös/sjukskriven/praktik, Annat, Totalt
    assert moves["Praktik/arbetsträning"] == (1, 0, 0, 0, 1)  # from work training into work
    assert moves["Subventionerat arbete"] == (1, 0, 0, 0, 1)
    assert moves["Arbetslös"] == (0, 0, 1, 0, 1)
    assert dict(r.table("sysselsattningsgrad").rows) == {
        "Ökad": (1, 1, 0, 2), "Oförändrad": (1, 1, 0, 2), "Minskad": (0, 0, 0, 0)}
    assert "50 % före, 69 % efter" in r.table("sysselsattningsgrad").note  # (50+50+100+0)/4, (100+75+100+0)/4
    began = dict(r.table("paborjat").rows)
    assert began == {"Ja": (1, 1, 0, 2), "Nej": (1, 1, 0, 2)}  # A began work, B increased; C same, D none
    assert dict(r.table("avslut").rows)["Avbrutet"] == (1, 0, 0, 1)


def test_education_and_age_at_start_and_the_time_on_support_where_recorded(store):
    p = build_sus_people(store)
    _written(store, p.alva_case, p.david_a, p.david_b, p.eli_case)
    with store.transaction() as tx:  # her case is closed: as if recorded at the start (the form: test_closure)
        tx.execute("UPDATE situations_before SET public_support_time = '2_5_ar' WHERE case_id = ?", (p.alva_case.id,))
    r = finsam_report(store, *PERIOD)
    by_case = {x.case_id: x for x in r.participants}
    assert by_case[p.alva_case.id].age == 24  # on the referral day, a day before turning 25
    assert (by_case[p.david_a.id].age, by_case[p.david_b.id].age) == (25, 26)  # each effort at its own start
    assert by_case[p.eli_case.id].occupation_before == ""  # no situation recorded
    assert dict(r.table("sysselsattning").rows)[MISSING][-1] == 1  # Eli, still in: "Uppgift saknas"
    assert dict(r.table("utbildning").rows)["Förgymnasial"] == (0, 2, 0, 2)
    support = dict(r.table("offentlig_forsorjning").rows)
    assert support["2–5 år"] == (1, 0, 0, 1)  # Alva, as recorded with her situation at the start
    assert support[MISSING] == (0, 2, 1, 3)  # David twice, Eli: not recorded
    assert sum(support["Mindre än 1 år"]) == sum(support["Mer än 5 år"]) == 0  # every band is listed
    assert by_case[p.alva_case.id].support_time_before == "2_5_ar"


def test_budget_years_of_everyone(store):
    p = build_sus_people(store)
    _written(store, p.alva_case)
    rows = dict(finsam_report(store, *PERIOD).table("deltagare").rows)
    assert rows["Med personuppgifter (samtycke), budgetår 2026"] == (1, 0, 0, 1)
    assert rows["Anonyma, budgetår 2025"] == (2, 1, 0, 3)  # Berit, Ingrid; David's first case
    assert rows["Anonyma, budgetår 2026"] == (0, 3, 1, 4)  # Carl, David's second, Fredrik; Eli


def test_small_numbers_and_the_threshold():
    assert [suppressed(n, 3) for n in (0, 1, 2, 3, 10)] == [0, "<3", "<3", 3, 10]
    assert [suppressed(n, 5) for n in (4, 5)] == ["<5", 5]
    assert occupation_group("praktik_arbetstraning") == occupation_group("sjukskriven") == "arbetssokande"
    assert occupation_group(None) == MISSING
    assert began_or_increased("arbetslos", 0, "studier", 50) is True
    assert began_or_increased("studier", 100, "studier", 100) is False
    assert began_or_increased(None, None, "studier", 100) is None


def test_the_threshold_is_a_setting(store):
    assert min_count(store) == 3
    store.settings.set("finsam_min_count", "5")
    assert min_count(store) == 5 and finsam_report(store, *YEAR).min_count == 5
    store.settings.set("finsam_min_count", "fem")
    assert min_count(store) == 3


def test_a_period_backwards_is_refused(store):
    with pytest.raises(ValidationError) as info:
        finsam_report(store, dt.date(2026, 2, 1), dt.date(2026, 1, 1))
    assert "period_to" in info.value.errors


def test_every_closure_outcome_has_a_group_and_the_target_group_annan_is_offered_all():
    """Issue 14: an employee who stays at work is in work; sick leave is with the care/FK; leaving the
    job is other. The target group Annan may be an employee too: every outcome, the general first."""
    from app.models.finsam import OUTCOME_GROUPS, outcome_group
    from app.models.vocab import CLOSURE_OUTCOMES, EMPLOYEE_OUTCOMES, closure_outcomes_for

    groups = {k: outcome_group(k) for k in CLOSURE_OUTCOMES.keys()}  # noqa: SIM118
    assert set(groups.values()) <= set(OUTCOME_GROUPS.keys())  # noqa: SIM118
    assert {k: groups[k] for k in EMPLOYEE_OUTCOMES} == {
        "kvar_minskad_franvaro": "arbete", "kvar_med_anpassning": "arbete", "kvar_oforandrad_franvaro": "arbete",
        "omplacerad": "arbete", "sjukskriven_deltid": "sjukskrivning_vard", "sjukskriven_heltid": "sjukskrivning_vard",
        "avslutat_anstallning": "annat"}
    assert (groups["reguljar_anstallning"], groups["studier"], groups["avbrutet"]) == ("arbete", "studier", "annat")
    offered = closure_outcomes_for("annan").keys()
    assert sorted(offered) == sorted(CLOSURE_OUTCOMES.keys())  # noqa: SIM118
    assert offered[-len(EMPLOYEE_OUTCOMES):] == list(EMPLOYEE_OUTCOMES)
