"""Regression guard for the PySide6 6.12.0 refcount bug (stack-notes §0.1 and §2.4).

6.12.0 on CPython 3.11 drops one reference to ``True`` per ``Signal.emit``; after a few thousand
emits the interpreter aborts (``bool_dealloc``). qasync emits a signal for every
``call_soon_threadsafe``, so the app would die within minutes. pyproject pins PySide6 below 6.12;
this test fails if an upgrade brings the bug back.
"""

import sys

import pytest
from PySide6 import QtCore


class _Emitter(QtCore.QObject):
    sig = QtCore.Signal(object)


@pytest.mark.timeout(10)
@pytest.mark.parametrize("payload", [None, True, 1])
def test_signal_emit_does_not_leak_or_drop_references(payload: object) -> None:
    app = QtCore.QCoreApplication.instance() or QtCore.QCoreApplication([])
    assert app is not None
    emitter = _Emitter()
    emitter.sig.connect(lambda *_: None)
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(1000):
        emitter.sig.emit(payload)
    # the bug shows as -1000 (one per emit); allow a few references taken by unrelated code
    assert abs(sys.getrefcount(True) - before_true) < 10
    assert abs(sys.getrefcount(None) - before_none) < 10
