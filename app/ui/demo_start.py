"""``--demo``: fill an empty database with fictitious clients before the window opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app import APP_NAME
from app.models.errors import AtamaError
from app.models.store import Store
from app.ui.background import run_with_progress

DEMO_CLIENTS = 200


def make_demo_if_empty(db_path: Path) -> bool:
    """True when the app can go on (demo made, or the database already had clients)."""
    try:
        store = Store.open(db_path)
        has_clients = store.clients.count() > 0
        store.close()
        if has_clients:
            return True
        from app.models.demo import make_demo_database

        run_with_progress(None, QCoreApplication.translate("demo_start", "Skapar demodata med påhittade klienter…"),
                          lambda: make_demo_database(db_path, clients=DEMO_CLIENTS))
    except AtamaError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return False
    return True
