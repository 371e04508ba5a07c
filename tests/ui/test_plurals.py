"""Swedish is the source language, so its counted texts (``tr("%n klienter", "", n)``) get their
singular only from resources/translations/atama_plurals_sv.ts: every one needs its entry there."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from app.paths import resources_dir


def _counted(pattern: str) -> set[tuple[str, str]]:
    found = set()
    for ts in (resources_dir() / "translations").glob(pattern):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            found |= {(name, m.findtext("source")) for m in context.iter("message") if m.get("numerus") == "yes"}
    return found


def test_every_counted_text_of_the_screens_has_its_swedish_singular():
    in_code = _counted("atama_*_en.ts")  # the catalogues lupdate keeps from the code
    assert in_code and in_code <= _counted("atama_plurals_sv.ts")


def test_one_client_is_1_klient_and_an_assessment_with_one_item_left_says_so(qtbot):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "%n klienter", "", 1) == "1 klient"
    assert QCoreApplication.translate("MainWindow", "%n klienter", "", 2) == "2 klienter"
    assert QCoreApplication.translate("AssessmentForm", " · %n påståenden kvar att bedöma", "", 1) \
        == " · 1 påstående kvar att bedöma"


def test_a_single_row_entry_or_backup_count_is_singular(qtbot):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("LogReviewPage", "%n rader, senast först", "", 1) == "1 rad, senast först"
    assert QCoreApplication.translate("UnsignedDialog", "%n poster signerade.", "", 1) == "1 post signerad."
    assert QCoreApplication.translate("BackupCounts", "%n ärenden", "", 1) == "1 ärende"
    assert QCoreApplication.translate("BackupCounts", "%n ärenden", "", 3) == "3 ärenden"
