"""The UI tests' own setting: no start-up backup unless a test asks for it (its worker thread would
write a log row while a test counts them). tests/ui/test_backup_dialog.py turns it on. Nor the
quick check after the first paint: a worker thread reading a file the test is about to remove
(tests/models/test_file_check.py tests the check itself)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_backup_at_start(monkeypatch):
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "backup_at_start", False)
    monkeypatch.setattr(MainWindow, "_start_quick_check", lambda self: None)


@pytest.fixture(autouse=True)
def fresh_preferences():
    """Each test starts with no remembered window size, splitters or open tabs (app/ui/preferences.py),
    and leaves none behind: a window closed in one test would otherwise place the next one's."""
    from app.ui import preferences

    preferences.settings().clear()
    yield
    preferences.settings().clear()
