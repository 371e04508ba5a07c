"""Importing clients (and their referrals) from an Excel list, as offices keep them.

The first sheet named "Klienter" (else the first sheet) holds a header row with the columns of
COLUMNS (Swedish headers; case and extra spaces do not matter, unknown columns are ignored) and one
client per row. Values may be keys or labels ("kvinna"/"Kvinna"), dates real Excel dates or
ÅÅÅÅ-MM-DD, yes/no columns Ja/Nej. A row with a Remissdatum also opens a case.

    preview = read_import(path, store)       # nothing is written; rows with errors say why
    result = import_rows(store, preview)     # the valid rows, in one transaction

Every row is checked with the services' own checks (``store.clients.check``, ``store.cases.check``),
writing nothing; later rows see what earlier ones would add (a client twice in the file is matched,
not doubled). Nothing already in the database is changed: a client is matched by personnummer, or
without one by name and birth year; a matched client is left as it is, and a case is not opened
again when the client already has one with the same referral date. A personnummer that belongs to a
client of another name is refused (``names_match``): a case is never opened on the wrong person.
Re-importing the same file therefore adds nothing.

The import checks every row again inside its transaction: a row that would now do something else
than the preview said (a client registered meanwhile, the same file imported in another window) is
refused and listed in the result with the reason, and the other rows are imported.

The file is checked before openpyxl reads it (``check_archive``: sizes in the zip directory, the
compression ratio); openpyxl parses with defusedxml (a dependency), so entity declarations are
refused; a cell holding a formula is reported, never read as its cached value.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models import personnummer
from app.models.access_log import LogAction
from app.models.cases import CaseInput
from app.models.clients import ClientInput
from app.models.errors import AtamaError, ValidationError
from app.models.sizes import size_text
from app.models.texts import counted
from app.models.vocab import EDUCATION, GENDERS, REFERRERS, TARGET_GROUPS, Choices

if TYPE_CHECKING:
    from app.models.store import Store

SHEET = "Klienter"
MAX_ROWS = 50_000
HEADER_SEARCH_ROWS = 10  # a title or a blank line or two above the header row is fine
HEADER_MAX_COLUMNS = 100  # the header row is looked for in the first 100 columns
ROW_LIMIT = 2 * MAX_ROWS  # blank rows included: a sheet reaching further down is refused, not half read
# Limits on the file, from its zip directory, before openpyxl reads anything. A list of 50 000 clients
# is a few MB packed and about 30 MB of sheet XML; the sheet is read as a stream, the shared strings
# and the other parts are read whole (memory), so they are held tighter.
MAX_FILE_BYTES = 50 * 2**20
MAX_SHEET_BYTES = 200 * 2**20  # each worksheet, unpacked
MAX_STRINGS_BYTES = 12 * 2**20  # xl/sharedStrings.xml, unpacked: read whole, ~150 bytes a string in memory
MAX_PART_BYTES = 10 * 2**20  # any other part (styles, workbook, theme …), unpacked
MAX_TOTAL_BYTES = 400 * 2**20
MAX_RATIO = 100  # unpacked / packed; XML packs 5–20 times, a zip bomb thousands of times
RATIO_FROM_BYTES = 2**20  # small parts may pack as well as they like
MAX_PARTS = 10_000
PROGRESS_EVERY = 1000  # rows between two reports to a progress callback
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
CHANGED = "Ändrat sedan förhandsgranskningen"
ERROR_VALUE = "Cellen innehåller ett felvärde från Excel ({0}), inget värde att importera."
FORMULA = ("Cellen innehåller en formel ({0}). Skriv in värdet i stället (i Excel: Kopiera, Klistra in "
           "special → Värden).")


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
        return (f"{counted(len(self.rows), 'rad', 'rader')}: {len(self.valid_rows)} kan importeras, "
                f"{len(self.existing_rows)} finns redan, {len(self.error_rows)} med fel.")


@dataclass(frozen=True)
class ImportResult:
    clients_created: int
    cases_opened: int
    existing: int  # rows whose client (and case) were already there
    skipped_errors: int
    refused: tuple[ImportRow, ...] = ()  # rows the preview passed that the import refused: why in errors

    def __str__(self) -> str:
        return self.summary

    @property
    def summary(self) -> str:
        text = (f"{counted(self.clients_created, 'ny klient', 'nya klienter')}, "
                f"{counted(self.cases_opened, 'nytt ärende', 'nya ärenden')}, {self.existing} fanns redan, "
                f"{counted(self.skipped_errors, 'rad', 'rader')} med fel hoppades över.")
        if self.refused:
            rows = ", ".join(str(r.row_number) for r in self.refused[:20])
            more = f" och {len(self.refused) - 20} till" if len(self.refused) > 20 else ""
            text += (f" {len(self.refused)} {'rad' if len(self.refused) == 1 else 'rader'} importerades inte "
                     f"eftersom databasen ändrats sedan förhandsgranskningen (rad {rows}{more}).")
        return text


# -- reading ----------------------------------------------------------------------------------

def _fail(message: str) -> ValidationError:
    return ValidationError.single("file", message)


def _norm(value: Any) -> str:
    return " ".join(str(value).split()).rstrip("*").strip().casefold() if value is not None else ""


_BY_HEADER = {c.header: c for c in COLUMNS}
_CHOICE_KEYS = {c.field: {**{_norm(label): key for key, label in c.choices}, **{key.casefold(): key for key, _ in
                                                                              c.choices}}
                for c in COLUMNS if c.choices is not None}
_HEADERS = {_norm(c.header): c for c in COLUMNS} | {_norm(a): _BY_HEADER[h] for a, h in _ALIASES.items()}


Progress = Callable[[int, int], None]  # (done, total); total 0 while it is not known


def _no_progress(done: int, total: int) -> None:
    pass


def read_import(path: str | Path, store: Store | None = None, progress: Progress | None = None) -> ImportPreview:
    """Read and check every row; nothing is written. With ``store``, rows are matched against its
    clients (EXISTS) and checked with its date; without, against an empty database. ``progress``
    hears now and then how far it got (rows read, then rows checked of all)."""
    path = Path(path)
    report = progress or _no_progress
    sheet, columns, ignored, rows, formulas = _read_sheet(path, report)
    parsed = [_parse_row(number, columns, values, formulas.get(number, {})) for number, values in rows]
    if store is None:
        from app.models.store import Store

        scratch = Store.open(":memory:")
        try:
            checked = _preview(scratch, parsed, report)
        finally:
            scratch.close()
    else:
        checked = _preview(store, parsed, report)
    return ImportPreview(path, sheet, tuple(checked), tuple(ignored))


def check_archive(path: Path) -> None:
    """Refuse a file that would cost too much to read, from its zip directory alone (nothing is
    unpacked): too large, a part too large unpacked, or packed suspiciously well (a zip bomb). The
    directory cannot lie about a part's size to us: zipfile stops at the size it states (a longer
    stream fails its CRC check), and openpyxl reads through zipfile."""
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _fail(f"Filen {path} finns inte.") from None
    except OSError as exc:
        raise _fail(f"{name} kan inte öppnas ({exc.strerror or exc}).") from None
    if size > MAX_FILE_BYTES:
        raise _fail(f"{name} är {size_text(size)}; en klientlista att importera får vara högst "
                    f"{size_text(MAX_FILE_BYTES)}. Spara bara klientbladet i en ny arbetsbok och försök igen.")
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _fail(f"{name} kan inte läsas som en Excel-arbetsbok (.xlsx). Är filen skadad eller "
                    "sparad i ett annat format?") from None
    if len(parts) > MAX_PARTS:
        raise _fail(f"{name} består av {len(parts)} delar, fler än en Excel-arbetsbok har; filen läses inte.")
    total = 0
    for part in parts:
        total += part.file_size
        if part.filename.startswith("xl/worksheets/"):
            limit = MAX_SHEET_BYTES
        elif part.filename == "xl/sharedStrings.xml":
            limit = MAX_STRINGS_BYTES
        else:
            limit = MAX_PART_BYTES
        if part.file_size > limit:
            raise _fail(f"{name} kan inte importeras: delen {part.filename} blir {size_text(part.file_size)} uppackad, "
                        f"mer än de {size_text(limit)} en klientlista behöver. Filen kan vara skadad eller skadlig "
                        "(en så kallad zip-bomb).")
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO:
            raise _fail(f"{name} kan inte importeras: delen {part.filename} packas upp {ratio:.0f} gånger "
                        f"större ({size_text(part.file_size)}), som en zip-bomb, inte som ett vanligt Excelblad. "
                        "Filen läses inte.")
    if total > MAX_TOTAL_BYTES:
        raise _fail(f"{name} kan inte importeras: den blir {size_text(total)} uppackad, mer än de "
                    f"{size_text(MAX_TOTAL_BYTES)} en klientlista behöver.")


def _unreadable(name: str, exc: BaseException) -> ValidationError:
    """A Swedish message for what the XML parser refused (defusedxml's refusals, a broken part)."""
    kind = type(exc).__name__
    if kind in ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden", "NotSupportedError"):
        return _fail(f"{name} innehåller XML-entiteter eller en DTD, vilket en Excel-arbetsbok aldrig gör "
                     "(så kan en skadlig fil se ut, t.ex. en ”billion laughs”-bomb eller en extern entitet). "
                     "Filen läses inte.")
    if "amplification" in str(exc) or "entity" in str(exc):
        return _fail(f"{name} innehåller XML-entiteter som växer okontrollerat (en skadlig fil?). Filen läses inte.")
    return _fail(f"{name} kan inte läsas: en del av arbetsboken är inte giltig XML ({exc}). Är filen skadad? "
                 "Öppna och spara den i Excel och försök igen.")


_Sheet = tuple[str, dict[int, ImportColumn], list[str], list[tuple[int, tuple]], dict[int, dict[int, str]]]


def _read_sheet(path: Path, report: Progress = _no_progress) -> _Sheet:
    """The sheet's title, its columns by index, the headers not recognised, the non-empty rows (Excel's
    row number, values) and the formula cells (row -> column index -> formula)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise _fail(f"{path.name} är ingen Excelfil av rätt sort. Spara listan som Excel-arbetsbok (.xlsx) "
                    "och försök igen.")
    check_archive(path)
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # data_only=False: a formula cell reads as its formula, so it can be reported (with True it
        # would read as its cached value, or empty when the file was not saved by Excel)
        wb = load_workbook(path, read_only=True, data_only=False)
    except FileNotFoundError:
        raise _fail(f"Filen {path} finns inte.") from None
    except ParseError as exc:
        raise _unreadable(path.name, exc) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, AttributeError,
            IndexError, EOFError) as exc:
        cause = _xml_cause(exc)
        if cause is not None:
            raise _unreadable(path.name, cause) from None
        raise _fail(f"{path.name} kan inte läsas som en Excel-arbetsbok (.xlsx). Är filen skadad eller "
                    "sparad i ett annat format?") from None
    try:
        return _read_rows(path, wb, report)
    except ParseError as exc:
        raise _unreadable(path.name, exc) from None
    except (zipfile.BadZipFile, OSError, EOFError, KeyError) as exc:
        raise _fail(f"{path.name} kan inte läsas till slut: filen är skadad ({type(exc).__name__}).") from None
    except (ValueError, TypeError, IndexError, AttributeError, OverflowError) as exc:
        cause = _xml_cause(exc)
        if cause is not None:
            raise _unreadable(path.name, cause) from None
        # openpyxl's conversion of a cell that is not what its type says (a date of "igår" …)
        raise _fail(f"{path.name} kan inte läsas: en cell i bladet är skadad ({type(exc).__name__}: {exc}). "
                    "Öppna och spara filen i Excel och försök igen.") from None
    finally:
        wb.close()


def _xml_cause(exc: BaseException) -> BaseException | None:
    """The XML parser's error behind ``exc`` (openpyxl wraps some in a ValueError), or None."""
    from xml.etree.ElementTree import ParseError

    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return None
        if isinstance(seen, ParseError) or type(seen).__module__.startswith("defusedxml"):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _read_rows(path: Path, wb, report: Progress) -> _Sheet:
    ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
    header_row, columns, ignored = None, {}, []
    # explicit bounds: openpyxl pads every row to the width and height the sheet claims (its
    # <dimension>), which a hostile file can set to 16 384 columns and a million rows
    top = ws.iter_rows(min_row=1, max_row=HEADER_SEARCH_ROWS, max_col=HEADER_MAX_COLUMNS, values_only=True)
    for number, values in enumerate(top, 1):
        found = {i: _HEADERS[_norm(v)] for i, v in enumerate(values) if _norm(v) in _HEADERS}
        if len(found) >= 2:
            header_row, columns = number, found
            ignored = [str(v).strip() for i, v in enumerate(values) if v is not None and str(v).strip()
                       and i not in found and not _is_formula_text(v)]
            break
    if header_row is None:
        raise _fail(f"Hittar ingen rubrikrad i bladet {ws.title}. Första raden ska ha kolumnrubrikerna "
                    "(Förnamn, Efternamn, Personnummer, Kön …); använd gärna importmallen.")
    _check_headers(list(columns.values()))
    width = max(columns) + 1
    last = header_row + ROW_LIMIT
    rows: list[tuple[int, tuple]] = []
    suspects: dict[int, set[int]] = {}  # row -> columns whose text starts with "=": a formula, or typed text
    lines = ws.iter_rows(min_row=header_row + 1, max_row=last + 1, max_col=width, values_only=True)
    for number, values in enumerate(lines, header_row + 1):
        if number > last:
            raise _fail(f"Bladet {ws.title} i {path.name} har rader längre ned än rad {last:,}. Ta bort tomma "
                        f"rader eller dela upp filen (högst {MAX_ROWS:,} klienter).".replace(",", " "))
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if len(rows) >= MAX_ROWS:
            raise _fail(f"Filen har fler än {MAX_ROWS:,} rader. Dela upp den.".replace(",", " "))
        rows.append((number, values))
        if not len(rows) % PROGRESS_EVERY:
            report(len(rows), 0)
        for index in columns:
            if index < len(values) and _is_formula_text(values[index]):
                suspects.setdefault(number, set()).add(index)
    return ws.title, columns, ignored, rows, _formulas(ws, suspects, width)


_ERROR_VALUES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))


