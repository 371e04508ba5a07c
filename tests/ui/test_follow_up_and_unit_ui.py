"""Recording a plan follow-up from the plan page, and the unit's identity under Arkiv, as a user
meets them: keyboard, accessible names, Swedish messages at the field, typed text kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget

from app.ui.follow_up_dialog import FollowUpDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.unit_dialog import UnitForm
from tests.builders import add_user, agreed_plan, sign_in_as
from tests.ui.helpers import main_window, type_text, with_modal


def inputs(dialog) -> list[QWidget]:
    """The fields a user types in (a date field's own inner line edit is part of the date field)."""
    from PySide6.QtWidgets import QLineEdit

    from app.ui.widgets import DateEdit

    return [w for w in dialog.findChildren(QWidget) if isinstance(w, (QLineEdit, QPlainTextEdit, DateEdit))
            and not isinstance(w.parent(), DateEdit)]


def every_input_is_named_and_labelled(dialog) -> None:
    """Screen readers say each field's name; Alt+letter on its label (its buddy) reaches it."""
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    fields = inputs(dialog)
    assert len(fields) >= 4
    for widget in fields:
        assert widget.accessibleName(), widget
        assert widget in buddies, widget.accessibleName()


def test_a_follow_up_is_recorded_from_the_plan_page(qtbot, store, case):
    window = main_window(qtbot, store)
    page = window.open_plan(case.id)
    assert not page.follow_up_button.isEnabled()  # no agreed plan yet
    assert "inte överenskommen" in page.follow_up_button.toolTip()
    agreed_plan(store, case.id)
    page.reload()
    assert page.follow_up_button.isEnabled() and page.follow_up_button.text() == "Registrera upp&följning…"
    assert page.follow_up_button.accessibleName() == "Registrera uppföljning av planen"
    assert "Ingen uppföljning av planen är registrerad." in page.follow_ups.text()

    seen = []

    def fill(dialog: FollowUpDialog) -> None:
        every_input_is_named_and_labelled(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note)  # ready for typing at once
        assert dialog.participants.toPlainText() == "Klienten, arbetsterapeuten"  # the agreement's, to edit
        type_text(dialog.note, "Morgonpassen går bra; två sena dagar.")
        dialog.participants.setPlainText("")
        type_text(dialog.participants, "Klienten och arbetsledaren Per")
        dialog.next.set_iso("2026-11-19")  # before the follow-up: refused at the field
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
        message = dialog.findChild(QLabel, "error_next_follow_up")
        seen.append(message.text())
        assert dialog.isVisible() and dialog.note.toPlainText() == "Morgonpassen går bra; två sena dagar."
        dialog.next.set_iso("2027-01-15")
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)

    with_modal(fill, page.follow_up_button.click, FollowUpDialog)
    assert seen and "Nästa uppföljning" in seen[0]
    [held] = store.plans.follow_ups(case.id)
    assert (held.follow_up_date, held.note, held.participants, held.next_follow_up) == (
        "2026-11-20", "Morgonpassen går bra; två sena dagar.", "Klienten och arbetsledaren Per", "2027-01-15")
    assert "2026-11-20" in page.follow_ups.text() and "Klienten och arbetsledaren Per" in page.follow_ups.text()
    assert "nästa uppföljning 2027-01-15" in page.status.text()


