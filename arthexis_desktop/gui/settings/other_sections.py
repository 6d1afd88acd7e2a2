"""Settings → Notifications, Appearance, Map and Startup."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from arthexis_desktop.core.app_settings import (
    LANGUAGES,
    MAX_CACHE_MB,
    MIN_CACHE_MB,
    OSM_TILE_URL,
    SYSTEM_LANGUAGE,
    AppSettings,
    NotificationKind,
    SettingsProblem,
    Theme,
)
from arthexis_desktop.gui.settings.fields import FieldBox
from arthexis_desktop.gui.settings.section import Section, set_combo_data
from arthexis_desktop.gui.tray import tray_available

# Each language in its own name: a person who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "de": "Deutsch", "it": "Italiano"}


class NotificationsSection(Section):
    key = "notifications"
    icon = "bell"

    def __init__(self) -> None:
        super().__init__()
        self.checks: dict[NotificationKind, QCheckBox] = {}
        for kind in NotificationKind:
            check = QCheckBox()
            self.checks[kind] = check
            self.add_wide(f"notifications.{kind.value}", FieldBox(f"notifications.{kind.value}", check))
        self.finish()

    def title(self) -> str:
        return self.tr("Notifications")

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Show a notification when:"))
        texts = {
            NotificationKind.CHARGER_CONNECTED: self.tr("a charger connects"),
            NotificationKind.CHARGER_DISCONNECTED: self.tr("a charger disconnects"),
            NotificationKind.CHARGER_PENDING: self.tr("an unknown charger waits for approval"),
            NotificationKind.BOOT_REJECTED: self.tr("a charger's BootNotification is rejected"),
            NotificationKind.CONNECTOR_FAULTED: self.tr("a connector reports Faulted (with its error code)"),
            NotificationKind.TRANSACTION_STARTED: self.tr("a charging session starts"),
            NotificationKind.TRANSACTION_STOPPED: self.tr("a charging session stops (energy and duration)"),
            NotificationKind.TAG_SCANNED: self.tr("an RFID card is presented (accepted, blocked or unknown)"),
            NotificationKind.BROKER_FAILED: self.tr("the broker cannot listen on its port"),
        }
        for kind, check in self.checks.items():
            check.setText(texts[kind])

    def load(self, settings: AppSettings) -> None:
        for kind, check in self.checks.items():
            check.setChecked(settings.notifications.enabled(kind))

    def read(self, settings: AppSettings) -> tuple[AppSettings, list[SettingsProblem]]:
        values = {kind.value: check.isChecked() for kind, check in self.checks.items()}
        return replace(settings, notifications=replace(settings.notifications, **values)), []


class AppearanceSection(Section):
    key = "appearance"
    icon = "palette"

    def __init__(self) -> None:
        super().__init__()
        self.language = QComboBox()
        self.language.addItem("", SYSTEM_LANGUAGE)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.theme = QComboBox()
        for theme in Theme:
            self.theme.addItem("", theme.value)
        for combo in (self.language, self.theme):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_row("appearance.language", FieldBox("appearance.language", self.language, stretch=False))
        self.add_row("appearance.theme", FieldBox("appearance.theme", self.theme, stretch=False))
        self.finish()

    def title(self) -> str:
        return self.tr("Appearance")

    def row_titles(self) -> dict[str, str]:
        return {"appearance.language": self.tr("Language"), "appearance.theme": self.tr("Theme")}

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr("Both apply at once, without a restart."))
        self.language.setItemText(0, self.tr("System default"))
        names = {
            Theme.SYSTEM: self.tr("Follow the system"),
            Theme.LIGHT: self.tr("Light"),
            Theme.DARK: self.tr("Dark"),
        }
        for index in range(self.theme.count()):
            self.theme.setItemText(index, names[Theme(self.theme.itemData(index))])

    def load(self, settings: AppSettings) -> None:
        set_combo_data(self.language, settings.appearance.language)
        set_combo_data(self.theme, settings.appearance.theme.value)

    def read(self, settings: AppSettings) -> tuple[AppSettings, list[SettingsProblem]]:
        appearance = replace(
            settings.appearance,
            language=str(self.language.currentData()),
            theme=Theme(str(self.theme.currentData())),
        )
        return replace(settings, appearance=appearance), []


class MapSection(Section):
    key = "map"
    icon = "map"

    def __init__(self) -> None:
        super().__init__()
        self.source = QComboBox()
        for source in ("online", "mbtiles", "none"):
            self.source.addItem("", source)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source.currentIndexChanged.connect(self._update_enabled)
        self.url = QLineEdit()
        self.url.setPlaceholderText(OSM_TILE_URL)
        self.attribution = QLineEdit()
        self.cache = QSpinBox()
        self.cache.setRange(MIN_CACHE_MB, MAX_CACHE_MB)
        self.cache.setSuffix(" MB")
        self.mbtiles = QLineEdit()
        self.add_row("map.source", FieldBox("map.source", self.source, stretch=False))
        self.add_row("map.tile_url_template", FieldBox("map.tile_url_template", self.url))
        self.add_row("map.attribution", FieldBox("map.attribution", self.attribution))
        self.add_row("map.cache_size_mb", FieldBox("map.cache_size_mb", self.cache, stretch=False))
        self.add_row("map.mbtiles_path", FieldBox("map.mbtiles_path", self.mbtiles))
        self.finish()

    def title(self) -> str:
        return self.tr("Map")

    def row_titles(self) -> dict[str, str]:
        return {
            "map.source": self.tr("Tiles"),
            "map.tile_url_template": self.tr("URL template"),
            "map.attribution": self.tr("Attribution"),
            "map.cache_size_mb": self.tr("Disk cache"),
            "map.mbtiles_path": self.tr("MBTiles file"),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Use {z}, {x} and {y} in the template. Tiles are cached and never downloaded in bulk; "
                "for a site without internet choose an MBTiles file."
            )
        )
        names = [self.tr("Online (XYZ URL template)"), self.tr("MBTiles file (offline)"), self.tr("None")]
        for index, name in enumerate(names):
            self.source.setItemText(index, name)

    def _update_enabled(self, *_: object) -> None:
        online = self.source.currentData() == "online"
        for widget in (self.url, self.attribution, self.cache):
            widget.setEnabled(online)
        self.mbtiles.setEnabled(self.source.currentData() == "mbtiles")

    def load(self, settings: AppSettings) -> None:
        tiles = settings.map
        set_combo_data(self.source, tiles.source)
        self.url.setText(tiles.tile_url_template)
        self.attribution.setText(tiles.attribution)
        self.cache.setValue(tiles.cache_size_mb)
        self.mbtiles.setText(tiles.mbtiles_path)
        self._update_enabled()

    def read(self, settings: AppSettings) -> tuple[AppSettings, list[SettingsProblem]]:
        tiles = replace(
            settings.map,
            source=str(self.source.currentData()),
            tile_url_template=self.url.text().strip(),
            attribution=self.attribution.text().strip(),
            cache_size_mb=self.cache.value(),
            mbtiles_path=self.mbtiles.text().strip(),
        )
        return replace(settings, map=tiles), []


class StartupSection(Section):
    key = "startup"
    icon = "power"

    def __init__(self, *, autostart_supported: bool = True) -> None:
        super().__init__()
        self.autostart_supported = autostart_supported
        self.minimised = QCheckBox()
        self.with_os = QCheckBox()
        self.with_os.setEnabled(autostart_supported)
        self.close_to_tray = QCheckBox()
        self.tray = tray_available()
        self.close_to_tray.setEnabled(self.tray)
        self.add_wide("startup.start_minimised", FieldBox("startup.start_minimised", self.minimised))
        self.add_wide("startup.close_to_tray", FieldBox("startup.close_to_tray", self.close_to_tray))
        self.add_wide("startup.start_with_os", FieldBox("startup.start_with_os", self.with_os))
        self.finish()

    def title(self) -> str:
        return self.tr("Startup")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("The broker runs whenever the app runs, also while the window is minimised.")
        )
        self.minimised.setText(self.tr("Start minimised to the tray"))
        self.with_os.setText(self.tr("Start when I log in to this computer"))
        self.close_to_tray.setText(self.tr("Closing the window keeps the broker running in the tray"))
        self.boxes["startup.close_to_tray"].set_note(
            ""
            if self.tray
            else self.tr("No system tray here: closing the window quits, start minimised uses the taskbar.")
        )
        self.boxes["startup.start_with_os"].set_note(
            ""
            if self.autostart_supported
            else self.tr("Not available on this operating system; use its own start-up settings.")
        )

    def load(self, settings: AppSettings) -> None:
        self.minimised.setChecked(settings.startup.start_minimised)
        self.with_os.setChecked(settings.startup.start_with_os)
        self.close_to_tray.setChecked(settings.startup.close_to_tray)

    def read(self, settings: AppSettings) -> tuple[AppSettings, list[SettingsProblem]]:
        startup = replace(
            settings.startup,
            start_minimised=self.minimised.isChecked(),
            start_with_os=self.with_os.isChecked(),
            close_to_tray=self.close_to_tray.isChecked(),
        )
        return replace(settings, startup=startup), []
