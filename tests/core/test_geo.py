"""Web-Mercator tile maths, fitting, graticule, scale bar and clustering as plain functions."""

from __future__ import annotations

import math
import random

import pytest

from arthexis_desktop.core import geo

MONTERREY = (25.6866, -100.3161)


@pytest.mark.parametrize(
    ("lat", "lon", "zoom", "tile"),
    [
        (0.0, 0.0, 0, (0, 0)),
        (0.0, 0.0, 1, (1, 1)),  # just south-east of the origin tile corner
        (51.5074, -0.1278, 10, (511, 340)),  # London, the OSM wiki's example region
        (MONTERREY[0], MONTERREY[1], 13, (1813, 3490)),
        (-33.8688, 151.2093, 12, (3768, 2457)),  # Sydney
        (89.9, 179.9, 3, (7, 0)),  # clamped into the world
        (-89.9, -180.0, 3, (0, 7)),
    ],
)
def test_lat_lon_to_tile(lat: float, lon: float, zoom: int, tile: tuple[int, int]) -> None:
    assert geo.lat_lon_to_tile(lat, lon, zoom) == tile


def test_tile_corner_of_the_world() -> None:
    assert geo.tile_to_lat_lon(0, 0, 0) == pytest.approx((geo.MAX_LATITUDE, -180.0))
    assert geo.tile_to_lat_lon(1, 1, 1) == pytest.approx((0.0, 0.0), abs=1e-12)
    lat, lon = geo.tile_to_lat_lon(2, 2, 1)  # the south-east corner of the world
    assert (lat, lon) == pytest.approx((-geo.MAX_LATITUDE, 180.0))


@pytest.mark.parametrize("zoom", [0, 5, 13, 19])
def test_pixel_round_trip(zoom: int) -> None:
    for lat, lon in [MONTERREY, (0.0, 0.0), (60.1, 24.9), (-45.0, 170.0), (85.0, -179.9)]:
        x, y = geo.lat_lon_to_pixel(lat, lon, zoom)
        assert 0.0 <= x <= geo.world_size_px(zoom) and 0.0 <= y <= geo.world_size_px(zoom)
        assert geo.pixel_to_lat_lon(x, y, zoom) == pytest.approx((lat, lon), abs=1e-9)


def test_pixels_double_per_zoom_level() -> None:
    x13, y13 = geo.lat_lon_to_pixel(*MONTERREY, 13)
    x14, y14 = geo.lat_lon_to_pixel(*MONTERREY, 14)
    assert (x14, y14) == pytest.approx((2 * x13, 2 * y13))
    assert geo.world_size_px(0) == 256 and geo.world_size_px(13) == 256 * 8192


@pytest.mark.parametrize(("y", "zoom", "row"), [(0, 0, 0), (0, 1, 1), (1, 1, 0), (3490, 13, 4701), (0, 3, 7)])
def test_tms_row_flips_and_is_its_own_inverse(y: int, zoom: int, row: int) -> None:
    assert geo.tms_row(y, zoom) == row
    assert geo.tms_row(row, zoom) == y


def test_tiles_in_rect_nearest_to_centre_first_and_clipped_to_the_world() -> None:
    # A 600x400 view centred on the corner of four tiles at zoom 3.
    tiles = geo.tiles_in_rect(768 - 300, 768 - 200, 768 + 300, 768 + 200, 3)
    assert len(tiles) == 4 * 2  # x 1..4, y 2..3 (y 2 starts at 512: 568 is inside)
    assert set(tiles[:4]) == {(2, 2), (3, 2), (2, 3), (3, 3)}
    assert set(tiles) == {(x, y) for x in range(1, 5) for y in (2, 3)}
    assert geo.tiles_in_rect(-500, -500, 100, 100, 2) == [(0, 0)]
    assert geo.tiles_in_rect(-500, -500, -10, -10, 2) == []
    assert geo.tiles_in_rect(0, 0, 256, 256, 0) == [(0, 0)]  # the exact edge is not the next tile


def test_meters_per_pixel_and_nice_scale() -> None:
    assert geo.meters_per_pixel(0.0, 0) == pytest.approx(156_543.034, rel=1e-6)
    at_mty = geo.meters_per_pixel(MONTERREY[0], 13)
    assert at_mty == pytest.approx(19.109 * math.cos(math.radians(MONTERREY[0])), rel=1e-3)
    length, px = geo.nice_scale(at_mty, 120)  # 120 px ~ 2,067 m -> 2 km
    assert length == 2000 and px == pytest.approx(2000 / at_mty)
    assert geo.nice_scale(1.0, 120) == (100.0, 100.0)
    assert geo.nice_scale(1.0, 100) == (100.0, 100.0)
    assert geo.nice_scale(1.0, 99.9)[0] == 50.0
    assert geo.nice_scale(0.3, 120) == pytest.approx((20.0, 20 / 0.3))
    assert geo.nice_scale(0.0, 120) == (0.0, 0.0)


