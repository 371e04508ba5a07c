"""Every PDF document the export service writes, read by poppler as a reader's program would: the
text comes out (å ä ö and the client's name as written), and every font is ATAMA's own, embedded
(a reader's machine has no copy to fall back on). Skipped without poppler, except in CI
(tests/exporters/consumers.py)."""

from __future__ import annotations

import pytest

from app.exporters.service import Exports
from app.models.erasure import ErasureInput
from tests.exporters.consumers import pdf_fonts, pdf_text, require_tool
from tests.exporters.meeting_support import plan_gk, record_gk
from tests.exporters.pdf_support import NORDIC_FIRST, NORDIC_LAST

DOCUMENTS = {  # name: (export, whether the client's name is in it)
    "plan-klient": (lambda e, c: e.plan(c.case.id, "klient", c.out / "plan-klient.pdf"), True),
    "plan-af": (lambda e, c: e.plan(c.case.id, "af", c.out / "plan-af.pdf"), True),
    "report-klient": (lambda e, c: e.report(c.case.id, "klient", c.out / "report-klient.pdf"), True),
    "report-fk": (lambda e, c: e.report(c.case.id, "fk", c.out / "report-fk.pdf"), True),
    "record": (lambda e, c: e.record(c.case.id, c.out / "record.pdf"), True),
    "log_extract": (lambda e, c: e.log_extract(c.client.id, c.out / "log.pdf"), True),
    "blank_form": (lambda e, c: e.blank_form("weis-s", c.out / "form.pdf"), False),
    "info_sheet": (lambda e, c: e.info_sheet(c.out / "info.pdf"), False),
    "erasure_letter": (lambda e, c: e.erasure_letter(
        e.store.erasure.record(c.client.id, ErasureInput("2026-11-18", "brev", "Ta bort allt om mig.")).id,
        c.out / "erasure.pdf"), True),
    "invitation-klient": (lambda e, c: e.invitation(plan_gk(e.store, c.case.id).id, c.out / "kallelse.pdf"), True),
    "invitation-af": (lambda e, c: e.invitation(plan_gk(e.store, c.case.id).id, c.out / "kallelse-af.pdf", "af"), True),
    "meeting_record": (lambda e, c: e.meeting_record(_held(e.store, c), c.out / "mote.pdf"), True),
    "meeting_record-lattlast": (lambda e, c: e.meeting_record(_held(e.store, c), c.out / "mote-l.pdf", easy_read=True),
                                True),
}


def _held(store, case) -> int:
    meeting = plan_gk(store, case.case.id)
    return record_gk(store, meeting.id, case.plan.sub_goals[0].id).id


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_poppler_reads_every_pdf_document(store, pdf_case, tmp_path, name):
    require_tool("pdffonts", "poppler-utils")
    export, names_client = DOCUMENTS[name]
    pdf_case.out = tmp_path
    path = export(Exports(store), pdf_case)
    text = pdf_text(path)
    assert text.strip() and "\ufffd" not in text, name
    if names_client:
        assert NORDIC_FIRST in text and NORDIC_LAST in text, name
    fonts = pdf_fonts(path)
    assert fonts, name
    assert [f for f in fonts if not f.embedded or f.type == "Type 3"] == [], name
    assert {f.family for f in fonts} <= {"DejaVuSans"}, (name, fonts)
