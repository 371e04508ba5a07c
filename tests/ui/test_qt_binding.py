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
