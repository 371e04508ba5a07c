"""A step started and finished after the fact: the step form's Datum is the day it happened, and the
state line shows that day and when it was recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.case_page import CasePage
from tests.ui.helpers import with_modal


def test_the_step_form_starts_and_finishes_a_step_on_the_day_given(qtbot, store, case):
    page = CasePage(store, case.id)
    qtbot.addWidget(page)
    form = page.form("informera")
    assert form.event_date.iso() == "2026-11-20"  # today
    form.event_date.set_iso("2026-11-03")
    form.start_button.click()
    status = store.process.statuses(case.id)["informera"]
    assert (status.started_on, status.started_at) == ("2026-11-03", "2026-11-20 10:00:00")
    assert "påbörjat 2026-11-03 (registrerat 2026-11-20 10:00 av Anna Andersson)" in form.state_label.text()
    assert form.event_date.iso() == "2026-11-20"  # the next action is today again unless told

    form.editors["informera.vad_arbetsterapi"].setPlainText("Ja, muntligt.")  # answered: no question first
    form.event_date.set_iso("2026-11-01")  # before the referral (2026-11-02): refused, said why
    seen = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    with_modal(read, form.complete_button.click, QMessageBox)
    assert seen == ["Datum kan inte ligga före remissdatum (2026-11-02)."]
    assert store.process.statuses(case.id)["informera"].state == "pagar"

    form.event_date.set_iso("2026-11-04")
    form.complete_button.click()
    status = store.process.statuses(case.id)["informera"]
    assert (status.state, status.completed_on) == ("klar", "2026-11-04")
    assert "klart 2026-11-04 (registrerat 2026-11-20 10:00 av Anna Andersson)" in form.state_label.text()


def test_the_step_history_shows_the_day_it_happened_and_when_it_was_recorded(qtbot, store, case):
    store.process.start(case.id, "informera", on="2026-11-03")
    page = CasePage(store, case.id)
    qtbot.addWidget(page)
    model = page.history_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
               for c in range(model.columnCount())]
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert headers[:3] == ["Datum", "Registrerat", "Steg"]
    assert row[:3] == ["2026-11-03", "2026-11-20 10:00", "Informera"]
