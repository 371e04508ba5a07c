"""Scoring, driven only by the instrument definition (no database, no Qt).

Ratings are given as ``{part id: {item id: Rating}}``; items missing from the mapping are open.
N/A and open items never count towards a sum, a mean or a step count::

    result = score(definition, {"professional": {"posture": Rating(3), "strength": Rating(na=True)}})
    result.part("professional").domain("motor").mean
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from statistics import fmean

from app.models.errors import RuleError
from app.models.instruments import InstrumentDef


@dataclass(frozen=True)
class Rating:
    value: int | None = None
    na: bool = False
    comment: str = ""

    @property
    def is_rated(self) -> bool:
        return self.value is not None and not self.na

    @property
    def is_open(self) -> bool:
        return self.value is None and not self.na

    @property
    def rated_value(self) -> int | None:
        """The value when the item is rated (neither open nor N/A): the one a sum or mean counts."""
        return self.value if self.is_rated else None


def _rated_values(ratings: Iterable[Rating]) -> list[int]:
    return [value for r in ratings if (value := r.rated_value) is not None]


Ratings = Mapping[str, Mapping[str, Rating]]
_OPEN = Rating()


@dataclass(frozen=True)
class DomainScore:
    domain: str
    items: int  # items in the domain
    rated: int
    na: int
    sum: int
    mean: float | None  # None when nothing in the domain is rated


@dataclass(frozen=True)
class PartScore:
    part: str
    domains: tuple[DomainScore, ...]
    counts: dict[int, int]  # scale value -> number of items rated with it, in the scale's order
    rated: int
    na: int
    open_items: tuple[str, ...]  # neither rated nor N/A
    act_on: tuple[str, ...]  # item ids on the unfavourable side: areas to act on
    total_sum: int
    total_mean: float | None

    def domain(self, domain_id: str) -> DomainScore:
        return next(d for d in self.domains if d.domain == domain_id)


@dataclass(frozen=True)
class PartDifference:
    """An item two parts rate far apart (DOA: client and professional) — a topic for the dialogue."""

    item_id: str
    parts: tuple[str, str]
    values: tuple[int, int]
    steps: int


@dataclass(frozen=True)
class Score:
    parts: tuple[PartScore, ...]
    differences: tuple[PartDifference, ...]

    def part(self, part_id: str) -> PartScore:
        return next(p for p in self.parts if p.part == part_id)


def _rating(ratings: Ratings, part: str, item: str, definition: InstrumentDef) -> Rating:
    rating = ratings.get(part, {}).get(item, _OPEN)
    if rating.is_rated and rating.value not in definition.scale.values:
        # The service never stores such a value; this guards against a hand-edited database.
        raise RuleError(f"Värdet {rating.value} för {item!r} finns inte på skalan för {definition.short_name}.")
    return rating


def score_part(definition: InstrumentDef, ratings: Ratings, part: str) -> PartScore:
    by_item = {i.id: _rating(ratings, part, i.id, definition) for i in definition.items}
    domains = []
    for domain in definition.domains:
        members = [by_item[i.id] for i in definition.items_in(domain.id)]
        values = _rated_values(members)
        domains.append(DomainScore(
            domain.id, len(members), len(values), sum(r.na for r in members), sum(values),
            fmean(values) if values else None,
        ))
    rated = _rated_values(by_item.values())
    return PartScore(
        part=part,
        domains=tuple(domains),
        counts={v: rated.count(v) for v in definition.scale.values},
        rated=len(rated),
        na=sum(r.na for r in by_item.values()),
        open_items=tuple(i for i, r in by_item.items() if r.is_open),
        act_on=tuple(i for i, r in by_item.items() if r.is_rated and r.value in definition.scoring.act_on_values),
        total_sum=sum(rated),
        total_mean=fmean(rated) if rated else None,
    )


def part_differences(definition: InstrumentDef, ratings: Ratings) -> tuple[PartDifference, ...]:
    """Items where two parts differ by ``scoring.part_difference`` scale steps or more."""
    found = []
    scale = definition.scale
    for a, b in combinations([p.id for p in definition.parts], 2):
        for item in definition.items:
            va = _rating(ratings, a, item.id, definition).rated_value
            vb = _rating(ratings, b, item.id, definition).rated_value
            if va is None or vb is None:
                continue
            steps = abs(scale.position(va) - scale.position(vb))
            if steps >= definition.scoring.part_difference:
                found.append(PartDifference(item.id, (a, b), (va, vb), steps))
    return tuple(found)


def score(definition: InstrumentDef, ratings: Ratings) -> Score:
    return Score(
        parts=tuple(score_part(definition, ratings, p.id) for p in definition.parts),
        differences=part_differences(definition, ratings),
    )


# -- comparing two administrations ---------------------------------------------------------------

@dataclass(frozen=True)
class ItemChange:
    part: str
    item_id: str
    before: int | None  # None: open or N/A then
    after: int | None
    change: int | None  # after - before, signed so positive = towards the favourable end


@dataclass(frozen=True)
class DomainChange:
    part: str
    domain: str
    mean_before: float | None
    mean_after: float | None
    change: float | None  # mean of the item changes (items rated both times); positive = better
    compared: int  # how many items were rated both times


@dataclass(frozen=True)
class Comparison:
    items: tuple[ItemChange, ...]
    domains: tuple[DomainChange, ...]
    # Two versions with different item lists (WRI-S 10.0 and 4.0): items only one of them has are
    # not compared; their labels, each from its own definition, so the views can say so.
    only_before: tuple[str, ...] = ()
    only_after: tuple[str, ...] = ()

    @property
    def not_compared(self) -> tuple[str, ...]:
        return self.only_before + self.only_after

    def item(self, part: str, item_id: str) -> ItemChange:
        return next(c for c in self.items if c.part == part and c.item_id == item_id)

    def domain(self, part: str, domain_id: str) -> DomainChange:
        return next(c for c in self.domains if c.part == part and c.domain == domain_id)


def compare(
    before_def: InstrumentDef, before: Ratings, after_def: InstrumentDef, after: Ratings
) -> Comparison:
    """Per item and per domain, on the parts and items both definitions share (they may be two
    versions of one instrument); labels and domains come from the later definition."""
    if before_def.id != after_def.id:
        raise RuleError(
            f"{before_def.short_name} och {after_def.short_name} är olika instrument och kan inte jämföras."
        )
    if (set(before_def.scale.values), before_def.scale.favourable) != (
        set(after_def.scale.values), after_def.scale.favourable
    ):
        raise RuleError(
            f"{after_def.short_name} version {before_def.version} och {after_def.version} har olika skalor "
            "och kan inte jämföras."
        )
    sign = after_def.scale.sign
    shared_items = {i.id for i in before_def.items} & {i.id for i in after_def.items}
    parts = [p.id for p in after_def.parts if p.id in {q.id for q in before_def.parts}]
    items, domains = [], []
    for part in parts:
        before_score = score_part(before_def, before, part)
        after_score = score_part(after_def, after, part)
        by_domain: dict[str, list[int]] = {}
        for item in after_def.items:
            if item.id not in shared_items:
                continue
            b = _rating(before, part, item.id, before_def).rated_value
            a = _rating(after, part, item.id, after_def).rated_value
            change = (a - b) * sign if a is not None and b is not None else None
            items.append(ItemChange(part, item.id, b, a, change))
            if change is not None:
                by_domain.setdefault(item.domain, []).append(change)
        before_means = {d.domain: d.mean for d in before_score.domains}
        for domain in after_score.domains:
            changes = by_domain.get(domain.domain, [])
            domains.append(DomainChange(
                part, domain.domain, before_means.get(domain.domain), domain.mean,
                fmean(changes) if changes else None, len(changes),
            ))
    return Comparison(tuple(items), tuple(domains),
                      tuple(i.label.sv for i in before_def.items if i.id not in shared_items),
                      tuple(i.label.sv for i in after_def.items if i.id not in shared_items))
