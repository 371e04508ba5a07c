"""User profiles (who documents). There is no password: the laptop's own login protects access."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.errors import NotFound
from app.models.fields import NAME_MAX, FieldCheck
from app.models.vocab import USER_TITLES

if TYPE_CHECKING:
    from app.models.store import Store

LAST_USER_KEY = "last_user_id"


@dataclass(frozen=True)
class User:
    """A user profile: the therapist or coordinator who signs the work."""

    id: int
    name: str
    title: str

    @property
    def title_label(self) -> str:
        return USER_TITLES.label(self.title)

    @property
    def display(self) -> str:
        return f"{self.name} ({self.title_label.lower()})"


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
        row = self.store.query_one("SELECT id, name, title FROM users WHERE id = ?", (user_id,))
        if row is None:
            raise NotFound(f"Användaren {user_id} finns inte.")
        return User(**row)

    def named(self, name: str) -> User | None:
        """The profile with this name, whatever its case and spacing; None if there is none."""
        key = _name_key(name)
        return next((user for user in self.all() if _name_key(user.name) == key), None)

    def all(self) -> list[User]:
        rows = self.store.query("SELECT id, name, title FROM users ORDER BY name COLLATE NOCASE")
        return [User(**r) for r in rows]

    def sign_in(self, user_id: int) -> User:
        """Make ``user_id`` the author of what follows and remember it for the next start."""
        user = self.get(user_id)
        self.store.user_id = user.id
        with self.store.transaction() as tx:
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (LAST_USER_KEY, str(user.id)),
            )
        return user

    def last_signed_in(self) -> User | None:
        row = self.store.query_one("SELECT value FROM settings WHERE key = ?", (LAST_USER_KEY,))
        if not row:
            return None
        try:
            return self.get(int(row["value"]))
        except (NotFound, ValueError):
            return None

    def current(self) -> User | None:
        return self.get(self.store.user_id) if self.store.user_id else None
