"""Errors the domain raises; every message is Swedish and meant for the user."""

from __future__ import annotations


class AtamaError(Exception):
    """Base for errors that carry a message fit to show a user."""


class ValidationError(AtamaError):
    """One or more fields hold bad input. ``errors`` maps field name -> Swedish message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))

    @classmethod
    def single(cls, field: str, message: str) -> "ValidationError":
        return cls({field: message})


class RuleError(AtamaError):
    """An action the process rules do not allow right now (e.g. closing before evaluating)."""


class NotFound(AtamaError):
    """A record asked for by id does not exist."""


class SchemaTooNew(AtamaError):
    """The database was written by a newer version of the app; we must not touch it."""


class DatabaseUnavailable(AtamaError):
    """The database file cannot be opened (locked, unreadable, not a database)."""
