"""``python -m app backup [--to DIR]`` and ``python -m app restore FILE [--yes]``: the backups of
app/models/backup.py, headless. Both are access to the whole journal: the user signs in first (a
password on the terminal, or ``$ATAMA_PASSWORD`` in a script), and both are logged. A restore shows
its preview and asks y/n on a terminal; a script must say ``--yes`` (there is nobody to ask).

A restore of a database that cannot be opened any more (the reason to restore) cannot sign in to
it: it then goes on after the confirmation, and the log row in the restored database names the
operating system's user. An encrypted database's key comes with the keyring (being connected)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli_session import PASSWORD_ENV, open_signed_in
from app.models.errors import AtamaError, DatabaseUnavailable, RuleError


def add_parsers(sub, db_arg) -> None:
    made = sub.add_parser("backup", help="gör en kontrollerad säkerhetskopia av databasen")
    db_arg(made)
    made.add_argument("--to", type=Path, default=None,
                      help="mappen kopian skrivs i (standard: den valda mappen, annars användardatamappen/backups)")
    made.add_argument("--user", default=None,
                      help=f"användarens id eller namn (standard: senast inloggade); lösenordet frågas efter, "
                           f"eller tas från ${PASSWORD_ENV}")
    back = sub.add_parser("restore", help="återställ databasen från en säkerhetskopia (den nuvarande sparas undan)")
    db_arg(back)
    back.add_argument("file", type=Path, metavar="FIL", help="säkerhetskopian (.sqlite)")
    back.add_argument("--yes", action="store_true", help="återställ utan att fråga (i ett skript)")
    back.add_argument("--user", default=None, help="användarens id eller namn (standard: senast inloggade)")


def run(args: argparse.Namespace, db_path: Path) -> int:
    from app.models import backup

    if args.command == "backup":
        store = open_signed_in(db_path, args.user)
        try:
            info = backup.make_backup(store, backup.BackupKind.MANUAL, folder=args.to)
        finally:
            store.close()
        print(f"Säkerhetskopia gjord: {info.path}")
        print(f"Schemaversion {info.schema_version}, {info.size} byte, "
              f"kontrollsumma {info.checksum} ({info.checksum_method})")
        print(f"Kontrollerad: {info.verified}.")
        return 0

    from app.cli_session import holding

    with holding(db_path):  # refused while a window has the file open (its saves would be lost)
        return _restore(args, db_path)


def _restore(args, db_path: Path) -> int:
    from app.models import backup

    info = backup.read_backup(args.file)
    if info is None:
        raise RuleError(f"Filen {args.file} finns inte.")
    user_id, user_name, key = None, backup.restore_command_user(), None
    try:
        store = open_signed_in(db_path, args.user)
    except DatabaseUnavailable as exc:
        print(f"Databasen går inte att öppna ({exc}); återställningen loggas med {user_name}.", file=sys.stderr)
    else:
        user_id, user_name = store.user_id, store.users.get(store.user_id).name if store.user_id else user_name
        key = store.database_key  # the same key opens this database's backups; closed before the files move
        store.close()
    if info.encrypted and key is None:  # the database would not open: the backup's own key file
        from app.cli_session import database_key

        key = database_key(info.path, args.user)
    preview = backup.inspect(info, key)
    print("\n".join(preview.lines()))
    if not preview.ok:
        raise AtamaError(f"Säkerhetskopian är skadad ({preview.problem}). Ingenting har ändrats.")
    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise RuleError("Återställningen ersätter databasen. Bekräfta med --yes när den körs i ett skript.")
        answer = input(f"Ersätta {db_path} med säkerhetskopian? Den nuvarande sparas undan. [j/n] ")
        if answer.strip().casefold() not in ("j", "ja", "y", "yes"):
            print("Avbrutet. Ingenting har ändrats.")
            return 1
    result = backup.restore(db_path, info, key=key, user_id=user_id, user_name=user_name)
    print("\n".join(result.lines()))
    return 0
