"""The Uppföljning Finsam workbook for the Samordningsförbund (it replaced SUS): an overview, the
participants as Finsam registers them, and one sheet per table of :func:`app.models.finsam.finsam_report`.
This module only lays them out; what is counted, and who is anonymous, is decided in the model.

Its counts leave the unit, so they are shown as the model hides them (``report.shown``: "<3" for a
small count, "dolt" for one that would give a small one away) and no staff name is in it, not even in
the print footer or the document properties (the unit stands as maker); the plan share per
responsible is in the caseload workbook, which stays inside the unit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from app.exporters.xlsx.base import (
    DATE,
    DIGITS,
    INT,
    PERCENT,
    Column,
    TableSheet,
    add_about_sheet,
    add_chart,
    new_workbook,
    save,
    styled,
)
from app.exporters.xlsx.sheet_writer import print_two_pages_wide
from app.models.finsam import (
    AFTER,
    BEFORE,
    HIDDEN,
    NO,
    SUPPRESSED_SHARE,
    YES,
    FinsamReport,
    Participant,
    finsam_report,
)
from app.models.statistics import TOTAL, CountTable
from app.models.vocab import CLOSURE_OUTCOMES, EDUCATION, GENDERS, INCOME_SOURCES, OCCUPATIONS, PUBLIC_SUPPORT_TIMES

if TYPE_CHECKING:
    from app.models.store import Store

REPORT = "Uppföljning Finsam"
SECRECY = ("Innehåller personuppgifter – sekretess: personnummer och uppgifter om deltagare med skriftligt "
           "samtycke till Samordningsförbundet (bladet Deltagare). Övriga blad innehåller bara antal.")
CHARTED = "sysselsattning_grupp"  # the one table with a chart: grouped occupation, before and after


def suppression_note(min_count: int) -> str:
    return (f"Små tal: antal från 1 till {min_count - 1} visas som ”<{min_count}”, så att ingen enskild deltagare "
            f"kan pekas ut. ”{HIDDEN}”: ett större antal som inte visas, eftersom ett litet tal annars kunde räknas "
            "ut ur en summa (här eller på ett annat blad). "
            f"”{SUPPRESSED_SHARE}”: andelen visas inte, eftersom den skulle avslöja ett antal som inte visas.")


def file_name(period_from: dt.date, period_to: dt.date) -> str:
    """The name the window proposes for the workbook."""
    return f"Uppföljning Finsam {period_from.isoformat()}–{period_to.isoformat()}.xlsx"


def write_finsam_xlsx(store: Store, target: Path, *, period_from: dt.date, period_to: dt.date) -> None:
    write_finsam_report(store, target, finsam_report(store, period_from, period_to))


def write_finsam_report(store: Store, target: Path, report: FinsamReport) -> None:
    """The workbook of a report already counted (the bench times the writing apart from the counting)."""
    wb = new_workbook(streamed=False)
    _overview(wb, report)
    _participants(wb, report)
    for table in report.tables:
        _count_sheet(wb, table, report)
    add_about_sheet(wb, store, REPORT, personal_data=SECRECY, period=(report.period_from, report.period_to),
                    name_creator=False, details=[
        ("Urval", "En rad per insats (ärende) som pågått någon gång under perioden: remiss senast periodens "
                  "sista dag och inte avslutad före dess första dag."),
        ("Samtycke", "Med personuppgifter bara med ett skriftligt samtycke till Samordningsförbundet (Finsam) "
                     "i ärendets samtycken som gäller i dag, och inte vid skyddad identitet. Övriga är anonyma: "
                     "bara kön och budgetår."),
        ("Före och efter", "Jämförs bara bland deltagare som skrivits ut under perioden; de som fortfarande är "
                           "inskrivna redovisas för sig."),
        ("Små tal", suppression_note(report.min_count)),
        ("Utvecklingsplan", "Andelen per ansvarig finns i Ärendelistan (intern), inte här."),
    ])
    save(wb, target)


def _overview(wb, report: FinsamReport) -> None:
    """The overview's counts, hidden as the tables' counts are (its participants are their totals)."""
    n = report.min_count
    sheet = TableSheet(wb, "Översikt", [Column("Uppgift", 76), Column("Antal", kind=INT),
                                        Column("Andel", kind=PERCENT)])
    table = report.overview
    of = {1: 0, 2: 0, 5: 6}  # a row's share: of which row
    for index, (label, (value,)) in enumerate(table.rows):
        part = None
        if index in of:
            base = table.rows[of[index]][1][0]
            visible = all(isinstance(report.shown(table, i, 0), int) for i in (index, of[index]))
            part = (value / base if visible else SUPPRESSED_SHARE) if base else None
        sheet.append([label, _shown(sheet, report, table, index, 0), part])
    sheet.finish()
    sheet.notes([f"Period {report.period_from.isoformat()} – {report.period_to.isoformat()}.",
                 suppression_note(n),
                 "Utvecklingsplan: alla klienter i målgruppen Medarbetare på AMA, även anonyma; en plan är aktuell "
                 "när den var överenskommen och nästa uppföljning inte passerad den dagen."])


# Seventeen columns: printed two landscape pages wide, the start on the first and the end on the
# second, registration and personnummer on both (narrow columns, long labels wrapped).
_PARTICIPANT_COLUMNS = (
    Column("Registrering", 18), Column("Personnummer", 14, kind=DIGITS), Column("Kön", 8),
    Column("Budgetår", 9, kind=INT), Column("Inskriven", 11, kind=DATE), Column("Utskriven", 11, kind=DATE),
    Column("Ålder vid start", 7, kind=INT), Column("Högsta utbildning", 14, wrap=True),
    Column("Sysselsättning före", 23, wrap=True), Column("Grad före (%)", 8, kind=INT),
    Column("Försörjning före", 25, wrap=True), Column("Tid i offentlig försörjning före", 13, wrap=True),
    # the second page has room: its labels on one line
    Column("Sysselsättning efter", 23, wrap=True), Column("Grad efter (%)", 8, kind=INT),
    Column("Försörjning efter", 25, wrap=True), Column("Arbete eller studier påbörjat/ökat", 13),
    Column("Avslutsorsak", 24, wrap=True),
)
_FIRST_PAGE = 12  # up to "Tid i offentlig försörjning före"; then the end of the effort


def _participant_row(p: Participant) -> list:
    gender = GENDERS.label(p.gender)
    if not p.identified:  # the reason (protected identity or no consent) stays in the unit
        return ["Anonym", None, gender, p.budget_year, *[None] * (len(_PARTICIPANT_COLUMNS) - 4)]
    began = None if p.began_or_increased is None else (YES if p.began_or_increased else NO)
    return ["Med personuppgifter", p.personnummer or None, gender, p.budget_year, p.start_date, p.end_date or None,
            p.age, EDUCATION.label(p.education), OCCUPATIONS.label(p.occupation_before) or None, p.percent_before,
            INCOME_SOURCES.label(p.income_before) or None, PUBLIC_SUPPORT_TIMES.label(p.support_time_before) or None,
            OCCUPATIONS.label(p.occupation_after) or None, p.percent_after,
            INCOME_SOURCES.label(p.income_after) or None, began, CLOSURE_OUTCOMES.label(p.end_reason) or None]


def _participants(wb, report: FinsamReport) -> None:
    sheet = TableSheet(wb, "Deltagare", _PARTICIPANT_COLUMNS)
    for p in report.participants:
        sheet.append(_participant_row(p))
    sheet.finish()
    sheet.notes(["En rad per insats, för registrering i Uppföljning Finsam. Anonyma insatser har bara kön och "
                 "budgetår (året insatsen började).",
                 "Grad: sysselsättningsgrad i procent av heltid. Efter och avslutsorsak bara för insatser "
                 "avslutade senast periodens sista dag.",
                 "Tid i offentlig försörjning före: som registrerad med klientens situation vid start (i ärendet); "
                 "tom där den inte angavs (Uppgift saknas i tabellen).",
                 "Bladet visar varje insats, så små tal döljs inte här: det är underlaget för registreringen och "
                 "lämnas inte ut. Antalen på de andra bladen kan lämnas ut."], span=_FIRST_PAGE)
    print_two_pages_wide(sheet.ws, break_after=_FIRST_PAGE, repeat="A:B")


def _shown(sheet: TableSheet, report: FinsamReport, table: CountTable, row: int, column: int):
    """A count as it may leave the unit; a hidden one right-aligned like the numbers around it."""
    shown = report.shown(table, row, column)
    return shown if isinstance(shown, int) else styled(sheet.ws, shown, "ATAMA höger")


def _count_sheet(wb, table: CountTable, report: FinsamReport) -> TableSheet:
    """Counts as they may leave the unit; a share of the total column where the table has shares."""
    n = report.min_count
    total_column = table.columns[-1] == TOTAL
    share = table.percent and total_column
    columns = [Column(table.category, 40), *(Column(c, kind=INT) for c in table.columns)]
    if share:
        columns.append(Column(f"{TOTAL} (%)", kind=PERCENT))
    sheet = TableSheet(wb, table.name, columns)
    for index, (label, _values) in enumerate(table.rows):
        shown = [_shown(sheet, report, table, index, c) for c in range(len(table.columns))]
        sheet.append([label, *shown, *_share(report, table, index, share)])
    sheet.finish()
    last = len(table.rows)
    totals = [_shown(sheet, report, table, last, c) for c in range(len(table.columns))]
    sheet.append([TOTAL, *totals, *_share(report, table, last, share)], bold=True)
    sheet.notes([table.title, table.note, suppression_note(n),
                 f"{TOTAL} (%): andel av raden {TOTAL}." if share else ""])
    if table.key == CHARTED:
        _before_after_chart(wb, table, report)
    return sheet


def _share(report: FinsamReport, table: CountTable, row: int, wanted: bool) -> list:
    """The total column's share; "–" where its count or the Totalt it is a share of is hidden (the
    share would give it away)."""
    if not wanted:
        return []
    last = len(table.columns) - 1
    value = table.totals[last] if row == len(table.rows) else table.rows[row][1][last]
    visible = all(isinstance(report.shown(table, r, last), int) for r in (row, len(table.rows)))
    return [table.share(value, last) if visible else SUPPRESSED_SHARE]


CHART_SHEET = "Diagram före och efter"


def _before_after_chart(wb, table: CountTable, report: FinsamReport) -> None:
    """Före and efter of the efforts closed in the period, side by side, on a sheet of its own (the
    running ones are not drawn: they have no "after" yet). A row with a hidden count is left out
    of the chart and named under it: "<3" would draw as 0."""
    before = table.columns.index(f"{TOTAL} {BEFORE.lower()}")
    after = table.columns.index(f"{TOTAL} {AFTER.lower()}")
    drawn: list[tuple[str, int, int]] = []
    left_out: list[tuple[str, int, int]] = []
    for index, (label, values) in enumerate(table.rows):
        pair = (values[before], values[after])
        hidden = any(not isinstance(report.shown(table, index, c), int) for c in (before, after))
        (left_out if hidden else drawn).append((label, *pair))
    sheet = TableSheet(wb, CHART_SHEET, [Column(table.category, 40), Column(BEFORE, kind=INT),
                                         Column(AFTER, kind=INT)])
    sheet.extend(drawn)
    sheet.finish()
    sheet.notes([f"{table.title}: bara deltagare som skrivits ut under perioden (de som fortfarande är "
                 "inskrivna har inget efter ännu och ritas inte).",
                 f"Utan rader med färre än {report.min_count} före eller efter, eller med ett antal som inte "
                 "visas (se bladet): "
                 f"{', '.join(label for label, *_ in left_out)}." if left_out else ""])
    if drawn:
        add_chart(sheet, "hbar", "Sysselsättning före och efter (utskrivna deltagare)", first_col=2, last_col=3,
                  rows=len(drawn), anchor=f"A{len(drawn) + 6}")  # under the notes: one printed page
