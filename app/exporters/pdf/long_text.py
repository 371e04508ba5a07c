"""A long free text (a journal note pasted from elsewhere, 1 MB of it) as many small paragraphs.

reportlab lays a Paragraph out by breaking all of it into lines at every wrap, and a paragraph that
runs over a page is wrapped again for each page it reaches: the cost grows with the square of its
length (a 1 MB note took six minutes). A ``<br/>`` also cuts the paragraph into fragments, which
sends it down reportlab's slow many-fragment path. So the text is split here at its line breaks, and
a run longer than ``CHUNK`` characters at a sentence (or else a word) near that length; each piece
becomes one single-fragment Paragraph of the text as it is (an ``&amp;`` would be a fragment of its
own), never parsed as markup. A blank line stays a gap.

    story += text_flowables(note.text)
"""

from __future__ import annotations

import functools
import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer

from app.exporters.pdf.base import _CONTROL, esc, labelled, para, styles

# About a page of body text. The cost is in how often a page's split re-wraps a piece, which stays
# small up to ~8000 characters (the journal_copy_1mb figure: 0.92 s at 2000, 0.90 s at 8000, 1.12 s
# at 16000); the larger the piece, the rarer a cut inside a run without line breaks shows.
CHUNK = 6000
_SENTENCE_END = re.compile(r"[.!?:;]\s")


def pieces(text: str, chunk: int = CHUNK) -> list[str]:
    """The text's lines, each long one cut into runs of at most ``chunk`` characters (at the last
    sentence end in the run's second half, else at its last space, else hard); "" for a blank line.
    Joining a line's runs with a space gives the line back, less the whitespace at the cuts."""
    out: list[str] = []
    clean = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    for line in clean.split("\n"):
        while len(line) > chunk:
            window = line[:chunk]
            cut = -1
            for match in _SENTENCE_END.finditer(window, chunk // 2):
                cut = match.end()
            if cut < 0:
                cut = window.rfind(" ", chunk // 2) + 1 or chunk
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        out.append(line.rstrip())
    while out and not out[-1]:
        out.pop()
    return out


@functools.cache
def _line_style(style: str) -> ParagraphStyle:
    """``style`` without the space after: the lines of one text sit as a ``<br/>`` would put them."""
    return styles()[style].clone(f"{style}_line", spaceAfter=0)


@functools.cache
def _fragment(style: ParagraphStyle):
    """The one text fragment reportlab's parser makes of plain text in ``style``."""
    return Paragraph("x", style).frags[0]


def plain_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text that is never parsed as markup: one fragment holding the text as it
    is (so nothing needs escaping, and the parser, a tenth of the time, is skipped)."""
    return Paragraph(esc(text), style, frags=[_fragment(style).clone(text=text)])


def text_flowables(text: object, style: str = "body", empty: str = "–") -> list:
    """User text as paragraphs that flow across pages in linear time (see the module's docstring);
    the muted ``empty`` when there is none. Short texts stay one paragraph, as :func:`para` makes."""
    value = "" if text is None else str(text)
    if not value.strip():
        return [para("", empty=empty)]
    if len(value) <= CHUNK and "\n" not in value.strip():  # one paragraph, as para makes, unparsed
        return [plain_paragraph(_CONTROL.sub("", value).strip(), styles()[style])]
    base, line = styles()[style], _line_style(style)
    out: list = []
    parts = pieces(value)
    first = next(i for i, p in enumerate(parts) if p)  # leading blank lines are left out
    for piece in parts[first:]:
        if piece:
            out.append(plain_paragraph(piece, line))
        else:
            out.append(Spacer(1, base.leading * 0.6))
    out.append(Spacer(1, base.spaceAfter))
    return out


def labelled_text(label: str, text: object, empty: str | None = None) -> list:
    """:func:`app.exporters.pdf.base.labelled` for a text that may be long: the small label, then
    the text as :func:`text_flowables` lays it out. An empty text is left out with its label, as
    ``labelled`` does, unless ``empty`` says what to print instead."""
    if empty is None and (text is None or not str(text).strip()):
        return []
    head = labelled(label, "", empty="–")[:2]  # the label and what keeps it off a page's foot
    return head + text_flowables(text, empty=empty or "–")
