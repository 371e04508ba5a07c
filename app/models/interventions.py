"""Interventions (insatser) and collaboration meetings (samverkansmöten) logged on a case.

    store.interventions.add(case.id, InterventionInput("2026-11-20", 45, "kompensation", "hjalpmedel",
                                                       goal_id=goal.id, text="Provade arbetsstol."))
    store.interventions.add_meeting(case.id, MeetingInput("2026-11-19", "avstamningsmote", ["af"],
                                                          participants="Klienten, handläggare Af"))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.checks import not_before_referral, whole_number
from app.models.errors import NotFound
from app.models.fields import FieldCheck, iso
from app.models.vocab import (
    INTERVENTION_KINDS,
    INTERVENTION_MODELS,
    MEETING_KINDS,
    PARTNERS,
    intervention_kinds,
)

if TYPE_CHECKING:
    from app.models.store import Store, Writer

MAX_MINUTES = 24 * 60


@dataclass
class InterventionInput:
    intervention_date: str = ""
    minutes: int | str | None = None
    model: str = ""
    kind: str = ""
    goal_id: int | None = None  # the sub-goal it serves (any version of the case's plan)
    text: str = ""


@dataclass(frozen=True)
class Intervention:
    id: int
    case_id: int
    intervention_date: str
    minutes: int
    model: str
    kind: str
    goal_id: int | None
    goal_text: str | None
    goal_number: int | None  # position + 1 in its plan version
    goal_version: int | None
    text: str
    author_id: int | None
    author: str | None
    created_at: str
    updated_at: str

    @property
    def model_label(self) -> str:
        return INTERVENTION_MODELS.label(self.model)

    @property
    def kind_label(self) -> str:
        return INTERVENTION_KINDS.label(self.kind)

    @property
    def kind_fits_model(self) -> bool:
        """False for a row saved before the kinds followed the model (e.g. Stödjande): it is still
        shown and counted as it was recorded."""
        return self.kind in intervention_kinds(self.model)

    @property
    def goal_label(self) -> str:
        if self.goal_id is None:
            return ""
        return f"Delmål {self.goal_number} (version {self.goal_version}): {self.goal_text}"

    def as_input(self) -> InterventionInput:
        return InterventionInput(self.intervention_date, self.minutes, self.model, self.kind, self.goal_id, self.text)


@dataclass(frozen=True)
class InterventionSummary:
    count: int
    minutes: int
    by_model: dict[str, tuple[int, int]]  # model -> (count, minutes), in vocabulary order
    by_kind: dict[str, tuple[int, int]]


@dataclass
class MeetingInput:
    meeting_date: str = ""
    kind: str = ""
    partners: list[str] = field(default_factory=list)
    partner_other: str = ""  # who, when "annan" is among the partners
    participants: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class Meeting:
    id: int
    case_id: int
    meeting_date: str
    kind: str
    partners: tuple[str, ...]
    partner_other: str
    participants: str
    outcome: str
    author: str | None
    created_at: str
    updated_at: str

    @property
    def kind_label(self) -> str:
        return MEETING_KINDS.label(self.kind)

    @property
    def partners_label(self) -> str:
        labels = [PARTNERS.label(p) for p in self.partners if p != "annan"]
        if "annan" in self.partners:
            labels.append(self.partner_other or PARTNERS.label("annan"))
        return ", ".join(labels)

    def as_input(self) -> MeetingInput:
        return MeetingInput(self.meeting_date, self.kind, list(self.partners), self.partner_other,
                            self.participants, self.outcome)


_SELECT = """SELECT i.id, i.case_id, i.intervention_date, i.minutes, i.model, i.kind, i.goal_id,
       g.text AS goal_text, g.position + 1 AS goal_number, v.version AS goal_version, i.text, i.author_id,
       u.name AS author, i.created_at, i.updated_at
