"""Transactions: ids, replays, stops (scoped, orphan, repeated), energy, meter values, queries."""

from __future__ import annotations

import asyncio

import pytest

from arthexis_desktop.core.model import MeterReading, SampledValue, Transaction
from arthexis_desktop.storage import Storage
from arthexis_desktop.storage.tables import MeterSampleRow, TransactionRow
from tests.storage.helpers import REGISTER, at, boot, count, energy, start

pytestmark = pytest.mark.timeout(30)


async def _stop(
    storage: Storage,
    transaction_id: int,
    *,
    charger_id: str = "CP1",
    meter_stop_wh: float = 1500.0,
    seconds: float = 600,
    readings: tuple[MeterReading, ...] = (),
    id_tag: str | None = None,
) -> Transaction:
    return await storage.stop_transaction(
        charger_id=charger_id,
        transaction_id=transaction_id,
        meter_stop_wh=meter_stop_wh,
        stop_time=at(seconds),
        stop_reason="Local",
        id_tag=id_tag,
        readings=readings,
    )


@pytest.mark.asyncio
async def test_start_gives_an_integer_id_that_is_the_ocpp_id(storage: Storage) -> None:
    first = await start(storage)
    second = await start(storage, connector_id=2, seconds=5)
    assert isinstance(first.id, int) and second.id > first.id
    assert first.ocpp_id == str(first.id)
    assert first.active and (first.meter_start_wh, first.start_time) == (1000.0, at(0))
    stored = await storage.transaction(first.id)
    assert stored == first


@pytest.mark.asyncio
async def test_an_identical_start_is_a_replay(storage: Storage) -> None:
    tx = await start(storage)
    again, replayed = await storage.start_transaction(
        charger_id="CP1",
        connector_id=1,
        id_tag="TAG1",
        meter_start_wh=1000.0,
        start_time=at(0),
        auth_status="Accepted",
    )
    assert replayed and again == tx
    other, replayed = await storage.start_transaction(
        charger_id="CP1",
        connector_id=1,
        id_tag="TAG1",
        meter_start_wh=1001.0,
        start_time=at(0),
        auth_status="Accepted",
    )
    assert not replayed and other.id != tx.id
    assert await count(storage, TransactionRow) == 2


@pytest.mark.asyncio
async def test_a_resend_with_a_later_receive_time_matches_the_open_session(storage: Storage) -> None:
    """A charger with a bad clock: both starts got the receive time, which differs."""
    tx = await start(storage)

    async def resend(seconds: float, meter_start_wh: float = 1000.0) -> tuple[Transaction, bool]:
        return await storage.start_transaction(
            charger_id="CP1",
            connector_id=1,
            id_tag="TAG1",
            meter_start_wh=meter_start_wh,
            start_time=at(seconds),
            auth_status="Accepted",
        )

    again, replayed = await resend(90)
    assert replayed and again.id == tx.id
    # a different meterStart is a different session
    other, replayed = await resend(95, meter_start_wh=1200.0)
    assert not replayed and other.id != tx.id
    # once the session is stopped, the same values start a new one
    await _stop(storage, tx.id, seconds=100)
    fresh, replayed = await resend(120)
    assert not replayed and fresh.id not in (tx.id, other.id)
    # and a stale open session does not swallow a start a day later
    later, replayed = await resend(120 + 25 * 3600)
    assert not replayed and later.id != fresh.id


@pytest.mark.asyncio
async def test_replays_in_the_same_batch_get_the_same_id(storage: Storage) -> None:
    kwargs = dict(
        charger_id="CP1",
        connector_id=1,
        id_tag="T",
        meter_start_wh=5.0,
        start_time=at(0),
        auth_status="Accepted",
    )
    (a, replayed_a), (b, replayed_b) = await asyncio.gather(
        storage.start_transaction(**kwargs),  # type: ignore[arg-type]
        storage.start_transaction(**kwargs),  # type: ignore[arg-type]
    )
    assert a.id == b.id and (replayed_a, replayed_b) == (False, True)


@pytest.mark.asyncio
async def test_a_refused_tag_still_gets_a_row_and_an_id(storage: Storage) -> None:
    tx = await start(storage, id_tag="BADTAG", auth_status="Invalid")
    assert tx.id > 0 and tx.auth_status == "Invalid"
    assert (await storage.transaction(tx.id)) == tx


