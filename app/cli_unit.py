"""``python -m app unit``: the unit's identity printed on every document (app/models/unit.py).
Without options it prints what is set: what every document prints, nothing personal, so a plain
(unencrypted) database is read without signing in; with ``--user`` (or an encrypted file, whose key
needs a password) the signed-in user's own contact is shown too. With options an administrator
changes those fields only; ``--my-phone`` / ``--my-email`` set the signed-in user's own contact
(documents about their cases); both sign in, as ``--user`` or the default user."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_session import PASSWORD_ENV, check_before_opening, open_signed_in

FIELDS = ("municipality", "name", "address", "phone", "email")


def add_parser(sub, db_arg) -> None:
    unit = sub.add_parser(
        "unit", help="enhetens uppgifter på alla dokument (kommun, enhet, adress, telefon, e-post, logotyp)",
        description="Utan flaggor: visar enhetens uppgifter. Med flaggor: ändrar bara de uppgifter som anges "
                    "(en administratör). Tom text (\"\") tar bort en uppgift.",
        epilog="exempel:\n  python -m app unit --municipality \"Åre kommun\" --name \"AMA Järpen\" "
               "--phone \"0647-161 00\" --logo logga.png\n  python -m app unit",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    db_arg(unit)
    unit.add_argument("--user", default=None, help=f"vem som loggar in (id eller namn); lösenordet frågas efter, "
                                                   f"eller tas från ${PASSWORD_ENV}")
    unit.add_argument("--municipality", help="kommunen, t.ex. \"Åre kommun\"")
    unit.add_argument("--name", help="enhetens namn, t.ex. \"Arbetsmarknadsenheten AMA\"")
    unit.add_argument("--address", help="postadress på en rad")
    unit.add_argument("--phone", help="enhetens telefonnummer")
    unit.add_argument("--email", help="enhetens e-postadress")
    logo = unit.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="FIL", help="logotyp: en PNG- eller JPEG-fil på högst 1 MB")
    logo.add_argument("--no-logo", action="store_true", help="ta bort logotypen")
    unit.add_argument("--my-phone", help="ditt eget telefonnummer (står på dokument om dina ärenden)")
    unit.add_argument("--my-email", help="din egen e-postadress (står på dokument om dina ärenden)")


def run(args, db_path: Path) -> int:
    from app.models.keyfile import is_encrypted
    from app.models.unit import UnitInput

    changes = {field: getattr(args, field) for field in FIELDS if getattr(args, field) is not None}
    writes = bool(changes or args.logo or args.no_logo or args.my_phone is not None or args.my_email is not None)
    if not writes and args.user is None:
        check_before_opening(db_path)
        if not is_encrypted(db_path):
            return _print_identity(db_path)
    store = open_signed_in(db_path, args.user)
    try:
        unit = UnitInput(**changes, logo_path=args.logo, remove_logo=args.no_logo) \
            if changes or args.logo or args.no_logo else None
        contact = None
        if args.my_phone is not None or args.my_email is not None:
            me = store.users.current()
            assert me is not None  # open_signed_in signed someone in
            contact = (me.phone if args.my_phone is None else args.my_phone,
                       me.email if args.my_email is None else args.my_email)
        if unit is not None or contact is not None:
            store.unit.save(unit, contact=contact)  # all checked before anything is written
            print("Sparat.")
        for line in store.unit.identity().lines():
            print(line)
        me = store.users.current()
        if me is not None:
            print(f"Du: {me.name}, {me.title_label.lower()}" + (f" · {me.contact_line}" if me.contact_line else
                                                               " (inget telefonnummer eller e-post)"))
        return 0
    finally:
        store.close()


def _print_identity(db_path: Path) -> int:
    """The identity of a plain database, read without anyone signed in."""
    from app.models.store import Store

    store = Store.open(db_path)
    try:
        for line in store.unit.identity().lines():
            print(line)
        return 0
    finally:
        store.close()
