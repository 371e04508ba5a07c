"""Users: who documents, and who may see what (R4, R11). Each user signs in with a personal
password, kept only as a salted scrypt hash; the title (the profession) decides the kind of entry,
``is_admin`` lets a user manage the others. Every sign-in, failed sign-in, lock and change of rights
lands in the access log.

    store.users.create("Anna Andersson", "arbetsterapeut", "hemligt-lösen")  # the first is the administrator
    store.users.sign_in(anna.id, "hemligt-lösen")     # WrongPassword (and a SIGN_IN_FAILED row) if not
    store.users.change_password("hemligt-lösen", "nytt-lösenord")
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING, NamedTuple

from app.models.allowed import Allowed, refused
from app.models.errors import NotFound, RuleError, ValidationError
from app.models.fields import NAME_MAX, FieldCheck
from app.models.log_actions import LogAction
from app.models.texts import translate
from app.models.vocab import USER_TITLES

if TYPE_CHECKING:
    from app.models.store import Store, Writer

LAST_USER_KEY = "last_user_id"
IDLE_LOCK_KEY = "idle_lock_seconds"  # settings: the window locks after this long without input
IDLE_LOCK_DEFAULT = 600
IDLE_LOCK_MAX = 8 * 3600

# scrypt's cost: N=2**14, r=8, p=1 takes about 42 ms and 16 MiB here (a 2-core laptop), inside the
# 30-50 ms a sign-in may cost. The parameters are stored in every hash, so raising them later leaves
# the old hashes readable.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
PASSWORD_MIN = 8
PASSWORD_MAX = 1024


class WrongPassword(RuleError):
    """The password did not match (the attempt is in the access log)."""


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P,
                  salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$key`` (base64), with a fresh random salt: two users with one password get
    different hashes, and the password itself is in none of it. (``salt`` only for the demo, whose
    public password ``demo`` gets the same hash from the same seed.)"""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    key = _scrypt(password, salt, n, r, p)
    return "$".join(("scrypt", str(n), str(r), str(p), _b64(salt), _b64(key)))


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, key = (stored or "").split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        import hmac  # here, not at import: OpenSSL's load is on the start-up path (DEVELOPING.md)

        return hmac.compare_digest(_scrypt(password, base64.b64decode(salt), int(n), int(r), int(p)), expected)
    except ValueError:
        return False


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib  # here, not at import: OpenSSL's load is on the start-up path (DEVELOPING.md)

    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * 1024 * 1024, dklen=KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def check_new_password(password: str, repeated: str | None = None, field: str = "password") -> str:
    """A new password as the rules take it: at least eight characters (typed twice alike when
    ``repeated`` is given). ValidationError naming ``field`` (or ``repeat``) otherwise."""
    if not isinstance(password, str) or len(password) < PASSWORD_MIN:
        raise ValidationError.single(field, f"Lösenordet måste ha minst {PASSWORD_MIN} tecken.")
    if len(password) > PASSWORD_MAX:
        raise ValidationError.single(field, f"Lösenordet får ha högst {PASSWORD_MAX} tecken.")
    if password.strip() == "":
        raise ValidationError.single(field, "Lösenordet kan inte bara vara blanksteg.")
    if repeated is not None and repeated != password:
        raise ValidationError.single("repeat", "Lösenorden är inte lika. Skriv samma lösenord två gånger.")
    return password


class User(NamedTuple):
    """A user profile: the therapist or coordinator who signs the work."""

    id: int
    name: str
    title: str
    is_admin: bool = False
    active: bool = True
    has_password: bool = True
    must_change_password: bool = False
    phone: str = ""  # how a client or a handler reaches them: printed on documents about their cases
    email: str = ""

    @property
    def contact_line(self) -> str:
        """"070-123 45 67 · anna@example.se"; empty when neither is recorded."""
        return " · ".join(part for part in (self.phone, self.email) if part)

    @property
    def title_label(self) -> str:
        return USER_TITLES.label(self.title)

    @property
    def display(self) -> str:
        return f"{self.name} ({self.title_label.lower()})"

    @property
    def roles_label(self) -> str:
        """"Arbetsterapeut, administratör"; "(inaktiv)" after a deactivated user: for the users
        window only, in the screens' language."""
        title = translate("data", self.title_label)  # the vocabulary's label
        roles = translate("Users", "%1, administratör").replace("%1", title) if self.is_admin else title
        return roles if self.active else translate("Users", "%1 (inaktiv)").replace("%1", roles)


