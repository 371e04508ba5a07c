"""Assessment instrument definitions: data files, checked on load, with a unit's own files on top.

Definitions live in ``resources/instruments/*.json`` (shipped) and ``<user data>/instruments/*.json``
(the unit's own; same id and version replaces the shipped one). The format is described in
``resources/instruments/README.md``. Loading never stops at a bad file: the good definitions load and
every problem is reported with its file and field, in Swedish::

    registry = load_registry()
    weis = registry.get("weis-s")          # newest version
    for problem in registry.problems: print(problem)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from app.models.errors import NotFound
from app.paths import resources_dir

FORMAT = 1  # the file format this code reads; a file with another number is refused, not guessed at
KINDS = {
    "interview": "Intervju",
    "observation": "Observation",
    "self_report": "Självskattning",
    "self_and_professional": "Självskattning och professionell bedömning",
    "job_analysis": "Arbetsanalys",
}
RATERS = {"professional": "Arbetsterapeut", "client": "Klient"}
FAVOURABLE = ("high", "low")
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
# A version may read as the chooser shows it ("2019 lättläst"): letters (å ä ö too), digits, inner spaces.
_VERSION = re.compile(r"^[A-Za-z0-9ÅÄÖåäö](?:[A-Za-z0-9ÅÄÖåäö._ -]*[A-Za-z0-9ÅÄÖåäö.])?$")
_MAX_FILE_BYTES = 2_000_000  # a definition is a few kB; anything huge is a mistake


# -- the definition ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Label:
    sv: str
    en: str = ""


@dataclass(frozen=True)
class ScaleStep:
    value: int
    label: Label


@dataclass(frozen=True)
class Scale:
    steps: tuple[ScaleStep, ...]  # in the order the file lists them (the order to show)
    favourable: str  # "high": the highest value is the best; "low": the lowest is
    verified: bool

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(s.value for s in self.steps)

    @property
    def sign(self) -> int:
        """+1 when higher is better: multiply a raw change by this so positive = towards favourable."""
        return 1 if self.favourable == "high" else -1

    def position(self, value: int) -> int:
        """Steps from the lowest value: distances are counted in steps, not value units."""
        return sorted(self.values).index(value)

    def label(self, value: int) -> Label:
        return next(s.label for s in self.steps if s.value == value)

    def step_text(self, value: int, sep: str = " – ") -> str:
        """"2 – Hindrar"; just "2" for a step only numbered (OVal-9's steps between the two ends)."""
        label = self.label(value).sv
        return str(value) if label == str(value) else f"{value}{sep}{label}"

    def legend(self) -> str:
        """"4 = Stödjer i hög grad · 3 = Stödjer · …"; numbered-only steps as their number."""
        return " · ".join(self.step_text(s.value, " = ") for s in self.steps)

    def unfavourable_half(self) -> tuple[int, ...]:
        worst_first = sorted(self.values, key=lambda v: v * self.sign)
        return tuple(worst_first[: len(worst_first) // 2])


@dataclass(frozen=True)
class Part:
    id: str
    label: Label
    rater: str  # "professional" or "client"
    verified: bool = False


@dataclass(frozen=True)
class Domain:
    id: str
    label: Label
    verified: bool
    hint: Label | None = None


@dataclass(frozen=True)
class Item:
    id: str
    domain: str
    label: Label
    verified: bool
    hint: Label | None = None


@dataclass(frozen=True)
class TextField:
    id: str
    label: Label
    hint: Label | None = None
    required: bool = False  # must be filled in before the administration is completed (OVal-9's activity)


@dataclass(frozen=True)
class NotApplicable:
    allowed: bool
    label: Label
    verified: bool


@dataclass(frozen=True)
class Scoring:
    act_on_values: tuple[int, ...]  # ratings listed as areas to act on
    part_difference: int  # two-part instruments: flag items whose parts differ by this many steps
    total: bool  # also show a sum/mean over all items


@dataclass(frozen=True)
class InstrumentDef:
    id: str
    version: str
    name: Label
    short_name: str
    owner: str
    licence: str
    kind: str
    verified: bool
    verification_note: str
    sources: tuple[str, ...]
    parts: tuple[Part, ...]
    domains: tuple[Domain, ...]
    items: tuple[Item, ...]
    scale: Scale
    na: NotApplicable
    item_comment: Label
    text_fields: tuple[TextField, ...]
    scoring: Scoring
    set_against: str | None = None  # AWC: "awp", the instrument whose items (same ids) it is set against
    # The id of a text field whose value groups a case's administrations (OVal-9: "activity"): they
    # are compared, and their change drawn, only within one group. None: all in one group.
    compare_by: str | None = None
    supersedes: tuple[str, ...] = ()  # older versions of this id that are no longer offered
    file: str = ""  # where it was read from, for messages
    origin: str = "shipped"  # "shipped", "user" or "snapshot"
    raw: dict = field(default_factory=dict, compare=False, repr=False)  # the file's JSON; parse_definition copies it

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]

    @property
    def item_noun(self) -> tuple[str, str]:
        """What an item is called, singular and plural: AWP observes skills and AWC a task's demands
        on them ("Färdighet"); the interviews and self-ratings have statements ("Påstående")."""
        if self.kind in ("observation", "job_analysis"):
            return ("Färdighet", "Färdigheter")
        return ("Påstående", "Påståenden")

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise NotFound(f"Påståendet {item_id!r} finns inte i {self.short_name} version {self.version}.")

    def text_field(self, field_id: str | None) -> TextField:
        for text_field in self.text_fields:
            if text_field.id == field_id:
                return text_field
        raise NotFound(f"Textfältet {field_id!r} finns inte i {self.short_name} version {self.version}.")

    def part(self, part_id: str) -> Part:
        for part in self.parts:
            if part.id == part_id:
                return part
        raise NotFound(f"Delen {part_id!r} finns inte i {self.short_name} version {self.version}.")

    @property
    def display_name(self) -> str:
        """The name without a leading short name ("AWC – Bedömning …" -> "Bedömning …")."""
        name = self.name.sv
        for sep in (" – ", " - ", ": "):
            if name.startswith(self.short_name + sep):
                return name[len(self.short_name) + len(sep):].strip() or name
        return name

    @property
    def choice_label(self) -> str:
        """How the chooser and the blank-form menu name one version: "DOA 2023 – Dialog om arbetsförmåga"."""
        return f"{self.short_name} {self.version} – {self.display_name}"

    @property
    def required_fields(self) -> tuple[TextField, ...]:
        return tuple(f for f in self.text_fields if f.required)

    def items_in(self, domain_id: str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.domain == domain_id)

    def unverified(self) -> list[str]:
        """What must be checked against the manual, in Swedish; empty when nothing."""
        found = [] if self.verified else ["definitionen som helhet"]
        found += _unchecked("delen", "delarna", self.parts)
        if not self.scale.verified:
            found.append("skalan")
        if self.na.allowed and not self.na.verified:
            found.append("Ej tillämplig")
        found += _unchecked("området", "områdena", self.domains)
        found += _unchecked("påståendet", "påståendena", self.items)
        return found

    @property
    def needs_check(self) -> bool:
        """True: the UI shows "kontrollera mot manualen"."""
        return bool(self.unverified())


def _unchecked(singular: str, plural: str, things: tuple) -> list[str]:
    """"områdena" when none is verified, else each unverified one by name."""
    open_ = [t for t in things if not t.verified]
    if len(open_) == len(things) > 1:
        return [plural]
    return [f"{singular} {t.label.sv}" for t in open_]


# -- problems ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    file: str
    field: str  # a path into the file such as ``items[3].domain``; "" for the whole file
    message: str
    instrument_id: str | None = None

    def __str__(self) -> str:
        where = f", fältet {self.field}" if self.field else ""
        return f"Instrumentfilen {self.file}{where}: {self.message}"


class DefinitionError(Exception):
    """A definition that does not validate (raised by :func:`parse_definition`)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# -- validation --------------------------------------------------------------------------------

class _Reader:
    """Walks one definition, collecting a problem per bad field rather than stopping at the first."""

    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.instrument_id: str | None = None

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(self.file, path, message, self.instrument_id))

    def obj(self, value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
        if not isinstance(value, dict):
            self.fail(path, "ska vara ett objekt ({ … }).")
            return {}
        for key in required:
            if key not in value:
                self.fail(_join(path, key), "saknas.")
        for key in value:
            # Keys starting with "_" are comments; any other unknown key is most likely a typo
            # (a misspelt "na" must not silently switch N/A off).
            if key not in required and key not in optional and not key.startswith("_"):
                self.fail(_join(path, key), "okänt fält (stavfel?).")
        return value

    # A missing required key was already reported by obj(); these only check a value that is there.
    def text(self, data: dict, key: str, path: str, *, default: str = "") -> str:
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, str) or not value.strip():
            self.fail(_join(path, key), "ska vara en text som inte är tom.")
            return ""
        return value.strip()

    def flag(self, data: dict, key: str, path: str, default: bool = False) -> bool:
        if key not in data:
            return default
        if not isinstance(data[key], bool):
            self.fail(_join(path, key), "ska vara true eller false.")
            return False
        return data[key]

    def ident(self, data: dict, key: str, path: str, pattern: re.Pattern = _ID) -> str:
        value = data.get(key)
        if key not in data:
            return ""
        if not isinstance(value, str) or not pattern.match(value):
            what, allowed = (("inget giltigt id", "små bokstäver a–z") if pattern is _ID
                             else ("inget giltigt versionsnummer", "bokstäver a–ö, mellanslag inuti"))
            self.fail(_join(path, key), f"{json.dumps(value, ensure_ascii=False)} är {what}: "
                                        f"bara {allowed}, siffror, punkt, bindestreck och understreck.")
            return ""
        return value

    def label(self, value: Any, path: str) -> Label:
        data = self.obj(value, path, ("sv",), ("en",))
        sv = self.text(data, "sv", path) if "sv" in data else ""
        en = self.text(data, "en", path) if "en" in data else ""
        return Label(sv, en)

    def items_of(self, data: dict, key: str, path: str, *, required: bool = True) -> list:
        value = data.get(key, [] if not required else None)
        if not isinstance(value, list):
            if key in data:
                self.fail(_join(path, key), "ska vara en lista ([ … ]).")
            return []
        if required and not value:
            self.fail(_join(path, key), "är tom; minst en post behövs.")
        return value

    def unique(self, ids: list[tuple[str, str]], what: str) -> set[str]:
        """``ids`` are (path, id); report every id seen before."""
        seen: dict[str, str] = {}
        for path, ident in ids:
            if not ident:
                continue
            if ident in seen:
                self.fail(path, f"{what} {ident!r} förekommer två gånger (första gången i {seen[ident]}).")
            else:
                seen[ident] = path
        return set(seen)


def _one_of(value: Any, allowed) -> TypeGuard[str]:
    """Membership that a list or object from the file cannot crash (they are unhashable)."""
    return isinstance(value, str) and value in allowed


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _optional_label(reader: _Reader, data: dict, key: str, path: str) -> Label | None:
    return reader.label(data[key], _join(path, key)) if key in data else None


def parse_definition(data: Any, file: str, origin: str = "shipped") -> InstrumentDef:
    """Validate one definition (the parsed JSON) and build it; raises DefinitionError listing
    every problem found."""
    r = _Reader(file)
    top = r.obj(
        data, "",
        ("format", "id", "version", "name", "short_name", "owner", "licence", "kind", "verified",
         "parts", "domains", "items", "scale"),
        ("verification_note", "sources", "na", "item_comment", "text_fields", "scoring", "set_against",
         "compare_by", "supersedes"),
    )
    if not top:
        raise DefinitionError(r.problems or [Problem(file, "", "filen innehåller ingen definition.")])
    if top.get("format") != FORMAT or isinstance(top.get("format"), bool):
        r.fail("format", f"okänt format {json.dumps(top.get('format'))}; den här versionen av ATAMA "
                         f"läser format {FORMAT}.")
        raise DefinitionError(r.problems)  # another format: the rest cannot be read with these rules

    instrument_id = r.ident(top, "id", "")
    r.instrument_id = instrument_id or None
    version = r.ident(top, "version", "", _VERSION)
    name = r.label(top.get("name"), "name") if "name" in top else Label("")
    short_name = r.text(top, "short_name", "")
    owner = r.text(top, "owner", "")
    licence = r.text(top, "licence", "")
    raw_kind = top.get("kind")
    if "kind" in top and not _one_of(raw_kind, KINDS):
        r.fail("kind", f"{json.dumps(raw_kind, ensure_ascii=False)} är inget känt slag; välj bland {', '.join(KINDS)}.")
    kind = raw_kind if _one_of(raw_kind, KINDS) else ""  # a missing or unknown kind is a problem reported above
    verified = r.flag(top, "verified", "")
    note = r.text(top, "verification_note", "", default="")
    sources = tuple(r.items_of(top, "sources", "", required=False))
    if not all(isinstance(s, str) for s in sources):
        r.fail("sources", "ska vara en lista med texter.")

    parts = _parts(r, top, verified)
    domains = _domains(r, top, verified)
    items = _items(r, top, verified, {d.id for d in domains})
    used = {i.domain for i in items}
    for n, domain in enumerate(domains):
        if domain.id and domain.id not in used and items:
            r.fail(f"domains[{n}]", f"området {domain.id!r} har inga påståenden.")
    scale = _scale(r, top, verified)
    na = _na(r, top, verified)
    item_comment = _optional_label(r, top, "item_comment", "") or Label("Kommentar", "Comment")
    text_fields = _text_fields(r, top)
    scoring = _scoring(r, top, scale, len(parts))
    set_against = _set_against(r, top, instrument_id)
    compare_by = _compare_by(r, top, text_fields)
    supersedes = _supersedes(r, top, version)

    if r.problems:
        raise DefinitionError(r.problems)
    return InstrumentDef(
        id=instrument_id, version=version, name=name, short_name=short_name, owner=owner,
        licence=licence, kind=kind, verified=verified, verification_note=note, sources=sources,
        parts=parts, domains=domains, items=items, scale=scale, na=na, item_comment=item_comment,
        text_fields=text_fields, scoring=scoring, set_against=set_against, compare_by=compare_by,
        supersedes=supersedes, file=file, origin=origin,
        raw=json.loads(json.dumps(data)),  # a private copy: the snapshot must not change under us
    )


def _parts(r: _Reader, top: dict, default_verified: bool) -> tuple[Part, ...]:
    parts, ids = [], []
    for n, raw in enumerate(r.items_of(top, "parts", "")):
        path = f"parts[{n}]"
        data = r.obj(raw, path, ("id", "label", "rater"), ("verified",))
        rater = data.get("rater")
        if "rater" in data and not _one_of(rater, RATERS):
            r.fail(f"{path}.rater", f"ska vara {' eller '.join(RATERS)}.")
        part = Part(
            r.ident(data, "id", path),
            r.label(data.get("label"), f"{path}.label") if "label" in data else Label(""),
            rater if _one_of(rater, RATERS) else "professional",
            r.flag(data, "verified", path, default_verified),
        )
        parts.append(part)
        ids.append((f"{path}.id", part.id))
    r.unique(ids, "Delen")
    return tuple(parts)


def _domains(r: _Reader, top: dict, default_verified: bool) -> tuple[Domain, ...]:
    domains, ids = [], []
    for n, raw in enumerate(r.items_of(top, "domains", "")):
        path = f"domains[{n}]"
        data = r.obj(raw, path, ("id", "label"), ("hint", "verified"))
        domains.append(Domain(
            r.ident(data, "id", path),
            r.label(data.get("label"), f"{path}.label") if "label" in data else Label(""),
            r.flag(data, "verified", path, default_verified),
            _optional_label(r, data, "hint", path),
        ))
        ids.append((f"{path}.id", domains[-1].id))
    r.unique(ids, "Området")
    return tuple(domains)


def _items(r: _Reader, top: dict, default_verified: bool, domain_ids: set[str]) -> tuple[Item, ...]:
    items, ids = [], []
    for n, raw in enumerate(r.items_of(top, "items", "")):
        path = f"items[{n}]"
        data = r.obj(raw, path, ("id", "domain", "label"), ("hint", "verified"))
        domain = data.get("domain")
        if "domain" in data and not _one_of(domain, domain_ids):
            r.fail(f"{path}.domain", f"området {json.dumps(domain, ensure_ascii=False)} finns inte under domains.")
        items.append(Item(
            r.ident(data, "id", path),
            domain if isinstance(domain, str) else "",
            r.label(data.get("label"), f"{path}.label") if "label" in data else Label(""),
            r.flag(data, "verified", path, default_verified),
            _optional_label(r, data, "hint", path),
        ))
        ids.append((f"{path}.id", items[-1].id))
    r.unique(ids, "Påståendet")
    return tuple(items)


def _scale(r: _Reader, top: dict, default_verified: bool) -> Scale:
    data = r.obj(top.get("scale", {}), "scale", ("values", "favourable"), ("verified",)) if "scale" in top else {}
    steps, seen = [], []
    raw_steps = data.get("values")
    if "values" in data and (not isinstance(raw_steps, list) or len(raw_steps) < 2):
        r.fail("scale.values", "skalan är tom eller har bara ett steg; minst två steg behövs.")
        raw_steps = []
    for n, raw in enumerate(raw_steps or []):
        path = f"scale.values[{n}]"
        step = r.obj(raw, path, ("value", "label"))
        if "value" not in step:  # reported by obj()
            continue
        value = step["value"]
        if not isinstance(value, int) or isinstance(value, bool):
            r.fail(f"{path}.value", "ska vara ett heltal.")
            continue
        label = r.label(step.get("label"), f"{path}.label") if "label" in step else Label("")
        steps.append(ScaleStep(value, label))
        seen.append((f"{path}.value", str(value)))
    r.unique(seen, "Skalvärdet")
    favourable = data.get("favourable")
    if "favourable" in data and not _one_of(favourable, FAVOURABLE):
        r.fail("scale.favourable", 'ska vara "high" (högt värde är gynnsamt) eller "low".')
    return Scale(tuple(steps), favourable if _one_of(favourable, FAVOURABLE) else "high",
                 r.flag(data, "verified", "scale", default_verified))


def _na(r: _Reader, top: dict, default_verified: bool) -> NotApplicable:
    if "na" not in top:
        return NotApplicable(False, Label("Ej tillämplig", "Not applicable"), default_verified)
    data = r.obj(top["na"], "na", ("allowed",), ("label", "verified"))
    label = _optional_label(r, data, "label", "na") or Label("Ej tillämplig", "Not applicable")
    return NotApplicable(r.flag(data, "allowed", "na"), label, r.flag(data, "verified", "na", default_verified))


def _text_fields(r: _Reader, top: dict) -> tuple[TextField, ...]:
    fields, ids = [], []
    for n, raw in enumerate(r.items_of(top, "text_fields", "", required=False)):
        path = f"text_fields[{n}]"
        data = r.obj(raw, path, ("id", "label"), ("hint", "required"))
        fields.append(TextField(
            r.ident(data, "id", path),
            r.label(data.get("label"), f"{path}.label") if "label" in data else Label(""),
            _optional_label(r, data, "hint", path),
            r.flag(data, "required", path),
        ))
        ids.append((f"{path}.id", fields[-1].id))
    r.unique(ids, "Textfältet")
    return tuple(fields)


def _compare_by(r: _Reader, top: dict, text_fields: tuple[TextField, ...]) -> str | None:
    if "compare_by" not in top:
        return None
    value = top["compare_by"]
    ids = [f.id for f in text_fields if f.id]
    if not _one_of(value, ids):
        named = ", ".join(ids) if ids else "inga textfält finns"
        r.fail("compare_by", f"{json.dumps(value, ensure_ascii=False)} är inget av definitionens textfält "
                             f"(text_fields: {named}).")
        return None
    return value


def _supersedes(r: _Reader, top: dict, version: str) -> tuple[str, ...]:
    if "supersedes" not in top:
        return ()
    value = top["supersedes"]
    if not isinstance(value, list) or not all(isinstance(v, str) and _VERSION.match(v) for v in value):
        r.fail("supersedes", "ska vara en lista med versionsnummer, t.ex. [\"1\"].")
        return ()
    if version in value:
        r.fail("supersedes", f"en version kan inte ersätta sig själv ({version}).")
        return ()
    return tuple(value)


def _scoring(r: _Reader, top: dict, scale: Scale, part_count: int) -> Scoring:
    data = r.obj(top["scoring"], "scoring", (), ("act_on_values", "part_difference", "total")) \
        if "scoring" in top else {}
    act_on = scale.unfavourable_half()
    if "act_on_values" in data:
        raw = data["act_on_values"]
        if not isinstance(raw, list) or any(type(v) is not int or v not in scale.values for v in raw):
            r.fail("scoring.act_on_values", f"ska vara en lista med värden från skalan ({_values(scale)}).")
        else:
            act_on = tuple(raw)
    difference = data.get("part_difference", 2)
    if not isinstance(difference, int) or isinstance(difference, bool) or difference < 1:
        r.fail("scoring.part_difference", "ska vara ett heltal, minst 1 (antal skalsteg).")
        difference = 2
    elif "part_difference" in data and part_count < 2:
        r.fail("scoring.part_difference", "gäller bara instrument med två delar (t.ex. klient och arbetsterapeut).")
    return Scoring(act_on, difference, r.flag(data, "total", "scoring", False))


def _set_against(r: _Reader, top: dict, own_id: str) -> str | None:
    """The instrument this one is set against item by item (AWC: "awp"); only its id, since the
    other file may load after this one or be the unit's own."""
    if "set_against" not in top:
        return None
    other = r.ident(top, "set_against", "")
    if other and other == own_id:
        r.fail("set_against", "ska vara ett annat instruments id, inte instrumentets eget.")
    return other or None


def _values(scale: Scale) -> str:
    return ", ".join(str(v) for v in scale.values)


# -- loading and the registry ------------------------------------------------------------------

def shipped_dir() -> Path:
    return resources_dir() / "instruments"


def user_dir() -> Path:
    from app.paths import user_data_dir

    return user_data_dir() / "instruments"


def _read_file(path: Path, origin: str) -> InstrumentDef:
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            raise DefinitionError([Problem(str(path), "", "filen är för stor för att vara en instrumentdefinition.")])
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DefinitionError([Problem(str(path), "", "filen är inte sparad som UTF-8.")]) from None
    except OSError as exc:
        raise DefinitionError([Problem(str(path), "", f"filen kan inte läsas ({exc.strerror}).")]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError([Problem(
            str(path), "", f"filen är inte giltig JSON (rad {exc.lineno}, kolumn {exc.colno}: {exc.msg})."
        )]) from None
    return parse_definition(data, str(path), origin)


def _natural(version: str) -> tuple:
    """Version order: "10.0" after "3.0" (numbers compare as numbers), "2019 lättläst" before "2023"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.findall(r"\d+|[^\d._ -]+", version))


@dataclass
class Registry:
    """The definitions that loaded, by (id, version), and the problems of those that did not."""

    definitions: dict[tuple[str, str], InstrumentDef] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def all(self) -> list[InstrumentDef]:
        return sorted(self.definitions.values(), key=lambda d: (d.id, _natural(d.version)))

    def versions(self, instrument_id: str) -> list[str]:
        """Every loaded version, oldest first (superseded ones too: old administrations name them)."""
        return [d.version for d in self.all() if d.id == instrument_id]

    def superseded(self) -> set[tuple[str, str]]:
        """(id, version) that a loaded newer definition of the same id says it replaces."""
        return {(d.id, old) for d in self.definitions.values() for old in d.supersedes}

    def current(self) -> list[InstrumentDef]:
        """The versions to offer for a new administration: every loaded one not superseded (DOA has
        several current editions side by side), in the order of :meth:`all`."""
        gone = self.superseded()
        return [d for d in self.all() if d.key not in gone]

    def get(self, instrument_id: str, version: str | None = None) -> InstrumentDef:
        """The given version, or the newest current one when ``version`` is None."""
        current = [d.version for d in self.current() if d.id == instrument_id]
        versions = current or self.versions(instrument_id)
        if version is None and versions:
            version = versions[-1]
        found = self.definitions.get((instrument_id, version or ""))
        if found is None:
            why = [str(p) for p in self.problems if p.instrument_id == instrument_id]
            wanted = f"{instrument_id!r} version {version}" if version else repr(instrument_id)
            raise NotFound(f"Instrumentet {wanted} finns inte." + (" " + " ".join(why) if why else ""))
        return found

    def add_dir(self, folder: Path, origin: str) -> None:
        """Load every *.json in ``folder``; a later folder's definition replaces an earlier one with
        the same id and version (that is how a unit's own file overrides the shipped one)."""
        if not folder.is_dir():
            return
        here: dict[tuple[str, str], str] = {}
        for path in sorted(folder.glob("*.json")):
            try:
                definition = _read_file(path, origin)
            except DefinitionError as exc:
                self.problems.extend(exc.problems)
                continue
            except Exception as exc:  # noqa: BLE001 - one odd file (e.g. nested 100 000 deep) must not stop the rest
                self.problems.append(Problem(str(path), "", f"filen kunde inte läsas ({type(exc).__name__})."))
                continue
            if definition.key in here:  # two files in one folder claim the same instrument
                self.problems.append(Problem(
                    str(path), "id", f"{definition.id} version {definition.version} finns redan i "
                                     f"{Path(here[definition.key]).name}; filen används inte.", definition.id))
                continue
            here[definition.key] = str(path)
            self.definitions[definition.key] = definition


def load_registry(shipped: Path | None = None, user: Path | None = None) -> Registry:
    """Shipped definitions, then the unit's own on top. Never raises for a bad file."""
    registry = Registry()
    registry.add_dir(shipped or shipped_dir(), "shipped")
    registry.add_dir(user if user is not None else user_dir(), "user")
    return registry


def summary(definition: InstrumentDef) -> dict:
    """What ``python -m app instruments --json`` prints for one definition."""
    return {
        "id": definition.id,
        "name": definition.name.sv,
        "short_name": definition.short_name,
        "version": definition.version,
        "kind": definition.kind,
        "verified": definition.verified,
        "needs_check": definition.needs_check,
        "unverified": definition.unverified(),
        "origin": definition.origin,
        "file": definition.file,
        "parts": [{"id": p.id, "label": p.label.sv, "rater": p.rater} for p in definition.parts],
        "domains": [
            {"id": d.id, "label": d.label.sv, "items": len(definition.items_in(d.id)), "verified": d.verified}
            for d in definition.domains
        ],
        "items": len(definition.items),
        "scale": {"values": list(definition.scale.values), "favourable": definition.scale.favourable,
                  "verified": definition.scale.verified},
        "na_allowed": definition.na.allowed,
        "set_against": definition.set_against,
        "compare_by": definition.compare_by,
        "required_fields": [f.id for f in definition.required_fields],
        "supersedes": list(definition.supersedes),
    }


def print_registry(user: Path | None = None, as_json: bool = False) -> int:
    """``python -m app instruments``: every loaded definition, then every problem (exit 1 if any)."""
    registry = load_registry(user=user)
    if as_json:
        print(json.dumps({
            "instruments": [summary(d) for d in registry.all()],
            "problems": [{"file": p.file, "field": p.field, "message": p.message, "text": str(p)}
                         for p in registry.problems],
        }, ensure_ascii=False, indent=2))
    else:
        for d in registry.all():
            check = f" – kontrollera mot manualen: {', '.join(d.unverified())}" if d.needs_check else ""
            origin = " (enhetens egen)" if d.origin == "user" else ""
            print(f"{d.short_name} {d.version}{origin}: {len(d.items)} påståenden, "
                  f"skala {'/'.join(map(str, d.scale.values))}{check}")
        for problem in registry.problems:
            print(problem)
    return 1 if registry.problems else 0
