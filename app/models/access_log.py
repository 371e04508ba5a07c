"""The access log (R5, PDL 4:3; HSLF-FS 2016:40 4:9): every opening of a client or case, every read
of a document, write, signing, correction, strike-out, export, print, import, backup, restore,
change of settings or rights, sign-in, failed sign-in and lock, with who, when, which unit, whose
record and what. Append-only and kept at least five years: triggers in migration 6 refuse every
UPDATE and a DELETE of a younger row, so no code path can rewrite it.

    store.access_log.record(LogAction.OPEN_CASE, case_id=case.id)
    store.access_log.record(LogAction.EXPORT, case_id=case.id, what="Utvecklingsplan v2 till Af")

The log review (loggkontroll, R5) reads it through the queries below, each served by an index so
that it stays well under 200 ms over a million rows (``python -m app bench --only log_review_1m``):

    store.access_log.search(user_id=anna.id, start="2026-01-01", end="2026-03-31")
    store.access_log.openings_of_others_cases("2026-01-01", "2026-03-31")
    store.access_log.sample(20, "2026-01-01", "2026-03-31", seed=7)
    store.access_log.record_review("2026-01-01", "2026-03-31", "Andras ärenden", "Inga avvikelser.")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from app.models import personnummer
from app.models.errors import NotFound, RuleError, ValidationError
from app.models.fields import FieldCheck
from app.models.log_actions import ACTION_LABELS, LogAction

if TYPE_CHECKING:
    import random

    from app.models.log_entries import LogEntry, LogFilter, LogReview
    from app.models.store import Store, Writer

UNIT_NAME = "unit_name"  # settings key; the log copies the unit's name into every row
DEFAULT_UNIT = "Arbetsmarknadsavdelningen"




SEARCH_LIMIT = 1000  # rows a search returns; the newest first
EXPORT_LIMIT = 200_000  # rows an Excel export of the log holds at most (a sheet takes about a million)
SAMPLE_MAX = 10_000

# The rows as a reader sees them: the client's name and number and the case number come from their
# tables by primary key (a few hundred lookups for a page of results, nothing for the filtering).
ENTRY_SELECT = """SELECT a.id, a.at, a.unit, a.user_id, a.user_name, a.action, a.client_id, a.case_id, a.what,
       k.first_name, k.last_name, k.personnummer, k.protected_identity, k.birth_year, c.case_number, r.name
FROM access_log a
LEFT JOIN clients k ON k.id = a.client_id
LEFT JOIN cases c ON c.id = a.case_id
LEFT JOIN users r ON r.id = coalesce(a.responsible_id, c.responsible_user_id)"""
_NEWEST_FIRST = "ORDER BY a.at DESC, a.id DESC"

QueryTuples = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


def period_bounds(start: dt.date | str | None, end: dt.date | str | None) -> tuple[str | None, str | None]:
    """``at >= first`` and ``at < after`` for a period of whole days (both included); None: open.
    Timestamps are ``YYYY-MM-DD HH:MM:SS`` text, so the comparison is the index's own order."""
    check = FieldCheck()
    first = check.date("start", "Periodens första dag", start)
    last = check.date("end", "Periodens sista dag", end)
    if first and last and last < first:
        check.fail("end", "Periodens sista dag kan inte ligga före den första.")
    check.raise_if_any()
    return (first.isoformat() if first else None,
            (last + dt.timedelta(days=1)).isoformat() if last else None)


def search_sql(user_id: int | None = None, client_id: int | None = None, start: str | None = None,
               after: str | None = None, action: str | None = None, limit: int = SEARCH_LIMIT,
               select: str = ENTRY_SELECT) -> tuple[str, tuple]:
    """The search, newest first. One index is chosen by what is given, in this order: the client's
    (client_id, at), the user's (user_id, at), the action's (action, at), else (at). The other terms
    carry a unary ``+`` so SQLite filters with them instead of picking a less selective index (with no
    statistics it would guess). Each index also delivers the rows in the order shown, so the query
    stops after ``limit`` rows. Shared with the bench's floor."""
    where: list[str] = []
    params: list[Any] = []
    lead = "client_id" if client_id is not None else "user_id" if user_id is not None else \
        "action" if action else "at"
    for column, value in (("client_id", client_id), ("user_id", user_id), ("action", action or None)):
        if value is not None:
            where.append(f"{'' if column == lead else '+'}a.{column} = ?")
            params.append(value)
    if start:
        where.append("a.at >= ?")
        params.append(start)
    if after:
        where.append("a.at < ?")
        params.append(after)
    condition = " AND ".join(where) or "1"
    return f"{select} WHERE {condition} {_NEWEST_FIRST} LIMIT ?", (*params, limit)