@pytest.mark.asyncio
async def test_ids_are_never_reused_after_a_purge(storage: Storage) -> None:
    await boot(storage)
    ids = [(await start(storage, seconds=i, meter_start_wh=1000.0 + i)).id for i in range(3)]
    await storage.delete_charger("CP1", purge=True)
    assert (await start(storage, seconds=10)).id > max(ids)


@pytest.mark.asyncio
async def test_stop_closes_the_transaction_with_its_energy(storage: Storage) -> None:
    tx = await start(storage)
    stopped = await _stop(storage, tx.id, meter_stop_wh=8500.0)
    assert (stopped.id, stopped.stop_time, stopped.meter_stop_wh, stopped.stop_reason) == (
        tx.id,
        at(600),
        8500.0,
        "Local",
    )
    assert stopped.energy_wh == 7500.0 and not stopped.active and not stopped.orphan
    assert await storage.transaction(tx.id) == stopped


@pytest.mark.asyncio
async def test_a_second_stop_does_not_overwrite_the_first(storage: Storage) -> None:
    tx = await start(storage)
    first = await _stop(storage, tx.id, meter_stop_wh=3000.0)
    again = await _stop(storage, tx.id, meter_stop_wh=9999.0, seconds=900, readings=(energy(at(800), 9000),))
    assert again == first
    assert await count(storage, MeterSampleRow) == 0


@pytest.mark.asyncio
async def test_an_unknown_id_becomes_an_orphan_and_a_repeat_finds_it(storage: Storage) -> None:
    orphan = await _stop(storage, 4242, meter_stop_wh=7000.0, id_tag="TAGX")
    assert orphan.orphan and not orphan.active
    assert orphan.ocpp_id == "4242" and orphan.charger_id == "CP1"
    assert (orphan.start_time, orphan.meter_start_wh) == (None, None)
    assert (orphan.stop_time, orphan.meter_stop_wh, orphan.id_tag) == (at(600), 7000.0, "TAGX")
    assert await _stop(storage, 4242, meter_stop_wh=7100.0) == orphan
    assert await count(storage, TransactionRow) == 1


@pytest.mark.asyncio
async def test_a_stop_is_scoped_to_its_charger(storage: Storage) -> None:
    theirs = await start(storage, "CP2")
    stopped = await _stop(storage, theirs.id, charger_id="CP1")
    assert stopped.orphan and stopped.id != theirs.id and stopped.charger_id == "CP1"
    assert stopped.ocpp_id == str(theirs.id)
    still = await storage.transaction(theirs.id)
    assert still is not None and still.active  # the other charger's session is untouched


@pytest.mark.asyncio
async def test_stop_stores_transaction_data_and_falls_back_to_the_register(storage: Storage) -> None:
    tx = await start(storage, meter_start_wh=50_000.0)
    data = (
        energy(at(0), 50_000.0, context="Transaction.Begin"),
        energy(at(300), 50_400.0),
        energy(at(600), 50_900.0),
    )
    # The meter was replaced: meterStop is below meterStart, the register span is the energy.
    stopped = await _stop(storage, tx.id, meter_stop_wh=120.0, readings=data)
    assert stopped.energy_wh == 900.0
    readings = await storage.meter_readings(tx.id)
    assert [r.timestamp for r in readings] == [at(0), at(300), at(600)]
    assert readings[0].values[0].context == "Transaction.Begin"


@pytest.mark.asyncio
async def test_an_orphan_energy_comes_from_its_readings(storage: Storage) -> None:
    orphan = await _stop(
        storage, 77, meter_stop_wh=2000.0, readings=(energy(at(0), 1200.0), energy(at(60), 2000.0))
    )
    assert orphan.energy_wh == 800.0


