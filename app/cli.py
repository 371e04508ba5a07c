"""Command line: ``python -m app`` (or ``atama``) starts the app; subcommands run headless.

    python -m app [--db PATH] [--demo]          start the desktop app
    python -m app --version                     the version
    python -m app demo --db PATH [--clients N] [--encrypt]  make a database of fictitious clients
    python -m app encrypt [--user NAME]          encrypt a plain database (an administrator)
    python -m app recovery-key [--user NAME]     a new recovery key for an encrypted database
    python -m app bench                          print speed figures as JSON (in a checkout)
    python -m app instruments [--json]           list the instrument definitions and their problems
    python -m app export DOKUMENT … --out F      PDF/Excel exports (see: export --help)
    python -m app import clients FILE.xlsx       import clients from Excel
    python -m app check [--db PATH] [--json]     integrity report on the database file (exit 0: sound)
    python -m app backup [--to DIR]              a verified backup (default: the chosen backup folder)
    python -m app restore FILE [--yes]           restore a backup (preview, y/n; the current file kept aside)
    python -m app unit [--name … --logo F …]     the unit's identity on every document (print or set)
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from app import __version__
from app.models.errors import AtamaError
from app.paths import DB_ENV, default_db_path

PAINT_PROBE_ENV = "ATAMA_PAINT_PROBE"  # app/ui/paint_probe.py


def _db_arg(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # On a subcommand the option is only set when given, so "--db X demo" and "demo --db X" both work.
    parser.add_argument(
        "--db", type=Path, default=None if top else argparse.SUPPRESS,
        help=f"databasfil (standard: ${DB_ENV} eller {default_db_path()})",
    )


def starts_the_window(argv: list[str]) -> bool:
    """Whether ``argv`` only starts the window (``--db PATH``, ``--demo``, or nothing): then the
    subcommands' parsers, a dozen milliseconds of argparse before the window shows, are not built."""
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--db" and rest:
            rest.pop(0)
        elif word != "--demo" and not word.startswith("--db="):
            return False
    return True


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; ``commands=False``: only the window's options (``starts_the_window``)."""
    parser = argparse.ArgumentParser(prog="atama", description="ATAMA – arbetsterapi vid AMA (offline).")
    _db_arg(parser, top=True)
    parser.add_argument("--demo", action="store_true",
                        help="fyll en tom databas med påhittade demoklienter innan programmet startar")
    parser.add_argument("--version", action="version", version=f"ATAMA {__version__}")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="skapa en databas med påhittade klienter (testpersonnummer)")
    _db_arg(demo)
    demo.add_argument("--clients", type=int, default=200, help="antal klienter (standard 200)")
    demo.add_argument("--seed", type=int, default=1, help="slumpfrö, för samma data varje gång")
    demo.add_argument("--encrypt", action="store_true",
                      help="kryptera demodatabasen (annars är den okrypterad: bara påhittade personer)")

    encrypt = sub.add_parser("encrypt", help="kryptera en okrypterad databas (en administratör; säkerhetskopia först)")
    _db_arg(encrypt)
    encrypt.add_argument("--user", help="administratören som krypterar (id eller namn)")
    recovery = sub.add_parser("recovery-key",
                              help="gör en ny återställningsnyckel för en krypterad databas (den gamla slutar gälla)")
    _db_arg(recovery)
    recovery.add_argument("--user", help="administratören (id eller namn)")

    bench = sub.add_parser("bench", help="mät hastighet mot golvvärden och skriv JSON (i en utcheckning av källkoden)")
    bench.add_argument("--quick", action="store_true", help="färre repetitioner (för test)")
    bench.add_argument("--verbose", action="store_true", help="tider per körning och tangenttryckning på stderr")
    bench.add_argument("--only", action="append", default=[], metavar="NAMN",
                       help="kör bara den här mätningen (t.ex. todo_page_10k; kan upprepas)")

    instruments = sub.add_parser("instruments", help="lista bedömningsinstrumenten och fel i definitionsfilerna")
    instruments.add_argument("--json", action="store_true", help="skriv JSON")
    instruments.add_argument("--dir", type=Path, default=None,
                             help="mapp med enhetens egna definitioner (standard: användardatamappen/instruments)")
    check = sub.add_parser("check", help="kontrollera databasfilen (finns, storlek, kryptering, schemaversion, "
                                         "integrity_check, foreign_key_check, vem som har den öppen); "
                                         "slutkod 0 bara när den är hel")
    _db_arg(check)
    check.add_argument("--json", action="store_true", help="skriv rapporten som JSON")
    check.add_argument("--user", help="en krypterad databas: vem som öppnar den (id eller namn; lösenordet frågas "
                                      "efter, eller ATAMA_PASSWORD; ATAMA_RECOVERY_KEY för återställningsnyckeln)")
    from app.cli_export import add_parsers

    add_parsers(sub, _db_arg)
    from app.cli_backup import add_parsers as add_backup_parsers

    add_backup_parsers(sub, _db_arg)
    from app.cli_unit import add_parser as add_unit_parser

    add_unit_parser(sub, _db_arg)
    return parser


