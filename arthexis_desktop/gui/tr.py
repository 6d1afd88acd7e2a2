"""Translation markers with proper types (PySide6's stubs type QT_TRANSLATE_NOOP as ``object``).

lupdate recognises the call by its name, so strings marked with this function are extracted into
the catalogues; at run time it returns the English source, translated later with
``QCoreApplication.translate(context, source)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source
