"""Journalkopia of long notes: every word of a note printed, in order, however long the note and
however it is broken into lines (the text is laid out as many small paragraphs, see
app/exporters/pdf/long_text.py)."""

from __future__ import annotations

import re

from app.exporters.pdf import write_record_pdf
from app.exporters.pdf.long_text import CHUNK, pieces
from tests import builders


def _numbered_note(lines: int = 120, long_every: int = 10) -> str:
    """Sentences numbered through the note: short lines, blank lines, markup-like text, and every
    ``long_every``-th line a run of many thousand characters without a line break."""
    out, n = [], 0
    for line in range(1, lines + 1):
        count = 500 if line % long_every == 0 else 2
        words = []
        for _ in range(count):
            n += 1
            words.append(f"Mening {n} om köket & <tider>.")
        out.append(" ".join(words))
        if line % 7 == 0:
            out.append("")
    return "\n".join(out)


FRAME = re.compile(r"^(Arbetsmarknadsavdelningen \(AMA\)|Journalkopia · .*|SEKRETESS|Omfattas av sekretess enligt OSL"
                   r"|ATAMA .*Sida \d+ av \d+|Skapad av .*|Ansvarig: .*)$")


def _body(pdf) -> str:
    """The pages' text without the header and footer each page repeats, whitespace as single spaces."""
    lines = [line for page in pdf.pages for line in page.split("\n") if not FRAME.match(line.strip())]
    return " ".join(" ".join(lines).split())


def test_a_long_note_is_printed_whole_and_in_order(store, tmp_path, read_pdf):
    case = builders.client_with_case(store)
    text = _numbered_note()
    assert max(len(line) for line in text.split("\n")) > 2 * CHUNK  # runs that must be cut
    store.notes.add(case.id, "2026-11-10", "samtal", text + "\nSista raden.")
    path = tmp_path / "journal.pdf"
    write_record_pdf(store, path, case_id=case.id)
    flat = _body(read_pdf(path))
    numbers = [int(n) for n in re.findall(r"Mening (\d+) om köket & <tider>\.", flat)]
    assert numbers == list(range(1, len(re.findall("Mening", text)) + 1))  # all, once each, in order
    assert "Sista raden." in flat
    assert "&amp;" not in flat and "&lt;" not in flat  # the text as typed, never its markup


def test_pieces_cut_long_runs_at_a_sentence_and_keep_lines_and_blank_lines():
    run = " ".join(f"Mening {n} är här." for n in range(400))
    parts = pieces(f"Första raden\n\n{run}\nSista raden\n\n")
    assert parts[:2] == ["Första raden", ""] and parts[-1] == "Sista raden"
    middle = parts[2:-1]
    assert len(middle) > 1 and all(len(p) <= CHUNK for p in middle)
    assert all(p.endswith("här.") for p in middle)  # cut after a sentence, not inside one
    assert " ".join(middle) == run


def test_pieces_cut_a_run_without_spaces_hard():
    word = "x" * (CHUNK * 2 + 5)
    assert pieces(word) == ["x" * CHUNK, "x" * CHUNK, "xxxxx"]
