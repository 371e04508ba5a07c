"""The import dialog (app/ui/import_dialog.py) driven as a user does: a row whose personnummer is
another client's shows why in the preview and is not imported; rows the database no longer takes
at import time (changed since the preview) stay in the dialog with the reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.ui.import_dialog import ImportDialog
from tests.models.import_files import HEADER, row, workbook
from tests.support import make_pnr
from tests.ui.helpers import main_window, with_modal

PNR = make_pnr(dt.date(1985, 3, 12), 982)
OTHER_PNR = make_pnr(dt.date(1990, 5, 5), 984)


def _results(dialog: ImportDialog) -> dict[str, str]:
    model = dialog.model
    return {model.data(model.index(r, 1)): model.data(model.index(r, 4)) for r in range(model.rowCount())}


def test_a_row_naming_another_person_is_refused_in_the_preview(qtbot, store, add_client, tmp_path):
    existing = add_client(first_name="Ada", last_name="Importsson", personnummer=PNR)
    path = workbook(tmp_path / "lista.xlsx", HEADER,
                    row(Förnamn="Eva", Efternamn="Felsson", Personnummer=PNR, Kön="Kvinna",
                        Remissdatum="2026-11-02", Remittent="Chef", Målgrupp="Annan"),
                    row(Förnamn="Greta", Efternamn="Import", Personnummer=OTHER_PNR, Kön="Kvinna"))
    window = main_window(qtbot, store)

    def preview_then_import(dialog: ImportDialog) -> None:
        dialog.load(path)
        results = _results(dialog)
        assert "Ada Importsson" in results["Eva Felsson"] and "Jämförda namn" in results["Eva Felsson"]
        assert results["Greta Import"] == "Ny klient"
        tip = dialog.model.data(dialog.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
        assert tip == results["Eva Felsson"]  # the whole reason, however narrow the column
        assert dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None  # red
        assert dialog.import_button.text() == "&Importera 1 rad"
        dialog.import_button.click()

    with_modal(preview_then_import, window.export_actions["import"].trigger, ImportDialog)
    assert store.cases.for_client(existing.id) == []  # no case on Ada for Eva's row
    assert sorted(r["first_name"] for r in store.query("SELECT first_name FROM clients")) == ["Ada", "Greta"]


def test_rows_changed_since_the_preview_stay_in_the_dialog_with_the_reason(qtbot, store, add_client, tmp_path):
    path = workbook(tmp_path / "lista.xlsx", HEADER,
                    row(Förnamn="Ada", Efternamn="Importsson", Personnummer=PNR, Kön="Kvinna"),
                    row(Förnamn="Greta", Efternamn="Import", Personnummer=OTHER_PNR, Kön="Kvinna"))
    window = main_window(qtbot, store)
    seen: dict[str, str] = {}

    def preview_register_then_import(dialog: ImportDialog) -> None:
        dialog.load(path)
        add_client(first_name="Ada", last_name="Importsson", personnummer=PNR)  # meanwhile, elsewhere
        dialog.import_button.click()
        assert dialog.isVisible() and not dialog.import_button.isVisible()
        seen.update(_results(dialog))
        seen["summary"] = dialog.summary.text()
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()  # Stäng

    with_modal(preview_register_then_import, window.export_actions["import"].trigger, ImportDialog)
    assert list(seen) == ["Ada Importsson", "summary"]
    assert seen["Ada Importsson"].startswith("Ändrat sedan förhandsgranskningen: klienten har registrerats")
    assert "1 rad importerades inte" in seen["summary"]
    assert store.clients.count() == 2
    assert window.model.rowCount() == 2  # the window refreshed: the dialog was accepted
