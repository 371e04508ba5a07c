"""Workbooks built part by part with zipfile, for the import's tests of formulas and hostile files
(zip bombs, huge shared strings, XML entity bombs, external entities)."""

from __future__ import annotations

import zipfile
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
             'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Klienter" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
                 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                 f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
HEADER = ("Förnamn", "Efternamn", "Födelseår", "Kön")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{_escape(text)}</t></is></c>'


def formula_cell(ref: str, formula: str, cached: str) -> str:
    """A formula with the value Excel cached for it (openpyxl's data_only would read the cache)."""
    return f'<c r="{ref}" t="str"><f>{_escape(formula)}</f><v>{_escape(cached)}</v></c>'


def sheet_xml(*rows: str, prolog: str = "", padding: int = 0) -> bytes:
    """A worksheet of the given <row> contents (row 1, 2 …); ``padding`` spaces of filler after them
    (what a zip bomb is made of: it packs to almost nothing)."""
    body = "".join(f'<row r="{n}">{cells}</row>' for n, cells in enumerate(rows, 1))
    head = f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN}"><sheetData>{body}'
    return head.encode() + b" " * padding + b"</sheetData></worksheet>"


def header_row() -> str:
    return "".join(text_cell(f"{col}1", h) for col, h in zip("ABCD", HEADER))


def person_row(n: int, first: str, last: str = "Formelsson", year: str = "1980", gender: str = "Kvinna") -> str:
    return "".join(text_cell(f"{col}{n}", v) for col, v in zip("ABCD", (first, last, year, gender)))


def write_xlsx(path: Path, sheet: bytes, shared_strings: bytes | None = None, *,
               extra: dict[str, bytes] | None = None) -> Path:
    shared = shared_strings or f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="0"/>'.encode()
    parts = {"[Content_Types].xml": CONTENT_TYPES.encode(), "_rels/.rels": ROOT_RELS.encode(),
             "xl/workbook.xml": WORKBOOK.encode(), "xl/_rels/workbook.xml.rels": WORKBOOK_RELS.encode(),
             "xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": shared, **(extra or {})}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def zip_bomb(path: Path, megabytes: int = 300) -> Path:
    """A few hundred KB on disk that unpack to ``megabytes`` MB of sheet XML, written in chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", ROOT_RELS.encode()),
                           ("xl/workbook.xml", WORKBOOK.encode()),
                           ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.encode())):
            archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(sheet_xml(header_row())[:-len(b"</sheetData></worksheet>")])
            chunk = b" " * 2**20
            for _ in range(megabytes):
                out.write(chunk)
            out.write(b"</sheetData></worksheet>")
    return path


def many_shared_strings(count: int) -> bytes:
    """A sharedStrings.xml claiming billions of strings and holding ``count`` different ones."""
    items = "".join(f"<si><t>{n:x}</t></si>" for n in range(count))
    return (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="4000000000" '
            f'uniqueCount="4000000000">{items}</sst>').encode()


def billion_laughs() -> bytes:
    """The classic entity bomb: ten levels of ten references, a few GB when expanded."""
    entities = '<!ENTITY lol0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    return (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [{entities}]><sst xmlns="{MAIN}" count="1" '
            'uniqueCount="1"><si><t>&lol9;</t></si></sst>').encode()


def external_entity(target: Path) -> bytes:
    """A shared string that would read ``target`` from disk if the parser fetched external entities."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "{target.as_uri()}">]>'
            f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>').encode()
