"""Importing clients (and their referrals) from an Excel list, as offices keep them.

The first sheet named "Klienter" (else the first sheet) holds a header row with the columns of
COLUMNS (Swedish headers; case and extra spaces do not matter, unknown columns are ignored) and one
client per row. Values may be keys or labels ("kvinna"/"Kvinna"), dates real Excel dates or
ÅÅÅÅ-MM-DD, yes/no columns Ja/Nej. A row with a Remissdatum also opens a case.

    preview = read_import(path, store)       # nothing is written; rows with errors say why
    result = import_rows(store, preview)     # the valid rows, in one transaction

Every row is checked by the services themselves (a dry run of the import that is rolled back), so
the rules are the ones the dialogs use. Nothing already in the database is changed: a client is
matched by personnummer, or without one by name and birth year; a matched client is left as it
is, and a case is not opened again when the client already has one with the same referral date.
Re-importing the same file therefore adds nothing.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models import personnummer
from app.models.access_log import LogAction
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.errors import AtamaError, ValidationError
from app.models.vocab import EDUCATION, GENDERS, REFERRERS, TARGET_GROUPS, Choices

if TYPE_CHECKING:
    from app.models.store import Store

SHEET = "Klienter"
MAX_ROWS = 50_000
HEADER_SEARCH_ROWS = 10  # a title or a blank line or two above the header row is fine
TEXT, DATE, YES_NO, NUMBER_TEXT = "text", "date", "yes_no", "number_text"
YES = {"ja", "j", "x", "1", "sant", "true", "yes"}
NO = {"nej", "n", "0", "falskt", "false", "no"}


@dataclass(frozen=True)
class ImportColumn:
    header: str
    field: str  # in ClientInput or CaseInput
    target: str  # "client" or "case"
    description: str
    required: bool = False
    choices: Choices | None = None
    kind: str = TEXT
    example: Any = ""

    @property
    def is_date(self) -> bool:
        return self.kind == DATE


COLUMNS = (
    ImportColumn("Förnamn", "first_name", "client", "Klientens förnamn.", True, example="Tolvan"),
    ImportColumn("Efternamn", "last_name", "client", "Klientens efternamn.", True, example="Tolvansson"),
    ImportColumn("Personnummer", "personnummer", "client",
                 "ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN; samordningsnummer går också. Lämna tomt om personen "
                 "saknar personnummer och fyll i Födelseår.", kind=NUMBER_TEXT, example="19121212-1212"),
    ImportColumn("Födelseår", "birth_year", "client", "Bara när personnummer saknas, t.ex. 1985.",
                 kind=NUMBER_TEXT),
    ImportColumn("Kön", "gender", "client", "", True, GENDERS, example="Man"),
    ImportColumn("Utbildning", "education", "client", "Högsta utbildningsnivå. Tomt: Okänd.", choices=EDUCATION,
                 example="Gymnasial"),
    ImportColumn("Remissdatum", "referral_date", "case",
                 "ÅÅÅÅ-MM-DD. Ifyllt: ett ärende öppnas (inte om klienten redan har ett med samma datum).",
                 kind=DATE, example=dt.date(2026, 11, 2)),
    ImportColumn("Remittent", "referred_by", "case", "Vem som remitterat. Krävs när Remissdatum finns.",
                 choices=REFERRERS, example="Arbetsledare"),
    ImportColumn("Annan remittent", "referred_by_other", "case", "Vem, när Remittent är Annan."),
    ImportColumn("Målgrupp", "target_group", "case", "Krävs när Remissdatum finns.", choices=TARGET_GROUPS,
                 example="Medarbetare på AMA"),
    ImportColumn("Startdatum AMA", "ama_start_date", "case",
                 "ÅÅÅÅ-MM-DD, för medarbetare på AMA (fyraveckorsregeln för utvecklingsplanen räknas därifrån).",
                 kind=DATE, example=dt.date(2026, 10, 19)),
    ImportColumn("Telefon", "phone", "client", "", kind=NUMBER_TEXT),
    ImportColumn("E-post", "email", "client", "namn@exempel.se"),
    ImportColumn("Anonym i statistik", "anonymous_in_stats", "client",
                 "Ja om klienten inte vill ingå i statistiken (räknas då bara i totalen). Tomt: Nej.", kind=YES_NO,
                 example="Nej"),
    ImportColumn("Skyddad identitet", "protected_identity", "client",
                 "Ja om klienten har skyddad identitet (personnumret visas då inte i listor). Tomt: Nej.",
                 kind=YES_NO, example="Nej"),
    ImportColumn("Orsak", "reason", "case", "Anledning till remissen.", example="Exempelrad – ta bort före import"),
)
_BY_FIELD = {c.field: c for c in COLUMNS}
_ALIASES = {"personnr": "Personnummer", "epost": "E-post", "e-postadress": "E-post", "mejl": "E-post",
            "telefonnummer": "Telefon", "anonym": "Anonym i statistik", "startdatum på ama": "Startdatum AMA",
            "utbildningsnivå": "Utbildning", "anledning": "Orsak"}

NEW_CLIENT_AND_CASE = "Ny klient och nytt ärende"
NEW_CLIENT = "Ny klient"
NEW_CASE = "Klienten finns redan – nytt ärende"
EXISTS = "Finns redan"
ERROR = "Fel"


@dataclass(frozen=True)
class ImportRow:
    row_number: int  # as Excel numbers it
    client: ClientInput
    case: CaseInput | None  # None: no Remissdatum, no case
    errors: dict[str, str] = field(default_factory=dict)  # column header (or "") -> Swedish message
    action: str = ""  # what importing the row does (NEW_CLIENT …, EXISTS) or ERROR

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def message(self) -> str:
        # "Remissdatum är inget giltigt datum" already names its column; "Kön: 'okänt' …" needs the prefix
        return " ".join(f"{column}: {text}" if column and not text.startswith(column) else text
                        for column, text in self.errors.items())


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    sheet: str
    rows: tuple[ImportRow, ...]
    ignored_columns: tuple[str, ...]  # headers not recognised

    @property
    def valid_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok and r.action != EXISTS]

    @property
    def existing_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok and r.action == EXISTS]

    @property
    def error_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def summary(self) -> str:
        return (f"{len(self.rows)} rader: {len(self.valid_rows)} kan importeras, {len(self.existing_rows)} finns "
                f"redan, {len(self.error_rows)} med fel.")


@dataclass(frozen=True)
class ImportResult:
    clients_created: int
    cases_opened: int
    existing: int  # rows whose client (and case) were already there
    skipped_errors: int

    def __str__(self) -> str:
        return self.summary

    @property
    def summary(self) -> str:
        return (f"{self.clients_created} nya klienter, {self.cases_opened} nya ärenden, "
                f"{self.existing} fanns redan, {self.skipped_errors} rader med fel hoppades över.")


# -- reading ----------------------------------------------------------------------------------

def _fail(message: str) -> ValidationError:
    return ValidationError.single("file", message)


def _norm(value: Any) -> str:
    return " ".join(str(value).split()).rstrip("*").strip().casefold() if value is not None else ""


_BY_HEADER = {c.header: c for c in COLUMNS}
_HEADERS = {_norm(c.header): c for c in COLUMNS} | {_norm(a): _BY_HEADER[h] for a, h in _ALIASES.items()}


def read_import(path: str | Path, store: Store | None = None) -> ImportPreview:
    """Read and check every row; nothing is written. With ``store``, rows are matched against its
    clients (EXISTS) and checked with its date; without, against an empty database."""
    path = Path(path)
    sheet, columns, ignored, rows = _read_sheet(path)
    parsed = [_parse_row(number, columns, values) for number, values in rows]
    if store is None:
        from app.models.store import Store

        scratch = Store.open(":memory:")
        try:
            checked = _dry_run(scratch, parsed)
        finally:
            scratch.close()
    else:
        checked = _dry_run(store, parsed)
    return ImportPreview(path, sheet, tuple(checked), tuple(ignored))


def _read_sheet(path: Path) -> tuple[str, dict[int, ImportColumn], list[str], list[tuple[int, tuple]]]:
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise _fail(f"{path.name} är ingen Excelfil av rätt sort. Spara listan som Excel-arbetsbok (.xlsx) "
                    "och försök igen.")
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise _fail(f"Filen {path} finns inte.") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise _fail(f"{path.name} kan inte läsas som en Excel-arbetsbok (.xlsx). Är filen skadad eller "
                    "sparad i ett annat format?") from None
    try:
        ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
        lines = ws.iter_rows(values_only=True)
        header_row, columns, ignored = None, {}, []
        for number, values in enumerate(lines, 1):
            if number > HEADER_SEARCH_ROWS:
                break
            found = {i: _HEADERS[_norm(v)] for i, v in enumerate(values) if _norm(v) in _HEADERS}
            if len(found) >= 2:
                header_row, columns = number, found
                ignored = [str(v).strip() for i, v in enumerate(values) if v is not None and str(v).strip()
                           and i not in found]
                break
        if header_row is None:
            raise _fail(f"Hittar ingen rubrikrad i bladet {ws.title}. Första raden ska ha kolumnrubrikerna "
                        "(Förnamn, Efternamn, Personnummer, Kön …); använd gärna importmallen.")
        _check_headers(list(columns.values()))
        rows: list[tuple[int, tuple]] = []
        for number, values in enumerate(lines, header_row + 1):
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            if len(rows) >= MAX_ROWS:
                raise _fail(f"Filen har fler än {MAX_ROWS:,} rader. Dela upp den.".replace(",", " "))
            rows.append((number, values))
        return ws.title, columns, ignored, rows
    finally:
        wb.close()


def _check_headers(found: list[ImportColumn]) -> None:
    headers = [c.header for c in found]
    twice = sorted({h for h in headers if headers.count(h) > 1})
    if twice:
        raise _fail(f"Kolumnen {', '.join(twice)} finns mer än en gång i rubrikraden.")
    missing = [c.header for c in COLUMNS if c.required and c.header not in headers]
    if "Personnummer" not in headers and "Födelseår" not in headers:
        missing.append("Personnummer (eller Födelseår)")
    if missing:
        raise _fail(f"Rubrikraden saknar {'kolumnen' if len(missing) == 1 else 'kolumnerna'} "
                    f"{', '.join(missing)}.")


def _parse_row(number: int, columns: dict[int, ImportColumn], values: tuple) -> ImportRow:
    client: dict[str, Any] = {}
    case: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for index, column in columns.items():
        raw = values[index] if index < len(values) else None
        try:
            value = _convert(column, raw)
        except ValueError as exc:
            errors[column.header] = str(exc)
            value = "" if column.kind != YES_NO else False
        (client if column.target == "client" else case)[column.field] = value
    client.setdefault("education", "")
    if not client["education"]:
        client["education"] = "okand"
    case_input = None
    if case.get("referral_date"):
        case_input = CaseInput(**case)
    elif any(case.values()):
        filled = ", ".join(_BY_FIELD[f].header for f, v in case.items() if v)
        errors.setdefault("Remissdatum", f"Ange remissdatum för att öppna ett ärende ({filled} är ifyllt).")
    client_input = ClientInput(**client)
    if _is_template_example(client_input):
        errors[""] = "Det här är importmallens exempelrad. Ta bort raden innan du importerar."
    return ImportRow(number, client_input, case_input, errors, ERROR if errors else "")


def _convert(column: ImportColumn, raw: Any) -> Any:
    """The cell as the services take it; ValueError with a Swedish message when it cannot be read."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return False if column.kind == YES_NO else ""
    if column.kind == YES_NO:
        if isinstance(raw, bool):
            return raw
        word = _norm(raw)
        if word in YES or word in NO:
            return word in YES
        raise ValueError(f"Skriv Ja eller Nej (inte {str(raw).strip()!r}).")
    if column.kind == DATE and isinstance(raw, (dt.date, dt.datetime)):
        return (raw.date() if isinstance(raw, dt.datetime) else raw).isoformat()
    if isinstance(raw, (dt.date, dt.datetime)):
        raise ValueError("Cellen innehåller ett datum, inte text.")
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = " ".join(str(raw).split())
    if column.field == "personnummer" and isinstance(raw, int) and len(text) == 9:
        text = text.zfill(10)  # Excel dropped the leading zero of a 10-digit number (born 2000–2009)
    if column.field == "phone" and isinstance(raw, int) and not text.startswith("0"):
        text = "0" + text  # a Swedish number typed as a number: Excel dropped the trunk zero (070…, 08…)
    if column.choices is not None:
        for key, label in column.choices:
            if _norm(text) in (key.casefold(), _norm(label)):
                return key
        allowed = ", ".join(label for _, label in column.choices)
        raise ValueError(f"{text!r} är inget tillåtet värde. Tillåtna: {allowed}.")
    return text


