"""AWC 1.1 and AWP against AWC: the definition, the item-by-item engine, the case's choice of
administrations, and the old AWC 1 that earlier administrations keep."""

from __future__ import annotations

import copy
import json

import pytest

from app.models import work_match
from app.models.errors import RuleError
from app.models.instruments import DefinitionError, load_registry, parse_definition, shipped_dir
from app.models.scoring import Rating
from tests.awc_support import DEMANDS, GAPS, ITEMS, PERFORMANCE, WORK_TASK, awp_and_awc, given, start_old_awc
from tests.models.instrument_files import definition_dict


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return load_registry(user=tmp_path_factory.mktemp("no-user-files"))


def ratings(values) -> dict[str, Rating]:
    return {item: Rating(v) for item, v in zip(ITEMS, values) if v is not None}


# == the definition ================================================================================

def test_awc_1_1_is_awps_fourteen_skills_without_an_environment_domain(registry):
    awc, awp = registry.get("awc"), registry.get("awp")
    assert registry.versions("awc") == ["1.1"]  # the old file is gone; its administrations keep their copy
    assert not (shipped_dir() / "awc.json").exists()
    assert [i.id for i in awc.items] == [i.id for i in awp.items] == list(ITEMS)
    assert [(d.id, len(awc.items_in(d.id))) for d in awc.domains] == [("motor", 5), ("communication", 4),
                                                                      ("process", 5)]
    assert "environment" not in {d.id for d in awc.domains}
    assert {i.domain for i in awc.items} == {d.id for d in awc.domains}
    assert awc.kind == "job_analysis" and awc.set_against == "awp"
    assert "Linköpings universitet" in awc.owner and "Ekbladh" in awc.owner
    assert len(awc.scale.values) == len(awp.scale.values) == 4
    assert not awc.scale.verified and awc.needs_check  # the demand scale's steps are not public
    assert "work_task" in {f.id for f in awc.text_fields}


def test_awc_is_not_a_problem_list(registry):
    awc = registry.get("awc")
    assert awc.scoring.act_on_values == ()
    from app.models.scoring import score
    result = score(awc, {"professional": ratings(DEMANDS)}).part("professional")
    assert result.act_on == () and result.rated == 14  # every demand rated, none an "area to act on"


def test_set_against_is_checked_on_load():
    def problems(value):
        with pytest.raises(DefinitionError) as info:
            parse_definition(definition_dict(set_against=value), "x.json")
        return [(p.field, p.message) for p in info.value.problems]

    assert problems("AWP")[0][0] == "set_against" and "inget giltigt id" in problems("AWP")[0][1]
    assert problems(["awp"])[0][0] == "set_against"
    assert problems("test") == [("set_against", "ska vara ett annat instruments id, inte instrumentets eget.")]
    assert parse_definition(definition_dict(set_against="awp"), "x.json").set_against == "awp"
    assert parse_definition(definition_dict(), "x.json").set_against is None  # optional: old copies parse


def test_the_old_awc_1_still_parses_with_its_environment_domain():
    from tests.awc_support import old_awc
    old = old_awc()
    assert old.version == "1" and old.set_against is None
    assert [d.id for d in old.domains][-1] == "environment" and len(old.items) == 17
    assert old.scoring.act_on_values == (4, 3)  # it listed high demands, as it always did


# == the engine ====================================================================================

def test_gaps_where_the_demand_is_above_the_performance(registry):
    result = work_match.set_against(registry.get("awp"), ratings(PERFORMANCE), registry.get("awc"),
                                    ratings(DEMANDS))
    assert [i.item_id for i in result.items] == list(ITEMS)  # AWP's order
    assert [i.number for i in result.items] == list(range(1, 15))
    assert {i.item_id: i.gap for i in result.gaps} == GAPS
    coordination = next(i for i in result.items if i.item_id == "coordination")
    assert (coordination.demand, coordination.performance) == (4, 2)
    assert coordination.demand_text == "4 – Mycket stort krav"
    assert coordination.performance_text == "2 – Begränsat utförande"
    assert coordination.verdict == "Ja – 2 steg"
    strength = next(i for i in result.items if i.item_id == "strength")  # 1 against 1: equal, no gap
    assert strength.gap == 0 and strength.verdict == "Nej"
    assert [(d.domain, d.items, d.compared, d.gaps) for d in result.domains] == [
        ("motor", 5, 5, 1), ("communication", 4, 4, 2), ("process", 5, 5, 2)]


def test_a_performance_above_the_demand_is_no_gap(registry):
    result = work_match.set_against(registry.get("awp"), ratings([4] * 14), registry.get("awc"),
                                    ratings([4] * 14))
    assert result.gaps == () and all(i.gap == 0 for i in result.items)
    result = work_match.set_against(registry.get("awp"), ratings([1] * 14), registry.get("awc"),
                                    ratings([4] * 14))
    assert {i.gap for i in result.items} == {3}  # the widest gap on 4 steps


def test_items_not_rated_in_either_are_shown_as_not_compared(registry):
    performance = list(PERFORMANCE)
    demands = list(DEMANDS)
    performance[0] = None  # posture: not rated in AWP
    demands[2] = None  # coordination: not rated in AWC (it would have had a gap)
    performance[3] = demands[3] = None  # strength: in neither
    result = work_match.set_against(registry.get("awp"), ratings(performance), registry.get("awc"),
                                    ratings(demands))
    by_id = {i.item_id: i for i in result.items}
    assert len(result.items) == 14  # every item stays in the table
    assert by_id["posture"].verdict == "Ej jämförd – ej bedömd i AWP"
    assert by_id["posture"].performance_text == "Ej bedömd" and by_id["posture"].demand_text == "2 – Måttligt krav"
    assert by_id["coordination"].verdict == "Ej jämförd – ej bedömd i AWC" and by_id["coordination"].gap is None
    assert by_id["strength"].verdict == "Ej jämförd – ej bedömd i AWC och AWP"
    assert not any(by_id[i].compared for i in ("posture", "coordination", "strength"))
    assert "coordination" not in {i.item_id for i in result.gaps}
    assert result.domains[0].compared == 2 and result.domains[0].gaps == 0


