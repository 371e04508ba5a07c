"""The answer to a client's request for erasure (R10), in plain Swedish: we do not erase, why (the
retention duty: Patientdatalagen 3 kap. 17 §, so GDPR art. 17.3 b), and what the client can do
instead (read the journal, a correction, an objection noted, IVO's decision on destruction, a
complaint to IMY or IVO). The letter refuses; nothing is deleted by making it."""

from __future__ import annotations

from pathlib import Path

from app.exporters.pdf.base import (
    about_line,
    build,
    bullets,
    doc_info,
    esc,
    labelled,
    markup,
    para,
    section,
)

TITLE = "Svar på din begäran om radering"

ANSWER = "Vi kan inte radera uppgifterna i din journal. Ingenting har raderats."

WHY = [
    "När en legitimerad arbetsterapeut utreder din arbetsförmåga eller ger dig arbetsterapi är det "
    "hälso- och sjukvård. Då måste vi skriva journal.",
    "Enligt patientdatalagen (3 kap. 17 §) ska journalen sparas i minst tio år efter den senaste "
    "anteckningen.",
    "Dataskyddsförordningen (GDPR) ger dig rätt att få uppgifter om dig raderade, men inte när en lag "
    "säger att vi måste spara dem (artikel 17.3 b). Därför gäller inte rätten till radering för din "
    "journal så länge vi måste spara den.",
    "Vi är en del av kommunen. Handlingar i ditt ärende får bara gallras (förstöras) enligt arkivlagen "
    "och kommunens beslut om gallring.",
]

CAN_DO = [
    "Läsa din journal eller få en kopia av den. Den första kopian är gratis.",
    "Be oss rätta en uppgift som är fel. Det som stod förut finns kvar, men vi skriver en rättelse som "
    "visar vad som är rätt.",
    "Få det antecknat i journalen att du inte håller med om något som står där (avvikande mening).",
    "Ansöka hos Inspektionen för vård och omsorg (IVO) om att hela eller delar av journalen ska "
    "förstöras (patientdatalagen 8 kap. 4 §). Det är IVO som bestämmer det, inte vi.",
    "Klaga hos Integritetsskyddsmyndigheten (IMY) om du tycker att vi behandlar dina "
    "personuppgifter på fel sätt: www.imy.se.",
    "Klaga hos Inspektionen för vård och omsorg (IVO) om du är missnöjd med vården: www.ivo.se.",
]


# How the request came, as the letter's first sentence says it (erasure.CHANNELS keys).
CAME = {"brev": " i ett brev", "e-post": " med e-post", "telefon": " på telefon", "besok": " när du besökte oss"}


def write_erasure_letter_pdf(store, target: Path, *, request_id: int) -> None:
    request = store.erasure.get(request_id)
    client = store.clients.get(request.client_id)
    info = doc_info(store, TITLE, subject=f"Svar på begäran om radering, {client.full_name}",
                    recipient=client.full_name, about=about_line(client))
    address = [client.full_name]
    if client.address.strip() and not client.protected_identity:  # a protected person's address is never printed
        address += client.address.strip().splitlines()
    story = [
        markup("<br/>".join(esc(line) for line in address), "body"),
        markup(f"Hej {esc(client.first_name)}!", "body"),
        para(f"Den {request.received_date} fick vi din begäran{CAME.get(request.channel, '')} om att "
             "uppgifter om dig ska raderas."),
        *labelled("Det här bad du om", request.request_text),
        *section("Vårt svar"), markup(f"<b>{esc(ANSWER)}</b>"),
        *section("Varför vi inte raderar"), bullets(WHY),
        *section("Det här kan du göra"), bullets(CAN_DO),
        *section("Frågor"),
        para(f"Hör av dig till oss på {info.unit} om du har frågor om det här brevet eller om ditt ärende."),
        para("Med vänlig hälsning"),
        markup("<br/>".join(esc(x) for x in (info.author or "", info.unit) if x), "body"),
        markup(esc(f"Begäran nr {request.id}, registrerad {request.recorded_at[:16]} av "
                   f"{request.recorded_by or 'okänd'}."), "small"),
    ]
    build(target, info, story)
