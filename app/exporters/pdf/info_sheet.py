"""The ATAMA information sheet for clients (after Bilaga 1 of the ATAMA report, in our own words):
what occupational therapy is, what the client can expect, the five steps, consent and
confidentiality, and contact lines to fill in. It holds no personal data, so its mark says so
("EJ SEKRETESS") instead of the confidentiality mark of the case documents."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Table,
)

from app.exporters.pdf.base import (
    INK,
    WIDTH,
    build,
    bullets,
    cell,
    doc_info,
    esc,
    heading,
    para,
    section,
    styles,
    tstyle,
)
from app.models.process import load_process
from app.models.vocab import StepKey

ABOUT = (
    "Arbetsterapi bygger på att vi människor lär oss och utvecklas genom det vi gör. Målet är att du "
    "ska kunna göra det som är viktigt i din vardag – arbetet och livet runt omkring – på ett sätt "
    "som känns meningsfullt för dig. Vi utgår från dina egna mål och tar hänsyn både till dig, dina "
    "uppgifter och miljön omkring dig."
)

OFFER = [
    "Samtal och observationer där vi tar reda på vad som fungerar och vad som är svårt.",
    "En utvecklingsplan med dina mål, som vi skriver tillsammans med dig och din arbetsledare.",
    "Hjälp att hitta arbetsuppgifter som passar dina önskemål, styrkor och begränsningar.",
    "Anpassningar av arbetstid, arbetsplats eller arbetssätt, och att prova hjälpmedel.",
    "Hälsofrämjande aktiviteter, kurser och föreläsningar, till exempel om stress, ergonomi och vardagens balans.",
    "Stöd att ta nästa steg mot arbete, praktik eller studier, och uppföljning av hur det går.",
]

# One short sentence per step, keyed like resources/process.json (the titles come from there).
STEPS: dict[str, str] = {  # StepKey keys: StepDef.key (plain text) finds them
    StepKey.INFORM: "Du får veta vad arbetsterapi är, vad vi kan erbjuda och var gränserna går.",
    StepKey.INVESTIGATE: "Vi börjar alltid med att kartlägga din situation: dina behov, vad du vill och behöver göra, "
              "din miljö och vad som hjälper eller hindrar dig. Ibland använder vi ett bedömningsinstrument.",
    StepKey.PLAN: "Vi väljer insatser tillsammans utifrån dina mål och skriver in dem i din utvecklingsplan. "
               "Sedan genomför vi dem.",
    StepKey.EVALUATE: "Vi jämför hur det är nu med hur det var när vi började och med målen du satte.",
    StepKey.CLOSE: "Vi bestämmer tillsammans om du behöver fortsatt stöd, och i så fall var och från vem.",
}

PRIVACY = [
    "Det du berättar omfattas av sekretess. Arbetsterapeuten för journal, och journalen förvaras skyddat.",
    "Vi hämtar eller lämnar uppgifter till andra – till exempel Arbetsförmedlingen, Försäkringskassan, "
    "vården eller socialtjänsten – bara om du har gett ditt samtycke.",
    "Du bestämmer vem samtycket gäller och vilka uppgifter det omfattar. Du kan när som helst ta tillbaka det.",
    "Du har rätt att läsa din journal och att få en kopia av den.",
]

CONTACT = ["Arbetsterapeut", "Telefon", "E-post", "Besöksadress"]


def _steps() -> ListFlowable:
    st = styles()["body"]
    items = [ListItem(Paragraph(f"<b>{esc(step.title)}</b> – {esc(STEPS.get(step.key, step.purpose))}", st),
                      leftIndent=16) for step in load_process().steps]
    return ListFlowable(items, bulletType="1", bulletFormat="%s.", bulletFontName=st.fontName,
                        bulletFontSize=st.fontSize, leftIndent=16)


def _contact_lines(filled: dict[str, str]) -> Table:
    """Two fields to a row, each a label and a line to write on; what the unit has recorded (its
    phone, e-mail, address) is printed on its line already."""
    label_w, gap = 31 * mm, 6 * mm
    line_w = (WIDTH - 2 * label_w - gap) / 2
    pairs = [CONTACT[i:i + 2] for i in range(0, len(CONTACT), 2)]

    def value(label: str):
        return cell(filled[label]) if filled.get(label) else ""

    rows = [[cell(p[0], "cell_bold"), value(p[0]), "", cell(p[1], "cell_bold") if len(p) > 1 else "",
             value(p[1]) if len(p) > 1 else ""] for p in pairs]
    t = Table(rows, colWidths=[label_w, line_w, gap, label_w, line_w], rowHeights=[8 * mm] * len(rows),
              hAlign="LEFT")
    t.setStyle(tstyle([("LINEBELOW", (1, 0), (1, -1), 0.5, INK), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("LINEBELOW", (4, 0), (4, len(CONTACT) // 2 - 1), 0.5, INK),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _unit_contact(store) -> dict[str, str]:
    if store is None:
        return {}
    unit = store.unit.identity()
    return {"Telefon": unit.phone, "E-post": unit.email, "Besöksadress": unit.address}


def write_info_sheet_pdf(store_or_none, target: Path) -> None:
    info = doc_info(store_or_none, "Arbetsterapi på Arbetsmarknadsavdelningen",
                    subject="Information om ATAMA till klienter", confidential=False)
    story = [
        *section("Vad är arbetsterapi?"), para(ABOUT),
        *section("Vad kan arbetsterapeuten hjälpa dig med?"), bullets(OFFER),
        *section("Så arbetar vi – fem steg"),
        _steps(),
        *section("Samtycke och sekretess"), bullets(PRIVACY),
        KeepTogether([heading("Kontakt"), _contact_lines(_unit_contact(store_or_none))]),
    ]
    build(target, info, story)