def test_fit_bounds_like_leaflet() -> None:
    bounds = geo.Bounds(south=25.60, west=-100.45, north=25.78, east=-100.20)
    lat, lon, zoom = geo.fit_bounds(bounds, 800, 600, padding_px=30)
    assert zoom == 11
    # At that zoom the box fits the padded view; one level more it does not.
    for z, fits in ((zoom, True), (zoom + 1, False)):
        x0, y0 = geo.lat_lon_to_pixel(bounds.north, bounds.west, z)
        x1, y1 = geo.lat_lon_to_pixel(bounds.south, bounds.east, z)
        assert (x1 - x0 <= 740 and y1 - y0 <= 540) is fits
    assert lon == pytest.approx(-100.325)
    assert bounds.south < lat < bounds.north


def test_fit_bounds_single_point_and_limits() -> None:
    point = geo.Bounds(*MONTERREY, *MONTERREY)
    assert geo.fit_bounds(point, 800, 600) == pytest.approx((*MONTERREY, 14))
    world = geo.Bounds(-80, -179, 80, 179)
    assert geo.fit_bounds(world, 800, 600, min_zoom=2)[2] == 2
    assert geo.bounds_of([]) is None
    assert geo.bounds_of([(1, 2), (-3, 4), (0, -5)]) == geo.Bounds(-3, -5, 1, 4)


def test_graticule_steps_and_values() -> None:
    assert geo.graticule_step(2) == 30.0
    assert geo.graticule_step(13) == 0.02  # 5,825 px per degree at z13: 0.01 deg would be 58 px
    assert geo.graticule_step(19) == 0.0005
    assert geo.graticule_values(25.6, 25.75, 0.05) == [25.6, 25.65, 25.7, 25.75]
    assert geo.graticule_values(-100.32, -100.28, 0.01) == [-100.32, -100.31, -100.3, -100.29, -100.28]
    assert geo.graticule_values(1.01, 1.09, 0.1) == []


@pytest.mark.parametrize(
    ("lat", "lon", "stored"),
    [
        (25.68660049, -100.31610051, (25.6866, -100.316101)),
        (90, 180, (90.0, 180.0)),
        (-90, -180, (-90.0, -180.0)),
        (0.0000004, 0.0000006, (0.0, 0.000001)),
    ],
)
def test_validate_coordinates_rounds_to_six_decimals(lat: float, lon: float, stored: tuple) -> None:
    assert geo.validate_coordinates(lat, lon) == stored


@pytest.mark.parametrize(
    ("lat", "lon", "reason"),
    [(90.1, 0, "latitude"), (0, -180.5, "longitude"), (math.nan, 0, "numbers"), (0, math.inf, "numbers")],
)
def test_validate_coordinates_refuses(lat: float, lon: float, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        geo.validate_coordinates(lat, lon)


def test_clustering_merges_close_points_across_cell_borders() -> None:
    # 40 px cells: (39, 0) and (41, 0) are in different cells but 2 px apart.
    clusters = geo.cluster_points([("a", 39.0, 0.0), ("b", 41.0, 0.0), ("c", 200.0, 0.0)], 40.0)
    assert sorted((c.members, c.x) for c in clusters) == [(("a", "b"), 40.0), (("c",), 200.0)]
    assert [c.count for c in clusters] == [2, 1]


def test_two_chargers_cluster_at_low_zoom_and_split_at_high_zoom() -> None:
    a, b = (25.6866, -100.3161), (25.6900, -100.3100)  # ~700 m apart

    def at(zoom: int) -> list[tuple[str, ...]]:
        points = [(key, *geo.lat_lon_to_pixel(*pos, zoom)) for key, pos in (("A", a), ("B", b))]
        return [c.members for c in geo.cluster_points(points, 44.0)]

    assert at(10) == [("A", "B")]
    assert at(16) == [("A",), ("B",)]


def test_clustering_claims_every_point_once_and_keeps_clusters_apart() -> None:
    rng = random.Random(7)
    points = [(f"CP-{n:04d}", rng.uniform(0, 3000), rng.uniform(0, 2000)) for n in range(2000)]
    clusters = geo.cluster_points(points, 44.0)
    members = [m for c in clusters for m in c.members]
    assert sorted(members) == sorted(p[0] for p in points)
    assert 100 < len(clusters) < 2000
    # Every member is within the radius of its cluster's seed, so within 2 radii of the centroid.
    where = {key: (x, y) for key, x, y in points}
    for cluster in clusters:
        for key in cluster.members:
            x, y = where[key]
            assert math.hypot(x - cluster.x, y - cluster.y) <= 88.0
    assert geo.cluster_points([("x", 1.0, 1.0)], 0.0)[0].members == ("x",)
    assert geo.cluster_points([], 44.0) == []
