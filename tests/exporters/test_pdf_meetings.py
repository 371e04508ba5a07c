"""The meeting's documents as their readers meet them: the invitation (the client's in "du", an
organisation's under consent), the client's record handed over when the meeting ends, and its
easy-read variant. Read back from the PDF: participants, phone numbers, actions, dates."""

from __future__ import annotations

import pytest

from app.exporters.pdf.invitation import write_invitation_pdf
from app.exporters.pdf.meeting_record import write_meeting_record_pdf
from app.exporters.pdf.plan_easy import BODY_SIZE
from app.models.errors import RuleError
from tests.exporters.meeting_support import AF_PHONE, FK_PHONE, actions, meeting, use_meetings
from tests.exporters.pdf_support import MARKUP, font_sizes
from tests.exporters.plan_builders import unit_identity


@pytest.fixture
def held(store, pdf_case, monkeypatch):
    unit_identity(store)
    goal = pdf_case.plan.sub_goals[0]
    made = meeting(pdf_case.case.id, actions=actions(goal.id, goal.text))
    use_meetings(store, monkeypatch, made)
    return made


def _invitation(store, tmp_path, read_pdf, audience="klient"):
    path = tmp_path / f"kallelse-{audience}.pdf"
    write_invitation_pdf(store, path, meeting_id=7, audience=audience)
    return read_pdf(path)


def test_the_clients_invitation_says_what_when_where_who_with_phones_and_the_questions(store, held, tmp_path, read_pdf):
    pdf = _invitation(store, tmp_path, read_pdf)
    flat = pdf.flat
    assert "Kallelse till gemensam kartläggning" in flat
    assert "Hej Åsa! Du är välkommen till ett möte." in flat
    assert "torsdag 10 december 2026" in flat and "09.00–10.30" in flat
    assert "Storgatan 1, rum <3> & 4" in flat  # user text printed as typed, never read as markup
    assert MARKUP in flat
    for name, phone in (("Lisa Müller", AF_PHONE), ("Örjan Åberg", FK_PHONE)):
        assert name in flat and phone in flat
    assert "Arbetsförmedlingen" in flat and "Försäkringskassan" in flat
    for question in held.questions:
        assert question in flat
    # whom to call: Anna's own phone, and the unit and the responsible on every page (doc_info)
    assert "Hör av dig till Anna Andersson om du inte kan komma eller har frågor: ring 070-123 45 67" in flat
    assert all("Åre kommun" in page and "Ansvarig: Anna Andersson" in page for page in pdf.pages)
    assert "Klienten" not in flat  # the client is "du"


def test_an_organisations_invitation_is_formal_and_only_for_one_that_takes_part(store, held, tmp_path, read_pdf):
    pdf = _invitation(store, tmp_path, read_pdf, "af")
    assert "Till: Arbetsförmedlingen, handläggare" in pdf.flat
    assert "Klienten och de här personerna" in pdf.flat and "Frågor klienten har fått inför mötet" in pdf.flat
    assert "Hej Åsa" not in pdf.flat
    with pytest.raises(RuleError, match="Vården är inte kallad till mötet"):
        write_invitation_pdf(store, tmp_path / "v.pdf", meeting_id=7, audience="varden")


def test_a_video_meeting_gives_its_link_as_the_place(store, held, tmp_path, read_pdf, monkeypatch):
    use_meetings(store, monkeypatch, meeting(held.case_id, place="", video_link="https://meet.example/abc?x=1&y=2"))
    assert "Videomöte: https://meet.example/abc?x=1&y=2" in _invitation(store, tmp_path, read_pdf).flat


def test_a_cancelled_meeting_has_no_invitation(store, held, tmp_path, monkeypatch):
    use_meetings(store, monkeypatch, meeting(held.case_id, status="installt"))
    with pytest.raises(RuleError, match="inställt"):
        write_invitation_pdf(store, tmp_path / "x.pdf", meeting_id=7)
    assert not (tmp_path / "x.pdf").exists()


def _record(store, tmp_path, read_pdf, easy_read=False):
    path = tmp_path / f"mote{'-lattlast' if easy_read else ''}.pdf"
    write_meeting_record_pdf(store, path, meeting_id=7, easy_read=easy_read)
    return read_pdf(path)


def test_the_clients_record_says_who_was_there_what_was_said_and_who_does_what_by_when(store, held, tmp_path, read_pdf):
    pdf = _record(store, tmp_path, read_pdf)
    flat = pdf.flat
    assert "Från mötet: gemensam kartläggning" in flat
    assert "Lisa Müller" in flat and AF_PHONE in flat and FK_PHONE in flat
    assert "Vi gick igenom läkarintyget" in flat
    # the client's own first, then each organisation, with its date and the sub-goal it serves
    heads = ("Det här gör du", "Det här gör Arbetsförmedlingen", "Det här gör Försäkringskassan")
    order = [flat.index(t) for t in heads]
    assert order == sorted(order)
    assert MARKUP in flat and "Klart 2026-12-11" in flat  # the client's is done
    assert "Skriver in Åsa i programmet Steg till arbete." in flat and "2026-12-18" in flat
    assert "Beslutar om aktivitetsersättning." in flat and "2027-01-08" in flat
    assert flat.count("Komma i tid tre dagar i veckan") == 2  # Af's action and the client's serve that sub-goal
    assert "Nästa möte är torsdag 14 januari 2027 kl. 10.00." in flat
    assert "Signerad 2026-12-10 av Anna Andersson, arbetsterapeut" in flat
    assert "UTKAST" not in flat


def test_an_unsigned_record_says_so_and_a_meeting_not_held_has_none(store, held, tmp_path, read_pdf, monkeypatch):
    use_meetings(store, monkeypatch, meeting(held.case_id, signed=False, signature_text="", next_meeting=""))
    pdf = _record(store, tmp_path, read_pdf)
    assert "inte signerade än" in pdf.flat and all("UTKAST" in page for page in pdf.pages)
    assert "Vi har inte bestämt när vi ses nästa gång." in pdf.flat
    for status, words in (("planerat", "inte genomfört än"), ("installt", "inställt")):
        use_meetings(store, monkeypatch, meeting(held.case_id, status=status))
        with pytest.raises(RuleError, match=words):
            write_meeting_record_pdf(store, tmp_path / "x.pdf", meeting_id=7)


def test_the_easy_read_record_has_large_type_dates_in_words_and_each_phone(store, held, tmp_path, read_pdf):
    pdf = _record(store, tmp_path, read_pdf, easy_read=True)
    flat = pdf.flat
    assert "Från mötet – lättläst" in flat
    assert "Mötet var torsdag 10 december 2026." in flat
    assert "Det började klockan 09.00 och slutade klockan 10.30." in flat
    assert "Vi var här: Storgatan 1, rum <3> & 4." in flat  # where, typed markup as text
    assert f"Telefon: {AF_PHONE}" in flat and f"Telefon: {FK_PHONE}" in flat
    assert "Det här ska du göra" in flat and "Det här ska Arbetsförmedlingen göra" in flat
    assert "Det ska vara klart senast 18 december 2026." in flat
    assert "Det blev klart 11 december 2026." in flat
    assert "Vi ses igen torsdag 14 januari 2027 kl. 10.00." in flat
    assert "Ring: 070-123 45 67" in flat
    runs = [run for page in pdf.reader.pages for run in font_sizes(page)]
    small = {text for size, text in runs if size < BODY_SIZE}
    assert small == {"AMA Järpen · 2026-11-20"}, small  # only the title block's line under the title, as the plan's
    assert len(runs) > 30
