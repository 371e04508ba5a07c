"""Small numbers in what leaves the unit, decided once for a whole workbook: primary and
complementary (secondary) suppression.

- A *quantity* is one published count, named by a key. The same key wherever it is shown: a count
  hidden on one sheet is hidden on every sheet (the overview's participants and a table's total).
- A *line* is quantities that add up to another: a row or column and its total, or a list and its sum.
- Primary: a count from 1 to ``min_count`` − 1 is hidden. Zeros are shown: a 0 is no secret.
- Complementary: a line with exactly one hidden quantity gives it away (its total minus the others),
  so the smallest other non-zero member is hidden too, or the total when no member is left. This is
  repeated over every line until nothing changes: then each line hides none or at least two.

A count of people can be keyed by the set of people it counts, as an int with one bit per person
(``nested_lines``): then a count on one sheet that is the sum of a few cells of a line on another
(a grouped row and its detailed rows, a sub-total) is found as a line of its own.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    members: tuple[Hashable, ...]
    total: Hashable


def hidden_quantities(values: Mapping[Hashable, int], lines: Iterable[Line], min_count: int) -> set[Hashable]:
    """The keys whose counts may not leave the unit: the small ones, and those that would give one away."""
    hidden = {q for q, v in values.items() if 0 < v < min_count}
    lines = list(dict.fromkeys(lines))
    changed = bool(hidden)
    while changed:
        changed = False
        for line in lines:
            if sum(q in hidden for q in (*line.members, line.total)) != 1:
                continue
            visible = [q for q in line.members if q not in hidden and values[q] > 0]
            pick = min(visible, key=lambda q: values[q]) if visible else line.total
            if pick not in hidden and values[pick] > 0:
                hidden.add(pick)
                changed = True
    return hidden


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