_USER_SELECT = ("SELECT id, name, title, is_admin, active, password_hash IS NOT NULL AS has_password,"
                " must_change_password, phone, email FROM users")
NOT_ADMIN = "Bara en administratör kan ändra användare och behörigheter."


def _user(row: dict) -> User:
    return User(row["id"], row["name"], row["title"], bool(row["is_admin"]), bool(row["active"]),
                bool(row["has_password"]), bool(row["must_change_password"]), row["phone"], row["email"])


def _name_key(name: str) -> str:
    """Names that read alike are the same name: "karin  lindqvist " is Karin Lindqvist."""
    return " ".join(name.split()).casefold()


class Users:
    def __init__(self, store: Store):
        self.store = store

    def add(self, name: str, title: str) -> User:
        """``store.users.add("Anna Andersson", "arbetsterapeut")``. A name another profile already
        has is refused: what two profiles of one name signed could not be told apart."""
        check = FieldCheck()
        name = check.text("name", "Namn", name, required=True, max_len=NAME_MAX, single_line=True)
        title = check.choice("title", "Titel", title, USER_TITLES)
        existing = self.named(name) if name else None
        if existing is not None:
            check.fail("name", f"Det finns redan en profil som heter {existing.name}. "
                               "Välj den i listan eller skriv ett annat namn.")
        check.raise_if_any()
        with self.store.transaction() as tx:
            user_id = tx.insert("users", {"name": name, "title": title, "created_at": self.store.timestamp()})
        return self.get(user_id)

    def get(self, user_id: int) -> User:
        row = self.store.query_one(f"{_USER_SELECT} WHERE id = ?", (user_id,))
        if row is None:
            raise NotFound(f"Användaren {user_id} finns inte.")
        return _user(row)

    def named(self, name: str) -> User | None:
        """The profile with this name, whatever its case and spacing; None if there is none."""
        key = _name_key(name)
        return next((user for user in self.all() if _name_key(user.name) == key), None)

    def all(self) -> list[User]:
        rows = self.store.query(f"{_USER_SELECT} ORDER BY name COLLATE NOCASE")
        return [_user(r) for r in rows]

    def active(self) -> list[User]:
        """The users who may sign in (not deactivated), by name."""
        return [u for u in self.all() if u.active]

    def first_start(self) -> bool:
        """No user yet: the first one to be created becomes the unit's administrator."""
        return not self.store.query_value("SELECT count(*) FROM users")

    # -- creating and managing (an administrator's) -----------------------------------------
    def is_admin(self) -> bool:
        """Whether the signed-in user is an administrator."""
        return bool(self.store.user_id is not None and self.store.query_value(
            "SELECT is_admin FROM users WHERE id = ? AND active = 1", (self.store.user_id,)))

    def _require_admin(self) -> None:
        if not self.is_admin():
            raise RuleError(NOT_ADMIN)

    def create(self, name: str, title: str, password: str, *, is_admin: bool = False,
               password_hash: str | None = None) -> User:
        """A new user with a password. On the first start anyone creates the first user, who is the
        unit's administrator; after that only an administrator adds users, and the password they set
        is changed by the user at the first sign-in. ``password_hash`` (already made with
        ``hash_password``) spares the hashing when many users share one, as in the demo."""
        first = self.first_start()
        if not first:
            self._require_admin()
        if password_hash is None:
            password_hash = hash_password(check_new_password(password))
        with self.store.transaction() as tx:
            user = self.add(name, title)
            admin = first or is_admin
            tx.execute("UPDATE users SET password_hash = ?, is_admin = ?, must_change_password = ? WHERE id = ?",
                       (password_hash, int(admin), int(not first), user.id))
            if not first:
                self._log_rights(tx, f"Lade till användaren {user.name} ({user.title_label.lower()}"
                                     + (", administratör" if admin else "") + ")")
            self._wrap_key(user.id, user.name, password)
        return self.get(user.id)

    def _log_rights(self, tx: Writer, what: str) -> None:
        self.store.access_log.record(LogAction.RIGHTS, what=what, tx=tx)

    def _other_admins(self, user_id: int) -> int:
        return self.store.query_value(
            "SELECT count(*) FROM users WHERE is_admin = 1 AND active = 1 AND id != ?", (user_id,))

    def set_admin(self, user_id: int, admin: bool) -> User:
        """Make ``user_id`` an administrator or not (administrators only; the last one stays)."""
        self._require_admin()
        user = self.get(user_id)
        if not admin and user.is_admin and not self._other_admins(user_id):
            raise RuleError("Enheten behöver minst en administratör. Gör någon annan till administratör först.")
        if user.is_admin == admin:
            return user
        with self.store.transaction() as tx:
            tx.execute("UPDATE users SET is_admin = ? WHERE id = ?", (int(admin), user_id))
            self._log_rights(tx, f"{user.name} {'blev' if admin else 'är inte längre'} administratör")
        return self.get(user_id)

    def set_active(self, user_id: int, active: bool) -> User:
        """Deactivate a user (they can no longer sign in; what they wrote stays theirs) or activate
        them again. Administrators only; not oneself, and not the last administrator."""
        self._require_admin()
        user = self.get(user_id)
        if not active and user_id == self.store.user_id:
            raise RuleError("Du kan inte inaktivera dig själv.")
        if not active and user.is_admin and not self._other_admins(user_id):
            raise RuleError("Enheten behöver minst en administratör. Gör någon annan till administratör först.")
        if user.active == active:
            return user
        with self.store.transaction() as tx:
            tx.execute("UPDATE users SET active = ? WHERE id = ?", (int(active), user_id))
            self._log_rights(tx, f"{user.name} {'aktiverades igen' if active else 'inaktiverades'}")
            if not active:  # their password no longer opens the file (wrapped again at their next sign-in)
                self._unwrap_key(user_id)
        return self.get(user_id)

    def set_password(self, user_id: int, password: str) -> None:
        """An administrator (re)sets a user's password; the user chooses their own at the next sign-in."""
        self._require_admin()
        user = self.get(user_id)
        hashed = hash_password(check_new_password(password))
        with self.store.transaction() as tx:
            tx.execute("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?",
                       (hashed, int(user_id != self.store.user_id), user_id))
            self._log_rights(tx, f"Nytt lösenord för {user.name}")
            self._wrap_key(user_id, user.name, password)

    def change_password(self, old: str, new: str, repeated: str | None = None) -> None:
        """The signed-in user changes their own password; ``old`` must be the present one."""
        user = self.current()
        if user is None:
            raise RuleError("Logga in först.")
        stored = self._stored_hash(user.id)
        if not verify_password(old, stored):
            self.store.access_log.record(LogAction.SIGN_IN_FAILED, user_id=user.id,
                                         what="Fel nuvarande lösenord vid byte av lösenord")
            raise ValidationError.single("old", "Det nuvarande lösenordet stämmer inte.")
        check_new_password(new, repeated, field="new")
        if new == old:
            raise ValidationError.single("new", "Välj ett annat lösenord än det nuvarande.")
        hashed = hash_password(new)
        with self.store.transaction() as tx:
            tx.execute("UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?", (hashed, user.id))
            self._log_rights(tx, "Bytte sitt lösenord")
            self._wrap_key(user.id, user.name, new)

    # -- the database key (an encrypted database: app/models/encryption.py) ---------------------
    def _wrap_key(self, user_id: int, name: str, password: str) -> None:
        """Inside the transaction that stores the password: the key file learns it too, before the
        commit, so a key file that cannot be written leaves the old password in both."""
        if self.store.encrypted:
            from app.models import encryption

            encryption.wrap_for_user(self.store, user_id, name, password)

    def _unwrap_key(self, user_id: int) -> None:
        if self.store.encrypted:
            from app.models import encryption

            encryption.forget_user(self.store, user_id)

    # -- signing in and out -----------------------------------------------------------------
    def _stored_hash(self, user_id: int) -> str | None:
        return self.store.query_value("SELECT password_hash FROM users WHERE id = ?", (user_id,))

    def sign_in(self, user_id: int, password: str, *, remember: bool = True, what: str = "") -> User:
        """Make ``user_id`` the author of what follows, once ``password`` is theirs, and remember them
        for the next start (``remember``). A wrong password raises WrongPassword and leaves a
        SIGN_IN_FAILED row; a user who has no password yet chooses one (``choose_first_password``)."""
        user = self.get(user_id)
        if not user.active:
            raise RuleError(f"{user.name} är inaktiverad och kan inte logga in. Fråga en administratör.")
        stored = self._stored_hash(user.id)
        if stored is None:
            raise RuleError(f"{user.name} har inget lösenord än. Välj ett lösenord (minst {PASSWORD_MIN} tecken).")
        if not verify_password(password, stored):
            self.store.access_log.record(LogAction.SIGN_IN_FAILED, user_id=user.id,
                                         what=f"Fel lösenord ({what})" if what else "Fel lösenord")
            raise WrongPassword(f"Fel lösenord för {user.name}. Försök igen.")
        if self.store.encrypted and not self.store.read_only:
            from app.models import encryption

            # A user the key file does not know yet (after the conversion, a restored older key file,
            # reactivation) opens the file with their password from now on.
            encryption.ensure_wrapped(self.store, user.id, user.name, password)
        return self._signed_in(user, remember, what)

    def choose_first_password(self, user_id: int, password: str, repeated: str | None = None) -> User:
        """A user from before passwords (none yet) chooses one and is signed in."""
        user = self.get(user_id)
        if not user.active:
            raise RuleError(f"{user.name} är inaktiverad och kan inte logga in. Fråga en administratör.")
        if user.has_password:
            raise RuleError(f"{user.name} har redan ett lösenord.")
        hashed = hash_password(check_new_password(password, repeated))
        with self.store.transaction() as tx:
            tx.execute("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash IS NULL", (hashed, user.id))
            self._wrap_key(user.id, user.name, password)
        return self._signed_in(self.get(user.id), True, "Valde sitt första lösenord")

    def _signed_in(self, user: User, remember: bool, what: str) -> User:
        self.store.user_id = user.id
        with self.store.transaction() as tx:
            if remember and not self.store.read_only:  # a read-only window changes nothing, not even this
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (LAST_USER_KEY, str(user.id)),
                )
            self.store.access_log.record(LogAction.SIGN_IN, what=what, tx=tx)
        return user

    def sign_out(self) -> None:
        """Nobody is signed in after this (a SIGN_OUT row for the one who was)."""
        if self.store.user_id is not None:
            self.store.access_log.record(LogAction.SIGN_OUT)
        self.store.user_id = None

    def lock(self) -> None:
        """The window was locked (idle or by hand): a LOCK row; the user stays signed in."""
        self.store.access_log.record(LogAction.LOCK)

    def unlock(self, password: str) -> User:
        """The signed-in user's password opens the locked window again (WrongPassword if not)."""
        if self.store.user_id is None:
            raise RuleError("Ingen är inloggad.")
        return self.sign_in(self.store.user_id, password, remember=False, what="Låste upp")

    # -- the idle lock ----------------------------------------------------------------------
    def idle_lock_seconds(self) -> int:
        """How long without input before the window locks (default ten minutes)."""
        try:
            value = int(self.store.settings.get(IDLE_LOCK_KEY) or IDLE_LOCK_DEFAULT)
        except ValueError:
            return IDLE_LOCK_DEFAULT
        return value if 0 < value <= IDLE_LOCK_MAX else IDLE_LOCK_DEFAULT

    def may_change_idle_lock(self) -> Allowed:
        if not self.is_admin():
            return refused("Bara en administratör kan ändra hur snart programmet låses.")
        return Allowed.yes()

    def set_idle_lock_seconds(self, seconds: int) -> int:
        """Administrators only; a SETTINGS row."""
        self.may_change_idle_lock().require()
        if not isinstance(seconds, int) or not 1 <= seconds <= IDLE_LOCK_MAX:
            raise ValidationError.single("idle_lock",
                                         f"Välj en tid mellan 1 sekund och {IDLE_LOCK_MAX // 3600} timmar.")
        with self.store.transaction() as tx:
            tx.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (IDLE_LOCK_KEY, str(seconds)))
            self.store.access_log.record(LogAction.SETTINGS, what=f"Lås efter {seconds} sekunder utan aktivitet",
                                         tx=tx)
        return seconds

    def last_signed_in(self) -> User | None:
        row = self.store.query_one("SELECT value FROM settings WHERE key = ?", (LAST_USER_KEY,))
        if not row:
            return None
        try:
            return self.get(int(row["value"]))
        except (NotFound, ValueError):
            return None

    def set_contact(self, phone: str, email: str) -> User:
        """The signed-in user's own phone and e-mail, printed with their name on documents about the
        cases they are responsible for (checked as ``store.unit`` checks the unit's). Empty clears it."""
        self.store.unit.save(None, contact=(phone, email))
        assert self.store.user_id is not None  # save() refused otherwise
        return self.get(self.store.user_id)

    def current(self) -> User | None:
        return self.get(self.store.user_id) if self.store.user_id else None
