"""Setting where chargers are: drag in edit mode, place from the list, type coordinates, remove;
stored at once through the location service (read back from a re-opened database)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from arthexis_desktop.app.options import database_url
from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import AdmissionState
from arthexis_desktop.gui.panels.map.settings import (
    OSM_TILE_URL,
    SETTINGS_FILE,
    SOURCE_MBTILES,
    SOURCE_ONLINE,
    MapSettings,
    load_settings,
    save_settings,
)
from arthexis_desktop.gui.panels.map.settings_dialog import TileSettingsDialog
from arthexis_desktop.services.locations import ChargerPlace, LocationService
from arthexis_desktop.storage import Storage
from tests.gui.conftest import wait_until
from tests.gui.map_helpers import click, drag, marker, marker_point, open_map

pytestmark = [pytest.mark.gui, pytest.mark.timeout(30)]

MONTERREY = (25.6866, -100.3161)


async def place(app, charger_id: str, position: tuple[float, float] | None) -> None:
    storage = app.runtime.storage
    await storage.add_charger(charger_id, AdmissionState.ACCEPTED)
    if position is not None:
        await storage.update_charger_details(charger_id, latitude=position[0], longitude=position[1])


@pytest.mark.asyncio
async def test_dragging_a_marker_in_edit_mode_is_stored_at_once(make_desktop) -> None:
    app = await make_desktop()
    await place(app, "CP-DRAG", MONTERREY)
    await place(app, "CP-STAY", (25.70, -100.30))
    panel = open_map(app)
    await wait_until(lambda: marker(panel, "CP-DRAG") is not None, what="marker")
    view = panel.view

    # Not in edit mode: dragging the marker drags the map (no accidental move).
    start = marker_point(panel, "CP-DRAG")
    drag(view, start, start + QPoint(80, 40))
    assert marker_point(panel, "CP-DRAG") == start + QPoint(80, 40)
    assert panel.places["CP-DRAG"] == ChargerPlace("CP-DRAG", *MONTERREY)

    panel.side.edit_box.click()
    assert view.status_lines()[-1] == "Editing locations: drag a marker to move its charger"
    start = marker_point(panel, "CP-DRAG")
    end = start + QPoint(-120, 60)
    target = view.lat_lon_at(end)
    drag(view, start, end)
    await wait_until(lambda: "CP-DRAG placed at" in panel.side.result.text(), what="stored")
    moved = panel.places["CP-DRAG"]
    assert (moved.latitude, moved.longitude) == pytest.approx(target, abs=3e-5)  # within a pixel
    assert moved.latitude == round(moved.latitude, 6) and moved.longitude == round(moved.longitude, 6)
    assert abs(marker_point(panel, "CP-DRAG").x() - end.x()) <= 1
    assert panel.places["CP-STAY"] == ChargerPlace("CP-STAY", 25.70, -100.30)

    # With the broker and its database closed, the position is in the database file.
    await app.runtime.stop()
    storage = await Storage.open(database_url(app.options))
    try:
        record = await storage.charger("CP-DRAG")
    finally:
        await storage.close()
    assert record is not None and (record.latitude, record.longitude) == (moved.latitude, moved.longitude)


@pytest.mark.asyncio
async def test_a_charger_without_location_is_listed_and_placed_with_a_click(
    desktop, start_charger, qtbot
) -> None:
    panel = open_map(desktop)
    await start_charger(desktop, "CP-NEW")  # connects for the first time: no location yet
    side, view = panel.side, panel.view
    await wait_until(lambda: side.unplaced.count() == 1, what="CP-NEW listed without a location")
    assert side.unplaced_box.title() == "Without a location (1)"
    assert side.unplaced.item(0).text() == "CP-NEW" and not side.place_button.isEnabled()

    assert side.select_unplaced("CP-NEW") and side.place_button.isEnabled()
    qtbot.mouseClick(side.place_button, Qt.MouseButton.LeftButton)
    assert "Click on the map to place CP-NEW (Esc cancels)" in view.status_lines()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.placing is None and view.status_lines()[-1:] != [
        "Click on the map to place CP-NEW (Esc cancels)"
    ]

    qtbot.mouseClick(side.place_button, Qt.MouseButton.LeftButton)
    point = view.viewport().rect().center() + QPoint(40, -30)
    expected = view.lat_lon_at(point)
    click(view, point)
    await wait_until(lambda: "CP-NEW placed at" in side.result.text(), what="stored")
    record = await desktop.runtime.storage.charger("CP-NEW")
    assert (record.latitude, record.longitude) == pytest.approx(expected, abs=1e-6)
    assert side.unplaced.count() == 0 and side.unplaced_box.title() == "Without a location (0)"
    assert marker(panel, "CP-NEW") is not None and view.placing is None


@pytest.mark.asyncio
async def test_typed_coordinates_are_stored_and_remove_takes_the_charger_off(desktop) -> None:
    await place(desktop, "CP-FORM", MONTERREY)
    panel = open_map(desktop)
    await wait_until(lambda: marker(panel, "CP-FORM") is not None, what="marker")
    click(panel.view, marker_point(panel, "CP-FORM"))
    side = panel.side
    for box, text in ((side.latitude, "25.701234"), (side.longitude, "-100.298765")):
        box.lineEdit().selectAll()
        QTest.keyClicks(box.lineEdit(), text)
    side.save_button.click()
    await wait_until(lambda: side.result.text() == "CP-FORM placed at 25.701234, -100.298765", what="saved")
    record = await desktop.runtime.storage.charger("CP-FORM")
    assert (record.latitude, record.longitude) == (25.701234, -100.298765)
    assert panel.view.layer.positions["CP-FORM"] == (25.701234, -100.298765)

    assert side.clear_button.isEnabled()
    side.clear_button.click()
    await wait_until(lambda: side.result.text() == "CP-FORM removed from the map", what="removed")
    record = await desktop.runtime.storage.charger("CP-FORM")
    assert (record.latitude, record.longitude) == (None, None)
    assert marker(panel, "CP-FORM") is None
    await wait_until(lambda: side.unplaced.count() == 1, what="listed without a location")
    assert side.charger_label.text() == "CP-FORM — not on the map yet"


@pytest.mark.asyncio
async def test_refused_places_are_explained_and_undone(desktop) -> None:
    panel = open_map(desktop)
    await wait_until(lambda: panel.loaded, what="loaded")
    await panel.place_charger("CP-GHOST", *MONTERREY)  # not in the database
    assert panel.side.result.text() == "Not found: charger 'CP-GHOST' is not known"
    assert "CP-GHOST" not in panel.view.layer.positions
    assert panel.place_charger("CP-GHOST", 91.0, 0.0) is None
    assert panel.side.result.text() == "Not a valid position: latitude 91.0 is outside -90..90"

    service = LocationService(desktop.runtime.storage)
    await place(desktop, "CP-SVC", None)
    with pytest.raises(InvalidCommandError, match="longitude"):
        await service.set_location("CP-SVC", 10.0, 181.0)
    with pytest.raises(NotFoundError):
        await service.clear_location("CP-NOBODY")
    assert await service.set_location("CP-SVC", 25.12345649, -100.0) == ChargerPlace(
        "CP-SVC", 25.123456, -100.0
    )
    assert ChargerPlace("CP-SVC", 25.123456, -100.0) in await service.places()


def test_settings_are_kept_per_user_and_survive_a_bad_file(tmp_path) -> None:
    assert load_settings(tmp_path) == MapSettings()  # nothing stored: OpenStreetMap, 250 MB
    assert MapSettings().tile_url == OSM_TILE_URL == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    chosen = MapSettings(source=SOURCE_MBTILES, mbtiles_path="/srv/mty.mbtiles", cache_size_mb=500)
    save_settings(tmp_path, chosen)
    assert load_settings(tmp_path) == chosen
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({"source": "bogus", "cache_size_mb": 1, "x": 1}))
    assert load_settings(tmp_path) == MapSettings(cache_size_mb=10)
    (tmp_path / SETTINGS_FILE).write_text("{not json")
    assert load_settings(tmp_path) == MapSettings()
    save_settings(tmp_path, chosen)  # the unreadable file is kept aside, not lost
    assert (tmp_path / (SETTINGS_FILE + ".bad")).read_text() == "{not json"


def test_tile_settings_dialog_checks_what_it_saves(qtbot) -> None:
    dialog = TileSettingsDialog(MapSettings())
    qtbot.addWidget(dialog)
    assert dialog.online.isChecked() and dialog.url.text() == OSM_TILE_URL
    dialog.url.setText("https://tiles.example.org/{z}/{x}.png")
    dialog._accept()
    assert dialog.error.text() == "The URL template needs {z}, {x} and {y}." and dialog.result() == 0
    dialog.url.setText("https://tiles.example.org/{z}/{x}/{y}.png")
    dialog.cache.setValue(100)
    dialog._accept()
    assert dialog.result() == 1
    settings = dialog.result_settings()
    assert (settings.source, settings.tile_url, settings.cache_size_mb) == (
        SOURCE_ONLINE,
        "https://tiles.example.org/{z}/{x}/{y}.png",
        100,
    )
    dialog = TileSettingsDialog(MapSettings())
    qtbot.addWidget(dialog)
    dialog.mbtiles.setChecked(True)
    assert not dialog.url.isEnabled() and dialog.path.isEnabled()
    dialog._accept()
    assert dialog.error.text() == "Choose an MBTiles file."


@pytest.mark.asyncio
async def test_the_map_follows_the_shells_settings_when_the_window_has_them(desktop, tmp_path) -> None:
    hub_module = pytest.importorskip("arthexis_desktop.gui.settings.hub")
    app_settings = pytest.importorskip("arthexis_desktop.core.app_settings")
    from dataclasses import replace

    from arthexis_desktop.gui.panels.map import MapPanel

    stored = app_settings.AppSettings()
    hub = hub_module.SettingsHub(stored=stored)
    desktop.context.settings = hub
    panel = MapPanel(desktop.context)
    assert panel.settings == MapSettings()  # the shell's defaults: OpenStreetMap
    assert panel.side.tiles_button.isHidden()  # Settings → Map is the one place to change them

    mbtiles = replace(stored.map, source="mbtiles", mbtiles_path=str(tmp_path / "site.mbtiles"))
    hub.update(stored=replace(stored, map=mbtiles), current=replace(stored, map=mbtiles))
    assert (panel.settings.source, panel.settings.mbtiles_path) == (
        SOURCE_MBTILES,
        str(tmp_path / "site.mbtiles"),
    )
    assert panel.view.tile_status_text().startswith("MBTiles file cannot be used: ")  # no such file
    panel.deleteLater()
