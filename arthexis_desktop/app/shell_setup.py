"""What the desktop prepares before its window: the stored settings (with the command line's options
on top) and the language and theme managers that apply them while the app runs."""

from __future__ import annotations

from dataclasses import dataclass, field

from arthexis_desktop.app.options import AppOptions, data_dir
from arthexis_desktop.app.settings_overlay import overlay_options
from arthexis_desktop.core.app_settings import AppSettings
from arthexis_desktop.gui.i18n import LanguageManager
from arthexis_desktop.gui.style import ThemeManager
from arthexis_desktop.services.app_settings import LoadedSettings, SettingsStore


@dataclass
class ShellSetup:
    """What ``run_desktop`` prepared before the window: the settings and what applies them."""

    store: SettingsStore
    stored: AppSettings
    overrides: dict[str, str] = field(default_factory=dict)  # field path -> "--port"
    language: LanguageManager | None = None
    theme: ThemeManager | None = None

    @classmethod
    def for_options(cls, options: AppOptions) -> ShellSetup:
        """The settings file in the data folder; nothing applied (tests build apps like this)."""
        store = SettingsStore.in_folder(data_dir(options))
        return cls(store, store.load().settings)


def load_settings(
    options: AppOptions, explicit: frozenset[str] | None
) -> tuple[AppOptions, SettingsStore, LoadedSettings]:
    """The stored settings, and ``options`` with what the command line did not give taken from them
    (``explicit`` None: options built by code are used as they are)."""
    folder = data_dir(options)  # settings.json stays here even when the data folder moves
    store = SettingsStore.in_folder(folder)
    loaded = store.load()
    if explicit is None:
        return options, store, loaded
    options = overlay_options(options, loaded.settings, explicit)
    moved = data_dir(options)
    if moved != folder:  # the map's old file lives in the (moved) data folder
        store = SettingsStore.in_folder(folder, data_folder=moved)
        loaded = store.load()
    return options, store, loaded
