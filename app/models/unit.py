"""The unit's identity (municipality, unit, address, phone, e-mail, an optional logo): what every
document prints in its frame, so a reader knows who wrote it and how to reach them.

Kept in the ``settings`` table, the logo too (its bytes, base64): it then travels with the database,
its backups and its encryption, and no document depends on a file that may have moved. Only an
administrator changes it; each change is a SETTINGS row in the access log.

    store.unit.identity().name                 # "Arbetsmarknadsavdelningen (AMA)" until set
    store.unit.save(UnitInput(municipality="Åre kommun", name="AMA Järpen", logo_path="logo.png"))
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.errors import RuleError
from app.models.fields import FieldCheck
from app.models.log_actions import LogAction
from app.models.sizes import size_text
from app.models.texts import translate

if TYPE_CHECKING:
    from app.models.store import Store, Writer

DEFAULT_NAME = "Arbetsmarknadsavdelningen (AMA)"
LOGO_MAX_BYTES = 1024 * 1024  # a letterhead logo; a photo straight from a camera is refused
LOGO_MAX_SIDE = 4000  # pixels
KEYS = {"municipality": "unit_municipality", "name": "unit_name", "address": "unit_address",
        "phone": "unit_phone", "email": "unit_email"}
_LOG_NAMES = {"municipality": "kommun", "name": "namn", "address": "adress", "phone": "telefon", "email": "e-post"}
LOGO_KEY, LOGO_TYPE_KEY = "unit_logo", "unit_logo_type"
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-/]{4,29}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_phone(check: FieldCheck, field: str, label: str, value: str | None,
                example: str = "0647-161 00 eller +46 647 161 00") -> str:
    """``label`` names the field and ``example`` is a number of its kind (the unit's switchboard, or
    one's own mobile): the message says what to write, not that a phone number is a phone number."""
    phone = check.text(field, label, value, max_len=30, single_line=True).strip()
    if phone and (not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 6):
        check.fail(field, f"{label}: skriv numret med siffror, t.ex. {example}.")
    return phone


def check_email(check: FieldCheck, field: str, label: str, value: str | None,
                example: str = "namn@kommun.se") -> str:
    email = check.text(field, label, value, max_len=200, single_line=True).strip()
    if email and not _EMAIL.match(email):
        check.fail(field, f"{label}: skriv en adress som {example}.")
    return email


_PLAIN_LETTERS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "ae", "ø": "o"})


def own_email_example(name: str, unit_email: str = "") -> str:
    """An example of one's own address, from one's name and the unit's domain: "bo.berg@are.se"
    for Bo Berg at ama@are.se (the usual shape of a municipal address)."""
    local = ".".join(re.sub(r"[^a-z0-9-]", "", part) for part in name.lower().translate(_PLAIN_LETTERS).split())
    domain = unit_email.rpartition("@")[2] if "@" in unit_email else "kommun.se"
    return f"{local.strip('.') or 'fornamn.efternamn'}@{domain}"


def logo_kind(data: bytes) -> str | None:
    """"png" or "jpeg" from the file's first bytes (its name may lie); None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def read_logo(check: FieldCheck, path: str | Path) -> tuple[bytes, str] | None:
    """The logo file's bytes and kind, or a message at ``logo`` saying what is wrong with it."""
    file = Path(path).expanduser()
    label = "Logotypen"
    try:
        size = file.stat().st_size
        if not file.is_file():
            raise IsADirectoryError
        if size > LOGO_MAX_BYTES:
            check.fail("logo", f"{label} är för stor ({size_text(size)}). Välj en bild på högst 1 MB.")
            return None
        data = file.read_bytes()
    except FileNotFoundError:
        check.fail("logo", f"{label} finns inte: {file}.")
        return None
    except OSError:
        check.fail("logo", f"{label} kunde inte läsas: {file}. Välj en PNG- eller JPEG-fil.")
        return None
    kind = logo_kind(data)
    if kind is None:
        check.fail("logo", f"{label} är ingen PNG- eller JPEG-bild: {file.name}.")
        return None
    try:  # the frame draws it with reportlab; a file it cannot read would fail every document
        from io import BytesIO

        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - any decoder error means the same to the user
        check.fail("logo", f"{label} är en trasig bild och kan inte läsas: {file.name}.")
        return None
    if max(width, height) > LOGO_MAX_SIDE or min(width, height) < 1:
        check.fail("logo", f"{label} är {width}×{height} bildpunkter; högst {LOGO_MAX_SIDE} på varje led.")
        return None
    return data, kind


@dataclass(frozen=True)
class UnitIdentity:
    """Who the documents come from."""

    municipality: str = ""
    name: str = DEFAULT_NAME
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None
    logo_kind: str = ""  # "png" / "jpeg"

    @property
    def heading(self) -> str:
        """"Åre kommun · AMA Järpen": the frame's first line."""
        return " · ".join(part for part in (self.municipality, self.name) if part)

    @property
    def contact_line(self) -> str:
        """Address, phone and e-mail on one line (the footer); empty when none is set."""
        phone = f"Tfn {self.phone}" if self.phone else ""
        return " · ".join(part for part in (self.address, phone, self.email) if part)

    def lines(self) -> list[str]:
        """For the CLI and the dialog: each field with its label."""
        return [f"Kommun: {self.municipality or '–'}", f"Enhet: {self.name}",
                f"Adress: {self.address or '–'}", f"Telefon: {self.phone or '–'}",
                f"E-post: {self.email or '–'}",
                f"Logotyp: {f'{self.logo_kind.upper()}, {size_text(len(self.logo))}' if self.logo else 'ingen'}"]


