"""PDF and Excel documents made from domain data (reportlab, openpyxl). No Qt here.

Empty until the exports issue: plans, assessment reports, record copies, statistics."""
