"""The plan as its readers meet it, page by page: a long plan breaks between goals, never inside
one; the signatures share a page with what they sign; the follow-ups held and the real next one;
the client's voice; the supervisor's line only when there is one; the easy-read variant."""

from __future__ import annotations

import re

import pytest

from app.exporters.pdf import write_plan_pdf
from app.exporters.pdf.plan_easy import BODY_SIZE
from app.models.errors import RuleError
from tests.exporters.pdf_support import font_sizes
from tests.exporters.plan_builders import FOLLOW_UP_DAYS, followed_plan, long_plan, unit_identity


def write(store, tmp_path, read_pdf, case_id, audience="klient", **kw):
    path = tmp_path / f"plan_{audience}{'_easy' if kw.get('easy_read') else ''}.pdf"
    write_plan_pdf(store, path, case_id=case_id, audience=audience, **kw)
    return read_pdf(path)


def page_of(pdf, phrase: str) -> int:
    """The one page ``phrase`` is on (whitespace as one space)."""
    pages = [n for n, text in enumerate(pdf.pages) if phrase in " ".join(text.split())]
    assert len(pages) == 1, (phrase, pages)
    return pages[0]


@pytest.mark.parametrize("audience,goal_word,table_head", [
    ("af", "Delmål", "Ansvarig Start Måldatum Uppföljning"),
    ("klient", "Ditt delmål", "Vem gör det Vi börjar Klart senast Vi följer upp"),
])
def test_a_goal_stays_on_one_page_with_its_table(store, tmp_path, read_pdf, audience, goal_word, table_head):
    plan = long_plan(store, goals=9)
    store.consents.add(plan.case.id, "af", "skriftligt", "2026-11-03")
    pdf = write(store, tmp_path, read_pdf, plan.case.id, audience)
    assert len(pdf.pages) >= 3  # long enough to break pages
    for goal in plan.version.sub_goals:
        heading_page = page_of(pdf, f"{goal_word} {goal.number} Delmål nummer {goal.number}:")
        text = " ".join(pdf.pages[heading_page].split())
        after = text[text.index(f"{goal_word} {goal.number} Delmål nummer"):]
        # the goal's own table (its follow-up date is the goal's) follows on the same page
        assert table_head in after and f"2027-01-{10 + goal.number:02d}" in after, (goal.number, heading_page)


@pytest.mark.parametrize("goals", [1, 4, 6, 9, 12])
def test_the_signatures_share_a_page_with_what_they_sign(store, tmp_path, read_pdf, goals):
    plan = long_plan(store, goals=goals)
    for audience, heading in (("klient", "Det här har vi kommit överens om"),
                              ("af", "Överenskommelse och uppföljning")):
        pdf = write(store, tmp_path, read_pdf, plan.case.id, audience)
        signatures = page_of(pdf, "Namnförtydligande")
        assert page_of(pdf, heading) == signatures
        assert "Version 1" in pdf.pages[signatures]  # the agreement's facts, not only its heading


def test_the_follow_ups_held_and_the_real_next_follow_up(store, tmp_path, read_pdf):
    plan = long_plan(store, goals=2)
    # planned: the plan 2026-12-18, the goals 2027-01-11 and -12; held 2026-11-19 naming 2027-01-05
    assert store.plans.status(plan.case.id).next_follow_up == "2027-01-05"
    for audience, label, held, who in (("af", "Nästa uppföljning 2027-01-05", "Genomförda uppföljningar",
                                        "Klienten och arbetsterapeuten"),
                                       ("klient", "Nästa gång vi följer upp din plan 2027-01-05",
                                        "Så har vi följt upp din plan", "Du och arbetsterapeuten")):
        pdf = write(store, tmp_path, read_pdf, plan.case.id, audience)
        assert label in pdf.flat
        assert "Uppföljning av planen 2026-12-18" not in pdf.flat  # the date the follow-up settled
        assert held in pdf.flat
        row = pdf.flat[pdf.flat.index(held):]
        assert "2026-11-19 Schemat fungerar; två sena morgnar." in row
        assert who in row


def test_a_plan_with_no_follow_up_held_says_so(store, tmp_path, read_pdf):
    plan = long_plan(store, goals=1, follow_ups=False)
    pdf = write(store, tmp_path, read_pdf, plan.case.id, "klient")
    assert "Vi har inte följt upp din plan än." in pdf.flat
    assert "Nästa gång vi följer upp din plan 2026-12-18" in pdf.flat


