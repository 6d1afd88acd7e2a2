"""Markers on the real window: colours follow the broker's live state, clusters merge and split,
a click selects the charger and asks the window for its detail."""

from __future__ import annotations

import pytest
from ocpp.v16 import call

from arthexis_desktop.core.model import AdmissionState
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.panels.map.status import charger_status
from arthexis_desktop.simulator import SessionPlan
from tests.gui.conftest import wait_until
from tests.gui.map_helpers import click, marker, marker_color, marker_point, open_map

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]

MONTERREY = (25.6866, -100.3161)
NEARBY = (25.6900, -100.3100)  # ~700 m away


async def place(app, charger_id: str, position: tuple[float, float]) -> None:
    storage = app.runtime.storage
    await storage.add_charger(charger_id, AdmissionState.ACCEPTED)
    await storage.update_charger_details(charger_id, latitude=position[0], longitude=position[1])


async def test_marker_colour_follows_status_notifications(desktop, start_charger) -> None:
    await place(desktop, "CP-MAP", MONTERREY)
    await place(desktop, "CP-RUN", NEARBY)
    panel = open_map(desktop)
    await wait_until(lambda: marker_color(panel, "CP-MAP") == fmt.LIGHT_GREY, what="CP-MAP offline (grey)")
    assert panel.view.layer.item_of("CP-MAP").status == "Offline"

    charger = await start_charger(desktop, "CP-MAP")
    await wait_until(lambda: marker_color(panel, "CP-MAP") == fmt.BLUE, what="CP-MAP available (blue)")

    answer = await charger.call(
        call.StatusNotification(connector_id=1, error_code="GroundFailure", status="Faulted")
    )
    assert answer is not None  # the broker answered the StatusNotification
    await wait_until(lambda: marker_color(panel, "CP-MAP") == fmt.RED, what="CP-MAP faulted (red)")
    assert panel.view.tooltip_for(marker(panel, "CP-MAP")) == "CP-MAP: Faulted"
    await charger.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Unavailable"))
    await wait_until(lambda: marker_color(panel, "CP-MAP") == fmt.GREY, what="CP-MAP unavailable (grey)")

    # A charging one is green and its tooltip says the live power.
    await start_charger(desktop, "CP-RUN", plan=SessionPlan(idle_s=0.0, duration_s=None, max_sessions=1))
    await wait_until(lambda: marker_color(panel, "CP-RUN") == fmt.GREEN, what="CP-RUN charging (green)")
    await wait_until(lambda: "kW" in panel.view.tooltip_for(marker(panel, "CP-RUN")), what="live power")
    tip = panel.view.tooltip_for(marker(panel, "CP-RUN"))
    assert tip.startswith("CP-RUN: Charging\nPower: ") and tip.endswith(" kW")

    await charger.stop()
    await wait_until(lambda: marker_color(panel, "CP-MAP") == fmt.LIGHT_GREY, what="offline again")


async def test_colours_change_on_the_clock_not_per_message(desktop, start_charger) -> None:
    await place(desktop, "CP-TICK", MONTERREY)
    panel = open_map(desktop)
    charger = await start_charger(desktop, "CP-TICK")
    await wait_until(lambda: marker_color(panel, "CP-TICK") == fmt.BLUE, what="available")
    state = desktop.runtime.fleet_state
    before = panel.redraw_count
    for status in ("Preparing", "Faulted", "Available", "Faulted"):
        await charger.call(call.StatusNotification(connector_id=1, error_code="NoError", status=status))
    # The live state has it at once; the marker only when the panel's clock ticks.
    assert charger_status(state.charger("CP-TICK")) == "Faulted"
    await wait_until(lambda: marker_color(panel, "CP-TICK") == fmt.RED, what="faulted on the next tick")
    assert panel.redraw_count - before <= 6  # a handful of 250 ms ticks, not one per message


async def test_close_markers_cluster_at_low_zoom_and_split_when_zoomed_in(desktop) -> None:
    await place(desktop, "CP-A", MONTERREY)
    await place(desktop, "CP-B", NEARBY)
    panel = open_map(desktop)
    await wait_until(lambda: marker(panel, "CP-A") is not None, what="markers")
    view = panel.view
    assert view.zoom >= 15  # fitted to the two chargers: they are apart
    assert marker(panel, "CP-A") is not marker(panel, "CP-B")

    view.set_view(*MONTERREY, 10)
    cluster = marker(panel, "CP-A")
    assert cluster is marker(panel, "CP-B") and cluster.is_cluster
    assert sorted(cluster.members) == ["CP-A", "CP-B"]
    assert [item.members for item in view.layer.visible_items] == [cluster.members]
    assert view.tooltip_for(cluster) == "2 chargers here: 2 Offline\nClick to zoom in."

    click(view, marker_point(panel, "CP-A"))  # a click on a cluster zooms in until it splits
    assert view.zoom > 10
    assert marker(panel, "CP-A") is not marker(panel, "CP-B")
    assert not marker(panel, "CP-A").is_cluster and not marker(panel, "CP-B").is_cluster

    view.set_view(*MONTERREY, 16)
    assert sorted(item.charger_id for item in view.layer.visible_items) == ["CP-A", "CP-B"]


async def test_click_selects_the_charger_and_asks_for_its_detail(desktop) -> None:
    await place(desktop, "CP-SEL", MONTERREY)
    panel = open_map(desktop)
    await wait_until(lambda: marker(panel, "CP-SEL") is not None, what="marker")
    requested: list[tuple[str, str]] = []
    desktop.context.focus.requested.connect(lambda kind, value: requested.append((kind, value)))

    click(panel.view, marker_point(panel, "CP-SEL"))

    assert requested == [("charger", "CP-SEL")]
    assert panel.selected == "CP-SEL" and marker(panel, "CP-SEL").selected
    assert panel.side.charger_label.text() == "CP-SEL"
    assert (panel.side.latitude.value(), panel.side.longitude.value()) == MONTERREY
    detail = desktop.window.panels["charger_detail"]
    await wait_until(lambda: detail.charger_id == "CP-SEL", what="the charger's detail")  # routed

    click(panel.view, marker_point(panel, "CP-SEL") + panel.view.rect().center() / 3)  # empty map
    assert requested == [("charger", "CP-SEL")]  # clicking the map itself asks for nothing