@pytest.mark.asyncio
async def test_every_sampled_value_is_stored(storage: Storage) -> None:
    tx = await start(storage)
    reading = MeterReading(
        at(10),
        (
            SampledValue(REGISTER, 1234.0, "Wh", raw_value="1.234", raw_unit="kWh"),
            SampledValue("Power.Active.Import", 7200.0, "W"),
            SampledValue("Current.Import", 10.1, "A", phase="L1"),
            SampledValue("Current.Import", 10.2, "A", phase="L2"),
            SampledValue("Current.Import", 10.3, "A", phase="L3"),
            SampledValue("Voltage", 231.0, "V", phase="L1-N"),
            SampledValue("Temperature", 41.0, "Celsius", location="Body"),
            SampledValue("SoC", 55.0, "Percent", context="Sample.Clock", location="EV"),
        ),
    )
    await storage.store_meter_values(
        charger_id="CP1", connector_id=1, transaction_id=tx.id, readings=[reading]
    )
    (back,) = await storage.meter_readings(tx.id)
    assert back.timestamp == at(10)
    assert back.values == reading.values


@pytest.mark.asyncio
async def test_meter_values_without_a_transaction_and_for_connector_zero(storage: Storage) -> None:
    await storage.store_meter_values(
        charger_id="CP1",
        connector_id=0,
        transaction_id=None,
        readings=[energy(at(1), 10.0), energy(at(2), 11.0)],
    )
    await storage.store_meter_values(charger_id="CP1", connector_id=0, transaction_id=None, readings=[])
    assert await count(storage, MeterSampleRow, connector_id=0) == 2


@pytest.mark.asyncio
async def test_meter_values_naming_a_wrong_transaction_are_kept_unlinked(storage: Storage) -> None:
    theirs = await start(storage, "CP2")
    mine = await start(storage, "CP1", seconds=1)
    await asyncio.gather(
        storage.store_meter_values(
            charger_id="CP1", connector_id=1, transaction_id=123456, readings=[energy(at(1), 1)]
        ),
        storage.store_meter_values(
            charger_id="CP1", connector_id=1, transaction_id=theirs.id, readings=[energy(at(2), 2)]
        ),
        storage.store_meter_values(
            charger_id="CP1", connector_id=1, transaction_id=mine.id, readings=[energy(at(3), 3)]
        ),
    )
    assert await count(storage, MeterSampleRow) == 3
    assert await count(storage, MeterSampleRow, transaction_id=None) == 2
    assert len(await storage.meter_readings(mine.id)) == 1
    assert await storage.meter_readings(theirs.id) == []


@pytest.mark.asyncio
async def test_readings_group_by_timestamp_in_time_order(storage: Storage) -> None:
    tx = await start(storage)
    late = MeterReading(
        at(20), (SampledValue(REGISTER, 20.0, "Wh"), SampledValue("Power.Active.Import", 2.0, "W"))
    )
    early = MeterReading(at(10), (SampledValue(REGISTER, 10.0, "Wh"),))
    await storage.store_meter_values(charger_id="CP1", connector_id=1, transaction_id=tx.id, readings=[late])
    await storage.store_meter_values(charger_id="CP1", connector_id=1, transaction_id=tx.id, readings=[early])
    readings = await storage.meter_readings(tx.id)
    assert [(r.timestamp, len(r.values)) for r in readings] == [(at(10), 1), (at(20), 2)]


@pytest.mark.asyncio
async def test_list_and_filter_transactions(storage: Storage) -> None:
    a1 = await start(storage, "A", id_tag="T1", seconds=0)
    a2 = await start(storage, "A", connector_id=2, id_tag="T2", seconds=100)
    b1 = await start(storage, "B", id_tag="T1", seconds=200)
    await _stop(storage, a1.id, charger_id="A", seconds=50)
    orphan = await _stop(storage, 999, charger_id="B", seconds=300)

    def ids(items: list[Transaction]) -> list[int]:
        return [t.id for t in items]

    assert ids(await storage.list_transactions()) == [orphan.id, b1.id, a2.id, a1.id]  # newest first
    assert ids(await storage.list_transactions(charger_id="A")) == [a2.id, a1.id]
    assert ids(await storage.list_transactions(active=True)) == [b1.id, a2.id]
    assert ids(await storage.list_transactions(active=False)) == [orphan.id, a1.id]
    assert ids(await storage.list_transactions(id_tag="T1")) == [b1.id, a1.id]
    assert ids(await storage.list_transactions(since=at(100), until=at(250))) == [b1.id, a2.id]
    assert ids(await storage.list_transactions(limit=2)) == [orphan.id, b1.id]
    assert ids(await storage.active_transactions()) == [b1.id, a2.id]
    assert await storage.transaction(123456) is None
