"""Errors the domain raises; every message is Swedish and meant for the user."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.models import sqlite_driver


class AtamaError(Exception):
    """Base for errors that carry a message fit to show a user."""


class ValidationError(AtamaError):
    """One or more fields hold bad input. ``errors`` maps field name -> Swedish message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class RuleError(AtamaError):
    """An action the process rules do not allow right now (e.g. closing before evaluating)."""


class NotFound(AtamaError):
    """A record asked for by id does not exist."""


class SchemaTooNew(AtamaError):
    """The database was written by a newer version of the app; we must not touch it."""


class DatabaseUnavailable(AtamaError):
    """The database file cannot be opened (locked, unreadable, not a database). ``problem``, when
    known, is the diagnosis (app/models/file_check.py ``FileProblem``): its cause and the ways out
    the start-up dialog and the CLI offer; the message is the problem's."""

    def __init__(self, message: str, problem: object | None = None):
        super().__init__(message)
        self.problem = problem


NOT_SAVED = "Inte sparat: "


class StorageError(AtamaError):
    """The database refused a write for a reason outside the app's rules: the file is locked by
    another program, the disk is full, or the file or folder is read-only. Nothing of the
    transaction was written; what the user typed must stay in the form."""

    @property
    def reason(self) -> str:
        """The message without its "Inte sparat: ", for a list that says that once above it."""
        return str(self).removeprefix(NOT_SAVED)


class ReadOnlyRefused(StorageError):
    """A write in a database opened read-only (``Store.open(..., read_only=...)``): refused before
    anything reached the file, so nothing is half-saved and the typed text stays in the form."""


def storage_error(exc: sqlite_driver.Error) -> StorageError | None:
    """The Swedish message for an SQLite failure a user can act on; None for programming errors
    (those stay tracebacks in the log, they are ours to fix)."""
    name = getattr(exc, "sqlite_errorname", "")
    base = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    messages = {
        "SQLITE_BUSY": "Databasen är låst av ett annat program eller fönster. Försök igen om en stund.",
        "SQLITE_LOCKED": "Databasen är låst av ett annat program eller fönster. Försök igen om en stund.",
        "SQLITE_FULL": "Disken är full. Frigör utrymme och försök igen.",
        "SQLITE_READONLY": "Databasfilen är skrivskyddad (eller mappen den ligger i). Kontrollera behörigheterna.",
        "SQLITE_IOERR": "Databasfilen kunde inte skrivas (läs- eller skrivfel på disken).",
        "SQLITE_CANTOPEN": "Databasfilen kunde inte öppnas för skrivning.",
    }
    message = messages.get(base)
    if message is None:
        return None
    return StorageError(NOT_SAVED + message + " Det du skrivit finns kvar i formuläret.")
