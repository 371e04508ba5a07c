"""Group activities (ReDO™, Friskvårdstimmen, lectures/workshops): sessions, participants, attendance.

Participants are registered clients; people who are not clients are counted per session as a head
count (``guests``). Attendance is recorded per session for registered participants.

    g = store.groups.create(GroupInput("redo", "ReDO våren 2027", leader_ids=[anna.id]))
    s = store.groups.add_session(g.id, "2027-02-03")
    store.groups.add_participant(g.id, client.id)
    store.groups.set_attendance(s.id, [client.id], guests=2)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.checks import whole_number
from app.models.errors import NotFound, RuleError
from app.models.fields import FieldCheck, iso, planning_horizon
from app.models.vocab import GROUP_KINDS

if TYPE_CHECKING:
    from app.models.store import Store, Writer

MAX_GUESTS = 10_000


@dataclass
class GroupInput:
    kind: str = ""
    title: str = ""
    leader_ids: list[int] = field(default_factory=list)  # users who lead it
    other_leaders: str = ""  # leaders who are not users of the app
    description: str = ""


@dataclass(frozen=True)
class GroupSession:
    id: int
    activity_id: int
    session_date: str
    guests: int
    note: str
    attended: tuple[int, ...]  # client ids

    @property
    def head_count(self) -> int:
        return len(self.attended) + self.guests


@dataclass(frozen=True)
class GroupParticipant:
    client_id: int
    name: str
    sessions_attended: int


@dataclass(frozen=True)
class GroupActivity:
    id: int
    kind: str
    title: str
    leader_ids: tuple[int, ...]
    leaders: tuple[str, ...]  # user names
    other_leaders: str
    description: str
    sessions: tuple[GroupSession, ...]  # by date
    participants: tuple[GroupParticipant, ...]  # by name

    @property
    def kind_label(self) -> str:
        return GROUP_KINDS.label(self.kind)

    @property
    def leaders_text(self) -> str:
        return ", ".join([*self.leaders, *([self.other_leaders] if self.other_leaders else [])])

    @property
    def clients_attending(self) -> int:
        """Individual clients who attended at least one session."""
        return len({c for s in self.sessions for c in s.attended})

    @property
    def guest_visits(self) -> int:
        return sum(s.guests for s in self.sessions)

    def as_input(self) -> GroupInput:
        return GroupInput(self.kind, self.title, list(self.leader_ids), self.other_leaders, self.description)


@dataclass(frozen=True)
class GroupListRow:
    id: int
    kind: str
    title: str
    first_date: str | None
    last_date: str | None
    sessions: int
    participants: int

    @property
    def kind_label(self) -> str:
        return GROUP_KINDS.label(self.kind)


@dataclass(frozen=True)
class ClientGroupRow:
    """A group activity a client took part in, as their case shows it."""

    activity_id: int
    kind: str
    title: str
    first_date: str | None
    last_date: str | None
    sessions: int
    sessions_attended: int

    @property
    def kind_label(self) -> str:
        return GROUP_KINDS.label(self.kind)


class Groups:
    def __init__(self, store: Store):
        self.store = store

    # -- activities -------------------------------------------------------------------------
    def _clean(self, data: GroupInput) -> tuple[dict, list[int]]:
        check = FieldCheck()
        kind = check.choice("kind", "Typ av gruppaktivitet", data.kind, GROUP_KINDS)
        title = check.text("title", "Namn", data.title, required=True, max_len=300, single_line=True)
        other = check.text("other_leaders", "Andra ledare", data.other_leaders, max_len=500, single_line=True)
        description = check.text("description", "Beskrivning", data.description, max_len=20_000)
        leaders = list(dict.fromkeys(data.leader_ids or []))
        if leaders:
            marks = ",".join("?" * len(leaders))
            known = {r[0] for r in self.store.query_tuples(f"SELECT id FROM users WHERE id IN ({marks})",
                                                           tuple(leaders))}
            if set(leaders) - known:
                check.fail("leader_ids", "Välj ledare bland användarna.")
        if not leaders and not other:
            check.fail("leader_ids", "Ange minst en ledare.")
        check.raise_if_any()
        return {"kind": kind, "title": title, "other_leaders": other, "description": description}, leaders

    def create(self, data: GroupInput) -> GroupActivity:
        row, leaders = self._clean(data)
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            activity_id = tx.insert("group_activities", {
                **row, "created_at": now, "created_by": self.store.user_id, "updated_at": now,
            })
            self._write_leaders(tx, activity_id, leaders)
        return self.get(activity_id)

    def update(self, activity_id: int, data: GroupInput) -> GroupActivity:
        self._require(activity_id)
        row, leaders = self._clean(data)
        with self.store.transaction() as tx:
            tx.update("group_activities", activity_id, {**row, "updated_at": self.store.timestamp()})
            self._write_leaders(tx, activity_id, leaders)
        return self.get(activity_id)

    def _write_leaders(self, tx: Writer, activity_id: int, leaders: list[int]) -> None:
        tx.execute("DELETE FROM group_leaders WHERE activity_id = ?", (activity_id,))
        tx.executemany("INSERT INTO group_leaders (activity_id, user_id) VALUES (?, ?)",
                       [(activity_id, u) for u in leaders])

    def _require(self, activity_id: int) -> None:
        if self.store.query_value("SELECT 1 FROM group_activities WHERE id = ?", (activity_id,)) is None:
            raise NotFound(f"Gruppaktiviteten {activity_id} finns inte.")

    # -- sessions ---------------------------------------------------------------------------
    def _clean_session(self, session_date, guests, note) -> dict:
        check = FieldCheck()
        day = check.date("session_date", "Datum", session_date, required=True,
                         latest=planning_horizon(self.store.today()))
        count = whole_number(check, "guests", "Antal deltagare som inte är klienter", guests, low=0,
                             high=MAX_GUESTS)
        note = check.text("note", "Anteckning", note, max_len=5000)
        if day and count and day > self.store.today():
            check.fail("guests", "Deltagare kan inte räknas för ett tillfälle som inte har ägt rum än.")
        check.raise_if_any()
        return {"session_date": iso(day), "guests": count or 0, "note": note}

    def add_session(self, activity_id: int, session_date: str, guests: int | str | None = 0,
                    note: str = "") -> GroupSession:
        """A session (tillfälle); a date ahead is a planned session."""
        self._require(activity_id)
        row = self._clean_session(session_date, guests, note)
        with self.store.transaction() as tx:
            session_id = tx.insert("group_sessions", {**row, "activity_id": activity_id})
        return self.session(session_id)

    def update_session(self, session_id: int, session_date: str, guests: int | str | None = 0,
                       note: str = "") -> GroupSession:
        current = self.session(session_id)
        row = self._clean_session(session_date, guests, note)
        if current.attended and row["session_date"] > self.store.today().isoformat():
            raise RuleError("Tillfället har registrerad närvaro och kan inte flyttas till ett datum framåt.")
        with self.store.transaction() as tx:
            tx.update("group_sessions", session_id, row)
        return self.session(session_id)

    def remove_session(self, session_id: int) -> None:
        """Remove a session, with its attendance."""
        self.session(session_id)
        with self.store.transaction() as tx:
            tx.execute("DELETE FROM group_attendance WHERE session_id = ?", (session_id,))
            tx.execute("DELETE FROM group_sessions WHERE id = ?", (session_id,))

    def session(self, session_id: int) -> GroupSession:
        row = self.store.query_one(
            "SELECT id, activity_id, session_date, guests, note FROM group_sessions WHERE id = ?", (session_id,)
        )
        if row is None:
            raise NotFound(f"Tillfället {session_id} finns inte.")
        attended = tuple(r[0] for r in self.store.query_tuples(
            "SELECT client_id FROM group_attendance WHERE session_id = ? ORDER BY client_id", (session_id,)))
        return GroupSession(**row, attended=attended)

    # -- participants and attendance --------------------------------------------------------
    def add_participant(self, activity_id: int, client_id: int) -> None:
        self._require(activity_id)
        self.store.clients.get(client_id)
        with self.store.transaction() as tx:
            tx.execute("INSERT OR IGNORE INTO group_participants (activity_id, client_id) VALUES (?, ?)",
                       (activity_id, client_id))

    def remove_participant(self, activity_id: int, client_id: int) -> None:
        attended = self.store.query_value(
            """SELECT count(*) FROM group_attendance a JOIN group_sessions s ON s.id = a.session_id
               WHERE s.activity_id = ? AND a.client_id = ?""",
            (activity_id, client_id),
        )
        if attended:
            raise RuleError("Klienten har närvaro registrerad i gruppen. Ta bort närvaron först.")
        with self.store.transaction() as tx:
            tx.execute("DELETE FROM group_participants WHERE activity_id = ? AND client_id = ?",
                       (activity_id, client_id))

    def set_attendance(self, session_id: int, client_ids: list[int], guests: int | str | None = None) -> GroupSession:
        """Who attended the session (replaces what was recorded), and optionally the head count of
        people who are not clients. Only registered participants can attend."""
        session = self.session(session_id)
        attended = list(dict.fromkeys(client_ids))
        check = FieldCheck()
        if attended and session.session_date > self.store.today().isoformat():
            check.fail("attended", "Närvaro kan inte registreras för ett tillfälle som inte har ägt rum än.")
        registered = {r[0] for r in self.store.query_tuples(
            "SELECT client_id FROM group_participants WHERE activity_id = ?", (session.activity_id,))}
        if set(attended) - registered:
            check.fail("attended", "Bara klienter som är anmälda till gruppen kan registreras som närvarande.")
        count = session.guests
        if guests is not None:
            count = whole_number(check, "guests", "Antal deltagare som inte är klienter", guests, low=0,
                                 high=MAX_GUESTS) or 0
            if count and session.session_date > self.store.today().isoformat():
                check.fail("guests", "Deltagare kan inte räknas för ett tillfälle som inte har ägt rum än.")
        check.raise_if_any()
        with self.store.transaction() as tx:
            tx.execute("DELETE FROM group_attendance WHERE session_id = ?", (session_id,))
            tx.executemany("INSERT INTO group_attendance (session_id, client_id) VALUES (?, ?)",
                           [(session_id, c) for c in attended])
            tx.execute("UPDATE group_sessions SET guests = ? WHERE id = ?", (count, session_id))
        return self.session(session_id)

    # -- reads ------------------------------------------------------------------------------
    def get(self, activity_id: int) -> GroupActivity:
        row = self.store.query_one(
            "SELECT id, kind, title, other_leaders, description FROM group_activities WHERE id = ?", (activity_id,)
        )
        if row is None:
            raise NotFound(f"Gruppaktiviteten {activity_id} finns inte.")
        leaders = self.store.query_tuples(
            """SELECT u.id, u.name FROM group_leaders l JOIN users u ON u.id = l.user_id
               WHERE l.activity_id = ? ORDER BY u.name COLLATE NOCASE""",
            (activity_id,),
        )
        attendance: dict[int, list[int]] = {}
        for session_id, client_id in self.store.query_tuples(
            """SELECT a.session_id, a.client_id FROM group_attendance a JOIN group_sessions s ON s.id = a.session_id
               WHERE s.activity_id = ? ORDER BY a.client_id""",
            (activity_id,),
        ):
            attendance.setdefault(session_id, []).append(client_id)
        sessions = tuple(
            GroupSession(**s, attended=tuple(attendance.get(s["id"], ())))
            for s in self.store.query(
                """SELECT id, activity_id, session_date, guests, note FROM group_sessions WHERE activity_id = ?
                   ORDER BY session_date, id""",
                (activity_id,),
            )
        )
        visits: dict[int, int] = {}
        for s in sessions:
            for c in s.attended:
                visits[c] = visits.get(c, 0) + 1
        participants = tuple(
            GroupParticipant(client_id, name, visits.get(client_id, 0))
            for client_id, name in self.store.query_tuples(
                """SELECT c.id, c.first_name || ' ' || c.last_name FROM group_participants p
                   JOIN clients c ON c.id = p.client_id WHERE p.activity_id = ? ORDER BY c.sort_key, c.id""",
                (activity_id,),
            )
        )
        return GroupActivity(
            id=row["id"], kind=row["kind"], title=row["title"], leader_ids=tuple(r[0] for r in leaders),
            leaders=tuple(r[1] for r in leaders), other_leaders=row["other_leaders"], description=row["description"],
            sessions=sessions, participants=participants,
        )

    def all(self, kind: str | None = None) -> list[GroupListRow]:
        """Newest first (by the latest session; activities without sessions first)."""
        rows = self.store.query(
            f"""SELECT g.id, g.kind, g.title,
                       (SELECT min(session_date) FROM group_sessions WHERE activity_id = g.id) AS first_date,
                       (SELECT max(session_date) FROM group_sessions WHERE activity_id = g.id) AS last_date,
                       (SELECT count(*) FROM group_sessions WHERE activity_id = g.id) AS sessions,
                       (SELECT count(*) FROM group_participants WHERE activity_id = g.id) AS participants
                FROM group_activities g {'WHERE g.kind = ?' if kind else ''}
                ORDER BY coalesce(last_date, '9999') DESC, g.id DESC""",
            (kind,) if kind else (),
        )
        return [GroupListRow(**r) for r in rows]

    def for_client(self, client_id: int, attended_only: bool = False) -> list[ClientGroupRow]:
        """The group activities the client is registered for, newest first, with attendance
        (``attended_only``: only those where the client came to at least one session)."""
        rows = self.store.query(
            """SELECT g.id AS activity_id, g.kind, g.title,
                      (SELECT min(session_date) FROM group_sessions WHERE activity_id = g.id) AS first_date,
                      (SELECT max(session_date) FROM group_sessions WHERE activity_id = g.id) AS last_date,
                      (SELECT count(*) FROM group_sessions WHERE activity_id = g.id) AS sessions,
                      (SELECT count(*) FROM group_attendance a JOIN group_sessions s ON s.id = a.session_id
                        WHERE s.activity_id = g.id AND a.client_id = p.client_id) AS sessions_attended
               FROM group_participants p JOIN group_activities g ON g.id = p.activity_id
               WHERE p.client_id = ?
               ORDER BY coalesce(last_date, '9999') DESC, g.id DESC""",
            (client_id,),
        )
        return [ClientGroupRow(**r) for r in rows if r["sessions_attended"] or not attended_only]
