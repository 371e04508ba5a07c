"""Backups of the journal (issue 12, "nothing lost, nothing leaked"; rules R5, R7, R11).

    info = make_backup(store, BackupKind.MANUAL)      # verified, listed, rotated, logged
    for info in list_backups(store.path): ...           # newest first
    check = inspect(info, key)                          # the preview: full integrity check, counts
    restore(db_path, info, key=key, user_name="Anna")   # the current file kept aside first

**Always SQLite's online backup API** (``Store.backup_into``), never a file copy: a copy of a file in
use may mix pages of two moments, and misses what is still in the WAL.

**Where.** A folder per machine and database, chosen by the user (a network drive at the office),
default ``<user data>/backups/``. The choice lives in a small config file in the user data folder
(``backup-settings.json``, keyed by the database's path, written atomically with mode 0600), not in
the database: a restore must be possible when the database itself cannot be opened.

**What a backup is.** ``<db name>-<tag>-<YYYYMMDD-HHMMSS>.sqlite`` plus its manifest (``… .json``:
time, kind, schema version, size, checksum, counts, what was verified) and, for an encrypted database,
a copy of its key file (``keyfile.keyfile_path(backup)``). ``tag`` is a hash of this machine's name and
the database's path: several laptops may share one office folder, and each lists and rotates only
its own. An encrypted database gives an encrypted backup (the same key): the file does not begin with
SQLite's header and cannot be read without the key. Files are 0600, a folder we create 0700.

**Nothing half-written.** The copy is written under a hidden temporary name in the backup folder,
synced, verified, its key file and manifest written, and renamed last: the rename is what makes it a
backup. A failed or interrupted backup leaves no file that looks like one (a stale temporary file of a
killed process is removed by the next backup's rotation).

**Verified, honestly and fast.** After writing, the copy is re-read: every byte once for its checksum,
and it is opened as a database (with the key: an encrypted page that does not decrypt fails), its schema
version, its page count and the row count of every table compared with the snapshot the copy was taken
from: the copy is complete and is the same database. Both run while the copy is synced to disk
(``_read_back``), which it needs anyway. SQLite's full ``PRAGMA integrity_check`` reads every page and
index again and costs about twice the backup itself on a 100 000-client file (benchmarks/bench.py
``backup_100k`` and ``backup_100k_integrity``): it runs where it matters, on the preview before a
restore (and whenever ``full_check=True``), together with the checksum against the manifest (a backup
damaged on the network drive since is caught there, before anything is replaced).

**The checksum** (``file_checksum``) is the SHA-256 of the list of the SHA-256s of the file's 64 MiB
blocks, in order (``BLOCK_SHA256``; as a multipart upload's checksum): the blocks are hashed on
every core at once, which halves the re-read of a 1.45 GB copy on two cores (one SHA-256 over the
file took as long as the copy itself; benchmarks/bench.py ``backup_100k``). Backups listed before
it carry a plain SHA-256 of the file (``FILE_SHA256``); each is checked by its own method.

**When.** At start-up at most once a day (``daily_backup``), on demand, and always before a migration
(``before_migration``, called from ``Store.open``) and before a restore (inside ``restore``).

**Rotation** (``Rotation``): the newest backup of each of the last 7 days with backups, 4 weeks and 12
months (as restic's ``--keep-daily/weekly/monthly``), the last 5 made before a migration and the last
5 made before a restore, every one of the last 24 hours, and always the newest.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import getpass
import hashlib
import json
import os
import platform
import secrets
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models import keyfile, sqlite_driver
from app.models.errors import AtamaError, DatabaseUnavailable, RuleError
from app.models.log_actions import LogAction
from app.models.texts import counted

if TYPE_CHECKING:
    from app.models.store import Store

CONFIG_NAME = "backup-settings.json"
DEFAULT_FOLDER_NAME = "backups"
BACKUP_SUFFIX = ".sqlite"
MANIFEST_SUFFIX = ".json"
TEMP_MARK = ".atama-tmp-"  # hidden temporary names: ".<name>.atama-tmp-<random>"
ASIDE_MARK = ".före-återställning-"  # the file a restore replaced: "<db>.före-återställning-<time>"
MANIFEST_FORMAT = 1
FILE_SHA256 = "sha256"  # the SHA-256 of the whole file (backups listed before the block checksum)
BLOCK_SHA256 = "sha256-64MiB-blocks"  # the SHA-256 of its 64 MiB blocks' SHA-256s (module docstring)
CHECKSUM_BLOCK = 64 << 20
READ_CHUNK = 1 << 20
PAGES_PER_STEP = 4096  # 16 MB a step with 4 KB pages: progress about every 0.1 s, no slower than one step
FILE_MODE = 0o600
FOLDER_MODE = 0o700
STALE_TEMP = dt.timedelta(days=1)
# what a preview counts, with its Swedish words for one and for more ("1 klient", "2 klienter")
PREVIEW_TABLES = (("clients", "klient", "klienter"), ("cases", "ärende", "ärenden"),
                  ("notes", "anteckning", "anteckningar"), ("users", "användare", "användare"))
ATAMA_TABLES = ("users", "clients", "cases")  # in every schema version


class BackupFolderUnavailable(AtamaError):
    """The backup folder cannot be reached or written (a network drive away from the office)."""


class BackupDamaged(AtamaError):
    """A backup (just written, or in the folder) is not a whole, readable ATAMA database."""


class BackupKind(StrEnum):
    """Stored in the manifest: never change a released key."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before_migration"
    BEFORE_RESTORE = "before_restore"
    BEFORE_ENCRYPTION = "before_encryption"  # the plain file, just before it was encrypted


