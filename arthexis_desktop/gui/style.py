"""The application style sheet (``resources/styles/app.qss``) and icon, if present."""

from __future__ import annotations

import logging

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from arthexis_desktop.gui.paths import find_dir

log = logging.getLogger(__name__)


def apply_style(app: QApplication, name: str = "app.qss") -> bool:
    folder = find_dir("resources")
    path = folder / "styles" / name if folder else None
    if path is None or not path.is_file():
        return False
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("style sheet %s not loaded: %s", path, exc)
        return False
    return True


def apply_icon(app: QApplication, name: str = "arthexis.svg") -> bool:
    folder = find_dir("resources")
    path = folder / "icons" / name if folder else None
    if path is None or not path.is_file():
        return False
    icon = QIcon(str(path))
    if icon.isNull():
        return False
    app.setWindowIcon(icon)
    return True
