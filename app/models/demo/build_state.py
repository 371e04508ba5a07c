"""What every part of the build shares: the seeded generator, the clock, the users, the next ids
and the rows waiting to be written."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from app.models.demo.clock import DemoClock
from app.models.demo.draws import between
from app.models.demo.rows import PendingRows


@dataclass
class BuildState:
    rng: random.Random
    clock: DemoClock
    users: list[int] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)  # the next id of tables whose ids the demo sets
    rows: PendingRows = field(default_factory=PendingRows)
    plan_deadline_days: int = 28  # the unit's four-week rule (Plans.deadline_days)
    record_kinds: dict[int, str] = field(default_factory=dict)  # user id -> journal / coordinator (their title)
    staff: dict[int, Any] = field(default_factory=dict)  # user id -> users.User (name, title, phone)

    def actor(self, responsible: int) -> int:
        """Mostly the responsible user; now and then a colleague steps in."""
        rng = self.rng
        return self.users[between(rng, 0, len(self.users) - 1)] if rng.random() < 0.1 else responsible

    def take_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value
