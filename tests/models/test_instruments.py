"""Instrument definitions: the shipped files, validation messages, the unit's own files, the CLI."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli import main
from app.models.errors import NotFound
from app.models.instruments import (
    DefinitionError,
    load_registry,
    parse_definition,
    shipped_dir,
)
from tests.models.instrument_files import definition_dict, write

SHIPPED = sorted(shipped_dir().glob("*.json"))
FIXTURES = Path(__file__).parent.parent / "fixtures" / "instruments_old"  # the files issue 14 replaced


def problems_of(data) -> list[tuple[str, str]]:
    with pytest.raises(DefinitionError) as info:
        parse_definition(data, "test.json")
    return [(p.field, p.message) for p in info.value.problems]


@pytest.fixture
def registry(tmp_path):
    """Only the shipped definitions (an empty user folder: the developer's own files stay out)."""
    return load_registry(user=tmp_path / "no-user-files")


# == the shipped definitions ===================================================================

def test_every_shipped_definition_loads_without_problems(registry):
    assert registry.problems == []
    assert {d.id for d in registry.all()} == {"weis-s", "awp", "wri-s", "awc", "oval-9", "doa"}
    assert len(registry.all()) == len(SHIPPED)
    # one file per instrument and version: DOA's three editions are three files
    assert registry.versions("doa") == ["2017", "2019 lättläst", "2023"]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_file_validates_and_says_what_is_verified(path):
    definition = parse_definition(json.loads(path.read_text(encoding="utf-8")), str(path))
    assert path.stem == definition.id or path.stem.startswith(f"{definition.id}-")  # named after it
    # No shipped definition is verified as a whole: the UI must say "kontrollera mot manualen".
    assert definition.verified is False and definition.needs_check
    assert definition.verification_note and definition.sources
    for item in definition.items:
        assert item.label.sv and item.label.en
        assert len(item.label.sv) <= 60, "short labels only, never manual text"
    assert all(d.label.sv and d.label.en for d in definition.domains)
    assert all(s.label.sv and s.label.en for s in definition.scale.steps)


def test_weis_s(registry):
    weis = registry.get("weis-s")
    assert (weis.version, weis.kind, len(weis.items)) == ("3.0", "interview", 17)
    assert weis.scale.values == (4, 3, 2, 1) and weis.scale.favourable == "high"
    assert [s.label.sv for s in weis.scale.steps] == ["Stödjer i hög grad", "Stödjer", "Hindrar", "Hindrar i hög grad"]
    assert weis.na.allowed
    # high confidence in the reference -> verified; medium/low -> not
    assert weis.scale.verified and all(d.verified for d in weis.domains)
    assert not weis.na.verified and not any(i.verified for i in weis.items)
    assert weis.scoring.act_on_values == (1, 2)
    assert "Linköpings universitet" in weis.owner and "Linköpings universitet" in weis.licence
    assert not weis.scoring.total  # validated with Rasch analysis: an item profile, not a total


def test_awp_2_0(registry):
    awp = registry.get("awp")
    assert awp.version == "2.0" and registry.versions("awp") == ["2.0"]
    assert [(d.id, len(awp.items_in(d.id))) for d in awp.domains] == [
        ("motor", 5), ("communication", 4), ("process", 5)]
    assert len(awp.items) == 14 and awp.kind == "observation"
    assert [s.label.sv for s in awp.scale.steps] == [
        "Kompetent utförande", "Tveksamt utförande", "Begränsat utförande", "Bristande utförande"]
    assert not awp.na.allowed
    assert awp.scale.verified and all(d.verified for d in awp.domains)
    assert not any(i.verified for i in awp.items)  # exact labels are medium confidence
    assert awp.owner.startswith("Linköpings universitet") and "Linköpings universitet" in awp.licence
    assert awp.supersedes == ("1",)


def test_wri_s_4_0_has_16_items_in_six_areas_the_first_personal_causation(registry):
    wri = registry.get("wri-s")
    assert (wri.version, len(wri.items), len(wri.domains)) == ("4.0", 16, 6)
    assert wri.domains[0].label.sv == "Uppfattning om den egna förmågan"
    assert all(wri.items_in(d.id) for d in wri.domains)
    assert wri.na.allowed and not wri.scale.verified
    assert not any(i.verified for i in wri.items)  # which item was dropped is not public
    assert "inte offentligt" in wri.verification_note and "Andra rollers inverkan" in wri.verification_note
    assert "Ekbladh & Haglund 2012" in wri.owner and "Linköpings universitet" in wri.licence
    assert wri.supersedes == ("10.0",)


def test_oval_9_rates_one_named_activity_on_a_seven_step_scale(registry):
    oval = registry.get("oval-9")
    assert oval.version == "2" and oval.kind == "self_report" and oval.parts[0].rater == "client"
    assert [(d.label.sv, len(oval.items_in(d.id))) for d in oval.domains] == [
        ("Konkret värde", 3), ("Socio-symboliskt värde", 3), ("Självbelönande värde", 3)]
    assert oval.scale.values == (1, 2, 3, 4, 5, 6, 7) and oval.scale.favourable == "high"
    labels = [s.label.sv for s in oval.scale.steps]
    assert labels[0] == "I mycket liten grad" and labels[-1] == "I mycket hög grad"
    assert labels[1:-1] == ["2", "3", "4", "5", "6"]  # the intermediate steps are numbered only
    assert oval.compare_by == "activity"
    activity = oval.text_fields[0]
    assert (activity.id, activity.label.sv, activity.required) == ("activity", "Vilken aktivitet skattas?", True)
    assert "direkt efter" in activity.hint.sv
    assert [f.id for f in oval.required_fields] == ["activity"]
    assert oval.owner.startswith("Erlandsson & Persson") and not oval.scale.verified
    assert "OVal-pd" in oval.verification_note  # where the old four-step scale came from


def test_doa_editions_are_versions_and_2023_is_the_default(registry):
    assert registry.get("doa").version == "2023"
    for version in ("2017", "2019 lättläst", "2023"):
        doa = registry.get("doa", version)
        assert [(p.id, p.rater, p.verified) for p in doa.parts] == [("client", "client", True),
                                                                    ("professional", "professional", True)]
        assert len(doa.domains) == 5 and not any(d.verified for d in doa.domains)  # Linddahl 2007: five
        assert "goals" in {f.id for f in doa.text_fields}
        assert doa.scoring.part_difference == 2
        assert not doa.scale.verified and not any(i.verified for i in doa.items)
        assert "Sveriges Arbetsterapeuter" in doa.owner and "Sveriges Arbetsterapeuter" in doa.licence
    assert "lättläst" in registry.get("doa", "2019 lättläst").name.sv
    assert [d.version for d in registry.current() if d.id == "doa"] == ["2017", "2019 lättläst", "2023"]


def test_the_chooser_label_names_the_short_name_once(registry):
    labels = [d.choice_label for d in registry.current()]
    assert "DOA 2023 – Dialog om arbetsförmåga" in labels
    assert "DOA 2019 lättläst – Dialog om arbetsförmåga, lättläst" in labels
    for d in registry.current():
        assert d.choice_label.count(d.short_name) == 1, d.choice_label
    assert len(set(labels)) == len(labels)


def test_unverified_lists_what_to_check():
    definition = parse_definition(definition_dict(), "x.json")
    assert definition.unverified() == [] and not definition.needs_check
    data = definition_dict(verified=False)
    data["scale"]["verified"] = True
    data["domains"][0]["verified"] = True
    for part in data["parts"]:
        part["verified"] = True
    data["items"][0]["verified"] = True
    data["items"][1]["verified"] = True
    definition = parse_definition(data, "x.json")
    assert definition.unverified() == ["definitionen som helhet", "Ej tillämplig", "området Område 2", "påståendet C"]


# == validation ================================================================================

def _dup_item(d):
    d["items"][1]["id"] = "a"


def _empty_scale(d):
    d["scale"]["values"] = []


def _one_step(d):
    d["scale"]["values"] = d["scale"]["values"][:1]


def _bad_domain(d):
    d["items"][2]["domain"] = "d9"


def _no_items(d):
    del d["items"]


def _typo(d):
    d["verifed"] = True


def _bad_kind(d):
    d["kind"] = "enkät"


def _text_value(d):
    d["scale"]["values"][0]["value"] = "4"


def _dup_value(d):
    d["scale"]["values"][1]["value"] = 4


def _act_on(d):
    d["scoring"] = {"act_on_values": [0]}


def _na_flag(d):
    d["na"] = {"allowed": "ja"}


def _no_sv(d):
    d["items"][0]["label"] = {"en": "A"}


def _bad_id(d):
    d["id"] = "Mitt Test"


def _empty_domain(d):
    d["domains"].append({"id": "d3", "label": {"sv": "Tomt"}})


def _favourable(d):
    d["scale"]["favourable"] = "up"


def _dup_part(d):
    d["parts"][1]["id"] = "client"


@pytest.mark.parametrize("change, field, fragment", [
    (_dup_item, "items[1].id", "'a' förekommer två gånger (första gången i items[0].id)"),
    (_empty_scale, "scale.values", "skalan är tom"),
    (_one_step, "scale.values", "minst två steg"),
    (_bad_domain, "items[2].domain", 'området "d9" finns inte under domains'),
    (_no_items, "items", "saknas"),
    (_typo, "verifed", "okänt fält"),
    (_bad_kind, "kind", '"enkät" är inget känt slag'),
    (_text_value, "scale.values[0].value", "ska vara ett heltal"),
    (_dup_value, "scale.values[1].value", "förekommer två gånger"),
    (_act_on, "scoring.act_on_values", "värden från skalan (4, 3, 2, 1)"),
    (_na_flag, "na.allowed", "true eller false"),
    (_no_sv, "items[0].label.sv", "saknas"),
    (_bad_id, "id", "inget giltigt id"),
    (_empty_domain, "domains[2]", "har inga påståenden"),
    (_favourable, "scale.favourable", '"high"'),
    (_dup_part, "parts[1].id", "förekommer två gånger"),
], ids=lambda v: v.__name__.strip("_") if callable(v) else None)
def test_a_broken_definition_names_the_field(change, field, fragment):
    data = definition_dict()
    change(data)
    found = problems_of(data)
    assert any(f == field and fragment in m for f, m in found), found


def test_every_problem_in_a_file_is_reported_at_once():
    data = definition_dict()
    _dup_item(data)
    _empty_scale(data)
    _typo(data)
    assert {f for f, _ in problems_of(data)} == {"items[1].id", "scale.values", "verifed"}


def test_unknown_format_is_refused_without_guessing():
    assert problems_of(definition_dict(format=2)) == [
        ("format", "okänt format 2; den här versionen av ATAMA läser format 1.")]


def test_part_difference_needs_two_parts():
    data = definition_dict(parts=definition_dict()["parts"][:1], scoring={"part_difference": 2})
    assert problems_of(data)[0][0] == "scoring.part_difference"


def test_keys_starting_with_underscore_are_comments():
    definition = parse_definition(definition_dict(_comment="fri text"), "x.json")
    assert definition.id == "test"


def test_problem_message_names_file_and_field_in_swedish(tmp_path):
    data = definition_dict()
    _dup_item(data)
    path = write(tmp_path / "user", "test.json", data)
    registry = load_registry(user=tmp_path / "user")
    [problem] = registry.problems
    assert str(problem) == (f"Instrumentfilen {path}, fältet items[1].id: Påståendet 'a' förekommer två gånger "
                            "(första gången i items[0].id).")
    assert problem.instrument_id == "test"


# == loading: broken files, the unit's own files ==============================================

def test_a_broken_file_is_reported_and_the_others_still_load(tmp_path):
    user = tmp_path / "user"
    write(user, "trasig.json", '{"format": 1, "id": "x",\n  "items": [}')
    write(user, "latin1.json", "")
    (user / "latin1.json").write_bytes('{"id": "å"}'.encode("latin-1"))
    write(user, "egen.json", definition_dict(id="egen"))
    write(user, "README.txt", "inte en definition")  # only *.json is read
    write(user, "djup.json", "[" * 100_000 + "]" * 100_000)
    registry = load_registry(user=user)
    assert {d.id for d in registry.all()} == {"weis-s", "awp", "wri-s", "awc", "oval-9", "doa", "egen"}
    messages = sorted(str(p) for p in registry.problems)
    assert len(messages) == 3
    assert "djup.json: filen kunde inte läsas (RecursionError)." in messages[0]
    assert "latin1.json: filen är inte sparad som UTF-8." in messages[1]
    assert "trasig.json: filen är inte giltig JSON (rad 2, kolumn 13" in messages[2]


def test_a_user_definition_overrides_the_shipped_one_with_the_same_id_and_version(tmp_path, registry):
    shipped = registry.get("awp")
    data = json.loads((shipped_dir() / "awp-2.0.json").read_text(encoding="utf-8"))
    data["verified"] = True  # the unit has put in its licensed wording and checked it
    data["items"][0]["label"]["sv"] = "Kroppsställning (enhetens licensierade formulering)"
    write(tmp_path / "user", "var-awp.json", data)

    mine = load_registry(user=tmp_path / "user")
    assert mine.problems == []
    awp = mine.get("awp", shipped.version)
    assert awp.origin == "user" and awp.file.endswith("var-awp.json")
    assert awp.items[0].label.sv == "Kroppsställning (enhetens licensierade formulering)"
    assert mine.versions("awp") == [shipped.version]
    assert mine.get("weis-s").origin == "shipped"  # the rest is untouched


def test_a_new_version_is_added_beside_the_shipped_one_and_is_the_default(tmp_path, registry):
    data = json.loads((shipped_dir() / "wri-s-4.0.json").read_text(encoding="utf-8"))
    data["version"] = "10.1"
    data["supersedes"] = []
    write(tmp_path / "user", "wri-new.json", data)
    mine = load_registry(user=tmp_path / "user")
    assert mine.versions("wri-s") == ["4.0", "10.1"]  # numbers compare as numbers
    assert mine.get("wri-s").version == "10.1"
    assert mine.get("wri-s", "10.1").origin == "user"


def test_a_superseded_version_still_loads_but_is_neither_offered_nor_the_default(tmp_path):
    """A unit's own copy of WRI-S 10.0 (the 17-item version): 4.0 supersedes it. Old
    administrations name it, so it loads; a new administration gets 4.0."""
    old = json.loads((FIXTURES / "wri-s-10.0.json").read_text(encoding="utf-8"))
    write(tmp_path / "user", "wri-s-10.json", old)
    mine = load_registry(user=tmp_path / "user")
    assert mine.problems == []
    assert mine.versions("wri-s") == ["4.0", "10.0"]
    assert mine.get("wri-s").version == "4.0"  # "10.0" sorts later, but it is superseded
    assert ("wri-s", "10.0") in mine.superseded()
    assert [d.version for d in mine.current() if d.id == "wri-s"] == ["4.0"]
    assert len(mine.get("wri-s", "10.0").items) == 17


def test_versions_sort_with_numbers_as_numbers_and_words_after():
    from app.models.instruments import _natural

    assert sorted(["2023", "2019 lättläst", "2017", "10.0", "4.0"], key=_natural) == [
        "4.0", "10.0", "2017", "2019 lättläst", "2023"]


def test_compare_by_and_required_text_fields_are_checked():
    data = definition_dict(compare_by="activity")
    assert problems_of(data) == [("compare_by", '"activity" är inget av definitionens textfält (text_fields: goals).')]
    data = definition_dict(compare_by="goals")
    data["text_fields"][0]["required"] = "ja"
    assert problems_of(data) == [("text_fields[0].required", "ska vara true eller false.")]
    data["text_fields"][0]["required"] = True
    parsed = parse_definition(data, "x.json")
    assert parsed.compare_by == "goals" and [f.id for f in parsed.required_fields] == ["goals"]
    assert parse_definition(definition_dict(), "x.json").compare_by is None  # both keys optional
    assert problems_of(definition_dict(supersedes="1")) == [
        ("supersedes", 'ska vara en lista med versionsnummer, t.ex. ["1"].')]
    assert problems_of(definition_dict(supersedes=["1"])) == [
        ("supersedes", "en version kan inte ersätta sig själv (1).")]


def test_every_old_definition_still_parses():
    """The files this round removed, as old administrations keep them (definition_json)."""
    for path in sorted(FIXTURES.glob("*.json")):
        old = parse_definition(json.loads(path.read_text(encoding="utf-8")), str(path), origin="snapshot")
        assert old.compare_by is None and old.required_fields == ()


def test_a_broken_user_override_keeps_the_shipped_definition(tmp_path, registry):
    data = json.loads((shipped_dir() / "awp-2.0.json").read_text(encoding="utf-8"))
    data["scale"]["values"] = []
    write(tmp_path / "user", "awp.json", data)
    mine = load_registry(user=tmp_path / "user")
    assert mine.get("awp").origin == "shipped"
    assert [p.field for p in mine.problems] == ["scale.values"]


def test_two_files_in_one_folder_for_the_same_instrument(tmp_path):
    user = tmp_path / "user"
    write(user, "a.json", definition_dict())
    write(user, "b.json", definition_dict())
    mine = load_registry(user=user)
    assert mine.get("test").file.endswith("a.json")
    [problem] = mine.problems
    assert problem.file.endswith("b.json") and "finns redan i a.json" in problem.message


def test_unknown_instrument(registry, tmp_path):
    with pytest.raises(NotFound, match="Instrumentet 'nope' finns inte."):
        registry.get("nope")
    with pytest.raises(NotFound, match="'awp' version 9"):
        registry.get("awp", "9")
    data = definition_dict()
    _empty_scale(data)
    write(tmp_path / "user", "t.json", data)
    with pytest.raises(NotFound, match="skalan är tom"):  # says why it is missing
        load_registry(user=tmp_path / "user").get("test")


def test_missing_user_folder_is_fine(tmp_path):
    assert load_registry(user=tmp_path / "finns-inte").problems == []


# == the command line ==========================================================================

def test_cli_prints_every_instrument_as_json(tmp_path, capsys):
    assert main(["instruments", "--json", "--dir", str(tmp_path / "none")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["problems"] == []
    by_id = {i["id"]: i for i in report["instruments"]}
    assert set(by_id) == {"weis-s", "awp", "wri-s", "awc", "oval-9", "doa"}
    awp = by_id["awp"]
    assert awp["domains"] == [
        {"id": "motor", "label": "Motoriska färdigheter", "items": 5, "verified": True},
        {"id": "communication", "label": "Kommunikations- och interaktionsfärdigheter", "items": 4, "verified": True},
        {"id": "process", "label": "Processfärdigheter", "items": 5, "verified": True},
    ]
    assert awp["scale"]["values"] == [4, 3, 2, 1]
    assert (awp["verified"], awp["needs_check"], awp["version"]) == (False, True, "2.0")
    assert [p["id"] for p in by_id["doa"]["parts"]] == ["client", "professional"]
    assert by_id["weis-s"]["name"].startswith("WEIS-S")


def test_cli_reports_problems_and_exits_1(tmp_path, capsys):
    write(tmp_path / "user", "trasig.json", "{")
    assert main(["instruments", "--dir", str(tmp_path / "user")]) == 1
    out = capsys.readouterr().out
    assert "WEIS-S 3.0: 17 påståenden" in out and "kontrollera mot manualen" in out
    assert "trasig.json: filen är inte giltig JSON" in out


def test_snapshot_round_trip_keeps_everything():
    data = definition_dict()
    first = parse_definition(copy.deepcopy(data), "x.json")
    again = parse_definition(json.loads(json.dumps(first.raw)), "sparad", origin="snapshot")
    assert (again.items, again.scale, again.parts, again.na) == (first.items, first.scale, first.parts, first.na)


# == robustness ================================================================================

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=6,
)


def _paths(value, prefix=()):
    """Every place in a JSON value that can be replaced."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for n, child in enumerate(value):
            yield from _paths(child, prefix + (n,))


_ALL_PATHS = [p for p in _paths(definition_dict()) if p]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_ALL_PATHS), _json)
def test_any_damaged_field_gives_a_problem_or_a_definition_never_a_crash(path, junk):
    data = definition_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = junk
    try:
        parse_definition(data, "fuzz.json")
    except DefinitionError as exc:
        assert exc.problems and all(p.file == "fuzz.json" and p.message for p in exc.problems)
