"""The one rule for which step a case is at (process.current_step), table by table."""

from __future__ import annotations

import pytest

from app.models.process import current_step

N, P, K = "ej_paborjad", "pagar", "klar"
KEYS = ("informera", "utreda", "planera", "utvardera", "avsluta")


def states(*values: str) -> dict[str, str]:
    return dict(zip(KEYS, values))


@pytest.mark.parametrize(("step_states", "key", "label"), [
    # nothing started: the first step
    (states(N, N, N, N, N), "informera", "Informera (ej påbörjad)"),
    ({}, "informera", "Informera (ej påbörjad)"),
    # a step in progress is where the work is; the last of several
    (states(P, N, N, N, N), "informera", "Informera"),
    (states(P, P, N, N, N), "utreda", "Utreda"),
    (states(K, K, P, N, N), "planera", "Planera och genomföra"),
    # an earlier step reopened for a correction does not pull the case back
    (states(K, P, P, N, N), "planera", "Planera och genomföra"),
    (states(K, K, K, P, N), "utvardera", "Utvärdera"),
    # in progress before a finished step: still in progress wins
    (states(P, K, N, N, N), "informera", "Informera"),
    # nothing in progress: the step after the last finished one
    (states(K, N, N, N, N), "utreda", "Utreda (ej påbörjad)"),
    (states(K, K, N, N, N), "planera", "Planera och genomföra (ej påbörjad)"),
    # the case: Informera never touched, Utreda and Planera finished
    (states(N, K, K, N, N), "utvardera", "Utvärdera (ej påbörjad)"),
    (states(N, N, K, N, N), "utvardera", "Utvärdera (ej påbörjad)"),
    (states(K, K, K, K, N), "avsluta", "Avsluta (ej påbörjad)"),
    # every step finished in an open case (cannot happen: finishing Avsluta closes it)
    (states(K, K, K, K, K), "avsluta", "Avsluta"),
])
def test_the_step_an_active_case_is_at(step_states, key, label):
    at = current_step(step_states, "aktiv")
    assert (at.key, at.label) == (key, label)


@pytest.mark.parametrize("step_states", [states(K, K, K, K, K), states(N, K, K, N, K), states(K, P, N, N, K)])
def test_a_closed_case_is_at_avsluta_whatever_the_steps_say(step_states):
    at = current_step(step_states, "avslutad")
    assert (at.key, at.label) == ("avsluta", "Avslutat")