KIND_LABELS = {
    BackupKind.DAILY: "daglig",
    BackupKind.MANUAL: "manuell",
    BackupKind.BEFORE_MIGRATION: "före uppdatering",
    BackupKind.BEFORE_RESTORE: "före återställning",
    BackupKind.BEFORE_ENCRYPTION: "före kryptering (okrypterad)",
}


@dataclass(frozen=True)
class Rotation:
    """How many backups are kept (see the module's docstring)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    safety: int = 5  # of each of before_migration, before_restore and before_encryption
    recent: dt.timedelta = dt.timedelta(hours=24)  # everything younger is kept (a manual one beside the day's)


@dataclass(frozen=True)
class BackupInfo:
    """One backup, as its manifest lists it."""

    path: Path
    created: dt.datetime
    kind: str
    schema_version: int
    size: int
    checksum: str
    encrypted: bool
    checksum_method: str = FILE_SHA256  # a manifest without one was written with a plain SHA-256
    page_count: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    verified: str = ""  # what was checked after writing, in words; "" when nothing was
    database: str = ""
    host: str = ""
    has_manifest: bool = True

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)  # type: ignore[call-overload]

    @property
    def keyfile(self) -> Path:
        return keyfile.keyfile_path(self.path)

    @property
    def manifest(self) -> Path:
        return manifest_path(self.path)


@dataclass(frozen=True)
class Preview:
    """What a restore would bring back: checked in full just now (``problem`` is "" when whole)."""

    info: BackupInfo
    schema_version: int
    counts: dict[str, int]
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem

    def lines(self) -> list[str]:
        """The preview in words, for the dialog and the terminal."""
        out = [f"Säkerhetskopia: {self.info.path.name}",
               f"Gjord: {self.info.created:%Y-%m-%d %H:%M} ({self.info.kind_label})",
               f"Schemaversion: {self.schema_version}",
               "Innehåll: " + ", ".join(counted(self.counts.get(t, 0), one, more) for t, one, more in PREVIEW_TABLES)]
        out.append("Krypterad: ja" if self.info.encrypted else "Krypterad: nej (okrypterad säkerhetskopia)")
        out.append(f"Kontroll: {self.problem}" if self.problem else
                   "Kontroll: hel (integritetskontroll" + (" och kontrollsumma" if self.info.has_manifest else "")
                   + " gick igenom)")
        return out


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the replaced file was put, and the backup made of it first."""

    restored: BackupInfo
    kept_aside: Path | None
    safety_backup: BackupInfo | None
    safety_problem: str = ""

    def lines(self) -> list[str]:
        out = [f"Återställd från {self.restored.path.name} ({self.restored.created:%Y-%m-%d %H:%M})."]
        if self.kept_aside is not None:
            out.append(f"Den tidigare databasfilen ligger kvar som {self.kept_aside}.")
        if self.safety_backup is not None:
            out.append(f"Säkerhetskopia av den tidigare databasen: {self.safety_backup.path.name}.")
        elif self.safety_problem:
            out.append(f"Ingen säkerhetskopia av den tidigare databasen gick att göra ({self.safety_problem}).")
        return out


@dataclass(frozen=True)
class DailyResult:
    """The start-up backup: ``made`` (or None when one was made today already, or it failed);
    ``message`` is said to the user once a day when the folder cannot be reached, else ""."""

    made: BackupInfo | None = None
    problem: str = ""
    message: str = ""


# -- the folder and its configuration -------------------------------------------------------------

def config_path() -> Path:
    from app.paths import user_data_dir

    return user_data_dir() / CONFIG_NAME


