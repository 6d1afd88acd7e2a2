"""An MBTiles file as the tile source (kiosks without internet): TMS rows, rendering, limits."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, QPointF

from arthexis_desktop.core import geo
from arthexis_desktop.gui.panels.map.mbtiles import MbtilesError, MbtilesReader
from arthexis_desktop.gui.panels.map.settings import SOURCE_MBTILES, MapSettings
from arthexis_desktop.gui.panels.map.tiles import TileLoader
from arthexis_desktop.gui.panels.map.view import MapView
from tests.gui.conftest import wait_until
from tests.gui.map_tiles import color_of, make_mbtiles, tile_png

pytestmark = [pytest.mark.gui, pytest.mark.timeout(30)]

MONTERREY = (25.6866, -100.3161)


def test_reader_flips_xyz_rows_to_tms(tmp_path) -> None:
    path = make_mbtiles(tmp_path / "mty.mbtiles")
    reader = MbtilesReader(path)
    try:
        assert (reader.min_zoom, reader.max_zoom) == (10, 13)
        assert reader.attribution == "Test tiles © nobody"
        x, y = geo.lat_lon_to_tile(*MONTERREY, 13)
        assert reader.tile(13, x, y) == tile_png(13, x, y, fill=color_of(x, y))
        assert reader.tile(13, x, (1 << 13) - 1 - y) is None  # the unflipped row is elsewhere
        assert reader.tile(13, 0, 0) is None
    finally:
        reader.close()
    with sqlite3.connect(path) as db:  # what the file itself holds: TMS row 4701 for XYZ y 3490
        assert db.execute("SELECT COUNT(*) FROM tiles WHERE zoom_level=13 AND tile_row=4701").fetchone()[0]


def test_reader_refuses_what_it_cannot_show(tmp_path) -> None:
    with pytest.raises(MbtilesError, match="does not exist"):
        MbtilesReader(tmp_path / "missing.mbtiles")
    (tmp_path / "junk.mbtiles").write_bytes(b"not a database at all" * 100)
    with pytest.raises(MbtilesError, match="not an MBTiles file"):
        MbtilesReader(tmp_path / "junk.mbtiles")
    vector = make_mbtiles(tmp_path / "vector.mbtiles", zooms=range(13, 14), radius=0, fmt="pbf")
    with pytest.raises(MbtilesError, match="pbf tiles; only raster"):
        MbtilesReader(vector)


def _view(qtbot, settings: MapSettings, tmp_path) -> MapView:
    loader = TileLoader()
    loader.configure(settings, tmp_path / "cache")
    view = MapView(loader)
    loader.setParent(view)
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.set_view(*MONTERREY, 13)
    view.show()
    return view


def _pixel_of_tile(view: MapView, z: int, x: int, y: int) -> tuple[int, int, int]:
    """The colour drawn at (100, 100) inside tile (x, y) of zoom ``z`` (plain fill there)."""
    scale = 2 ** (view.zoom - z)
    point = view.mapFromScene(QPointF((x * 256 + 100) * scale, (y * 256 + 100) * scale))
    color = view.viewport().grab().toImage().pixelColor(point)
    return color.red(), color.green(), color.blue()


@pytest.mark.asyncio
async def test_mbtiles_tiles_are_drawn_in_the_right_place(qtbot, tmp_path) -> None:
    path = make_mbtiles(tmp_path / "mty.mbtiles")
    view = _view(qtbot, MapSettings(source=SOURCE_MBTILES, mbtiles_path=str(path)), tmp_path)
    await wait_until(
        lambda: view.paint_stats["tiles_drawn"] >= 6 and view.paint_stats["tiles_missing"] == 0,
        what="MBTiles tiles drawn",
    )
    assert view.tile_status_text() == "" and view.loader.attribution == "Test tiles © nobody"
    x, y = geo.lat_lon_to_tile(*MONTERREY, 13)
    assert _pixel_of_tile(view, 13, x, y) == color_of(x, y)
    assert _pixel_of_tile(view, 13, x - 1, y + 1) == color_of(x - 1, y + 1)  # south-west neighbour

    view.set_view(*MONTERREY, 15)  # beyond the file's maximum zoom: its z13 tiles, stretched
    await wait_until(lambda: view.paint_stats["tiles_drawn"] > 0 and view.paint_stats["tiles_missing"] == 0)
    assert view.tile_zoom() == 13
    point = view.viewport().rect().center() + QPoint(60, -40)  # clear of the tile's drawn grid
    tile = geo.lat_lon_to_tile(*view.lat_lon_at(point), 13)
    pixel = view.viewport().grab().toImage().pixelColor(point)
    assert (pixel.red(), pixel.green(), pixel.blue()) == color_of(*tile)


@pytest.mark.asyncio
async def test_unusable_mbtiles_file_is_one_overlay_line(qtbot, tmp_path) -> None:
    (tmp_path / "junk.mbtiles").write_bytes(b"\0" * 4096)
    view = _view(
        qtbot, MapSettings(source=SOURCE_MBTILES, mbtiles_path=str(tmp_path / "junk.mbtiles")), tmp_path
    )
    await wait_until(lambda: view.paint_stats["frames"] > 0, what="a paint")
    assert view.tile_status_text().startswith(
        "MBTiles file cannot be used: junk.mbtiles is not an MBTiles file"
    )
    assert view.paint_stats["graticule_lines"] > 0

    path = make_mbtiles(tmp_path / "mty.mbtiles")
    view.loader.configure(MapSettings(source=SOURCE_MBTILES, mbtiles_path=str(path)), tmp_path / "cache")
    view.set_view(*MONTERREY, 8)  # below the file's minimum zoom
    await wait_until(lambda: view.tile_status_text() == "No tiles below zoom 10 in this source")
