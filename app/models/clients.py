"""Clients (klienter): registration, validation and instant search."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from app.models import personnummer
from app.models.errors import NotFound, ValidationError
from app.models.fields import NAME_MAX, FieldCheck, clean_text
from app.models.process_def import current_steps
from app.models.vocab import EDUCATION, GENDERS

if TYPE_CHECKING:
    from app.models.store import Store, Writer

PROTECTED_MASK = "Skyddad identitet"


def id_display(pnr12: str | None, protected: bool, birth_year: int) -> str:
    """The identity number as lists show it: hidden for protected identity."""
    if protected:
        return PROTECTED_MASK
    if pnr12:
        return personnummer.format_display(pnr12)
    return f"Född {birth_year}"


@dataclass
class ClientInput:
    """What the client dialog (or an import) hands in; everything as typed."""

    first_name: str = ""
    last_name: str = ""
    personnummer: str = ""  # any written form; empty when the person has none
    birth_year: str | int | None = None  # only used when there is no personnummer
    gender: str = ""
    education: str = "okand"
    phone: str = ""
    email: str = ""
    address: str = ""
    anonymous_in_stats: bool = False
    protected_identity: bool = False


class Client(NamedTuple):
    """A client as stored (personnummer normalised to 12 digits, or None with a birth year)."""

    id: int
    first_name: str
    last_name: str
    personnummer: str | None
    is_coordination: bool
    birth_year: int
    gender: str
    education: str
    phone: str
    email: str
    address: str
    anonymous_in_stats: bool
    protected_identity: bool
    created_at: str
    updated_at: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def id_display(self) -> str:
        return id_display(self.personnummer, self.protected_identity, self.birth_year)

    @property
    def birth_date(self) -> dt.date:
        """The day of birth from the personnummer (a samordningsnummer's day less 60); for a client
        known by the birth year only, 1 January of it: the earliest day they can have been born."""
        if self.personnummer:
            year, month, day = int(self.personnummer[:4]), int(self.personnummer[4:6]), int(self.personnummer[6:8])
            return dt.date(year, month, day - 60 if day > 60 else day)
        return dt.date(self.birth_year, 1, 1)

    def as_input(self) -> ClientInput:
        return ClientInput(
            first_name=self.first_name,
            last_name=self.last_name,
            personnummer=personnummer.format_display(self.personnummer),
            birth_year=None if self.personnummer else self.birth_year,
            gender=self.gender,
            education=self.education,
            phone=self.phone,
            email=self.email,
            address=self.address,
            anonymous_in_stats=self.anonymous_in_stats,
            protected_identity=self.protected_identity,
        )


class ClientListRow(NamedTuple):
    """One row of the client list: the client and their latest case. A named tuple, not a dataclass:
    it is built before the first paint, where a dataclass costs about 0.4 ms (DEVELOPING.md)."""

    client_id: int
    name: str
    id_display: str
    case_id: int | None = None
    case_number: str = ""
    case_status: str = ""
    current_step: str = ""
    responsible: str = ""
    case_count: int = 0


def build_search_text(first: str, last: str, pnr12: str | None, protected: bool, case_numbers: list[str]) -> str:
    """Casefolded text the trigram index searches: both name orders, the number, case numbers."""
    parts = [f"{first} {last}", f"{last} {first}"]
    if pnr12 and not protected:
        parts.append(pnr12)
    for number in case_numbers:
        parts.append(number)
        parts.append(re.sub(r"\D", "", number))
    return " | ".join(parts).casefold()


# Swedish alphabet: å, ä, ö come after z (æ and ø sort with ä and ö, ü with y); other accents
# are ignored (é as e, Á as a), so "Åberg" sorts after "Zetterlund" and "Élise" beside "Elin".
# (private-use code points sort after every letter, also when SQLite compares the UTF-8 bytes).
_SWEDISH_LETTERS = {"å": "\uf8f1", "ä": "\uf8f2", "æ": "\uf8f2", "ö": "\uf8f3", "ø": "\uf8f3", "ü": "y"}


def _swedish_key(text: str) -> str:
    out = []
    for char in text.casefold():
        if char in _SWEDISH_LETTERS:
            out.append(_SWEDISH_LETTERS[char])
        else:
            out.append("".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)))
    return "".join(out)


def build_sort_key(first: str, last: str) -> str:
    """Stored in ``clients.sort_key`` so lists sort by surname in Swedish order with an index."""
    return f"{_swedish_key(last)}\u0000{_swedish_key(first)}"


_CLIENT_COLUMNS = (
    "id, first_name, last_name, personnummer, is_coordination, birth_year, gender, education, "
    "phone, email, address, anonymous_in_stats, protected_identity, created_at, updated_at"
)


class Clients:
    def __init__(self, store: Store):
        self.store = store

    # -- validation -------------------------------------------------------------------------
    def _clean(self, data: ClientInput, existing_id: int | None = None) -> dict:
        check = FieldCheck()
        first = check.text("first_name", "Förnamn", data.first_name, required=True, max_len=NAME_MAX, single_line=True)
        last = check.text("last_name", "Efternamn", data.last_name, required=True, max_len=NAME_MAX, single_line=True)
        gender = check.choice("gender", "Kön", data.gender, GENDERS)
        education = check.choice("education", "Utbildningsnivå", data.education, EDUCATION)
        phone = check.text("phone", "Telefon", data.phone, max_len=50, single_line=True)
        email = check.text("email", "E-post", data.email, max_len=254, single_line=True)
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            check.fail("email", "E-postadressen ser inte giltig ut (namn@exempel.se).")
        address = check.text("address", "Adress", data.address, max_len=1000)
        pnr12, coordination, birth_year, born = None, False, None, None
        today = self.store.today()
        number = clean_text(data.personnummer, single_line=True)  # a pasted number's invisible characters out
        if number:
            try:
                parsed = personnummer.parse(number, today)
            except ValidationError as exc:
                check.errors.update({k: v for k, v in exc.errors.items() if k not in check.errors})
            else:
                pnr12, coordination, birth_year = parsed.digits12, parsed.is_coordination, parsed.birth_date.year
                born = parsed.birth_date
                clash = self.store.query_one(
                    "SELECT id FROM clients WHERE personnummer = ? AND id IS NOT ?", (pnr12, existing_id)
                )
                if clash:
                    check.fail("personnummer", "Det finns redan en klient med det här personnumret.")
        else:
            text = str(data.birth_year if data.birth_year is not None else "").strip()
            if not text:
                check.fail("birth_year", "Ange personnummer, eller födelseår om personen saknar personnummer.")
            elif not (text.isascii() and text.isdigit()) or not (1900 <= int(text) <= today.year):
                check.fail("birth_year", f"Födelseår ska vara ett årtal mellan 1900 och {today.year}.")
            else:
                birth_year, born = int(text), dt.date(int(text), 1, 1)
        if born is not None and existing_id is not None:  # the other side of cases.py's rule
            first_referral = self.store.query_value("SELECT min(referral_date) FROM cases WHERE client_id = ?",
                                                    (existing_id,))
            if first_referral and first_referral < born.isoformat():
                check.fail("personnummer" if pnr12 else "birth_year",
                           f"Klienten har ett ärende med remissdatum {first_referral}, före födelsedatumet "
                           f"({born.isoformat()}). Kontrollera uppgiften.")
        check.raise_if_any()
        return {
            "first_name": first,
            "last_name": last,
            "personnummer": pnr12,
            "is_coordination": int(coordination),
            "birth_year": birth_year,
            "gender": gender,
            "education": education,
            "phone": phone,
            "email": email,
            "address": address,
            "anonymous_in_stats": int(bool(data.anonymous_in_stats)),
            "protected_identity": int(bool(data.protected_identity)),
        }

    def check(self, data: ClientInput) -> None:
        """Check a new client as ``add`` would, writing nothing: ValidationError naming the field."""
        self._clean(data)

    # -- writes -----------------------------------------------------------------------------
    def add(self, data: ClientInput) -> Client:
        """``store.clients.add(ClientInput(first_name="Tolvan", last_name="Tolvansson",
        personnummer="19121212-1212", gender="man"))``"""
        row = self._clean(data)
        now = self.store.timestamp()
        row.update(created_at=now, updated_at=now, created_by=self.store.user_id)
        row["search_text"] = build_search_text(
            row["first_name"], row["last_name"], row["personnummer"], bool(row["protected_identity"]), []
        )
        row["sort_key"] = build_sort_key(row["first_name"], row["last_name"])
        with self.store.transaction() as tx:
            client_id = tx.insert("clients", row)
        return self.get(client_id)

    def update(self, client_id: int, data: ClientInput) -> Client:
        self.get(client_id)
        row = self._clean(data, existing_id=client_id)
        row["updated_at"] = self.store.timestamp()
        row["sort_key"] = build_sort_key(row["first_name"], row["last_name"])
        with self.store.transaction() as tx:
            tx.update("clients", client_id, row)
            self.refresh_search_text(tx, client_id)
        return self.get(client_id)

    def refresh_search_text(self, tx: Writer, client_id: int) -> None:
        """Recompute the searchable text (after a change of name, number or cases), inside the
        transaction that changed it."""
        client = self.get(client_id)
        numbers = [
            r["case_number"]
            for r in self.store.query("SELECT case_number FROM cases WHERE client_id = ? ORDER BY id", (client_id,))
        ]
        text = build_search_text(
            client.first_name, client.last_name, client.personnummer, client.protected_identity, numbers
        )
        tx.execute("UPDATE clients SET search_text = ? WHERE id = ?", (text, client_id))

    # -- reads ------------------------------------------------------------------------------
    def get(self, client_id: int) -> Client:
        row = self.store.query_one(f"SELECT {_CLIENT_COLUMNS} FROM clients WHERE id = ?", (client_id,))
        if row is None:
            raise NotFound(f"Klienten {client_id} finns inte.")
        return _to_client(row)

    def count(self) -> int:
        return self.store.query_value("SELECT count(*) FROM clients")

    def search_ids(self, query: str, limit: int = 200) -> list[int]:
        """Ids of clients matching every word of ``query`` in name, personnummer or case number,
        sorted by surname. Digits match however the number is written (``-``, ``+``, spaces)."""
        query = clean_text(query, single_line=True)  # as names are stored: NFC, no invisible characters
        sql, params = search_sql(self.store.query_value, query, limit)
        return [r[0] for r in self.store.query_tuples(sql, params)]

    def search(self, query: str, limit: int = 200) -> list[ClientListRow]:
        return self.list_rows(self.search_ids(query, limit))

    def list_rows(self, ids: list[int]) -> list[ClientListRow]:
        """The list's columns for the given clients, in the given order (one query, plus one for
        the current steps)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {
            r[0]: r
            for r in self.store.query_tuples(
                f"""SELECT c.id, c.first_name, c.last_name, c.personnummer, c.protected_identity, c.birth_year,
                           k.id, k.case_number, k.status, u.name,
                           (SELECT count(*) FROM cases WHERE client_id = c.id)
                    FROM clients c
                    LEFT JOIN cases k ON k.id = (SELECT max(id) FROM cases WHERE client_id = c.id)
                    LEFT JOIN users u ON u.id = k.responsible_user_id
                    WHERE c.id IN ({marks})""",
                tuple(ids),
            )
        }
        steps = current_steps(self.store, [r[6] for r in found.values() if r[6] is not None])
        rows = []
        for client_id in ids:
            if client_id not in found:
                continue
            _, first, last, pnr, protected, birth_year, case_id, number, status, responsible, count = found[client_id]
            rows.append(ClientListRow(
                client_id=client_id,
                name=f"{last}, {first}",
                id_display=id_display(pnr, bool(protected), birth_year),
                case_id=case_id,
                case_number=number or "",
                case_status=status or "",
                current_step=steps.get(case_id, "") if case_id else "",
                responsible=responsible or "",
                case_count=count,
            ))
        return rows


