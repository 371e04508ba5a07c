"""The desktop app's own files (issue 12): the user data folder 0700 and atama.log 0600 (a
traceback may name a client), and a start removes what a crashed export left."""

from __future__ import annotations

import importlib
import logging
import os
import stat

import pytest

desktop = importlib.import_module("app.ui.app")  # "from app.ui import app" finds the package app


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="modes are left alone on Windows (NTFS ACLs)")
def test_the_log_is_0600_in_a_0700_user_data_folder(tmp_path, monkeypatch):
    data = tmp_path / "ATAMA"
    monkeypatch.setenv("ATAMA_DATA_DIR", str(data))
    monkeypatch.setattr(logging, "basicConfig", lambda **kwargs: kwargs["filename"].touch())
    old = os.umask(0o022)
    try:
        desktop._setup_logging()
    finally:
        os.umask(old)
    assert (mode(data), mode(data / "atama.log")) == (0o700, 0o600)


def test_a_start_cleans_up_before_the_window_opens(monkeypatch):
    """run_app calls the cleanup (app/temp_files.py) before anything else can export."""
    calls = []
    monkeypatch.setattr(desktop, "_no_screen", lambda: False)
    monkeypatch.setattr(desktop, "_setup_logging", lambda: calls.append("log"))
    monkeypatch.setattr("app.temp_files.clean_leftovers", lambda: calls.append("clean") or [])
    monkeypatch.setattr(desktop, "open_main_window", lambda db_path: calls.append("window"))
    assert desktop.run_app(db_path=None) == 1  # type: ignore[arg-type]
    assert calls == ["log", "clean", "window"]
