"""Guards against a broken Qt binding release (PySide6 6.12.0 over-released True on every
Signal.emit(), which aborts the app after enough signals; app/ui/qt_binding.py, quirk 7)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12: its count never changes")
def test_signal_emit_keeps_reference_counts(qapp):
    emitter = _Emitter()
    emitter.ping.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.ping.emit()
    assert sys.getrefcount(True) - before >= -5  # small noise allowed; the bug loses 50


def test_pyside_reads_module_sources_as_bytes_with_its_own_answer(tmp_path):
    """Quirk 4: once the window's first Qt module is imported, PySide6's check of each new module
    is ours, and it answers as PySide6's own would."""
    import json
    import types

    import app.models.clients
    import app.ui.app  # noqa: F401 - installs it
    import app.ui.main_window

    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    pysides_own = check.pysides_own  # ours: PySide6's kept beside it
    no_source = types.ModuleType("compiled_only")
    no_source.__file__ = str(tmp_path / "compiled_only.pyc")
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # a .py that cannot be read
    for module, uses in ((app.ui.main_window, True), (app.models.clients, False), (json, False), (sys, False),
                         (no_source, False), (gone, False)):
        assert check(module) is uses, module
        assert pysides_own(module) is uses, module
