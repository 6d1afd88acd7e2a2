"""Themes (light and dark QSS from ``resources/styles`` plus a matching palette) and SVG icons.

``ThemeManager.apply(Theme.SYSTEM)`` follows the operating system's light/dark choice, also when
it changes while the app runs. Icons are drawn in ``currentColor``; ``themed_icon`` paints them in
the palette's text colour, so they read on both themes (widgets re-ask on ``PaletteChange``).
"""

from __future__ import annotations

import logging
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from arthexis_desktop.core.app_settings import Theme
from arthexis_desktop.gui.paths import find_dir

log = logging.getLogger(__name__)

LIGHT, DARK = "light", "dark"
BASE_QSS = "app.qss"
ICON_SIZES_PX = (16, 24, 32, 48, 64)

_DARK_COLORS: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#1f2328",
    QPalette.ColorRole.WindowText: "#e6e8eb",
    QPalette.ColorRole.Base: "#16191d",
    QPalette.ColorRole.AlternateBase: "#1b1f24",
    QPalette.ColorRole.ToolTipBase: "#2a2f35",
    QPalette.ColorRole.ToolTipText: "#e6e8eb",
    QPalette.ColorRole.PlaceholderText: "#8b949e",
    QPalette.ColorRole.Text: "#e6e8eb",
    QPalette.ColorRole.Button: "#2a2f35",
    QPalette.ColorRole.ButtonText: "#e6e8eb",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#3b424b",
    QPalette.ColorRole.Midlight: "#323840",
    QPalette.ColorRole.Mid: "#2a2f35",
    QPalette.ColorRole.Dark: "#111418",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2563eb",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#60a5fa",
    QPalette.ColorRole.LinkVisited: "#a78bfa",
}
_DARK_DISABLED: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.WindowText: "#6b7280",
    QPalette.ColorRole.Text: "#6b7280",
    QPalette.ColorRole.ButtonText: "#6b7280",
    QPalette.ColorRole.HighlightedText: "#9ca3af",
}


def resource_path(*parts: str) -> Path | None:
    folder = find_dir("resources")
    path = folder.joinpath(*parts) if folder else None
    return path if path is not None and path.is_file() else None


def _read_qss(name: str) -> str:
    path = resource_path("styles", name)
    if path is None:
        return ""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("style sheet %s not loaded: %s", path, exc)
        return ""


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK_COLORS.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeManager(QObject):
    """Applies a ``Theme`` to the application: palette + base QSS + the theme's QSS."""

    changed = Signal(str)  # the effective theme: "light" | "dark"

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.theme = Theme.SYSTEM
        self.effective = ""
        self._initial_style = app.style().name()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def apply(self, theme: Theme | str) -> str:
        """Use ``theme`` now; returns the effective one (``light`` or ``dark``)."""
        self.theme = Theme(theme)
        hints = QGuiApplication.styleHints()
        if self.theme == Theme.SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if self.theme == Theme.DARK else Qt.ColorScheme.Light)
        dark = self.theme == Theme.DARK or (self.theme == Theme.SYSTEM and system_prefers_dark())
        effective = DARK if dark else LIGHT
        self._set_palette(dark)
        self._app.setStyleSheet(_read_qss(BASE_QSS) + "\n" + _read_qss(f"{effective}.qss"))
        if effective != self.effective:
            self.effective = effective
            self.changed.emit(effective)
        return effective

    def _set_palette(self, dark: bool) -> None:
        if dark:
            if sys.platform == "win32" and self._app.style().name() == "windowsvista":
                self._app.setStyle("Fusion")  # the Vista style ignores a dark palette
            self._app.setPalette(dark_palette())
            return
        if self._app.style().name() != self._initial_style:
            self._app.setStyle(self._initial_style)
        if system_prefers_dark():  # a light window on a dark desktop: the style's own palette
            self._app.setPalette(self._app.style().standardPalette())
        else:
            self._app.setPalette(QPalette())  # nothing set: the platform's palette

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == Theme.SYSTEM:
            self.apply(Theme.SYSTEM)


@cache
def _svg_text(name: str) -> str | None:
    path = resource_path("icons", f"{name}.svg")
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


@cache
def _icon(name: str, color: str) -> QIcon:
    text = _svg_text(name)
    if text is None:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", color).encode("utf-8")))
    if not renderer.isValid():
        return QIcon()
    icon = QIcon()
    for size in ICON_SIZES_PX:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def themed_icon(name: str, color: QColor | None = None) -> QIcon:
    """``resources/icons/<name>.svg`` in ``color`` (default: the palette's text colour)."""
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return _icon(name, color.name())


def apply_icon(app: QApplication, name: str = "arthexis.svg") -> bool:
    path = resource_path("icons", name)
    if path is None:
        return False
    icon = QIcon(str(path))
    if icon.isNull():
        return False
    app.setWindowIcon(icon)
    return True
