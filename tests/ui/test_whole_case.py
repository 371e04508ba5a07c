"""A therapist's whole case through the real main window: first start, new client, a case through
all five steps, a note and a consent; then a restart on the same file finds everything. The file is
encrypted from the first start on, and the restart opens it with the password."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import encryption
from app.models.sqlite_driver import has_sqlite_header
from app.ui.app import create_application, open_main_window
from app.ui.case_dialog import CaseDialog
from app.ui.case_page import CasePage
from app.ui.client_dialog import ClientDialog
from app.ui.client_page import ClientPage
from app.ui.closure_dialog import ClosureDialog
from app.ui.encryption_dialogs import RecoveryKeyDialog, UnlockDialog
from app.ui.user_dialog import UserDialog
from tests.ui.helpers import type_text, with_modal, with_modals

PNR = "19121212-1212"  # Skatteverket's published test number (Tolvan Tolvansson)


PASSWORD = "annas lösenord"


def _create_profile(dialog: UserDialog, qtbot) -> None:
    type_text(dialog.name, "Anna Andersson")
    dialog.title.set_key("arbetsterapeut")
    type_text(dialog.password, PASSWORD)
    type_text(dialog.repeat, PASSWORD)
    dialog.create()


def _note_recovery_key(dialog: RecoveryKeyDialog, shown: list[str]) -> None:
    shown.append(dialog.key_label.text())
    dialog.done_button.click()
    assert dialog.isVisible(), "closes only once the key is confirmed written down"
    dialog.confirmed.click()
    dialog.done_button.click()


def _unlock(dialog: UnlockDialog) -> None:
    assert dialog.users.currentItem().text() == "Anna Andersson"
    type_text(dialog.password, PASSWORD)
    dialog.open_button.click()


def _fill_client(dialog: ClientDialog, qtbot) -> None:
    type_text(dialog.first_name, "Tolvan")
    type_text(dialog.last_name, "Tolvansson")
    type_text(dialog.pnr, "121212-1213")  # wrong check digit first
    dialog.gender.set_key("man")
    dialog.save()
    assert dialog.isVisible(), "a bad personnummer must keep the dialog open"
    assert "Kontrollsiffran" in dialog.errors.message("personnummer")
    dialog.pnr.clear()
    type_text(dialog.pnr, PNR)
    dialog.save()


def _fill_case(dialog: CaseDialog, qtbot) -> None:
    dialog.referred_by.set_key("arbetsledare")
    dialog.target_group.set_key("ama_medarbetare")
    type_text(dialog.reason, "Ont i ryggen vid lyft; vill klara hela arbetsdagar.")
    dialog.save()  # the situation at the start is asked for: refused until it is filled in
    assert dialog.errors.message("before.occupation") == "Välj sysselsättning före."
    dialog.before_box.occupation.setCurrentIndex(1)
    dialog.before_box.income.setCurrentIndex(1)
    dialog.before_box.percent.setValue(50)
    assert dialog.before_box.support.key() == ""  # optional: "Ej angivet" until chosen
    dialog.before_box.support.set_key("1_2_ar")
    dialog.save()


def _fill_closure(dialog: ClosureDialog) -> None:
    dialog.save()  # no outcome yet: refused at the field
    assert dialog.errors.message("outcome") == "Välj utfall."
    dialog.outcome.setCurrentIndex(1)  # the first outcome in the list
    assert dialog.continued_purpose.toPlainText() == "Ingen fortsatt arbetsterapi behövs."  # from Avsluta
    assert dialog.before_box is None  # recorded when the case opened
    dialog.after_box.occupation.setCurrentIndex(2)
    dialog.after_box.income.setCurrentIndex(1)
    dialog.after_box.percent.setValue(100)
    dialog.save()


def _answer(page: CasePage, qtbot, step: str, question: str, text: str) -> None:
    page.show_step(step)
    editor = page.form(step).editors[question]
    editor.setFocus()
    type_text(editor, text)
    # saved as the user types: the debounce writes it without any further action
    qtbot.waitUntil(lambda: page.store.process.answers(page.case_id).get(question) == text, timeout=3000)


def test_whole_case_survives_restart(qtbot, db_path, monkeypatch):
    create_application([])
    # The first start makes the database, encrypted: the administrator, then the recovery key once.
    shown: list[str] = []
    window = with_modals([(lambda d: _create_profile(d, qtbot), UserDialog),
                          (lambda d: _note_recovery_key(d, shown), RecoveryKeyDialog)],
                         lambda: open_main_window(db_path))
    assert window is not None and window.store.encrypted
    assert not has_sqlite_header(db_path) and len(shown[0]) == 39
    qtbot.addWidget(window)
    assert window.store.users.current().name == "Anna Andersson"

    with_modal(lambda d: _fill_client(d, qtbot), window.new_client_action.trigger, ClientDialog)
    client_page = window.tabs.currentWidget()
    assert isinstance(client_page, ClientPage)
    assert window.model.rowCount() == 1

    with_modal(lambda d: _fill_case(d, qtbot), client_page.new_case_button.click, CaseDialog)
    page = window.tabs.currentWidget()
    assert isinstance(page, CasePage)

    # Planera cannot start before the survey
    assert not page.form("planera").start_button.isEnabled()
    assert "Kartläggningen kommer först" in page.form("planera").banner.text()

    _answer(page, qtbot, "informera", "informera.vad_arbetsterapi", "Ja, muntligt och med informationsbladet.")
    page.form("informera").complete_button.click()
    _answer(page, qtbot, "utreda", "utreda.vem", "Tolvan, 50 år, i AMA:s snickeri sedan oktober.")
    page.form("utreda").complete_button.click()
    _answer(page, qtbot, "planera", "planera.plan", "Rullvagn och ny lyftteknik, uppföljning om fyra veckor.")
    page.form("planera").complete_button.click()
    _answer(page, qtbot, "utvardera", "utvardera.maluppfyllelse", "Målet nått: arbetar hela dagar.")
    page.form("utvardera").complete_button.click()
    _answer(page, qtbot, "avsluta", "avsluta.syfte", "Ingen fortsatt arbetsterapi behövs.")
    with_modal(_fill_closure, page.form("avsluta").complete_button.click, ClosureDialog)

    statuses = page.store.process.statuses(page.case_id)
    assert [s.state for s in statuses.values()] == ["klar"] * 5
    assert "Klar" in page.stepper.buttons["avsluta"].text()
    assert page.form("utreda").editors["utreda.vem"].isReadOnly()

    page.show_side(page.notes)
    page.notes.new_note()
    type_text(page.notes.text, "Avslutande samtal med klienten och arbetsledaren.")
    page.notes.save_button.click()
    assert page.notes.model.rowCount() == 1

    case_number = page.store.cases.get(page.case_id).case_number
    window.close()
    window.store.close()

    # Restart on the same file: everything is there (with the key Anna's password unwraps).
    store = encryption.open_database(db_path, window.store.user_id, PASSWORD)
    try:
        assert store.clients.search_ids("tolvan")
        client_id = store.clients.search_ids("1212121212")[0]
        case = store.cases.for_client(client_id)[0]
        assert case.case_number == case_number
        assert case.status == "avslutad"
        closure = store.closure.get(case.id)
        assert closure is not None and closure.outcome == "reguljar_anstallning"
        assert closure.after.occupation_percent == 100
        assert store.closure.before(case.id).occupation_percent == 50
        assert store.closure.before(case.id).public_support_time == "1_2_ar"
        assert store.process.answers(case.id)["planera.plan"].startswith("Rullvagn")
        assert [n.text for n in store.notes.for_case(case.id)] == [
            "Avslutande samtal med klienten och arbetsledaren."]
    finally:
        store.close()

    # The next start asks for the password once: it opens the file and signs Anna in.
    window2 = with_modal(_unlock, lambda: open_main_window(db_path), UnlockDialog)
    qtbot.addWidget(window2)
    assert window2.store.users.current().name == "Anna Andersson"
    type_text(window2.search, "tolv")
    assert window2.model.rowCount() == 1
    assert window2.model.rows[0].current_step == "Avslutat"
    qtbot.keyClick(window2.search, Qt.Key.Key_Return)
    client_tab = window2.tabs.currentWidget()
    assert isinstance(client_tab, ClientPage)
    client_tab.openCase.emit(client_tab.cases_model.record(0).id)
    reopened = window2.tabs.currentWidget()
    assert isinstance(reopened, CasePage)
    assert reopened.form("utvardera").editors["utvardera.maluppfyllelse"].toPlainText() == \
        "Målet nått: arbetar hela dagar."
    window2.close()
    window2.store.close()