def _is_formula_text(value: Any) -> bool:
    """What a formula, or an error value a formula left (#REF! …), reads as; typed text may too."""
    return isinstance(value, str) and (value.startswith("=") or value in _ERROR_VALUES)


def _formulas(ws, suspects: dict[int, set[int]], width: int) -> dict[int, dict[int, str]]:
    """Which of the cells that read as "=…" hold a formula (not text typed to begin with "="). The
    values-only pass cannot tell them apart; this second pass over the rows concerned reads the
    cells' types. Rare (a file with formulas in the imported columns), so the common file pays
    nothing."""
    if not suspects:
        return {}
    found: dict[int, dict[int, str]] = {}
    for cells in ws.iter_rows(min_row=min(suspects), max_row=max(suspects), max_col=width):
        for cell in cells:
            row = getattr(cell, "row", None)
            if row in suspects and cell.column - 1 in suspects[row] and cell.data_type in ("f", "e"):
                found.setdefault(row, {})[cell.column - 1] = str(cell.value)
    return found


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


def _short(formula: str) -> str:
    return formula if len(formula) <= 40 else formula[:39] + "…"


def _parse_row(number: int, columns: dict[int, ImportColumn], values: tuple,
               formulas: dict[int, str] | None = None) -> ImportRow:
    client: dict[str, Any] = {}
    case: dict[str, Any] = {}
    errors: dict[str, str] = {}
    formulas = formulas or {}
    for index, column in columns.items():
        raw = values[index] if index < len(values) else None
        if index in formulas:
            formula = formulas[index]
            errors[column.header] = (FORMULA.format(_short(formula)) if formula.startswith("=") else
                                     ERROR_VALUE.format(formula))
            value: Any = "" if column.kind != YES_NO else False
        else:
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
    if column.kind == TEXT and column.choices is None and isinstance(raw, str):
        return " ".join(raw.split())  # most cells: names, e-mail, reasons
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
        key = _CHOICE_KEYS[column.field].get(_norm(text))
        if key is not None:
            return key
        allowed = ", ".join(label for _, label in column.choices)
        raise ValueError(f"{text!r} är inget tillåtet värde. Tillåtna: {allowed}.")
    return text


