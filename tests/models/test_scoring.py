"""The scoring engine: hand-computed examples, then properties over random definitions and ratings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.errors import RuleError
from app.models.instruments import load_registry, parse_definition
from app.models.scoring import Rating, compare, score
from tests.awc_support import old_awc
from tests.models.instrument_files import definition_dict

R = Rating
NA = Rating(na=True)


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return load_registry(user=tmp_path_factory.mktemp("no-user-files"))


# == hand-computed examples ====================================================================

def test_weis_per_domain_sums_means_counts_na_and_areas_to_act_on(registry):
    weis = registry.get("weis-s")
    ratings = {"professional": {
        # norms (8 items): 4 + 3 + 2 + 1 = 10 over 4 rated, one N/A, three open
        "time_demands": R(4), "task_demands": R(3), "appeal_of_tasks": R(2), "work_schedule": R(1),
        "rewards": NA,
        # social groups (4 items): 2 + 2 = 4 over 2 rated, two N/A
        "coworker_interaction": R(2), "work_group_membership": R(2),
        "supervisor_interaction": NA, "interaction_with_others": NA,
        # physical space (4 items): 4 + 4 + 3 + 3 = 14
        "sensory_qualities": R(4), "architecture": R(4), "physical_amenities": R(3), "physical_accessibility": R(3),
        # objects: nothing rated
    }}
    part = score(weis, ratings).part("professional")
    norms, social, space, objects = (part.domain(d) for d in ("norms", "social_groups", "physical_space", "objects"))
    assert (norms.items, norms.rated, norms.na, norms.sum, norms.mean) == (8, 4, 1, 10, 2.5)
    assert (social.items, social.rated, social.na, social.sum, social.mean) == (4, 2, 2, 4, 2.0)
    assert (space.sum, space.mean) == (14, 3.5)
    assert (objects.rated, objects.sum, objects.mean) == (0, 0, None)
    assert part.counts == {4: 3, 3: 3, 2: 3, 1: 1}
    assert list(part.counts) == [4, 3, 2, 1]  # in the scale's order
    assert (part.rated, part.na) == (10, 3)
    assert part.open_items == ("work_role_standards", "work_role_style", "properties_of_objects", "operational_culture")
    # "hindrar" (2) and "hindrar i hög grad" (1) are areas to act on, in the definition's order
    assert part.act_on == ("appeal_of_tasks", "work_schedule", "coworker_interaction", "work_group_membership")
    assert (part.total_sum, part.total_mean) == (28, 2.8)
    assert score(weis, ratings).differences == ()  # one part: nothing to set against


def test_doa_items_where_client_and_professional_differ_by_two_steps(registry):
    doa = registry.get("doa")
    ratings = {
        "client": {"motivation": R(4), "interests": R(4), "values": R(1), "roles": R(4), "habits": NA},
        "professional": {"motivation": R(2), "interests": R(3), "values": R(4), "roles": NA, "habits": R(1)},
    }
    result = score(doa, ratings)
    assert [(d.item_id, d.values, d.steps) for d in result.differences] == [
        ("motivation", (4, 2), 2), ("values", (1, 4), 3)]
    assert all(d.parts == ("client", "professional") for d in result.differences)
    assert result.part("client").domain("volition").sum == 9
    assert result.part("professional").domain("volition").mean == 3.0


def test_differences_count_scale_steps_not_value_units():
    data = definition_dict()
    data["scale"]["values"] = [{"value": v, "label": {"sv": str(v)}} for v in (0, 5, 10)]
    definition = parse_definition(data, "x.json")
    result = score(definition, {"client": {"a": R(0), "b": R(0)}, "professional": {"a": R(5), "b": R(10)}})
    assert [(d.item_id, d.steps) for d in result.differences] == [("b", 2)]


def test_favourable_low_lists_high_demands_and_signs_change():
    awc = old_awc()  # AWC 1 listed high demands; AWC 1.1 lists none (tests/models/test_work_match.py)
    first = {"professional": {"posture": R(4), "strength": R(3), "language": R(1)}}
    latest = {"professional": {"posture": R(2), "strength": R(4), "language": R(1)}}
    assert score(awc, first).part("professional").act_on == ("posture", "strength")
    changes = compare(awc, first, awc, latest)
    # demand 4 -> 2 is towards the favourable (low) end: +2; 3 -> 4 is -1
    assert changes.item("professional", "posture").change == 2
    assert changes.item("professional", "strength").change == -1
    assert changes.domain("professional", "motor").change == 0.5  # mean of +2 and -1


def test_comparison_first_against_latest(registry):
    awp = registry.get("awp")
    first = {"professional": {"posture": R(2), "mobility": R(2), "strength": R(1), "language": R(3)}}
    latest = {"professional": {"posture": R(3), "mobility": R(4), "coordination": R(3), "language": R(3)}}
    changes = compare(awp, first, awp, latest)
    posture = changes.item("professional", "posture")
    assert (posture.before, posture.after, posture.change) == (2, 3, 1)
    assert changes.item("professional", "mobility").change == 2
    assert changes.item("professional", "strength").change is None  # not rated the second time
    assert changes.item("professional", "coordination").change is None  # not rated the first time
    motor = changes.domain("professional", "motor")
    assert (motor.compared, motor.change) == (2, 1.5)
    assert (motor.mean_before, motor.mean_after) == (pytest.approx(5 / 3), pytest.approx(10 / 3))
    assert changes.domain("professional", "communication").change == 0
    assert changes.domain("professional", "process").change is None


def test_comparison_across_versions_uses_shared_items():
    old = parse_definition(definition_dict(version="1"), "v1.json")
    data = definition_dict(version="2")
    data["items"] = data["items"][:2]  # "c" removed, "d2" then has no items: drop it too
    data["domains"] = data["domains"][:1]
    new = parse_definition(data, "v2.json")
    changes = compare(old, {"client": {"a": R(1), "c": R(1)}}, new, {"client": {"a": R(3)}})
    assert [c.item_id for c in changes.items if c.part == "client"] == ["a", "b"]
    assert changes.item("client", "a").change == 2


def test_comparison_refuses_different_scales_or_instruments():
    one = parse_definition(definition_dict(), "a.json")
    data = definition_dict(version="2")
    data["scale"]["favourable"] = "low"
    with pytest.raises(RuleError, match="olika skalor"):
        compare(one, {}, parse_definition(data, "b.json"), {})
    with pytest.raises(RuleError, match="olika instrument"):
        compare(one, {}, parse_definition(definition_dict(id="other"), "c.json"), {})


def test_a_value_off_the_scale_is_not_scored_silently():
    definition = parse_definition(definition_dict(), "x.json")
    with pytest.raises(RuleError, match="Värdet 7"):
        score(definition, {"client": {"a": R(7)}})


# == properties ================================================================================

@st.composite
def definitions(draw):
    values = draw(st.lists(st.integers(-3, 12), min_size=2, max_size=6, unique=True))
    domain_count = draw(st.integers(1, 3))
    item_count = draw(st.integers(domain_count, 9))
    domains = [f"d{n}" for n in range(domain_count)]
    # the first items go round the domains so that none is empty; the rest anywhere
    item_domains = domains + draw(st.lists(st.sampled_from(domains), min_size=item_count - domain_count,
                                           max_size=item_count - domain_count))
    parts = [{"id": p, "label": {"sv": p}, "rater": "client" if p == "client" else "professional"}
             for p in draw(st.sampled_from([["professional"], ["client", "professional"]]))]
    data = definition_dict(
        parts=parts,
        domains=[{"id": d, "label": {"sv": d}} for d in domains],
        items=[{"id": f"i{n}", "domain": d, "label": {"sv": f"i{n}"}} for n, d in enumerate(item_domains)],
        scale={"values": [{"value": v, "label": {"sv": str(v)}} for v in values],
               "favourable": draw(st.sampled_from(["high", "low"]))},
    )
    return parse_definition(data, "hypothesis.json")


@st.composite
def rated(draw, definition=None):
    definition = definition or draw(definitions())
    rating = st.one_of(st.just(Rating()), st.just(NA), st.sampled_from(definition.scale.values).map(Rating))
    ratings = {p.id: {i.id: draw(rating) for i in definition.items} for p in definition.parts}
    return definition, ratings


@st.composite
def two_administrations(draw):
    definition = draw(definitions())
    _, first = draw(rated(definition))
    _, latest = draw(rated(definition))
    return definition, first, latest


def _without_na(ratings):
    return {p: {i: (Rating() if r.na else r) for i, r in items.items()} for p, items in ratings.items()}


@settings(max_examples=200, deadline=None)
@given(rated())
def test_sums_and_means_stay_within_the_scale(case):
    definition, ratings = case
    low, high = min(definition.scale.values), max(definition.scale.values)
    for part in score(definition, ratings).parts:
        assert part.rated + part.na + len(part.open_items) == len(definition.items)
        assert sum(part.counts.values()) == part.rated
        for domain in part.domains:
            assert domain.rated * low <= domain.sum <= domain.rated * high
            assert domain.mean is None if domain.rated == 0 else low <= domain.mean <= high
            assert domain.rated + domain.na <= domain.items
        assert sum(d.sum for d in part.domains) == part.total_sum
        assert set(part.act_on) <= {i for i, r in ratings[part.part].items() if r.is_rated}


@settings(max_examples=200, deadline=None)
@given(rated())
def test_na_is_never_counted(case):
    """Turning every N/A into an open item changes nothing but the N/A counts."""
    definition, ratings = case
    with_na, without = score(definition, ratings), score(definition, _without_na(ratings))
    assert with_na.differences == without.differences
    for a, b in zip(with_na.parts, without.parts):
        assert (a.counts, a.rated, a.act_on, a.total_sum, a.total_mean) == (b.counts, b.rated, b.act_on,
                                                                            b.total_sum, b.total_mean)
        assert [(d.sum, d.mean, d.rated) for d in a.domains] == [(d.sum, d.mean, d.rated) for d in b.domains]
        assert b.na == 0


@settings(max_examples=200, deadline=None)
@given(rated())
def test_comparing_an_administration_with_itself_is_zero(case):
    definition, ratings = case
    changes = compare(definition, ratings, definition, ratings)
    for item in changes.items:
        assert item.change == (0 if item.before is not None else None)
    for domain in changes.domains:
        assert domain.change in (0, None)
        assert domain.mean_before == domain.mean_after


@settings(max_examples=200, deadline=None)
@given(two_administrations())
def test_comparison_is_antisymmetric_and_signed_towards_the_favourable_end(case):
    definition, first, latest = case
    forward, back = compare(definition, first, definition, latest), compare(definition, latest, definition, first)
    for f, b in zip(forward.items, back.items):
        assert (f.change is None) == (b.change is None)
        if f.change is not None:
            assert f.change == -b.change
            better = f.after * definition.scale.sign > f.before * definition.scale.sign
            assert (f.change > 0) == better
    for f, b in zip(forward.domains, back.domains):
        assert f.change == (None if b.change is None else pytest.approx(-b.change))


@settings(max_examples=200, deadline=None)
@given(rated())
def test_part_differences_are_at_least_the_threshold(case):
    definition, ratings = case
    for d in score(definition, ratings).differences:
        a, b = (ratings[p][d.item_id] for p in d.parts)
        assert a.is_rated and b.is_rated and d.values == (a.value, b.value)
        assert d.steps == abs(definition.scale.position(a.value) - definition.scale.position(b.value))
        assert d.steps >= definition.scoring.part_difference
