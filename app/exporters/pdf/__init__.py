"""PDF documents (reportlab, no Qt). Each writer reads the open store and writes one PDF to the path
it is given; consent checks, the export log and atomic replacement are the calling service's work.

    write_plan_pdf(store, path, case_id=case.id, audience="klient")
"""

from app.exporters.pdf.forms import write_blank_form_pdf
from app.exporters.pdf.info_sheet import write_info_sheet_pdf
from app.exporters.pdf.log_extract import write_log_extract_pdf
from app.exporters.pdf.plan import write_plan_pdf
from app.exporters.pdf.record import write_record_pdf
from app.exporters.pdf.report import write_report_pdf

__all__ = ["write_blank_form_pdf", "write_info_sheet_pdf", "write_log_extract_pdf", "write_plan_pdf",
           "write_record_pdf", "write_report_pdf"]
