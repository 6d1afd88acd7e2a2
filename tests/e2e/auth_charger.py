"""A real ``ocpp`` 1.6 charge point that keeps a local authorization list and reservations the
way the specification describes, so tests can check what the central system sent."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest_asyncio
from ocpp.routing import on
from ocpp.v16 import call_result
from ocpp.v16.enums import Action
from websockets.exceptions import ConnectionClosed

from tests.fixtures.broker import RawClient, SimCharger


class AuthCharger(SimCharger):
    """Local list (Full / Differential with version checks), reservations, ClearCache."""

    def __init__(self, charger_id: str, ws: Any) -> None:
        super().__init__(charger_id, ws)
        self.list_version = 0
        self.local_list: dict[str, dict[str, Any]] = {}  # idTag -> idTagInfo (snake_case keys)
        self.send_local_list_answer: str | None = None  # force Failed / NotSupported
        self.reserve_answer = "Accepted"
        self.reservations: dict[int, dict[str, Any]] = {}

    @on(Action.send_local_list)
    async def on_send_local_list(
        self,
        list_version: int,
        update_type: str,
        local_authorization_list: list[dict[str, Any]] | None = None,
    ) -> call_result.SendLocalList:
        entries = local_authorization_list or []
        await self._record(
            "SendLocalList", {"list_version": list_version, "update_type": update_type, "entries": entries}
        )
        if self.send_local_list_answer is not None:
            return call_result.SendLocalList(status=self.send_local_list_answer)
        if update_type == "Full":
            self.local_list = {e["id_tag"]: e["id_tag_info"] for e in entries}
        else:
            if list_version <= self.list_version:
                return call_result.SendLocalList(status="VersionMismatch")
            for entry in entries:
                if "id_tag_info" in entry:
                    self.local_list[entry["id_tag"]] = entry["id_tag_info"]
                else:
                    self.local_list.pop(entry["id_tag"], None)
        self.list_version = list_version
        return call_result.SendLocalList(status="Accepted")

    @on(Action.get_local_list_version)
    async def on_get_local_list_version(self) -> call_result.GetLocalListVersion:
        await self._record("GetLocalListVersion", {})
        return call_result.GetLocalListVersion(list_version=self.list_version)

    @on(Action.reserve_now)
    async def on_reserve_now(self, **kwargs: Any) -> call_result.ReserveNow:
        await self._record("ReserveNow", kwargs)
        if self.reserve_answer == "Accepted":
            self.reservations[kwargs["reservation_id"]] = kwargs
        return call_result.ReserveNow(status=self.reserve_answer)

    @on(Action.cancel_reservation)
    async def on_cancel_reservation(self, reservation_id: int) -> call_result.CancelReservation:
        await self._record("CancelReservation", {"reservation_id": reservation_id})
        found = self.reservations.pop(reservation_id, None) is not None
        return call_result.CancelReservation(status="Accepted" if found else "Rejected")

    @on(Action.clear_cache)
    async def on_clear_cache(self) -> call_result.ClearCache:
        await self._record("ClearCache", {})
        return call_result.ClearCache(status="Accepted")

    def sent(self, action: str) -> list[dict[str, Any]]:
        return [payload for name, payload in self.received if name == action]


ConnectAuthCharger = Callable[..., Awaitable[AuthCharger]]


@pytest_asyncio.fixture
async def connect_auth_cp(
    connect_raw: Callable[..., Awaitable[RawClient]],
) -> AsyncIterator[ConnectAuthCharger]:
    tasks: list[asyncio.Task[None]] = []

    async def factory(url: str, charger_id: str | None = None) -> AuthCharger:
        raw = await connect_raw(url)
        charger = AuthCharger(charger_id or url.rsplit("/", 1)[-1], raw.ws)

        async def run() -> None:
            with contextlib.suppress(ConnectionClosed):
                await charger.start()

        tasks.append(asyncio.create_task(run()))
        return charger

    yield factory
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