def _is_template_example(data: ClientInput) -> bool:
    example = {c.field: c.example for c in COLUMNS if c.target == "client"}
    return (_norm(data.first_name) == _norm(example["first_name"]) and _norm(data.last_name) == _norm(
        example["last_name"]) and _pnr12(data.personnummer) == _pnr12(example["personnummer"]))


# -- checking and importing -------------------------------------------------------------------

class _RollBack(Exception):
    """Ends the dry run: everything it wrote is undone."""


def _dry_run(store: Store, rows: list[ImportRow]) -> list[ImportRow]:
    """Import every row inside a transaction that is then rolled back: each row is checked by the
    services, and later rows see earlier ones (a client twice in the file is matched, not doubled).
    A row that already failed to parse is checked too, so all its errors show at once, but what it
    wrote is undone at once: it will not be imported, so later rows must not see it."""
    checked: list[ImportRow] = []
    try:
        with store.transaction():
            for row in rows:
                errors, action = dict(row.errors), ERROR
                try:
                    with store.transaction():
                        action, _, _ = _apply(store, row)
                        if errors:
                            raise _RollBack
                except _RollBack:
                    pass
                except AtamaError as exc:
                    for column, text in _column_errors(exc).items():
                        errors.setdefault(column, text)  # the parser's message says more
                checked.append(replace(row, errors=errors, action=ERROR if errors else action))
            raise _RollBack
    except _RollBack:
        pass
    return checked