_EXAMPLE = {c.field: c.example for c in COLUMNS if c.target == "client"}


def _is_template_example(data: ClientInput) -> bool:
    return (_norm(data.first_name) == _norm(_EXAMPLE["first_name"]) and _norm(data.last_name) == _norm(
        _EXAMPLE["last_name"]) and _pnr12(data.personnummer) == _pnr12(_EXAMPLE["personnummer"]))


# -- matching people ---------------------------------------------------------------------------

# Letters a sloppy list writes without their marks: "Åsa Öberg" typed as "Asa Oberg" is the same name.
_FOLD = str.maketrans({"æ": "a", "ø": "o", "ß": "ss", "-": " ", "‐": " ", "–": " ", ".": " ", ",": " ",
                       "'": "", "’": "", "`": ""})


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name as compared: case, accents and extra spaces do not count, a hyphen is a
    space ("ANNA-KARIN  Åberg" -> ("anna", "karin", "aberg"))."""
    import unicodedata

    text = unicodedata.normalize("NFKD", str(name).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_FOLD)
    return tuple(text.split())


def _part_matches(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every word of the shorter is in the longer: a middle name or a second surname may be missing."""
    if not a or not b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return set(shorter) <= set(longer)


def names_match(first: str, last: str, other_first: str, other_last: str) -> bool:
    """Whether two written names can be the same person's, for a row whose personnummer is already a
    client's. Lenient where lists are sloppy: case, spaces, accents (å/ä/ö as a/a/o), a middle name or
    a second surname present in one and missing in the other, first and last name swapped. Strict
    where another person shows: a different first name ("Anna" / "Maria"), a different surname
    ("Andersson" / "Berg", also after a marriage: the user checks), a misspelling."""
    f1, l1, f2, l2 = name_words(first), name_words(last), name_words(other_first), name_words(other_last)
    straight = _part_matches(f1, f2) and _part_matches(l1, l2)
    swapped = _part_matches(f1, l2) and _part_matches(l1, f2)
    return straight or swapped


