from datetime import UTC, datetime

import pytest

from arthexis_desktop.core.energy import register_readings_wh, session_energy_wh
from arthexis_desktop.core.errors import ConfigurationError
from arthexis_desktop.core.events import Event, EventBus, HeartbeatReceived
from arthexis_desktop.core.model import MeterReading, SampledValue
from arthexis_desktop.core.settings import BrokerSettings


def test_energy_prefers_meter_stop_minus_start() -> None:
    assert session_energy_wh(meter_start_wh=1000, meter_stop_wh=8400, register_wh=[1000, 5000]) == 7400


def test_energy_falls_back_to_register_when_meter_went_backwards() -> None:
    # meter replaced mid-session: stop < start; the samples tell the truth
    assert session_energy_wh(meter_start_wh=90_000, meter_stop_wh=500, register_wh=[90_000, 90_400]) == 400


def test_energy_from_samples_when_start_missing() -> None:
    assert session_energy_wh(meter_start_wh=None, meter_stop_wh=3000, register_wh=[1000, 2000]) == 2000


def test_energy_unknown() -> None:
    assert session_energy_wh(meter_start_wh=None, meter_stop_wh=None) is None


def test_register_readings_ignore_phases_and_other_measurands() -> None:
    t1, t2 = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)
    e = "Energy.Active.Import.Register"
    readings = [
        MeterReading(t2, (SampledValue(e, 2000.0, "Wh"), SampledValue(e, 700.0, "Wh", phase="L1"))),
        MeterReading(t1, (SampledValue(e, 1000.0, "Wh"), SampledValue("Power.Active.Import", 7.0, "W"))),
    ]
    assert register_readings_wh(readings) == [1000.0, 2000.0]


def test_bus_isolates_failing_subscribers() -> None:
    bus = EventBus()
    seen: list[object] = []

    def broken(_: object) -> None:
        raise RuntimeError("boom")

    bus.subscribe(HeartbeatReceived, broken)
    unsubscribe = bus.subscribe(HeartbeatReceived, seen.append)
    bus.subscribe(Event, seen.append)
    event = HeartbeatReceived("CP1", datetime.now(UTC))
    bus.publish(event)
    assert seen == [event, event]
    unsubscribe()
    bus.publish(event)
    assert seen == [event, event, event]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"port": 70000}, "port"),
        ({"ping_interval_s": 0}, "ping_interval_s"),
        ({"call_timeout_s": -1}, "call timeout"),
        ({"max_frame_bytes": 10}, "frame size"),
    ],
)
def test_settings_validation_names_the_bad_value(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        BrokerSettings().with_changes(**changes)


def test_settings_ping_off_is_valid() -> None:
    assert BrokerSettings().with_changes(ping_interval_s=None, ping_timeout_s=None).ping_interval_s is None
