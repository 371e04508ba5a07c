"""Run a multi-statement SQL script inside the current transaction.

``sqlite3.executescript`` commits any open transaction first, which would make a migration
half-applied on failure; this runs the statements one by one instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import sqlite_driver

if TYPE_CHECKING:
    import sqlite_utils


def split_statements(script: str) -> list[str]:
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite_driver.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def run_script(db: sqlite_utils.Database, script: str) -> None:
    for statement in split_statements(script):
        db.execute(statement)
