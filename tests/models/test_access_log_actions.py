"""An access-log row for each action (issue 11, R5): for every LogAction the app produces, the real
service call that should log it leaves exactly one new row (or the stated number) with that action,
the right user, the client and case it concerns (none for a disposal: no personal data stays) and a
``what`` where one makes sense. Members nothing produces yet are listed in NOT_PRODUCED_YET with the
reason, and a test keeps every member in one list or the other, so a new member forces a decision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from app.exporters.service import Exports
from app.models.access_log import LogAction
from app.models.client_import import import_rows, read_import
from app.models.erasure import ErasureInput
from app.models.users import WrongPassword
from tests import builders
from tests.models.import_files import HEADER, row, workbook
from tests.support import TEST_PASSWORD, make_pnr

NOT_PRODUCED_YET: dict[LogAction, str] = {
    LogAction.READ_DOCUMENT: "documents are read on screen inside the case, whose opening is logged; no own reader yet",
    LogAction.PRINT: "the app prints nothing itself; a PDF is exported (EXPORT) and printed outside it",
}
# Produced, and tested where the row can be seen: not in the store the producers here look at.
TESTED_ELSEWHERE: dict[LogAction, str] = {
    LogAction.RESTORE: "tests/models/test_backup.py: the row is written into the restored database",
}


@dataclass(frozen=True)
class Expected:
    """What the new rows of the action must say besides the user signed in before the call (every
    row names them). ``client_id``/``case_id`` None: the row names none."""

    client_id: int | None = None
    case_id: int | None = None
    what: bool = True  # a non-empty what
    rows: int = 1


def _signed_assessment(store, case):
    done = builders.completed_assessment(store, case.id)
    return store.assessments.sign(done.id)


def open_client(store, case, tmp_path):
    yield
    store.cases.open_client(case.client_id)
    return Expected(client_id=case.client_id, what=False)  # the opening itself is the whole fact


def open_case(store, case, tmp_path):
    yield
    store.cases.open_for_reading(case.id)
    return Expected(case.client_id, case.id)


def write(store, case, tmp_path):
    yield
    store.notes.add(case.id, "2026-11-19", "samtal", "Samtal om arbetsträningen.")
    return Expected(case.client_id, case.id)


def sign(store, case, tmp_path):
    done = builders.completed_assessment(store, case.id)
    yield  # the rows are counted from here: the setup before it is not what is tested
    store.assessments.sign(done.id)
    return Expected(case.client_id, case.id)


def correct(store, case, tmp_path):
    signed = _signed_assessment(store, case)
    yield
    store.assessments.correct(signed.id, "Ett påstående var felbedömt.")
    return Expected(case.client_id, case.id)


def strike(store, case, tmp_path):
    draft = store.assessments.start(case.id, "weis-s")
    yield
    store.assessments.strike(draft.id, "Fel instrument")
    return Expected(case.client_id, case.id)


def export(store, case, tmp_path):
    yield
    Exports(store).record(case.id, tmp_path / "journalkopia.pdf")
    return Expected(case.client_id, case.id)


def import_(store, case, tmp_path):
    path = workbook(tmp_path / "klienter.xlsx", HEADER,
                    row(Förnamn="Ada", Efternamn="Importsson", Födelseår=1985, Kön="Kvinna"))
    preview = read_import(path, store)
    assert [r.ok for r in preview.rows] == [True], preview.rows
    yield
    import_rows(store, preview)
    ada = store.query_value("SELECT id FROM clients WHERE first_name = 'Ada'")
    rows = store.query_tuples("SELECT client_id, case_id, what FROM access_log WHERE action = 'import' ORDER BY id")
    assert [(c, k) for c, k, _ in rows] == [(ada, None), (None, None)]  # the client's row, then the summary
    assert all(w for _, _, w in rows)
    return None  # checked here: two rows, and the summary names no client


def settings(store, case, tmp_path):
    yield
    store.users.set_idle_lock_seconds(300)
    return Expected()


def rights(store, case, tmp_path):
    bertil = builders.add_user(store, "Bertil Berg")
    yield
    store.cases.add_member(case.id, bertil.id)
    return Expected(case.client_id, case.id)


def sign_in(store, case, tmp_path):
    yield
    store.users.sign_in(store.user_id, TEST_PASSWORD)
    return Expected(what=False)  # a plain sign-in; unlocking says "Låste upp"


def sign_in_failed(store, case, tmp_path):
    yield
    with pytest.raises(WrongPassword):
        store.users.sign_in(store.user_id, "fel lösenord")
    return Expected()


def lock(store, case, tmp_path):
    yield
    store.users.lock()
    return Expected(what=False)


def sign_out(store, case, tmp_path):
    yield
    store.users.sign_out()
    assert store.user_id is None
    return Expected(what=False)  # the row names who was signed in


def erasure_request(store, case, tmp_path):
    yield
    store.erasure.record(case.client_id, ErasureInput("2026-11-18", "e-post", "Radera allt om mig."))
    return Expected(client_id=case.client_id)


def disposal(store, case, tmp_path):
    old = builders.case_written_at(store, dt.datetime(2014, 3, 3, 9, 0),
                                   personnummer=make_pnr(dt.date(1980, 3, 12), 982))
    exports = Exports(store)
    yield
    store.retention.dispose([old.id], "KS 2026/123 § 4",
                            archive=lambda case_id: exports.archive_copy(case_id, tmp_path))
    return Expected()  # no client, no case: nothing personal stays in the log


def backup_(store, case, tmp_path):
    from app.models.backup import make_backup

    yield
    make_backup(store)
    return Expected()  # what: where the copy went


def log_review(store, case, tmp_path):
    yield
    store.access_log.record_review("2026-11-01", "2026-11-20", "Andras ärenden", "Inga avvikelser.")
    return Expected()


PRODUCERS: dict[LogAction, Callable] = {
    LogAction.OPEN_CLIENT: open_client,
    LogAction.OPEN_CASE: open_case,
    LogAction.WRITE: write,
    LogAction.SIGN: sign,
    LogAction.CORRECT: correct,
    LogAction.STRIKE: strike,
    LogAction.EXPORT: export,
    LogAction.IMPORT: import_,
    LogAction.SETTINGS: settings,
    LogAction.RIGHTS: rights,
    LogAction.SIGN_IN: sign_in,
    LogAction.SIGN_IN_FAILED: sign_in_failed,
    LogAction.LOCK: lock,
    LogAction.SIGN_OUT: sign_out,
    LogAction.ERASURE_REQUEST: erasure_request,
    LogAction.DISPOSAL: disposal,
    LogAction.LOG_REVIEW: log_review,
    LogAction.BACKUP: backup_,
}


def _run(producer, store, case, tmp_path):
    """Every producer is a generator: its setup, a bare ``yield``, the logged call, ``return
    Expected(...)``. The last log row is noted at the ``yield``; returns (mark, expected)."""
    steps = producer(store, case, tmp_path)
    next(steps)
    mark = store.query_value("SELECT coalesce(max(id), 0) FROM access_log")
    with pytest.raises(StopIteration) as done:
        next(steps)
    return mark, done.value.value


@pytest.mark.parametrize("action", list(PRODUCERS), ids=str)
def test_the_action_leaves_its_row(store, case, tmp_path, action):
    user_before = store.user_id
    mark, expected = _run(PRODUCERS[action], store, case, tmp_path)
    rows = store.query("SELECT user_id, client_id, case_id, what, unit FROM access_log"
                       " WHERE id > ? AND action = ? ORDER BY id", (mark, str(action)))
    assert rows, f"no {action} row"
    for found in rows:
        assert found["user_id"] == user_before is not None
        assert found["unit"]
    if expected is None:  # the producer checked which rows and what they name itself
        return
    assert len(rows) == expected.rows, rows
    for found in rows:
        assert (found["client_id"], found["case_id"]) == (expected.client_id, expected.case_id)
        assert bool(found["what"]) == expected.what, found["what"]


def test_the_disposal_row_names_nobody(store, case, tmp_path):
    pnr = make_pnr(dt.date(1980, 3, 12), 982)
    old = builders.case_written_at(store, dt.datetime(2014, 3, 3, 9, 0), first_name="Gunnel", last_name="Gallrad",
                                   personnummer=pnr)
    number = old.case_number
    exports = Exports(store)
    store.retention.dispose([old.id], "KS 2026/123 § 4",
                            archive=lambda case_id: exports.archive_copy(case_id, tmp_path))
    (what,) = store.query_tuples("SELECT what FROM access_log WHERE action = 'disposal'")[0]
    assert "KS 2026/123 § 4" in what
    assert not any(part in what for part in ("Gunnel", "Gallrad", pnr, pnr[2:], number))


def test_every_action_is_tested_or_listed_as_not_produced_yet():
    tested, waiting = set(PRODUCERS) | set(TESTED_ELSEWHERE), set(NOT_PRODUCED_YET)
    assert not tested & waiting, "an action is both tested and listed as not produced"
    assert set(LogAction) == tested | waiting, (
        f"decide for {sorted(set(LogAction) - tested - waiting)}: test its producer here, "
        "or list it in NOT_PRODUCED_YET with the reason")
    assert all(reason.strip() for reason in NOT_PRODUCED_YET.values())


@pytest.mark.parametrize("action", list(NOT_PRODUCED_YET), ids=str)
def test_an_action_listed_as_not_produced_yet_really_has_no_producer(action):
    """When someone adds the producer, this fails: move the action from the list to PRODUCERS."""
    from pathlib import Path

    import app

    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(app.__file__).parent.rglob("*.py")
                       if p.name not in ("access_log.py", "log_actions.py"))  # the enum and its labels
    assert f"LogAction.{action.name}" not in source