def others_sql(start: str | None, after: str | None, limit: int = SEARCH_LIMIT,
               select: str = ENTRY_SELECT) -> tuple[str, tuple]:
    """Openings of a case by someone who was not its responsible then (see openings_of_others_cases).
    The first two terms are those of the partial index access_log_others_cases (migration 7), written
    the same way so that SQLite uses it; the last one judges old rows by the case's responsible now."""
    where = ["a.action = 'open_case'", "a.user_id IS NOT a.responsible_id", "a.case_id IS NOT NULL",
             "a.user_id IS NOT coalesce(a.responsible_id, c.responsible_user_id)"]
    params: list[Any] = []
    if start:
        where.append("a.at >= ?")
        params.append(start)
    if after:
        where.append("a.at < ?")
        params.append(after)
    # Without statistics SQLite would take (action, at) and read every opening of the period.
    select = select.replace("FROM access_log a", "FROM access_log a INDEXED BY access_log_others_cases", 1)
    joins = "" if "JOIN cases c" in select else " LEFT JOIN cases c ON c.id = a.case_id"
    return (f"{select}{joins} WHERE {' AND '.join(where)} {_NEWEST_FIRST} LIMIT ?", (*params, limit))


def sample_ids(query: QueryTuples, n: int, start: str | None, after: str | None,
               rng: random.Random) -> list[int]:
    """``n`` row ids drawn at random from the period, without reading the period's rows: rows are
    appended in time order, so the period's rows are the ids between its first and its last row,
    found on the (at) index; ids are drawn from that range and kept when their row is in the period
    (a gap or a row out of order is simply drawn again). A small range is read whole. Shared with
    the bench's floor."""
    lo = query("SELECT id FROM access_log WHERE at >= ? ORDER BY at, id LIMIT 1", (start or "",))
    hi = query("SELECT id FROM access_log WHERE at < ? ORDER BY at DESC, id DESC LIMIT 1", (after or "\uffff",))
    if not lo or not hi or lo[0][0] > hi[0][0] or n <= 0:
        return []
    first, last = lo[0][0], hi[0][0]
    span = last - first + 1
    in_period = "at >= ? AND at < ?"
    bounds = (start or "", after or "\uffff")
    if span <= 4 * n:
        ids = [r[0] for r in query(f"SELECT id FROM access_log WHERE id BETWEEN ? AND ? AND {in_period}",
                                   (first, last, *bounds))]
        return rng.sample(ids, min(n, len(ids)))
    drawn = rng.sample(range(first, last + 1), min(span, 8 * n))
    chosen: list[int] = []
    for offset in range(0, len(drawn), 2 * n):
        batch = drawn[offset:offset + 2 * n]
        marks = ",".join("?" * len(batch))
        found = {r[0] for r in query(f"SELECT id FROM access_log WHERE id IN ({marks}) AND {in_period}",
                                     (*batch, *bounds))}
        chosen += [i for i in batch if i in found][:n - len(chosen)]
        if len(chosen) == n:
            return chosen
    # mostly gaps (rows of another period in between): read the period's ids after all
    ids = [r[0] for r in query(f"SELECT id FROM access_log WHERE id BETWEEN ? AND ? AND {in_period}",
                               (first, last, *bounds))]
    return rng.sample(ids, min(n, len(ids)))


def can_review_log(store: Store) -> bool:
    """Whether the signed-in user may review the log (loggkontroll) and see its lists: the unit's
    administrators (``users.is_admin``)."""
    return store.users.is_admin()


