"""Shared test setup: Qt runs offscreen; every test gets its own database file."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.models.store import Store  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "atama.sqlite"


@pytest.fixture
def fixed_now():
    return dt.datetime(2026, 11, 20, 10, 0, 0)


@pytest.fixture
def store(db_path, fixed_now):
    s = Store.open(db_path, clock=lambda: fixed_now)
    user = s.users.add("Anna Andersson", "arbetsterapeut")
    s.users.sign_in(user.id)
    yield s
    s.close()