def _wrong_person(pnr12: str, row: ClientInput, first: str, last: str, where: str,
                  protected: bool = False) -> ValidationError:
    typed = f"{row.first_name} {row.last_name}".strip()
    if protected:  # the list must not tell whose number it is: the client's identity is protected
        return ValidationError.single("personnummer", (
            f"Personnumret tillhör redan en klient i ATAMA med skyddad identitet och ett annat namn än radens "
            f"({typed}). Ingen klient eller inget ärende skapas för raden; kontrollera personnumret och namnet."))
    return ValidationError.single("personnummer", (
        f"Personnumret {personnummer.format_display(pnr12)} tillhör {where} {first} {last}, men raden har namnet "
        f"{typed}. Jämförda namn: ”{typed}” (raden) och ”{first} {last}” ({'ATAMA' if 'ATAMA' in where else 'filen'}); "
        "de kan inte vara samma person. Kontrollera personnumret och namnet; ingen klient eller inget ärende "
        "skapas för raden."))


# -- checking and importing -------------------------------------------------------------------

@dataclass
class _FileState:
    """What the rows read so far would add, for the preview (which writes nothing): clients by
    personnummer (their names) and by name and birth year, and their referral dates."""

    by_pnr: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # pnr12 -> (key, first, last)
    by_name: dict[tuple[str, str, int], str] = field(default_factory=dict)  # (first, last, year) -> key
    cases: set[tuple[str, str]] = field(default_factory=set)  # (client key, referral date)


