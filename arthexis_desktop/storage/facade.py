"""``Storage``: the one object the rest of the application talks to.

It implements every port of ``core.ports`` (``CsmsStorage``) plus the queries of
``StorageQueries`` (chargers, transactions, logs), ``RegisterQueries`` (tags, accounts, history)
and ``AuthListQueries`` (local lists, reservations). Every coroutine hands its work to the worker
thread and awaits the result; nothing here touches the database on the event loop.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from arthexis_desktop.core.errors import ConfigurationError, StorageError
from arthexis_desktop.core.model import (
    AdmissionPolicy,
    AuthDecision,
    AuthorizationPolicy,
    BootDecision,
    BootInfo,
    ChargerRecord,
    CommandRecord,
    ConnectorStatus,
    FrameRecord,
    MeterReading,
    Transaction,
)
from arthexis_desktop.core.timestamps import utc_now
from arthexis_desktop.storage.authlists import AuthListQueries
from arthexis_desktop.storage.engine import create_storage_engine, safe_url
from arthexis_desktop.storage.migrate import open_schema
from arthexis_desktop.storage.queries import StorageQueries
from arthexis_desktop.storage.register import RegisterQueries
from arthexis_desktop.storage.repo import authorization, chargers, logs, transactions
from arthexis_desktop.storage.sinks import frame_row, sample_rows, status_row, touch_row
from arthexis_desktop.storage.worker import DEFAULT_MAX_BATCH_JOBS, DbWorker, WorkerStats

if TYPE_CHECKING:
    from arthexis_desktop.core.ports import CsmsStorage

log = logging.getLogger(__name__)

DEFAULT_FRAME_LOG_LIMIT = 1000


class Storage(StorageQueries, RegisterQueries, AuthListQueries):
    """Database access for the whole application (SQLite or PostgreSQL)."""

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        frame_log_limit: int = DEFAULT_FRAME_LOG_LIMIT,
        max_batch_jobs: int = DEFAULT_MAX_BATCH_JOBS,
    ) -> Storage:
        """Start the worker, upgrade the schema to head on it, and return the storage.

        Raises ``StorageError`` saying which database and why when it cannot be opened.
        """
        if frame_log_limit < 1:
            raise ConfigurationError("the frame log limit must be at least 1")
        shown = safe_url(url)
        worker = DbWorker(lambda: create_storage_engine(url), max_batch_jobs=max_batch_jobs)
        worker.start()
        try:
            await worker.submit_exclusive(functools.partial(open_schema, shown_url=shown))
        except StorageError:
            await worker.close()
            raise
        except BaseException:  # cancelled: the thread finishes the migration and stops by itself
            worker.close_blocking(timeout_s=0)
            raise
        log.info("storage open: %s", shown)
        return cls(worker, url=shown, frame_log_limit=frame_log_limit)

    async def close(self) -> None:
        """Write everything queued, stop the worker and release the database."""
        await self._worker.close()

    @property
    def url(self) -> str:
        """The database URL with the password hidden."""
        return self._url

    @property
    def closed(self) -> bool:
        return self._worker.closed

    @property
    def worker(self) -> DbWorker:
        return self._worker

    @property
    def engine(self) -> Engine:
        """For diagnostics and tests only: use it on the worker thread (``worker.submit``)."""
        return self._worker.engine

    @property
    def frame_log_limit(self) -> int:
        return self._frames.limit

    def stats(self) -> WorkerStats:
        return self._worker.stats()

    # ------------------------------------------------------------------ ChargerDirectory

    async def charger(self, charger_id: str) -> ChargerRecord | None:
        return await self._call(chargers.get_charger, charger_id)

    async def register_boot(
        self,
        charger_id: str,
        info: BootInfo,
        *,
        policy: AdmissionPolicy,
        protocol: str,
        at: datetime,
    ) -> BootDecision:
        chargers.check_charger_id(charger_id)
        return await self._call(
            chargers.register_boot,
            charger_id,
            info,
            policy=policy,
            protocol=protocol,
            at=at,
            remote=self._remotes.get(charger_id),
        )

    async def record_connection(self, charger_id: str, *, protocol: str, remote: str, at: datetime) -> None:
        self._remotes[charger_id] = remote
        await self._call(chargers.record_connection, charger_id, protocol=protocol, remote=remote, at=at)

    async def record_disconnection(self, charger_id: str, *, at: datetime) -> None:
        await self._call(chargers.record_disconnection, charger_id, at=at)

    async def touch(self, charger_id: str, at: datetime) -> None:
        await self._worker.submit_rows(self._touches, [touch_row(charger_id, at)])

    async def record_status(self, status: ConnectorStatus, *, received_at: datetime) -> None:
        await self._worker.submit_rows(self._statuses, [status_row(status, received_at)])

    async def record_notification(
        self, charger_id: str, action: str, payload: dict[str, Any], *, at: datetime
    ) -> None:
        await self._call(chargers.record_notification, charger_id, action, payload, at=at)

    # ------------------------------------------------------------------ TagAuthorizer

    async def authorize(
        self,
        charger_id: str,
        id_tag: str,
        *,
        policy: AuthorizationPolicy,
        at: datetime,
        check_concurrent: bool = False,
        purpose: str = "Authorize",
    ) -> AuthDecision:
        return await self._call(
            authorization.authorize,
            charger_id,
            id_tag,
            policy=policy,
            at=at,
            check_concurrent=check_concurrent,
            purpose=purpose,
        )

    # ------------------------------------------------------------------ TransactionStore

    async def start_transaction(
        self,
        *,
        charger_id: str,
        connector_id: int,
        id_tag: str,
        meter_start_wh: float,
        start_time: datetime,
        auth_status: str,
        reservation_id: int | None = None,
    ) -> tuple[Transaction, bool]:
        return await self._call(
            transactions.start_transaction,
            charger_id=charger_id,
            connector_id=connector_id,
            id_tag=id_tag,
            meter_start_wh=meter_start_wh,
            start_time=start_time,
            auth_status=auth_status,
            reservation_id=reservation_id,
            at=utc_now(),
        )

    async def stop_transaction(
        self,
        *,
        charger_id: str,
        transaction_id: int,
        meter_stop_wh: float,
        stop_time: datetime,
        stop_reason: str | None,
        id_tag: str | None,
        readings: Sequence[MeterReading] = (),
    ) -> Transaction:
        return await self._call(
            transactions.stop_transaction,
            charger_id=charger_id,
            transaction_id=transaction_id,
            meter_stop_wh=meter_stop_wh,
            stop_time=stop_time,
            stop_reason=stop_reason,
            id_tag=id_tag,
            readings=tuple(readings),
            at=utc_now(),
        )

    async def store_meter_values(
        self,
        *,
        charger_id: str,
        connector_id: int,
        transaction_id: int | None,
        readings: Sequence[MeterReading],
    ) -> None:
        rows = sample_rows(
            charger_id=charger_id,
            connector_id=connector_id,
            transaction_id=transaction_id,
            readings=readings,
        )
        if rows:
            await self._worker.submit_rows(self._samples, rows)

    # ------------------------------------------------------------------ FrameSink

    def log_frame(self, frame: FrameRecord) -> None:
        """Queue a raw frame for the bounded log. Never blocks, never raises."""
        try:
            self._worker.post_rows(self._frames, [frame_row(frame)])
        except Exception:  # the hot path must survive anything
            log.exception("could not queue a frame of %s", frame.charger_id)

    # ------------------------------------------------------------------ CommandLog

    async def record_command(self, command: CommandRecord) -> CommandRecord:
        return await self._call(logs.record_command, command)

    async def complete_command(self, command: CommandRecord) -> None:
        await self._call(logs.complete_command, command)


def _conforms(storage: Storage) -> CsmsStorage:  # checked by mypy: Storage implements the ports
    return storage
