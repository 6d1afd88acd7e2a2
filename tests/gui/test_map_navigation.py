"""Where the map looks and how a person moves it: default centre, fleet bounds, keys, wheel,
buttons and dragging the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from arthexis_desktop.core import geo
from arthexis_desktop.core.model import AdmissionState
from arthexis_desktop.gui.panels.map import overlay
from tests.gui.conftest import wait_until
from tests.gui.map_helpers import drag, hover, marker, open_map

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]

MONTERREY = (25.6866, -100.3161)


def wheel(view, pos: QPoint, notches: int) -> None:
    event = QWheelEvent(
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def stays_under(view, point: QPoint, place: tuple[float, float]) -> bool:
    """``place`` is still under ``point``, to the pixel (the map is drawn on whole pixels)."""
    x, y = geo.lat_lon_to_pixel(*view.lat_lon_at(point), view.zoom)
    px, py = geo.lat_lon_to_pixel(*place, view.zoom)
    return abs(x - px) <= 1.0 and abs(y - py) <= 1.0


async def test_without_locations_the_map_opens_on_monterrey_at_zoom_13(desktop) -> None:
    panel = open_map(desktop)
    await wait_until(lambda: panel.loaded, what="places loaded")
    assert panel.view.zoom == 13
    assert panel.view.center == pytest.approx(MONTERREY, abs=1e-4)
    await wait_until(lambda: panel.view.paint_stats["graticule_lines"] > 0, what="graticule painted")
    assert panel.view.status_lines() == ["No tile source: showing the graticule only"]


async def test_the_map_opens_on_the_fleet_and_home_fits_it_again(desktop) -> None:
    storage = desktop.runtime.storage
    spots = {"CP-N": (25.75, -100.35), "CP-S": (25.62, -100.25), "CP-E": (25.68, -100.20)}
    for cid, (lat, lon) in spots.items():
        await storage.add_charger(cid, AdmissionState.ACCEPTED)
        await storage.update_charger_details(cid, latitude=lat, longitude=lon)
    panel = open_map(desktop)
    await wait_until(lambda: panel.loaded, what="places loaded")
    view = panel.view
    fitted = view.zoom, view.center
    expected = geo.fit_bounds(
        geo.bounds_of(spots.values()), view.viewport().width(), view.viewport().height(), max_zoom=17
    )
    assert (view.zoom, *view.center) == pytest.approx((expected[2], expected[0], expected[1]), abs=1e-4)
    for cid in spots:  # every charger inside the view
        assert view.viewport().rect().contains(view.view_pos_of(*spots[cid]))

    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == fitted[0] + 1 and view.center != fitted[1]
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert (view.zoom, *view.center) == pytest.approx((fitted[0], *fitted[1]), abs=1e-4)
    assert all(marker(panel, cid) is not None for cid in spots)


async def test_keys_pan_and_zoom(desktop) -> None:
    view = open_map(desktop).view
    view.set_view(*MONTERREY, 13)
    view.setFocus()
    start_x, start_y = geo.lat_lon_to_pixel(*view.center, 13)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Down)
    x, y = geo.lat_lon_to_pixel(*view.center, 13)
    assert (x - start_x, y - start_y) == pytest.approx((120, 120))
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert geo.lat_lon_to_pixel(*view.center, 13) == pytest.approx((start_x, start_y))
    QTest.keyClick(view, Qt.Key.Key_Plus)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == 14
    for _ in range(30):
        QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == 19  # OpenStreetMap's last level


async def test_wheel_and_buttons_zoom_around_the_cursor(desktop, qtbot) -> None:
    view = open_map(desktop).view
    view.set_view(*MONTERREY, 13)
    cursor = view.viewport().rect().center() + QPoint(150, -80)
    under = view.lat_lon_at(cursor)
    wheel(view, cursor, 1)
    assert view.zoom == 14
    assert stays_under(view, cursor, under)
    wheel(view, cursor, -2)
    assert view.zoom == 12
    assert stays_under(view, cursor, under)
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.zoom == 13
    assert view.zoom_in_button.toolTip() == "Zoom in (+)"


async def test_dragging_the_map_pans_it(desktop) -> None:
    view = open_map(desktop).view
    view.set_view(*MONTERREY, 13)
    start = view.viewport().rect().center()
    before = view.lat_lon_at(start)
    drag(view, start, start + QPoint(100, 50))
    assert view.lat_lon_at(start + QPoint(100, 50)) == pytest.approx(before, abs=1e-5)  # it followed
    assert view.zoom == 13


async def test_pinch_zooms_around_the_fingers_and_the_cursor_shows_coordinates(desktop) -> None:
    view = open_map(desktop).view
    view.set_view(*MONTERREY, 13)
    fingers = view.viewport().rect().center() + QPoint(-100, 60)
    under = view.lat_lon_at(fingers)
    view._on_pinch(1.3, view.viewport().mapToGlobal(fingers), Qt.GestureState.GestureUpdated)
    assert view.zoom == 13  # not yet a whole level
    view._on_pinch(1.6, view.viewport().mapToGlobal(fingers), Qt.GestureState.GestureFinished)
    assert view.zoom == 14 and stays_under(view, fingers, under)

    point = view.viewport().rect().center() + QPoint(30, 20)
    hover(view, point)
    assert view.pointer_position == pytest.approx(view.lat_lon_at(point))
    assert overlay.coordinates_text(*view.pointer_position) == "{:.6f}, {:.6f}".format(
        *view.lat_lon_at(point)
    )


async def test_hovering_a_marker_shows_its_tooltip(desktop) -> None:
    await desktop.runtime.storage.add_charger("CP-TIP", AdmissionState.ACCEPTED)
    await desktop.runtime.storage.update_charger_details(
        "CP-TIP", latitude=MONTERREY[0], longitude=MONTERREY[1]
    )
    panel = open_map(desktop)
    await wait_until(lambda: marker(panel, "CP-TIP") is not None, what="marker")
    viewport = panel.view.viewport()
    point = panel.view.mapFromScene(marker(panel, "CP-TIP").pos())
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    assert QToolTip.text() == "CP-TIP: Offline"
    QToolTip.hideText()