def _plan(store: Store, row: ImportRow, state: _FileState | None) -> tuple[str, int | None, str]:
    """What importing the row does now, without writing: (action, the existing client's id or None,
    a key for the client within the file). ValidationError when it must not be imported (the
    services' checks; a personnummer that is another person's). ``state`` is the preview's; the
    import passes None, its earlier rows being in the database already."""
    data = row.client
    client_id: int | None = None  # an existing client's
    key = ""  # the client's within the file: set when an earlier row (or the database) has them
    if data.personnummer:
        pnr = _pnr12(data.personnummer, store.today())
        if pnr is not None:
            found = store.query_one("SELECT id, first_name, last_name, protected_identity FROM clients"
                                    " WHERE personnummer = ?", (pnr,))
            if found is not None:
                if not names_match(data.first_name, data.last_name, found["first_name"], found["last_name"]):
                    raise _wrong_person(pnr, data, found["first_name"], found["last_name"], "klienten i ATAMA",
                                        bool(found["protected_identity"]))
                client_id, key = found["id"], f"id{found['id']}"
            elif state is not None and pnr in state.by_pnr:
                key, first, last = state.by_pnr[pnr]
                if not names_match(data.first_name, data.last_name, first, last):
                    raise _wrong_person(pnr, data, first, last, "en tidigare rad i filen:")
    else:
        client_id = _find_by_name(store, data)
        if client_id is not None:
            key = f"id{client_id}"
        elif state is not None:
            key = state.by_name.get(_name_key(data) or ("", "", 0), "")
    new_client = not key
    if new_client:
        store.clients.check(data)
        key = f"row{row.row_number}"
    if row.case is None:
        return (NEW_CLIENT if new_client else EXISTS), client_id, key
    store.cases.check(row.case, client_id, None if client_id is not None else _birth_date(data))
    if not new_client:
        if client_id is not None and store.query_value(
            "SELECT 1 FROM cases WHERE client_id = ? AND referral_date = ?", (client_id, row.case.referral_date)
        ):
            return EXISTS, client_id, key
        if state is not None and (key, row.case.referral_date) in state.cases:
            return EXISTS, client_id, key
    return (NEW_CLIENT_AND_CASE if new_client else NEW_CASE), client_id, key