def run_bench(quick: bool, verbose: bool, only: tuple[str, ...] | list[str] = ()) -> int:
    """The speed figures are benchmarks/bench.py in the repository, not part of the installed app."""
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "bench.py"
    if not script.is_file():
        print("Hastighetsmätningen finns bara i källkoden (mappen benchmarks/), inte i ett installerat "
              "program. Kör python -m app bench i en utcheckning av ATAMA.", file=sys.stderr)
        return 2
    import subprocess

    flags = [flag for flag, on in (("--quick", quick), ("--verbose", verbose)) if on]
    flags += [arg for name in only for arg in ("--only", name)]
    return subprocess.run([sys.executable, str(script), *flags]).returncode


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(commands=not starts_the_window(argv)).parse_args(argv)
    if args.command is not None:
        gc.enable()  # paused for the window's start (app/__main__.py); a command collects as usual
    db_path = args.db or default_db_path()
    try:
        if args.command == "demo":
            from app.models.demo import make_demo_database

            summary = make_demo_database(db_path, clients=args.clients, seed=args.seed, encrypt=args.encrypt)
            print(f"Demodatabas skapad: {db_path} ({summary})")
            return 0
        if args.command in ("encrypt", "recovery-key"):
            from app.cli_session import run_encryption

            return run_encryption(args, db_path)
        if args.command == "check":
            from app.cli_check import run as run_check

            return run_check(db_path, as_json=args.json, user=args.user)
        if args.command == "bench":
            return run_bench(quick=args.quick, verbose=args.verbose, only=args.only)
        if args.command in ("export", "import"):
            from app.cli_export import run
            from app.temp_files import clean_leftovers

            clean_leftovers()  # what a crashed export left (app/temp_files.py)

            return run(args, db_path)
        if args.command in ("backup", "restore"):
            from app.cli_backup import run as run_backup

            return run_backup(args, db_path)
        if args.command == "unit":
            from app.cli_unit import run as run_unit

            return run_unit(args, db_path)
        if args.command == "instruments":
            from app.models.instruments import print_registry

            return print_registry(user=args.dir, as_json=args.json)
        if os.environ.get(PAINT_PROBE_ENV):  # the bench's timed start of a bundle; not for users
            from app.ui.paint_probe import run_probe

            return run_probe(db_path)
        from app.ui.app import run_app

        return run_app(db_path, demo=args.demo)
    except AtamaError as exc:
        problem = getattr(exc, "problem", None)  # a bad file: its cause and the ways out, in words
        text = problem.cli_text() if problem is not None and str(exc) == problem.message else str(exc)
        print(f"Fel: {text}", file=sys.stderr)
        return 2
