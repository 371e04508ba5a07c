"""Opening the database from the command line as a user: every command that reads or writes the
journal signs in first, with the password asked for on a terminal or taken from ``$ATAMA_PASSWORD``
in a script. A wrong one ends the command with exit code 2 (and a failed sign-in in the access log).

    store = open_signed_in(db_path, user="Anna Andersson")   # or user=None: the last one / the only one
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.models.errors import DatabaseUnavailable, NotFound, RuleError, ValidationError

PASSWORD_ENV = "ATAMA_PASSWORD"


def open_signed_in(db_path: Path, user: str | None, *, read_only: bool = False):
    """The store at ``db_path`` with ``user`` signed in (the caller closes it). A bad file (missing,
    empty, cut off, not a database, encrypted without the password …) is refused with its cause and
    ways out (app/models/file_check.py) before anything is opened or created."""
    from app.models.store import Store

    check_before_opening(db_path, read_only=read_only)
    store = Store.open(db_path, read_only=read_only)
    try:
        _sign_in(store, user)
    except BaseException:
        store.close()
        raise
    return store


def check_before_opening(db_path: Path, *, read_only: bool = False) -> None:
    """Raise ``DatabaseUnavailable`` (its message: cause and ways out, in words) when the file at
    ``db_path`` must not be opened as it is; a command never creates a database."""
    from app.models.file_check import diagnose

    problem = diagnose(db_path, for_writing=not read_only)
    if problem is not None:
        raise DatabaseUnavailable(problem.cli_text(), problem=problem)


def _sign_in(store, user: str | None, what: str = "Kommandoraden") -> None:
    users = store.users.all()
    if user is None:
        chosen = store.users.last_signed_in() or (users[0] if len(users) == 1 else None)
        if chosen is None:
            raise ValidationError.single("user", "Ange vem som skapar dokumentet med --user (id eller namn).")
    else:
        matches = [u for u in users if str(u.id) == user or u.name.casefold() == user.casefold()]
        if len(matches) != 1:
            raise NotFound(f"Användaren {user!r} finns inte. Användare: " + ", ".join(
                f"{u.id} {u.name}" for u in users))
        chosen = matches[0]
    if not chosen.has_password:
        raise RuleError(f"{chosen.name} har inget lösenord än. Logga in i programmet en gång och välj ett; "
                        "kommandoraden kräver lösenordet.")
    # the author of the export log entry; not remembered as the last user
    store.users.sign_in(chosen.id, _password(chosen.name), remember=False, what=what)


def _password(name: str) -> str:
    """``$ATAMA_PASSWORD`` when set (scripts), else asked for on the terminal without echo."""
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Lösenord för {name}: ")
    raise RuleError(f"Lösenordet för {name} behövs. Kör kommandot i en terminal och skriv det, eller sätt "
                    f"miljövariabeln {PASSWORD_ENV} i ett skript.")
