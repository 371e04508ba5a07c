"""Change over time: each domain's mean across a case's administrations of one instrument, first to
latest by date (no Qt; the case's trend view and the report's chart draw what this returns).

Which administrations: completed ones (signed or not), never a struck one, and one corrected by a
completed correction gives way to the correction (the record as it stands, as the report shows it).
Which go on one chart: the same instrument on the same scale, and for an instrument with
``compare_by`` (OVal-9: the activity) the same value of that text field, compared case-insensitively
after strip (the contract of issue 14). A two-part instrument (DOA) has a line per part and domain.

    for trend in case_trends(store, case.id):
        trend.title, [p.date for p in trend.points], trend.values(trend.lines[0])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.instruments import InstrumentDef
from app.models.scoring import score

if TYPE_CHECKING:
    from app.models.assessments import Assessment
    from app.models.store import Store


@dataclass(frozen=True)
class TrendLine:
    """One domain of one part: a line on the chart, a row in its table."""

    part: str
    domain: str
    domain_label: str
    part_label: str  # "" for a one-part instrument

    @property
    def label(self) -> str:
        """"Vilja" or, with two parts, "Vilja (klient)"."""
        return f"{self.domain_label} ({self.part_label.lower()})" if self.part_label else self.domain_label


@dataclass(frozen=True)
class TrendPoint:
    """One administration on the chart."""

    assessment_id: int
    date: str
    version: str
    means: dict[tuple[str, str], float | None]  # (part, domain) -> mean; None when nothing there was rated


@dataclass(frozen=True)
class Trend:
    """The administrations of one instrument (and group) in date order, with the lines to draw."""

    instrument_id: str
    title: str  # "WEIS-S" or "OVal-9 – Diska"
    definition: InstrumentDef  # the latest administration's: labels, scale
    group: str | None  # the compare_by text as the latest administration wrote it; None when not grouped
    lines: tuple[TrendLine, ...]
    points: tuple[TrendPoint, ...]

    def values(self, line: TrendLine) -> list[float | None]:
        """The line's mean at each point, first to latest."""
        return [p.means.get((line.part, line.domain)) for p in self.points]

    def lines_of(self, part: str) -> tuple[TrendLine, ...]:
        return tuple(line for line in self.lines if line.part == part)

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(line.part for line in self.lines))

    @property
    def favourable(self) -> str:
        """Which end of the scale is favourable, as a sentence for the chart."""
        return favourable_text(self.definition)


def favourable_text(definition: InstrumentDef) -> str:
    """"Högre värde är gynnsamt (4 = stödjer i hög grad)." — said beside every chart."""
    scale = definition.scale
    best = max(scale.values) if scale.favourable == "high" else min(scale.values)
    way = "Högre" if scale.favourable == "high" else "Lägre"
    return f"{way} värde är gynnsamt ({best} = {scale.label(best).sv.lower()})."


def standing(assessments: Iterable[Assessment]) -> list[Assessment]:
    """The administrations results are drawn from: completed, not struck; one corrected by a
    completed correction gives way to it. In the order given."""
    done = [a for a in assessments if not a.is_draft and not a.is_struck]
    ids = {a.id for a in done}
    return [a for a in done if a.corrected_by_id not in ids]


def comparison_group(assessment: Assessment) -> str | None:
    """The group an administration is compared within (``Assessment.group_key``, as
    ``Assessments.groups`` has it); None for an instrument that is not grouped."""
    return assessment.group_key if assessment.definition.compare_by else None


def _scale_key(definition: InstrumentDef) -> tuple:
    return (tuple(sorted(definition.scale.values)), definition.scale.favourable)


def same_chart(a: Assessment, b: Assessment) -> bool:
    """Whether two administrations are compared with each other (one chart, one comparison)."""
    return _key(a) == _key(b)


def _key(a: Assessment) -> tuple:
    return (a.instrument_id, _scale_key(a.definition), comparison_group(a))


def trends(assessments: Iterable[Assessment]) -> list[Trend]:
    """One Trend per instrument and group (see the module's docstring), in the order each first
    appears; ``assessments`` in date order (``store.assessments.for_case``)."""
    chosen = standing(assessments)
    groups: dict[tuple, list[Assessment]] = {}
    for a in sorted(chosen, key=lambda x: (x.assessment_date, x.id)):
        groups.setdefault(_key(a), []).append(a)
    scales: dict[str, set] = {}
    for instrument_id, scale, _group in groups:
        scales.setdefault(instrument_id, set()).add(scale)
    return [_trend(members, several_scales=len(scales[key[0]]) > 1) for key, members in groups.items()]


def case_trends(store: Store, case_id: int) -> list[Trend]:
    """Every chart of the case's administrations."""
    return trends(store.assessments.for_case(case_id))


def _trend(members: list[Assessment], several_scales: bool) -> Trend:
    latest = members[-1]
    d = latest.definition
    several_parts = len(d.parts) > 1
    lines = tuple(TrendLine(p.id, dom.id, dom.label.sv, p.label.sv if several_parts else "")
                  for p in d.parts for dom in d.domains)
    points = []
    for a in members:
        result = score(a.definition, a.ratings)
        means = {(ps.part, ds.domain): ds.mean for ps in result.parts for ds in ps.domains}
        points.append(TrendPoint(a.id, a.assessment_date, a.definition.version, means))
    title = d.short_name
    if several_scales:  # e.g. OVal-9 version 1 (four steps) and 2 (seven): not one chart
        versions = sorted({a.definition.version for a in members})
        title += " version " + ", ".join(versions)
    group = None
    if d.compare_by is not None:  # named as first written, as Assessments.groups names it
        group = members[0].group
        title += f" – {group}" if group else f" – {d.text_field(d.compare_by).label.sv.lower()} ej angiven"
    return Trend(latest.instrument_id, title, d, group, lines, tuple(points))
