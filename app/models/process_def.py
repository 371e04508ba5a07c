"""The five ATAMA steps as resources/process.json defines them, and the step a case is at (the one
rule the client list, the case page, Att göra and the exports show). The step's rules (what may be
done with it now) are app/models/process.py.

A module of its own because the main window's client list shows each case's step before its first
paint, and the rules' module (its record types, signing) is not needed for that (DEVELOPING.md, the
start-up path).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from app.models.errors import NotFound
from app.models.texts import fill, translate
from app.models.vocab import CaseStatus, StepKey, StepState
from app.paths import resources_dir

if TYPE_CHECKING:
    from app.models.store import Store


class Question(NamedTuple):
    """One question of a step, as Bilaga 2 asks it (``hint``: what a good answer covers)."""

    key: str
    text: str
    hint: str = ""


class Part(NamedTuple):
    """A part of a step (e.g. Utreda's survey) with its questions."""

    key: str
    title: str
    questions: tuple[Question, ...]
    hint: str = ""


class StepDef(NamedTuple):
    """One of the five steps: its purpose, parts, questions and the documents it produces."""

    key: str
    title: str
    purpose: str
    parts: tuple[Part, ...]
    documents: tuple[str, ...]
    stepper_title: str = ""  # a shorter or wrapped title where space is tight

    def question_keys(self) -> list[str]:
        return [q.key for p in self.parts for q in p.questions]


class ProcessDef(NamedTuple):
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
    if [s.key for s in steps] != list(StepKey):  # the code names the steps (StepKey): they must agree
        raise ValueError(f"process.json has the steps {[s.key for s in steps]}, the code knows {list(StepKey)}")
    return ProcessDef(steps=steps, survey_part=data["survey_part"])


class CurrentStep(NamedTuple):
    """The step a case is at: its key (the step the case page opens on) and the list's label. A named
    tuple, as the client list's rows (clients.ClientListRow)."""

    key: str
    label: str

    @property
    def screen_label(self) -> str:
        """``label`` in the screens' language ("Assess (not started)"); ``label`` itself is Swedish,
        as the exports print it."""
        if self.label == CLOSED_LABEL:
            return translate("Process", "Avslutat")
        if self.label.endswith(NOT_STARTED_SUFFIX):
            return fill(translate("Process", "%1 (ej påbörjad)"),
                        step_title(self.label.removesuffix(NOT_STARTED_SUFFIX)))
        return step_title(self.label)


CLOSED_LABEL = "Avslutat"
NOT_STARTED_SUFFIX = " (ej påbörjad)"


def current_step(states: Mapping[str, str], status: str, definition: ProcessDef | None = None) -> CurrentStep:
    """Which step a case is at, from its step states and case status. The client list, the case page
    (the step it opens on), Att göra and every export show this and nothing else.

    - a closed case is at Avsluta, labelled "Avslutat";
    - else the last step, in process order, that is in progress: that is where the work goes on
      (a step reopened for a correction does not hide the step the therapist was working in);
    - else the step after the last finished one, "(ej påbörjad)": the next thing to do (a step
      left untouched before it, e.g. Informera skipped, does not pull the case back);
    - else, nothing started, the first step "(ej påbörjad)";
    - every step finished yet the case open cannot happen (finishing Avsluta closes it): Avsluta.

    >>> current_step({"informera": "ej_paborjad", "utreda": "klar", "planera": "klar"}, "aktiv").label
    'Utvärdera (ej påbörjad)'
    """
    definition = definition or load_process()
    order = definition.keys()
    titles = {s.key: s.title for s in definition.steps}
    if status == CaseStatus.CLOSED:
        return CurrentStep(order[-1], CLOSED_LABEL)
    in_progress = [k for k in order if states.get(k) == StepState.IN_PROGRESS]
    if in_progress:
        return CurrentStep(in_progress[-1], titles[in_progress[-1]])
    done = [i for i, k in enumerate(order) if states.get(k) == StepState.DONE]
    if not done:
        return CurrentStep(order[0], titles[order[0]] + NOT_STARTED_SUFFIX)
    if done[-1] + 1 < len(order):
        key = order[done[-1] + 1]
        return CurrentStep(key, titles[key] + NOT_STARTED_SUFFIX)
    return CurrentStep(order[-1], titles[order[-1]])



def step_title(title: str) -> str:
    """A step's title in the screens' language (the process labels are in the "data" catalogue)."""
    return translate("data", title)


def at_steps(store: Store, case_ids: list[int], definition: ProcessDef | None = None) -> dict[int, CurrentStep]:
    """The step each case is at (see ``current_step``), with one query for all."""
    if not case_ids:
        return {}
    marks = ",".join("?" * len(case_ids))
    rows = store.query_tuples(
        f"""SELECT s.case_id, s.step, s.state, c.status FROM case_steps s
            JOIN cases c ON c.id = s.case_id WHERE s.case_id IN ({marks})""",
        tuple(case_ids),
    )
    per_case: dict[int, dict[str, str]] = {}
    statuses: dict[int, str] = {}
    for case_id, step, state, status in rows:
        per_case.setdefault(case_id, {})[step] = state
        statuses[case_id] = status
    definition = definition or load_process()
    return {cid: current_step(states, statuses[cid], definition) for cid, states in per_case.items()}


def current_steps(store: Store, case_ids: list[int]) -> dict[int, str]:
    """The step each case is at, as the Swedish label lists show ("Avslutat" when closed)."""
    return {cid: at.label for cid, at in at_steps(store, case_ids).items()}
