"""The tests' own layout: shared code lives in helper modules, never in a test module or a conftest
that another module imports, and ``store`` means one fixture (tests/conftest.py)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _imported_modules(path: Path) -> list[str]:
    """Every module ``path`` imports, relative imports resolved to their dotted name."""
    package = ".".join(path.relative_to(TESTS.parent).with_suffix("").parts[:-1])
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            names.append(module)
            names += [f"{module}.{alias.name}" for alias in node.names]  # from . import test_x
    return names


def test_no_test_module_or_conftest_is_imported():
    offenders = [
        f"{path.relative_to(TESTS.parent)} imports {name}"
        for path in sorted(TESTS.rglob("*.py"))
        for name in _imported_modules(path)
        if name.split(".")[0] == "tests" and (name.split(".")[-1].startswith("test_")
                                              or name.split(".")[-1] == "conftest")
    ]
    assert offenders == []


def test_the_scan_sees_relative_and_absolute_imports(tmp_path, monkeypatch):
    folder = tmp_path / "tests" / "models"
    folder.mkdir(parents=True)
    probe = folder / "test_probe.py"
    probe.write_text("from .test_other import x\nfrom tests.ui import test_y\nimport tests.models.conftest\n"
                     "from ..support import FIXED_NOW\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.TESTS", tmp_path / "tests")
    found = _imported_modules(probe)
    assert {"tests.models.test_other", "tests.ui.test_y", "tests.models.conftest", "tests.support"} <= set(found)


def test_store_is_defined_once():
    """One ``store`` fixture (tests/conftest.py); the demo database is ``demo_store``."""
    places = [
        str(path.relative_to(TESTS.parent))
        for path in sorted(TESTS.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name == "store"
    ]
    assert places == ["tests/conftest.py"]