def import_rows(store: Store, preview: ImportPreview) -> ImportResult:
    """Import the preview's valid rows in one transaction: if any of them fails now (the database
    changed since the preview), nothing is imported and the error names the row. The access log gets
    an IMPORT row for each client or case written (naming the file and row) and one for the whole
    file, in the same transaction."""
    created = opened = existing = 0
    file_name = preview.path.name
    with store.transaction() as tx:
        for row in preview.rows:
            if not row.ok:
                continue
            try:
                with store.transaction():
                    action, client_id, case_id = _apply(store, row)
            except AtamaError as exc:
                failed = replace(row, errors=_column_errors(exc))
                raise ValidationError({"row": f"Rad {row.row_number}: {failed.message} Ingenting importerades."}) \
                    from exc
            created += action in (NEW_CLIENT, NEW_CLIENT_AND_CASE)
            opened += action in (NEW_CASE, NEW_CLIENT_AND_CASE)
            existing += action == EXISTS
            if action != EXISTS:
                store.access_log.record(LogAction.IMPORT, client_id=client_id, case_id=case_id,
                                        what=f"{action}: {file_name}, rad {row.row_number}", tx=tx)
        result = ImportResult(created, opened, existing, len(preview.error_rows))
        store.access_log.record(LogAction.IMPORT, what=f"Klienter från {file_name}: {result.summary}", tx=tx)
    return result


