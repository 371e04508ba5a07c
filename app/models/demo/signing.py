"""What a unit that signs as it goes has signed: every record older than a few days that is ready to
sign (R2), by its author, at the moment it became ready. The latest days' entries wait, so Att göra
and "Mina osignerade poster" have something to show. Notes are signed as they are written
(notes.py); the records below have child rows that a signed parent would refuse, so they are signed
after everything is written, one UPDATE per kind (app/models/signing.py says who the author is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.assessments import COMPLETED
from app.models.vocab import StepKey, StepState

if TYPE_CHECKING:
    from app.models.demo.clock import DemoClock
    from app.models.store import Writer

SIGNED_AFTER_DAYS = 5

# table: (the author, when it became ready to sign, what makes it ready)
_SIGNABLE = {
    "assessments": ("created_by", "completed_at", f"status = '{COMPLETED}'"),
    "plan_versions": ("created_by", "agreed_at", "agreed_date IS NOT NULL"),
    "goal_evaluations": ("updated_by", "updated_at", "1"),
    "case_steps": ("completed_by", "completed_at", f"state = '{StepState.DONE}' AND step != '{StepKey.CLOSE}'"),
    "closures": ("created_by", "created_at", "1"),
    "meetings": ("author_id", "updated_at", "status = 'genomfort'"),  # a held meeting's record
}


def sign_the_past(tx: Writer, clock: DemoClock) -> None:
    cutoff = clock.stamp(clock.now - SIGNED_AFTER_DAYS * 1440)
    for table, (author, ready_at, ready) in _SIGNABLE.items():
        tx.execute(
            f"""UPDATE {table} SET signed_at = {ready_at}, signed_by = {author}
                WHERE signed_at IS NULL AND {author} IS NOT NULL AND {ready_at} < ? AND {ready}""",
            (cutoff,),
        )
