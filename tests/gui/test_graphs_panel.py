"""Meter graphs: samples sent through the real broker end up, converted, on the plot; history of a
stored transaction; the site total and its stacked shares; CSV/PNG export; hidden means idle."""

from __future__ import annotations

import asyncio
import csv
import io
import math
import time
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest
from ocpp.v16 import call
from PySide6.QtGui import QImage

from arthexis_desktop.core.events import EventBus, MeterSampled
from arthexis_desktop.core.model import MeterReading, SampledValue, Transaction
from arthexis_desktop.core.units import POWER_IMPORT
from arthexis_desktop.gui.bridge import EventBridge
from arthexis_desktop.gui.clock import RefreshClock
from arthexis_desktop.gui.context import Notifier, PanelContext
from arthexis_desktop.gui.panels.graphs import GraphsPanel
from arthexis_desktop.gui.panels.graphs.controls import HISTORY, LIVE, SESSION, SITE
from arthexis_desktop.gui.panels.graphs.curves import Curve
from arthexis_desktop.gui.panels.graphs.export import csv_text
from arthexis_desktop.gui.panels.registry import default_registry
from arthexis_desktop.gui.tasks import TaskRunner
from arthexis_desktop.services.fleet_state import FleetState
from arthexis_desktop.services.meter_series import MeterSeriesStore, epoch_s
from arthexis_desktop.simulator import SessionPlan
from tests.gui.conftest import wait_until

pytestmark = [pytest.mark.gui]


def _panel(app: Any) -> GraphsPanel:
    """The graphs panel, shown in front of its tab group the way View -> Meter graphs does."""
    window = app.window
    window.docks["graphs"].toggleViewAction().trigger()
    panel = window.panels["graphs"]
    assert isinstance(panel, GraphsPanel) and panel.isVisible() and panel.is_on_screen()
    return panel


def _shown(panel: GraphsPanel) -> dict[str, Curve]:
    assert panel.plot is not None
    return {c.name: c for c in panel.plot.shown}


def _item(panel: GraphsPanel, name: str) -> Any:
    assert panel.plot is not None
    [item] = [i for i in panel.plot.curves.values() if i.name() == name]
    return item


