"""The five ATAMA steps (definitions from resources/process.json) and their rules.

Rules:
- the survey (Utreda, part a) comes first: Planera, Utvärdera and Avsluta cannot start before at
  least one survey question is answered;
- a finished step can be reopened; its answers are then editable again;
- Avsluta needs Utvärdera finished, or a reason why not; finishing Avsluta closes the case and
  reopening it reopens the case;
- a closed case takes no changes (cases.CASE_CLOSED), except reopening Avsluta;
- a finished step's answers are signed by the one who finished it (``completed_by``,
  app/models/signing.py); a signed step is not reopened and its answers never change (migration 9's
  triggers too): what turns out wrong or missing later is written as a journal note (rättelse).
  Avsluta is signed as its closure (app/models/closure.py), which holds what its answers say; so
  reopening Avsluta, how a closed case opens again, stays possible.

What may be done with a step now is ``store.process.actions(case_id, step)`` (a ``StepActions``);
the write methods refuse with the same sentences. Which step a case is at is ``current_step``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.models.allowed import Allowed, first_refusal, refused
from app.models.errors import NotFound, RuleError
from app.models.fields import FieldCheck, clean_text

# The definitions and the step a case is at are process_def.py's (the client list's, before the first
# paint); the callers of this module find load_process and current_step here too.
from app.models.process_def import CurrentStep, StepDef, at_steps, load_process, step_title
from app.models.process_def import current_step as current_step
from app.models.signing import Signature, sign_rule
from app.models.texts import fill, translate
from app.models.vocab import STEP_STATES, CaseStatus, StepKey, StepState

if TYPE_CHECKING:
    from app.models.journal import UnsignedEntry
    from app.models.store import Store, Writer

NOT_STARTED, IN_PROGRESS, DONE = StepState.NOT_STARTED, StepState.IN_PROGRESS, StepState.DONE
STEPS_NEEDING_SURVEY = (StepKey.PLAN, StepKey.EVALUATE, StepKey.CLOSE)


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
    completed_by_id: int | None = None  # the one who signs the step's answers
    started_on: str | None = None  # the day it was started / finished (event dates); *_at: recorded
    completed_on: str | None = None
    signature: Signature = field(default_factory=Signature)  # of the answers (Avsluta: see the closure)

    @property
    def is_signed(self) -> bool:
        return self.signature.is_signed

    @property
    def state_label(self) -> str:
        return STEP_STATES.label(self.state)


@dataclass(frozen=True)
class StepEvent:
    """One entry in a case's step history (started, finished, reopened …)."""

    step: str
    action: str
    note: str
    at: str  # when it was recorded
    user: str | None
    event_date: str | None = None  # the day it happened


@dataclass(frozen=True)
class StepActions:
    """What may be done with one step of one case now; each refusal says why (see allowed.py)."""

    edit: Allowed  # change the answers
    start: Allowed
    complete: Allowed
    reopen: Allowed
    sign: Allowed  # sign the finished step's answers (Avsluta: its closure)
    confirm_complete: str = ""  # a question to ask before completing (no answer written), else ""


# The refusals below are shown on the step's buttons and banner (and, asked for anyway, as the
# error's message on the same screen): in the screens' language, the step named as the screen names it.

def signed_step(title: str) -> str:
    return fill(translate("Process", "Steget %1 är signerat och kan inte ändras. Skriv en rättelse som "
                                     "journalanteckning."), step_title(title))


