"""Retention and disposal (gallring) of cases (R7: PDL 3:17, Arkivlagen; SKR/Riksarkivet "Bevara
eller gallra" nr 6).

ATAMA never deletes on its own. The unit's rules (settings) say what *may* be disposed of: a closed
case whose last entry is at least ``years`` (≥ 10) years old, unless the person is born on the 5th,
15th or 25th (kept for research, a setting, on by default) or the case is on hold. A disposal is
done by an administrator, under the unit's decision (gallringsbeslut, e.g. "KS 2026/123 § 4"):

    verdicts = store.retention.review()                  # every closed case, with why or why not
    store.retention.dispose([case_id], "KS 2026/123 § 4", archive=lambda cid: Exports(store).archive_copy(cid, folder))

For each case the archive copy (the journal copy as PDF) is written first and must succeed; then one
transaction puts the case in ``disposal_running`` (the journal triggers let its rows go only then),
deletes every row that references the case — found from the schema's foreign keys, so a table added
later is not forgotten — and the client if they have no other case, takes the case out of
``disposal_running`` and writes an access-log row without personal data. Then the file is compacted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import sqlite_driver
from app.models.access_log import LogAction
from app.models.allowed import Allowed, refused
from app.models.checks import whole_number
from app.models.errors import NotFound, RuleError
from app.models.fields import FieldCheck
from app.models.sizes import size_text
from app.models.texts import QT_TRANSLATE_NOOP, fill, translate
from app.models.vocab import CaseStatus

if TYPE_CHECKING:
    from app.models.store import Store, Writer

YEARS_KEY = "retention_years"
BIRTHDAYS_KEY = "retention_keep_birthdays"
MIN_YEARS, MAX_YEARS = 10, 100  # PDL 3:17: at least ten years after the last entry
KEPT_BIRTH_DAYS = (5, 15, 25)  # the research sample many authorities keep (Bevara eller gallra nr 6)

# Tables whose dates are not entries in the case: the export log records documents leaving, a hold
# is the unit's decision about the case. Every other dated column of every table that references
# the case (directly or through its parents) is an entry.
NOT_ENTRIES = frozenset({"export_log", "retention_holds"})
_DATE_COLUMN = re.compile(r"(^|_)(at|date)$|(^|_)date_")

# Group activities hang on the client, not the case; the journal copy shows them with every case of
# the client, and a disposal that removes the client removes their attendance. So the last session
# attended counts as an entry in each of the client's cases.
_GROUP_SESSIONS = """SELECT a.client_id, max(s.session_date) FROM group_attendance a
JOIN group_sessions s ON s.id = a.session_id GROUP BY a.client_id"""


def may_dispose(store: Store) -> Allowed:
    """Who may change the rules, lift a hold and dispose of cases: the unit's administrator."""
    if store.user_id is None:
        return refused(translate("Retention", "Logga in som administratör för att gallra."))  # a tooltip
    if not store.users.is_admin():
        return refused(translate("Retention", "Bara en administratör kan ändra gallringsreglerna, häva "
                                               "gallringsstopp och gallra."))
    return Allowed.yes()


@dataclass(frozen=True)
class RetentionRules:
    """The unit's disposal rules (settings)."""

    years: int = MIN_YEARS
    keep_birthdays: bool = True


@dataclass(frozen=True)
class CaseRetention:
    """One closed case as the disposal rules see it: may it be disposed of, and why (not)."""

    case_id: int
    case_number: str
    client_id: int
    client_name: str
    id_display: str
    status: str
    closed_date: str | None
    last_entry: str  # YYYY-MM-DD: the latest dated thing in the case
    disposable_from: str  # last entry + the rule's years
    hold_reason: str | None
    other_cases: int  # the client's other cases: the client is kept while there are any
    verdict: Allowed  # ok: may be disposed of; else the reason it is kept
    why: str  # the sentence the list shows, for both outcomes

    @property
    def may_dispose(self) -> bool:
        return self.verdict.ok


@dataclass(frozen=True)
class DisposedCase:
    """What a disposal did to one case (kept by the caller only; the log row has no personal data)."""

    case_id: int
    client_id: int
    case_number: str
    archive: Path
    rows: int
    client_removed: bool


