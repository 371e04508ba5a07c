"""What the log review reads from the access log (app/models/access_log.py): a row with the names a
reader needs (``LogEntry``), a stored review (``LogReview``) and what a review looks at
(``LogFilter``). A module of its own: signing in writes a log row before the main window's first
paint, and these three record types are not needed for that (DEVELOPING.md, the start-up path).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models.clients import id_display
from app.models.log_actions import ACTION_LABELS


@dataclass(frozen=True)
class LogEntry:
    """One row of the access log, with the names a reader needs (the client's, the case number's)."""

    id: int
    at: str
    unit: str
    user_id: int | None
    user_name: str
    action: str
    client_id: int | None
    case_id: int | None
    what: str
    client_name: str = ""
    client_number: str = ""  # personnummer as lists show it (hidden for protected identity)
    case_number: str = ""
    responsible_name: str = ""  # the case's responsible when the row was written (see openings_of_others_cases)

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


@dataclass(frozen=True)
class LogReview:
    """One stored log review: who reviewed, when, the period and selection looked at, the findings."""

    id: int
    reviewed_at: str
    reviewer_id: int | None
    reviewer_name: str
    unit: str
    period_start: str
    period_end: str
    looked_at: str
    findings: str


@dataclass(frozen=True)
class LogFilter:
    """What a review looks at, as the page, the Excel export and a stored review name it. Without
    ``others_cases`` or ``sample`` it is a search; ``seed`` makes a sample the same one again."""

    user_id: int | None = None
    client_id: int | None = None
    start: dt.date | str | None = None
    end: dt.date | str | None = None
    action: str | None = None
    others_cases: bool = False
    sample: int | None = None
    seed: int | None = None


def entry_of(row: tuple) -> LogEntry:
    """A row of ``access_log.ENTRY_SELECT``."""
    (id_, at, unit, user_id, user_name, action, client_id, case_id, what,
     first, last, pnr, protected, birth_year, case_number, responsible) = row
    name = f"{first} {last}".strip() if first is not None else ""
    number = id_display(pnr, bool(protected), birth_year) if first is not None else ""
    return LogEntry(id_, at, unit, user_id, user_name, action, client_id, case_id, what, name, number,
                    case_number or "", responsible or "")
