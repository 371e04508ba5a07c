"""How screens learn of changes: one small bus per open database (Anki's ``operation_did_execute``).

A screen that changed data through a service announces *what* changed, and names itself::

    announce(self.store, Change.case(case_id, client_id), source=self)

and every screen that shows data listens and decides for itself whether to refresh::

    changes_of(store).changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.touches_case(self.case_id) and not change.made_by(self):
            self.refresh()

The screen that made a change already shows it (and may hold text typed since), so it leaves its
own announcements alone, as Anki's screens skip the ``handler`` that is themselves. No screen calls
another screen's refresh, and the main window does not need to know which pages show what. A
listener is disconnected with its QObject (Qt does that for bound slots).
"""

from __future__ import annotations

import dataclasses
import weakref
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.models.store import Store


@dataclass(frozen=True)
class Change:
    """What one user action changed. Empty sets mean "none of that kind"."""

    cases: frozenset[int] = frozenset()
    clients: frozenset[int] = frozenset()
    groups: bool = False  # group activities, their sessions and attendance
    settings: bool = False  # the unit's settings and user profiles
    all_clients: bool = False  # many clients at once (an import)
    source: object | None = dataclasses.field(default=None, compare=False, repr=False)  # who announced it

    @classmethod
    def case(cls, case_id: int, client_id: int | None = None) -> Change:
        """Something in one case (a step, note, plan, assessment …); its client's tab shows the case."""
        return cls(cases=frozenset({case_id}), clients=frozenset({client_id} if client_id is not None else ()))

    @classmethod
    def client(cls, client_id: int) -> Change:
        """The client's own details (name, personnummer, contact): every tab of theirs shows them."""
        return cls(clients=frozenset({client_id}))

    def touches_case(self, case_id: int) -> bool:
        return case_id in self.cases

    def touches_client(self, client_id: int) -> bool:
        return self.all_clients or client_id in self.clients

    @property
    def touches_list(self) -> bool:
        """The client list shows names and each client's current step, so any client or case change."""
        return bool(self.cases or self.clients or self.all_clients)

    def made_by(self, listener: object) -> bool:
        """True when ``listener`` announced this change itself (and so already shows it)."""
        return self.source is not None and self.source is listener


class ChangeBus(QObject):
    changed = Signal(object)  # a Change


_buses: weakref.WeakKeyDictionary[Store, ChangeBus] = weakref.WeakKeyDictionary()


def changes_of(store: Store) -> ChangeBus:
    """The bus of ``store``'s database (one per open store; it goes with the store)."""
    bus = _buses.get(store)
    if bus is None:
        bus = _buses[store] = ChangeBus()
    return bus


def announce(store: Store, change: Change, source: object | None = None) -> None:
    """Tell every screen of this database what changed (after the service call has committed).
    ``source``: the screen that made the change, which its own listener then skips."""
    changes_of(store).changed.emit(dataclasses.replace(change, source=source) if source is not None else change)
