"""The settings of the running app, for every part of the window that needs them.

``current`` is what this run uses (stored settings with the command line's overrides on top);
``stored`` is what ``settings.json`` holds. ``changed`` fires after the settings dialog saved, with
the new ``current``. Panels read ``context.settings.current.<section>`` (e.g. ``.map`` for the tile
source, ``.notifications`` for which toasts to show) and may connect to ``changed``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from arthexis_desktop.core.app_settings import AppSettings


class SettingsHub(QObject):
    changed = Signal(object)  # AppSettings: the new current settings

    def __init__(
        self,
        *,
        stored: AppSettings,
        current: AppSettings | None = None,
        overrides: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stored = stored
        self.current = current or stored
        self.overrides = dict(overrides or {})  # field path -> what set it for this run ("--port")

    def update(self, *, stored: AppSettings, current: AppSettings) -> None:
        self.stored = stored
        self.current = current
        self.changed.emit(current)
