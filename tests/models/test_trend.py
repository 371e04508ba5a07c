"""Change over time (app/models/trend.py): which administrations, in which order, on which chart;
and the one item numbering (app/models/item_order.py)."""

from __future__ import annotations

import dataclasses

import pytest

from app.models.instruments import load_registry
from app.models.item_order import listed_items, numbered
from app.models.trend import case_trends, favourable_text, trends


@pytest.fixture(autouse=True)
def shipped_only(store, tmp_path):
    store.assessments.registry = load_registry(user=tmp_path / "no-user-files")


def administered(store, case_id, instrument, day, value_of, *, complete=True, activity="Diska"):
    """An administration on ``day`` with every item of domain d (in part p) rated value_of(p, d);
    an OVal-9 rates ``activity``."""
    a = store.assessments.start(case_id, instrument, assessment_date=day)
    for text_field in a.definition.required_fields:
        store.assessments.save_text(a.id, text_field.id, activity)
    for part in a.definition.parts:
        for item in a.definition.items:
            store.assessments.save_rating(a.id, part.id, item.id, value_of(part.id, item.domain))
    if complete:
        store.assessments.complete(a.id)
    return store.assessments.get(a.id)


def flat(value):
    return lambda part, domain: value


def test_points_run_first_to_latest_by_date_whatever_the_order_given(store, case):
    late = administered(store, case.id, "weis-s", "2026-11-15", flat(4))
    early = administered(store, case.id, "weis-s", "2026-11-03", flat(2))
    middle = administered(store, case.id, "weis-s", "2026-11-09", flat(3))
    [trend] = case_trends(store, case.id)
    assert [p.assessment_id for p in trend.points] == [early.id, middle.id, late.id]
    assert [p.date for p in trend.points] == ["2026-11-03", "2026-11-09", "2026-11-15"]
    assert [line.domain for line in trend.lines] == [d.id for d in late.definition.domains]
    assert all(trend.values(line) == [2.0, 3.0, 4.0] for line in trend.lines)
    assert trend.title == "WEIS-S" and trend.group is None
    # given in reverse, the same order comes out
    again = trends(reversed(store.assessments.for_case(case.id)))
    assert [p.assessment_id for p in again[0].points] == [early.id, middle.id, late.id]


def test_the_mean_is_per_domain_and_an_unrated_domain_is_a_gap(store, case):
    weis = store.assessments.registry.get("weis-s")
    first, second = weis.domains[0].id, weis.domains[1].id
    administered(store, case.id, "weis-s", "2026-11-03", lambda p, d: 1 if d == first else 3)
    a = store.assessments.start(case.id, "weis-s", assessment_date="2026-11-10")
    for item in weis.items_in(second):
        store.assessments.save_rating(a.id, "professional", item.id, 4)
    store.assessments.complete(a.id, confirm_open_items=True)
    [trend] = case_trends(store, case.id)
    by_domain = {line.domain: trend.values(line) for line in trend.lines}
    assert by_domain[first] == [1.0, None]
    assert by_domain[second] == [3.0, 4.0]


def test_drafts_and_struck_ones_never_and_a_correction_replaces_what_it_corrects(store, case):
    kept = administered(store, case.id, "weis-s", "2026-11-03", flat(2))
    administered(store, case.id, "weis-s", "2026-11-04", flat(1), complete=False)  # a draft
    struck = administered(store, case.id, "weis-s", "2026-11-05", flat(1))
    store.assessments.strike(struck.id, "Fel klient")
    signed = administered(store, case.id, "weis-s", "2026-11-06", flat(3))
    store.assessments.sign(signed.id)
    correction = store.assessments.correct(signed.id, "Fel värde")
    # while the correction is a draft, the signed one stands
    assert [p.assessment_id for p in case_trends(store, case.id)[0].points] == [kept.id, signed.id]
    store.assessments.save_rating(correction.id, "professional", signed.definition.items[0].id, 4)
    store.assessments.complete(correction.id)
    [trend] = case_trends(store, case.id)
    assert [p.assessment_id for p in trend.points] == [kept.id, correction.id]
    assert [p.date for p in trend.points] == ["2026-11-03", "2026-11-06"]