def test_the_next_follow_up_is_set_from_the_start_and_saving_keeps_the_plan_current(qtbot, store, case, tmp_path):
    agreed_plan(store, case.id)  # its next follow-up 2026-12-20
    dialog = FollowUpDialog(store, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.next.iso() == "2026-12-20"  # the plan's, agreed
    assert not dialog.hint.isVisible()  # "Utan nästa uppföljning …" only when it is left out
    dialog.grab().save(str(tmp_path / "follow_up.png"))
    dialog.held.set_iso("2026-11-02")  # a follow-up held earlier, recorded now: the proposal stays
    assert dialog.next.iso() == "2026-12-20"
    dialog.next.line.clear()  # emptied: no next follow-up
    assert dialog.hint.isVisible()
    dialog.next.set_iso("2026-12-20")
    assert not dialog.hint.isVisible()
    dialog.held.set_iso("2026-11-20")
    type_text(dialog.note, "Morgonpassen går bra.")
    qtbot.keyClick(dialog.held.line, Qt.Key.Key_Return)  # Enter: the default button
    assert dialog.result is not None and dialog.result.next_follow_up == "2026-12-20"
    assert store.plans.is_current(case.id)


def test_the_proposal_follows_the_follow_up_date_until_the_user_sets_one(qtbot, store, case):
    import datetime as dt

    agreed_plan(store, case.id)
    store._clock = lambda: dt.datetime(2027, 1, 10, 10, 0)  # noqa: SLF001 - the plan's 2026-12-20 has passed
    dialog = FollowUpDialog(store, case.id)
    qtbot.addWidget(dialog)
    assert dialog.held.iso() == "2027-01-10" and dialog.next.iso() == "2027-02-07"  # four weeks on, not today
    dialog.held.set_iso("2027-01-08")
    assert dialog.next.iso() == "2027-02-05"
    dialog.next.set_iso("2027-03-01")  # the user's own date is kept
    dialog.held.set_iso("2027-01-09")
    assert dialog.next.iso() == "2027-03-01"


def test_the_units_page_of_the_settings_saves_the_identity_and_ones_contact(qtbot, store, tmp_path):
    from tests.exporters.plan_builders import logo_file

    window = main_window(qtbot, store)
    logo = logo_file(tmp_path)
    seen = []

    def fill(dialog: SettingsDialog) -> None:
        unit, me = dialog.unit.form, dialog.profile.contact
        every_input_is_named_and_labelled(unit)
        assert all(w.accessibleName() for w in inputs(me))
        qtbot.waitUntil(lambda: QApplication.focusWidget() is unit.municipality)
        type_text(unit.municipality, "Åre kommun")
        unit.name.clear()
        type_text(unit.name, "AMA Järpen")
        type_text(unit.phone, "0647-161 00")
        type_text(unit.email, "ama.are.se")  # no @: refused at the field
        type_text(unit.logo_path, str(logo))
        dialog.show_page("profile")
        type_text(me.my_phone, "070-123 45 67")
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
        seen.append(dialog.findChild(QLabel, "error_email").text())
        assert dialog.isVisible() and unit.municipality.text() == "Åre kommun"
        unit.email.clear()
        type_text(unit.email, "ama@are.se")
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)

    with_modal(fill, window.unit_action.trigger, SettingsDialog)
    assert "E-post: skriv en adress som namn@kommun.se." in seen[0]
    identity = store.unit.identity()
    assert (identity.heading, identity.phone, identity.email, identity.logo_kind) == (
        "Åre kommun · AMA Järpen", "0647-161 00", "ama@are.se", "png")
    assert store.users.current().phone == "070-123 45 67"


def test_someone_not_an_administrator_sees_the_unit_read_only_and_sets_their_contact(qtbot, store, tmp_path):
    from tests.exporters.plan_builders import unit_identity

    unit_identity(store)
    bo = add_user(store, "Bo Berg")
    sign_in_as(store, bo.id)
    dialog = UnitForm(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "unit_read_only.png"))
    # the unit's fields are text, not fields that look editable or take the focus
    editable = {w.accessibleName() for w in inputs(dialog)}
    assert editable == {"Ditt telefonnummer", "Din e-postadress"}, editable
    assert not [b for b in dialog.findChildren(QWidget) if b.accessibleName() == "Välj logotypfil"]
    assert dialog.shown["name"].text() == "AMA Järpen" and dialog.shown["email"].text() == "ama@are.se"
    assert dialog.shown["municipality"].focusPolicy() in (Qt.FocusPolicy.NoFocus, Qt.FocusPolicy.ClickFocus)
    note = dialog.findChild(QLabel, "unit_read_only_note").text()
    assert note == "Bara en administratör kan ändra enhetens uppgifter (Anna Andersson)."
    assert dialog.first_field() is dialog.my_phone  # where the settings window puts the focus
    type_text(dialog.my_email, "bo.berg")  # no domain: the message names his own address as example
    assert not dialog.save()
    assert dialog.findChild(QLabel, "error_my_email").text() == \
        "Din e-postadress: skriv en adress som bo.berg@are.se."
    dialog.my_email.clear()
    type_text(dialog.my_email, "bo.berg@are.se")
    assert dialog.save()
    assert store.users.get(bo.id).email == "bo.berg@are.se"
    assert store.unit.identity().name == "AMA Järpen"


def test_the_easy_read_plan_is_one_choice_in_the_documents_menu(qtbot, store, case, monkeypatch, tmp_path):
    from app.ui.export_actions import ExportRunner
    from tests.exporters.pdf_support import pdf_read

    agreed_plan(store, case.id)
    offered = []
    monkeypatch.setattr(ExportRunner, "ask_path", lambda self, name: tmp_path / name)
    monkeypatch.setattr(ExportRunner, "offer_open", lambda self, path: offered.append(path))
    window = main_window(qtbot, store)
    page = window.open_case(case.id)
    page.document_actions[("plan", "klient_lattlast")].trigger()
    [path] = offered
    assert path.name == f"Utvecklingsplan lättläst {case.case_number} 2026-11-20.pdf"
    pdf = pdf_read(path)
    assert "Din plan – lättläst" in pdf.text and "Delmål 1 av 1" in pdf.text
