"""Map tiles from a local XYZ server: only visible tiles, ≤ 2 at once, disk cache, stale requests
dropped, and one overlay line (never an error box) when tiles cannot be had."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from arthexis_desktop.core import geo
from arthexis_desktop.gui.panels.map.settings import SOURCE_NONE, USER_AGENT, MapSettings
from arthexis_desktop.gui.panels.map.tiles import MAX_CONCURRENT, TileLoader
from arthexis_desktop.gui.panels.map.view import MapView
from tests.gui.conftest import wait_until
from tests.gui.map_helpers import local_settings
from tests.gui.map_tiles import TileServer

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]

MONTERREY = (25.6866, -100.3161)
BERLIN = (52.52, 13.405)


@pytest.fixture
def tile_server() -> Iterator[TileServer]:
    with TileServer() as server:
        yield server


@pytest.fixture
def make_view(qtbot):
    def make(settings: MapSettings, cache_dir: Path) -> MapView:
        loader = TileLoader()
        loader.configure(settings, cache_dir)
        view = MapView(loader)
        loader.setParent(view)
        qtbot.addWidget(view)
        view.resize(700, 500)
        view.set_view(*MONTERREY, 13)
        view.show()
        return view

    return make


def visible_tiles(view: MapView) -> set[str]:
    rect = view.visible_scene_rect()
    tiles = geo.tiles_in_rect(rect.left(), rect.top(), rect.right(), rect.bottom(), view.zoom)
    return {f"/{view.zoom}/{x}/{y}.png" for x, y in tiles}


def complete(view: MapView) -> bool:
    stats = view.paint_stats
    return stats["tiles_drawn"] > 0 and stats["tiles_missing"] == 0 and view.loader.downloading == 0


def no_message_box() -> bool:
    return not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


async def test_visible_tiles_load_once_then_come_from_the_disk_cache(
    tile_server, make_view, tmp_path
) -> None:
    settings = local_settings(tile_server.template, tmp_path / "cache")
    view = make_view(settings, tmp_path / "cache")
    await wait_until(lambda: complete(view), what="every visible tile drawn")

    assert set(tile_server.hits) == visible_tiles(view)  # the visible ones, nothing around them
    assert len(tile_server.hits) == len(set(tile_server.hits)) == view.paint_stats["tiles_drawn"]
    assert tile_server.max_in_flight <= MAX_CONCURRENT == 2
    assert tile_server.user_agents == {USER_AGENT}
    assert USER_AGENT.startswith("arthexis-desktop/") and "(+http" in USER_AGENT
    assert view.tile_status_text() == ""
    assert view.loader.attribution == "© OpenStreetMap contributors"
    assert any(p.is_file() for p in (tmp_path / "cache").rglob("*"))

    # A fresh start (nothing decoded in memory) on the same cache: no request reaches the server.
    served = len(tile_server.hits)
    view.loader.configure(settings, tmp_path / "cache")
    assert view.loader.pixmap((13, *geo.lat_lon_to_tile(*MONTERREY, 13))) is None
    await wait_until(lambda: view.loader.cache_answers == served and complete(view), what="tiles again")
    assert len(tile_server.hits) == served


async def test_panning_away_cancels_the_tiles_no_longer_shown(tile_server, make_view, tmp_path) -> None:
    tile_server.mode = "hang"  # requests stay open until released
    view = make_view(local_settings(tile_server.template, tmp_path / "cache"), tmp_path / "cache")
    await wait_until(lambda: view.loader.downloading == MAX_CONCURRENT, what="two downloads running")
    await asyncio.sleep(0.3)
    monterrey_asked = set(tile_server.hits)
    assert len(monterrey_asked) == MAX_CONCURRENT  # the queue waits; no storm of requests

    view.set_view(*BERLIN, 13)
    await wait_until(lambda: len(tile_server.hits) > len(monterrey_asked), what="Berlin tiles asked")
    berlin = visible_tiles(view)
    assert {f"/{z}/{x}/{y}.png" for z, x, y in view.loader.active_keys} <= berlin
    assert view.loader.downloading <= MAX_CONCURRENT

    tile_server.mode = "ok"
    tile_server.release()
    await wait_until(lambda: complete(view), what="Berlin drawn")
    assert set(tile_server.hits) - monterrey_asked == berlin  # Monterrey's queue was dropped


async def test_server_down_says_so_once_and_still_draws_graticule_and_markers(
    tile_server, make_view, tmp_path
) -> None:
    tile_server.stop()  # connection refused from now on
    view = make_view(local_settings(tile_server.template, tmp_path / "cache"), tmp_path / "cache")
    view.layer.set_positions({"CP-1": MONTERREY})
    view.refresh_markers()
    await wait_until(lambda: view.tile_status_text().startswith("Tile server unreachable: "), what="overlay")
    assert "refused" in view.tile_status_text().lower()
    assert view.status_lines() == [view.tile_status_text()]  # one line, not one per tile
    assert view.paint_stats["graticule_lines"] > 0
    assert view.paint_stats["tiles_drawn"] == 0
    assert [item.charger_id for item in view.layer.visible_items] == ["CP-1"]
    assert no_message_box()


async def test_offline_shows_the_cached_tiles(tile_server, make_view, tmp_path) -> None:
    tile_server.mode = "expiring"  # cached, stale after 1 s: then the server must be asked again
    settings = local_settings(tile_server.template, tmp_path / "cache")
    view = make_view(settings, tmp_path / "cache")
    await wait_until(lambda: complete(view), what="tiles drawn online")
    await asyncio.sleep(2.1)  # HTTP dates have whole seconds
    tile_server.stop()

    view.loader.configure(settings, tmp_path / "cache")  # as after a restart without network
    await wait_until(
        lambda: view.tile_status_text() == "Offline: showing cached tiles" and complete(view),
        what="tiles drawn from the cache",
    )

    asked = view.loader.network_requests
    view.set_view(*BERLIN, 13)  # never seen: not in the cache
    await wait_until(
        lambda: view.loader.network_requests >= asked + 2 * 12 and view.loader.downloading == 0,
        what="Berlin asked of the network, then of the cache",
    )
    view.viewport().repaint()
    assert view.paint_stats["tiles_drawn"] == 0 and view.paint_stats["tiles_missing"] == 12
    assert view.tile_status_text() == "Offline: showing cached tiles"
    assert view.paint_stats["graticule_lines"] > 0 and no_message_box()


async def test_server_errors_and_timeouts_are_one_line(tile_server, make_view, tmp_path) -> None:
    tile_server.mode = "error"
    view = make_view(local_settings(tile_server.template, tmp_path / "a"), tmp_path / "a")
    await wait_until(lambda: view.tile_status_text().startswith("Tile server error: HTTP 500"), what="500")
    assert no_message_box()

    tile_server.mode = "hang"
    view.loader.configure(local_settings(tile_server.template, tmp_path / "b", timeout_s=1.0), tmp_path / "b")
    await wait_until(
        lambda: view.tile_status_text() == "Tile server unreachable: no answer within 1 s", what="timeout"
    )
    tile_server.release()
    assert view.paint_stats["graticule_lines"] > 0 and no_message_box()


async def test_no_tile_source_draws_the_graticule_only(tile_server, make_view, tmp_path) -> None:
    view = make_view(MapSettings(source=SOURCE_NONE), tmp_path)
    await wait_until(lambda: view.paint_stats["frames"] > 0, what="a paint")
    assert view.tile_status_text() == "No tile source: showing the graticule only"
    assert view.paint_stats["graticule_lines"] >= 4 and view.loader.attribution == ""
    assert tile_server.hits == []


async def test_a_hidden_map_asks_for_nothing(tile_server, desktop, tmp_path) -> None:
    panel = desktop.window.panels["map"]
    panel.apply_settings(local_settings(tile_server.template, tmp_path / "cache"), save=False)
    await asyncio.sleep(0.6)  # a few clock ticks
    assert not panel.isVisible() and panel.redraw_count == 0
    assert tile_server.hits == [] and panel.view.paint_stats["frames"] == 0