@dataclass(frozen=True)
class DisposalResult:
    reference: str
    cases: list[DisposedCase] = field(default_factory=list)
    bytes_before: int = 0
    bytes_after: int = 0

    @property
    def rows(self) -> int:
        return sum(c.rows for c in self.cases)

    @property
    def summary(self) -> str:
        """What the disposal did, for the Gallring page (in the screens' language)."""
        cases, clients = len(self.cases), sum(c.client_removed for c in self.cases)
        case_text = (translate("Retention", "1 ärende") if cases == 1
                     else translate("Retention", "%1 ärenden").replace("%1", str(cases)))
        client_text = (translate("Retention", "1 klient") if clients == 1
                       else translate("Retention", "%1 klienter").replace("%1", str(clients)))
        copies = (translate("Retention", "1 arkivkopia") if cases == 1
                  else translate("Retention", "%1 arkivkopior").replace("%1", str(cases)))
        return fill(translate("Retention", "Gallrat enligt %1: %2 (%3 rader; %4 helt borttagna). %5 sparade. "
                                            "Databasfilen: %6 → %7."),
                     self.reference, case_text, str(self.rows), client_text, copies, size_text(self.bytes_before),
                     size_text(self.bytes_after))


def _yes(flag: bool) -> str:
    return "ja" if flag else "nej"


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` plus whole years; 29 February becomes 1 March (the later day: kept rather than not)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def age_text(since: dt.date, today: dt.date, translated: bool = True) -> str:
    """'12 år 3 mån' between two days (in the screens' language unless ``translated`` is False)."""
    months = (today.year - since.year) * 12 + today.month - since.month - (today.day < since.day)
    text = translate("Retention", "%1 år %2 mån") if translated else "%1 år %2 mån"
    return fill(text, str(months // 12), str(months % 12))


def birth_day(pnr12: str | None) -> int | None:
    """Day of the month of birth from a stored personnummer (samordningsnummer: day + 60)."""
    if not pnr12 or len(pnr12) != 12 or not pnr12.isdigit():
        return None
    day = int(pnr12[6:8])
    return day - 60 if day > 60 else day


# -- the schema's references -------------------------------------------------------------------------

@dataclass(frozen=True)
class Reference:
    """``table.column`` references ``parent.parent_column`` (one foreign key of the schema)."""

    table: str
    column: str
    parent: str
    parent_column: str


def schema_references(store: Store) -> list[Reference]:
    """Every foreign key of every table, read from the schema itself (PRAGMA foreign_key_list)."""
    tables = [t for (t,) in store.query_tuples(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    out = []
    for table in tables:
        for fk in store.query(f"SELECT * FROM pragma_foreign_key_list('{table}')"):
            parent_column = fk["to"] or "id"
            out.append(Reference(table, fk["from"], fk["table"], parent_column))
    return out


def _children(references: list[Reference], parent: str) -> list[Reference]:
    return [r for r in references if r.parent == parent and r.table != parent]  # self-references: see _delete


def _has_case_column(references: list[Reference], table: str) -> bool:
    return any(r.table == table and r.column == "case_id" and r.parent == "cases" for r in references)


def case_tree(references: list[Reference]) -> dict[str, str]:
    """Every table that references ``cases`` directly or through its parents, with an SQL expression
    giving the case id of one of its rows (a correlated subquery up the first path found)."""
    found = {"cases": "cases.id"}
    queue = ["cases"]
    while queue:
        parent = queue.pop(0)
        for ref in _children(references, parent):
            if ref.table in found:
                continue
            if ref.parent == "cases":
                expression = f"{ref.table}.{ref.column}"
            else:
                expression = (f"(SELECT {found[parent]} FROM {parent} "
                              f"WHERE {parent}.{ref.parent_column} = {ref.table}.{ref.column})")
            found[ref.table] = expression
            queue.append(ref.table)
    return found


def _date_columns(store: Store, table: str) -> list[str]:
    return [c["name"] for c in store.query(f"SELECT name, type FROM pragma_table_info('{table}')")
            if _DATE_COLUMN.search(c["name"]) and (c["type"] or "TEXT").upper() == "TEXT"]


class Retention:
    def __init__(self, store: Store):
        self.store = store

    # -- the rules ------------------------------------------------------------------------------
    def rules(self) -> RetentionRules:
        try:
            years = max(MIN_YEARS, int(self.store.settings.get(YEARS_KEY) or MIN_YEARS))
        except ValueError:
            years = MIN_YEARS
        keep = (self.store.settings.get(BIRTHDAYS_KEY) or "1") != "0"
        return RetentionRules(years=years, keep_birthdays=keep)

    def set_rules(self, years: int | str, keep_birthdays: bool) -> RetentionRules:
        may_dispose(self.store).require()
        check = FieldCheck()
        number = whole_number(check, "years", "År efter sista anteckningen", years, low=MIN_YEARS, high=MAX_YEARS,
                              required=True)
        check.raise_if_any()
        before = self.rules()
        with self.store.transaction() as tx:
            self.store.settings.set(YEARS_KEY, str(number))
            self.store.settings.set(BIRTHDAYS_KEY, "1" if keep_birthdays else "0")
            self.store.access_log.record(
                LogAction.SETTINGS, tx=tx,
                what=f"gallringsregler: {before.years} → {number} år efter sista anteckningen; födda den "
                     f"5/15/25 sparas: {_yes(before.keep_birthdays)} → {_yes(keep_birthdays)}")
        return self.rules()

    # -- holds ----------------------------------------------------------------------------------
    def hold(self, case_id: int, reason: str) -> None:
        """Keep the case whatever the rules say. Anyone may place a hold; it is logged. The case's
        ``updated_at`` does not move: a hold is not an entry in the case."""
        self.store.cases.get(case_id)
        check = FieldCheck()
        reason = check.text("reason", "Skäl för gallringsstopp", reason, required=True, max_len=2000).strip()
        check.raise_if_any()
        with self.store.transaction() as tx:
            tx.execute("INSERT INTO retention_holds (case_id, reason, placed_at, placed_by) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (case_id) DO UPDATE SET reason = excluded.reason, placed_at = excluded.placed_at,"
                       " placed_by = excluded.placed_by",
                       (case_id, reason, self.store.timestamp(), self.store.user_id))
            self.store.access_log.record(LogAction.WRITE, case_id=case_id, what=f"gallringsstopp: {reason}", tx=tx)

    def lift_hold(self, case_id: int) -> None:
        may_dispose(self.store).require()
        with self.store.transaction() as tx:
            if tx.execute("DELETE FROM retention_holds WHERE case_id = ?", (case_id,)).rowcount:
                self.store.access_log.record(LogAction.WRITE, case_id=case_id, what="gallringsstopp hävt", tx=tx)

    def hold_reason(self, case_id: int) -> str | None:
        return self.store.query_value("SELECT reason FROM retention_holds WHERE case_id = ?", (case_id,))

    # -- what may be disposed of ----------------------------------------------------------------
    def last_entries(self, case_ids: Sequence[int] | None = None) -> dict[int, str]:
        """Case id -> the date (YYYY-MM-DD) of the latest dated thing in the case: every dated column
        of every table that references it (notes, steps, answers, plans, goals, assessments,
        ratings, interventions, meetings, evaluations, closures, sequences, consents, …)."""
        references = schema_references(self.store)
        parts = []
        for table, case_expression in case_tree(references).items():
            if table in NOT_ENTRIES:
                continue
            columns = _date_columns(self.store, table)
            if not columns:
                continue
            latest = columns[0] if len(columns) == 1 else \
                "max(" + ", ".join(f"coalesce({c}, '')" for c in columns) + ")"
            parts.append(f"SELECT {case_expression} AS case_id, max({latest}) AS at FROM {table} GROUP BY 1")
        sql = "SELECT case_id, max(at) FROM (" + " UNION ALL ".join(parts) + ") WHERE case_id IS NOT NULL GROUP BY 1"
        wanted = set(case_ids) if case_ids is not None else None
        out = {cid: str(at)[:10] for cid, at in self.store.query_tuples(sql)
               if at and (wanted is None or cid in wanted)}
        groups = dict(self.store.query_tuples(_GROUP_SESSIONS))
        for cid, client_id in self.store.query_tuples("SELECT id, client_id FROM cases"):
            attended = groups.get(client_id)
            if cid in out and attended and str(attended)[:10] > out[cid]:
                out[cid] = str(attended)[:10]
        return out

    def review(self, case_ids: Sequence[int] | None = None) -> list[CaseRetention]:
        """Every closed case (or the cases asked for, open or not) with the rules' verdict and why,
        oldest last entry first."""
        rules = self.rules()
        today = self.store.today()
        where = "WHERE c.status = ?" if case_ids is None else \
            f"WHERE c.id IN ({', '.join('?' * len(case_ids))})"
        params = (CaseStatus.CLOSED,) if case_ids is None else tuple(case_ids)
        rows = self.store.query(
            f"""SELECT c.id, c.case_number, c.client_id, c.status, c.closed_date,
                       cl.first_name, cl.last_name, cl.personnummer, cl.protected_identity, cl.birth_year,
                       h.reason AS hold_reason,
                       (SELECT count(*) FROM cases o WHERE o.client_id = c.client_id AND o.id != c.id) AS other_cases
                FROM cases c JOIN clients cl ON cl.id = c.client_id
                LEFT JOIN retention_holds h ON h.case_id = c.id {where}""", params)
        last = self.last_entries([r["id"] for r in rows])
        from app.models.clients import id_display

        out = []
        for r in rows:
            last_entry = last.get(r["id"]) or (r["closed_date"] or today.isoformat())
            since = dt.date.fromisoformat(last_entry)
            disposable_from = add_years(since, rules.years)
            verdict, why = self._verdict(r, rules, since, disposable_from, today)
            out.append(CaseRetention(
                case_id=r["id"], case_number=r["case_number"], client_id=r["client_id"],
                client_name=f"{r['first_name']} {r['last_name']}".strip(),
                id_display=id_display(r["personnummer"], bool(r["protected_identity"]), r["birth_year"]),
                status=r["status"], closed_date=r["closed_date"], last_entry=last_entry,
                disposable_from=disposable_from.isoformat(), hold_reason=r["hold_reason"],
                other_cases=r["other_cases"], verdict=verdict, why=why))
        out.sort(key=lambda c: (c.last_entry, c.case_number))
        return out

    def disposable(self) -> list[CaseRetention]:
        """The cases the rules allow to dispose of now."""
        return [c for c in self.review() if c.may_dispose]

    @staticmethod
    def _verdict(row: dict, rules: RetentionRules, since: dt.date, disposable_from: dt.date,
                 today: dt.date) -> tuple[Allowed, str]:
        """The refusal (Swedish: it is also a RuleError's message) and the sentence the list shows (in
        the screens' language)."""
        def refusal(text: str, *values: str) -> tuple[Allowed, str]:
            return refused(fill(text, *values)), fill(translate("Retention", text), *values)

        if row["status"] != CaseStatus.CLOSED:
            return refusal(QT_TRANSLATE_NOOP("Retention", "Ärendet är inte avslutat: bara avslutade ärenden kan "
                                                          "gallras."))
        if row["hold_reason"]:
            return refusal(QT_TRANSLATE_NOOP("Retention", "Gallringsstopp: %1"), row["hold_reason"])
        if rules.keep_birthdays:
            day = birth_day(row["personnummer"])
            if day is None:
                return refusal(QT_TRANSLATE_NOOP("Retention", "Födelsedagen är okänd (inget personnummer): sparas, "
                                                              "eftersom personen kan vara född den 5:e, 15:e eller "
                                                              "25:e."))
            if day in KEPT_BIRTH_DAYS:
                return refusal(QT_TRANSLATE_NOOP("Retention", "Född den %1:e i månaden: sparas för forskningen "
                                                              "(födda den 5:e, 15:e och 25:e)."), str(day))
        if today < disposable_from:
            return (refused(fill("Sista anteckningen %1 (%2 sedan): får gallras tidigast %3.", since.isoformat(),
                                  age_text(since, today, translated=False), disposable_from.isoformat())),
                    fill(translate("Retention", "Sista anteckningen %1 (%2 sedan): får gallras tidigast %3."),
                          since.isoformat(), age_text(since, today), disposable_from.isoformat()))
        why = fill(translate("Retention", "Avslutat %1, sista anteckningen %2 (%3 sedan, regeln är %4 år)."),
                    row["closed_date"] or "–", since.isoformat(), age_text(since, today), str(rules.years))
        return Allowed.yes(), why

    # -- disposal -------------------------------------------------------------------------------
    def dispose(self, case_ids: Sequence[int], reference: str, *, archive: Callable[[int], Path],
                progress: Callable[[int, int], None] | None = None) -> DisposalResult:
        """Dispose of ``case_ids`` under the decision ``reference``. ``archive(case_id)`` writes the
        case's archive copy and returns its path; it runs first for each case, and a case whose copy
        fails is not touched (the error stops the run; cases already done stay done). Every check
        runs before the first copy is written."""
        reference, ids, verdicts = self._checked(case_ids, reference)
        before = self._file_bytes()
        done: list[DisposedCase] = []
        try:
            for number, case_id in enumerate(ids):
                if progress is not None:
                    progress(number, len(ids))
                copy = archive(case_id)
                if not (copy.is_file() and copy.stat().st_size > 0):
                    raise RuleError(f"Arkivkopian för ärende {verdicts[case_id].case_number} saknas. "
                                    "Ärendet har inte gallrats.")
                rows, client_removed = self._dispose_case(case_id, reference, verdicts[case_id].case_number)
                done.append(DisposedCase(case_id, verdicts[case_id].client_id, verdicts[case_id].case_number, copy,
                                         rows, client_removed))
        finally:
            if done:
                self.compact()
        if progress is not None:
            progress(len(ids), len(ids))
        return DisposalResult(reference=reference, cases=done, bytes_before=before, bytes_after=self._file_bytes())

    def check_disposal(self, case_ids: Sequence[int], reference: str) -> None:
        """Refuse as ``dispose`` would, before anything is written (the screen asks before it confirms)."""
        self._checked(case_ids, reference)

    def _checked(self, case_ids: Sequence[int], reference: str) -> tuple[str, list[int], dict[int, CaseRetention]]:
        may_dispose(self.store).require()
        check = FieldCheck()
        reference = check.text("reference", "Gallringsbeslut", reference, max_len=200, single_line=True)
        if not reference:
            check.fail("reference", "Ange gallringsbeslutet (diarienummer och paragraf, t.ex. KS 2026/123 § 4). "
                                    "Utan beslut gallras ingenting.")
        if not case_ids:
            check.fail("cases", "Välj minst ett ärende att gallra.")
        check.raise_if_any()
        ids = list(dict.fromkeys(case_ids))
        verdicts = {v.case_id: v for v in self.review(ids)}
        for case_id in ids:
            verdict = verdicts.get(case_id)
            if verdict is None:
                raise NotFound(f"Ärendet {case_id} finns inte.")
            if not verdict.may_dispose:
                raise RuleError(f"Ärende {verdict.case_number} får inte gallras: {verdict.verdict.reason} "
                                "Ingenting har gallrats.")
        return reference, ids, verdicts

    def _dispose_case(self, case_id: int, reference: str, case_number: str) -> tuple[int, bool]:
        references = schema_references(self.store)
        client_id = self.store.query_value("SELECT client_id FROM cases WHERE id = ?", (case_id,))
        params = {"case_id": case_id, "client_id": client_id}
        counts: Counter[str] = Counter()
        try:
            with self.store.transaction() as tx:
                tx.execute("INSERT INTO disposal_running (case_id) VALUES (?)", (case_id,))
                _delete(tx, references, "cases", "id = :case_id", params, counts, ("cases",))
                client_removed = not self.store.query_value(
                    "SELECT count(*) FROM cases WHERE client_id = ?", (client_id,))
                if client_removed:
                    _delete(tx, references, "clients", "id = :client_id", params, counts, ("clients",))
                tx.execute("DELETE FROM disposal_running WHERE case_id = ?", (case_id,))
                detail = ", ".join(f"{table} {n}" for table, n in sorted(counts.items()) if n)
                self.store.access_log.record(  # no client_id, no case_id, no name: the decision and counts
                    LogAction.DISPOSAL, tx=tx,
                    what=f"gallring enligt gallringsbeslut {reference}: 1 ärende, {sum(counts.values())} rader "
                         f"({detail}); klientens uppgifter {'borttagna' if client_removed else 'kvar (fler ärenden)'}; "
                         "arkivkopia skriven före raderingen")
        except sqlite_driver.IntegrityError as exc:
            why = str(exc).rstrip(".")
            raise RuleError(f"Ärende {case_number} kunde inte gallras: {why}. Ingenting i ärendet har raderats; "
                            "arkivkopian finns kvar.") from exc
        return sum(counts.values()), client_removed

    def compact(self) -> None:
        """Merge the search index (so removed names leave no trace in it) and VACUUM the file."""
        with self.store.transaction() as tx:
            tx.execute("INSERT INTO clients_search(clients_search) VALUES ('optimize')")
        self.store.compact()

    def _file_bytes(self) -> int:
        if self.store.path == ":memory:":
            return 0
        main = Path(self.store.path)
        return sum(p.stat().st_size for p in (main, main.with_name(main.name + "-wal")) if p.exists())


def _delete(tx: Writer, references: list[Reference], table: str, where: str, params: dict,
            counts: Counter[str], path: tuple[str, ...]) -> None:
    """Delete the rows of ``table`` matching ``where``, children first: every table that references
    ``table`` loses the rows pointing at those rows (recursively). A table with its own ``case_id`` only
    loses rows of the case being disposed of: a row of another case pointing here makes the foreign key
    refuse the whole disposal instead of taking that case's row with it. A self-reference (a correction
    pointing at the note it corrects) needs no recursion: one statement removes both rows."""
    for ref in _children(references, table):
        if ref.table in path:
            continue
        condition = f"{ref.column} IN (SELECT {ref.parent_column} FROM {table} WHERE {where})"
        if _has_case_column(references, ref.table):
            condition += " AND case_id = :case_id"
        _delete(tx, references, ref.table, condition, params, counts, (*path, ref.table))
    counts[table] += tx.execute(f"DELETE FROM {table} WHERE {where}", params).rowcount

