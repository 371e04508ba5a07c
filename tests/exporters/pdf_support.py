"""The PDF exporter tests' names, number and text, and reading a PDF back."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from tests.support import make_pnr

NORDIC_FIRST, NORDIC_LAST = "Åsa", "Ödegård-Æbelø"
PNR = make_pnr(dt.date(1985, 3, 12), serial=982)  # a test number (serial 980-999)
MARKUP = "Skriver <b>fet</b> & <i>kursiv</i> själv"  # user text that looks like markup


def pdf_read(path) -> SimpleNamespace:
    """The PDF read back with pypdf: ``pages`` (text per page), ``text`` (all of it), ``flat`` (all of it
    with every run of whitespace as one space, for phrases a line break may split), ``reader``."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n".join(pages)
    return SimpleNamespace(reader=reader, pages=pages, text=text, flat=" ".join(text.split()))


def font_sizes(page) -> list[tuple[float, str]]:
    """(size in points, text) of each run drawn on ``page``, outside the header and the footer."""
    runs: list[tuple[float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        y = cm[5] + tm[5] * cm[3]
        scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * cm[0]
        if text.strip() and 70 < y < 780:  # the frame's small type is the same on every document
            runs.append((round(font_size * scale, 1), text.strip()))
    page.extract_text(visitor_text=visit)
    return runs
