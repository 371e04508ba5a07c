"""Small numbers cannot be worked out from the Finsam workbook, read back as its reader has it: in
every row and column with a total, and between sheets (the overview's participants are the tables'
totals, the grouped occupation is the sum of the detailed rows, the budget-year rows add up to a
table's total on another sheet), a line hides no count or at least two."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from app.exporters.xlsx import write_finsam_xlsx
from app.exporters.xlsx.base import ABOUT_SHEET
from app.exporters.xlsx.finsam import CHART_SHEET
from app.models.finsam import HIDDEN, OCCUPATION_GROUPS, OUTCOME_GROUPS, occupation_group, outcome_group
from app.models.vocab import CLOSURE_OUTCOMES, INCOME_SOURCES, OCCUPATIONS
from tests.exporters.xlsx_support import read_back, rows_of
from tests.models.sus_people import effort

YEAR = (dt.date(2025, 7, 1), dt.date(2026, 10, 31))
GENDERS = ("Kvinna", "Man", "Annat")
NOT_TABLES = ("Översikt", "Deltagare", CHART_SHEET, ABOUT_SHEET)


def hidden(value) -> bool:
    return value == HIDDEN or (isinstance(value, str) and value.startswith("<"))


def grid(ws) -> tuple[tuple, dict[str, dict[str, object]]]:
    """The header and label -> column -> value, up to the first empty row (the table and Totalt)."""
    rows = rows_of(ws)
    header = rows[0]
    out = {}
    for row in rows[1:]:
        if row[0] is None:
            break
        out[row[0]] = dict(zip(header[1:], row[1:]))
    return header, out


def lines_of(header, table) -> list[tuple[list, object]]:
    """The sheet's own lines: each row's cells and its total column(s), each column and its Totalt row."""
    counts = [h for h in header[1:] if h != "Totalt (%)"]
    sums = {}
    if "Totalt" in counts:
        sums["Totalt"] = [h for h in counts if h != "Totalt"]
    for when in ("före", "efter"):
        if f"Totalt {when}" in counts:
            sums[f"Totalt {when}"] = [f"{g} {when}" for g in GENDERS]
    out = []
    for values in table.values():
        out += [([values[c] for c in members], values[total]) for total, members in sums.items()]
    body = [v for label, v in table.items() if label != "Totalt"]
    out += [([v[c] for v in body], table["Totalt"][c]) for c in counts]
    return out


def cell_lines(header, table) -> list[tuple[list, object]]:
    """lines_of, with each cell named by (row label, column) instead of its value."""
    named = {label: {c: (label, c) for c in row} for label, row in table.items()}
    return lines_of(header, named)


def assert_nothing_pinned(lines, shown, where) -> None:
    """As a reader would: a visible count is exact, "<3" is 1..2, "dolt" 3 or more; narrow every
    count line by line (members add up to the total) until nothing changes. No hidden count may
    end up with one value, but those the marks pin in a line with nothing left to hide (<3 + <3 =
    <3: 1 + 1 = 2; every cell of it hidden or 0, hiding more cannot help)."""
    bounds = reader_bounds(lines, shown)
    pinned = [q for q, v in shown.items() if hidden(v) and bounds[q][0] >= bounds[q][1]]
    full = [line for line in lines if all(hidden(shown[q]) or shown[q] == 0 for q in (*line[0], line[1]))]
    allowed = set(q for q in pinned for line in full if q in (*line[0], line[1])
                  and pinned_by(line, q, bounds))
    assert not [q for q in pinned if q not in allowed], (where, [q for q in pinned if q not in allowed])


def pinned_by(line, q, bounds) -> bool:
    members, total = line
    others = [m for m in members if m != q]
    lo_o, hi_o = sum(bounds[m][0] for m in others), sum(bounds[m][1] for m in others)
    lo, hi = (lo_o, hi_o) if q == total else (bounds[total][0] - hi_o, bounds[total][1] - lo_o)
    return lo >= hi


def reader_bounds(lines, shown) -> dict:
    inf = float("inf")
    bounds = {}
    for cell, v in shown.items():
        bounds[cell] = (v, v) if not hidden(v) else (1, 2) if v == "<3" else (3, inf)
    for _ in range(1000):
        changed = False
        for members, total in lines:
            for i, q in enumerate((*members, total)):
                others = [m for j, m in enumerate(members) if j != i]
                lo_o, hi_o = sum(bounds[m][0] for m in others), sum(bounds[m][1] for m in others)
                new = (lo_o, hi_o) if i == len(members) else (bounds[total][0] - hi_o, bounds[total][1] - lo_o)
                lo, hi = max(bounds[q][0], new[0]), min(bounds[q][1], new[1])
                if (lo, hi) != bounds[q]:
                    bounds[q], changed = (lo, hi), True
        if not changed:
            break
    return bounds


def assert_safe(lines, where) -> None:
    for members, total in lines:
        marks = [hidden(v) for v in (*members, total)]
        assert sum(marks) != 1, (where, members, total)


def random_cohort(store, seed: int) -> None:
    """Forty fictitious efforts of mixed kinds: few men, fewer of gender annat, some anonymous."""
    rng = random.Random(seed)
    occupations = [k for k, _ in OCCUPATIONS]
    incomes = [k for k, _ in INCOME_SOURCES]
    for i in range(40):
        gender = rng.choices(["kvinna", "man", "annat"], [6, 3, 1])[0]
        referral = f"{rng.choice([2025, 2026])}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        closed = None
        if rng.random() < 0.7:
            outcome = rng.choice([k for k, _ in CLOSURE_OUTCOMES if k != "annat"])  # "annat" needs a text
            closed = ("2026-10-20", outcome, rng.choice(occupations), rng.choice(incomes), rng.choice([0, 25, 50, 100]))
        effort(store, f"P{i}", gender, referral, closed=closed,
               before=(rng.choice(occupations), rng.choice(incomes), rng.choice([0, 25, 50, 100])),
               consent=None if rng.random() < 0.15 else "skriftligt", protected=rng.random() < 0.05,
               education=rng.choice(["forgymnasial", "gymnasial", "eftergymnasial", "okand"]))


@pytest.fixture(params=[1, 2, 3])
def workbook(request, store, tmp_path):
    random_cohort(store, request.param)
    path = tmp_path / "finsam.xlsx"
    write_finsam_xlsx(store, path, period_from=YEAR[0], period_to=YEAR[1])
    return read_back(path)


def test_no_line_of_any_table_gives_a_hidden_count_away(workbook):
    tables = [name for name in workbook.sheetnames if name not in NOT_TABLES]
    assert len(tables) == 13
    suppressed_somewhere = False
    for name in tables:
        header, table = grid(workbook[name])
        assert_safe(lines_of(header, table), name)
        shown = {(label, c): v for label, row in table.items() for c, v in row.items() if c != "Totalt (%)"}
        assert_nothing_pinned(cell_lines(header, table), shown, name)
        suppressed_somewhere |= any(hidden(v) for row in table.values() for v in row.values())
        for label, row in table.items():  # a share of a hidden count, or of a hidden Totalt, is not shown
            if "Totalt (%)" in row and (hidden(row["Totalt"]) or hidden(table["Totalt"]["Totalt"])):
                assert row["Totalt (%)"] == "–", (name, label)
    assert suppressed_somewhere  # the cohort has small numbers: the test checks something


def test_no_total_on_another_sheet_gives_a_hidden_count_away(workbook):
    sheets = {name: grid(workbook[name])[1] for name in workbook.sheetnames if name not in NOT_TABLES}
    overview = {label: row["Antal"] for label, row in grid(workbook["Översikt"])[1].items()}
    everyone = overview["Deltagare (insatser) under perioden"]
    known = overview["– med personuppgifter (skriftligt samtycke)"]
    closed = overview["Utskrivna under perioden (med personuppgifter)"]
    still_in = overview["Inskrivna vid periodens slut (med personuppgifter)"]
    lines = [([known, overview["– anonyma (kön och budgetår)"]], everyone), ([closed, still_in], known)]
    # one count shown in several places: hidden in all or in none (a line of one member)
    same = {
        "everyone": [everyone, sheets["Kön och budgetår"]["Totalt"]["Totalt"]],
        "known": [known, *(sheets[s]["Totalt"]["Totalt"]
                           for s in ("Ålder vid start", "Utbildning", "Tid i offentlig försörjning"))],
        "closed": [closed, *(sheets[s]["Totalt"][c] for s in ("Sysselsättning (grupp)", "Sysselsättning", "Försörjning")
                 for c in ("Totalt före", "Totalt efter")),
                   *(sheets[s]["Totalt"]["Totalt"] for s in ("Före och efter", "Arbete eller studier",
                                                            "Sysselsättningsgrad", "Avslutsorsak",
                                                            "Avslutsorsak (grupp)"))],
        "still_in": [still_in, *(sheets[s]["Totalt"]["Pågår (vid start)"]
                                 for s in ("Sysselsättning (grupp)", "Sysselsättning", "Försörjning"))],
    }
    for gender in GENDERS:
        same[f"known {gender}"] = [sheets[s]["Totalt"][gender] for s in ("Ålder vid start", "Utbildning")]
        same[f"closed {gender}"] = [sheets[s]["Totalt"][f"{gender} {w}"] for s in ("Sysselsättning", "Försörjning")
                                    for w in ("före", "efter")] + [sheets["Avslutsorsak"]["Totalt"][gender]]
    for values in same.values():
        lines += [([values[0]], other) for other in values[1:]]
    # the budget-year rows with personal data add up to the gender's total on the age sheet, and
    # with the anonymous ones to everyone of that gender
    years = sheets["Kön och budgetår"]
    for gender in GENDERS:
        named = [row[gender] for label, row in years.items() if label.startswith("Med personuppgifter")]
        anonymous = [row[gender] for label, row in years.items() if label.startswith("Anonyma")]
        known_g = sheets["Ålder vid start"]["Totalt"][gender]
        lines += [(named, known_g), ([known_g, *anonymous], years["Totalt"][gender])]
    # the grouped occupation (and reason for ending) is the sum of the detailed rows, column by column
    for detail, vocabulary, groups, group_of in (("Sysselsättning", OCCUPATIONS, OCCUPATION_GROUPS, occupation_group),
                                                 ("Avslutsorsak", CLOSURE_OUTCOMES, OUTCOME_GROUPS, outcome_group)):
        detailed, grouped = sheets[detail], sheets[f"{detail} (grupp)"]
        labels = {k: label for k, label in vocabulary}
        for key, group_label in groups:
            rows = [detailed[labels[k]] for k in labels if group_of(k) == key and labels[k] in detailed]
            for column, value in grouped[group_label].items():
                if column == "Totalt (%)":
                    continue
                if len(rows) > 1:
                    lines.append(([r[column] for r in rows], value))
                elif rows:
                    lines.append(([rows[0][column]], value))
    assert_safe(lines, "mellan blad")
