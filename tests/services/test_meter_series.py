"""Live meter series (pure): ring buffers, bounded memory, gaps, the site totals grid, stored
readings as arrays. Events are fed the way the broker publishes them."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import numpy as np
import pytest

from arthexis_desktop.core.events import (
    ChargerDisconnected,
    ConnectorStatusChanged,
    EventBus,
    MeterSampled,
    TransactionStopped,
)
from arthexis_desktop.core.model import ConnectorStatus, MeterReading, SampledValue, Transaction
from arthexis_desktop.core.units import ENERGY_REGISTER, POWER_IMPORT
from arthexis_desktop.services.meter_series import (
    MeterSeriesStore,
    Ring,
    SeriesKey,
    insert_gaps,
    readings_to_points,
)

pytestmark = pytest.mark.timeout(30)
T0 = 1_800_000_000.0  # 2027-01-15, a whole multiple of 10 s


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


def reading(t: float, *values: SampledValue) -> MeterReading:
    return MeterReading(datetime.fromtimestamp(t, UTC), values)


def power(t: float, watts: float, phase: str | None = None) -> MeterReading:
    return reading(t, SampledValue(POWER_IMPORT, watts, "W", phase=phase))


def sampled(charger: str, *readings: MeterReading, connector: int = 1) -> MeterSampled:
    return MeterSampled(charger, connector, None, readings)


def six(t: float, n: int) -> MeterReading:
    """What bench/load.py sends: six measurands, one phase."""
    return reading(
        t,
        SampledValue(ENERGY_REGISTER, 10_000.0 + t - T0, "Wh"),
        SampledValue(POWER_IMPORT, 7000.0 + n, "W"),
        SampledValue("Current.Import", 30.4, "A", phase="L1"),
        SampledValue("Voltage", 230.4, "V", phase="L1-N"),
        SampledValue("SoC", 57.0, "Percent", location="EV"),
        SampledValue("Temperature", 31.5, "Celsius"),
    )


def test_ring_overwrites_the_oldest_and_reads_in_time_order() -> None:
    ring = Ring(4)
    for i in range(6):
        ring.append(float(i), i * 10.0)
    t, v = ring.arrays()
    assert t.tolist() == [2.0, 3.0, 4.0, 5.0] and v.tolist() == [20.0, 30.0, 40.0, 50.0]
    assert ring.arrays(since=3.5)[0].tolist() == [4.0, 5.0]
    ring.grow(6)
    ring.append(6.0, 60.0)
    assert ring.arrays()[0].tolist() == [2.0, 3.0, 4.0, 5.0, 6.0] and ring.capacity == 6


def test_series_keeps_every_recent_sample_in_base_units_per_phase() -> None:
    store = MeterSeriesStore()
    store.on_sampled(
        sampled(
            "CP-1",
            reading(
                T0,
                SampledValue(POWER_IMPORT, 7200.0, "W", raw_value="7.2", raw_unit="kW"),
                SampledValue("Current.Import", 31.0, "A", phase="L1"),
                SampledValue("Current.Import", 30.0, "A", phase="L2"),
                SampledValue("Frequency", 50.0, "Hz"),  # not graphed
            ),
        )
    )
    assert store.chargers() == ["CP-1"] and store.connectors("CP-1") == [1]
    assert [s.key.phase for s in store.series_for("CP-1", 1, "Current.Import")] == ["L1", "L2"]
    series = store.get(SeriesKey("CP-1", 1, POWER_IMPORT, None))
    assert series is not None and series.unit == "W"
    assert series.window()[1].tolist() == [7200.0]
    assert store.get(SeriesKey("CP-1", 1, "Frequency", None)) is None


def test_power_sent_per_phase_only_also_gives_the_connector_total() -> None:
    store = MeterSeriesStore()
    store.on_sampled(
        sampled(
            "CP-1",
            reading(T0, *(SampledValue(POWER_IMPORT, 3000.0, "W", phase=p) for p in ("L1", "L2", "L3"))),
        )
    )
    total = store.get(SeriesKey("CP-1", 1, POWER_IMPORT, None))
    assert total is not None and total.window()[1].tolist() == [9000.0]
    assert store.site.current_w() == {"CP-1": 9000.0}


def test_out_of_order_samples_are_dropped_and_a_repeated_time_replaces() -> None:
    store = MeterSeriesStore()
    store.on_sampled(sampled("CP-1", power(T0 + 10, 1000.0)))
    store.on_sampled(sampled("CP-1", power(T0 + 5, 2000.0)))  # older than the newest: dropped
    store.on_sampled(sampled("CP-1", power(T0 + 10, 1500.0)))  # the same time again: the newer wins
    store.on_sampled(sampled("CP-1", reading(T0 + 20, SampledValue(POWER_IMPORT, 1.0, "kW"))))  # other unit
    series = store.get(SeriesKey("CP-1", 1, POWER_IMPORT, None))
    assert series is not None
    t, v = series.window()
    assert t.tolist() == [T0 + 10] and v.tolist() == [1500.0]
    assert store.dropped == 2


def test_insert_gaps_breaks_the_line_where_samples_are_missing() -> None:
    t = np.array([0.0, 10.0, 20.0, 30.0, 80.0, 90.0])
    gt, gv = insert_gaps(t, t * 2, factor=3.0)
    assert gt.tolist() == [0.0, 10.0, 20.0, 30.0, 55.0, 80.0, 90.0]
    assert math.isnan(gv[4]) and np.isfinite(np.delete(gv, 4)).all()
    same_t, same_v = insert_gaps(t[:4], t[:4], factor=3.0)  # regular: untouched
    assert same_t.tolist() == t[:4].tolist() and not np.isnan(same_v).any()


def test_recent_samples_are_kept_fine_and_older_ones_as_bucket_means() -> None:
    store = MeterSeriesStore(recent_s=60.0, history_s=600.0, bucket_s=10.0)
    for i in range(300):  # five minutes at 1 s
        store.on_sampled(sampled("CP-1", power(T0 + i, float(i))))
    series = store.get(SeriesKey("CP-1", 1, POWER_IMPORT, None))
    assert series is not None
    assert 60 <= len(series.fine) <= 80  # grown to ~60 s at this rate, not more
    t, v = series.window()
    fine_start = series.fine.first_time()
    coarse = t < fine_start
    assert np.diff(t[coarse]).tolist() == pytest.approx([10.0] * (int(coarse.sum()) - 1))
    assert v[coarse][0] == pytest.approx(4.5)  # mean of 0..9 at mean time T0 + 4.5
    assert t[coarse][0] == pytest.approx(T0 + 4.5)
    assert not np.isnan(v).any()  # no gap at the join of the two parts
    assert t[~coarse].tolist() == [T0 + i for i in range(300 - len(series.fine), 300)]


def test_silence_inside_the_fine_part_is_a_gap() -> None:
    store = MeterSeriesStore()
    for i in [*range(10), *range(40, 45)]:
        store.on_sampled(sampled("CP-1", power(T0 + i, 100.0)))
    series = store.get(SeriesKey("CP-1", 1, POWER_IMPORT, None))
    assert series is not None
    t, v = series.window()
    assert int(np.isnan(v).sum()) == 1 and t[int(np.flatnonzero(np.isnan(v))[0])] == pytest.approx(T0 + 24.5)


def test_memory_for_a_thousand_chargers_with_six_measurands_stays_bounded() -> None:
    """One charger metering every second for 70 minutes sizes a series; x6000 plus the site grid."""
    store = MeterSeriesStore()
    for i in range(4200):
        store.on_sampled(sampled("CP-0000", six(T0 + i, 0)))
    assert len(store) == 6
    per_series = store.memory_bytes() / 6 - store.site.nbytes / 6
    assert per_series < 11 * 1024  # ~331 fine float64 pairs + 362 coarse (float64 t, float32 v)
    for n in range(1, 1000):  # the site grid grows a column per charger
        store.on_sampled(sampled(f"CP-{n:04d}", six(T0 + 4200, n)))
    total_mib = (6000 * per_series + store.site.nbytes) / 2**20
    assert store.site.nbytes < 16 * 2**20  # 3,602 rows x 1,024 float32 columns
    assert total_mib < 80, f"{total_mib:.1f} MiB for 1,000 chargers x 6 measurands"


def test_site_total_is_the_sum_of_the_latest_power_of_each_charger_on_a_grid() -> None:
    clock = Clock()
    store = MeterSeriesStore(grid_s=1.0, clock=clock)
    store.on_sampled(sampled("CP-1", power(T0, 7000.0)))  # starts the grid at T0 + 1
    store.on_sampled(sampled("CP-2", power(T0, 11000.0), connector=1))
    store.on_sampled(sampled("CP-2", power(T0, 3000.0), connector=2))
    store.on_sampled(sampled("CP-2", power(T0, 99000.0), connector=0))  # main meter: not a share
    clock.now = T0 + 2.5
    store.tick()
    window = store.site.window()
    assert window.times.tolist() == [T0 + 1, T0 + 2]
    assert window.total_w.tolist() == [21000.0, 21000.0]
    assert window.charger_ids == ("CP-1", "CP-2")
    assert window.by_charger_w.sum(axis=1).tolist() == window.total_w.tolist()

    store.on_transaction_stopped(TransactionStopped(Transaction(1, "CP-2", 2, "T", None, 0.0)))
    clock.now = T0 + 3.1
    store.on_disconnected(ChargerDisconnected("CP-1", 1006, "gone", datetime.fromtimestamp(T0 + 3.1, UTC)))
    clock.now = T0 + 4.0
    store.on_status(ConnectorStatusChanged(ConnectorStatus("CP-2", 1, "Available")))
    clock.now = T0 + 5.0
    store.tick()
    window = store.site.window(since=T0 + 3)
    # The row at T0+3 holds the state before the disconnect (written lazily, by the next event).
    assert window.total_w.tolist() == [18000.0, 11000.0, 0.0]
    assert store.site.current_w() == {"CP-1": 0.0, "CP-2": 0.0}


def test_a_long_quiet_spell_fills_the_grid_with_the_unchanged_state_up_to_the_history() -> None:
    clock = Clock()
    store = MeterSeriesStore(history_s=60.0, grid_s=1.0, clock=clock)
    store.on_sampled(sampled("CP-1", power(T0, 5000.0)))
    clock.now = T0 + 3600.0
    store.tick()
    window = store.site.window()
    assert len(window.times) == 62 and window.times[-1] == T0 + 3600.0
    assert set(window.total_w.tolist()) == {5000.0}


def test_attach_follows_the_bus_until_detached() -> None:
    bus = EventBus()
    store = MeterSeriesStore()
    detach = store.attach(bus)
    bus.publish(sampled("CP-1", power(T0, 1000.0)))
    detach()
    bus.publish(sampled("CP-1", power(T0 + 1, 2000.0)))
    series = store.get(SeriesKey("CP-1", 1, POWER_IMPORT, None))
    assert series is not None and series.window()[1].tolist() == [1000.0]


def test_stored_readings_become_arrays_per_measurand_and_phase() -> None:
    readings = [
        reading(T0 + 1, SampledValue(ENERGY_REGISTER, 1010.0, "Wh"), SampledValue(POWER_IMPORT, 7000.0, "W")),
        reading(
            T0,
            SampledValue(ENERGY_REGISTER, 1000.0, "Wh"),
            SampledValue("Current.Import", 30.0, "A", phase="L1"),
        ),
        power(T0 + 2, 7100.0),
    ]
    points = readings_to_points(readings)
    assert points[(ENERGY_REGISTER, None)].t.tolist() == [T0, T0 + 1]
    assert points[(ENERGY_REGISTER, None)].v.tolist() == [1000.0, 1010.0]
    assert points[(POWER_IMPORT, None)].v.tolist() == [7000.0, 7100.0]
    assert points[("Current.Import", "L1")].unit == "A"
