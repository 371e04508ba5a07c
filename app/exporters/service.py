"""Every document the app makes goes through here: the consent check for a third party (a consent in
force that covers what the document holds), the atomic write, the export log (which records went
out, into which folder; a refused attempt too, with its message), and the access log's EXPORT row
(what, for whom, which version), which lands in the same transaction as the export log's row. The
CLI and the UI call these; the writers (pdf/, xlsx/) only turn data into a file.

    Exports(store).plan(case_id, "af", Path("plan.pdf"))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.exporters.atomic import ExportFailed, write_atomically
from app.exporters.cancel import Progress
from app.models import recipients
from app.models.access_log import EXPORT_LIMIT, LogAction
from app.models.errors import RuleError
from app.models.export_log import DOCUMENT_LABELS
from app.models.log_entries import LogFilter

if TYPE_CHECKING:
    from app.models.retention import DisposalResult
    from app.models.store import Store


class Exports:
    def __init__(self, store: Store):
        self.store = store

    # -- case documents (PDF) ---------------------------------------------------------------
    def plan(self, case_id: int, audience: str, target: str | Path, version_id: int | None = None,
             easy_read: bool = False) -> Path:
        """``easy_read``: the client's plan in easy Swedish (lättläst); the client's only."""
        from app.exporters.pdf import write_plan_pdf
        from app.exporters.pdf.plan import check_easy_read

        if easy_read:
            check_easy_read(audience)
        version = self.store.plans.get(version_id) if version_id else (
            self.store.plans.in_force(case_id) or self.store.plans.latest(case_id))
        details = (f"version {version.version}" if version else "") + (", lättläst" if easy_read else "")
        return self._export("plan", target, lambda tmp: write_plan_pdf(
            self.store, tmp, case_id=case_id, audience=audience, version_id=version_id, easy_read=easy_read),
            recipient=audience, case_id=case_id, details=details,
            prepare=lambda: f"plan_version:{version.id}" if version else "")

    def report(self, case_id: int, audience: str, target: str | Path) -> Path:
        """The assessment report; the export log names the administrations, the conclusion, the
        plan version evaluated and the closure it held."""
        from app.exporters.pdf.report import ReportContents, report_contents, write_report_pdf

        gathered: list[ReportContents] = []

        def prepare() -> str:
            gathered.append(report_contents(self.store, case_id, audience))
            return gathered[0].log_items

        return self._export("report", target, lambda tmp: write_report_pdf(
            self.store, tmp, case_id=case_id, audience=audience, contents=gathered[0]),
            recipient=audience, case_id=case_id, prepare=prepare)

    def record(self, case_id: int, target: str | Path, progress: Progress | None = None) -> Path:
        """Journalkopia: the client's own copy (right of access), so no consent is needed.
        ``progress`` may raise Cancelled (app/exporters/cancel.py): then no file and no log entry."""
        from app.exporters.pdf import write_record_pdf

        return self._export("record", target, lambda tmp: write_record_pdf(
            self.store, tmp, case_id=case_id, progress=progress),
            recipient=recipients.RecipientKey.CLIENT, case_id=case_id)

    # -- a collaboration meeting's documents (issue 16) ------------------------------------------
    def invitation(self, meeting_id: int, target: str | Path, audience: str = recipients.RecipientKey.CLIENT) -> Path:
        """Kallelse: a PDF, or the calendar file when ``target`` ends in .ics. The client's copy
        always; an organisation's only when it takes part and under the client's consent in force."""
        from app.exporters.pdf.invitation import invitation_recipient, write_invitation_pdf
        from app.exporters.pdf.meeting_parts import require_not_cancelled

        meeting = self.store.meetings.get(meeting_id)
        calendar = Path(target).suffix.lower() == ".ics"
        if calendar:
            from app.exporters.ics import write_meeting_ics

            def write(tmp: Path) -> None:
                write_meeting_ics(self.store, tmp, meeting_id=meeting_id)
        else:
            def write(tmp: Path) -> None:
                write_invitation_pdf(self.store, tmp, meeting_id=meeting_id, audience=audience)

        def prepare() -> str:
            if not calendar:  # a cancelled meeting's calendar file says so (STATUS:CANCELLED)
                require_not_cancelled(meeting)
            invitation_recipient(meeting, audience)
            return f"meeting:{meeting.id}"

        details = ", ".join(part for part in (_meeting_line(meeting), "kalenderfil" if calendar else "") if part)
        return self._export(recipients.MeetingDocument.INVITATION, target, write, recipient=audience,
                            case_id=meeting.case_id, details=details, prepare=prepare)

    def meeting_record(self, meeting_id: int, target: str | Path, easy_read: bool = False) -> Path:
        """The client's record of a meeting held (their own: no consent); ``easy_read`` the lättläst one."""
        from app.exporters.pdf.meeting_parts import require_held
        from app.exporters.pdf.meeting_record import write_meeting_record_pdf

        meeting = self.store.meetings.get(meeting_id)

        def prepare() -> str:
            require_held(meeting)
            return f"meeting:{meeting.id}"

        details = _meeting_line(meeting) + (", lättläst" if easy_read else "")
        return self._export(recipients.MeetingDocument.MEETING_RECORD, target, lambda tmp: write_meeting_record_pdf(
            self.store, tmp, meeting_id=meeting_id, easy_read=easy_read),
            recipient=recipients.RecipientKey.CLIENT, case_id=meeting.case_id, details=details, prepare=prepare)

    def log_extract(self, client_id: int, target: str | Path) -> Path:
        """Loggutdrag (R6): who accessed the client's record, when and what; the client's own."""
        from app.exporters.pdf import write_log_extract_pdf

        self.store.clients.get(client_id)  # NotFound before any file is touched
        return self._export("log_extract", target, lambda tmp: write_log_extract_pdf(
            self.store, tmp, client_id=client_id), client_id=client_id, details="hela loggen",
            recipient_label=recipients.recipient(recipients.RecipientKey.CLIENT).label)

    def blank_form(self, instrument_id: str, target: str | Path, version: str | None = None) -> Path:
        from app.exporters.pdf import write_blank_form_pdf

        return self._export("form", target, lambda tmp: write_blank_form_pdf(
            self.store, tmp, instrument_id=instrument_id, version=version), details=instrument_id)

    def info_sheet(self, target: str | Path) -> Path:
        from app.exporters.pdf import write_info_sheet_pdf

        return self._export("info_sheet", target, lambda tmp: write_info_sheet_pdf(self.store, tmp))

    # -- erasure and retention (R7, R10) ----------------------------------------------------
    def erasure_letter(self, request_id: int, target: str | Path) -> Path:
        """The answer to a client's request for erasure: refused, with why and what they can do."""
        from app.exporters.pdf.erasure_letter import write_erasure_letter_pdf

        self.store.erasure.get(request_id)  # NotFound before any file is touched
        path = self._export("erasure_letter", target, lambda tmp: write_erasure_letter_pdf(
            self.store, tmp, request_id=request_id), details=f"begäran om radering {request_id}")
        self.store.erasure.mark_answered(request_id)
        return path

    def archive_copy(self, case_id: int, folder: str | Path) -> Path:
        """The case's journal copy as the archive copy before a disposal, into ``folder`` (a new
        file, never over an earlier one), written atomically. Logged in the access log with the
        file; not in the export log, whose rows of the case the disposal removes."""
        from app.exporters.pdf import write_record_pdf
        from app.models.access_log import LogAction

        number = self.store.cases.get(case_id).case_number
        place = Path(folder).expanduser()
        if not place.is_dir():
            raise ExportFailed(f"Mappen {place} finns inte. Välj en mapp för arkivkopiorna.")
        target = place / f"Arkivkopia {number}.pdf"
        serial = 2
        while target.exists():
            target = place / f"Arkivkopia {number} ({serial}).pdf"
            serial += 1

        def publish(put_in_place) -> None:
            with self.store.transaction() as tx:
                self.store.access_log.record(LogAction.EXPORT, case_id=case_id, tx=tx,
                                             what=f"arkivkopia (journalkopia) inför gallring: {target.name}")
                put_in_place()

        return write_atomically(target, lambda tmp: write_record_pdf(self.store, tmp, case_id=case_id),
                                publish=publish)

    def dispose(self, case_ids: list[int], reference: str, folder: str | Path,
                progress: Callable[[int, int], None] | None = None) -> DisposalResult:
        """Disposal (gallring) under the decision ``reference``: each case's archive copy into
        ``folder`` first, then its rows (app/models/retention.py)."""
        if not Path(folder).expanduser().is_dir():
            raise ExportFailed(f"Mappen {folder} finns inte. Välj en mapp för arkivkopiorna.")
        return self.store.retention.dispose(case_ids, reference, progress=progress,
                                            archive=lambda case_id: self.archive_copy(case_id, folder))

    # -- statistics (Excel) -----------------------------------------------------------------
    def caseload(self, target: str | Path, user_id: int | None = None, include_closed: bool = True) -> Path:
        from app.exporters.xlsx import write_caseload_xlsx

        return self._export("caseload", target, lambda tmp: write_caseload_xlsx(
            self.store, tmp, user_id=user_id, include_closed=include_closed),
            details=f"användare {user_id}" if user_id else "alla")

    def finsam(self, target: str | Path, period_from: dt.date | str, period_to: dt.date | str) -> Path:
        """Uppföljning Finsam for the Samordningsförbund (it replaced SUS)."""
        from app.exporters.xlsx import write_finsam_xlsx

        start, end = period(period_from, period_to, required=True)
        assert start is not None and end is not None  # required: period() refused a missing day
        return self._export("finsam", target, lambda tmp: write_finsam_xlsx(
            self.store, tmp, period_from=start, period_to=end), details=f"{start}–{end}")

    def interventions(self, target: str | Path, period_from=None, period_to=None) -> Path:
        from app.exporters.xlsx import write_interventions_xlsx

        start, end = period(period_from, period_to)
        return self._export("interventions", target, lambda tmp: write_interventions_xlsx(
            self.store, tmp, period_from=start, period_to=end), details=f"{start or ''}–{end or ''}")

    def instrument_data(self, target: str | Path, instrument_id: str | None = None) -> Path:
        from app.exporters.xlsx import write_instrument_data_xlsx

        return self._export("instrument_data", target, lambda tmp: write_instrument_data_xlsx(
            self.store, tmp, instrument_id=instrument_id), details=instrument_id or "alla")

    def access_log(self, target: str | Path, log_filter: LogFilter) -> Path:
        """The log review's selection (a search, the others'-cases list or a sample) as Excel."""
        from app.exporters.xlsx import write_access_log_xlsx

        description = self.store.access_log.describe(log_filter)  # a bad period is refused here
        return self._export("access_log", target, lambda tmp: write_access_log_xlsx(
            self.store, tmp, log_filter=log_filter, limit=EXPORT_LIMIT), details=description,
            client_id=log_filter.client_id)

    def import_template(self, target: str | Path) -> Path:
        from app.exporters.xlsx import write_import_template

        # no personal data: not logged
        return write_atomically(target, lambda tmp: write_import_template(tmp, self.store))

    # -- the common path --------------------------------------------------------------------
    def require_consent(self, case_id: int, document: str, recipient: str) -> None:
        """Refuse a case document for a recipient it is not made for, or for a third party without
        the client's consent in force covering what the document holds (OSL; rules R9). The window
        asks before it asks for a file name; a refusal is logged as a refused attempt. A report
        also waits for its conclusion's signature, said here too before a file name is asked for."""
        try:
            self.store.consents.for_document(case_id, recipient, document)
            if document == recipients.Document.REPORT:
                from app.exporters.pdf.report import require_signed_conclusion

                require_signed_conclusion(self.store, case_id)
        except RuleError as refusal:
            self._log_refusal(document, recipient, case_id, refusal)
            raise

    def _log_refusal(self, document: str, recipient: str, case_id: int, refusal: RuleError,
                     target: str | Path | None = None) -> None:
        place = _place(target) if target is not None else ("", "")
        self.store.export_log.record(document, recipient=recipient, case_id=case_id, file_name=place[1],
                                     folder=place[0], refusal=str(refusal))

    def _export(self, document: str, target: str | Path, write: Callable[[Path], None], *,
                recipient: str = "", case_id: int | None = None, details: str = "",
                client_id: int | None = None, recipient_label: str = "",
                prepare: Callable[[], str] | None = None) -> Path:
        """``prepare`` checks what the document may hold and returns the export log's ``contents``
        (kind:id of the records in it); its refusal, like the consent's, is logged and raised."""
        if case_id is not None:
            self.store.cases.get(case_id)  # NotFound before any file is touched
        if recipient and case_id is None:
            raise TypeError(f"{document}: a document made for a recipient needs its case_id")
        contents = ""
        try:
            if recipient:
                assert case_id is not None
                self.store.consents.for_document(case_id, recipient, document)
            if prepare is not None:
                contents = prepare()
        except RuleError as refusal:
            if case_id is not None:
                self._log_refusal(document, recipient, case_id, refusal, target)
            raise
        folder, name = _place(target)
        if recipient:
            recipient_label = recipients.recipient(recipient).label
        if recipient_label == recipients.recipient(recipients.RecipientKey.CLIENT).label:
            recipient_label = recipient_label.lower()  # "till klienten"; agencies keep their capital
        what = ", ".join(part for part in (DOCUMENT_LABELS.get(document, document),
                                           f"till {recipient_label}" if recipient_label else "",
                                           details, name) if part)

        def publish(put_in_place) -> None:
            # The log entries and the file appear together: if any fails, none is there.
            with self.store.transaction() as tx:
                self.store.export_log.record(document, recipient=recipient, case_id=case_id, details=details,
                                             file_name=name, folder=folder, contents=contents)
                self.store.access_log.record(LogAction.EXPORT, case_id=case_id, client_id=client_id, what=what,
                                             tx=tx)
                put_in_place()

        return write_atomically(target, write, publish=publish)


def _meeting_line(meeting) -> str:
    """"Gemensam kartläggning 2026-12-10 09:00": which meeting, in the export log and the access log."""
    return f"{meeting.kind_label} {meeting.starts_at.replace('T', ' ')[:16]}"


def _place(target: str | Path) -> tuple[str, str]:
    """(the folder, the file name) of a document as the export log keeps them: the folder absolute."""
    path = Path(target).expanduser()
    return str(path.absolute().parent), path.name


def period(start, end, required: bool = False) -> tuple[dt.date | None, dt.date | None]:
    """A reporting period from dates or ISO text; messages name the field."""
    from app.models.fields import FieldCheck

    check = FieldCheck()
    first = check.date("from", "Periodens första dag", start, required=required)
    last = check.date("to", "Periodens sista dag", end, required=required)
    if first and last and last < first:
        check.fail("to", "Periodens sista dag kan inte ligga före den första.")
    check.raise_if_any()
    return first, last
