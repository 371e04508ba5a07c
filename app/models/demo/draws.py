"""Random draws without the overhead of ``random``'s own helpers (called millions of times for
100 000 clients). Every draw takes the seeded generator, so the same seed gives the same data."""

from __future__ import annotations

import bisect
import itertools
import random
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """Weighted choice from fixed (value, weight) pairs; cheaper than random.choices in a loop."""

    def __init__(self, pairs: tuple[tuple[T, int], ...]):
        self.values = [v for v, _ in pairs]
        self.cumulative = list(itertools.accumulate(w for _, w in pairs))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def between(rng: random.Random, low: int, high: int) -> int:
    """randint without its overhead."""
    return low + int(rng.random() * (high - low + 1))


def pick(rng: random.Random, options: tuple | list):
    """random.choice without its overhead."""
    return options[int(rng.random() * len(options))]


def sample(rng: random.Random, options: list | tuple, k: int) -> list:
    """k different options, in the order drawn."""
    chosen: list = []
    while len(chosen) < k:
        option = pick(rng, options)
        if option not in chosen:
            chosen.append(option)
    return chosen
