"""``atama`` with only the window's options (``--db``, ``--demo``) starts the window without building
the subcommands' parsers (a dozen milliseconds before the first paint); every other command line
gets the whole parser, its help and its subcommands."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import app
import app.ui.app
from app import cli


@pytest.fixture
def started(monkeypatch) -> list[tuple[Path, bool]]:
    """The window's starts, instead of starting it."""
    starts: list[tuple[Path, bool]] = []
    monkeypatch.setattr(app.ui.app, "run_app", lambda path, demo=False: starts.append((path, demo)) or 0)
    return starts


@pytest.mark.parametrize("argv, expected", [
    (["--db", "a.sqlite", "--demo"], (Path("a.sqlite"), True)),
    (["--db=a.sqlite"], (Path("a.sqlite"), False)),
    (["--db", "demo"], (Path("demo"), False)),  # a file named like a subcommand
])
def test_the_windows_options_start_the_window_on_the_file_given(started, argv, expected):
    assert cli.main(argv) == 0
    assert started == [expected]


def test_a_command_line_with_more_than_the_windows_options_gets_the_whole_parser(started, capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "export" in capsys.readouterr().out  # the subcommands are listed
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out.strip() == f"ATAMA {app.__version__}"
    with pytest.raises(SystemExit):
        cli.main(["--db", "a.sqlite", "--demo", "no-such-command"])
    assert "no-such-command" in capsys.readouterr().err
    assert started == []


@pytest.mark.parametrize("argv, window", [
    ([], True), (["--demo"], True), (["--db", "a", "--demo"], True), (["--db=a"], True),
    (["demo"], False), (["--db", "a", "export", "plan"], False), (["-h"], False), (["--version"], False),
    (["--db"], False),  # the parser says what is missing
])
def test_which_command_lines_only_start_the_window(argv, window):
    assert cli.starts_the_window(argv) is window


def test_a_command_collects_garbage_as_usual(capsys):
    gc.disable()  # as app/__main__.py starts, before it knows whether the window starts
    try:
        assert cli.main(["instruments", "--json"]) == 0
        assert gc.isenabled()
    finally:
        gc.enable()
    capsys.readouterr()


def test_the_window_starts_without_garbage_collection(started):
    gc.disable()
    try:
        assert cli.main(["--db", "a.sqlite"]) == 0
        assert started and not gc.isenabled()  # the main window's first paint turns it on again
    finally:
        gc.enable()
