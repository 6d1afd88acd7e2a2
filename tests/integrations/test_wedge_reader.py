"""KeyboardWedgeReader and FakeReaderService publish TagScanned on the bus like the PC/SC backend."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from arthexis_desktop.core.events import EventBus, TagScanned
from arthexis_desktop.core.wedge import WedgeConfig
from arthexis_desktop.integrations.rfid import (
    FakeReaderService,
    KeyboardWedgeReader,
    ReaderService,
    ReaderStatus,
    ServiceState,
)

NOW = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


def collect(bus: EventBus) -> list[TagScanned]:
    scans: list[TagScanned] = []
    bus.subscribe(TagScanned, scans.append)
    return scans


def type_into(reader: KeyboardWedgeReader, text: str, *, start_s: float, gap_s: float) -> list[TagScanned]:
    results = [reader.feed(char, start_s + i * gap_s) for i, char in enumerate(text)]
    return [scan for scan in results if scan is not None]


@pytest.mark.timeout(5)
def test_wedge_burst_becomes_one_tag_scanned_event() -> None:
    bus = EventBus()
    scans = collect(bus)
    callbacks: list[TagScanned] = []
    reader = KeyboardWedgeReader(bus, name="Desk reader", on_scan=callbacks.append, now=lambda: NOW)
    (event,) = type_into(reader, "04a1b2c3d4e5f6\n", start_s=1.0, gap_s=0.005)
    assert event == TagScanned(
        reader="Desk reader", uid="04A1B2C3D4E5F6", raw="04a1b2c3d4e5f6", at=NOW, source="keyboard"
    )
    assert scans == [event] and callbacks == [event]
    assert reader.status().readers[0].last_uid == "04A1B2C3D4E5F6"


@pytest.mark.timeout(5)
def test_wedge_slow_typing_publishes_nothing() -> None:
    bus = EventBus()
    scans = collect(bus)
    reader = KeyboardWedgeReader(bus)
    assert type_into(reader, "04A1B2C3\n", start_s=1.0, gap_s=0.2) == []
    assert scans == []


@pytest.mark.timeout(5)
def test_wedge_reader_retyping_a_card_left_on_it_is_one_scan_and_decimal_is_converted() -> None:
    bus = EventBus()
    scans = collect(bus)
    reader = KeyboardWedgeReader(bus, config=WedgeConfig(byte_order="little"))
    for i in range(4):  # re-typed every 0.5 s while the card lies there
        type_into(reader, "0012345678\n", start_s=10.0 + 0.5 * i, gap_s=0.005)
    type_into(reader, "0012345678\n", start_s=20.0, gap_s=0.005)  # presented again later
    assert [(s.uid, s.raw) for s in scans] == [("4E61BC00", "0012345678")] * 2


@pytest.mark.timeout(5)
def test_wedge_uses_the_monotonic_clock_when_no_time_is_given() -> None:
    ticks = iter([0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08])
    reader = KeyboardWedgeReader(clock=lambda: next(ticks))
    events = [reader.feed(char) for char in "04A1B2C3\n"]
    assert events[-1] is not None and events[-1].uid == "04A1B2C3"


@pytest.mark.timeout(5)
@pytest.mark.asyncio
async def test_every_backend_fits_the_reader_service_interface() -> None:
    statuses: list[ReaderStatus] = []
    services: list[ReaderService] = [KeyboardWedgeReader(), FakeReaderService()]
    for service in services:
        service.on_status = statuses.append
        service.start()
        assert service.status().state is ServiceState.READY
        await service.stop()
    assert [s.backend for s in statuses][:2] == ["keyboard", "fake"]


@pytest.mark.timeout(5)
@pytest.mark.asyncio
async def test_fake_reader_service_presents_cards_and_shows_any_status() -> None:
    bus = EventBus()
    scans = collect(bus)
    fake = FakeReaderService(bus, readers=("Fake 00", "Fake 01"))
    fake.start()
    first = fake.present("04 a1 b2 c3", at_s=1.0)
    assert first is not None and (first.reader, first.uid, first.source) == ("Fake 00", "04A1B2C3", "pcsc")
    assert fake.present("04A1B2C3", at_s=1.5) is None  # debounced
    assert fake.present("A1B2C3D4", reader="Fake 01", at_s=1.5) is not None
    assert [s.uid for s in scans] == ["04A1B2C3", "A1B2C3D4"]
    fake.set_state(ServiceState.NO_SERVICE, readers=(), detail="the PC/SC service is not running", fix="x")
    assert fake.status().state is ServiceState.NO_SERVICE and fake.status().fix == "x"
    await fake.stop()
    assert fake.status().state is ServiceState.STOPPED