class AccessLog:
    def __init__(self, store: Store):
        self.store = store

    def unit(self) -> str:
        return self.store.settings.get(UNIT_NAME) or DEFAULT_UNIT

    def record(self, action: LogAction, *, client_id: int | None = None, case_id: int | None = None,
               what: str = "", user_id: int | None = None, tx: Writer | None = None) -> int:
        """One row for ``action`` by the signed-in user (or ``user_id``, e.g. a failed sign-in's).
        A case names its client by itself, and its responsible at this moment is kept in the row
        (the review's list of openings of others' cases asks about the time of the access).
        Inside the caller's transaction when ``tx`` is given, so the row and what it records land
        together, or neither does."""
        who = user_id if user_id is not None else self.store.user_id
        responsible = None
        if case_id is not None:
            found = self.store.query_one("SELECT client_id, responsible_user_id FROM cases WHERE id = ?", (case_id,))
            if found is not None:
                responsible = found["responsible_user_id"]
                if client_id is None:
                    client_id = found["client_id"]
        name = self.store.query_value("SELECT name FROM users WHERE id = ?", (who,)) if who is not None else None
        row = {"at": self.store.timestamp(), "unit": self.unit(), "user_id": who, "user_name": name or "",
               "action": str(action), "client_id": client_id, "case_id": case_id, "what": what,
               "responsible_id": responsible}
        if tx is not None:
            return tx.insert("access_log", row)
        with self.store.transaction() as own:
            return own.insert("access_log", row)

    # -- reading ----------------------------------------------------------------------------
    def _entries(self, sql: str, params: Sequence[Any]) -> list[LogEntry]:
        from app.models.log_entries import entry_of  # the review's, not signing in's (the start path)

        return [entry_of(r) for r in self.store.query_tuples(sql, params)]

    def for_client(self, client_id: int) -> list[LogEntry]:
        """Every access to one client's record, oldest first (the client's log extract, R6)."""
        return self._entries(f"{ENTRY_SELECT} WHERE a.client_id = ? ORDER BY a.at, a.id", (client_id,))

    def latest(self, limit: int = 100) -> list[LogEntry]:
        return self._entries(f"{ENTRY_SELECT} {_NEWEST_FIRST} LIMIT ?", (limit,))

    def search(self, user_id: int | None = None, client_id: int | None = None, start: dt.date | str | None = None,
               end: dt.date | str | None = None, action: str | None = None,
               limit: int = SEARCH_LIMIT) -> list[LogEntry]:
        """The log filtered by user, client, period (whole days, both included) and action, newest
        first, at most ``limit`` rows."""
        first, after = period_bounds(start, end)
        return self._entries(*search_sql(user_id, client_id, first, after, action or None, limit))

    def openings_of_others_cases(self, start: dt.date | str | None, end: dt.date | str | None,
                                 limit: int = SEARCH_LIMIT) -> list[LogEntry]:
        """The review's ready list ("Andras ärenden"): every opening of a case (OPEN_CASE) in the
        period by a user who was not the case's responsible when it was opened, newest first.

        The rule: the row's user is not the responsible its case had at that moment, which
        ``record`` copies into the row. A member the responsible added, and a colleague covering
        with a reason (written in the row's ``what``), are both listed: the review is where such an
        opening is looked at. Rows written before the log kept the responsible (migration
        _m007_log_review) are judged by the case's responsible now. A case without a responsible
        is nobody's own."""
        first, after = period_bounds(start, end)
        return self._entries(*others_sql(first, after, limit))

    def sample(self, n: int, start: dt.date | str | None = None, end: dt.date | str | None = None,
               seed: int | None = None) -> list[LogEntry]:
        """A random sample of ``n`` accesses in the period (every kind of row), oldest first; all of
        them when the period holds fewer. The same ``seed`` draws the same sample from the same log."""
        if not 1 <= n <= SAMPLE_MAX:
            raise ValidationError.single("sample", f"Stickprovet ska vara 1–{SAMPLE_MAX} rader.")
        first, after = period_bounds(start, end)
        import random  # only for a sample: the module is on the start-up path (DEVELOPING.md)

        ids = sample_ids(self.store.query_tuples, n, first, after, random.Random(seed))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return self._entries(f"{ENTRY_SELECT} WHERE a.id IN ({marks}) ORDER BY a.at, a.id", ids)

    def entries(self, log_filter: LogFilter, limit: int = SEARCH_LIMIT) -> list[LogEntry]:
        """What ``log_filter`` selects: a sample, the others'-cases list, or a search."""
        f = log_filter
        if f.sample:
            return self.sample(f.sample, f.start, f.end, seed=f.seed)
        if f.others_cases:
            return self.openings_of_others_cases(f.start, f.end, limit)
        return self.search(f.user_id, f.client_id, f.start, f.end, f.action, limit)

    def describe(self, log_filter: LogFilter) -> str:
        """The selection in words, for a stored review, the Excel's about sheet and the export log."""
        f = log_filter
        first, after = period_bounds(f.start, f.end)
        last = (dt.date.fromisoformat(after) - dt.timedelta(days=1)).isoformat() if after else None
        period = f"{first or 'början'} – {last or 'i dag'}" if first or last else "hela loggen"
        if f.sample:
            return f"Stickprov om {f.sample} rader, {period}" + (f" (frö {f.seed})" if f.seed is not None else "")
        if f.others_cases:
            return f"Öppnade ärenden där användaren inte var ansvarig, {period}"
        parts = []
        if f.user_id is not None:
            user = self.store.query_value("SELECT name FROM users WHERE id = ?", (f.user_id,))
            parts.append(f"användare {user or f.user_id}")
        if f.client_id is not None:
            client = self.store.clients.get(f.client_id)
            parts.append(f"klient {client.full_name} ({client.id_display})")
        if f.action:
            parts.append(f"händelse {ACTION_LABELS.get(f.action, f.action).lower()}")
        return f"Sökning: {', '.join(parts) or 'alla rader'}, {period}"

    def client_for(self, text: str) -> int:
        """The one client ``text`` names: a personnummer in any written form, or words of a name
        or case number as the client search takes them. Refused, in Swedish, when none or several match."""
        text = (text or "").strip()
        if not text:
            raise ValidationError.single("client", "Ange klientens personnummer eller namn.")
        try:
            number = personnummer.parse(text, today=self.store.today())
        except ValidationError:
            number = None
        if number is not None:
            ids = [r[0] for r in self.store.query_tuples("SELECT id FROM clients WHERE personnummer = ?",
                                                         (number.digits12,))]
            if not ids:
                kind = "samordningsnumret" if number.is_coordination else "personnumret"
                raise NotFound(f"Ingen klient har {kind} {number.display}.")
        else:
            ids = self.store.clients.search_ids(text, limit=2)
            if not ids:
                raise NotFound(f"Ingen klient matchar ”{text}”.")
        if len(ids) > 1:
            raise RuleError(f"Flera klienter matchar ”{text}”. Skriv hela personnumret.")
        return ids[0]

    # -- stored reviews ---------------------------------------------------------------------
    def record_review(self, start: dt.date | str | None, end: dt.date | str | None, looked_at: str,
                      findings: str) -> LogReview:
        """Store a review (R5: systematic, recurring and documented): the reviewer is the signed-in
        user, now; ``looked_at`` the selection in words (``describe``); ``findings`` what was found
        ("Inga avvikelser." is a finding too). A LOG_REVIEW row lands in the log with it."""
        if not can_review_log(self.store):
            raise RuleError("Loggkontroll får bara göras av en administratör.")
        if self.store.user_id is None:
            raise RuleError("Logga in innan du sparar en loggkontroll.")
        check = FieldCheck()
        first = check.date("start", "Periodens första dag", start, required=True)
        last = check.date("end", "Periodens sista dag", end, required=True)
        if first and last and last < first:
            check.fail("end", "Periodens sista dag kan inte ligga före den första.")
        looked_at = check.text("looked_at", "Urval", looked_at, max_len=2000)
        findings = check.text("findings", "Fynd", findings, required=True)
        check.raise_if_any()
        assert first is not None and last is not None  # required above
        reviewer = self.store.users.get(self.store.user_id)
        with self.store.transaction() as tx:
            review_id = tx.insert("log_reviews", {
                "reviewed_at": self.store.timestamp(), "reviewer_id": reviewer.id, "reviewer_name": reviewer.name,
                "unit": self.unit(), "period_start": first.isoformat(), "period_end": last.isoformat(),
                "looked_at": looked_at.strip(), "findings": findings.strip(),
            })
            self.record(LogAction.LOG_REVIEW, what=f"Loggkontroll {first}–{last}: {looked_at.strip()}", tx=tx)
        return self.review(review_id)

    def review(self, review_id: int) -> LogReview:
        row = self.store.query_one(f"SELECT {_REVIEW_COLUMNS} FROM log_reviews WHERE id = ?", (review_id,))
        if row is None:
            raise NotFound(f"Loggkontrollen {review_id} finns inte.")
        from app.models.log_entries import LogReview

        return LogReview(**row)

    def reviews(self, limit: int = 500) -> list[LogReview]:
        """The stored reviews, newest first."""
        rows = self.store.query(f"SELECT {_REVIEW_COLUMNS} FROM log_reviews ORDER BY reviewed_at DESC, id DESC"
                                " LIMIT ?", (limit,))
        from app.models.log_entries import LogReview

        return [LogReview(**r) for r in rows]


_REVIEW_COLUMNS = "id, reviewed_at, reviewer_id, reviewer_name, unit, period_start, period_end, looked_at, findings"
