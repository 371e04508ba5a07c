"""Administering assessment instruments in a case (bedömningar): drafts saved as you go, completion,
scoring and comparison over time.

An administration keeps a copy of the definition it was given with (``definition_json``): editing
or replacing the definition file later never changes an old administration. A completed
administration is read-only until reopened. Its author (the one who started it, the assessor) signs
it once it is completed; a signed one is locked for good and never reopened (migration 2's and 9's
triggers too). A signed administration is corrected by a new one: ``correct`` starts a draft copy of
it pointing to it (``corrects_id``, with the reason), to change and sign; the old one stays and
reads "rättad". No administration is deleted (app/models/signing.py). One started by mistake (the
wrong instrument, the wrong client) is struck out (makulerad) by its author with a reason while it is
unsigned, draft or completed: it stays readable, marked so, never changes again (migration 12), and
is neither listed to sign nor compared.

    a = store.assessments.start(case.id, "weis-s")
    store.assessments.save_rating(a.id, "professional", "time_demands", 3)
    store.assessments.complete(a.id)
    store.assessments.sign(a.id)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from app.models.access_log import LogAction
from app.models.allowed import Allowed, first_refusal, refused
from app.models.checks import not_before_referral
from app.models.errors import NotFound, RuleError, ValidationError
from app.models.fields import FieldCheck, iso
from app.models.instruments import (
    DefinitionError,
    InstrumentDef,
    Registry,
    load_registry,
    parse_definition,
)
from app.models.journal import UnsignedEntry
from app.models.scoring import Comparison, Rating, Score, compare, score
from app.models.signing import (
    Signature,
    Strike,
    sign_rule,
    signature_of,
    strike_of,
    strike_rule,
    write_signature,
    write_strike,
)
from app.models.texts import translate
from app.models.vocab import Choices

if TYPE_CHECKING:
    from app.models.store import Store, Writer

DRAFT, COMPLETED = "utkast", "klar"
ASSESSMENT_STATUSES = Choices(((DRAFT, "Utkast"), (COMPLETED, "Klar")))


@dataclass(frozen=True)
class AssessmentActions:
    """What may be done with one administration now (see allowed.py)."""

    edit: Allowed  # ratings, comments, texts, date
    complete: Allowed
    reopen: Allowed
    sign: Allowed
    correct: Allowed  # a new administration that corrects this signed one
    strike: Allowed  # makulera: an unsigned administration started by mistake


# The refusals below are the buttons' tool tips and what show_error says: the screens' language
# (app/models/texts.py); a model test, the CLI and the logs get the Swedish.


def assessment_actions(status: str, signed: bool, case_changes: Allowed,
                       sign: Allowed | None = None, strike: Allowed | None = None,
                       struck: bool = False, corrected: bool = False) -> AssessmentActions:
    not_struck = (refused(translate("assessments", "Bedömningen är makulerad och kan inte ändras.")) if struck
                  else Allowed.yes())
    unsigned = first_refusal(not_struck, refused(translate(
        "assessments", "Bedömningen är signerad och kan inte ändras. Rätta den med en ny bedömning."))
        if signed else Allowed.yes())
    draft = (Allowed.yes() if status == DRAFT
             else refused(translate("assessments", "Bedömningen är markerad som klar. Öppna den igen för att ändra.")))
    completed = (Allowed.yes() if status == COMPLETED
                 else refused(translate("assessments", "Bedömningen är inte klar och behöver inte öppnas igen.")))
    edit = first_refusal(unsigned, draft, case_changes)
    correct = first_refusal(
        not_struck,
        Allowed.yes() if signed else refused(translate(
            "assessments", "Bara en signerad bedömning rättas; ett utkast ändras direkt.")),
        refused(translate("assessments", "Bedömningen är redan rättad. Rätta rättelsen i stället.")) if corrected
        else Allowed.yes(),
        case_changes)
    struck_sign = refused(translate("assessments", "Bedömningen är makulerad och signeras inte."))
    return AssessmentActions(edit=edit, complete=edit, reopen=first_refusal(unsigned, case_changes, completed),
                             sign=first_refusal(
                                 struck_sign if struck else Allowed.yes(),
                                 sign if sign is not None else refused(translate(
                                     "assessments", "Signera bedömningen från den."))),
                             correct=correct,
                             strike=strike if strike is not None else refused(translate(
                                 "assessments", "Makulera bedömningen från den.")))


class OpenItems(RuleError):
    """Completing with items neither rated nor N/A: the UI asks, then calls complete(confirm=True)."""

    def __init__(self, message: str, open_items: list[tuple[str, str]]):
        super().__init__(message)
        self.open_items = open_items


@dataclass(frozen=True)
class Assessment:
    id: int
    case_id: int
    instrument_id: str
    instrument_version: str
    assessment_date: str
    assessor_id: int | None
    assessor: str | None
    status: str
    confirmed_open_items: bool
    completed_at: str | None
    signed_at: str | None
    created_at: str
    updated_at: str
    author_id: int | None  # created_by: the one who signs (app/models/signing.py)
    author: str | None
    corrects_id: int | None
    correction_reason: str
    corrected_by_id: int | None  # the newest administration that corrects this one, not struck out
    signature: Signature = field(repr=False)
    strike: Strike = field(repr=False)
    definition: InstrumentDef = field(repr=False)
    ratings: dict[str, dict[str, Rating]] = field(repr=False)  # part -> item -> rating
    texts: dict[str, str] = field(repr=False)  # text field id -> text

    @property
    def status_label(self) -> str:
        """"Utkast", "Klar", or "Makulerad (utkast)" for one struck out."""
        label = ASSESSMENT_STATUSES.label(self.status)
        return f"Makulerad ({label.lower()})" if self.is_struck else label

    @property
    def is_draft(self) -> bool:
        return self.status == DRAFT

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def is_struck(self) -> bool:
        return self.strike.is_struck

    @property
    def is_corrected(self) -> bool:
        return self.corrected_by_id is not None

    @property
    def is_correction(self) -> bool:
        return self.corrects_id is not None

    def rating(self, part: str, item_id: str) -> Rating:
        return self.ratings.get(part, {}).get(item_id, Rating())

    @property
    def group(self) -> str:
        """The text of the definition's ``compare_by`` field, stripped (OVal-9: the activity rated);
        "" when the definition groups nothing or the field is empty."""
        field_id = self.definition.compare_by
        return self.texts.get(field_id, "").strip() if field_id else ""

    @property
    def group_key(self) -> str:
        """What two administrations in one group share: the group compared without regard to case."""
        return self.group.casefold()

    @property
    def missing_required(self) -> list[str]:
        """Labels of the required text fields left empty (OVal-9's activity)."""
        return [f.label.sv for f in self.definition.required_fields if not self.texts.get(f.id, "").strip()]

    @property
    def open_items(self) -> list[tuple[str, str]]:
        """(part, item id) of every item neither rated nor N/A, in the definition's order."""
        return [(p.id, i.id) for p in self.definition.parts for i in self.definition.items
                if self.rating(p.id, i.id).is_open]


@dataclass(frozen=True)
class AssessmentComparison:
    before: Assessment
    after: Assessment
    changes: Comparison


def _require_texts(assessment: Assessment, done: str) -> None:
    """A required text field (OVal-9: the activity) left empty refuses ``done`` ("markeras som klar")."""
    missing = [f for f in assessment.definition.required_fields if not assessment.texts.get(f.id, "").strip()]
    if missing:
        raise ValidationError({f"text.{f.id}": f"Fyll i ”{f.label.sv}” innan bedömningen {done}."
                               for f in missing})


def definition_snapshot(definition: InstrumentDef) -> str:
    """The copy of the definition an administration keeps (``definition_json``)."""
    return json.dumps(definition.raw, ensure_ascii=False, sort_keys=True)


@lru_cache(maxsize=64)
def _snapshot(definition_json: str) -> InstrumentDef:
    """The stored copy of a definition, parsed once per distinct text."""
    try:
        return parse_definition(json.loads(definition_json), "sparad kopia i bedömningen", origin="snapshot")
    except DefinitionError as exc:
        raise RuleError(f"Bedömningens sparade instrumentdefinition kan inte läsas: {exc}") from None


_SELECT = """SELECT a.id, a.case_id, a.instrument_id, a.instrument_version, a.definition_json,
       a.assessment_date, a.assessor_id, u.name AS assessor, a.status, a.confirmed_open_items,
       a.completed_at, a.signed_at, us.name AS signer, us.title AS signer_title, a.created_at, a.updated_at,
       a.created_by AS author_id, uc.name AS author, a.corrects_id, a.correction_reason,
       (SELECT max(c.id) FROM assessments c WHERE c.corrects_id = a.id AND c.struck_at IS NULL) AS corrected_by_id,
       a.struck_at, ux.name AS striker, a.strike_reason
FROM assessments a LEFT JOIN users u ON u.id = a.assessor_id LEFT JOIN users us ON us.id = a.signed_by
     LEFT JOIN users uc ON uc.id = a.created_by LEFT JOIN users ux ON ux.id = a.struck_by"""


def what(assessment_id: int) -> str:
    """How the access log names an administration."""
    return f"bedömning {assessment_id}"


class Assessments:
    def __init__(self, store: Store):
        self.store = store
        self._registry: Registry | None = None

    # -- definitions ------------------------------------------------------------------------
    @property
    def registry(self) -> Registry:
        """The instrument definitions, loaded on first use (not at start-up, which must be fast)."""
        if self._registry is None:
            self._registry = load_registry()
        return self._registry

    @registry.setter
    def registry(self, registry: Registry) -> None:
        self._registry = registry

    # -- reads ------------------------------------------------------------------------------
    def get(self, assessment_id: int) -> Assessment:
        row = self.store.query_one(f"{_SELECT} WHERE a.id = ?", (assessment_id,))
        if row is None:
            raise NotFound(f"Bedömningen {assessment_id} finns inte.")
        return self._build(row)

    def for_case(self, case_id: int, instrument_id: str | None = None) -> list[Assessment]:
        """In the order given (date, then creation)."""
        sql = f"{_SELECT} WHERE a.case_id = ?"
        params: list[int | str] = [case_id]
        if instrument_id is not None:
            sql += " AND a.instrument_id = ?"
            params.append(instrument_id)
        rows = self.store.query(sql + " ORDER BY a.assessment_date, a.id", tuple(params))
        return [self._build(r) for r in rows]

    def _build(self, row: dict) -> Assessment:
        ratings: dict[str, dict[str, Rating]] = {}
        for part, item, value, na, comment in self.store.query_tuples(
            "SELECT part, item_id, value, na, comment FROM assessment_ratings WHERE assessment_id = ?", (row["id"],)
        ):
            ratings.setdefault(part, {})[item] = Rating(value, bool(na), comment)
        texts = dict(self.store.query_tuples(
            "SELECT field, text FROM assessment_texts WHERE assessment_id = ?", (row["id"],)
        ))
        data = dict(row)
        data["definition"] = _snapshot(data.pop("definition_json"))
        data["confirmed_open_items"] = bool(data["confirmed_open_items"])
        signature, strike = signature_of(data), strike_of(data)
        return Assessment(**data, signed_at=signature.signed_at, signature=signature, strike=strike,
                          ratings=ratings, texts=texts)

    def score(self, assessment_id: int) -> Score:
        assessment = self.get(assessment_id)
        return score(assessment.definition, assessment.ratings)

    def compare(self, before_id: int, after_id: int) -> AssessmentComparison:
        """Change from one administration to another; positive = towards the favourable end. A struck
        administration is not compared."""
        before, after = self.get(before_id), self.get(after_id)
        for a in (before, after):
            if a.is_struck:
                raise RuleError(f"Bedömning nr {a.id} är makulerad och jämförs inte.")
        return AssessmentComparison(before, after, compare(before.definition, before.ratings,
                                                           after.definition, after.ratings))

    def groups(self, case_id: int, instrument_id: str) -> dict[str, list[Assessment]]:
        """The completed, not struck administrations of one instrument in a case, by the group they
        are compared within (``InstrumentDef.compare_by``; OVal-9: the activity): group label -> the
        administrations in date order. The label is the text as first written ("" when the
        definition groups nothing); groups come in the order of their first administration."""
        found: dict[str, list[Assessment]] = {}
        labels: dict[str, str] = {}
        for a in self.for_case(case_id, instrument_id):
            if a.status == COMPLETED and not a.is_struck:
                label = labels.setdefault(a.group_key, a.group)
                found.setdefault(label, []).append(a)
        return found

    def same_group(self, assessment: Assessment) -> list[Assessment]:
        """The completed, not struck administrations the given one is compared with: its instrument
        in its case and its group (the same OVal-9 activity), itself included if it is completed."""
        return [a for a in self.for_case(assessment.case_id, assessment.instrument_id)
                if a.status == COMPLETED and not a.is_struck and a.group_key == assessment.group_key]

    def compare_first_latest(self, case_id: int, instrument_id: str, group: str = "") -> AssessmentComparison:
        """The first completed administration in the case against the latest one (struck ones left
        out), within one group (``groups``; OVal-9: the activity, "" for instruments without)."""
        key = group.strip().casefold()
        done = next((g for label, g in self.groups(case_id, instrument_id).items() if label.casefold() == key), [])
        if len(done) < 2:
            within = f" för aktiviteten {group.strip()!r}" if key else ""
            raise RuleError(
                f"En jämförelse behöver två klara bedömningar med {instrument_id}{within} i ärendet; "
                f"det finns {len(done)}."
            )
        return self.compare(done[0].id, done[-1].id)

    # -- writes -----------------------------------------------------------------------------
    def start(self, case_id: int, instrument_id: str, version: str | None = None,
              assessment_date: str | None = None) -> Assessment:
        """A new draft; the same instrument may be given any number of times in a case.
        ``version`` None means the newest loaded version."""
        definition = self.registry.get(instrument_id, version)
        check = FieldCheck()
        day = check.date("assessment_date", "Datum", assessment_date or self.store.today(),
                         required=True, not_after=self.store.today())
        not_before_referral(check, "assessment_date", "Datum", day, self._referral(case_id))
        check.raise_if_any()
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            self.store.cases.require_open(case_id)
            assessment_id = tx.insert("assessments", {
                "case_id": case_id,
                "instrument_id": definition.id,
                "instrument_version": definition.version,
                "definition_json": definition_snapshot(definition),
                "assessment_date": iso(day),
                "assessor_id": self.store.user_id,
                "status": DRAFT,
                "created_at": now,
                "created_by": self.store.user_id,
                "updated_at": now,
            })
            self._touch(tx, case_id)
        return self.get(assessment_id)

    def set_date(self, assessment_id: int, assessment_date: str) -> None:
        check = FieldCheck()
        day = check.date("assessment_date", "Datum", assessment_date, required=True, not_after=self.store.today())
        not_before_referral(check, "assessment_date", "Datum", day, self.store.query_value(
            "SELECT c.referral_date FROM assessments a JOIN cases c ON c.id = a.case_id WHERE a.id = ?",
            (assessment_id,)))
        check.raise_if_any()
        with self.store.transaction() as tx:
            row = self._editable(assessment_id)
            tx.execute("UPDATE assessments SET assessment_date = ? WHERE id = ?", (iso(day), assessment_id))
            self._touch(tx, row["case_id"], assessment_id)

    def save_rating(self, assessment_id: int, part: str, item_id: str, value: int | None = None,
                    *, na: bool = False) -> None:
        """Autosave of one rating: a scale value, N/A (``na=True``), or neither (the item is open again)."""
        with self.store.transaction() as tx:
            row = self._editable(assessment_id)
            self._check_rating(_snapshot(row["definition_json"]), part, item_id, value, na)
            tx.execute(
                """INSERT INTO assessment_ratings (assessment_id, part, item_id, value, na, updated_at, updated_by)
                   VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (assessment_id, part, item_id) DO UPDATE SET value = excluded.value,
                     na = excluded.na, updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                (assessment_id, part, item_id, value, int(na), self.store.timestamp(), self.store.user_id),
            )
            self._touch(tx, row["case_id"], assessment_id)

    def save_comment(self, assessment_id: int, part: str, item_id: str, text: str) -> None:
        """Autosave of the observation/comment on one item (the rating is left as it is)."""
        check = FieldCheck()
        text = check.text("comment", "Kommentaren", text)
        check.raise_if_any()
        with self.store.transaction() as tx:
            row = self._editable(assessment_id)
            self._check_rating(_snapshot(row["definition_json"]), part, item_id, None, False)
            tx.execute(
                """INSERT INTO assessment_ratings (assessment_id, part, item_id, comment, updated_at, updated_by)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (assessment_id, part, item_id) DO UPDATE SET comment = excluded.comment,
                     updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                (assessment_id, part, item_id, text, self.store.timestamp(), self.store.user_id),
            )
            self._touch(tx, row["case_id"], assessment_id)

    def save_text(self, assessment_id: int, field_id: str, text: str) -> None:
        """Autosave of a free-text field of the administration (interpretation, goals ...)."""
        check = FieldCheck()
        text = check.text("text", "Texten", text)
        check.raise_if_any()
        with self.store.transaction() as tx:
            row = self._editable(assessment_id)
            definition = _snapshot(row["definition_json"])
            if field_id not in {f.id for f in definition.text_fields}:
                raise ValidationError.single("field", f"Textfältet {field_id!r} finns inte i "
                                                      f"{definition.short_name} version {definition.version}.")
            tx.execute(
                """INSERT INTO assessment_texts (assessment_id, field, text, updated_at, updated_by)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (assessment_id, field) DO UPDATE SET text = excluded.text,
                     updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                (assessment_id, field_id, text, self.store.timestamp(), self.store.user_id),
            )
            self._touch(tx, row["case_id"], assessment_id)

    def complete(self, assessment_id: int, confirm_open_items: bool = False) -> Assessment:
        """Every item in every part rated or N/A, or the user confirms leaving the rest open
        (then recorded in ``confirmed_open_items``). Raises OpenItems otherwise."""
        with self.store.transaction() as tx:
            row = self._editable(assessment_id)
            assessment = self.get(assessment_id)
            _require_texts(assessment, "markeras som klar")
            still_open = assessment.open_items
            if still_open and not confirm_open_items:
                raise OpenItems(self._open_message(assessment.definition, still_open), still_open)
            tx.execute(
                """UPDATE assessments SET status = ?, completed_at = ?, completed_by = ?, confirmed_open_items = ?
                   WHERE id = ?""",
                (COMPLETED, self.store.timestamp(), self.store.user_id, int(bool(still_open)), assessment_id),
            )
            self._touch(tx, row["case_id"], assessment_id)
        return self.get(assessment_id)

    def sign(self, assessment_id: int) -> Assessment:
        """The author signs the completed administration: from now on it never changes."""
        with self.store.transaction() as tx:
            self._sign(tx, assessment_id)
        return self.get(assessment_id)

    def sign_many(self, assessment_ids: Iterable[int]) -> list[Assessment]:
        """Sign every one of ``assessment_ids``, all or none (journal.SOURCES)."""
        ids = list(dict.fromkeys(assessment_ids))
        with self.store.transaction() as tx:
            for assessment_id in ids:
                self._sign(tx, assessment_id)
        return [self.get(i) for i in ids]

    def _sign(self, tx: Writer, assessment_id: int) -> None:
        row = self._row(assessment_id)
        self._actions(row).sign.require()
        _require_texts(self.get(assessment_id), "signeras")
        write_signature(tx, self.store, "assessments", assessment_id, row["case_id"], what(assessment_id))

    def strike(self, assessment_id: int, reason: str) -> Assessment:
        """Strike out (makulera) an unsigned administration started by mistake, with the reason; it
        stays readable, marked so, and never changes again. A signed one is corrected instead."""
        row = self._row(assessment_id)
        self._actions(row).strike.require()
        write_strike(self.store, "assessments", assessment_id, row["case_id"], what(assessment_id), reason)
        return self.get(assessment_id)

    def correct(self, assessment_id: int, reason: str) -> Assessment:
        """A correction of a signed administration: a new draft with the same instrument version,
        date, ratings, comments and texts, pointing to it with ``reason``; changed and signed like any
        administration. The old one stays as it was and reads "rättad"."""
        row = self._row(assessment_id)
        self._actions(row).correct.require()
        check = FieldCheck()
        reason = check.text("reason", "Skäl till rättelsen", reason, required=True)
        check.raise_if_any()
        old = self.get(assessment_id)
        now, user = self.store.timestamp(), self.store.user_id
        with self.store.transaction() as tx:
            self.store.cases.require_open(old.case_id)
            new_id = tx.insert("assessments", {
                "case_id": old.case_id, "instrument_id": old.instrument_id,
                "instrument_version": old.instrument_version, "definition_json": row["definition_json"],
                "assessment_date": old.assessment_date, "assessor_id": user, "status": DRAFT,
                "created_at": now, "created_by": user, "updated_at": now,
                "corrects_id": assessment_id, "correction_reason": reason,
            })
            tx.execute(
                """INSERT INTO assessment_ratings (assessment_id, part, item_id, value, na, comment, updated_at,
                                                   updated_by)
                   SELECT ?, part, item_id, value, na, comment, ?, ? FROM assessment_ratings WHERE assessment_id = ?""",
                (new_id, now, user, assessment_id))
            tx.execute(
                """INSERT INTO assessment_texts (assessment_id, field, text, updated_at, updated_by)
                   SELECT ?, field, text, ?, ? FROM assessment_texts WHERE assessment_id = ?""",
                (new_id, now, user, assessment_id))
            self.store.cases.touch(tx, old.case_id, now, what=f"{what(new_id)}, rättelse av {assessment_id}")
            self.store.access_log.record(LogAction.CORRECT, case_id=old.case_id,
                                         what=f"{what(assessment_id)} rättad genom {new_id}", tx=tx)
        return self.get(new_id)

    def unsigned_for(self, user_id: int | None, written_before: str | None = None) -> list[UnsignedEntry]:
        """Completed administrations ``user_id`` started and has not signed or struck out (every
        author's when None), oldest completed first: a source of ``store.journal.unsigned_for``. A
        draft is not listed: it is finished (marked klar) before it is signed."""
        where, params = ("AND a.created_by = ?", (user_id,)) if user_id is not None else ("", ())
        if written_before is not None:  # Att göra's "older than N days" (journal.older_than)
            where, params = where + " AND a.completed_at < ?", (*params, written_before)
        rows = self.store.query_tuples(
            f"""SELECT a.id, a.case_id, c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name,
                       a.assessment_date, a.completed_at, a.instrument_id, a.instrument_version, a.created_by, u.name
                FROM assessments a JOIN cases c ON c.id = a.case_id JOIN clients cl ON cl.id = c.client_id
                LEFT JOIN users u ON u.id = a.created_by
                WHERE a.signed_at IS NULL AND a.struck_at IS NULL AND a.status = '{COMPLETED}' {where}
                ORDER BY a.completed_at, a.id""",
            params,
        )
        return [UnsignedEntry("assessment", aid, case_id, number, client_id, name, day, written or day,
                              f"Bedömning – {instrument} version {version}", author_id, author)
                for aid, case_id, number, client_id, name, day, written, instrument, version, author_id, author
                in rows]

    def reopen(self, assessment_id: int) -> Assessment:
        """A completed, unsigned administration becomes a draft again."""
        with self.store.transaction() as tx:
            row = self._row(assessment_id)
            self._actions(row).reopen.require()
            tx.execute(
                """UPDATE assessments SET status = ?, completed_at = NULL, completed_by = NULL,
                   confirmed_open_items = 0 WHERE id = ?""",
                (DRAFT, assessment_id),
            )
            self._touch(tx, row["case_id"], assessment_id)
        return self.get(assessment_id)

    # -- helpers ----------------------------------------------------------------------------
    def _row(self, assessment_id: int) -> dict:
        row = self.store.query_one(
            """SELECT a.case_id, a.status, a.signed_at, a.definition_json, a.created_by, u.name AS author,
                      us.name AS signer, us.title AS signer_title, a.struck_at, ux.name AS striker, a.strike_reason,
                      EXISTS (SELECT 1 FROM assessments c WHERE c.corrects_id = a.id AND c.struck_at IS NULL)
                          AS corrected
               FROM assessments a LEFT JOIN users u ON u.id = a.created_by LEFT JOIN users us ON us.id = a.signed_by
                    LEFT JOIN users ux ON ux.id = a.struck_by
               WHERE a.id = ?""", (assessment_id,)
        )
        if row is None:
            raise NotFound(f"Bedömningen {assessment_id} finns inte.")
        return row

    def actions(self, assessment_id: int) -> AssessmentActions:
        """What may be done with the administration now: ``store.assessments.actions(a.id).edit.ok``."""
        return self._actions(self._row(assessment_id))

    def _actions(self, row: dict) -> AssessmentActions:
        signature = Signature(row["signed_at"], row["signer"], row["signer_title"])
        completed = (Allowed.yes() if row["status"] == COMPLETED
                     else refused(translate("assessments", "Markera bedömningen som klar innan den signeras.")))
        sign = sign_rule("Bedömningen", signature, row["created_by"], row["author"], self.store.user_id, completed)
        strike = Strike(row["struck_at"], row["striker"], row["strike_reason"])
        strike_allowed = strike_rule("Bedömningen", signature, strike, row["created_by"], row["author"],
                                     self.store.user_id)
        return assessment_actions(row["status"], signature.is_signed, self.store.cases.changes(row["case_id"]), sign,
                                  strike_allowed, strike.is_struck, bool(row["corrected"]))

    def _editable(self, assessment_id: int) -> dict:
        """The row of a draft the user may change; called inside the write transaction."""
        row = self._row(assessment_id)
        self._actions(row).edit.require()
        return row

    def _referral(self, case_id: int) -> str | None:
        return self.store.query_value("SELECT referral_date FROM cases WHERE id = ?", (case_id,))

    def _touch(self, tx: Writer, case_id: int, assessment_id: int | None = None) -> None:
        now = self.store.timestamp()
        if assessment_id is not None:
            tx.update("assessments", assessment_id, {"updated_at": now})
        self.store.cases.touch(tx, case_id, now)

    @staticmethod
    def _check_rating(definition: InstrumentDef, part: str, item_id: str, value, na: bool) -> None:
        name = f"{definition.short_name} version {definition.version}"
        values = ", ".join(str(v) for v in definition.scale.values)
        errors = {}
        if part not in {p.id for p in definition.parts}:
            errors["part"] = f"Delen {part!r} finns inte i {name}."
        if item_id not in {i.id for i in definition.items}:
            errors["item_id"] = f"Påståendet {item_id!r} finns inte i {name}."
        if na and value is not None:
            errors["value"] = "Välj antingen ett värde på skalan eller Ej tillämplig, inte båda."
        elif na and not definition.na.allowed:
            errors["na"] = f"{definition.short_name} tillåter inte Ej tillämplig; välj ett värde på skalan ({values})."
        elif value is not None and (type(value) is not int or value not in definition.scale.values):
            errors["value"] = (f"Värdet {value} finns inte på skalan för {definition.short_name} "
                               f"(tillåtna värden: {values}).")
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _open_message(definition: InstrumentDef, open_items: list[tuple[str, str]]) -> str:
        several_parts = len(definition.parts) > 1
        names = [definition.item(i).label.sv + (f" ({definition.part(p).label.sv})" if several_parts else "")
                 for p, i in open_items]
        shown = ", ".join(names[:5]) + (" med flera" if len(names) > 5 else "")
        count = "1 påstående är" if len(names) == 1 else f"{len(names)} påståenden är"
        state = "varken bedömda eller markerade Ej tillämplig" if definition.na.allowed else "inte bedömda"
        return f"{count} {state}: {shown}. Bedöm dem, eller bekräfta att de lämnas öppna."