def test_each_instrument_has_its_own_chart(store, case):
    administered(store, case.id, "weis-s", "2026-11-03", flat(2))
    administered(store, case.id, "awp", "2026-11-04", flat(3))
    administered(store, case.id, "weis-s", "2026-11-05", flat(3))
    assert [(t.instrument_id, len(t.points)) for t in case_trends(store, case.id)] == [("weis-s", 2), ("awp", 1)]


def test_a_two_part_instrument_has_a_line_per_part_and_domain(store, case):
    doa = store.assessments.registry.get("doa")
    client, professional = (p.id for p in doa.parts)
    administered(store, case.id, "doa", "2026-11-03", lambda p, d: 2 if p == client else 3)
    administered(store, case.id, "doa", "2026-11-12", lambda p, d: 4 if p == client else 3)
    [trend] = case_trends(store, case.id)
    assert trend.parts == (client, professional)
    assert len(trend.lines) == 2 * len(doa.domains)
    for line in trend.lines_of(client):
        assert trend.values(line) == [2.0, 4.0]
        assert line.label == f"{line.domain_label} ({doa.part(client).label.sv.lower()})"
    for line in trend.lines_of(professional):
        assert trend.values(line) == [3.0, 3.0]


def test_an_instrument_with_compare_by_has_a_chart_per_group(store, case):
    activities = ["Diska", "Kassaarbete", "  diska ", "Kassaarbete"]  # one case-insensitively after strip
    made = [administered(store, case.id, "oval-9", day, flat(value), activity=activity)
            for (day, value), activity in zip((("2026-11-03", 1), ("2026-11-04", 2), ("2026-11-10", 3),
                                               ("2026-11-11", 4)), activities, strict=True)]
    found = trends(made)
    assert [[p.assessment_id for p in t.points] for t in found] == [[made[0].id, made[2].id],
                                                                   [made[1].id, made[3].id]]
    assert [t.group for t in found] == ["Diska", "Kassaarbete"]  # as first written, like Assessments.groups
    assert found[0].title == "OVal-9 – Diska"
    assert found[0].values(found[0].lines[0]) == [1.0, 3.0]


def test_a_new_scale_starts_a_new_chart(store, case):
    """Two versions with different scales are not one line (OVal-9 went from four steps to seven)."""
    first = administered(store, case.id, "weis-s", "2026-11-03", flat(2))
    second = administered(store, case.id, "weis-s", "2026-11-09", flat(3))
    d = second.definition
    wider = dataclasses.replace(d, version="9.9", scale=dataclasses.replace(
        d.scale, steps=(*d.scale.steps, dataclasses.replace(d.scale.steps[0], value=5))))
    found = trends([first, dataclasses.replace(second, definition=wider)])
    assert [t.title for t in found] == [f"WEIS-S version {d.version}", "WEIS-S version 9.9"]


def test_the_favourable_end_is_said_in_words(store):
    registry = store.assessments.registry
    weis = registry.get("weis-s")
    best = max(weis.scale.values)
    assert favourable_text(weis) == f"Högre värde är gynnsamt ({best} = {weis.scale.label(best).sv.lower()})."
    low = next(d for d in registry.all() if d.scale.favourable == "low")
    assert favourable_text(low).startswith(f"Lägre värde är gynnsamt ({min(low.scale.values)} = ")


def test_items_are_numbered_in_definition_order_and_listed_area_by_area(store):
    weis = store.assessments.registry.get("weis-s")
    assert numbered(weis, weis.items[2].id) == f"3. {weis.items[2].label.sv}"
    listed = listed_items(weis)
    assert sorted(i.id for i in listed) == sorted(i.id for i in weis.items)
    assert [i.domain for i in listed] == sorted((i.domain for i in listed),
                                                key=[d.id for d in weis.domains].index)