def _to_client(row: dict) -> Client:
    row = dict(row)
    for flag in ("is_coordination", "anonymous_in_stats", "protected_identity"):
        row[flag] = bool(row[flag])
    return Client(**row)


_ORDER = "ORDER BY sort_key, id"
# Above this many trigram matches the search walks the list order instead of sorting every match:
# sorting costs about 2 µs a match, the walk at most one pass over the index (about 20 ms at
# 100 000 clients) and stops at ``limit`` hits.
DENSE_MATCHES = 5000
_WALK = "clients INDEXED BY clients_sort_text"  # (sort_key, id, search_text): no client row is read


def search_sql(query_value: Callable[[str, tuple], Any], query: str, limit: int) -> tuple[str, tuple]:
    """The one search query, shared by the service and the benchmark's floor comparison.
    ``query_value`` (``store.query_value``) sizes a trigram match (one capped count) to choose
    between sorting the matches and walking the list in order."""
    query = (query or "").strip()
    if not query:
        return f"SELECT id FROM clients {_ORDER} LIMIT ?", (limit,)
    if re.fullmatch(r"[\d\s+-]+", query):
        digits = personnummer.search_digits(query)
        terms = [digits] if digits else []
        exact = _exact_pnr(query)
    else:
        # The list shows "Efternamn, Förnamn": a comma separates words as a space does
        terms = [t for t in re.split(r"[\s,;]+", query.casefold()) if t]
        exact = None
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    where, params = [], []
    source = _WALK  # short words only: walk the list, testing each search text
    if long_terms:
        fts = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        where.append("id IN (SELECT rowid FROM clients_search WHERE clients_search MATCH ?)")
        params.append(fts)
        # Few matches: fetch and sort them. Many (e.g. "sson"): walk the list, probing the matches.
        # A complete personnummer (``exact``) matches a handful and needs the client rows.
        if exact or _matches_at_least(query_value, fts, DENSE_MATCHES) < DENSE_MATCHES:
            source = "clients"
    for term in short_terms:
        # Trigrams need three characters; shorter words filter the rows found (or the walk).
        where.append("instr(search_text, ?) > 0")
        params.append(term)
    condition = " AND ".join(where) or "1"
    if exact:
        condition = f"({condition}) OR personnummer = ?"
        params.append(exact)
    return f"SELECT id FROM {source} WHERE {condition} {_ORDER} LIMIT ?", (*params, limit)


def _matches_at_least(query_value: Callable[[str, tuple], Any], fts: str, cap: int) -> int:
    """How many clients the trigram query matches, counted no further than ``cap``."""
    return query_value(
        "SELECT count(*) FROM (SELECT 1 FROM clients_search WHERE clients_search MATCH ? LIMIT ?)", (fts, cap)
    )


def _exact_pnr(query: str) -> str | None:
    """A complete, valid number also finds clients whose number is hidden (protected identity)."""
    try:
        return personnummer.parse(query).digits12
    except ValidationError:
        return None
