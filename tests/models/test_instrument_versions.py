"""Issue 14's corrected definitions in use: OVal-9 rates one named activity and is compared per
activity; administrations made with a replaced version (WRI-S 10.0, OVal-9 1, DOA 1, AWP 1) still
open, score and compare, with the items one version lacks named."""

from __future__ import annotations

import pytest

from app.models.errors import NotFound, RuleError, ValidationError
from app.models.instruments import load_registry, parse_definition
from app.models.scoring import score
from tests.old_instruments import OLD_FILES, old_administration, old_definition


@pytest.fixture(autouse=True)
def shipped_only(store, tmp_path):
    store.assessments.registry = load_registry(user=tmp_path / "no-user-files")


def oval(store, case_id, activity, day, value=4):
    a = store.assessments.start(case_id, "oval-9", assessment_date=day)
    if activity is not None:
        store.assessments.save_text(a.id, "activity", activity)
    for item in a.definition.items:
        store.assessments.save_rating(a.id, "client", item.id, value)
    return a


# == OVal-9: one activity per administration ====================================================

def test_oval_9_is_not_completed_without_the_activity(store, case):
    a = oval(store, case.id, None, "2026-11-10")
    with pytest.raises(ValidationError) as info:
        store.assessments.complete(a.id)
    assert info.value.errors == {
        "text.activity": "Fyll i ”Vilken aktivitet skattas?” innan bedömningen markeras som klar."}
    store.assessments.save_text(a.id, "activity", "   ")  # spaces are not an activity
    with pytest.raises(ValidationError):
        store.assessments.complete(a.id, confirm_open_items=True)
    assert store.assessments.get(a.id).is_draft
    store.assessments.save_text(a.id, "activity", "Laga lunch")
    done = store.assessments.complete(a.id)
    assert not done.is_draft and done.group == "Laga lunch"
    assert store.assessments.sign(a.id).is_signed


def test_a_correction_keeps_the_activity_and_is_refused_without_it(store, case):
    a = oval(store, case.id, "Laga lunch", "2026-11-10")
    store.assessments.complete(a.id)
    store.assessments.sign(a.id)
    fix = store.assessments.correct(a.id, "Fel värde på påstående 2.")
    assert fix.texts["activity"] == "Laga lunch"
    store.assessments.save_text(fix.id, "activity", "")
    with pytest.raises(ValidationError, match="Vilken aktivitet skattas"):
        store.assessments.complete(fix.id)


def test_groups_are_the_activities_compared_without_regard_to_case_or_spaces(store, case):
    first = oval(store, case.id, "Städa köket", "2026-11-03", value=2)
    lunch = oval(store, case.id, "Laga lunch", "2026-11-04", value=3)
    again = oval(store, case.id, "  städa KÖKET ", "2026-11-12", value=6)
    draft = oval(store, case.id, "Laga lunch", "2026-11-13")  # not completed: not in a group yet
    for a in (first, lunch, again):
        store.assessments.complete(a.id)
    groups = store.assessments.groups(case.id, "oval-9")
    assert list(groups) == ["Städa köket", "Laga lunch"]  # as first written, in order of first given
    assert [a.id for a in groups["Städa köket"]] == [first.id, again.id]
    assert [a.id for a in groups["Laga lunch"]] == [lunch.id]
    assert draft.id not in [a.id for g in groups.values() for a in g]

    result = store.assessments.compare_first_latest(case.id, "oval-9", "städa köket")
    assert (result.before.id, result.after.id) == (first.id, again.id)
    assert {c.change for c in result.changes.items} == {4}  # 2 -> 6, never against the lunch
    with pytest.raises(RuleError, match="för aktiviteten 'Laga lunch' i ärendet; det finns 1"):
        store.assessments.compare_first_latest(case.id, "oval-9", "Laga lunch")
    with pytest.raises(RuleError, match="det finns 0"):  # OVal-9 has no ungrouped administrations
        store.assessments.compare_first_latest(case.id, "oval-9")
    assert [a.id for a in store.assessments.same_group(store.assessments.get(again.id))] == [first.id, again.id]