def test_the_supervisor_signs_only_when_the_plan_names_one(store, tmp_path, read_pdf):
    named = long_plan(store, goals=3, supervisor=True)  # responsible for delmål 3, and took part
    present = long_plan(store, goals=2, supervisor=True, serial=986)  # only took part in the agreement
    assert all("arbetsledare" not in goal.responsible for goal in present.version.sub_goals)
    without = long_plan(store, goals=2, supervisor=False, serial=985)
    for case_id, expected in ((named.case.id, True), (present.case.id, True), (without.case.id, False)):
        for audience in ("klient", "af"):
            pdf = write(store, tmp_path, read_pdf, case_id, audience)
            assert ("Underskrift, arbetsledare" in pdf.pages[-1]) is expected, (case_id, audience)
            assert "Underskrift, arbetsterapeut" in pdf.pages[-1]
        easy = write(store, tmp_path, read_pdf, case_id, "klient", easy_read=True)
        lines = [line.strip() for line in easy.pages[-1].splitlines()]
        assert ("Arbetsledare" in lines) is expected and "Din underskrift" in lines, lines


# The client's copy speaks to the client: none of our own words name them in the third person.
THIRD_PERSON = re.compile(r"\b(klienten|klientens|klient)\b", re.IGNORECASE)


def test_the_client_copy_speaks_to_the_client_throughout(store, tmp_path, read_pdf):
    plan = long_plan(store, goals=3, supervisor=False)
    pdf = write(store, tmp_path, read_pdf, plan.case.id, "klient")
    # even who took part, as the therapist typed it ("Klienten och arbetsterapeuten"), says "du"
    assert not THIRD_PERSON.search(pdf.flat), THIRD_PERSON.findall(pdf.flat)
    assert "De som var med Du och arbetsterapeuten" in pdf.flat  # the agreement
    assert pdf.flat.count("Du och arbetsterapeuten") == 2  # and the follow-up held
    with_supervisor = write(store, tmp_path, read_pdf, long_plan(store, goals=1, serial=986).case.id, "klient")
    assert "De som var med Du, arbetsledaren Per och arbetsterapeuten" in with_supervisor.flat
    store.consents.add(plan.case.id, "af", "skriftligt", "2026-11-03")
    formal = write(store, tmp_path, read_pdf, plan.case.id, "af")
    assert "Deltagare Klienten och arbetsterapeuten" in formal.flat  # the handler reads it as typed
    for phrase in ("Din utvecklingsplan", "Ditt huvudmål", "Så ser det ut i dag", "Det här är viktigt för dig",
                   "Dina delmål och hur vi når dem", "Din underskrift", "Ditt namn", "Din arbetsterapeut"):
        assert phrase in pdf.flat, phrase


def test_who_took_part_is_said_to_the_client():
    from app.exporters.pdf.plan import to_client

    assert to_client("Klienten, arbetsledaren Per och arbetsterapeuten") == "Du, arbetsledaren Per och arbetsterapeuten"
    assert to_client("Arbetsledaren Per och klienten") == "Arbetsledaren Per och du"
    assert to_client("Klientens mamma och KLIENTEN. Klienten kom sent.") == "Din mamma och du. Du kom sent."
    assert to_client("Klientenheten") == "Klientenheten" and to_client("") == ""


def test_the_easy_read_plan_has_one_goal_a_page_large_type_and_short_sentences(store, tmp_path, read_pdf):
    unit_identity(store)
    plan = long_plan(store, goals=4)
    pdf = write(store, tmp_path, read_pdf, plan.case.id, "klient", easy_read=True)
    goal_pages = [page_of(pdf, f"Delmål {n} av 4") for n in range(1, 5)]
    assert goal_pages == sorted(goal_pages) and len(set(goal_pages)) == 4
    for n, page in enumerate(goal_pages, start=1):
        text = " ".join(pdf.pages[page].split())
        assert f"Delmål nummer {n}:" in text
        assert all(f"Delmål nummer {m}:" not in text for m in range(1, 5) if m != n)  # one goal a page
    assert "Nästa gång vi pratar om planen: 5 januari 2027." in pdf.flat  # dates in words
    assert "19 november 2026: Schemat fungerar" in pdf.flat
    assert "Fråga Anna Andersson. Ring: 070-123 45 67 Mejla: anna.andersson@are.se" in pdf.flat
    runs = [run for page in pdf.reader.pages for run in font_sizes(page)]
    small = {text for size, text in runs if size < BODY_SIZE}
    assert small == {"AMA Järpen · 2026-11-20"}, small  # only the title block's line under the title
    assert len(runs) > 40
    # short sentences: our own sentences are at most 12 words (goal texts are the therapist's)
    own = " ".join(pdf.pages[0].split())
    for sentence in ("Planen visar vad du vill göra.", "Den visar också hur vi ska göra det."):
        assert sentence in own and len(sentence.split()) <= 12


