"""The demo's timeline: moments as whole minutes since day 0 (date ordinal * 1440 + minute of the
day), cheap to draw, compare and print. Nothing is ever later than the store's now."""

from __future__ import annotations

import datetime as dt
import random

from app.models.demo.draws import between

DAY = 1440  # minutes: a day in moments
WORKDAY_MINUTES = (8 * 60, 16 * 60 + 30)


class DemoClock:
    def __init__(self, now: dt.datetime):
        self.today = now.date().toordinal()
        self.now = self.today * DAY + now.hour * 60 + now.minute
        self._now_second = now.second
        self._dates: dict[int, str] = {}
        self._stamps: dict[int, str] = {}  # a few hundred thousand distinct minutes, millions of rows
        self._days: dict[str, int] = {}

    def at(self, rng: random.Random, day: int, after: int = -1) -> int:
        """Office hours on ``day``, later than ``after`` (so events of one case stay in order)."""
        t = day * DAY + between(rng, *WORKDAY_MINUTES)
        if t <= after:
            t = after + between(rng, 1, 20)
        return min(t, self.now)

    def within(self, rng: random.Random, start: int, end: int) -> int:
        """Office hours on a day from ``start`` to ``end``, kept inside both (end is never after now)."""
        first_day = start // DAY
        day = first_day + int(rng.random() * (end // DAY - first_day + 1))
        t = day * DAY + between(rng, *WORKDAY_MINUTES)
        return start if t < start else end if t > end else t

    def date(self, day: int) -> str:
        """The ISO date of a day ordinal."""
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = dt.date.fromordinal(day).isoformat()
            self._days[text] = day
        return text

    def day(self, date: str) -> int:
        """The day ordinal of an ISO date (the inverse of :meth:`date`)."""
        day = self._days.get(date)
        if day is None:
            day = self._days[date] = dt.date.fromisoformat(date).toordinal()
        return day

    def stamp(self, t: int) -> str:
        """As ``Store.timestamp()`` writes it: ``YYYY-MM-DD HH:MM:SS``."""
        text = self._stamps.get(t)
        if text is None:
            day, minute = divmod(t, DAY)
            second = self._now_second if t == self.now else t * 7 % 60  # any second, but never after now
            text = self._stamps[t] = f"{self.date(day)} {minute // 60:02d}:{minute % 60:02d}:{second:02d}"
        return text