def test_the_evaluation_compares_oval_9_per_activity(store, case):
    for activity, day, value in (("Städa köket", "2026-11-03", 2), ("Laga lunch", "2026-11-04", 3),
                                 ("Städa köket", "2026-11-12", 5)):
        store.assessments.complete(oval(store, case.id, activity, day, value).id)
    results = {r.key: r for r in store.evaluation.instrument_results(case.id)}
    assert set(results) == {"oval-9/Städa köket", "oval-9/Laga lunch"}
    assert results["oval-9/Städa köket"].count == 2 and results["oval-9/Städa köket"].comparison is not None
    assert results["oval-9/Laga lunch"].comparison is None


def test_instruments_without_compare_by_are_one_group(store, case):
    for day in ("2026-11-03", "2026-11-10"):
        a = store.assessments.start(case.id, "awp", assessment_date=day)
        store.assessments.save_text(a.id, "task", f"Disk {day}")
        store.assessments.complete(a.id, confirm_open_items=True)
    assert list(store.assessments.groups(case.id, "awp")) == [""]
    assert store.assessments.compare_first_latest(case.id, "awp").after.assessment_date == "2026-11-10"


# == administrations made with a replaced version ===============================================

@pytest.mark.parametrize("instrument_id", sorted(OLD_FILES))
def test_an_old_administration_still_opens_and_scores_as_it_did(store, case, tmp_path, instrument_id):
    old = old_administration(store, tmp_path, case.id, instrument_id, "2026-11-05", lambda n: (3, 2, 4)[n % 3])
    assert old.instrument_version != store.assessments.registry.get(instrument_id).version
    with pytest.raises(NotFound):  # the old file is gone: the app must never ask the registry for it
        store.assessments.registry.get(instrument_id, old.instrument_version)
    again = store.assessments.get(old.id)
    expected = parse_definition(old_definition(instrument_id), "gammal", origin="snapshot")
    assert again.definition.items == expected.items and again.definition.scale == expected.scale
    assert store.assessments.score(old.id) == score(expected, again.ratings)
    assert store.assessments.sign(old.id).is_signed


def test_wri_s_10_against_4_compares_the_shared_items_and_names_the_one_not_compared(store, case, tmp_path):
    old = old_administration(store, tmp_path, case.id, "wri-s", "2026-11-05", lambda n: 2)
    new = store.assessments.start(case.id, "wri-s", assessment_date="2026-11-15")
    assert new.instrument_version == "4.0"
    for item in new.definition.items:
        store.assessments.save_rating(new.id, "professional", item.id, 3)
    store.assessments.complete(new.id)
    result = store.assessments.compare_first_latest(case.id, "wri-s")
    assert (result.before.id, result.after.id) == (old.id, new.id)
    assert len(result.changes.items) == 16 and {c.change for c in result.changes.items} == {1}
    assert result.changes.not_compared == ("Andra rollers inverkan",)
    roles = result.changes.domain("professional", "roles")
    assert (roles.compared, roles.change) == (2, 1)


def test_oval_9_version_1_is_not_compared_with_version_2(store, case, tmp_path):
    """Version 1 named no activity and had a four-step scale: its administrations form their own group."""
    old_administration(store, tmp_path, case.id, "oval-9", "2026-11-03")
    old_administration(store, tmp_path, case.id, "oval-9", "2026-11-04")
    store.assessments.complete(oval(store, case.id, "Laga lunch", "2026-11-10").id)
    groups = store.assessments.groups(case.id, "oval-9")
    assert [(label, len(g)) for label, g in groups.items()] == [("", 2), ("Laga lunch", 1)]
    assert store.assessments.compare_first_latest(case.id, "oval-9").after.instrument_version == "1"
    assert [r.key for r in store.evaluation.instrument_results(case.id)] == ["oval-9", "oval-9/Laga lunch"]


def test_doa_1_against_2023_compares_item_by_item(store, case, tmp_path):
    old = old_administration(store, tmp_path, case.id, "doa", "2026-11-05", lambda n: 2)
    new = store.assessments.start(case.id, "doa", assessment_date="2026-11-15")
    assert new.instrument_version == "2023"
    for part in new.definition.parts:
        for item in new.definition.items:
            store.assessments.save_rating(new.id, part.id, item.id, 4)
    store.assessments.complete(new.id)
    result = store.assessments.compare(old.id, new.id)
    assert result.changes.not_compared == () and {c.change for c in result.changes.items} == {2}
    assert len(result.changes.domains) == 2 * 5  # the newer definition's five areas, each part
