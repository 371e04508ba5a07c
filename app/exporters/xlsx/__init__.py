"""Excel workbooks (openpyxl, no Qt). Each writer is ``write_xxx(store, target, **options)`` and
writes one .xlsx to ``target``; consent checks, the export log and temporary files are the caller's
(app/exporters/service.py)."""

from app.exporters.xlsx.access_log import write_access_log_xlsx
from app.exporters.xlsx.caseload import write_caseload_xlsx
from app.exporters.xlsx.finsam import write_finsam_xlsx
from app.exporters.xlsx.import_template import write_import_template
from app.exporters.xlsx.instrument_data import write_instrument_data_xlsx
from app.exporters.xlsx.interventions import write_interventions_xlsx

__all__ = [
    "write_access_log_xlsx",
    "write_caseload_xlsx",
    "write_finsam_xlsx",
    "write_import_template",
    "write_instrument_data_xlsx",
    "write_interventions_xlsx",
]
