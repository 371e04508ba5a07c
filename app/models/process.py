"""The five ATAMA steps (definitions from resources/process.json) and their rules.

Rules:
- the survey (Utreda, part a) comes first: Planera, Utvärdera and Avsluta cannot start before at
  least one survey question is answered;
- a finished step can be reopened; its answers are then editable again;
- Avsluta needs Utvärdera finished, or a reason why not; finishing Avsluta closes the case and
  reopening it reopens the case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from app.models.errors import NotFound, RuleError
from app.models.vocab import STEP_STATES
from app.paths import resources_dir

if TYPE_CHECKING:
    from app.models.store import Store, Writer

NOT_STARTED, IN_PROGRESS, DONE = "ej_paborjad", "pagar", "klar"
STEPS_NEEDING_SURVEY = ("planera", "utvardera", "avsluta")


@dataclass(frozen=True)
class Question:
    """One question of a step, as Bilaga 2 asks it (``hint``: what a good answer covers)."""

    key: str
    text: str
    hint: str = ""


@dataclass(frozen=True)
class Part:
    """A part of a step (e.g. Utreda's survey) with its questions."""

    key: str
    title: str
    questions: tuple[Question, ...]
    hint: str = ""


@dataclass(frozen=True)
class StepDef:
    """One of the five steps: its purpose, parts, questions and the documents it produces."""

    key: str
    title: str
    purpose: str
    parts: tuple[Part, ...]
    documents: tuple[str, ...]
    stepper_title: str = ""  # a shorter or wrapped title where space is tight

    def question_keys(self) -> list[str]:
        return [q.key for p in self.parts for q in p.questions]


@dataclass(frozen=True)
class ProcessDef:
    """The whole ATAMA process as resources/process.json defines it."""

    steps: tuple[StepDef, ...]
    survey_part: str

    def step(self, key: str) -> StepDef:
        for step in self.steps:
            if step.key == key:
                return step
        raise NotFound(f"Steget {key!r} finns inte i processen.")

    def step_of_question(self, question_key: str) -> StepDef:
        for step in self.steps:
            if question_key in step.question_keys():
                return step
        raise NotFound(f"Frågan {question_key!r} finns inte i processen.")

    def survey_questions(self) -> list[str]:
        return [q.key for s in self.steps for p in s.parts if p.key == self.survey_part for q in p.questions]

    def keys(self) -> list[str]:
        return [s.key for s in self.steps]


@lru_cache(maxsize=1)
def load_process() -> ProcessDef:
    data = json.loads((resources_dir() / "process.json").read_text(encoding="utf-8"))
    steps = tuple(
        StepDef(
            key=s["key"],
            title=s["title"],
            purpose=s.get("purpose", ""),
            parts=tuple(
                Part(
                    key=p["key"],
                    title=p["title"],
                    hint=p.get("hint", ""),
                    questions=tuple(Question(q["key"], q["text"], q.get("hint", "")) for q in p["questions"]),
                )
                for p in s["parts"]
            ),
            documents=tuple(s.get("documents", ())),
            stepper_title=s.get("stepper_title", s["title"]),
        )
        for s in data["steps"]
    )
    return ProcessDef(steps=steps, survey_part=data["survey_part"])


@dataclass(frozen=True)
class StepStatus:
    """Where one case stands in one step: state, who started and finished it and when."""

    step: str
    state: str
    started_at: str | None
    started_by: str | None
    completed_at: str | None
    completed_by: str | None
    skip_reason: str

    @property
    def state_label(self) -> str:
        return STEP_STATES.label(self.state)


@dataclass(frozen=True)
class StepEvent:
    """One entry in a case's step history (started, finished, reopened …)."""

    step: str
    action: str
    note: str
    at: str
    user: str | None


class Process:
    def __init__(self, store: "Store"):
        self.store = store
        self.definition = load_process()

    # -- reads ------------------------------------------------------------------------------
    def statuses(self, case_id: int) -> dict[str, StepStatus]:
        rows = self.store.query(
            """SELECT s.step, s.state, s.started_at, us.name AS started_by, s.completed_at,
                      uc.name AS completed_by, s.skip_reason
               FROM case_steps s
               LEFT JOIN users us ON us.id = s.started_by
               LEFT JOIN users uc ON uc.id = s.completed_by
               WHERE s.case_id = ?""",
            (case_id,),
        )
        by_key = {r["step"]: StepStatus(**r) for r in rows}
        if not by_key:
            raise NotFound(f"Ärendet {case_id} finns inte.")
        return {k: by_key[k] for k in self.definition.keys() if k in by_key}

    def answers(self, case_id: int) -> dict[str, str]:
        return dict(self.store.query_tuples(
            "SELECT question, text FROM step_answers WHERE case_id = ?", (case_id,)
        ))

    def events(self, case_id: int) -> list[StepEvent]:
        rows = self.store.query(
            """SELECT e.step, e.action, e.note, e.at, u.name AS user FROM step_events e
               LEFT JOIN users u ON u.id = e.user_id WHERE e.case_id = ? ORDER BY e.id""",
            (case_id,),
        )
        return [StepEvent(**r) for r in rows]

    def survey_started(self, case_id: int) -> bool:
        keys = self.definition.survey_questions()
        marks = ",".join("?" * len(keys))
        row = self.store.query_value(
            f"SELECT 1 FROM step_answers WHERE case_id = ? AND question IN ({marks}) AND trim(text, ' ' || char(9, 10, 13)) != '' LIMIT 1",
            (case_id, *keys),
        )
        return row is not None

    def blocked_reason(self, case_id: int, step: str) -> str | None:
        """Why ``step`` cannot be started now, in Swedish; None when it can."""
        self.definition.step(step)
        if step in STEPS_NEEDING_SURVEY and not self.survey_started(case_id):
            title = self.definition.step(step).title
            return (
                f"Kartläggningen kommer först: besvara minst en fråga under Utreda – "
                f"klientens utförandesammanhang innan du påbörjar {title}."
            )
        return None

    def needs_reason_to_close(self, case_id: int) -> bool:
        """Avsluta without a finished Utvärdera must say why."""
        return self._state(case_id, "utvardera") != DONE

    def current_steps(self, case_ids: list[int]) -> dict[int, str]:
        """The step each case is at, as a Swedish label, for lists (one query for all)."""
        if not case_ids:
            return {}
        marks = ",".join("?" * len(case_ids))
        rows = self.store.query_tuples(
            f"""SELECT s.case_id, s.step, s.state, c.status FROM case_steps s
                JOIN cases c ON c.id = s.case_id WHERE s.case_id IN ({marks})""",
            tuple(case_ids),
        )
        per_case: dict[int, dict[str, str]] = {}
        closed: set[int] = set()
        for case_id, step, state, status in rows:
            per_case.setdefault(case_id, {})[step] = state
            if status == "avslutad":
                closed.add(case_id)
        return {cid: ("Avslutat" if cid in closed else self.current_step_label(states)) for cid, states in per_case.items()}

    def current_step_label(self, states: dict[str, str]) -> str:
        order = self.definition.keys()
        titles = {s.key: s.title for s in self.definition.steps}
        in_progress = [k for k in order if states.get(k) == IN_PROGRESS]
        if in_progress:
            return titles[in_progress[-1]]
        done = [i for i, k in enumerate(order) if states.get(k) == DONE]
        if done and done[-1] + 1 < len(order):
            return titles[order[done[-1] + 1]] + " (ej påbörjad)"
        return titles[order[0]] + " (ej påbörjad)" if not done else titles[order[-1]]

    # -- writes -----------------------------------------------------------------------------
    def _state(self, case_id: int, step: str) -> str:
        state = self.store.query_value(
            "SELECT state FROM case_steps WHERE case_id = ? AND step = ?", (case_id, step)
        )
        if state is None:
            raise NotFound(f"Ärendet {case_id} har inget steg {step!r}.")
        return state

    def _log(self, tx: Writer, case_id: int, step: str, action: str, note: str = "") -> None:
        tx.execute(
            "INSERT INTO step_events (case_id, step, action, note, at, user_id) VALUES (?, ?, ?, ?, ?, ?)",
            (case_id, step, action, note, self.store.timestamp(), self.store.user_id),
        )

    def _touch_case(self, tx: Writer, case_id: int) -> None:
        tx.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (self.store.timestamp(), case_id))

    def _start(self, tx: Writer, case_id: int, step: str) -> None:
        reason = self.blocked_reason(case_id, step)
        if reason:
            raise RuleError(reason)
        tx.execute(
            "UPDATE case_steps SET state = ?, started_at = ?, started_by = ? WHERE case_id = ? AND step = ?",
            (IN_PROGRESS, self.store.timestamp(), self.store.user_id, case_id, step),
        )
        self._log(tx, case_id, step, "started")

    def _require_open_case(self, case_id: int) -> None:
        if self._case_status(case_id) == "avslutad":
            raise RuleError("Ärendet är avslutat. Öppna steget Avsluta igen för att ändra.")

    def start(self, case_id: int, step: str) -> None:
        with self.store.transaction() as tx:
            self._require_open_case(case_id)
            if self._state(case_id, step) != NOT_STARTED:
                raise RuleError(f"Steget {self.definition.step(step).title} är redan påbörjat.")
            self._start(tx, case_id, step)
            self._touch_case(tx, case_id)

    def complete(self, case_id: int, step: str, reason: str = "") -> None:
        """Mark ``step`` done. Avsluta without a finished Utvärdera needs ``reason``."""
        title = self.definition.step(step).title
        with self.store.transaction() as tx:
            self._require_open_case(case_id)
            state = self._state(case_id, step)
            if state == DONE:
                raise RuleError(f"Steget {title} är redan klart.")
            reason = (reason or "").strip()
            if step == "avsluta" and self.needs_reason_to_close(case_id) and not reason:
                raise RuleError(
                    "Utvärdera är inte klar. Ange varför ärendet avslutas utan utvärdering."
                )
            if state == NOT_STARTED:
                self._start(tx, case_id, step)
            tx.execute(
                """UPDATE case_steps SET state = ?, completed_at = ?, completed_by = ?, skip_reason = ?
                   WHERE case_id = ? AND step = ?""",
                (DONE, self.store.timestamp(), self.store.user_id, reason, case_id, step),
            )
            self._log(tx, case_id, step, "completed", reason)
            if step == "avsluta":
                tx.execute(
                    "UPDATE cases SET status = 'avslutad', closed_date = ? WHERE id = ?",
                    (self.store.today().isoformat(), case_id),
                )
            self._touch_case(tx, case_id)

    def reopen(self, case_id: int, step: str, note: str = "") -> None:
        title = self.definition.step(step).title
        with self.store.transaction() as tx:
            if step != "avsluta":
                self._require_open_case(case_id)
            if self._state(case_id, step) != DONE:
                raise RuleError(f"Steget {title} är inte klart och behöver inte öppnas igen.")
            tx.execute(
                """UPDATE case_steps SET state = ?, completed_at = NULL, completed_by = NULL, skip_reason = ''
                   WHERE case_id = ? AND step = ?""",
                (IN_PROGRESS, case_id, step),
            )
            self._log(tx, case_id, step, "reopened", note)
            if step == "avsluta":
                tx.execute(
                    "UPDATE cases SET status = 'aktiv', closed_date = NULL WHERE id = ?", (case_id,)
                )
            self._touch_case(tx, case_id)

    def save_answer(self, case_id: int, question: str, text: str) -> None:
        """Autosave of one answer. Answering a step not yet started starts it."""
        step = self.definition.step_of_question(question)
        if len(text) > 5_000_000:
            raise RuleError("Svaret är för långt (högst 5 miljoner tecken).")
        with self.store.transaction() as tx:
            state = self._state(case_id, step.key)
            if state == DONE:
                raise RuleError(f"Steget {step.title} är klart. Öppna det igen för att ändra svaren.")
            self._require_open_case(case_id)
            tx.execute(
                """INSERT INTO step_answers (case_id, question, text, updated_at, updated_by)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (case_id, question) DO UPDATE SET
                     text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                (case_id, question, text, self.store.timestamp(), self.store.user_id),
            )
            if state == NOT_STARTED and text.strip():
                self._start(tx, case_id, step.key)
            self._touch_case(tx, case_id)

    def _case_status(self, case_id: int) -> str:
        return self.store.query_value("SELECT status FROM cases WHERE id = ?", (case_id,))

    def create_steps(self, tx: Writer, case_id: int) -> None:
        """Called inside the transaction that opens a case."""
        tx.executemany(
            "INSERT INTO case_steps (case_id, step) VALUES (?, ?)",
            [(case_id, key) for key in self.definition.keys()],
        )


