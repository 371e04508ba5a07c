"""Item-level instrument data for quality follow-up and research, under a pseudonym: no name, no
personnummer, no case number. The pseudonym is an HMAC of the client id with a random key kept in
the database, so only the database can link it back to a person (rules R7)."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models.instruments import RATERS, InstrumentDef, parse_definition
from app.models.statistics import age_band_on
from app.models.vocab import GENDERS

if TYPE_CHECKING:
    from app.models.store import Store

PSEUDONYM_SECRET = "pseudonym_secret"  # settings key: random per database, never exported


def pseudonym_secret(store: Store) -> bytes:
    """The database's own random key for pseudonyms, made on first use. Kept in the settings (not in
    any export), so the same client gets the same pseudonym in every export from this database and
    no one without the database can link a pseudonym to a person."""
    with store.transaction():
        value = store.settings.get(PSEUDONYM_SECRET)
        if not value:
            value = secrets.token_hex(32)
            store.settings.set(PSEUDONYM_SECRET, value)
    return bytes.fromhex(value)


def pseudonym(secret: bytes, client_id: int) -> str:
    """``P-`` and 12 hex digits of HMAC-SHA256(secret, client id). 48 bits: with 100 000 clients the
    chance that two share a pseudonym is about 1 in 50 000 (8 digits would make it likely)."""
    digest = hmac.new(secret, str(client_id).encode(), hashlib.sha256).hexdigest()
    return f"P-{digest[:12].upper()}"


@dataclass(frozen=True)
class InstrumentRow:
    """One item of one part of one administration; nothing in it names the client."""

    pseudonym: str
    gender: str  # label
    age_band: str  # on the administration date
    instrument_id: str
    instrument_version: str
    administration: int  # 1, 2, … in the file: groups the rows of one administration
    client_order: int  # the client's 1st, 2nd … administration of this instrument
    assessment_date: str
    status: str  # label
    part: str
    rater: str
    domain: str
    item_id: str
    item: str
    value: int | None
    not_applicable: bool


def instrument_rows(store: Store, instrument_id: str | None = None,
                    include_drafts: bool = False) -> Iterator[InstrumentRow]:
    """Item-level ratings of completed administrations (``include_drafts``: all), every item of the
    definition the administration used, rated or not. Clients who asked to be left out of statistics
    are left out here too."""
    from app.models.assessments import ASSESSMENT_STATUSES, COMPLETED

    secret = pseudonym_secret(store)
    where, params = ["k.anonymous_in_stats = 0", "a.struck_at IS NULL"], {}  # struck: started by mistake
    if instrument_id is not None:
        where.append("a.instrument_id = :instrument")
        params["instrument"] = instrument_id
    if not include_drafts:
        where.append("a.status = :completed")
        params["completed"] = COMPLETED
    administrations = store.query_tuples(
        f"""SELECT a.id, c.client_id, k.gender, k.personnummer, k.is_coordination, k.birth_year, a.instrument_id,
                   a.instrument_version, a.definition_json, a.assessment_date, a.status
            FROM assessments a JOIN cases c ON c.id = a.case_id JOIN clients k ON k.id = c.client_id
            WHERE {' AND '.join(where)}
            ORDER BY a.instrument_id, a.instrument_version, c.client_id, a.assessment_date, a.id""",
        params,
    )
    definitions: dict[str, InstrumentDef] = {}
    order: Counter = Counter()
    for number, (assessment_id, client_id, gender, pnr, coordination, birth_year, instrument, version, definition_json,
                 day, status) in enumerate(administrations, 1):
        definition = definitions.get(definition_json)
        if definition is None:
            definition = parse_definition(json.loads(definition_json), "sparad kopia", origin="snapshot")
            definitions[definition_json] = definition
        order[(client_id, instrument)] += 1
        ratings = {(part, item): (value, na) for part, item, value, na in store.query_tuples(
            "SELECT part, item_id, value, na FROM assessment_ratings WHERE assessment_id = ?", (assessment_id,))}
        domains = {d.id: d.label.sv for d in definition.domains}
        band = age_band_on(day, pnr, coordination, birth_year)
        for part in definition.parts:
            for item in definition.items:
                value, na = ratings.get((part.id, item.id), (None, 0))
                yield InstrumentRow(
                    pseudonym=pseudonym(secret, client_id), gender=GENDERS.label(gender), age_band=band,
                    instrument_id=instrument, instrument_version=version, administration=number,
                    client_order=order[(client_id, instrument)], assessment_date=day,
                    status=ASSESSMENT_STATUSES.label(status), part=part.label.sv, rater=RATERS.get(part.rater, ""),
                    domain=domains.get(item.domain, item.domain), item_id=item.id, item=item.label.sv,
                    value=value, not_applicable=bool(na),
                )
