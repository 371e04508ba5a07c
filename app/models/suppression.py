"""Small numbers in what leaves the unit, decided once for a whole workbook: primary and
complementary (secondary) suppression.

- A *quantity* is one published count, named by a key. The same key wherever it is shown: a count
  hidden on one sheet is hidden on every sheet (the overview's participants and a table's total).
- A *line* is quantities that add up to another: a row or column and its total, or a list and its sum.
- Primary: a count from 1 to ``min_count`` − 1 is hidden. Zeros are shown: a 0 is no secret.
- Complementary: the reader knows each hidden count as an interval from its mark — "<n" is 1..n−1,
  "dolt" is n or more (it is not small, else it would read "<n") — and narrows the intervals line
  by line (each member is at least the total's low bound minus the others' high bounds, at most the
  total's high bound minus the others' low bounds, the total likewise) until nothing changes
  (``reader_bounds``). A hidden count narrowed to one value is given away: one more count of a line
  that pins it is hidden (its smallest visible non-zero member, else its total), and it is all done
  again until no hidden count is pinned. Every round hides more, so it ends; at worst a whole line.
- A hidden count narrowed, but not to one value (say "<3" known to be 2 or less anyway, or a "dolt"
  known to lie between 3 and 7), is left so: only an exact value given away is guarded against.
- A count pinned by the marks alone cannot be helped by hiding more: two "<3" that add up to a
  "<3" are 1 and 1 whatever else is hidden (every cell of that line is hidden already). Such a
  count is left pinned; what follows from it (the other cells of its rows) is still hidden.

A count of people can be keyed by the set of people it counts, as an int with one bit per person
(``nested_lines``): then a count on one sheet that is the sum of a few cells of a line on another
(a grouped row and its detailed rows, a sub-total) is found as a line of its own.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

Bounds = dict[Hashable, tuple[float, float]]


@dataclass(frozen=True)
class Line:
    members: tuple[Hashable, ...]
    total: Hashable


def hidden_quantities(values: Mapping[Hashable, int], lines: Iterable[Line], min_count: int) -> set[Hashable]:
    """The keys whose counts may not leave the unit: the small ones, and those that would give one away."""
    hidden = {q for q, v in values.items() if 0 < v < min_count}
    lines = list(dict.fromkeys(lines))
    lines_of: dict[Hashable, list[Line]] = defaultdict(list)
    for line in lines:
        for q in {*line.members, line.total}:
            lines_of[q].append(line)
    while hidden:
        bounds = reader_bounds(values, hidden, lines, min_count, lines_of)
        more: set[Hashable] = set()
        for q in hidden:
            lo, hi = bounds[q]
            if lo != hi:
                continue
            pick = _one_more_for(q, values[q], lines_of[q], values, hidden, bounds)
            if pick is not None:
                more.add(pick)
        if not more:
            break
        hidden |= more
    return hidden


def _one_more(line: Line, values: Mapping[Hashable, int], hidden: set[Hashable]) -> Hashable | None:
    """The count of ``line`` to hide next: its smallest visible non-zero member, else its total."""
    visible = [q for q in line.members if q not in hidden and values[q] > 0]
    if visible:
        return min(visible, key=lambda q: values[q])
    if line.total not in hidden and values[line.total] > 0:
        return line.total
    return None


def _one_more_for(q: Hashable, value: int, lines: list[Line], values: Mapping[Hashable, int],
                  hidden: set[Hashable], bounds: Bounds) -> Hashable | None:
    """The count to hide for a pinned ``q``: from a line that pins it on its own if there is one,
    else from a line that gives it one of its two bounds; a member rather than a total."""
    ranked: list[tuple[int, bool, int, Hashable]] = []
    for line in lines:
        lo, hi = _from_line(line, q, bounds)
        tight = (lo == value) + (hi == value)
        pick = _one_more(line, values, hidden)
        if tight and pick is not None:
            ranked.append((-tight, pick == line.total, len(ranked), pick))
    return min(ranked)[-1] if ranked else None


def _from_line(line: Line, q: Hashable, bounds: Bounds) -> tuple[float, float]:
    """The bounds ``line`` gives ``q`` from the bounds of its other quantities (q once in the line)."""
    others = [m for m in line.members if m != q]
    others_lo = sum(bounds[m][0] for m in others)
    others_hi = sum(bounds[m][1] for m in others)  # inf + inf is inf; no bound is negative
    if q == line.total:
        return others_lo, others_hi
    t_lo, t_hi = bounds[line.total]
    return t_lo - others_hi, t_hi - others_lo  # inf − inf cannot happen: a total's low bound is finite


def reader_bounds(values: Mapping[Hashable, int], hidden: set[Hashable], lines: Iterable[Line],
                  min_count: int, lines_of: Mapping[Hashable, list[Line]] | None = None) -> Bounds:
    """What a reader can know of every count from what is shown: visible counts exactly, "<n" as
    1..n−1, "dolt" as n or more, narrowed over the lines until nothing changes (interval constraint
    propagation; each step moves a bound towards the true value by at least 1, so it ends)."""
    lines = list(lines)
    if lines_of is None:
        lines_of = defaultdict(list)
        for line in lines:
            for q in {*line.members, line.total}:
                lines_of[q].append(line)
    bounds: Bounds = {}
    for q, v in values.items():
        if q not in hidden:
            bounds[q] = (v, v)
        elif v < min_count:
            bounds[q] = (1 if v > 0 else 0, min_count - 1)
        else:
            bounds[q] = (min_count, math.inf)
    queue = deque(line for line in lines if any(q in hidden for q in (*line.members, line.total)))
    queued = set(queue)
    while queue:
        line = queue.popleft()
        queued.discard(line)
        for q in {*line.members, line.total}:
            if q not in hidden or line.members.count(q) > 1:
                continue
            lo, hi = bounds[q]
            new_lo, new_hi = _from_line(line, q, bounds)
            # never past the true count: a line that is not an exact sum (overlapping groups)
            # would otherwise push a bound on for ever; for an exact one this changes nothing
            v = values[q]
            new = (max(lo, min(new_lo, v)), min(hi, max(new_hi, v)))
            if new == (lo, hi):
                continue
            bounds[q] = new
            for other in lines_of[q]:
                if other not in queued:
                    queued.add(other)
                    queue.append(other)
    return bounds


def nested_lines(lines: Iterable[Line], sets: Iterable[Hashable]) -> list[Line]:
    """Lines implied by the others, for quantities keyed by their set of people (an int, a bit per
    person; a line's members disjoint). Where a count Q is exactly the sum of some members S of a
    line: S adds up to Q, and Q with the line's other members adds up to its total."""
    candidates = [(q, ~q, q.bit_count()) for q in set(sets) if isinstance(q, int) and q > 0]
    out: list[Line] = []
    for line in lines:
        total = line.total
        if not isinstance(total, int) or total <= 0:
            continue
        not_total, size = ~total, total.bit_count()
        members = [m for m in line.members if isinstance(m, int) and m > 0]
        if len(members) < 2:
            continue
        own = set(members)
        for q, not_q, n in candidates:
            if n >= size or q in own or q & not_total:
                continue
            part = [m for m in members if not m & not_q]
            if len(part) > 1 and sum(m.bit_count() for m in part) == n:
                out.append(Line(tuple(part), q))
                out.append(Line((*(m for m in line.members if m not in part), q), total))
    return out
