"""What every ATAMA PDF shares: A4 pages, the embedded DejaVu fonts, the styles, the title block,
the header with the confidentiality mark and the footer with author, app version and "Sida X av N".

A writer collects flowables (``story``) with the helpers here and hands them to :func:`build`::

    info = doc_info(store, "Utvecklingsplan", subject="Ärende 2026-0012")
    build(target, info, [heading("Huvudmål"), para(version.main_goal)])

All user text goes through :func:`esc` (Paragraph reads markup: ``<b>`` typed by a user must print
as ``<b>``, and a lone ``&`` must not break the document).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.paths import resources_dir

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}

DEFAULT_UNIT = "Arbetsmarknadsavdelningen (AMA)"  # app.models.unit.DEFAULT_NAME: no model import here
CONFIDENTIAL = "SEKRETESS"
CONFIDENTIAL_NOTE = "Omfattas av sekretess enligt OSL"
# A document without personal data (the information sheet) still says what it is, in muted type.
PUBLIC = "EJ SEKRETESS"
PUBLIC_NOTE = "Innehåller inga personuppgifter"

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 26 * mm, 22 * mm
WIDTH = PAGE_W - 2 * MARGIN_X  # of the text frame

INK = colors.HexColor("#1d2430")
MUTED = colors.HexColor("#5b6472")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b8c2cc")
SHADE = colors.HexColor("#eef2f6")
WARN = colors.HexColor("#9c2a00")
WARN_SHADE = colors.HexColor("#fdf0e6")


# -- fonts and styles ---------------------------------------------------------------------------

@functools.cache
def register_fonts() -> None:
    """DejaVu from resources/fonts only: a fresh machine has no system copy to fall back on."""
    folder = resources_dir() / "fonts"
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.2, textColor=INK, spaceAfter=4)
    # Headings are kept off the foot of a page by a CondPageBreak before them (section(), labelled()),
    # not by keepWithNext: reportlab implements that by deep-copying what follows to measure it.
    head = ParagraphStyle("head", body, fontName=BOLD)
    return {
        "body": body,
        "title": ParagraphStyle("title", head, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=3),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=10, leading=13, textColor=MUTED, spaceAfter=1),
        "h1": ParagraphStyle("h1", head, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=12, spaceAfter=5),
        "h2": ParagraphStyle("h2", head, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3),
        "h3": ParagraphStyle("h3", head, fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=2),
        "h4": ParagraphStyle("h4", head, fontSize=9, leading=12, textColor=ACCENT, spaceBefore=5, spaceAfter=1),
        "label": ParagraphStyle("label", head, fontSize=8.5, leading=11, textColor=MUTED, spaceBefore=4,
                                spaceAfter=1),
        "cell": ParagraphStyle("cell", body, fontSize=8.8, leading=11.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", body, fontName=BOLD, fontSize=8.8, leading=11.5, spaceAfter=0),
        "cell_center": ParagraphStyle("cell_center", body, fontSize=8.8, leading=11.5, spaceAfter=0,
                                      alignment=TA_CENTER),
        "small": ParagraphStyle("small", body, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=2),
        "empty": ParagraphStyle("empty", body, fontName=ITALIC, textColor=MUTED),
        "notice": ParagraphStyle("notice", body, fontName=BOLD, textColor=WARN, spaceAfter=0),
    }


# -- text -------------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _present(text: object) -> bool:
    return text is not None and str(text).strip() != ""


def esc(text: object) -> str:
    """User text as Paragraph markup: printed literally, line breaks kept."""
    clean = _CONTROL.sub("", "" if text is None else str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return escape(clean).replace("\n", "<br/>")


def date_text(value: str | dt.date | None) -> str:
    """YYYY-MM-DD from an ISO date or timestamp; "–" when missing."""
    return str(value)[:10] if value else "–"


def time_text(value: str | dt.datetime | None) -> str:
    """YYYY-MM-DD HH:MM from an ISO timestamp."""
    if not value:
        return "–"
    return str(value).replace("T", " ")[:16]


def para(text: object, style: str = "body", empty: str = "–") -> Paragraph:
    """A paragraph of user text (escaped); a muted ``empty`` when there is none (a dash: a document's
    reader is not told about the unit's own forms, so never "Ej ifyllt")."""
    if not _present(text):
        return Paragraph(esc(empty), styles()["empty"])
    return Paragraph(esc(text), styles()[style])


def markup(html: str, style: str = "body") -> Paragraph:
    """A paragraph of our own markup; every user value in it must already be esc()-ed."""
    return Paragraph(html, styles()[style])


def heading(text: str, level: int = 1) -> Paragraph:
    return Paragraph(esc(text), styles()[f"h{level}"])


def section(text: str, level: int = 1) -> list:
    """A heading that does not end up alone at the foot of a page."""
    return [CondPageBreak(30 * mm if level == 1 else 20 * mm), heading(text, min(level, 4))]


def labelled(label: str, text: object, empty: str | None = None) -> list:
    """A small label over a (possibly long) text that flows across pages. An empty text is left out
    with its label, unless ``empty`` says what to print instead."""
    if empty is None and not _present(text):
        return []
    return [CondPageBreak(14 * mm), Paragraph(esc(label), styles()["label"]), para(text, empty=empty or "–")]


def bullets(lines: list[str], style: str = "body") -> ListFlowable:
    st = styles()[style]
    return ListFlowable(
        [ListItem(Paragraph(esc(line), st), leftIndent=12, value="•") for line in lines],
        bulletType="bullet", bulletFontName=FONT, bulletFontSize=st.fontSize, leftIndent=12,
    )


# -- tables and boxes -------------------------------------------------------------------------------

CELL_SIZE, CELL_LEADING = 8.8, 11.5


def tstyle(commands: list) -> TableStyle:
    """A TableStyle in our font: a table's own default (Helvetica) would be put in the PDF unembedded.
    Plain-text cells (see :func:`fit_cell`) take the cell font, size and colour from here."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),
                       ("TEXTCOLOR", (0, 0), (-1, -1), INK), *commands])


def grid_style(header: bool = True) -> list:
    """Light rules between rows, a shaded header row."""
    out = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        # top and bottom padding are reportlab's default 3 points; every command costs a pass over the cells
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        out += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    return out


def cell(text: object, style: str = "cell") -> Paragraph:
    return Paragraph(esc(text) if _present(text) else "–", styles()[style])


_CELL_PADDING = 8  # left + right padding of grid_style


def fit_cell(value: object, width: float, bold: bool = False):
    """A short value that fits its column on one line stays plain text (drawn by the table in the
    style's font: a Paragraph per cell costs layout time for nothing); anything longer wraps."""
    if value is not None and not isinstance(value, (str, int, float)):
        return value  # a flowable passes through
    register_fonts()
    text = _CONTROL.sub("", str(value)) if _present(value) else "–"
    if "\n" not in text and pdfmetrics.stringWidth(text, BOLD if bold else FONT, CELL_SIZE) <= width - _CELL_PADDING:
        return text
    return cell(text, "cell_bold" if bold else "cell")


def table(rows: list[list], widths: list[float], header: bool = True) -> Table:
    """A table of short values: plain values become cells that wrap when they must, flowables pass
    through. Long free text belongs in paragraphs, which read better when they run over a page."""
    data = [[fit_cell(c, w, bold=header and r == 0) for c, w in zip(row, widths)] for r, row in enumerate(rows)]
    # splitInRow: a cell that grew taller than a page still flows on instead of failing the document
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT", spaceAfter=3 * mm,
              splitInRow=1)
    commands = grid_style(header)
    if header:
        commands.append(("FONTNAME", (0, 0), (-1, 0), BOLD))
    t.setStyle(tstyle(commands))
    return t


def facts(pairs: Sequence[tuple[str, object]], label_width: float = 45 * mm) -> Table:
    """Label–value rows (name, dates, case number…): short values only."""
    widths = [label_width, WIDTH - label_width]
    rows = [[fit_cell(label, widths[0], bold=True), fit_cell(value, widths[1])] for label, value in pairs]
    t = Table(rows, colWidths=widths, hAlign="LEFT", spaceAfter=3 * mm, splitInRow=1)
    t.setStyle(tstyle([*grid_style(header=False), ("FONTNAME", (0, 0), (0, -1), BOLD)]))
    return t


def notice(text: str) -> Table:
    """A boxed message that must not be missed (draft, unverified definition)."""
    t = Table([[Paragraph(esc(text), styles()["notice"])]], colWidths=[WIDTH], hAlign="LEFT")
    t.spaceAfter = 4 * mm
    t.setStyle(tstyle([
        ("BACKGROUND", (0, 0), (-1, -1), WARN_SHADE), ("BOX", (0, 0), (-1, -1), 0.8, WARN),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def signature_lines(roles: list[str], labels: list[str] | None = None) -> Table:
    """One column per signer (up to three): room to sign, a line, the role, then name and date lines.
    One flat table, which never splits across pages (a row does not); to keep it off a page of its
    own, wrap it with what comes before it in a KeepTogether (see plan.py). ``labels`` replace the
    "Underskrift, <role>" lines (the client's plan says "Din underskrift")."""
    gap = 8 * mm
    per_row = 3 if len(roles) >= 3 else 2
    width = (WIDTH - gap * (per_row - 1)) / per_row
    signer_labels = labels or [f"Underskrift, {role.lower()}" for role in roles]
    bands = (signer_labels, ["Namnförtydligande"] * len(roles), ["Ort och datum"] * len(roles))
    rows: list[list[str]] = []
    heights: list[float | None] = []
    lines: list[int] = []
    for block in range(0, len(roles), per_row):  # a fourth signer starts a new band
        for label_row, space in zip(bands, (14 * mm, 8 * mm, 8 * mm)):
            cells = label_row[block:block + per_row]
            lines.append(len(rows))
            rows += [[""] * per_row, cells + [""] * (per_row - len(cells))]
            heights += [space, None]
        if block + per_row < len(roles):
            rows.append([""] * per_row)
            heights.append(6 * mm)
    # gap columns between the signers: every other column is empty and carries no line
    data = [[value for index, cell in enumerate(row) for value in ((cell,) if index == 0 else ("", cell))]
            for row in rows]
    widths = [width if i % 2 == 0 else gap for i in range(2 * per_row - 1)]
    commands = [("FONT", (0, 0), (-1, -1), FONT, 8, 10.5), ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for position, row in enumerate(lines):  # the signature line itself a little heavier
        for column in range(0, 2 * per_row - 1, 2):
            if data[row + 1][column]:  # only above a signer's label
                commands.append(("LINEBELOW", (column, row), (column, row), 0.7 if position % 3 == 0 else 0.5, INK))
    table = Table(data, colWidths=widths, rowHeights=heights, hAlign="LEFT", spaceBefore=6 * mm)
    table.setStyle(TableStyle(commands))
    return table


# -- the document -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DocInfo:
    """What the page frame and the title block show, and the PDF metadata."""

    title: str
    subject: str = ""
    recipient: str = ""  # third-party variants: the recipient's document_line, shown as "Till: …"
    about: str = ""  # who the document concerns, repeated in every page header
    unit: str = DEFAULT_UNIT  # the unit's name, as the title block and the PDF metadata name it
    author: str = ""  # "Anna Andersson, arbetsterapeut"
    created: str = ""  # "2026-11-20 10:00"
    confidential: bool = True
    draft: bool = False
    unit_heading: str = ""  # "Åre kommun · AMA Järpen": the header's first line (the unit's name when empty)
    unit_contact: str = ""  # "Storgatan 1, Järpen · Tfn 0647-161 00 · ama@are.se": the footer
    logo: bytes | None = None  # PNG or JPEG, drawn at the left of the header
    responsible: str = ""  # a case document: "Ansvarig: Anna Andersson, arbetsterapeut, 070-…, anna@…"


def app_version() -> str:
    try:
        from app import __version__

        return __version__
    except ImportError:  # pragma: no cover - the package always has it today
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("atama")
        except PackageNotFoundError:
            return ""


def doc_info(store, title: str, *, case=None, **fields) -> DocInfo:
    """The frame of every document: the unit's identity (``store.unit``: municipality, name, address,
    phone, e-mail, logo), the author and the time from the store (``None`` for documents without
    one: the clock and the default unit then). A document about a case passes ``case`` (a Case) and
    its responsible therapist is named, with title and contact, on every page."""
    unit, author, now = DEFAULT_UNIT, "", dt.datetime.now()
    if store is not None:
        identity = store.unit.identity()
        unit = identity.name
        fields.setdefault("unit_heading", identity.heading)
        fields.setdefault("unit_contact", identity.contact_line)
        fields.setdefault("logo", identity.logo)
        user = store.users.current()
        if user is not None:
            author = f"{user.name}, {user.title_label.lower()}"
        if case is not None:
            fields.setdefault("responsible", responsible_line(store, case))
        now = store.now()
    return DocInfo(title=title, unit=unit, author=author, created=now.strftime("%Y-%m-%d %H:%M"), **fields)


def responsible_line(store, case) -> str:
    """"Ansvarig: Anna Andersson, arbetsterapeut · 070-123 45 67 · anna@…"; the unit's contact
    stands for a case without a responsible, or one who has left no phone or e-mail."""
    if case.responsible_user_id is None:
        return "Ansvarig: –"
    from app.models.errors import NotFound

    try:
        user = store.users.get(case.responsible_user_id)
    except NotFound:
        return f"Ansvarig: {case.responsible_name or '–'}"
    return " · ".join(p for p in (f"Ansvarig: {user.name}, {user.title_label.lower()}", user.contact_line) if p)


@dataclass(frozen=True)
class Contact:
    """Whom the client asks about a case: the responsible therapist, or the unit for what they left out."""

    name: str
    phone: str
    email: str


def case_contact(store, case) -> Contact:
    """The responsible therapist's name, phone and e-mail; the unit's for a case without one, or
    for the phone or e-mail the therapist has not given."""
    user = None
    if case.responsible_user_id is not None:
        user = store.users.get(case.responsible_user_id)
    unit = store.unit.identity()
    return Contact(name=user.name if user else unit.name, phone=(user.phone if user else "") or unit.phone,
                   email=(user.email if user else "") or unit.email)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so a header line never runs into its neighbour."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


LOGO_BOX_W, LOGO_BOX_H = 32 * mm, 9 * mm


@functools.lru_cache(maxsize=4)
def _logo_image(data: bytes):
    """The logo as reportlab reads it, and its drawn size inside the logo box (aspect kept)."""
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    image = ImageReader(BytesIO(data))
    w, h = image.getSize()
    scale = min(LOGO_BOX_W / w, LOGO_BOX_H / h)
    return image, w * scale, h * scale


def _draw_logo(canvas: Canvas, logo: bytes | None, left: float, top: float) -> float:
    """Draws the logo with its top at ``top``; returns the width it took (0 without one, or when
    the stored image cannot be read: the document is still made)."""
    if not logo:
        return 0.0
    try:
        image, w, h = _logo_image(logo)
    except Exception:  # noqa: BLE001 - a damaged stored logo must not stop a document
        return 0.0
    canvas.drawImage(image, left, top - h, width=w, height=h, mask="auto")
    return w + 3 * mm


HEADING_SIZE, HEADING_MIN_SIZE = 8.5, 7.0


def header_heading(text: str, width: float) -> tuple[list[str], float]:
    """The header's first line(s), the unit's heading ("Åre kommun · Arbetsmarknadsenheten …"), and
    the size they are set in: one line when it fits; else two, broken between municipality and unit
    when both parts fit, else at a space; smaller type only when two lines at full size do not hold
    it; cut with an ellipsis only below the smallest size (a name of 120 characters and more)."""
    from reportlab.lib.utils import simpleSplit

    register_fonts()
    size = HEADING_SIZE
    if pdfmetrics.stringWidth(text, BOLD, size) <= width:
        return [text], size
    parts = text.split(" · ", 1)
    if len(parts) == 2 and all(pdfmetrics.stringWidth(p, BOLD, size) <= width for p in parts):
        return parts, size
    while True:
        lines = simpleSplit(text, BOLD, size, width)
        if len(lines) <= 2 and all(pdfmetrics.stringWidth(line, BOLD, size) <= width for line in lines):
            return lines, size
        if size <= HEADING_MIN_SIZE:
            return [_fit(lines[0], BOLD, size, width), _fit(" ".join(lines[1:]), BOLD, size, width)], size
        size -= 0.5


def _draw_frame(canvas: Canvas, info: DocInfo, page: int, total: int) -> None:
    canvas.saveState()
    left, right = MARGIN_X, PAGE_W - MARGIN_X
    top = PAGE_H - 11 * mm
    mark, note = (CONFIDENTIAL, CONFIDENTIAL_NOTE) if info.confidential else (PUBLIC, PUBLIC_NOTE)
    # The confidentiality mark takes what it needs at the right; the heading has the rest.
    right_width = max(pdfmetrics.stringWidth(mark, BOLD, 9.5), pdfmetrics.stringWidth(note, FONT, 7.5))
    text_left = left + _draw_logo(canvas, info.logo, left, PAGE_H - 7 * mm)
    room = right - right_width - 5 * mm - text_left
    lines, size = header_heading(info.unit_heading or info.unit, room)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, size)
    y = top
    for line in lines:
        canvas.drawString(text_left, y, line)
        y -= size + 1.5
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    title = f"UTKAST · {info.title}" if info.draft else info.title
    y = min(y - (1 if len(lines) > 1 else 0), top - 10)  # a little air under a wrapped heading

    def width_at(line_y: float) -> float:  # below the mark's two lines a line may run to the margin
        return room if line_y > top - 12 else right - text_left

    parts = [t for t in (title, info.about) if t]
    second = " · ".join(parts)
    if pdfmetrics.stringWidth(second, FONT, 8) <= width_at(y):
        parts = [second]  # else who the page is about goes on a line of its own, not cut off
    for number, part in enumerate(parts):
        if number:
            y -= 9.5
        canvas.drawString(text_left, y, _fit(part, FONT, 8, width_at(y)))
    canvas.setFillColor(WARN if info.confidential else MUTED)
    canvas.setFont(BOLD, 9.5)
    canvas.drawRightString(right, top, mark)
    canvas.setFont(FONT, 7.5)
    canvas.drawRightString(right, top - 10, note)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, y - 5, right, y - 5)

    # The footer, from the bottom up: who made it and the page; the responsible; how to reach the unit.
    bottom = 9 * mm
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 7.5)
    made = f"Skapad av {info.author} {info.created}" if info.author else f"Skapad {info.created}"
    pages = f"ATAMA {app_version()}".strip() + f"   ·   Sida {page} av {total}"
    canvas.drawRightString(right, bottom, pages)
    room = WIDTH - pdfmetrics.stringWidth(pages, FONT, 7.5) - 6 * mm
    canvas.drawString(left, bottom, _fit(made, FONT, 7.5, room))
    line_y = bottom + 9
    for text in (info.responsible, info.unit_contact):
        if text:
            canvas.setFillColor(INK)
            canvas.drawString(left, line_y, _fit(text, FONT, 7.5, WIDTH))
            line_y += 9
    canvas.setStrokeColor(RULE)
    canvas.line(left, line_y, right, line_y)
    canvas.restoreState()


class _NumberedCanvas(Canvas):
    """Holds every page until the end, so each footer can say "Sida X av N" (two passes over
    the pages instead of building the document twice)."""

    def __init__(self, *args, info: DocInfo, **kwargs):
        super().__init__(*args, **kwargs)
        self._info = info
        self._held: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            _draw_frame(self, self._info, number, total)
            super().showPage()
        super().save()


def title_block(info: DocInfo) -> list:
    st = styles()
    out = [Paragraph(esc(info.title), st["title"])]
    if info.recipient:
        out.append(Paragraph(f"Till: {esc(info.recipient)}", st["subtitle"]))
    out.append(Paragraph(f"{esc(info.unit)} · {esc(info.created[:10])}", st["subtitle"]))
    out.append(Spacer(1, 4 * mm))
    return out


def build(target: Path, info: DocInfo, story: list, progress: Callable[[int, int], None] | None = None) -> None:
    """Write the PDF: the title block, then ``story``, on A4 with header and footer on every page.
    ``progress(done, total)`` after each flowable laid out (app/exporters/cancel.py): it may raise
    to stop the document there."""
    register_fonts()
    doc = SimpleDocTemplate(
        str(target), pagesize=A4,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=info.title, author=info.author or info.unit, subject=info.subject or info.title,
        creator="ATAMA", lang="sv-SE", initialFontName=FONT, initialFontSize=9.5,  # no unembedded Helvetica
    )
    flowables = title_block(info) + story
    if progress is not None:
        total, done = len(flowables), 0

        def after_flowable(_flowable) -> None:
            nonlocal done
            done += 1
            progress(min(done, total), total)  # a split flowable counts once more than it is

        doc.afterFlowable = after_flowable
    doc.build(flowables, canvasmaker=functools.partial(_NumberedCanvas, info=info))


# -- the person and the case, as every case document names them -----------------------------------

def identity_label(client) -> str:
    if client.protected_identity or not client.personnummer:
        return "Identitet"
    return "Samordningsnummer" if client.is_coordination else "Personnummer"


def person_rows(client) -> list[tuple[str, str]]:
    """Name and number; the number never shows for protected identity (client.id_display hides it)."""
    return [("Klient", client.full_name), (identity_label(client), client.id_display)]


def about_line(client) -> str:
    """The page header's "who this is about"."""
    return f"{client.full_name}, {client.id_display}"


def person_rows_for(recipient, client) -> list[tuple[str, str]]:
    """:func:`person_rows` as ``recipient`` (app.models.recipients.Recipient) may read them: the
    name only for one told no identity number (the employer), so nothing says it is protected."""
    rows = person_rows(client)
    return rows if recipient.identity_number else rows[:1]


def about_line_for(recipient, client) -> str:
    """:func:`about_line` as ``recipient`` may read it (see :func:`person_rows_for`)."""
    return about_line(client) if recipient.identity_number else client.full_name


def case_rows(case) -> list[tuple[str, str]]:
    return [
        ("Ärendenummer", case.case_number),
        ("Remissdatum", date_text(case.referral_date)),
        ("Remitterad av", case.referred_by_label),
        ("Målgrupp", case.target_group_label),
        ("Ansvarig", case.responsible_name or "–"),
    ]
