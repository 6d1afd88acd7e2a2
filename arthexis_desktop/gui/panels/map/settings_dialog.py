"""Tile source settings: online XYZ template, MBTiles file or none; cache size."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.gui.panels.map.settings import (
    MAX_CACHE_MB,
    MIN_CACHE_MB,
    OSM_ATTRIBUTION,
    OSM_TILE_URL,
    SOURCE_MBTILES,
    SOURCE_NONE,
    SOURCE_ONLINE,
    MapSettings,
)


class TileSettingsDialog(QDialog):
    def __init__(self, settings: MapSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile_settings_dialog")
        self.setWindowTitle(self.tr("Map tile source"))
        self._settings = settings
        self.online = QRadioButton(self.tr("Online tiles (XYZ URL template)"))
        self.mbtiles = QRadioButton(self.tr("MBTiles file (offline)"))
        self.none = QRadioButton(self.tr("No tiles (graticule only)"))
        self._group = QButtonGroup(self)
        for button in (self.online, self.mbtiles, self.none):
            self._group.addButton(button)
            button.toggled.connect(self._update_enabled)

        self.url = QLineEdit(settings.tile_url)
        self.url.setObjectName("tile_url")
        self.url.setPlaceholderText(OSM_TILE_URL)
        self.attribution = QLineEdit(settings.attribution)
        self.attribution.setObjectName("tile_attribution")
        self.attribution.setPlaceholderText(OSM_ATTRIBUTION)
        self.cache = QSpinBox()
        self.cache.setObjectName("tile_cache_mb")
        self.cache.setRange(MIN_CACHE_MB, MAX_CACHE_MB)
        self.cache.setSuffix(" MB")
        self.cache.setValue(settings.cache_size_mb)
        self.path = QLineEdit(settings.mbtiles_path)
        self.path.setObjectName("mbtiles_path")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.error = QLabel()
        self.error.setObjectName("tile_settings_error")
        self.error.setStyleSheet("color: #dc2626")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.online)
        form.addRow(self.tr("URL template"), self.url)
        form.addRow(self.tr("Attribution"), self.attribution)
        form.addRow(self.tr("Disk cache"), self.cache)
        form.addRow(self.mbtiles)
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.none)
        note = QLabel(
            self.tr(
                "Use {z}, {x} and {y} in the template. OpenStreetMap's servers are for light use: "
                "tiles are cached and never downloaded in bulk. For a kiosk without internet, "
                "choose an MBTiles file."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        {SOURCE_ONLINE: self.online, SOURCE_MBTILES: self.mbtiles, SOURCE_NONE: self.none}.get(
            settings.source, self.online
        ).setChecked(True)
        self._update_enabled()

    def _update_enabled(self) -> None:
        for widget in (self.url, self.attribution, self.cache):
            widget.setEnabled(self.online.isChecked())
        self.path.setEnabled(self.mbtiles.isChecked())

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose an MBTiles file"))
        dialog.setNameFilters([self.tr("MBTiles files (*.mbtiles)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def result_settings(self) -> MapSettings:
        source = (
            SOURCE_MBTILES
            if self.mbtiles.isChecked()
            else SOURCE_NONE
            if self.none.isChecked()
            else SOURCE_ONLINE
        )
        return replace(
            self._settings,
            source=source,
            tile_url=self.url.text().strip() or OSM_TILE_URL,
            attribution=self.attribution.text().strip(),
            cache_size_mb=self.cache.value(),
            mbtiles_path=self.path.text().strip(),
        )

    def _accept(self) -> None:
        settings = self.result_settings()
        if settings.source == SOURCE_ONLINE and not all(
            p in settings.tile_url for p in ("{z}", "{x}", "{y}")
        ):
            self.error.setText(self.tr("The URL template needs {z}, {x} and {y}."))
            return
        if settings.source == SOURCE_ONLINE and not settings.tile_url.startswith(("http://", "https://")):
            self.error.setText(self.tr("The URL template must start with http:// or https://."))
            return
        if settings.source == SOURCE_MBTILES and not settings.mbtiles_path:
            self.error.setText(self.tr("Choose an MBTiles file."))
            return
        self.accept()