def step_actions(step: StepDef, state: str, case_changes: Allowed, blocked: str | None,
                 recorded: bool, signed: bool = False,
                 sign: Allowed | None = None) -> StepActions:
    """The rules for one step, from its state, whether the case takes changes, why it cannot start
    (``blocked``, from ``Process.blocked_reason``), whether anything is recorded for it, whether its
    answers are signed and the signing rule (see ``Process.actions``). Completing with nothing
    recorded asks first; Avsluta never does, its closing dialog is the question."""
    signing = sign if sign is not None else refused(translate("Process", "Signera steget från ärendet."))
    if signed:
        locked = refused(signed_step(step.title))
        return StepActions(edit=locked, start=locked, complete=locked, reopen=locked, sign=signing)
    not_yet = refused(blocked) if blocked and state == NOT_STARTED else Allowed.yes()
    title = step_title(step.title)
    started = (refused(fill(translate("Process", "Steget %1 är redan påbörjat."), title)) if state != NOT_STARTED
               else Allowed.yes())
    done = refused(fill(translate("Process", "Steget %1 är klart. Öppna det igen för att ändra svaren."), title))
    already_done = refused(fill(translate("Process", "Steget %1 är redan klart."), title))
    not_done = refused(fill(translate("Process", "Steget %1 är inte klart och behöver inte öppnas igen."), title))
    # Reopening Avsluta is how a closed case is opened again.
    reopen_case = Allowed.yes() if step.key == StepKey.CLOSE else case_changes
    complete = first_refusal(case_changes, already_done if state == DONE else Allowed.yes(), not_yet)
    return StepActions(
        edit=first_refusal(case_changes, done if state == DONE else Allowed.yes(), not_yet),
        start=first_refusal(case_changes, started, not_yet),
        complete=complete,
        reopen=first_refusal(reopen_case, not_done if state != DONE else Allowed.yes()),
        sign=signing,
        confirm_complete="" if recorded or not complete.ok or step.key == StepKey.CLOSE else (
            fill(translate("Process", "Inga frågor i steget %1 är besvarade. Vill du ändå markera steget som "
                                      "klart?"), title)),
    )


