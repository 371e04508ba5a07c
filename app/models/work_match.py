"""A person's work performance (AWP) set against a work task's demands (AWC), item by item.

The demand instrument names the one it is set against (``set_against`` in its definition, AWC:
"awp"); items with equal ids are set against each other, in the performance instrument's order.
Both are counted in scale steps: the demand from the least demanding end, the performance from the
weakest end. Where the demand's step is higher than the performance's, the difference is the gap
(the task asks more of that skill than the person showed). Nothing here is stored: the result is
worked out from two completed administrations each time it is shown::

    found = latest_match(store, case_id)          # the case's latest AWP against its latest AWC
    found = match(store, awp_id, awc_id)          # or the two chosen
    [i.label for i in found.gaps]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.errors import RuleError
from app.models.scoring import Rating

if TYPE_CHECKING:
    from app.models.assessments import Assessment
    from app.models.instruments import InstrumentDef, Scale
    from app.models.store import Store

WORK_TASK_FIELD = "work_task"  # AWC 1.1's text field naming the work task assessed
GAP_HEADING = "Glapp (krav över utförande)"  # the verdict's column, in the window and the report


@dataclass(frozen=True)
class ItemMatch:
    """One item: the work task's demand against the person's performance."""

    number: int  # 1, 2 … in the performance instrument's order
    item_id: str
    domain: str
    label: str
    demand: int | None  # the demand's scale value; None when not rated there (open, N/A or no such item)
    demand_text: str  # "3 – Stort krav", or why there is none ("Ej bedömd")
    performance: int | None
    performance_text: str
    gap: int | None  # steps the demand is above the performance, 0 when it is not; None: not compared
    verdict: str  # "Ja – 2 steg", "Nej", "Ej jämförd – …": in words, so the gap never rests on a colour

    @property
    def compared(self) -> bool:
        return self.gap is not None

    @property
    def has_gap(self) -> bool:
        return bool(self.gap)


@dataclass(frozen=True)
class DomainMatch:
    """Per domain of the performance instrument: how many items could be compared, how many have a gap."""

    domain: str
    label: str
    items: int
    compared: int
    gaps: int


@dataclass(frozen=True)
class ItemsMatch:
    """The item-by-item result of two definitions and their ratings (no database)."""

    items: tuple[ItemMatch, ...]
    domains: tuple[DomainMatch, ...]
    demand_only: tuple[str, ...]  # labels of demand items the performance instrument lacks: not compared

    @property
    def gaps(self) -> tuple[ItemMatch, ...]:
        return tuple(i for i in self.items if i.has_gap)


@dataclass(frozen=True)
class WorkMatch:
    """Two administrations set against each other, and which they are."""

    performance: Assessment
    demands: Assessment
    result: ItemsMatch

    @property
    def items(self) -> tuple[ItemMatch, ...]:
        return self.result.items

    @property
    def domains(self) -> tuple[DomainMatch, ...]:
        return self.result.domains

    @property
    def gaps(self) -> tuple[ItemMatch, ...]:
        return self.result.gaps

    @property
    def work_task(self) -> str:
        return self.demands.texts.get(WORK_TASK_FIELD, "").strip()

    @property
    def description(self) -> str:
        """Which administrations are compared: "AWP 2.0 den 2026-11-10 mot AWC 1.1 den 2026-11-12
        (arbetsuppgift: Lagerarbete)"."""
        p, d = self.performance, self.demands
        task = f" (arbetsuppgift: {self.work_task})" if self.work_task else " (arbetsuppgiften inte angiven)"
        return (f"{p.definition.short_name} {p.definition.version} den {p.assessment_date} mot "
                f"{d.definition.short_name} {d.definition.version} den {d.assessment_date}{task}")


# -- the engine --------------------------------------------------------------------------------------

def _from_weakest(scale: Scale, value: int) -> int:
    """Steps from the unfavourable end (the performance: 0 = the weakest step)."""
    position = scale.position(value)
    return position if scale.favourable == "high" else len(scale.values) - 1 - position


def _from_least(scale: Scale, value: int) -> int:
    """Steps from the favourable end (the demand: 0 = the least demanding step)."""
    return len(scale.values) - 1 - _from_weakest(scale, value)


def _rating_text(definition: InstrumentDef, rating: Rating | None) -> str:
    if rating is None:
        return f"Finns inte i {definition.short_name}"
    if rating.na:
        return definition.na.label.sv
    if rating.value is None:
        return "Ej bedömd"
    return f"{rating.value} – {definition.scale.label(rating.value).sv}"


def check_pair(performance: InstrumentDef, demands: InstrumentDef) -> None:
    """Refuses (RuleError, in Swedish) two definitions that cannot be set against each other."""
    if demands.set_against is None:
        raise RuleError(f"{demands.short_name} version {demands.version} ställs inte mot något annat instrument "
                        "(definitionen anger inget set_against).")
    if demands.set_against != performance.id:
        raise RuleError(f"{demands.short_name} ställs mot {demands.set_against}, inte mot {performance.short_name}.")
    steps_p, steps_d = len(performance.scale.values), len(demands.scale.values)
    if steps_p != steps_d:
        raise RuleError(
            f"{performance.short_name} version {performance.version} har {steps_p} skalsteg och "
            f"{demands.short_name} version {demands.version} har {steps_d}; jämförelsen räknar skalsteg och "
            "kräver lika många steg på båda skalorna.")


