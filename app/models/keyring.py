"""The key of an encrypted database (rules.md R11), wrapped under each user's password and under
the unit's recovery key, kept in a small file beside the database (``atama.sqlite.keys``).

The database key is 32 random bytes; SQLCipher encrypts every page with it (app/models/sqlite_driver.py).
Nobody types it. Each user's password is stretched with scrypt (``WRAP_SCRYPT_N``; the key file can be
attacked offline) into a key-encryption key that wraps the database key (AES key wrap, RFC 3394:
unwrapping with a wrong password fails its integrity check). The recovery key is a random code shown
once when the database is created, to be printed and kept in the unit's safe; it wraps the same key.
Changing a password re-wraps the key under the new one; the database itself is never re-encrypted.

    ring = Keyring()                                  # a new encrypted database
    code = ring.new_recovery_key(database_key, made_at)   # shown once: "ABCD-EFGH-…"
    ring.add_user(1, "Anna Andersson", "hemligt-lösen", database_key)
    ring.save(db_path)
    key = Keyring.load(db_path).unlock(1, "hemligt-lösen")   # WrongPassword if not

The key file holds no personal data of clients: user ids, names (so the sign-in can list who may
open the file before it is open) and wrapped keys. It is written atomically, owner-only. Without it
the database cannot be opened at all, not even with the recovery key (which unwraps the copy in it):
that is why every backup carries a copy and ``check`` reports a missing one.

Where the key file is, and whether a database is encrypted, are app/models/keyfile.py's.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.models.errors import DatabaseUnavailable, ValidationError
from app.models.keyfile import keyfile_path

FORMAT = "atama-keyring-1"
RECOVERY_GROUPS = 8  # 8 groups of 4 base32 characters: 160 random bits, typed back from paper
RECOVERY_GROUP_LEN = 4
# The key file can be copied and attacked offline, unlike the sign-in hash inside the encrypted
# database: its wraps cost scrypt four times the sign-in's (N=2**16, 64 MiB, about 0.2 s here), paid
# once per start. Each wrap stores its parameters, so raising them later leaves old wraps readable.
WRAP_SCRYPT_N = 2**16


def new_database_key() -> bytes:
    import secrets  # here, not at the top: every start asks is_encrypted, and secrets loads OpenSSL (~4 ms)

    return secrets.token_bytes(32)


@dataclass
class Wrapped:
    """The database key wrapped under one secret (a password or the recovery key)."""

    salt: bytes
    wrapped: bytes
    n: int
    r: int
    p: int

    @classmethod
    def make(cls, secret: str, key: bytes) -> Wrapped:
        from app.models.users import SALT_BYTES, SCRYPT_P, SCRYPT_R

        salt = os.urandom(SALT_BYTES)  # a fresh salt each time: a re-wrap never reuses a key-encryption key
        n = WRAP_SCRYPT_N
        return cls(salt, _wrap(_kek(secret, salt, n, SCRYPT_R, SCRYPT_P), key), n, SCRYPT_R, SCRYPT_P)

    def open(self, secret: str) -> bytes | None:
        """The database key, or None when ``secret`` is not the one it was wrapped under."""
        from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap

        try:
            return aes_key_unwrap(_kek(secret, self.salt, self.n, self.r, self.p), self.wrapped)
        except InvalidUnwrap:
            return None

    def as_json(self) -> dict:
        return {"kdf": "scrypt", "n": self.n, "r": self.r, "p": self.p,
                "salt": _b64(self.salt), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: dict) -> Wrapped:
        if data.get("kdf") != "scrypt":
            raise ValueError("unknown kdf")
        return cls(base64.b64decode(data["salt"]), base64.b64decode(data["wrapped"]),
                   int(data["n"]), int(data["r"]), int(data["p"]))


@dataclass
class KeyUser:
    """A user who can open the file with their password."""

    id: int
    name: str
    wrapped: Wrapped


@dataclass
class Keyring:
    """The wrapped keys of one database (see the module docstring)."""

    recovery: Wrapped | None = None
    users: dict[int, KeyUser] = field(default_factory=dict)
    recovery_made_at: str | None = None  # when the present recovery key was made
    recovery_shown_at: str | None = None  # when someone confirmed they wrote it down (None: nobody has)

    # -- making ------------------------------------------------------------------------------
    def new_recovery_key(self, key: bytes, made_at: str) -> str:
        """A new recovery key for ``key``: returned once, as the groups a person types back; the
        previous one no longer opens the file."""
        import secrets  # as in new_database_key

        code = format_recovery_key(secrets.token_bytes(RECOVERY_GROUPS * RECOVERY_GROUP_LEN * 5 // 8))
        self.recovery = Wrapped.make(normalise_recovery_key(code), key)
        self.recovery_made_at = made_at
        self.recovery_shown_at = None
        return code

    def add_user(self, user_id: int, name: str, password: str, key: bytes) -> None:
        """``user_id`` opens the file with ``password`` from now on (replacing any earlier password)."""
        self.users[user_id] = KeyUser(user_id, name, Wrapped.make(password, key))

    def remove_user(self, user_id: int) -> None:
        self.users.pop(user_id, None)

    def opens_with(self, user_id: int, password: str) -> bool:
        user = self.users.get(user_id)
        return user is not None and user.wrapped.open(password) is not None

    # -- opening -----------------------------------------------------------------------------
    def unlock(self, user_id: int, password: str) -> bytes:
        """The database key, with ``user_id``'s password."""
        from app.models.users import WrongPassword

        user = self.users.get(user_id)
        if user is None:
            raise ValidationError.single("user", "Den användaren kan inte öppna den krypterade databasen. "
                                         "En administratör sätter ett tillfälligt lösenord åt dig.")
        key = user.wrapped.open(password)
        if key is None:
            raise WrongPassword(f"Fel lösenord för {user.name}. Försök igen.")
        return key

    def unlock_with_recovery_key(self, code: str) -> bytes:
        key = self.recovery.open(normalise_recovery_key(code)) if self.recovery else None
        if key is None:
            raise ValidationError.single("recovery", "Återställningsnyckeln stämmer inte med den här databasen. "
                                         "Kontrollera varje grupp av tecken mot papperet.")
        return key

    # -- the file ----------------------------------------------------------------------------
    @classmethod
    def load(cls, db_path: str | Path) -> Keyring:
        path = keyfile_path(db_path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("format")
            users = {int(u["id"]): KeyUser(int(u["id"]), str(u["name"]), Wrapped.from_json(u["wrapped"]))
                     for u in data.get("users", [])}
            recovery = Wrapped.from_json(data["recovery"]) if data.get("recovery") else None
            return cls(recovery, users, data.get("recovery_made_at"), data.get("recovery_shown_at"))
        except FileNotFoundError as exc:
            raise DatabaseUnavailable(
                f"Nyckelfilen {path.name} saknas bredvid databasen {Path(db_path).name}. Utan den kan den "
                "krypterade databasen inte öppnas. Lägg tillbaka filen (en kopia ligger bredvid varje "
                "säkerhetskopia) eller återställ en säkerhetskopia.") from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise DatabaseUnavailable(
                f"Nyckelfilen {path.name} går inte att läsa (skadad eller från ett annat program). Lägg "
                "tillbaka en kopia (en ligger bredvid varje säkerhetskopia) eller återställ en "
                "säkerhetskopia.") from exc

    def as_json(self) -> dict:
        return {
            "format": FORMAT,
            "note": "ATAMA: databasens nyckel, krypterad med varje användares lösenord och "
                    "återställningsnyckeln. Innehåller inga klientuppgifter. Ta inte bort filen.",
            "recovery": self.recovery.as_json() if self.recovery else None,
            "recovery_made_at": self.recovery_made_at,
            "recovery_shown_at": self.recovery_shown_at,
            "users": [{"id": u.id, "name": u.name, "wrapped": u.wrapped.as_json()}
                      for u in sorted(self.users.values(), key=lambda u: u.id)],
        }

    def save(self, db_path: str | Path) -> None:
        """Write the key file beside ``db_path``: whole or not at all, owner-only."""
        write_private_file(keyfile_path(db_path), json.dumps(self.as_json(), ensure_ascii=False, indent=1))


def write_private_file(path: Path, text: str) -> None:
    """``text`` into ``path`` atomically (a temporary file renamed over it), mode 0600 from the start."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp makes it 0600
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


# -- the recovery key's form on paper --------------------------------------------------------
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # base32: no 0/1/8/9, so O/0 and I/1 cannot be mixed up
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(text), RECOVERY_GROUP_LEN))


def normalise_recovery_key(code: str) -> str:
    """What a person types back from the paper, as it was made: case, spaces, dashes and the digits
    that look like letters do not matter."""
    cleaned = "".join(ch for ch in code.upper().translate(_LOOKALIKES) if ch in _ALPHABET)
    groups = [cleaned[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(cleaned), RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def _kek(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from app.models.users import _scrypt

    return _scrypt(secret, salt, n, r, p)


def _wrap(kek: bytes, key: bytes) -> bytes:
    from cryptography.hazmat.primitives.keywrap import aes_key_wrap

    return aes_key_wrap(kek, key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
