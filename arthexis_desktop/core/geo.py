"""Web-Mercator ("slippy map") maths: lat/lon <-> world pixels and tiles, fitting, clustering.

Conventions are those of OpenStreetMap's XYZ tiles: zoom ``z`` has ``2**z`` x ``2**z`` tiles of
256 px; x grows east from the antimeridian, y grows south from 85.0511° N. "World" coordinates
are normalised to 0..1 (independent of zoom); "pixel" coordinates are world * 256 * 2**z. MBTiles
stores rows in TMS order (y counted from the south): ``tms_row`` flips between the two.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

TILE_SIZE = 256
MAX_LATITUDE = 85.0511287798066  # atan(sinh(pi)): where the square Mercator world ends
EARTH_RADIUS_M = 6_378_137.0  # WGS-84 equatorial radius, the sphere of Web Mercator
COORDINATE_DECIMALS = 6  # ~0.1 m: what a charger's position is stored with

K = TypeVar("K", bound=Hashable)


def clamp_latitude(latitude: float) -> float:
    return max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude))


def world_size_px(zoom: int) -> float:
    """Width (= height) of the whole world in pixels at ``zoom``."""
    return float(TILE_SIZE * (1 << zoom))


def lat_lon_to_world(latitude: float, longitude: float) -> tuple[float, float]:
    """Normalised world coordinates (0..1, 0..1) of a position; latitude is clamped."""
    lat = math.radians(clamp_latitude(latitude))
    x = (longitude + 180.0) / 360.0
    y = (1.0 - math.log(math.tan(lat) + 1.0 / math.cos(lat)) / math.pi) / 2.0
    return x, y


def world_to_lat_lon(x: float, y: float) -> tuple[float, float]:
    """Latitude and longitude of normalised world coordinates."""
    latitude = math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y))))
    return latitude, x * 360.0 - 180.0


def lat_lon_to_pixel(latitude: float, longitude: float, zoom: int) -> tuple[float, float]:
    x, y = lat_lon_to_world(latitude, longitude)
    size = world_size_px(zoom)
    return x * size, y * size


def pixel_to_lat_lon(x: float, y: float, zoom: int) -> tuple[float, float]:
    size = world_size_px(zoom)
    return world_to_lat_lon(x / size, y / size)


def lat_lon_to_tile(latitude: float, longitude: float, zoom: int) -> tuple[int, int]:
    """The XYZ tile that contains a position (clamped to the valid range)."""
    x, y = lat_lon_to_pixel(latitude, longitude, zoom)
    last = (1 << zoom) - 1
    return min(last, max(0, int(x // TILE_SIZE))), min(last, max(0, int(y // TILE_SIZE)))


def tile_to_lat_lon(x: int, y: int, zoom: int) -> tuple[float, float]:
    """Latitude and longitude of the north-west corner of tile (x, y)."""
    return pixel_to_lat_lon(x * TILE_SIZE, y * TILE_SIZE, zoom)


def tms_row(y: int, zoom: int) -> int:
    """XYZ row <-> TMS row (MBTiles ``tile_row``); the flip is its own inverse."""
    return (1 << zoom) - 1 - y


def tiles_in_rect(left: float, top: float, right: float, bottom: float, zoom: int) -> list[tuple[int, int]]:
    """Tiles (x, y) at ``zoom`` that a pixel rectangle (pixels of the same zoom) touches, nearest
    to the rectangle's centre first; nothing outside the world."""
    last = (1 << zoom) - 1
    x0, x1 = max(0, math.floor(left / TILE_SIZE)), min(last, math.floor((right - 1e-9) / TILE_SIZE))
    y0, y1 = max(0, math.floor(top / TILE_SIZE)), min(last, math.floor((bottom - 1e-9) / TILE_SIZE))
    if x1 < x0 or y1 < y0:
        return []
    cx, cy = (left + right) / 2.0 / TILE_SIZE - 0.5, (top + bottom) / 2.0 / TILE_SIZE - 0.5
    tiles = [(x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]
    tiles.sort(key=lambda t: ((t[0] - cx) ** 2 + (t[1] - cy) ** 2, t[1], t[0]))
    return tiles


def meters_per_pixel(latitude: float, zoom: int) -> float:
    """Ground distance of one pixel at ``latitude`` (Mercator stretches it by 1/cos(lat))."""
    circumference = 2.0 * math.pi * EARTH_RADIUS_M
    return circumference * math.cos(math.radians(clamp_latitude(latitude))) / world_size_px(zoom)


def nice_scale(meters_per_px: float, max_px: float) -> tuple[float, float]:
    """The longest 1/2/5 x 10^n metres that fits in ``max_px``: (length in m, length in px)."""
    if meters_per_px <= 0 or max_px <= 0:
        return 0.0, 0.0
    limit = meters_per_px * max_px
    base = 10.0 ** math.floor(math.log10(limit))  # base <= limit < 10 * base
    if base > limit:  # log10 rounded up just below a power of ten
        base /= 10.0
    length = next(m * base for m in (5.0, 2.0, 1.0) if m * base <= limit)
    return length, length / meters_per_px


@dataclass(frozen=True, slots=True)
class Bounds:
    south: float
    west: float
    north: float
    east: float

    @property
    def center(self) -> tuple[float, float]:
        """Centre in Mercator terms (the middle of the projected rectangle), as lat/lon."""
        x0, y0 = lat_lon_to_world(self.north, self.west)
        x1, y1 = lat_lon_to_world(self.south, self.east)
        return world_to_lat_lon((x0 + x1) / 2.0, (y0 + y1) / 2.0)


def bounds_of(points: Iterable[tuple[float, float]]) -> Bounds | None:
    """The smallest lat/lon box around (lat, lon) points; None for no points."""
    lats, lons = [], []
    for lat, lon in points:
        lats.append(lat)
        lons.append(lon)
    if not lats:
        return None
    return Bounds(min(lats), min(lons), max(lats), max(lons))


def fit_bounds(
    bounds: Bounds,
    width_px: float,
    height_px: float,
    *,
    padding_px: float = 30.0,
    min_zoom: int = 2,
    max_zoom: int = 17,
    single_point_zoom: int = 14,
) -> tuple[float, float, int]:
    """(lat, lon, zoom): the highest whole zoom at which ``bounds`` fits the view with padding
    (Leaflet's fitBounds); a single point (or a box smaller than a pixel) gets
    ``single_point_zoom``."""
    lat, lon = bounds.center
    x0, y0 = lat_lon_to_world(bounds.north, bounds.west)
    x1, y1 = lat_lon_to_world(bounds.south, bounds.east)
    span_x, span_y = abs(x1 - x0), abs(y1 - y0)
    room_x, room_y = max(1.0, width_px - 2 * padding_px), max(1.0, height_px - 2 * padding_px)
    if span_x * world_size_px(max_zoom) < 1.0 and span_y * world_size_px(max_zoom) < 1.0:
        return lat, lon, max(min_zoom, min(max_zoom, single_point_zoom))
    zoom = max_zoom
    while zoom > min_zoom and (
        span_x * world_size_px(zoom) > room_x or span_y * world_size_px(zoom) > room_y
    ):
        zoom -= 1
    return lat, lon, zoom


_GRATICULE_STEPS = (
    30.0, 20.0, 10.0, 5.0, 2.0, 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01,
    0.005, 0.002, 0.001, 0.0005, 0.0002, 0.0001,
)  # fmt: skip


def graticule_step(zoom: int, *, min_spacing_px: float = 90.0) -> float:
    """Degrees between graticule lines so that meridians are at least ``min_spacing_px`` apart."""
    px_per_degree = world_size_px(zoom) / 360.0
    best = _GRATICULE_STEPS[0]
    for step in _GRATICULE_STEPS:
        if step * px_per_degree < min_spacing_px:
            break
        best = step
    return best


def graticule_values(low: float, high: float, step: float) -> list[float]:
    """Multiples of ``step`` in [low, high], rounded so that they print cleanly."""
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    decimals = max(0, -math.floor(math.log10(step)) + 1)
    return [round(n * step, decimals) for n in range(first, last + 1)]


def validate_coordinates(latitude: float, longitude: float) -> tuple[float, float]:
    """A position as stored: finite, latitude within ±90 and longitude within ±180, rounded to
    6 decimals. Raises ``ValueError`` with the reason."""
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        raise ValueError("coordinates must be numbers")
    if not -90.0 <= latitude <= 90.0:
        raise ValueError(f"latitude {latitude} is outside -90..90")
    if not -180.0 <= longitude <= 180.0:
        raise ValueError(f"longitude {longitude} is outside -180..180")
    return round(latitude, COORDINATE_DECIMALS), round(longitude, COORDINATE_DECIMALS)


@dataclass(frozen=True, slots=True)
class Cluster(Generic[K]):
    """Points drawn as one marker: their centroid (pixels) and their keys."""

    x: float
    y: float
    members: tuple[K, ...]

    @property
    def count(self) -> int:
        return len(self.members)


def cluster_points(points: Sequence[tuple[K, float, float]], radius_px: float) -> list[Cluster[K]]:
    """Greedy distance clustering on a grid (the markercluster approach).

    Points are (key, x, y) in pixels of the current zoom. Taken in key order, each point not yet
    claimed seeds a cluster that claims every unclaimed point within ``radius_px`` of it (found in
    the neighbouring grid cells, so two points closer than the radius always merge, whichever side
    of a cell border they fall). Linear in the number of points for evenly spread fleets; the
    result does not depend on panning, only on the zoom the pixels belong to.
    """
    if radius_px <= 0:
        return [Cluster(x, y, (key,)) for key, x, y in points]
    cell = radius_px
    cells = [(math.floor(x / cell), math.floor(y / cell)) for _key, x, y in points]
    grid: dict[tuple[int, int], list[int]] = {}
    for index, where in enumerate(cells):
        grid.setdefault(where, []).append(index)
    claimed = [False] * len(points)
    radius_sq = radius_px * radius_px
    clusters: list[Cluster[K]] = []
    for seed in sorted(range(len(points)), key=lambda i: str(points[i][0])):
        if claimed[seed]:
            continue
        key, sx, sy = points[seed]
        claimed[seed] = True
        gx, gy = cells[seed]
        members = [seed]
        for nx in (gx - 1, gx, gx + 1):
            for ny in (gy - 1, gy, gy + 1):
                for other in grid.get((nx, ny), ()):
                    if not claimed[other]:
                        _k, ox, oy = points[other]
                        if (ox - sx) ** 2 + (oy - sy) ** 2 <= radius_sq:
                            claimed[other] = True
                            members.append(other)
        if len(members) == 1:
            clusters.append(Cluster(sx, sy, (key,)))
            continue
        cx = sum(points[i][1] for i in members) / len(members)
        cy = sum(points[i][2] for i in members) / len(members)
        clusters.append(Cluster(cx, cy, tuple(points[i][0] for i in members)))
    return clusters