def set_against(performance: InstrumentDef, performance_ratings: dict[str, Rating],
                demands: InstrumentDef, demand_ratings: dict[str, Rating]) -> ItemsMatch:
    """Item by item in the performance instrument's order; ratings are one part's, by item id."""
    check_pair(performance, demands)
    demand_items = {i.id for i in demands.items}
    p_name, d_name = performance.short_name, demands.short_name
    items = []
    for number, item in enumerate(performance.items, 1):
        p_rating = performance_ratings.get(item.id, Rating())
        d_rating = demand_ratings.get(item.id, Rating()) if item.id in demand_items else None
        p_value = p_rating.rated_value
        d_value = d_rating.rated_value if d_rating is not None else None
        if p_value is not None and d_value is not None:
            gap = max(0, _from_least(demands.scale, d_value) - _from_weakest(performance.scale, p_value))
            verdict = f"Ja – {gap} steg" if gap else "Nej"
        else:
            gap = None
            missing = [name for name, value in ((d_name, d_value), (p_name, p_value)) if value is None]
            verdict = "Ej jämförd – " + (f"finns inte i {d_name}" if d_rating is None
                                         else "ej bedömd i " + " och ".join(missing))
        items.append(ItemMatch(number, item.id, item.domain, item.label.sv, d_value,
                               _rating_text(demands, d_rating), p_value, _rating_text(performance, p_rating),
                               gap, verdict))
    domains = []
    for domain in performance.domains:
        members = [i for i in items if i.domain == domain.id]
        domains.append(DomainMatch(domain.id, domain.label.sv, len(members), sum(i.compared for i in members),
                                   sum(i.has_gap for i in members)))
    performance_items = {i.id for i in performance.items}
    return ItemsMatch(tuple(items), tuple(domains),
                      tuple(i.label.sv for i in demands.items if i.id not in performance_items))


def _part_ratings(assessment: Assessment) -> dict[str, Rating]:
    """The ratings of the administration's first part (AWP and AWC have one, the therapist's)."""
    return dict(assessment.ratings.get(assessment.definition.parts[0].id, {}))


# -- the case's administrations ------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidates:
    """The completed administrations of a case that can be set against each other, oldest first."""

    performances: tuple[Assessment, ...]
    demands: tuple[Assessment, ...]

    @property
    def any_pair(self) -> bool:
        return bool(self.performances and self.demands)


def usable(assessments: list[Assessment]) -> list[Assessment]:
    """Completed (or signed), not struck, and not replaced by a completed correction."""
    done = [a for a in assessments if not a.is_draft and not a.is_struck]
    ids = {a.id for a in done}
    return [a for a in done if a.corrected_by_id not in ids]


def candidates_in(assessments: list[Assessment]) -> Candidates:
    """From a case's administrations (as ``store.assessments.for_case`` gives them)."""
    done = sorted(usable(assessments), key=lambda a: (a.assessment_date, a.id))
    demands = [a for a in done if a.definition.set_against is not None]
    targets = {a.definition.set_against for a in demands}
    return Candidates(tuple(a for a in done if a.instrument_id in targets), tuple(demands))


def candidates(store: Store, case_id: int) -> Candidates:
    return candidates_in(store.assessments.for_case(case_id))


def match(store: Store, performance_id: int, demand_id: int) -> WorkMatch:
    """The two administrations chosen; refused when they are not of one case, not completed, struck,
    or cannot be set against each other."""
    return match_of(store.assessments.get(performance_id), store.assessments.get(demand_id))


def match_of(performance: Assessment, demands: Assessment) -> WorkMatch:
    if performance.case_id != demands.case_id:
        raise RuleError("Bedömningarna hör till olika ärenden och jämförs inte.")
    for a in (performance, demands):
        if a.is_struck:
            raise RuleError(f"Bedömning nr {a.id} är makulerad och jämförs inte.")
        if a.is_draft:
            raise RuleError(f"Bedömning nr {a.id} ({a.definition.short_name}) är ett utkast; markera den som klar "
                            "innan den jämförs.")
    result = set_against(performance.definition, _part_ratings(performance),
                         demands.definition, _part_ratings(demands))
    return WorkMatch(performance, demands, result)


def latest_pairs(found: Candidates) -> list[tuple[Assessment, Assessment]]:
    """Each work task's demands (every usable AWC, oldest first) with the latest performance
    of the instrument it is set against; refused pairs (different scales) are left out."""
    pairs = []
    for demands in found.demands:
        performances = [p for p in found.performances if p.instrument_id == demands.definition.set_against]
        if not performances:
            continue
        try:
            check_pair(performances[-1].definition, demands.definition)
        except RuleError:
            continue
        pairs.append((performances[-1], demands))
    return pairs


def latest_match(store: Store, case_id: int) -> WorkMatch | None:
    """The case's latest completed AWP against its latest completed AWC; None without both."""
    pairs = latest_pairs(candidates(store, case_id))
    return match_of(*pairs[-1]) if pairs else None