def _name_key(data: ClientInput) -> tuple[str, str, int] | None:
    try:
        return _norm(data.first_name), _norm(data.last_name), int(str(data.birth_year))
    except ValueError:
        return None


def _preview(store: Store, rows: list[ImportRow], report: Progress = _no_progress) -> list[ImportRow]:
    """Check every row as the import will, writing nothing; later rows see what earlier valid ones
    would add. A row that already failed to parse is checked too, so all its errors show at once,
    but it adds nothing for later rows: it will not be imported."""
    state = _FileState()
    today = store.today()
    checked: list[ImportRow] = []
    for done, row in enumerate(rows):
        if not done % PROGRESS_EVERY:
            report(done, len(rows))
        errors, action = dict(row.errors), ERROR
        try:
            action, _, key = _plan(store, row, state)
        except AtamaError as exc:
            for column, text in _column_errors(exc).items():
                errors.setdefault(column, text)  # the parser's message says more
        else:
            if not errors:
                _remember(state, row, key, today)
        checked.append(replace(row, errors=errors, action=ERROR if errors else action))
    return checked


def _remember(state: _FileState, row: ImportRow, key: str, today: dt.date) -> None:
    data = row.client
    pnr = _pnr12(data.personnummer, today) if data.personnummer else None
    if pnr is not None:
        state.by_pnr.setdefault(pnr, (key, data.first_name, data.last_name))
    else:
        name = _name_key(data)
        if name is not None:
            state.by_name.setdefault(name, key)
    if row.case is not None:
        state.cases.add((key, row.case.referral_date))


