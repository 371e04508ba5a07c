"""The UI tests' own setting: no start-up backup unless a test asks for it (its worker thread would
write a log row while a test counts them). tests/ui/test_backup_dialog.py turns it on."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_backup_at_start(monkeypatch):
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "backup_at_start", False)