class Process:
    def __init__(self, store: Store):
        self.store = store
        self.definition = load_process()

    # -- reads ------------------------------------------------------------------------------
    def statuses(self, case_id: int) -> dict[str, StepStatus]:
        rows = self.store.query(
            """SELECT s.step, s.state, s.started_at, us.name AS started_by, s.completed_at,
                      uc.name AS completed_by, s.skip_reason, s.completed_by AS completed_by_id,
                      s.signed_at, ug.name AS signer, ug.title AS signer_title, s.started_on, s.completed_on
               FROM case_steps s
               LEFT JOIN users us ON us.id = s.started_by
               LEFT JOIN users uc ON uc.id = s.completed_by
               LEFT JOIN users ug ON ug.id = s.signed_by
               WHERE s.case_id = ?""",
            (case_id,),
        )
        by_key = {r["step"]: StepStatus(**{k: v for k, v in r.items() if k not in ("signed_at", "signer",
                                                                                  "signer_title")},
                                        signature=Signature(r["signed_at"], r["signer"], r["signer_title"]))
                  for r in rows}
        if not by_key:
            raise NotFound(f"Ärendet {case_id} finns inte.")
        return {s.key: by_key[s.key] for s in self.definition.steps if s.key in by_key}

    def answers(self, case_id: int) -> dict[str, str]:
        return dict(self.store.query_tuples("SELECT question, text FROM step_answers WHERE case_id = ?", (case_id,)))

    def events(self, case_id: int) -> list[StepEvent]:
        rows = self.store.query(
            """SELECT e.step, e.action, e.note, e.at, u.name AS user, e.event_date FROM step_events e
               LEFT JOIN users u ON u.id = e.user_id WHERE e.case_id = ? ORDER BY e.id""",
            (case_id,),
        )
        return [StepEvent(**r) for r in rows]

    def survey_started(self, case_id: int) -> bool:
        keys = self.definition.survey_questions()
        marks = ",".join("?" * len(keys))
        row = self.store.query_one(
            f"""SELECT 1 FROM step_answers WHERE case_id = ? AND question IN ({marks})
                AND trim(text, ' ' || char(9, 10, 13)) != '' LIMIT 1""",
            (case_id, *keys),
        )
        return row is not None

    def blocked_reason(self, case_id: int, step: str) -> str | None:
        """Why ``step`` cannot be started now, in Swedish; None when it can."""
        self.definition.step(step)
        if step in STEPS_NEEDING_SURVEY and not self.survey_started(case_id):
            title = step_title(self.definition.step(step).title)
            return fill(translate("Process", "Kartläggningen kommer först: besvara minst en fråga under Utreda – "
                                             "klientens utförandesammanhang innan du påbörjar %1."), title)
        return None

    def needs_reason_to_close(self, case_id: int) -> bool:
        """Avsluta without a finished Utvärdera must say why."""
        return self._state(case_id, StepKey.EVALUATE) != DONE

    def actions(self, case_id: int, step: str) -> StepActions:
        """What may be done with ``step`` of the case now: ``store.process.actions(7, "utreda").complete.ok``."""
        definition = self.definition.step(step)
        status = self.statuses(case_id)[step]
        state = status.state
        blocked = self.blocked_reason(case_id, step) if state == NOT_STARTED else None
        return step_actions(definition, state, self.store.cases.changes(case_id), blocked,
                            self._recorded(case_id, definition), status.is_signed, self._sign_rule(case_id, status))

    def _sign_rule(self, case_id: int, status: StepStatus) -> Allowed:
        if status.step == StepKey.CLOSE:  # signed as its closure, which holds what Avsluta says
            closure = self.store.closure.get(case_id)
            return closure.actions.sign if closure is not None else refused(
                translate("Process", "Avsluta signeras som avslutet: avsluta ärendet först."))
        title = self.definition.step(status.step).title
        done = Allowed.yes() if status.state == DONE else refused(
            fill(translate("Process", "Markera steget %1 som klart innan svaren signeras."), step_title(title)))
        thing = fill(translate("Process", "Steget %1"), step_title(title))
        return sign_rule(thing, status.signature, status.completed_by_id, status.completed_by,
                         self.store.user_id, done, signed="signerat")

    # -- signing ----------------------------------------------------------------------------
    def entry_id(self, case_id: int, step: str) -> int:
        """A finished step's id among the unsigned entries: the case and the step's place in the process."""
        return case_id * 10 + self.definition.keys().index(step)

    def _of_entry(self, entry_id: int) -> tuple[int, str]:
        return entry_id // 10, self.definition.keys()[entry_id % 10]

    def sign(self, case_id: int, step: str) -> StepStatus:
        """The one who finished the step signs its answers; they never change after."""
        with self.store.transaction() as tx:
            self._sign(tx, case_id, step)
        return self.statuses(case_id)[step]

    def sign_many(self, entry_ids: Iterable[int]) -> list[StepStatus]:
        """Sign the steps ``entry_ids`` (``entry_id``), all or none (journal.SOURCES)."""
        ids = [self._of_entry(i) for i in dict.fromkeys(entry_ids)]
        with self.store.transaction() as tx:
            for case_id, step in ids:
                self._sign(tx, case_id, step)
        return [self.statuses(case_id)[step] for case_id, step in ids]

    def _sign(self, tx: Writer, case_id: int, step: str) -> None:
        if step == StepKey.CLOSE:
            closure = self.store.closure.get(case_id)
            if closure is not None:
                self.store.closure.sign(closure.id)
                return
        self.actions(case_id, step).sign.require()
        tx.execute("UPDATE case_steps SET signed_at = ?, signed_by = ? WHERE case_id = ? AND step = ?",
                   (self.store.timestamp(), self.store.user_id, case_id, step))
        from app.models.access_log import LogAction  # not at import: the start-up path (DEVELOPING.md)

        self.store.access_log.record(LogAction.SIGN, case_id=case_id, what=f"steget {step}", tx=tx)

    def unsigned_for(self, user_id: int | None, written_before: str | None = None) -> list[UnsignedEntry]:
        """Finished steps (but Avsluta, signed as its closure) ``user_id`` finished and has not signed
        (everyone's when None), oldest first: a source of ``store.journal.unsigned_for``."""
        from app.models.journal import UnsignedEntry  # not at import: the start-up path (DEVELOPING.md)

        where, params = ("AND s.completed_by = ?", (user_id,)) if user_id is not None else ("", ())
        if written_before is not None:  # Att göra's "older than N days" (journal.older_than)
            where, params = where + " AND s.completed_at < ?", (*params, written_before)
        rows = self.store.query_tuples(
            f"""SELECT s.case_id, s.step, c.case_number, c.client_id, cl.first_name || ' ' || cl.last_name,
                       s.completed_at, s.completed_by, u.name
                FROM case_steps s JOIN cases c ON c.id = s.case_id JOIN clients cl ON cl.id = c.client_id
                LEFT JOIN users u ON u.id = s.completed_by
                WHERE s.signed_at IS NULL AND s.state = '{DONE}' AND s.step != '{StepKey.CLOSE}' {where}
                ORDER BY s.completed_at, s.case_id""",
            params,
        )
        titles = {s.key: s.title for s in self.definition.steps}
        return [UnsignedEntry("step", self.entry_id(case_id, step), case_id, number, client_id, name,
                              (done or "")[:10], done or "", f"Svaren i steget {titles.get(step, step)}",
                              author_id, author)
                for case_id, step, number, client_id, name, done, author_id, author in rows]

    def _recorded(self, case_id: int, step: StepDef) -> bool:
        """Anything written for the step: an answer, and for Planera a plan, for Utvärdera a goal
        evaluation (those are written on their own pages)."""
        answers = self.answers(case_id)
        if any(answers.get(k, "").strip() for k in step.question_keys()):
            return True
        if step.key == StepKey.PLAN:
            return self.store.query_one("SELECT 1 FROM plan_versions WHERE case_id = ?", (case_id,)) is not None
        if step.key == StepKey.EVALUATE:
            return self.store.query_one(
                """SELECT 1 FROM goal_evaluations e JOIN plan_versions v ON v.id = e.plan_version_id
                   WHERE v.case_id = ?""", (case_id,)) is not None
        return False

    def current_step(self, case_id: int) -> CurrentStep:
        """The step the case is at (see ``current_step``): the one its page opens on."""
        return self.at_steps([case_id])[case_id]

    def at_steps(self, case_ids: list[int]) -> dict[int, CurrentStep]:
        """The step each case is at (see ``current_step``), with one query for all."""
        return at_steps(self.store, case_ids, self.definition)

    def current_steps(self, case_ids: list[int]) -> dict[int, str]:
        """The step each case is at, as the Swedish label lists show ("Avslutat" when closed)."""
        return {cid: at.label for cid, at in self.at_steps(case_ids).items()}

    # -- writes -----------------------------------------------------------------------------
    def _state(self, case_id: int, step: str) -> str:
        state = self.store.query_value(
            "SELECT state FROM case_steps WHERE case_id = ? AND step = ?", (case_id, step)
        )
        if state is None:
            raise NotFound(f"Ärendet {case_id} har inget steg {step!r}.")
        return state

    def _log(self, tx: Writer, case_id: int, step: str, action: str, note: str = "",
             on: str | None = None) -> None:
        tx.execute(
            """INSERT INTO step_events (case_id, step, action, note, at, user_id, event_date)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (case_id, step, action, note, self.store.timestamp(), self.store.user_id,
             on or self.store.today().isoformat()),
        )

    def _event_date(self, case_id: int, field: str, on, *, not_before: str | None = None) -> str:
        """The day a step was started or finished: today unless given; never in the future, never
        before the referral, a completion never before the start."""
        check = FieldCheck()
        day = check.date(field, "Datum", self.store.today() if on is None else on, required=True,
                         not_after=self.store.today())
        check.raise_if_any()
        assert day is not None
        referral = self.store.query_value("SELECT referral_date FROM cases WHERE id = ?", (case_id,))
        if referral and day.isoformat() < referral:
            check.fail(field, f"Datum kan inte ligga före remissdatum ({referral}).")
        elif not_before and day.isoformat() < not_before:
            check.fail(field, f"Steget kan inte vara klart före den dag det påbörjades ({not_before}).")
        check.raise_if_any()
        return day.isoformat()

    def _start(self, tx: Writer, case_id: int, step: str, on: str | None = None) -> None:
        tx.execute(
            """UPDATE case_steps SET state = ?, started_at = ?, started_by = ?, started_on = ?
               WHERE case_id = ? AND step = ?""",
            (IN_PROGRESS, self.store.timestamp(), self.store.user_id, on or self.store.today().isoformat(),
             case_id, step),
        )
        self._log(tx, case_id, step, "started", on=on)

    def start(self, case_id: int, step: str, on=None) -> None:
        """Start ``step`` on the day ``on`` (a date or ISO text; today when not given)."""
        with self.store.transaction() as tx:
            self.actions(case_id, step).start.require()
            day = self._event_date(case_id, "started_on", on)
            self._start(tx, case_id, step, day)
            self.store.cases.touch(tx, case_id)

    def complete(self, case_id: int, step: str, reason: str = "", on=None) -> None:
        """Mark ``step`` done on the day ``on`` (today when not given). Avsluta without a finished
        Utvärdera needs ``reason``. Whether to ask first when no question is answered is the
        screen's (``actions(...).confirm_complete``)."""
        with self.store.transaction() as tx:
            self.actions(case_id, step).complete.require()
            state = self._state(case_id, step)
            reason = clean_text(reason).strip()
            if step == StepKey.CLOSE and self.needs_reason_to_close(case_id) and not reason:
                raise RuleError(
                    "Utvärdera är inte klar. Ange varför ärendet avslutas utan utvärdering."
                )
            started_on = None if state == NOT_STARTED else self.store.query_value(
                "SELECT started_on FROM case_steps WHERE case_id = ? AND step = ?", (case_id, step))
            day = self._event_date(case_id, "completed_on", on, not_before=started_on)
            if state == NOT_STARTED:
                self._start(tx, case_id, step, day)
            tx.execute(
                """UPDATE case_steps SET state = ?, completed_at = ?, completed_by = ?, skip_reason = ?,
                          completed_on = ?
                   WHERE case_id = ? AND step = ?""",
                (DONE, self.store.timestamp(), self.store.user_id, reason, day, case_id, step),
            )
            self._log(tx, case_id, step, "completed", reason, on=day)
            if step == StepKey.CLOSE:
                tx.execute(
                    "UPDATE cases SET status = ?, closed_date = ? WHERE id = ?",
                    (CaseStatus.CLOSED, day, case_id),
                )
            self.store.cases.touch(tx, case_id)

    def reopen(self, case_id: int, step: str, note: str = "") -> None:
        note = clean_text(note)
        with self.store.transaction() as tx:
            self.actions(case_id, step).reopen.require()
            tx.execute(
                """UPDATE case_steps SET state = ?, completed_at = NULL, completed_by = NULL, skip_reason = '',
                          completed_on = NULL
                   WHERE case_id = ? AND step = ?""",
                (IN_PROGRESS, case_id, step),
            )
            self._log(tx, case_id, step, "reopened", note)
            if step == StepKey.CLOSE:
                tx.execute(
                    "UPDATE cases SET status = ?, closed_date = NULL WHERE id = ?", (CaseStatus.ACTIVE, case_id)
                )
            self.store.cases.touch(tx, case_id)

    def save_answer(self, case_id: int, question: str, text: str) -> None:
        """Autosave of one answer. Answering a step not yet started starts it."""
        step = self.definition.step_of_question(question)
        text = clean_text(text)  # NUL, control and bidi characters out (app/models/fields.py)
        if len(text) > 5_000_000:
            raise RuleError("Svaret är för långt (högst 5 miljoner tecken).")
        with self.store.transaction() as tx:
            self.actions(case_id, step.key).edit.require()
            state = self._state(case_id, step.key)
            tx.execute(
                """INSERT INTO step_answers (case_id, question, text, updated_at, updated_by, step)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (case_id, question) DO UPDATE SET
                     text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                (case_id, question, text, self.store.timestamp(), self.store.user_id, step.key),
            )
            if state == NOT_STARTED and text.strip():
                self._start(tx, case_id, step.key)
            self.store.cases.touch(tx, case_id)

    def create_steps(self, tx: Writer, case_id: int) -> None:
        """Called inside the transaction that opens a case."""
        tx.executemany(
            "INSERT INTO case_steps (case_id, step) VALUES (?, ?)",
            [(case_id, step.key) for step in self.definition.steps],
        )


