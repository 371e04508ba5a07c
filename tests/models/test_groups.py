"""Group activities: sessions, participants, attendance, and what a client took part in."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.errors import NotFound, RuleError, ValidationError
from app.models.groups import GroupInput
from tests.support import TODAY, count


def d(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


@pytest.fixture
def redo(store, user):
    return store.groups.create(GroupInput("redo", "ReDO hösten 2026", leader_ids=[user.id],
                                          other_leaders="Maja (assistent)"))


def test_create_and_read_a_group(store, redo):
    assert (redo.kind_label, redo.title, redo.leaders, redo.leaders_text) == (
        "ReDO™", "ReDO hösten 2026", ("Anna Andersson",), "Anna Andersson, Maja (assistent)")
    assert redo.sessions == () and redo.participants == ()
    data = redo.as_input()
    data.title, data.leader_ids = "ReDO ht 2026", []
    changed = store.groups.update(redo.id, data)
    assert changed.title == "ReDO ht 2026" and changed.leaders == () and changed.other_leaders == "Maja (assistent)"
    with pytest.raises(NotFound):
        store.groups.get(999)


def test_group_fields_are_checked(store):
    with pytest.raises(ValidationError) as info:
        store.groups.create(GroupInput("kurs", " ", leader_ids=[]))
    assert info.value.errors == {"kind": "Välj typ av gruppaktivitet.", "title": "Namn måste fyllas i.",
                                 "leader_ids": "Ange minst en ledare."}
    with pytest.raises(ValidationError) as info:
        store.groups.create(GroupInput("friskvardstimmen", "Friskvårdstimmen", leader_ids=[999]))
    assert info.value.errors == {"leader_ids": "Välj ledare bland användarna."}
    assert count(store, "group_activities") == 0


def test_sessions_participants_and_attendance(store, redo, add_client):
    anna_k, bo, cia = (add_client(first_name=n, last_name="Ek").id for n in ("Anna", "Bo", "Cia"))
    s1 = store.groups.add_session(redo.id, d(-14), guests=2, note="Start")
    s2 = store.groups.add_session(redo.id, d(-7))
    s3 = store.groups.add_session(redo.id, d(7))  # planned
    for c in (anna_k, bo, cia):
        store.groups.add_participant(redo.id, c)
    store.groups.add_participant(redo.id, bo)  # twice is once
    store.groups.set_attendance(s1.id, [anna_k, bo])
    s2 = store.groups.set_attendance(s2.id, [anna_k], guests="3")
    assert s2.attended == (anna_k,) and s2.guests == 3 and s2.head_count == 4

    group = store.groups.get(redo.id)
    assert [s.session_date for s in group.sessions] == [d(-14), d(-7), d(7)]
    assert [(p.name, p.sessions_attended) for p in group.participants] == [("Anna Ek", 2), ("Bo Ek", 1), ("Cia Ek", 0)]
    assert (group.clients_attending, group.guest_visits) == (2, 5)

    with pytest.raises(ValidationError) as info:
        store.groups.set_attendance(s3.id, [bo])
    assert "inte har ägt rum" in info.value.errors["attended"]
    with pytest.raises(RuleError, match="närvaro"):
        store.groups.remove_participant(redo.id, bo)
    store.groups.remove_participant(redo.id, cia)
    assert len(store.groups.get(redo.id).participants) == 2


def test_only_registered_clients_attend(store, redo, add_client):
    outsider = add_client(first_name="Utan").id
    s = store.groups.add_session(redo.id, d(0))
    with pytest.raises(ValidationError) as info:
        store.groups.set_attendance(s.id, [outsider])
    assert info.value.errors == {
        "attended": "Bara klienter som är anmälda till gruppen kan registreras som närvarande."}
    assert count(store, "group_attendance") == 0


def test_session_fields_are_checked(store, redo):
    with pytest.raises(ValidationError) as info:
        store.groups.add_session(redo.id, "", guests=-2)
    assert info.value.errors == {"session_date": "Datum måste anges.",
                                 "guests": "Antal deltagare som inte är klienter kan inte vara negativ."}
    with pytest.raises(ValidationError) as info:
        store.groups.add_session(redo.id, d(3), guests=4)
    assert set(info.value.errors) == {"guests"}
    assert count(store, "group_sessions") == 0


def test_update_and_remove_sessions(store, redo, add_client):
    c = add_client().id
    store.groups.add_participant(redo.id, c)
    s = store.groups.add_session(redo.id, d(-1))
    store.groups.set_attendance(s.id, [c])
    with pytest.raises(RuleError, match="framåt"):
        store.groups.update_session(s.id, d(5))
    assert store.groups.update_session(s.id, d(-2), guests=1).session_date == d(-2)
    store.groups.remove_session(s.id)
    assert count(store, "group_sessions") == 0 and count(store, "group_attendance") == 0


def test_a_clients_group_activities(store, user, redo, add_client):
    c = add_client().id
    talk = store.groups.create(GroupInput("forelasning_workshop", "Ergonomi och lyft", leader_ids=[user.id]))
    store.groups.create(GroupInput("friskvardstimmen", "Friskvårdstimmen", leader_ids=[user.id]))
    for g, dates in ((redo, (-30, -23, -16)), (talk, (-2,))):
        store.groups.add_participant(g.id, c)
        sessions = [store.groups.add_session(g.id, d(x)) for x in dates]
        store.groups.set_attendance(sessions[0].id, [c])
    rows = store.groups.for_client(c)
    assert [(r.title, r.sessions, r.sessions_attended, r.first_date, r.last_date) for r in rows] == [
        ("Ergonomi och lyft", 1, 1, d(-2), d(-2)),
        ("ReDO hösten 2026", 3, 1, d(-30), d(-16)),
    ]
    assert rows[0].kind_label == "Föreläsning/workshop"
    store.groups.add_participant(talk.id + 1, c)  # registered for Friskvårdstimmen, never came
    assert len(store.groups.for_client(c)) == 3
    assert [r.title for r in store.groups.for_client(c, attended_only=True)] == ["Ergonomi och lyft",
                                                                                 "ReDO hösten 2026"]
    assert store.groups.for_client(add_client(first_name="Ingen").id) == []
    listed = store.groups.all()
    assert [g.title for g in listed] == ["Friskvårdstimmen", "Ergonomi och lyft", "ReDO hösten 2026"]
    assert [g.title for g in store.groups.all("redo")] == ["ReDO hösten 2026"]
