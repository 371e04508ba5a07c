"""What may be done now: the read model the screens show and the services obey.

Each editable thing has an ``...Actions`` record of ``Allowed`` values, made by its service, e.g.
``store.process.actions(case_id, "utreda").complete``. A screen enables a button from ``.ok`` and
shows ``.reason`` (a Swedish sentence); the service's write method calls ``.require()`` on the same
value, so each rule and the sentence that explains a refusal are written once.

>>> Allowed.yes().ok
True
>>> refused("Steget är redan klart.").reason
'Steget är redan klart.'
"""

from __future__ import annotations

from typing import NamedTuple

from app.models.errors import RuleError


class Allowed(NamedTuple):
    ok: bool
    reason: str = ""  # why not, in Swedish; empty when ok

    @classmethod
    def yes(cls) -> Allowed:
        return cls(True)

    def __bool__(self) -> bool:
        return self.ok

    def require(self) -> None:
        """Refuse with the reason the screen shows."""
        if not self.ok:
            raise RuleError(self.reason)


def refused(reason: str) -> Allowed:
    return Allowed(False, reason)


def first_refusal(*checks: Allowed) -> Allowed:
    """The first check that refuses (its reason is the one to show), or yes."""
    return next((c for c in checks if not c.ok), Allowed.yes())


# Signing comes with the record-integrity work (the next issue). Every ...Actions record has its
# ``sign`` slot already, so that work fills in one rule per thing and the screens need no new logic.
SIGNING_LATER = refused("Signering kommer i nästa version.")
