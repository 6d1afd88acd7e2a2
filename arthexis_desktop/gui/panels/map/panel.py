"""Map panel: chargers on a slippy map, coloured by live status, placed by drag or coordinates.

Positions come from ``LocationService`` (storage) when the panel is first shown, every 30 s
while it is visible (another desktop may move a charger) and soon after an unknown charger shows
up in the live fleet. Colours follow ``FleetState`` on the shared clock, only while visible.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSplitter, QWidget

from arthexis_desktop.core import geo
from arthexis_desktop.gui.clock import ClockedPanel
from arthexis_desktop.gui.context import FocusRequests, PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.map.markers import MarkerItem
from arthexis_desktop.gui.panels.map.settings import (
    MapSettings,
    from_app_settings,
    load_settings,
    save_settings,
    tile_cache_dir,
)
from arthexis_desktop.gui.panels.map.settings_dialog import TileSettingsDialog
from arthexis_desktop.gui.panels.map.side import MapSide
from arthexis_desktop.gui.panels.map.status import charger_status, charger_tooltip, cluster_tooltip
from arthexis_desktop.gui.panels.map.tiles import TileLoader
from arthexis_desktop.gui.panels.map.view import MapView
from arthexis_desktop.services.locations import ChargerPlace, LocationService

log = logging.getLogger(__name__)

RELOAD_EVERY_S = 30.0
NEW_CHARGER_RELOAD_S = 2.0  # at most this often when unknown chargers appear


class MapPanel(ClockedPanel):
    def __init__(
        self,
        context: PanelContext,
        parent: QWidget | None = None,
        *,
        locations: LocationService | None = None,
    ) -> None:
        super().__init__(context.clock, parent)
        self._context = context
        places = locations or context.locations
        if places is None:
            raise ValueError("the map needs a LocationService (PanelContext.locations)")
        self.locations = places
        self._hub = context.settings  # the shell's settings, when the window has them
        if self._hub is not None:
            self.settings = from_app_settings(self._hub.current.map)
        else:
            self.settings = load_settings(context.data_dir)
        self.places: dict[str, ChargerPlace] = {}
        self.selected: str | None = None
        self.loaded = False  # positions were read from storage at least once
        self._load_task: asyncio.Task[None] | None = None
        self._loaded_at = 0.0
        self._seen_version = -1
        self._dialog: TileSettingsDialog | None = None

        self.loader = TileLoader(self)
        self.view = MapView(self.loader, self)
        self.view.tooltip_for = self._tooltip
        self.side = MapSide(self)
        side_scroll = QScrollArea(self)  # the map may be made short; the column then scrolls
        side_scroll.setWidget(self.side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMinimumWidth(self.side.minimumSizeHint().width())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([900, 260])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.view.charger_clicked.connect(self.select_charger)
        self.view.marker_dropped.connect(self.place_charger)
        self.view.map_clicked.connect(self._on_map_clicked)
        self.view.fit_requested.connect(self.fit_fleet)
        self.view.escape_pressed.connect(self.cancel_placing)
        self.side.edit_box.toggled.connect(self._set_edit_mode)
        self.side.save_requested.connect(self.place_charger)
        self.side.clear_requested.connect(self.clear_location)
        self.side.place_requested.connect(self.start_placing)
        self.side.unplaced_selected.connect(self._on_unplaced_selected)
        self.side.tiles_button.clicked.connect(self.open_tile_settings)
        if self._hub is not None:  # Settings → Map is the one place to change them
            self._hub.changed.connect(
                lambda current: self.apply_settings(from_app_settings(current.map), save=False)
            )
            self.side.tiles_button.hide()
        self.apply_settings(self.settings, save=False)

    # -- tile source -----------------------------------------------------------------------------
    def apply_settings(self, settings: MapSettings, *, save: bool = True) -> None:
        """Use ``settings`` now; with ``save`` also keep them in the per-user settings file."""
        self.settings = settings
        self.loader.configure(settings, tile_cache_dir(settings, self._context.data_dir))
        if save:
            try:
                save_settings(self._context.data_dir, settings)
            except OSError as exc:
                self.side.show_result(
                    self.tr("Map settings not saved: {error}").format(error=exc), error=True
                )

    def open_tile_settings(self) -> None:
        dialog = TileSettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        self._dialog = dialog
        dialog.open()

    # -- loading positions -----------------------------------------------------------------------
    def reload(self) -> asyncio.Task[None] | None:
        if self._load_task is not None and not self._load_task.done():
            return self._load_task
        self._loaded_at = time.monotonic()
        self._load_task = self._context.tasks.spawn(self._load(), name="map-load-places")
        return self._load_task

    async def _load(self) -> None:
        try:
            places = await self.locations.places()
        except Exception as exc:
            self.side.show_result(describe_error(exc), error=True)
            return
        first = not self.loaded
        self.places = {p.charger_id: p for p in places}
        self.loaded = True
        self.view.layer.set_positions(
            {
                p.charger_id: (p.latitude, p.longitude)
                for p in places
                if p.latitude is not None and p.longitude is not None
            }
        )
        self.show_live_state()
        self.view.refresh_markers()
        if first:
            self.fit_fleet()

    def fit_fleet(self) -> None:
        """The fleet's bounds, or Monterrey at zoom 13 when no charger has a location."""
        bounds = self.view.layer.bounds()
        if bounds is None:
            self.view.set_view(25.6866, -100.3161, 13)
        else:
            self.view.fit(bounds)

    # -- redraw on the clock ---------------------------------------------------------------------
    def is_due(self) -> bool:
        return (
            super().is_due() or self._context.fleet_state.version != self._seen_version or self._reload_due()
        )

    def _reload_due(self) -> bool:
        return not self.loaded or time.monotonic() - self._loaded_at > RELOAD_EVERY_S

    def redraw(self) -> None:
        state = self._context.fleet_state
        self._seen_version = state.version
        newcomers = time.monotonic() - self._loaded_at > NEW_CHARGER_RELOAD_S and any(
            live.charger_id not in self.places for live in state.chargers()
        )
        if self._reload_due() or newcomers:
            self.reload()
        self.show_live_state()

    def show_live_state(self) -> None:
        """Marker colours and the list of unplaced chargers from the live fleet state."""
        state = self._context.fleet_state
        statuses = {cid: charger_status(state.charger(cid)) for cid in self.places}
        self.view.layer.set_statuses(statuses)
        self.side.set_unplaced(
            [(cid, statuses[cid]) for cid in sorted(self.places) if not self.places[cid].placed]
        )

    # -- selecting -------------------------------------------------------------------------------
    def select_charger(self, charger_id: str) -> None:
        """Highlight the charger, show its coordinates and ask the window for its detail."""
        self.selected = charger_id
        self.view.layer.set_selected(charger_id)
        place = self.places.get(charger_id)
        if place is not None and place.placed:
            self.side.show_charger(charger_id, (place.latitude, place.longitude))  # type: ignore[arg-type]
        else:
            self.side.show_charger(charger_id, None)
        self._context.request_focus(FocusRequests.CHARGER, charger_id)

    def _on_unplaced_selected(self, charger_id: str) -> None:
        self.selected = charger_id
        self.view.layer.set_selected(None)
        self.side.show_charger(charger_id, None)
        self.side.suggest(*self.view.center)

    def _tooltip(self, item: MarkerItem) -> str:
        state = self._context.fleet_state
        statuses = self.view.layer.statuses
        if item.is_cluster:
            return cluster_tooltip([statuses.get(cid, "") for cid in item.members])
        cid = item.members[0]
        return charger_tooltip(cid, state.charger(cid), statuses.get(cid, charger_status(state.charger(cid))))

    # -- placing ---------------------------------------------------------------------------------
    def _set_edit_mode(self, on: bool) -> None:
        self.view.edit_mode = on
        self.view.viewport().update()

    def start_placing(self, charger_id: str) -> None:
        self.view.placing = charger_id
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.view.setFocus()
        self.view.viewport().update()

    def cancel_placing(self) -> None:
        self.view.placing = None
        self.view.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        self.view.viewport().update()

    def _on_map_clicked(self, latitude: float, longitude: float) -> None:
        if self.view.placing is not None:
            charger_id = self.view.placing
            self.cancel_placing()
            self.place_charger(charger_id, latitude, longitude)

    def place_charger(self, charger_id: str, latitude: float, longitude: float) -> asyncio.Task[None] | None:
        """Store the charger's position (6 decimals) at once; the marker moves before the
        database answers and goes back if it refuses."""
        try:
            lat, lon = geo.validate_coordinates(latitude, longitude)
        except ValueError as exc:
            self.side.show_result(self.tr("Not a valid position: {error}").format(error=exc), error=True)
            return None
        previous = self.places.get(charger_id, ChargerPlace(charger_id))
        self._show_place(ChargerPlace(charger_id, lat, lon))

        async def store() -> None:
            await self.locations.set_location(charger_id, lat, lon)

        def done() -> None:
            self.side.show_result(
                self.tr("{charger} placed at {latitude}, {longitude}").format(
                    charger=charger_id, latitude=f"{lat:.6f}", longitude=f"{lon:.6f}"
                )
            )

        return self._store(store, done, previous)

    def clear_location(self, charger_id: str) -> asyncio.Task[None] | None:
        previous = self.places.get(charger_id, ChargerPlace(charger_id))
        self._show_place(ChargerPlace(charger_id))

        async def store() -> None:
            await self.locations.clear_location(charger_id)

        def done() -> None:
            self.side.show_result(self.tr("{charger} removed from the map").format(charger=charger_id))

        return self._store(store, done, previous)

    def _store(
        self, store: Callable[[], Awaitable[Any]], done: Callable[[], None], previous: ChargerPlace
    ) -> asyncio.Task[None]:
        async def run() -> None:
            try:
                await store()
            except Exception as exc:
                self._show_place(previous)
                self.side.show_result(describe_error(exc), error=True)
                return
            done()

        return self._context.tasks.spawn(run(), name=f"map-store-{previous.charger_id}")

    def _show_place(self, place: ChargerPlace) -> None:
        self.places[place.charger_id] = place
        layer = self.view.layer
        if place.latitude is not None and place.longitude is not None:
            layer.set_position(place.charger_id, place.latitude, place.longitude)
        else:
            layer.remove(place.charger_id)
        self.show_live_state()
        self.view.refresh_markers()
        if self.selected == place.charger_id:
            position = (place.latitude, place.longitude) if place.placed else None
            self.side.show_charger(place.charger_id, position)  # type: ignore[arg-type]
        self.view.viewport().update()