def _apply(store: Store, row: ImportRow) -> tuple[str, int, int | None]:
    """Write one row (the caller holds the transaction); returns what it did, the client and the
    case it opened (None: none)."""
    found = _find_client(store, row.client)
    new_client = found is None
    client_id = store.clients.add(row.client).id if found is None else found
    if row.case is None:
        return NEW_CLIENT if new_client else EXISTS, client_id, None
    if not new_client and store.query_value(
        "SELECT 1 FROM cases WHERE client_id = ? AND referral_date = ?", (client_id, row.case.referral_date)
    ):
        return EXISTS, client_id, None
    case = store.cases.open(client_id, row.case)
    return NEW_CLIENT_AND_CASE if new_client else NEW_CASE, client_id, case.id


def _pnr12(text: str) -> str | None:
    try:
        return personnummer.parse(text).digits12 if text else None
    except ValidationError:
        return None


def _find_client(store: Store, data: ClientInput) -> int | None:
    if data.personnummer:
        pnr = _pnr12(data.personnummer)
        if pnr is None:
            return None  # the service reports what is wrong with it
        return store.query_value("SELECT id FROM clients WHERE personnummer = ?", (pnr,))
    try:
        year = int(str(data.birth_year))
    except ValueError:
        return None
    first, last = _norm(data.first_name), _norm(data.last_name)
    for client_id, f, la in store.query_tuples(
        "SELECT id, first_name, last_name FROM clients WHERE personnummer IS NULL AND birth_year = ? ORDER BY id",
        (year,),
    ):
        if _norm(f) == first and _norm(la) == last:
            return client_id
    return None


def _column_errors(exc: AtamaError) -> dict[str, str]:
    """The services' errors keyed by the import's column headers."""
    if not isinstance(exc, ValidationError):
        return {"": str(exc)}
    return {(_BY_FIELD[f].header if f in _BY_FIELD else ""): text for f, text in exc.errors.items()}