@dataclass
class UnitInput:
    """What the dialog or the CLI sends. ``None`` keeps a field as it is (the CLI changes only what
    it is given); ``logo_path`` a new logo, ``remove_logo`` none."""

    municipality: str | None = None
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    logo_path: str | Path | None = None
    remove_logo: bool = False


class Unit:
    def __init__(self, store: Store):
        self.store = store

    def identity(self) -> UnitIdentity:
        rows = dict(self.store.query_tuples(
            f"SELECT key, value FROM settings WHERE key IN ({','.join('?' * (len(KEYS) + 2))})",
            (*KEYS.values(), LOGO_KEY, LOGO_TYPE_KEY)))
        values = {field: (rows.get(key) or "").strip() for field, key in KEYS.items()}
        values["name"] = values["name"] or DEFAULT_NAME
        logo = None
        if rows.get(LOGO_KEY):
            try:
                logo = base64.b64decode(rows[LOGO_KEY], validate=True)
            except ValueError:  # a damaged value prints no logo rather than failing every document
                logo = None
        return UnitIdentity(**values, logo=logo, logo_kind=(rows.get(LOGO_TYPE_KEY) or "") if logo else "")

    def who_may_change(self) -> str:
        """The sentence a reader of the unit's fields who may not change them is shown: who may."""
        admins = [u.name for u in self.store.users.active() if u.is_admin]
        if not admins:
            return translate("Unit", "Bara en administratör kan ändra enhetens uppgifter.")
        names = (translate("Unit", "%1 eller %2").replace("%1", ", ".join(admins[:-1])).replace("%2", admins[-1])
                 if len(admins) > 1 else admins[0])
        return translate("Unit", "Bara en administratör kan ändra enhetens uppgifter (%1).").replace("%1", names)

    def save(self, data: UnitInput | None, contact: tuple[str, str] | None = None) -> UnitIdentity:
        """The unit's fields (administrators only; fields that are ``None`` stay as they are) and, with
        ``contact`` (phone, e-mail), the signed-in user's own: all checked first, then written in one
        transaction, so a refusal leaves nothing half-saved. ``data`` None: only the contact."""
        if data is not None and not self.store.users.is_admin():
            raise RuleError("Bara en administratör kan ändra enhetens uppgifter.")
        check = FieldCheck()
        changes: dict[str, str] = {}
        logo = None
        if data is not None:
            changes, logo = self._clean(check, data)
        user_id = self.store.user_id
        if contact is not None:
            if user_id is None:
                raise RuleError("Ingen är inloggad.")
            me = self.store.users.get(user_id)
            contact = (check_phone(check, "my_phone", "Ditt telefonnummer", contact[0], "070-123 45 67"),
                       check_email(check, "my_email", "Din e-postadress", contact[1],
                                   own_email_example(me.name, self.identity().email)))
        check.raise_if_any()
        with self.store.transaction() as tx:
            if data is not None:
                self._write(tx, data, changes, logo)
            if contact is not None and user_id is not None:
                tx.update("users", user_id, {"phone": contact[0], "email": contact[1]})
        return self.identity()

    def _clean(self, check: FieldCheck, data: UnitInput) -> tuple[dict[str, str], tuple[bytes, str] | None]:
        changes: dict[str, str] = {}
        if data.municipality is not None:
            changes["municipality"] = check.text("municipality", "Kommun", data.municipality, max_len=120,
                                                 single_line=True).strip()
        if data.name is not None:
            changes["name"] = check.text("name", "Enhetens namn", data.name, required=True, max_len=120,
                                         single_line=True).strip()
        if data.address is not None:
            changes["address"] = " ".join(check.text("address", "Adress", data.address, max_len=200).split())
        if data.phone is not None:
            changes["phone"] = check_phone(check, "phone", "Telefon", data.phone)
        if data.email is not None:
            changes["email"] = check_email(check, "email", "E-post", data.email)
        logo = read_logo(check, data.logo_path) if data.logo_path else None
        return changes, logo

    def _write(self, tx: Writer, data: UnitInput, changes: dict[str, str], logo: tuple[bytes, str] | None) -> None:
        rows = [(KEYS[field], value) for field, value in changes.items()]
        if logo is not None:
            rows += [(LOGO_KEY, base64.b64encode(logo[0]).decode("ascii")), (LOGO_TYPE_KEY, logo[1])]
        elif data.remove_logo:
            tx.execute("DELETE FROM settings WHERE key IN (?, ?)", (LOGO_KEY, LOGO_TYPE_KEY))
        tx.executemany("INSERT INTO settings (key, value) VALUES (?, ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value", rows)
        named = [_LOG_NAMES[field] for field in changes] + (["logotyp"] if logo or data.remove_logo else [])
        self.store.access_log.record(LogAction.SETTINGS, tx=tx,
                                     what=f"Enhetens uppgifter: {', '.join(named) or 'inget ändrat'}")