def test_the_easy_read_plan_tells_the_follow_ups_held_briefly_and_the_real_next_one(store, tmp_path, read_pdf):
    """Nine follow-ups held since the goals' June dates, three with a note; the next is 2 December."""
    unit_identity(store)
    plan = followed_plan(store, goals=4)
    pdf = write(store, tmp_path, read_pdf, plan.case.id, "klient", easy_read=True)
    assert len(pdf.pages) == 6  # the start, a page per goal, the follow-up with the signatures
    for n in range(1, 5):
        page = " ".join(pdf.pages[page_of(pdf, f"Delmål {n} av 4")].split())
        # the goal's own June date was followed up long ago: the client is told the real next talk
        assert "Vi pratar om hur det går: 2 december 2026." in page, n
        assert "juni 2026" not in page, n
    last = " ".join(pdf.pages[-1].split())
    for phrase in ("Så följer vi upp din plan", "Nästa gång vi pratar om planen: 2 december 2026.",
                   "Vi har följt upp planen 9 gånger. Senast var den 4 november 2026.",
                   "18 mars 2026: Schemat fungerar.", "10 juni 2026: Delmålen följdes upp; två är nådda.",
                   "4 november 2026: Arbetar nu 50 %.", "Har du frågor?", "Din underskrift"):
        assert phrase in last, phrase
    # the follow-ups without a note are counted, not listed as bare dates
    for bare in ("15 april 2026", "13 maj 2026", "1 juli 2026", "12 augusti 2026", "9 september 2026",
                 "7 oktober 2026"):
        assert bare not in pdf.flat, bare
    assert "Allt vi har skrivit" not in pdf.flat  # all three with a note are shown


def test_an_overdue_follow_up_is_no_date_to_wait_for_in_the_easy_read_plan(store, tmp_path, read_pdf):
    """The next follow-up (2 December) has passed and none is recorded yet: the client is told a time
    will be set, never a past day (the handler's plan shows it as overdue)."""
    import datetime as dt

    plan = followed_plan(store, goals=2)
    store._clock = lambda: dt.datetime(2026, 12, 10, 9, 0)  # noqa: SLF001 - the tests' one way to move time
    pdf = write(store, tmp_path, read_pdf, plan.case.id, "klient", easy_read=True)
    assert "2 december 2026" not in pdf.flat
    for n in (1, 2):
        assert "Vi pratar om hur det går" not in pdf.pages[page_of(pdf, f"Delmål {n} av 2")], n
    assert "Det är dags att prata om hur det går med planen. Din arbetsterapeut bestämmer en tid med dig." in pdf.flat


def test_the_easy_read_plan_keeps_a_goal_date_still_to_come(store, tmp_path, read_pdf):
    plan = long_plan(store, goals=2)  # goals followed up 2027-01-11 and -12; the plan's next 2027-01-05
    pdf = write(store, tmp_path, read_pdf, plan.case.id, "klient", easy_read=True)
    assert "Vi pratar om hur det går: 11 januari 2027." in " ".join(pdf.pages[page_of(pdf, "Delmål 1 av 2")].split())
    assert "Vi pratar om hur det går: 12 januari 2027." in " ".join(pdf.pages[page_of(pdf, "Delmål 2 av 2")].split())
    assert "Vi har följt upp planen en gång. Senast var den 19 november 2026." in pdf.flat


@pytest.mark.parametrize("words", [0, 40, 90, 160])
def test_the_easy_read_signatures_never_stand_alone(store, tmp_path, read_pdf, words):
    """However long the notes of the follow-ups shown, the signatures share a page with text."""
    unit_identity(store)
    note = " ".join(["Vi pratade om schemat och hur passen gick."] * (words // 8)) or "Kort."
    plan = followed_plan(store, goals=2, notes=dict.fromkeys(range(len(FOLLOW_UP_DAYS)), note))
    pdf = write(store, tmp_path, read_pdf, plan.case.id, "klient", easy_read=True)
    signatures = page_of(pdf, "Din underskrift")
    page = " ".join(pdf.pages[signatures].split())
    assert "Har du frågor? Fråga Anna Andersson." in page and "Skriv under när du tycker" in page
    assert "Allt vi har skrivit står i din utvecklingsplan." in pdf.flat  # nine notes, three shown
    for day, shown in (("12 augusti 2026:", False), ("9 september 2026:", True), ("7 oktober 2026:", True),
                       ("4 november 2026:", True)):
        assert (day in pdf.flat) is shown, day


def test_easy_read_is_the_clients_only(store, tmp_path):
    from app.exporters.service import Exports

    plan = long_plan(store, goals=1)
    for audience in ("af", "arbetsgivare"):  # no consent to either: the choice is refused, not the consent
        with pytest.raises(RuleError, match="^Lättläst plan görs bara för klienten. Välj klienten som mottagare.$"):
            Exports(store).plan(plan.case.id, audience, tmp_path / "x.pdf", easy_read=True)
    store.consents.add(plan.case.id, "af", "skriftligt", "2026-11-03")
    with pytest.raises(RuleError, match="Lättläst plan görs bara för klienten."):
        write_plan_pdf(store, tmp_path / "x.pdf", case_id=plan.case.id, audience="af", easy_read=True)
    assert not (tmp_path / "x.pdf").exists()