def import_rows(store: Store, preview: ImportPreview, progress: Progress | None = None) -> ImportResult:
    """Import the preview's valid rows in one transaction, checking each again inside it: a row that
    now fails a check or would do something else than the preview said (the database changed since)
    is refused, named in the result with the reason, and the others are imported. The access log gets
    an IMPORT row for each client or case written (naming the file and row) and one for the whole
    file, in the same transaction. An error that is not about a row (a full disk, a bug) imports
    nothing."""
    from app.models.errors import StorageError

    created = opened = existing = 0
    refused: list[ImportRow] = []
    file_name = preview.path.name
    report = progress or _no_progress
    with store.transaction() as tx:
        for done, row in enumerate(preview.rows):
            if not done % (PROGRESS_EVERY // 5):
                report(done, len(preview.rows))
            if not row.ok:
                continue
            try:
                with store.transaction():
                    action, client_id, _ = _plan(store, row, None)
                    if action != row.action:
                        refused.append(replace(row, action=ERROR, errors={"": _changed(row.action, action)}))
                        continue
                    if client_id is None:
                        client_id = store.clients.add(row.client).id
                    case_id = None
                    if action in (NEW_CASE, NEW_CLIENT_AND_CASE) and row.case is not None:
                        case_id = store.cases.open(client_id, row.case).id
            except StorageError:
                raise
            except AtamaError as exc:
                failed = replace(row, errors=_column_errors(exc))
                refused.append(replace(row, action=ERROR, errors={"": f"{CHANGED}: {failed.message}"}))
                continue
            created += action in (NEW_CLIENT, NEW_CLIENT_AND_CASE)
            opened += action in (NEW_CASE, NEW_CLIENT_AND_CASE)
            existing += action == EXISTS
            if action != EXISTS:
                store.access_log.record(LogAction.IMPORT, client_id=client_id, case_id=case_id,
                                        what=f"{action}: {file_name}, rad {row.row_number}", tx=tx)
        result = ImportResult(created, opened, existing, len(preview.error_rows), tuple(refused))
        store.access_log.record(LogAction.IMPORT, what=f"Klienter från {file_name}: {result.summary}", tx=tx)
    return result


_WHAT = {NEW_CLIENT_AND_CASE: "en ny klient med ett nytt ärende", NEW_CLIENT: "en ny klient",
         NEW_CASE: "ett nytt ärende för en klient som redan finns", EXISTS: "ingenting (allt finns redan)"}


def _changed(promised: str, now: str) -> str:
    why = {
        (NEW_CLIENT, EXISTS): "klienten har registrerats i ATAMA efter förhandsgranskningen",
        (NEW_CLIENT_AND_CASE, NEW_CASE): "klienten har registrerats i ATAMA efter förhandsgranskningen",
        (NEW_CLIENT_AND_CASE, EXISTS): "klienten och ärendet har registrerats i ATAMA efter förhandsgranskningen",
        (NEW_CASE, EXISTS): "ärendet med samma remissdatum har öppnats efter förhandsgranskningen",
    }.get((promised, now), "databasen har ändrats efter förhandsgranskningen")
    return (f"{CHANGED}: {why}. Förhandsgranskningen visade {_WHAT.get(promised, promised)}, nu skulle raden "
            f"ge {_WHAT.get(now, now)}. Raden importerades inte; läs in filen igen för att se läget nu.")


def _pnr12(text: str, today: dt.date | None = None) -> str | None:
    try:  # parse keeps the last ones: the client service's check of the same number costs nothing
        return personnummer.parse(text, today).digits12 if text else None
    except ValidationError:
        return None


def _find_by_name(store: Store, data: ClientInput) -> int | None:
    """A client without personnummer, by the same name (case and spaces aside) and birth year."""
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


def _birth_date(data: ClientInput) -> dt.date | None:
    """A new client's birth date as the client register will have it (for the referral's date rules)."""
    if data.personnummer:
        try:
            return personnummer.parse(data.personnummer).birth_date
        except (ValueError, AtamaError):
            return None  # the client's own check names the personnummer
    if isinstance(data.birth_year, int) and 1900 <= data.birth_year <= 2100:
        return dt.date(data.birth_year, 1, 1)
    return None