def _points(panel: GraphsPanel, name: str) -> int:
    curve = _shown(panel).get(name)
    return 0 if curve is None else len(curve.t)


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sampled(measurand: str, value: str, unit: str, phase: str | None = None) -> dict[str, str]:
    item = {"measurand": measurand, "value": value, "unit": unit}
    if phase:
        item["phase"] = phase
    return item


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_live_curve_is_what_the_charger_sent_in_kw_with_gaps(desktop, connect_cp) -> None:
    panel = _panel(desktop)
    cp = await connect_cp(desktop.runtime.local_url("CP-G1"))
    await cp.call(call.BootNotification(charge_point_vendor="V", charge_point_model="M"))
    t0 = float(int(time.time()) - 120)
    # Every 10 s, then 50 s of silence (a gap), in kW and in W: the graph shows kW either way.
    sent = [(0, "7.2", "kW"), (10, "7400", "W"), (20, "7.35", "kW"), (30, "7000", "W")]
    sent += [(80, "3.5", "kW"), (90, "3600", "W")]
    for offset, value, unit in sent:
        sampled = [
            _sampled(POWER_IMPORT, value, unit),
            _sampled("Energy.Active.Import.Register", str(12.5 + offset / 1000), "kWh"),
            _sampled("Current.Import", "31.5", "A", "L1"),
            _sampled("Current.Import", "30.5", "A", "L2"),
        ]
        await cp.call(
            call.MeterValues(
                connector_id=1, meter_value=[{"timestamp": _iso(t0 + offset), "sampledValue": sampled}]
            )
        )
    await wait_until(lambda: "CP-G1" in panel.store.chargers(), what="samples in the store")

    panel.controls.set_mode(LIVE)
    await wait_until(lambda: panel.controls.chargers.count() == 1, what="CP-G1 listed")
    panel.controls.select_chargers(["CP-G1"])
    await wait_until(lambda: "CP-G1 #1" in _shown(panel), what="the power curve")
    item = _item(panel, "CP-G1 #1")
    expected_t = [t0, t0 + 10, t0 + 20, t0 + 30, t0 + 55, t0 + 80, t0 + 90]
    assert item.xData.tolist() == expected_t
    y = item.yData
    assert np.isnan(y[4]) and item.opts["connect"] == "finite"  # the gap breaks the line
    assert y[[0, 1, 2, 3, 5, 6]].tolist() == pytest.approx([7.2, 7.4, 7.35, 7.0, 3.5, 3.6])
    assert panel.plot is not None and panel.plot.item.getAxis("left").labelText == "Power (kW)"

    # Cursor read-out: the crosshair follows the mouse and names time and value.
    plot = panel.plot
    plot.widget.scene().sigMouseMoved.emit(plot.map_to_scene(t0 + 10, 7.0))
    await wait_until(lambda: "CP-G1 #1: 7.40 kW" in plot.readout.text(), what="the read-out")
    assert plot.v_line.value() == pytest.approx(t0 + 10, abs=0.5)
    local = datetime.fromtimestamp(t0 + 10, UTC).astimezone().strftime("%H:%M:%S")
    assert plot.readout.text().startswith(local)
    assert "—" in plot.point_at(t0 + 55, 5.0)  # in the gap: no value

    # Energy in kWh (sent as kWh, stored as Wh, shown as kWh) and current per phase.
    panel.controls.select(panel.controls.measurand, "energy")
    await wait_until(lambda: "CP-G1 #1" in _shown(panel) and _shown(panel)["CP-G1 #1"].unit == "kWh")
    energy = _item(panel, "CP-G1 #1").yData
    assert energy[np.isfinite(energy)].tolist() == pytest.approx([12.5, 12.51, 12.52, 12.53, 12.58, 12.59])
    panel.controls.select(panel.controls.measurand, "current")
    await wait_until(lambda: {"CP-G1 #1 L1", "CP-G1 #1 L2"} <= set(_shown(panel)), what="one curve per phase")
    assert np.nanmax(_item(panel, "CP-G1 #1 L1").yData) == pytest.approx(31.5)


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_finished_transaction_history_equals_storage_and_exports(
    desktop, start_charger, tmp_path
) -> None:
    panel = _panel(desktop)
    plan = SessionPlan(idle_s=0.0, duration_s=2.0, max_sessions=1)  # one 2 s session, samples every 0.2 s
    await start_charger(desktop, "CP-H1", plan=plan)
    history = desktop.runtime.history

    async def finished() -> list[Transaction]:
        return [tx for tx in await history.transactions(charger_id="CP-H1") if tx.stop_time is not None]

    deadline = time.monotonic() + 15
    while not (done := await finished()):
        assert time.monotonic() < deadline, "the simulated session did not finish"
        await asyncio.sleep(0.1)
    tx = done[0]
    stored = await history.meter_readings(tx.id)
    power = [
        (epoch_s(r.timestamp), sv.value / 1000)
        for r in stored
        for sv in r.values
        if sv.measurand == POWER_IMPORT and sv.phase is None
    ]
    assert len(power) >= 5

    panel.controls.set_mode(HISTORY)
    await wait_until(lambda: panel.controls.choose_transaction(tx.id), what="the transaction listed")
    await wait_until(lambda: "CP-H1 #1" in _shown(panel), what="the stored samples plotted")
    item = _item(panel, "CP-H1 #1")
    finite = np.isfinite(item.yData)
    assert item.xData[finite].tolist() == pytest.approx([t for t, _ in power])
    assert item.yData[finite].tolist() == pytest.approx([v for _, v in power])
    assert panel.samples.loads == 1

    # CSV: time in ISO-8601 UTC and the shown values in kW.
    path = tmp_path / "history.csv"
    assert await panel.export_csv(path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows[0] == ["time_utc", "CP-H1 #1 (kW)"]
    shown = [(t, v) for t, v in power if panel.plot.x_range()[0] <= t <= panel.plot.x_range()[1]]
    assert [row[0] for row in rows[1:]] == [
        datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        for t, _ in shown
    ]
    assert [float(row[1]) for row in rows[1:]] == pytest.approx([v for _, v in shown])
    assert desktop.window.statusBar().currentMessage() == f"Saved {path}"

    png = tmp_path / "history.png"
    assert await panel.save_png(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 200 and image.height() > 100


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_site_view_total_is_the_sum_of_the_chargers(desktop, start_charger) -> None:
    panel = _panel(desktop)
    assert panel.controls.current_mode() == SITE  # the default view
    plan = SessionPlan(idle_s=0.0, duration_s=None, max_sessions=1)  # charging until stopped
    for n, kw in enumerate((7.4, 11.0, 22.0), start=1):
        await start_charger(desktop, f"CP-S{n}", plan=plan, power_kw=kw, phases=1 if kw < 8 else 3, seed=n)
    state = desktop.runtime.fleet_state

    def drawing() -> int:
        return sum(1 for c in state.chargers() if (c.power_w or 0) > 0)

    await wait_until(lambda: drawing() == 3, timeout_s=10, what="three chargers drawing power")
    # The site's latest per-charger power is the fleet's.
    assert panel.store.site.current_w() == pytest.approx(
        {c.charger_id: c.power_w or 0.0 for c in state.chargers()}
    )
    await wait_until(lambda: _points(panel, "Site total") >= 3, what="three grid rows")

    panel.controls.limit.setValue(20.0)
    await wait_until(lambda: panel.plot is not None and panel.plot.limit_kw == 20.0, what="the limit line")
    curves = _shown(panel)
    total = curves["Site total"]
    areas = [c for c in curves.values() if c.style == "area"]
    assert {c.name for c in areas} == {"CP-S1", "CP-S2", "CP-S3"}  # the top chargers, stacked
    shares = np.sum([c.values for c in areas], axis=0)
    assert total.y.tolist() == pytest.approx(shares.tolist(), abs=1e-3)  # kW, float32 shares
    assert areas[-1].y.tolist() == pytest.approx(total.y.tolist(), abs=1e-3)  # the stack reaches the total
    assert _item(panel, "Site total").yData.tolist() == total.y.tolist()
    assert panel.plot.limit_line.value() == 20.0 and panel.plot.limit_line.scene() is not None
    assert "% of the limit" in panel.status.text() and "3 chargers drawing power" in panel.status.text()

    # Chosen chargers are stacked, the rest summed as "Other chargers".
    panel.controls.select_chargers(["CP-S3"])
    await wait_until(
        lambda: {"CP-S3", "Other chargers", "Site total"} == set(_shown(panel)), what="chosen stack"
    )


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_session_window_starts_at_the_running_transaction(desktop, start_charger) -> None:
    panel = _panel(desktop)
    await start_charger(desktop, "CP-W1", plan=SessionPlan(idle_s=0.0, duration_s=None, max_sessions=1))
    state = desktop.runtime.fleet_state

    def running() -> Transaction | None:
        charger = state.charger("CP-W1")
        connector = charger.connectors.get(1) if charger else None
        return connector.transaction if connector else None

    await wait_until(lambda: running() is not None and "CP-W1" in panel.store.chargers(), what="charging")
    panel.controls.set_mode(LIVE)
    await wait_until(lambda: panel.controls.chargers.count() == 1)
    panel.controls.select_chargers(["CP-W1"])
    panel.controls.select(panel.controls.span, SESSION)
    tx = running()
    assert tx is not None and tx.start_time is not None
    await wait_until(lambda: panel.samples.loads >= 1 and _points(panel, "CP-W1 #1") >= 3, what="samples")
    assert panel.plot is not None
    assert panel.plot.x_range()[0] == pytest.approx(epoch_s(tx.start_time), abs=1.0)
    t = _shown(panel)["CP-W1 #1"].t
    assert len(t) >= 3 and np.all(np.diff(t) > 0)  # stored, then live samples, in time order


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_hidden_panel_keeps_collecting_but_does_not_redraw(desktop, start_charger) -> None:
    panel = _panel(desktop)
    await start_charger(desktop, "CP-Z1", plan=SessionPlan(idle_s=0.0, duration_s=None, max_sessions=1))
    panel.controls.set_mode(LIVE)
    await wait_until(lambda: panel.controls.chargers.count() == 1, what="CP-Z1 listed")
    panel.controls.select_chargers(["CP-Z1"])
    await wait_until(lambda: "CP-Z1 #1" in _shown(panel), what="live curve")
    assert panel.plot is not None

    desktop.window.docks["graphs"].toggleViewAction().trigger()  # View menu: hide it
    assert not panel.isVisible()
    await asyncio.sleep(0.1)
    redraws, sets, version = panel.redraw_count, panel.plot.set_count, panel.store.version
    points = len(_item(panel, "CP-Z1 #1").xData)
    await asyncio.sleep(1.0)  # four clock ticks, five MeterValues
    assert panel.store.version > version  # still collecting...
    assert panel.redraw_count == redraws and panel.plot.set_count == sets  # ...but idle
    assert len(_item(panel, "CP-Z1 #1").xData) == points

    desktop.window.docks["graphs"].toggleViewAction().trigger()
    await wait_until(lambda: len(_item(panel, "CP-Z1 #1").xData) > points, what="catching up when shown")
    redraws = panel.redraw_count
    await asyncio.sleep(1.0)
    assert panel.redraw_count - redraws <= 5  # the clock's 4 Hz, not once per message


@pytest.mark.timeout(10)
def test_csv_rows_are_the_union_of_sample_times(qapp) -> None:
    t = np.array([100.0, 101.0, 102.0, 103.0])
    a = Curve("a", "CP-1 #1", t, np.array([1.0, 2.0, math.nan, 4.0]), "kW", 0)
    b = Curve("b", "CP-2 #1", t[[1, 3]] + 0.5, np.array([5.0, 6.0]), "kW", 0)
    text = csv_text([a, b], t_min=100.5, t_max=104.0)
    assert text.splitlines() == [
        "time_utc,CP-1 #1 (kW),CP-2 #1 (kW)",
        "1970-01-01T00:01:41.000Z,2.0,",
        "1970-01-01T00:01:41.500Z,,5.0",
        "1970-01-01T00:01:43.000Z,4.0,",
        "1970-01-01T00:01:43.500Z,,6.0",
    ]


def test_registered_as_meter_graphs_next_to_transactions() -> None:
    spec = default_registry().get("graphs")
    assert (spec.title, spec.visible_by_default, spec.tab_with) == ("Meter graphs", False, "transactions")


@pytest.mark.timeout(30)
def test_site_view_of_a_thousand_chargers_over_an_hour_redraws_cheaply(qapp) -> None:
    """1,000 chargers, a full hour of site grid, 1,000 MeterValues a second: a redraw tick with
    painting stays far below the 250 ms clock interval."""
    bus = EventBus()
    state = FleetState(bus)
    none: Any = None  # no storage: the site view never reads it
    context = PanelContext(
        fleet_state=state,
        commands=none,
        fleet=none,
        history=none,
        broker=none,
        bridge=EventBridge(bus),
        clock=RefreshClock(),
        tasks=TaskRunner(),
        notifier=Notifier(),
    )
    start = time.time() - 3600
    fake: list[float | None] = [start]
    store = MeterSeriesStore(clock=lambda: fake[0] if fake[0] is not None else time.time())
    panel = GraphsPanel(context, store=store)
    for minute in range(61):  # an hour of history, the power of each charger changing every minute
        fake[0] = start + minute * 60
        stamp = datetime.fromtimestamp(fake[0], UTC)
        for n in range(1000):
            watts = 3000.0 + (n * 37 + minute * 101) % 19000
            reading = MeterReading(stamp, (SampledValue(POWER_IMPORT, watts, "W"),))
            bus.publish(MeterSampled(f"CP-{n:04d}", 1, None, (reading,)))
    fake[0] = None  # from now on the real time
    panel.controls.select(panel.controls.span, 3600)
    panel.controls.limit.setValue(9000.0)
    panel.resize(1100, 450)
    panel.show()
    qapp.processEvents()
    assert len(store.site.window().times) >= 3590

    worst_s = 0.0
    for second in range(3):
        stamp = datetime.now(UTC)
        for n in range(1000):
            reading = MeterReading(stamp, (SampledValue(POWER_IMPORT, 7000.0 + second + n % 11, "W"),))
            bus.publish(MeterSampled(f"CP-{n:04d}", 1, None, (reading,)))
        for _ in range(4):
            started = time.perf_counter()
            context.clock.tick.emit()
            qapp.processEvents()
            worst_s = max(worst_s, time.perf_counter() - started)
            time.sleep(0.25)
    curves = _shown(panel)
    assert len([c for c in curves.values() if c.style == "area"]) == 9  # the top 8 and the others
    total = curves["Site total"]
    batches_kw = [sum(7.0 + (s + n % 11) / 1000 for n in range(1000)) for s in range(3)]
    assert min(abs(total.y[-1] - kw) for kw in batches_kw) < 1e-6  # the grid row of the last second
    window = store.site.window()
    assert window.total_w.tolist() == pytest.approx(window.by_charger_w.sum(axis=1).tolist(), rel=1e-6)
    print(f"worst site redraw tick: {worst_s * 1000:.1f} ms")
    assert worst_s < 0.2, f"a site redraw tick took {worst_s:.3f} s"
    panel.close()
