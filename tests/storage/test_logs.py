"""The bounded raw-frame log and the command log."""

from __future__ import annotations

import pytest

from arthexis_desktop.core.errors import ConfigurationError, NotFoundError
from arthexis_desktop.core.model import CommandRecord, Direction, FrameRecord
from arthexis_desktop.storage import Storage
from arthexis_desktop.storage.tables import FrameRow
from tests.storage.helpers import at, count

pytestmark = pytest.mark.timeout(30)


def _frame(charger_id: str, i: int) -> FrameRecord:
    direction = Direction.IN if i % 2 == 0 else Direction.OUT
    return FrameRecord(charger_id, direction, f'[2,"{i}","Heartbeat",{{}}]', at(i))


@pytest.mark.asyncio
async def test_the_frame_log_stays_bounded_per_charger(db_url: str) -> None:
    storage = await Storage.open(db_url, frame_log_limit=50)
    try:
        for burst in range(8):  # several batches, like a busy charger over time
            for i in range(burst * 100, burst * 100 + 100):
                storage.log_frame(_frame("BUSY", i))
            for i in range(burst * 3, burst * 3 + 3):
                storage.log_frame(_frame("QUIET", i))
            await storage.charger("BUSY")  # let the batch run
            assert 50 <= await count(storage, FrameRow, charger_id="BUSY") <= 55
        busy = await storage.recent_frames(charger_id="BUSY", limit=1000)
        assert busy[-1].text == _frame("BUSY", 799).text  # newest kept, newest last
        assert [f.timestamp for f in busy] == sorted(f.timestamp for f in busy)
        assert len(await storage.recent_frames(charger_id="QUIET", limit=1000)) == 24  # untouched
    finally:
        await storage.close()


@pytest.mark.asyncio
async def test_the_bound_holds_across_restarts(db_url: str) -> None:
    storage = await Storage.open(db_url, frame_log_limit=1000)
    for i in range(300):
        storage.log_frame(_frame("CP1", i))
    await storage.close()
    storage = await Storage.open(db_url, frame_log_limit=100)  # a smaller limit, a new process
    try:
        storage.log_frame(_frame("CP1", 300))
        await storage.charger("CP1")
        assert await count(storage, FrameRow, charger_id="CP1") == 100
    finally:
        await storage.close()


@pytest.mark.asyncio
async def test_recent_frames(storage: Storage) -> None:
    for i in range(10):
        storage.log_frame(_frame("A" if i % 2 else "B", i))
    storage.log_frame(FrameRecord("NEVER-BOOTED", Direction.IN, '[2,"1","BootNotification",{}]', at(20)))
    frames = await storage.recent_frames(limit=3)
    assert [f.timestamp for f in frames] == [at(8), at(9), at(20)]
    only_a = await storage.recent_frames(charger_id="A")
    assert [f.timestamp for f in only_a] == [at(1), at(3), at(5), at(7), at(9)]
    assert only_a[0].direction is Direction.OUT and only_a[0].id is not None


@pytest.mark.asyncio
async def test_frames_with_nul_characters_are_kept(storage: Storage) -> None:
    storage.log_frame(FrameRecord("CP1", Direction.IN, "bad\x00frame", at(0)))
    (frame,) = await storage.recent_frames()
    assert frame.text == "bad\\u0000frame"


@pytest.mark.asyncio
async def test_log_frame_never_raises(storage: Storage) -> None:
    storage.log_frame(FrameRecord("CP1", Direction.IN, "naive time", at(0).replace(tzinfo=None)))
    storage.log_frame(FrameRecord("CP1", Direction.IN, "fine", at(1)))
    assert [f.text for f in await storage.recent_frames()] == ["fine"]


@pytest.mark.asyncio
async def test_commands_are_recorded_and_completed(storage: Storage) -> None:
    pending = CommandRecord(None, "CP1", "RemoteStartTransaction", {"idTag": "T", "connectorId": 1}, at(0))
    recorded = await storage.record_command(pending)
    assert recorded.id is not None and recorded.outcome == "pending"
    other = await storage.record_command(CommandRecord(None, "CP2", "Reset", {"type": "Soft"}, at(1)))
    done = CommandRecord(
        recorded.id,
        "CP1",
        "RemoteStartTransaction",
        recorded.request,
        at(0),
        outcome="ok",
        response={"status": "Accepted"},
        completed_at=at(2),
    )
    await storage.complete_command(done)
    assert await storage.list_commands(charger_id="CP1") == [done]
    assert [c.id for c in await storage.list_commands()] == [other.id, recorded.id]  # newest first
    assert len(await storage.list_commands(limit=1)) == 1
    with pytest.raises(NotFoundError):
        await storage.complete_command(CommandRecord(9999, "CP1", "Reset", {}, at(0), outcome="timeout"))


@pytest.mark.asyncio
async def test_a_failed_command_keeps_its_error(storage: Storage) -> None:
    recorded = await storage.record_command(CommandRecord(None, "CP1", "Reset", {"type": "Hard"}, at(0)))
    failed = CommandRecord(
        recorded.id,
        "CP1",
        "Reset",
        {"type": "Hard"},
        at(0),
        outcome="error",
        error="NotSupported",
        completed_at=at(1),
    )
    await storage.complete_command(failed)
    (back,) = await storage.list_commands()
    assert (back.outcome, back.error, back.response) == ("error", "NotSupported", None)


@pytest.mark.asyncio
async def test_a_frame_log_limit_below_one_is_refused(sqlite_url: str) -> None:
    with pytest.raises(ConfigurationError):
        await Storage.open(sqlite_url, frame_log_limit=0)
