"""PcscReaderService against a real pcscd with the vsmartcard virtual reader and a fake card."""

from __future__ import annotations

import asyncio
from datetime import UTC

import pytest

from arthexis_desktop.integrations.rfid import ReaderState, ServiceState
from tests.fixtures.pcsc import FakeCards, VirtualReaders
from tests.integrations.conftest import ServiceProbe, make_probe, wait_until

pytestmark = pytest.mark.pcsc

READER = "Virtual PCD 00 00"


@pytest.mark.timeout(20)
@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("uid", "raw"),
    [
        ("a1b2c3d4", "A1 B2 C3 D4"),
        ("04a1b2c3d4e5f6", "04 A1 B2 C3 D4 E5 F6"),
        ("0102030405060708090a", "01 02 03 04 05 06 07 08 09 0A"),
    ],
    ids=["4-byte", "7-byte", "10-byte"],
)
async def test_insert_publishes_one_scan_with_the_normalised_uid(
    pcsc: ServiceProbe, fake_cards: FakeCards, uid: str, raw: str
) -> None:
    fake_cards.insert(uid)
    (scan,) = await pcsc.wait_scans(1)
    assert (scan.reader, scan.uid, scan.raw, scan.source) == (READER, uid.upper(), raw, "pcsc")
    assert scan.at.tzinfo is UTC
    assert pcsc.callback_scans == [scan]
    await pcsc.wait_reader(READER, ReaderState.CARD)
    reader = next(r for r in pcsc.service.status().readers if r.name == READER)
    assert reader.last_uid == uid.upper()
    assert pcsc.service.last_scan == scan


@pytest.mark.timeout(20)
@pytest.mark.asyncio
async def test_card_left_on_the_reader_is_one_scan(pcsc: ServiceProbe, fake_cards: FakeCards) -> None:
    fake_cards.insert("04A1B2C3")
    await pcsc.wait_scans(1)
    await asyncio.sleep(1.5)  # beyond the 1 s debounce window, with pcscd polling the card throughout
    assert len(pcsc.bus_scans) == 1
    assert pcsc.reader_state(READER) is ReaderState.CARD


@pytest.mark.timeout(20)
@pytest.mark.asyncio
async def test_remove_and_present_again_after_a_second_is_a_second_scan(
    pcsc: ServiceProbe, fake_cards: FakeCards
) -> None:
    card = fake_cards.insert("04A1B2C3")
    await pcsc.wait_scans(1)
    card.remove()
    await pcsc.wait_reader(READER, ReaderState.EMPTY)
    await asyncio.sleep(1.2)  # longer than the 1 s debounce window since the card was last seen
    fake_cards.insert("04A1B2C3")
    scans = await pcsc.wait_scans(2)
    assert [s.uid for s in scans] == ["04A1B2C3", "04A1B2C3"]


@pytest.mark.timeout(20)
@pytest.mark.asyncio
async def test_two_quick_re_presentations_within_a_second_are_one_scan(
    pcsc: ServiceProbe, fake_cards: FakeCards
) -> None:
    card = fake_cards.insert("04A1B2C3")
    await pcsc.wait_scans(1)
    for _ in range(2):  # off and straight back on, twice (a card flickering at the field's edge)
        card.remove()
        await pcsc.wait_reader(READER, ReaderState.EMPTY)
        card = fake_cards.insert("04A1B2C3")
        await pcsc.wait_reader(READER, ReaderState.CARD)  # read again, and debounced
    await asyncio.sleep(0.3)
    assert len(pcsc.bus_scans) == 1


@pytest.mark.timeout(20)
@pytest.mark.asyncio
async def test_cards_on_two_readers_at_once_are_two_scans(pcsc: ServiceProbe, fake_cards: FakeCards) -> None:
    fake_cards.insert("04A1B2C3", slot=0)
    fake_cards.insert("A1B2C3D4", slot=1)
    scans = await pcsc.wait_scans(2)
    assert {(s.reader, s.uid) for s in scans} == {(READER, "04A1B2C3"), ("Virtual PCD 00 01", "A1B2C3D4")}
    assert {r.state for r in pcsc.service.status().readers} == {ReaderState.CARD}


@pytest.mark.timeout(20)
@pytest.mark.asyncio
async def test_card_without_a_uid_is_reported_on_the_reader_not_scanned(
    pcsc: ServiceProbe, fake_cards: FakeCards
) -> None:
    fake_cards.insert("00", no_uid=True)
    await pcsc.wait_reader(READER, ReaderState.UNREADABLE)
    reader = next(r for r in pcsc.service.status().readers if r.name == READER)
    assert reader.last_error is not None and "6A 81" in reader.last_error
    assert pcsc.service.status().state is ServiceState.READY
    assert pcsc.bus_scans == []


@pytest.mark.timeout(30)
@pytest.mark.asyncio
async def test_started_without_pcscd_says_how_to_fix_it_and_recovers_when_it_starts(
    virtual_readers: VirtualReaders, fake_cards: FakeCards
) -> None:
    virtual_readers.require_own_daemon()
    virtual_readers.stop()
    probe = make_probe()
    probe.service.start()  # must not raise
    try:
        status = await probe.wait_state(ServiceState.NO_SERVICE)
        assert status.fix is not None and "pcscd" in status.fix
        assert status.last_error is not None and "0x8010001D" in status.last_error
        assert "pcscd" in status.describe()
        # the callback runs on the loop, a moment after the monitor thread changed the state
        await wait_until(
            lambda: bool(probe.statuses) and probe.statuses[-1].state is ServiceState.NO_SERVICE,
            what="the status callback",
        )

        virtual_readers.start()  # the retry picks it up; no restart of the service
        status = await probe.wait_state(ServiceState.READY)
        assert {r.name for r in status.readers} == set(virtual_readers.readers)
        assert status.fix is None and status.last_error is None
        fake_cards.insert("04A1B2C3")
        (scan,) = await probe.wait_scans(1)
        assert scan.uid == "04A1B2C3"
    finally:
        await probe.service.stop()


@pytest.mark.timeout(30)
@pytest.mark.asyncio
async def test_pcscd_stopping_while_running_is_a_status_and_the_service_comes_back(
    pcsc: ServiceProbe, virtual_readers: VirtualReaders, fake_cards: FakeCards
) -> None:
    virtual_readers.require_own_daemon()
    virtual_readers.stop()
    status = await pcsc.wait_state(ServiceState.NO_SERVICE)
    assert status.readers == () and status.fix is not None
    virtual_readers.start()
    await pcsc.wait_state(ServiceState.READY)
    fake_cards.insert("04A1B2C3D4E5F6")
    (scan,) = await pcsc.wait_scans(1)
    assert scan.uid == "04A1B2C3D4E5F6"


@pytest.mark.timeout(20)
@pytest.mark.asyncio
async def test_stop_ends_the_thread_and_reports_stopped(virtual_readers: VirtualReaders) -> None:
    probe = make_probe()
    await probe.service.stop()  # before start: nothing to do
    probe.service.start()
    probe.service.start()  # twice: still one monitor
    await probe.wait_state(ServiceState.READY)
    monitor = probe.service._monitor
    assert monitor is not None
    await probe.service.stop()
    await probe.service.stop()
    assert not monitor.is_alive()
    assert probe.service.status().state is ServiceState.STOPPED
    assert probe.statuses[-1].state is ServiceState.STOPPED