def default_folder() -> Path:
    from app.paths import user_data_dir

    return user_data_dir() / DEFAULT_FOLDER_NAME


def _db_key(db_path: str | Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def _read_config() -> dict[str, Any]:
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_config(data: dict[str, Any]) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def _database_settings(db_path: str | Path) -> dict[str, Any]:
    entry = _read_config().get("databases", {}).get(_db_key(db_path), {})
    return entry if isinstance(entry, dict) else {}


def _update_database_settings(db_path: str | Path, **values: Any) -> None:
    data = _read_config()
    databases = data.setdefault("databases", {})
    databases.setdefault(_db_key(db_path), {}).update(values)
    _write_config(data)


def folder_for(db_path: str | Path) -> Path:
    """The backup folder of the database at ``db_path`` on this machine (the default unless chosen)."""
    chosen = _database_settings(db_path).get("folder")
    return Path(chosen) if chosen else default_folder()


def set_folder(db_path: str | Path, folder: str | Path | None) -> None:
    """Choose the backup folder of the database at ``db_path`` (None: back to the default)."""
    _update_database_settings(db_path, folder=str(Path(folder).expanduser().resolve()) if folder else None)


def _ready_folder(folder: Path, *, create: bool) -> Path:
    """``folder``, existing and writable, or BackupFolderUnavailable. Only the default folder (or one
    named on the command line) is created: a chosen network folder that is missing is a drive that
    is not connected, and a new local folder in its place would hide that."""
    try:
        if not folder.is_dir():
            if not create:
                raise BackupFolderUnavailable(_unreachable(folder, "mappen finns inte"))
            folder.mkdir(parents=True, mode=FOLDER_MODE)
            os.chmod(folder, FOLDER_MODE)  # mkdir's mode is narrowed by the umask, never widened
        if not os.access(folder, os.W_OK | os.X_OK):
            raise BackupFolderUnavailable(_unreachable(folder, "ingen skrivrätt"))
    except OSError as exc:
        raise BackupFolderUnavailable(_unreachable(folder, exc.strerror or type(exc).__name__)) from exc
    return folder


def _unreachable(folder: Path, why: str) -> str:
    return (f"Mappen för säkerhetskopior går inte att nå: {folder} ({why}). Ingen säkerhetskopia gjordes; "
            "programmet fungerar som vanligt. Anslut enheten eller välj en annan mapp under Arkiv → Säkerhetskopior.")


# -- names ------------------------------------------------------------------------------------------

def _tag(db_path: str | Path) -> str:
    return hashlib.sha256(f"{platform.node()}\n{_db_key(db_path)}".encode()).hexdigest()[:8]


def _prefix(db_path: str | Path) -> str:
    return f"{Path(db_path).stem}-{_tag(db_path)}-"


def backup_name(db_path: str | Path, when: dt.datetime) -> str:
    return f"{_prefix(db_path)}{when:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def _temp_name(final: Path) -> Path:
    return final.with_name(f".{final.name}{TEMP_MARK}{secrets.token_hex(4)}")


# -- files ----------------------------------------------------------------------------------------

def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_atomically(path: Path, data: bytes) -> None:
    """``data`` in ``path`` (0600), whole or not at all: a temporary file, synced, renamed."""
    temp = _temp_name(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def _copy_file_atomically(source: Path, target: Path) -> None:
    _write_atomically(target, source.read_bytes())  # key files are a few hundred bytes


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_back(path: Path, verify: Callable[[], str]) -> tuple[str, str]:
    """The copy's checksum and what ``verify()`` found, both while the copy is synced to disk: the
    three run at once (each releases the GIL, the sync mostly waits for the disk), so checking the
    copy costs about nothing over the sync it needs anyway (bench: ``backup_100k`` against
    ``backup_100k_unverified``)."""
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="atama-backup") as pool:
        synced = pool.submit(_sync, path)
        verified = pool.submit(verify)
        checksum = file_checksum(path)
        synced.result()
        return checksum, verified.result()


def _sha256(path: Path, start: int = 0, length: int = sys.maxsize) -> bytes:
    """The SHA-256 of ``length`` bytes of the file from ``start`` (or up to its end), read into one
    reused buffer (a new bytes object per read cost as much as the reading itself)."""
    digest = hashlib.sha256()
    buffer = memoryview(bytearray(READ_CHUNK))
    with open(path, "rb", buffering=0) as handle:
        handle.seek(start)
        while length > 0 and (got := handle.readinto(buffer[:min(READ_CHUNK, length)])):
            digest.update(buffer[:got])
            length -= got
    return digest.digest()


def file_sha256(path: Path) -> str:
    return _sha256(path).hex()


def _block_sha256(path: Path, block: int) -> bytes:
    return _sha256(path, block * CHECKSUM_BLOCK, CHECKSUM_BLOCK)


def file_checksum(path: Path, method: str = BLOCK_SHA256) -> str:
    """The checksum of the file at ``path`` by ``method`` (see the module's docstring)."""
    if method == FILE_SHA256:
        return file_sha256(path)
    if method != BLOCK_SHA256:
        raise BackupDamaged(f"Säkerhetskopians kontrollsumma är av ett okänt slag ({method}).")
    blocks = max(1, -(-path.stat().st_size // CHECKSUM_BLOCK))
    with ThreadPoolExecutor(max_workers=min(blocks, os.cpu_count() or 1), thread_name_prefix="atama-checksum") as pool:
        digests = list(pool.map(functools.partial(_block_sha256, path), range(blocks)))
    return hashlib.sha256(b"".join(digests)).hexdigest()


# -- checking a copy ------------------------------------------------------------------------------

def _tables(conn: sqlite_driver.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]


def _open_copy(path: Path, key: bytes | None) -> sqlite_driver.Connection:
    """A read-only connection to a backup file (in rollback-journal mode: reading it writes nothing)."""
    if key is None and not sqlite_driver.has_sqlite_header(path):
        raise BackupDamaged(f"Säkerhetskopian {path.name} är krypterad (eller ingen databas). Den kan bara "
                            "öppnas med databasens nyckel: logga in med ditt lösenord först.")
    try:
        conn = sqlite_driver.connect(path, key=key, read_only=True)
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite_driver.DatabaseError as exc:
        raise BackupDamaged(f"Säkerhetskopian {path.name} går inte att öppna: den är skadad, krypterad "
                            "med en annan nyckel eller ingen ATAMA-databas.") from exc
    return conn


def _check_atama(conn: sqlite_driver.Connection, name: str) -> int:
    from app.models.migrations import LATEST_VERSION

    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    missing = set(ATAMA_TABLES) - set(_tables(conn))
    if version == 0 or missing:
        raise BackupDamaged(f"Säkerhetskopian {name} är ingen ATAMA-databas.")
    if version > LATEST_VERSION:
        raise BackupDamaged(f"Säkerhetskopian {name} är gjord av en nyare version av ATAMA (schemaversion "
                            f"{version}). Uppdatera programmet först.")
    return version


def _counts(conn: sqlite_driver.Connection, tables: list[str]) -> dict[str, int]:
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def _verify_copy(path: Path, key: bytes | None, schema: int, pages: int, counts: dict[str, int],
                 *, full_check: bool) -> str:
    """Check the copy just written against its snapshot; what was checked, in words."""
    if (key is None) != sqlite_driver.has_sqlite_header(path):
        raise BackupDamaged("Säkerhetskopian blev inte " + ("krypterad." if key else "en läsbar databas."))
    conn = _open_copy(path, key)
    try:
        try:
            version = _check_atama(conn, path.name)
            found_pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            found = _counts(conn, list(counts))
            problem = ""
            if full_check and (result := conn.execute("PRAGMA integrity_check").fetchall()) != [("ok",)]:
                problem = f"integritetskontrollen: {result[0][0]}"
        except sqlite_driver.DatabaseError as exc:
            raise BackupDamaged(f"Säkerhetskopian går inte att läsa: {exc}") from exc
    finally:
        conn.close()
    if version != schema or found_pages != pages or found != counts:
        different = [t for t in counts if found.get(t) != counts[t]]
        problem = problem or (f"schemaversion {version} ≠ {schema}" if version != schema else
                              f"{found_pages} sidor ≠ {pages}" if found_pages != pages else
                              "antal rader skiljer i " + ", ".join(different))
    if problem:
        raise BackupDamaged(f"Säkerhetskopian stämmer inte med databasen ({problem}); den sparades inte.")
    return ("integritetskontroll, " if full_check else "") + "sidantal, schemaversion och antal rader i alla tabeller"


# -- making one -----------------------------------------------------------------------------------

def make_backup(store: Store, kind: BackupKind | str = BackupKind.MANUAL, *, folder: Path | None = None,
                create_folder: bool | None = None, progress: Callable[[int, int], object] | None = None,
                full_check: bool = False, log: bool = True, rotate: bool = True,
                rotation: Rotation = Rotation()) -> BackupInfo:
    """A verified backup of ``store`` into ``folder`` (default: the configured one), listed, rotated and
    (``log``) in the access log. ``progress(done_pages, total_pages)`` from the thread doing the work.
    Raises BackupFolderUnavailable, BackupDamaged, StorageError; nothing that looks like a backup is
    left behind then. The store must not be inside a transaction."""
    if store.path == ":memory:":
        raise BackupDamaged("En databas i minnet kan inte säkerhetskopieras.")
    if folder is None:
        target_folder = folder_for(store.path)
        create = target_folder == default_folder() if create_folder is None else create_folder
    else:
        target_folder, create = Path(folder).expanduser(), True if create_folder is None else create_folder
    target_folder = _ready_folder(target_folder, create=create)
    now = store.now()
    final = target_folder / backup_name(store.path, now)
    if final.exists():  # two in one second: the next second's name
        now += dt.timedelta(seconds=1)
        final = target_folder / backup_name(store.path, now)
    temp = _temp_name(final)
    key = store.database_key  # the store's own key: the copy is checked with it, never written anywhere
    report = None if progress is None else (lambda _s, remaining, total: progress(total - remaining, total))
    try:
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))  # claimed, 0600 from the start
            counted = _live_tables(store)
            pages, counts = store.backup_into(temp, count=counted, pages_per_step=PAGES_PER_STEP, progress=report)
            schema = store.schema_version
            checksum, verified = _read_back(temp, functools.partial(_verify_copy, temp, key, schema, pages, counts,
                                                                     full_check=full_check))
        except OSError as exc:
            raise BackupFolderUnavailable(_unreachable(target_folder, exc.strerror or type(exc).__name__)) from exc
        except sqlite_driver.OperationalError as exc:
            from app.models.errors import storage_error

            translated = storage_error(exc)
            if translated is None:
                raise
            raise BackupFolderUnavailable(_unreachable(target_folder, str(exc))) from exc
        except sqlite_driver.DatabaseError as exc:  # a damaged page met while counting
            raise BackupDamaged(f"Databasen går inte att läsa hel ({exc}); ingen säkerhetskopia gjordes.") from exc
        info = BackupInfo(path=final, created=now.replace(microsecond=0), kind=str(kind), schema_version=schema,
                          size=temp.stat().st_size, checksum=checksum, checksum_method=BLOCK_SHA256,
                          encrypted=key is not None, page_count=pages,
                          counts=counts, verified=verified, database=_db_key(store.path), host=platform.node())
        source_keys = keyfile.keyfile_path(store.path)
        if source_keys.is_file():
            _copy_file_atomically(source_keys, info.keyfile)
        _write_atomically(info.manifest, json.dumps(_manifest(info), ensure_ascii=False, indent=2).encode("utf-8"))
        os.replace(temp, final)  # the commit point: now it is a backup
        _fsync_dir(target_folder)
    except BaseException:
        _remove(temp)
        if not final.exists():
            _remove(manifest_path(final), keyfile.keyfile_path(final))
        raise
    if rotate:
        prune(store.path, target_folder, now, rotation)
    if log:
        log_backup(store, info)
    return info


def _live_tables(store: Store) -> list[str]:
    return [r[0] for r in store.query_tuples(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]


def log_backup(store: Store, info: BackupInfo) -> None:
    """The access log's row for a backup (R5: a copy of the whole journal is an access)."""
    store.access_log.record(LogAction.BACKUP, what=f"Säkerhetskopia ({info.kind_label}) till {info.path}")


def _manifest(info: BackupInfo) -> dict[str, Any]:
    from app import __version__

    return {"format": MANIFEST_FORMAT, "file": info.path.name, "created": info.created.isoformat(timespec="seconds"),
            "kind": info.kind, "schema_version": info.schema_version, "size": info.size,
            "checksum": info.checksum, "checksum_method": info.checksum_method, "encrypted": info.encrypted,
            "page_count": info.page_count, "counts": info.counts,
            "verified": info.verified, "database": info.database, "host": info.host, "app_version": __version__}


def before_migration(store: Store) -> BackupInfo | None:
    """Called by Store.open before it migrates an existing file: a verified backup of it first, into
    the configured folder or, when that cannot be reached, the default one. A file without a schema
    yet (a new database), ":memory:" and a restore's own working copy need none. When no backup can
    be made the migration is refused (DatabaseUnavailable) and the file is left as it was."""
    if store.path == ":memory:" or store.schema_version == 0 or _db_key(store.path) in _NO_BACKUP:
        return None
    try:
        return make_backup(store, BackupKind.BEFORE_MIGRATION, log=False)
    except BackupFolderUnavailable as first:
        if folder_for(store.path) != default_folder():
            with contextlib.suppress(BackupFolderUnavailable):
                return make_backup(store, BackupKind.BEFORE_MIGRATION, folder=default_folder(), log=False)
        reason = str(first)
    except BackupDamaged as exc:
        reason = str(exc)
    raise DatabaseUnavailable(
        "Databasen behöver uppdateras till den här versionen av ATAMA, men säkerhetskopian före "
        f"uppdateringen kunde inte göras: {reason} Databasen har inte ändrats.")


_NO_BACKUP: set[str] = set()  # files Store.open must not back up before migrating: a restore's working copy


@contextlib.contextmanager
def _without_backup(path: Path) -> Iterator[None]:
    _NO_BACKUP.add(_db_key(path))
    try:
        yield
    finally:
        _NO_BACKUP.discard(_db_key(path))


def daily_backup(store: Store) -> DailyResult:
    """The start-up backup: one a day at most (none when a daily or manual backup, encrypted as the
    database is, was made today: a safety copy before a restore or the plain one before the
    encryption does not count). When
    the folder cannot be reached, ``message`` says so the first time that day, and "" after (the
    caller shows it once; the app keeps working either way)."""
    today = store.today()
    folder = folder_for(store.path)
    try:
        if any(b.created.date() == today and b.kind in (BackupKind.DAILY, BackupKind.MANUAL)
               and b.encrypted == store.encrypted for b in list_backups(store.path, folder)):
            return DailyResult()
        return DailyResult(made=make_backup(store, BackupKind.DAILY))
    except (BackupFolderUnavailable, BackupDamaged) as exc:
        settings = _database_settings(store.path)
        first = settings.get("warned") != today.isoformat()
        if first:
            with contextlib.suppress(OSError):
                _update_database_settings(store.path, warned=today.isoformat())
        return DailyResult(problem=str(exc), message=str(exc) if first else "")


# -- the list and rotation ------------------------------------------------------------------------

def list_backups(db_path: str | Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of the database at ``db_path`` in ``folder`` (default: its configured one), newest
    first. Raises BackupFolderUnavailable when the folder cannot be read."""
    folder = folder_for(db_path) if folder is None else folder
    try:
        if not folder.is_dir():
            if folder == default_folder():
                return []  # nothing made yet
            raise BackupFolderUnavailable(_unreachable(folder, "mappen finns inte"))
        names = sorted(p for p in folder.glob(_glob_escape(_prefix(db_path)) + "*" + BACKUP_SUFFIX))
    except OSError as exc:
        raise BackupFolderUnavailable(_unreachable(folder, exc.strerror or type(exc).__name__)) from exc
    found = [info for path in names if (info := read_backup(path, require_manifest=True)) is not None]
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def read_backup(path: str | Path, *, require_manifest: bool = False) -> BackupInfo | None:
    """The backup at ``path`` as its manifest lists it; without a manifest (a file copied elsewhere)
    what the file itself says, unless ``require_manifest``. None when it is no backup."""
    path = Path(path)
    try:
        data = json.loads(manifest_path(path).read_text(encoding="utf-8"))
        return BackupInfo(path=path, created=dt.datetime.fromisoformat(data["created"]), kind=data["kind"],
                          schema_version=int(data["schema_version"]), size=int(data["size"]),
                          checksum=str(data["checksum"] if "checksum" in data else data["sha256"]),
                          checksum_method=str(data.get("checksum_method", FILE_SHA256)),
                          encrypted=bool(data["encrypted"]),
                          page_count=int(data.get("page_count", 0)), counts=dict(data.get("counts", {})),
                          verified=str(data.get("verified", "")), database=str(data.get("database", "")),
                          host=str(data.get("host", "")))
    except (OSError, ValueError, KeyError, TypeError):
        if require_manifest or not path.is_file():
            return None
    stat = path.stat()
    return BackupInfo(path=path, created=dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0),
                      kind=BackupKind.MANUAL, schema_version=0, size=stat.st_size, checksum="",
                      encrypted=not sqlite_driver.has_sqlite_header(path), has_manifest=False)


def keep(backups: list[BackupInfo], rotation: Rotation = Rotation(), now: dt.datetime | None = None) -> set[Path]:
    """Which of ``backups`` rotation keeps at ``now`` (default: the newest one's time; see the
    module's docstring)."""
    newest_first = sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True)
    if not newest_first:
        return set()
    now = newest_first[0].created if now is None else now
    kept = {newest_first[0].path} | {b.path for b in newest_first if b.created > now - rotation.recent}
    ordinary = [b for b in newest_first if b.kind in (BackupKind.DAILY, BackupKind.MANUAL)]
    periods: tuple[tuple[Callable[[dt.datetime], object], int], ...] = (
        (lambda t: t.date(), rotation.daily),
        (lambda t: t.isocalendar()[:2], rotation.weekly),
        (lambda t: (t.year, t.month), rotation.monthly),
    )
    for period, count in periods:
        seen: list[object] = []
        for b in ordinary:
            if (p := period(b.created)) not in seen:
                if len(seen) == count:
                    break
                seen.append(p)
                kept.add(b.path)
    for kind in (BackupKind.BEFORE_MIGRATION, BackupKind.BEFORE_RESTORE, BackupKind.BEFORE_ENCRYPTION):
        kept.update(b.path for b in [b for b in newest_first if b.kind == kind][:rotation.safety])
    known = {str(k) for k in BackupKind}
    kept.update(b.path for b in newest_first if b.kind not in known)  # a newer version's kind: not ours to judge
    return kept


def prune(db_path: str | Path, folder: Path, now: dt.datetime, rotation: Rotation = Rotation()) -> list[Path]:
    """Remove the backups rotation does not keep, and temporary files of killed backups older than a
    day. Returns the backups removed."""
    backups = list_backups(db_path, folder)
    kept = keep(backups, rotation, now)
    removed = []
    for b in backups:
        if b.path not in kept:
            _remove(b.manifest, b.path, b.keyfile)  # the manifest first: off the list at once
            removed.append(b.path)
    for stale in folder.glob("." + _glob_escape(_prefix(db_path)) + "*" + TEMP_MARK + "*"):
        with contextlib.suppress(OSError):
            if dt.datetime.fromtimestamp(stale.stat().st_mtime) < now - STALE_TEMP:
                stale.unlink()
    return removed


# -- restoring ------------------------------------------------------------------------------------

def inspect(info: BackupInfo, key: bytes | None) -> Preview:
    """The preview of a restore, checked in full: the checksum against the manifest, SQLite's
    integrity check, that it is an ATAMA database no newer than this program, and its counts.
    ``key``: the database key, for an encrypted backup (BackupDamaged without one)."""
    path = info.path
    if not path.is_file():
        raise BackupDamaged(f"Säkerhetskopian {path.name} finns inte längre.")
    if info.encrypted and key is None:
        raise BackupDamaged(f"Säkerhetskopian {path.name} är krypterad: den kan bara återställas med databasens "
                            "nyckel. Logga in med ditt lösenord först.")
    problem = ""
    if info.has_manifest and file_checksum(path, info.checksum_method) != info.checksum:
        problem = "filen har ändrats sedan den skrevs (kontrollsumman stämmer inte)"
    version = info.schema_version
    counts: dict[str, int] = {}
    try:
        conn = _open_copy(path, key if info.encrypted else None)
    except BackupDamaged as exc:
        return Preview(info=info, schema_version=version, counts=counts, problem=problem or str(exc))
    try:
        version = _check_atama(conn, path.name)
        tables = _tables(conn)
        counts = _counts(conn, [t for t, *_ in PREVIEW_TABLES if t in tables])
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problem = problem or f"integritetskontrollen: {integrity[0][0]}"
    except (sqlite_driver.DatabaseError, UnicodeDecodeError) as exc:  # a damaged page of the schema's text
        problem = problem or f"den går inte att läsa: {exc}"
    except BackupDamaged as exc:
        problem = problem or str(exc)
    finally:
        conn.close()
    return Preview(info=info, schema_version=version, counts=counts, problem=problem)


def restore(db_path: str | Path, info: BackupInfo, *, key: bytes | None = None,
            clock: Callable[[], dt.datetime] | None = None, user_id: int | None = None,
            user_name: str = "") -> RestoreResult:
    """Put the backup ``info`` in place of the database at ``db_path``.

    The caller has closed its own connections to the database first (an open connection would hold
    the old file and its WAL). In order: the backup is checked in full (``inspect``; a damaged one
    changes nothing); if the current file still opens, a verified backup of it is made into the
    backup folder (kind before_restore; when that fails the restore goes on: the file itself is kept
    next); the backup is copied (online backup API) to a working file beside the database, migrated
    if it is older, and the RESTORE row is written into it, so the row is part of the restored
    journal; then the current file, with its -wal, is moved aside (``<db>.före-återställning-<time>``,
    a whole database still), its -shm removed (the restored file must not meet an old WAL), and the
    working file renamed into place. A key file comes back with an encrypted backup.
    ``user_id``/``user_name``: who restores (the name goes into the log row's text as well, since the
    restored database may not know the user). ``key``: the database key, for an encrypted backup and
    an encrypted current file."""
    from app.models.store import Store

    clock = clock or dt.datetime.now
    db_path = Path(db_path)
    if keyfile.is_encrypted(db_path) and not info.encrypted:
        raise RuleError(
            f"Säkerhetskopian {info.path.name} är okrypterad, men databasen är krypterad: en återställning "
            "skulle ta bort krypteringen. Välj en krypterad säkerhetskopia. (Ska databasen verkligen tillbaka "
            "till den okrypterade, flytta först undan den krypterade filen och dess nyckelfil.) Ingenting har ändrats.")
    preview = inspect(info, key)
    if not preview.ok:
        raise BackupDamaged(f"Säkerhetskopian {info.path.name} är skadad ({preview.problem}). Ingenting har ändrats.")
    restore_key = key if info.encrypted else None

    safety, safety_problem = None, ""
    if db_path.exists():
        current = None
        for current_key in dict.fromkeys((key, None)):  # the current file: with the key, else plain
            try:
                current = Store.open(db_path, clock=clock, key=current_key)
                break
            except AtamaError as exc:
                safety_problem = str(exc)
        if current is not None:
            safety_problem = ""
            try:
                current.user_id = user_id if _has_user(current, user_id) else None
                safety = make_backup(current, BackupKind.BEFORE_RESTORE, rotate=False)
            except AtamaError as exc:
                safety_problem = str(exc)
            finally:
                current.close()

    working = db_path.with_name(f"{db_path.name}.återställs{TEMP_MARK}{secrets.token_hex(4)}")
    try:
        source = _open_copy(info.path, restore_key)
        try:
            fd = os.open(working, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            os.close(fd)
            target = sqlite_driver.connect(working, key=restore_key)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        with _without_backup(working):
            restored = Store.open(working, clock=clock, key=restore_key)
        try:
            restored.user_id = user_id if _has_user(restored, user_id) else None
            who = f" av {user_name}" if user_name else ""
            restored.access_log.record(
                LogAction.RESTORE, what=f"Återställd{who} från säkerhetskopian {info.path.name} "
                                        f"({info.created:%Y-%m-%d %H:%M}, schemaversion {info.schema_version})")
        finally:
            restored.close()  # the last connection: SQLite checkpoints and removes the working WAL
        if Path(f"{working}-wal").exists():
            raise BackupDamaged("Återställningen kunde inte slutföras (arbetskopians logg finns kvar). "
                                "Ingenting har ändrats.")
        aside = _keep_aside(db_path, clock())
        os.replace(working, db_path)
        _restore_keyfile(db_path, info, aside)
        _fsync_dir(db_path.parent)
    except BaseException:
        _remove(working, Path(f"{working}-wal"), Path(f"{working}-shm"), Path(f"{working}-journal"))
        raise
    return RestoreResult(restored=info, kept_aside=aside, safety_backup=safety, safety_problem=safety_problem)


def _has_user(store: Store, user_id: int | None) -> bool:
    return user_id is not None and store.query_value("SELECT 1 FROM users WHERE id = ?", (user_id,)) is not None


def _keep_aside(db_path: Path, now: dt.datetime) -> Path | None:
    """Move the current file and its -wal aside as one database; remove its -shm (rebuilt from the
    WAL when the aside file is opened). None when there was no file."""
    if not db_path.exists():
        _remove(Path(f"{db_path}-wal"), Path(f"{db_path}-shm"))
        return None
    aside = db_path.with_name(f"{db_path.name}{ASIDE_MARK}{now:%Y%m%d-%H%M%S}")
    while aside.exists():
        aside = aside.with_name(aside.name + "-1")
    os.replace(db_path, aside)
    for suffix in ("-wal", "-journal"):
        if Path(f"{db_path}{suffix}").exists():
            os.replace(f"{db_path}{suffix}", f"{aside}{suffix}")
    _remove(Path(f"{db_path}-shm"))
    current_keys = keyfile.keyfile_path(db_path)
    if current_keys.is_file():
        _copy_file_atomically(current_keys, keyfile.keyfile_path(aside))
    return aside


def _restore_keyfile(db_path: Path, info: BackupInfo, aside: Path | None) -> None:
    target = keyfile.keyfile_path(db_path)
    if info.keyfile.is_file():
        _copy_file_atomically(info.keyfile, target)
    elif not info.encrypted:
        _remove(target)  # a plain database has no key file (the replaced one's is kept with it)


def restore_command_user() -> str:
    """Who restores from the command line when the database could not be opened to sign in."""
    try:
        return f"{getpass.getuser()} (kommandoraden)"
    except (OSError, KeyError):
        return "kommandoraden"

