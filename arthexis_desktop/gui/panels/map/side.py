"""The column beside the map: edit mode, the selected charger's coordinates, and the chargers
that have no location yet (with "Place on map")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.geo import COORDINATE_DECIMALS
from arthexis_desktop.gui import formatting as fmt

CHARGER_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def _dot(status: str) -> QIcon:
    """A small disc in the status colour of the map's markers."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fmt.status_color(status))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def _coordinate_box(name: str, limit: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setDecimals(COORDINATE_DECIMALS)
    box.setRange(-limit, limit)
    box.setSingleStep(0.0001)
    box.setSuffix(" °")
    box.setKeyboardTracking(False)
    return box


class MapSide(QWidget):
    save_requested = Signal(str, float, float)
    clear_requested = Signal(str)
    place_requested = Signal(str)
    unplaced_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_side")
        self.charger_id: str | None = None
        self.edit_box = QCheckBox(self.tr("Edit locations"))
        self.edit_box.setObjectName("edit_locations")
        self.edit_box.setToolTip(
            self.tr("Drag markers to move chargers (off: markers cannot be moved by accident)")
        )

        selected = QGroupBox(self.tr("Selected charger"))
        self.charger_label = QLabel(self.tr("Click a marker or a charger below."))
        self.charger_label.setObjectName("selected_charger")
        self.charger_label.setWordWrap(True)
        self.latitude = _coordinate_box("latitude", 90.0)
        self.longitude = _coordinate_box("longitude", 180.0)
        self.save_button = QPushButton(self.tr("Save location"))
        self.save_button.setObjectName("save_location")
        self.save_button.clicked.connect(self._save)
        self.clear_button = QPushButton(self.tr("Remove from map"))
        self.clear_button.setObjectName("clear_location")
        self.clear_button.clicked.connect(
            lambda: self.charger_id and self.clear_requested.emit(self.charger_id)
        )
        form = QFormLayout()
        form.addRow(self.charger_label)
        form.addRow(self.tr("Latitude"), self.latitude)
        form.addRow(self.tr("Longitude"), self.longitude)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        form.addRow(buttons)
        selected.setLayout(form)

        self.unplaced_box = QGroupBox()
        self.unplaced = QListWidget()
        self.unplaced.setObjectName("unplaced_chargers")
        self.unplaced.currentItemChanged.connect(self._unplaced_changed)
        self.unplaced.itemDoubleClicked.connect(
            lambda item: self.place_requested.emit(item.data(CHARGER_ROLE))
        )
        self.place_button = QPushButton(self.tr("Place on map"))
        self.place_button.setObjectName("place_on_map")
        self.place_button.setToolTip(self.tr("Then click on the map where the charger is"))
        self.place_button.clicked.connect(self._place)
        unplaced_layout = QVBoxLayout(self.unplaced_box)
        unplaced_layout.addWidget(self.unplaced, 1)
        unplaced_layout.addWidget(self.place_button)

        self.tiles_button = QPushButton(self.tr("Tile source…"))
        self.tiles_button.setObjectName("tile_settings")
        self.result = QLabel()
        self.result.setObjectName("map_result")
        self.result.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.edit_box)
        layout.addWidget(selected)
        layout.addWidget(self.unplaced_box, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.tiles_button)
        self.show_charger(None)
        self.set_unplaced([])

    # -- selected charger ------------------------------------------------------------------------
    def show_charger(self, charger_id: str | None, position: tuple[float, float] | None = None) -> None:
        """Fill the form; ``position`` None means "not on the map" (the fields keep a suggestion)."""
        self.charger_id = charger_id
        for widget in (self.latitude, self.longitude, self.save_button):
            widget.setEnabled(charger_id is not None)
        self.clear_button.setEnabled(charger_id is not None and position is not None)
        if charger_id is None:
            self.charger_label.setText(self.tr("Click a marker or a charger below."))
            return
        if position is None:
            self.charger_label.setText(self.tr("{charger} — not on the map yet").format(charger=charger_id))
        else:
            self.charger_label.setText(charger_id)
            self.latitude.setValue(position[0])
            self.longitude.setValue(position[1])

    def suggest(self, latitude: float, longitude: float) -> None:
        self.latitude.setValue(latitude)
        self.longitude.setValue(longitude)

    def _save(self) -> None:
        if self.charger_id is not None:
            self.latitude.interpretText()
            self.longitude.interpretText()
            self.save_requested.emit(self.charger_id, self.latitude.value(), self.longitude.value())

    # -- chargers without a location -------------------------------------------------------------
    def set_unplaced(self, chargers: list[tuple[str, str]]) -> None:
        """(charger id, status) of the chargers that have no location, in order."""
        self.unplaced_box.setTitle(self.tr("Without a location ({count})").format(count=len(chargers)))
        current = self.unplaced.currentItem()
        keep = current.data(CHARGER_ROLE) if current is not None else None
        shown = [self.unplaced.item(r).data(CHARGER_ROLE) for r in range(self.unplaced.count())]
        if shown != [cid for cid, _s in chargers]:
            self.unplaced.blockSignals(True)
            self.unplaced.clear()
            for cid, _status in chargers:
                item = QListWidgetItem(cid)
                item.setData(CHARGER_ROLE, cid)
                self.unplaced.addItem(item)
                if cid == keep:
                    self.unplaced.setCurrentItem(item)
            self.unplaced.blockSignals(False)
        for row, (_cid, status) in enumerate(chargers):
            item = self.unplaced.item(row)
            if item.data(STATUS_ROLE) != status:
                item.setData(STATUS_ROLE, status)
                item.setToolTip(fmt.status_label(status))
                item.setIcon(_dot(status))
        self.place_button.setEnabled(self.unplaced.currentItem() is not None)

    def select_unplaced(self, charger_id: str) -> bool:
        for row in range(self.unplaced.count()):
            if self.unplaced.item(row).data(CHARGER_ROLE) == charger_id:
                self.unplaced.setCurrentRow(row)
                return True
        return False

    def _unplaced_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.place_button.setEnabled(current is not None)
        if current is not None:
            self.unplaced_selected.emit(current.data(CHARGER_ROLE))

    def _place(self) -> None:
        item = self.unplaced.currentItem()
        if item is not None:
            self.place_requested.emit(item.data(CHARGER_ROLE))

    def show_result(self, text: str, *, error: bool = False) -> None:
        self.result.setStyleSheet(f"color: {'#dc2626' if error else '#15803d'}")
        self.result.setText(text)
