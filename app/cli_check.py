"""``python -m app check [--db PATH]``: a full report on one database file, exit code 0 only when
it is sound. It only reads: a path that does not exist is reported, never created; nothing is migrated
(an older file's update is tried on a copy in memory, so a file that cannot be updated says so).

    Fil, storlek, huvud (SQLite eller krypterad) och nyckelfil, vem som har den öppen, schemaversion
    mot den här versionen, integrity_check, foreign_key_check.

An encrypted database needs its key to be read; ``check_file(path, key=...)`` takes one, and the
command gets it from app/cli_session (``database_key``: a user's password, or the recovery key in
``$ATAMA_RECOVERY_KEY``). Without it an encrypted file is reported as "krypterad – kontrolleras med
lösenordet" and counts as not checked (exit 1).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from app.models import sqlite_driver
from app.models.file_check import Cause, diagnose
from app.models.migrations import LATEST_VERSION
from app.models.texts import counted

MAX_LINES = 20  # of integrity_check's findings, in the report


@dataclass
class CheckReport:
    path: str
    lines: list[tuple[str, str]] = field(default_factory=list)  # (what, finding)
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems

    def add(self, what: str, finding: str, problem: str | None = None) -> None:
        self.lines.append((what, finding))
        if problem:
            self.problems.append(problem)

    def text(self) -> str:
        width = max(len(w) for w, _ in self.lines)
        out = [f"{w + ':':<{width + 1}} {f}" for w, f in self.lines]
        if self.sound:
            out.append("Resultat: databasen är hel.")
        else:
            out.append("Resultat: problem hittades.")
            out += [f"- {p}" for p in self.problems]
        return "\n".join(out)


def check_file(path: Path, key: bytes | None = None) -> CheckReport:
    """The report for the database at ``path`` (``key``: an encrypted file's database key)."""
    from app.models.instance_lock import holder_of
    from app.models.keyfile import keyfile_path

    path = Path(path).expanduser()
    report = CheckReport(str(path))
    report.add("Fil", str(path))
    first = diagnose(path, have_key=key is not None, for_writing=False)
    if first is not None and first.cause in (Cause.MISSING_FOLDER, Cause.MISSING_FILE, Cause.NOT_A_FILE):
        report.add("Finns", "nej", first.cli_text())
        return report
    report.add("Finns", "ja")
    size = path.stat().st_size
    report.add("Storlek", f"{size:,} byte".replace(",", " "))
    plain = sqlite_driver.has_sqlite_header(path)
    keyfile = keyfile_path(path)
    if plain:
        report.add("Huvud", "SQLite (okrypterad)")
    elif keyfile.is_file():
        report.add("Huvud", "krypterad")
    else:
        report.add("Huvud", "inget SQLite-huvud och ingen nyckelfil")
    if not plain:
        report.add("Nyckelfil", f"finns ({keyfile.name})" if keyfile.is_file() else "saknas")
    holder = holder_of(path)
    report.add("Öppen i ATAMA", f"ja, hos {holder.describe()}" if holder else "nej")
    if first is not None and first.cause is Cause.ENCRYPTED:
        report.add("Innehåll", "krypterad – kontrolleras med lösenordet",
                   "Databasen är krypterad: innehållet kontrolleras med lösenordet (inte gjort här).")
        return report
    if first is not None:
        report.add("Innehåll", "kan inte läsas", first.cli_text())
        return report
    _check_content(report, path, key)
    return report


def _check_content(report: CheckReport, path: Path, key: bytes | None) -> None:
    # A connection of its own, read-only, not a Store: the check reads the file as it is, whatever
    # its schema version (a Store refuses an older one read-only) and never migrates it.
    from app.models.file_check import problem_from_error

    try:
        conn = sqlite_driver.connect(path, key=key, read_only=True)
    except sqlite_driver.Error as exc:
        problem = problem_from_error(path, exc, key_given=key is not None)
        report.add("Innehåll", "kan inte öppnas", problem.cli_text() if problem else str(exc))
        return
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite_driver.Error as exc:
            problem = problem_from_error(path, exc, key_given=key is not None)
            report.add("Innehåll", "kan inte läsas", problem.cli_text() if problem else str(exc))
            return
        if version > LATEST_VERSION:
            report.add("Schemaversion", f"{version} (den här versionen känner till {LATEST_VERSION})",
                       "Databasen är skapad av en nyare version av ATAMA. Uppdatera programmet.")
        elif version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            report.add("Schemaversion", "0", "Filen är en databas från ett annat program, inte en ATAMA-databas.")
        elif version < LATEST_VERSION:
            _check_update(report, path, conn, version, key)
        else:
            report.add("Schemaversion", f"{version} (samma som den här versionen)")
        try:
            found = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({MAX_LINES})").fetchall()]
        except sqlite_driver.DatabaseError as exc:
            found = [str(exc)]
        if found == ["ok"]:
            report.add("integrity_check", "ok")
        else:
            report.add("integrity_check", f"{len(found)} fel: " + "; ".join(found[:3]),
                       "Filen är skadad (integrity_check). Återställ en säkerhetskopia.")
        try:
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite_driver.DatabaseError as exc:
            report.add("foreign_key_check", f"kunde inte göras ({exc})", "Referenskontrollen kunde inte göras.")
        else:
            if broken:
                tables = sorted({str(r[0]) for r in broken})
                pointing = counted(len(broken), "rad pekar", "rader pekar")
                report.add("foreign_key_check", f"{pointing} på något som saknas ({', '.join(tables)})",
                           "Rader pekar på poster som saknas (foreign_key_check). Återställ en säkerhetskopia.")
            else:
                report.add("foreign_key_check", "ok")
    finally:
        conn.close()


def _check_update(report: CheckReport, path: Path, conn, version: int, key: bytes | None) -> None:
    """An older schema: whether the update to this version's would succeed, tried on a copy in memory
    (the file is only read), so that a file that cannot be updated is not reported as one that will be."""
    from app.models.file_check import migration_problem
    from app.models.store import TRIAL_MAX_BYTES, trial_migration

    if path.stat().st_size > TRIAL_MAX_BYTES:
        report.add("Schemaversion", f"{version} (uppdateras till {LATEST_VERSION} nästa gång den öppnas med "
                                    "skrivrätt; för stor för att provköras i minnet här)")
        return
    failed = trial_migration(conn, key)
    if failed is None:
        report.add("Schemaversion", f"{version} (uppdateras till {LATEST_VERSION} nästa gång den öppnas med "
                                    "skrivrätt; provkörd på en kopia i minnet: det går bra)")
        return
    report.add("Schemaversion", f"{version} (uppdateringen till {failed.to_version} misslyckas i steg {failed.number}: "
                                f"{failed.cause})", migration_problem(path, failed, trial=True).cli_text())


def _key_for(path: Path, user: str | None) -> bytes | None:
    """The database key of an encrypted file (app/cli_session asks for the password)."""
    from app.models.keyfile import is_encrypted

    if sqlite_driver.has_sqlite_header(path) or not is_encrypted(path):
        return None
    from app.cli_session import database_key

    return database_key(path, user)


def run(db_path: Path, as_json: bool = False, user: str | None = None) -> int:
    path = Path(db_path).expanduser()
    report = check_file(path, key=_key_for(path, user) if path.is_file() else None)
    if as_json:
        print(json.dumps({"path": report.path, "sound": report.sound, "lines": dict(report.lines),
                          "problems": report.problems}, ensure_ascii=False, indent=2))
    else:
        print(report.text())
    if not report.sound:
        print("Databasen är inte hel eller kunde inte kontrolleras helt.", file=sys.stderr)
    return 0 if report.sound else 1