FROM interventions i
LEFT JOIN plan_goals g ON g.id = i.goal_id
LEFT JOIN plan_versions v ON v.id = g.plan_version_id
LEFT JOIN users u ON u.id = i.author_id"""


class Interventions:
    def __init__(self, store: Store):
        self.store = store

    # -- interventions ----------------------------------------------------------------------
    def _clean(self, case_id: int, data: InterventionInput, stored: Intervention | None = None) -> dict:
        check = FieldCheck()
        day = check.date("intervention_date", "Datum", data.intervention_date, required=True,
                         not_after=self.store.today())
        not_before_referral(check, "intervention_date", "Datum", day, self._referral(case_id))
        minutes = whole_number(check, "minutes", "Tid i minuter", data.minutes, low=0, high=MAX_MINUTES,
                               required=True)
        model = check.choice("model", "Modell", data.model, INTERVENTION_MODELS)
        kind = check.choice("kind", "Typ av insats", data.kind, INTERVENTION_KINDS)
        # A kind belongs to its model. A row saved before the lists followed the model keeps its pair
        # while it is edited (its text, its minutes); a new pair must be one the model offers.
        kept = stored is not None and (stored.model, stored.kind) == (model, kind)
        if model and kind and kind not in intervention_kinds(model) and not kept:
            check.fail("kind", f"Typ av insats: {INTERVENTION_KINDS.label(kind)} hör inte till modellen "
                               f"{INTERVENTION_MODELS.label(model)}. Välj en typ som hör till modellen.")
        text = check.text("text", "Beskrivning", data.text)
        if kind == "annan" and not text.strip():
            check.fail("text", "Beskriv insatsen när du valt Annan.")
        if data.goal_id is not None and self.store.plans.goal_case(data.goal_id) != case_id:
            check.fail("goal_id", "Delmålet hör inte till det här ärendets utvecklingsplan.")
        check.raise_if_any()
        return {"intervention_date": iso(day), "minutes": minutes, "model": model, "kind": kind,
                "goal_id": data.goal_id, "text": text}

    def add(self, case_id: int, data: InterventionInput) -> Intervention:
        self.store.cases.require_open(case_id)
        row = self._clean(case_id, data)
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            self.store.cases.require_open(case_id)
            intervention_id = tx.insert("interventions", {
                **row, "case_id": case_id, "author_id": self.store.user_id, "created_at": now, "updated_at": now,
            })
            self.store.cases.touch(tx, case_id, now)
        return self.get(intervention_id)

    def update(self, intervention_id: int, data: InterventionInput) -> Intervention:
        stored = self.get(intervention_id)
        case_id = stored.case_id
        self.store.cases.require_open(case_id)
        row = self._clean(case_id, data, stored)
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("interventions", intervention_id, {**row, "updated_at": now})
            self.store.cases.touch(tx, case_id, now)
        return self.get(intervention_id)

    def get(self, intervention_id: int) -> Intervention:
        row = self.store.query_one(f"{_SELECT} WHERE i.id = ?", (intervention_id,))
        if row is None:
            raise NotFound(f"Insatsen {intervention_id} finns inte.")
        return Intervention(**row)

    def for_case(self, case_id: int) -> list[Intervention]:
        """Newest first, as the journal."""
        rows = self.store.query(f"{_SELECT} WHERE i.case_id = ? ORDER BY i.intervention_date DESC, i.id DESC",
                                (case_id,))
        return [Intervention(**r) for r in rows]

    def for_goal(self, goal_id: int) -> list[Intervention]:
        """Interventions serving the sub-goal, in any version of the plan (its whole lineage)."""
        rows = self.store.query(
            f"""{_SELECT} WHERE i.goal_id IN (SELECT id FROM plan_goals WHERE lineage_id =
                   (SELECT lineage_id FROM plan_goals WHERE id = ?))
                ORDER BY i.intervention_date DESC, i.id DESC""",
            (goal_id,),
        )
        return [Intervention(**r) for r in rows]

    def summary(self, case_id: int) -> InterventionSummary:
        rows = self.store.query_tuples(
            "SELECT model, kind, count(*), sum(minutes) FROM interventions WHERE case_id = ? GROUP BY model, kind",
            (case_id,),
        )
        by_model: dict[str, tuple[int, int]] = {}
        by_kind: dict[str, tuple[int, int]] = {}
        for model, kind, n, minutes in rows:
            for bucket, key in ((by_model, model), (by_kind, kind)):
                count, total = bucket.get(key, (0, 0))
                bucket[key] = (count + n, total + minutes)
        return InterventionSummary(
            count=sum(r[2] for r in rows),
            minutes=sum(r[3] for r in rows),
            by_model={k: by_model[k] for k in INTERVENTION_MODELS.keys() if k in by_model},  # noqa: SIM118
            by_kind={k: by_kind[k] for k in INTERVENTION_KINDS.keys() if k in by_kind},  # noqa: SIM118
        )

    # -- collaboration meetings -------------------------------------------------------------
    def _referral(self, case_id: int) -> str | None:
        return self.store.query_value("SELECT referral_date FROM cases WHERE id = ?", (case_id,))

    def _clean_meeting(self, case_id: int, data: MeetingInput) -> tuple[dict, list[str]]:
        check = FieldCheck()
        day = check.date("meeting_date", "Datum", data.meeting_date, required=True, not_after=self.store.today())
        not_before_referral(check, "meeting_date", "Datum", day, self._referral(case_id))
        kind = check.choice("kind", "Typ av möte", data.kind, MEETING_KINDS)
        partners = list(dict.fromkeys(data.partners or []))
        if not partners:
            check.fail("partners", "Välj minst en samverkanspart.")
        elif any(p not in PARTNERS for p in partners):
            check.fail("partners", "Välj samverkansparter ur listan.")
        other = check.text("partner_other", "Annan samverkanspart", data.partner_other, max_len=200, single_line=True)
        if "annan" in partners and not other:
            check.fail("partner_other", "Ange vilken annan samverkanspart som deltog.")
        participants = check.text("participants", "Deltagare", data.participants, required=True, max_len=5000)
        outcome = check.text("outcome", "Resultat", data.outcome)
        check.raise_if_any()
        order = PARTNERS.keys()
        partners.sort(key=order.index)
        return ({"meeting_date": iso(day), "kind": kind, "partner_other": other if "annan" in partners else "",
                 "participants": participants, "outcome": outcome}, partners)

    def add_meeting(self, case_id: int, data: MeetingInput) -> Meeting:
        self.store.cases.require_open(case_id)
        row, partners = self._clean_meeting(case_id, data)
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            self.store.cases.require_open(case_id)
            meeting_id = tx.insert("meetings", {
                **row, "case_id": case_id, "starts_at": row["meeting_date"], "author_id": self.store.user_id,
                "created_at": now, "updated_at": now,
            })
            self._write_partners(tx, meeting_id, partners)
            self.store.cases.touch(tx, case_id, now)
        return self.meeting(meeting_id)

    def update_meeting(self, meeting_id: int, data: MeetingInput) -> Meeting:
        case_id = self.meeting(meeting_id).case_id
        # a meeting is a record now (app/models/meetings.py): a signed or struck one never changes
        self.store.meetings.get(meeting_id).allowed.edit_plan.require()
        self.store.cases.require_open(case_id)
        row, partners = self._clean_meeting(case_id, data)
        now = self.store.timestamp()
        with self.store.transaction() as tx:
            tx.update("meetings", meeting_id, {**row, "starts_at": row["meeting_date"], "updated_at": now})
            self._write_partners(tx, meeting_id, partners)
            self.store.cases.touch(tx, case_id, now)
        return self.meeting(meeting_id)

    def _write_partners(self, tx: Writer, meeting_id: int, partners: list[str]) -> None:
        """The partners, and the same as the meeting's participants without names (app/models/meetings.py
        reads those), as migration 19 made of the meetings logged before."""
        tx.execute("DELETE FROM meeting_partners WHERE meeting_id = ?", (meeting_id,))
        tx.executemany("INSERT INTO meeting_partners (meeting_id, partner) VALUES (?, ?)",
                       [(meeting_id, p) for p in partners])
        tx.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", (meeting_id,))
        tx.execute(
            "INSERT INTO meeting_participants (meeting_id, organisation, organisation_other, position)"
            " SELECT p.meeting_id, p.partner, CASE WHEN p.partner = 'annan' THEN m.partner_other ELSE '' END,"
            " (SELECT count(*) FROM meeting_partners q WHERE q.meeting_id = p.meeting_id AND q.partner < p.partner)"
            " FROM meeting_partners p JOIN meetings m ON m.id = p.meeting_id WHERE p.meeting_id = ?", (meeting_id,))

    def meeting(self, meeting_id: int) -> Meeting:
        meetings = self._meetings("m.id = ?", (meeting_id,))
        if not meetings:
            raise NotFound(f"Mötet {meeting_id} finns inte.")
        return meetings[0]

    def meetings(self, case_id: int) -> list[Meeting]:
        """The meetings held as recorded (app/models/meetings.py STANDING_HELD: not planned, cancelled,
        struck or replaced by a correction), newest first."""
        from app.models.meetings import STANDING_HELD

        return self._meetings(f"m.case_id = ? AND {STANDING_HELD}", (case_id,))

    def _meetings(self, where: str, params: tuple) -> list[Meeting]:
        rows = self.store.query(
            f"""SELECT m.id, m.case_id, m.meeting_date, m.kind, m.partner_other, m.participants, m.outcome,
                       u.name AS author, m.created_at, m.updated_at,
                       (SELECT group_concat(partner, ',') FROM meeting_partners WHERE meeting_id = m.id) AS partners
                FROM meetings m LEFT JOIN users u ON u.id = m.author_id
                WHERE {where} ORDER BY m.meeting_date DESC, m.id DESC""",
            params,
        )
        order = PARTNERS.keys()
        out = []
        for r in rows:
            stored = r.pop("partners")
            partners = sorted(stored.split(",") if stored else [], key=order.index)
            out.append(Meeting(**r, partners=tuple(partners)))
        return out
