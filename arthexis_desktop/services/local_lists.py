"""Keeping chargers' local authorization lists in step with the register (OCPP 1.6 SendLocalList,
GetLocalListVersion).

What a list holds is ``core.policies.local_list_entry`` of every released tag. The first update of
a charger is Full; later ones are Differential (only what changed since the version the charger
accepted; removed tags without idTagInfo). The version is tracked per charger in storage and only
advances when the charger answers Accepted. VersionMismatch, Failed, NotSupported or no answer
make the next update Full. A GetLocalListVersion answer other than the version we know makes the
next update Full too. ClearCache (``CommandService.clear_cache``) clears the authorization cache,
not the local list: it does not touch the version (the original reset it to 0, ⚠ §11.9).

Automatic resync: after ``TagRegisterChanged``, a finished transaction (credit may run out) and an
accepted BootNotification, debounced (``debounce_s`` of quiet, at most ``max_delay_s`` after the
first request), to every connected, booted charger whose setting "local list" is on and that did
not answer NotSupported last time. A charger that just booted is asked GetLocalListVersion first.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from arthexis_desktop.core.errors import ArthexisError, NotFoundError
from arthexis_desktop.core.events import (
    BootNotified,
    EventBus,
    LocalListSent,
    TagRegisterChanged,
    TransactionStopped,
)
from arthexis_desktop.core.model import LocalListEntry, LocalListState, SessionInfo
from arthexis_desktop.core.policies import local_list_changes
from arthexis_desktop.core.timestamps import format_ocpp_datetime
from arthexis_desktop.csms.tasks import TaskSet
from arthexis_desktop.storage import Storage

log = logging.getLogger(__name__)

DEBOUNCE_S = 5.0
MAX_DELAY_S = 30.0
FULL = "Full"
DIFFERENTIAL = "Differential"


class LocalListTransport(Protocol):
    """What the service needs from the central system (``CentralSystem`` implements it)."""

    async def call(
        self, charger_id: str, action: str, payload: dict[str, Any], *, timeout_s: float | None = None
    ) -> dict[str, Any]: ...

    def sessions(self) -> list[SessionInfo]: ...


@dataclass(frozen=True, slots=True)
class LocalListOutcome:
    charger_id: str
    update_type: str  # Full | Differential | "" (nothing sent)
    version: int  # sent (or, when nothing was sent, the charger's current one)
    status: str  # Accepted | Failed | NotSupported | VersionMismatch | unchanged | error
    entries: int = 0  # entries in the request
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("Accepted", "unchanged")


def authorization_data(entry: LocalListEntry) -> dict[str, Any]:
    """An OCPP 1.6 AuthorizationData with idTagInfo."""
    info: dict[str, Any] = {"status": entry.status.value}
    if entry.expires_at is not None:
        info["expiryDate"] = format_ocpp_datetime(entry.expires_at)
    if entry.parent_uid:
        info["parentIdTag"] = entry.parent_uid
    return {"idTag": entry.uid, "idTagInfo": info}


class LocalListService:
    def __init__(
        self,
        storage: Storage,
        transport: LocalListTransport,
        bus: EventBus,
        *,
        debounce_s: float = DEBOUNCE_S,
        max_delay_s: float = MAX_DELAY_S,
    ) -> None:
        self._storage = storage
        self._transport = transport
        self._bus = bus
        self._debounce_s = debounce_s
        self._max_delay_s = max_delay_s
        self._locks: dict[str, asyncio.Lock] = {}
        self._tasks = TaskSet()
        self._timer: asyncio.Task[None] | None = None
        self._first_request: float | None = None
        self._pending_all = False
        self._pending: set[str] = set()
        self._booted: set[str] = set()  # to ask GetLocalListVersion first
        self._unsubscribe: list[Callable[[], None]] = []

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        if self._unsubscribe:
            return
        self._unsubscribe = [
            self._bus.subscribe(TagRegisterChanged, lambda _: self.request_resync()),
            self._bus.subscribe(TransactionStopped, lambda _: self.request_resync()),
            self._bus.subscribe(BootNotified, self._on_boot),
        ]

    async def stop(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        await self._tasks.cancel_all()

    def _on_boot(self, event: BootNotified) -> None:
        if event.status == "Accepted":
            self._booted.add(event.charger_id)
            self.request_resync([event.charger_id])

    # ------------------------------------------------------------------ debounced resync

    def request_resync(self, charger_ids: Iterable[str] | None = None) -> None:
        """Resync (all eligible chargers, or these) once nothing was requested for
        ``debounce_s``, and at the latest ``max_delay_s`` after the first request."""
        if charger_ids is None:
            self._pending_all = True
        else:
            self._pending.update(charger_ids)
        loop = asyncio.get_running_loop()
        if self._first_request is None:
            self._first_request = loop.time()
        delay = min(self._debounce_s, max(0.0, self._first_request + self._max_delay_s - loop.time()))
        if self._timer is not None:
            self._timer.cancel()
        self._timer = self._tasks.spawn(self._after(delay), name="local-list-resync")

    @property
    def resync_pending(self) -> bool:
        return self._pending_all or bool(self._pending)

    async def _after(self, delay_s: float) -> None:
        await asyncio.sleep(delay_s)
        self._timer = None
        await self.flush()

    async def flush(self) -> list[LocalListOutcome]:
        """Run the requested resync now (the timer does this by itself)."""
        if self._timer is not None and self._timer is not asyncio.current_task():
            self._timer.cancel()
            self._timer = None
        everyone, wanted = self._pending_all, set(self._pending)
        self._pending_all, self._pending, self._first_request = False, set(), None
        if not everyone and not wanted:
            return []
        targets = await self._eligible(None if everyone else wanted)
        outcomes = await asyncio.gather(*(self._auto_sync(cid) for cid in targets), return_exceptions=True)
        done = []
        for charger_id, outcome in zip(targets, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                log.error("%s: local list resync failed", charger_id, exc_info=outcome)
            else:
                done.append(outcome)
        return done

    async def _eligible(self, wanted: set[str] | None) -> list[str]:
        booted = {info.charger_id for info in self._transport.sessions() if info.booted}
        enabled = set(await self._storage.local_list_chargers())
        candidates = sorted(booted & enabled if wanted is None else booted & enabled & wanted)
        targets = []
        for charger_id in candidates:
            state = await self._storage.local_list_state(charger_id)
            if state.last_status == "NotSupported" and charger_id not in self._booted:
                continue  # asked again after its next boot (firmware may have changed)
            targets.append(charger_id)
        return targets

    async def _auto_sync(self, charger_id: str) -> LocalListOutcome:
        if charger_id in self._booted:
            self._booted.discard(charger_id)
            try:
                await self.check_version(charger_id)
            except ArthexisError as exc:
                log.info("%s: GetLocalListVersion failed: %s", charger_id, exc)
        return await self.sync(charger_id)

    # ------------------------------------------------------------------ operations

    def _lock(self, charger_id: str) -> asyncio.Lock:
        return self._locks.setdefault(charger_id, asyncio.Lock())

    async def state(self, charger_id: str) -> LocalListState:
        return await self._storage.local_list_state(charger_id)

    async def set_enabled(self, charger_id: str, enabled: bool) -> None:
        """Turn the charger's "local list" setting on or off (on: resync it soon)."""
        record = await self._storage.charger(charger_id)
        if record is None:
            raise NotFoundError(f"charger {charger_id!r} is not known")
        await self._storage.update_charger_settings(charger_id, replace(record.settings, local_list=enabled))
        if enabled:
            self.request_resync([charger_id])

    async def check_version(self, charger_id: str) -> LocalListState:
        """Ask the charger its list version (GetLocalListVersion) and remember the answer.
        Raises what ``call`` raises (not connected, timeout, CALLERROR)."""
        async with self._lock(charger_id):
            reply = await self._transport.call(charger_id, "GetLocalListVersion", {})
            version = reply.get("listVersion")
            if type(version) is not int:
                raise NotFoundError(f"{charger_id} answered GetLocalListVersion without a version")
            return await self._storage.record_local_list_version(charger_id, version)

    async def sync(self, charger_id: str, *, full: bool = False) -> LocalListOutcome:
        """Bring the charger's list up to date now: Full when asked or needed, else Differential
        (nothing is sent when nothing changed). Failures are recorded and returned, not raised."""
        async with self._lock(charger_id):
            return await self._sync(charger_id, full=full)

    async def _sync(self, charger_id: str, *, full: bool) -> LocalListOutcome:
        state = await self._storage.local_list_state(charger_id)
        desired = await self._storage.desired_local_list()
        version = max(state.version, state.checked_version or 0) + 1
        if full or state.full_needed:
            update_type, items = FULL, [authorization_data(entry) for entry in desired]
        else:
            changed, removed = local_list_changes(
                {entry.uid: entry for entry in desired}, {entry.uid: entry for entry in state.entries}
            )
            if not changed and not removed:
                return LocalListOutcome(charger_id, "", state.version, "unchanged")
            update_type = DIFFERENTIAL
            items = [authorization_data(entry) for entry in changed] + [{"idTag": uid} for uid in removed]
        payload = {"listVersion": version, "updateType": update_type, "localAuthorizationList": items}
        try:
            reply = await self._transport.call(charger_id, "SendLocalList", payload)
        except ArthexisError as exc:
            # It may or may not have applied it: only a Full update can be trusted next time.
            await self._storage.record_local_list_refused(charger_id, status="error", error=str(exc))
            return self._sent(
                LocalListOutcome(charger_id, update_type, version, "error", len(items), str(exc))
            )
        status = str(reply.get("status", ""))
        if status == "Accepted":
            await self._storage.record_local_list_accepted(charger_id, version=version, entries=desired)
        else:
            await self._storage.record_local_list_refused(charger_id, status=status or "error")
        log.info(
            "%s: SendLocalList %s v%d (%d entries): %s", charger_id, update_type, version, len(items), status
        )
        return self._sent(LocalListOutcome(charger_id, update_type, version, status, len(items)))

    def _sent(self, outcome: LocalListOutcome) -> LocalListOutcome:
        self._bus.publish(
            LocalListSent(
                outcome.charger_id, outcome.update_type, outcome.version, outcome.status, outcome.error
            )
        )
        return outcome