def _awc_with(registry, **changes):
    data = copy.deepcopy(registry.get("awc").raw)
    data.update(changes)
    return parse_definition(data, "awc-egen.json")


def test_scales_of_different_length_are_refused(registry):
    five = [{"value": v, "label": {"sv": f"Krav {v}"}} for v in range(1, 6)]
    longer = _awc_with(registry, scale={"values": five, "favourable": "low"})
    with pytest.raises(RuleError) as info:
        work_match.set_against(registry.get("awp"), ratings(PERFORMANCE), longer, ratings(DEMANDS))
    assert str(info.value) == (f"AWP version {registry.get('awp').version} har 4 skalsteg och AWC version 1.1 "
                               "har 5; jämförelsen räknar skalsteg och kräver lika många steg på båda skalorna.")


def test_only_the_instrument_named_is_set_against(registry):
    with pytest.raises(RuleError, match="AWC ställs mot awp, inte mot WEIS-S"):
        work_match.set_against(registry.get("weis-s"), {}, registry.get("awc"), {})
    data = json.loads(json.dumps(registry.get("awc").raw))
    del data["set_against"]
    with pytest.raises(RuleError, match="ställs inte mot något annat instrument"):
        work_match.set_against(registry.get("awp"), {}, parse_definition(data, "x.json"), {})


def test_a_unit_file_with_an_extra_demand_names_it_as_not_compared(registry):
    data = copy.deepcopy(registry.get("awc").raw)
    data["items"].append({"id": "night_work", "domain": "process", "label": {"sv": "Nattarbete"}})
    result = work_match.set_against(registry.get("awp"), ratings(PERFORMANCE), parse_definition(data, "x.json"),
                                    ratings(DEMANDS))
    assert result.demand_only == ("Nattarbete",) and len(result.items) == 14


# == in a case =====================================================================================

def test_the_latest_completed_awp_against_the_latest_awc(store, case):
    assert work_match.latest_match(store, case.id) is None
    older = given(store, case.id, "awp", "2026-11-03", dict(zip(ITEMS, [1] * 14)))
    awp, awc = awp_and_awc(store, case.id)
    given(store, case.id, "awp", "2026-11-12", dict(zip(ITEMS, [4] * 14)), complete=False)  # a draft: not used
    found = work_match.latest_match(store, case.id)
    assert (found.performance.id, found.demands.id) == (awp.id, awc.id)
    assert found.work_task == WORK_TASK
    assert found.description == f"AWP {awp.definition.version} den 2026-11-09 mot AWC 1.1 den 2026-11-10 " \
                                f"(arbetsuppgift: {WORK_TASK})"
    assert {i.item_id: i.gap for i in found.gaps} == GAPS
    chosen = work_match.match(store, older.id, awc.id)  # one chosen: the earlier AWP
    assert len(chosen.gaps) > len(found.gaps)
    listed = work_match.candidates(store, case.id)
    assert [a.id for a in listed.performances] == [older.id, awp.id] and [a.id for a in listed.demands] == [awc.id]


def test_drafts_struck_and_other_cases_are_refused(store, case, add_client, open_case):
    awp, awc = awp_and_awc(store, case.id)
    draft = given(store, case.id, "awc", "2026-11-11", {}, complete=False)
    with pytest.raises(RuleError, match="är ett utkast"):
        work_match.match(store, awp.id, draft.id)
    store.assessments.strike(draft.id, "Fel arbetsuppgift.")
    with pytest.raises(RuleError, match="makulerad"):
        work_match.match(store, awp.id, draft.id)
    other = open_case(add_client(first_name="Annan").id)
    elsewhere = given(store, other.id, "awp", "2026-11-09", dict(zip(ITEMS, PERFORMANCE)))
    with pytest.raises(RuleError, match="olika ärenden"):
        work_match.match(store, elsewhere.id, awc.id)


def test_each_work_task_gets_its_own_pair(store, case):
    awp, first = awp_and_awc(store, case.id)
    second = given(store, case.id, "awc", "2026-11-12", dict(zip(ITEMS, [4] * 14)), {"work_task": "Kassa"})
    pairs = work_match.latest_pairs(work_match.candidates(store, case.id))
    assert [(p.id, d.id) for p, d in pairs] == [(awp.id, first.id), (awp.id, second.id)]


def test_an_old_awc_1_opens_and_scores_but_is_not_set_against(store, case):
    old = start_old_awc(store, case.id, "2026-11-05")
    assert store.assessments.registry.versions("awc") == ["1.1"]  # only its stored copy knows version 1
    for item_id, value in zip(ITEMS, DEMANDS):
        store.assessments.save_rating(old.id, "professional", item_id, value)
    store.assessments.save_rating(old.id, "professional", "physical_environment", 4)
    store.assessments.complete(old.id, confirm_open_items=True)
    reread = store.assessments.get(old.id)
    assert reread.definition.version == "1" and len(reread.definition.domains) == 4
    part = store.assessments.score(old.id).part("professional")
    assert part.domain("environment").sum == 4 and "physical_environment" in part.act_on
    given(store, case.id, "awp", "2026-11-09", dict(zip(ITEMS, PERFORMANCE)))
    assert work_match.latest_match(store, case.id) is None  # version 1 names nothing to be set against
    assert work_match.candidates(store, case.id).demands == ()
