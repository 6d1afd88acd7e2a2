"""Local authorization lists over real sockets: Full then Differential with versions, debounced
automatic resync, VersionMismatch -> Full, NotSupported/Failed, and who gets a list at all."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
import pytest_asyncio
from ocpp.v16 import call

from arthexis_desktop.core.events import LocalListSent
from arthexis_desktop.core.model import AdmissionState, ChargerSettings
from arthexis_desktop.services.commands import CommandService
from arthexis_desktop.services.local_lists import LocalListService
from arthexis_desktop.services.register import RegisterServices
from arthexis_desktop.services.tags import TagService
from tests.e2e.auth_charger import AuthCharger, ConnectAuthCharger
from tests.fixtures.broker import Broker, wait_until

MakeBroker = Callable[..., Awaitable[Broker]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]

EXPIRY = datetime(2031, 1, 1, tzinfo=UTC)


@dataclass
class Setup:
    broker: Broker
    lists: LocalListService
    tags: TagService

    async def charger(self, connect: ConnectAuthCharger, charger_id: str = "LL1") -> AuthCharger:
        cp = await connect(self.broker.url(f"ocpp/{charger_id}"))
        result = await cp.call(call.BootNotification(charge_point_vendor="ACME", charge_point_model="Wall"))
        assert result.status == "Accepted"
        return cp


@pytest_asyncio.fixture
async def setup(make_broker: MakeBroker) -> AsyncIterator[Setup]:
    broker = await make_broker()
    for charger_id, enabled in (("LL1", True), ("LL2", True), ("PLAIN", False)):
        await broker.storage.add_charger(charger_id, AdmissionState.ACCEPTED)
        await broker.storage.update_charger_settings(charger_id, ChargerSettings(local_list=enabled))
    lists = LocalListService(broker.storage, broker.csms, broker.bus, debounce_s=0.25, max_delay_s=2.0)
    tags = TagService(broker.storage, broker.bus)
    await tags.create("AA01", released=True)
    await tags.create("BB02", released=True, expires_at=EXPIRY)
    await tags.create("CC03", released=True, parent_uid="FLEET1")
    await tags.create("DD04")  # not handed over: not listed
    lists.start()
    try:
        yield Setup(broker, lists, tags)
    finally:
        await lists.stop()


def entry(uid: str, status: str = "Accepted", **info: str) -> dict[str, object]:
    """An entry as the ocpp client hands it to its handler (snake_case keys)."""
    return {"id_tag": uid, "id_tag_info": {"status": status, **info}}


async def sends(cp: AuthCharger, count: int) -> list[dict[str, object]]:
    await wait_until(lambda: len(cp.sent("SendLocalList")) >= count, timeout_s=5)
    return cp.sent("SendLocalList")


async def test_full_then_differential_with_versions(
    setup: Setup, connect_auth_cp: ConnectAuthCharger
) -> None:
    cp = await setup.charger(connect_auth_cp)  # the boot triggers GetLocalListVersion, then a Full list
    (full,) = await sends(cp, 1)
    assert cp.sent("GetLocalListVersion") == [{}]
    assert (full["list_version"], full["update_type"]) == (1, "Full")
    assert full["entries"] == [
        entry("AA01"),
        entry("BB02", expiry_date="2031-01-01T00:00:00.000Z"),
        entry("CC03", parent_id_tag="FLEET1"),
    ]
    await wait_until(lambda: bool(setup.broker.events.of(LocalListSent)))
    state = await setup.lists.state("LL1")
    assert (state.version, state.full_needed, len(state.entries)) == (1, False, 3)

    # three register changes in a burst: one Differential update
    await setup.tags.block(["BB02"])
    await setup.tags.release(["DD04"])
    await setup.tags.release(["CC03"], released=False)
    _, differential = await sends(cp, 2)
    assert (differential["list_version"], differential["update_type"]) == (2, "Differential")
    assert differential["entries"] == [
        entry("BB02", "Blocked", expiry_date="2031-01-01T00:00:00.000Z"),  # revoked, not just dropped
        entry("DD04"),
        {"id_tag": "CC03"},  # no idTagInfo: removed
    ]
    await asyncio.sleep(0.4)
    assert len(cp.sent("SendLocalList")) == 2  # debounced
    assert cp.list_version == 2 and set(cp.local_list) == {"AA01", "BB02", "DD04"}
    assert cp.local_list["BB02"]["status"] == "Blocked"

    unchanged = await setup.lists.sync("LL1")
    assert (unchanged.status, unchanged.update_type, unchanged.version) == ("unchanged", "", 2)
    forced = await setup.lists.sync("LL1", full=True)
    assert (forced.status, forced.update_type, forced.version, forced.entries) == ("Accepted", "Full", 3, 3)
    assert (await setup.lists.check_version("LL1")).checked_version == 3
    assert [(e.update_type, e.version, e.status) for e in setup.broker.events.of(LocalListSent)] == [
        ("Full", 1, "Accepted"),
        ("Differential", 2, "Accepted"),
        ("Full", 3, "Accepted"),
    ]


async def test_version_mismatch_makes_the_next_update_full(
    setup: Setup, connect_auth_cp: ConnectAuthCharger
) -> None:
    cp = await setup.charger(connect_auth_cp)
    await sends(cp, 1)
    await wait_until(lambda: bool(setup.broker.events.of(LocalListSent)))
    cp.list_version = 10  # the charger's list changed behind our back
    await setup.tags.create("EE05", released=True)
    await sends(cp, 2)
    await wait_until(lambda: len(setup.broker.events.of(LocalListSent)) == 2)
    state = await setup.lists.state("LL1")
    assert (state.version, state.full_needed, state.last_status) == (1, True, "VersionMismatch")
    recovered = await setup.lists.sync("LL1")
    assert (recovered.update_type, recovered.version, recovered.status) == ("Full", 2, "Accepted")
    assert set(cp.local_list) == {"AA01", "BB02", "CC03", "EE05"}
    # a GetLocalListVersion answer we did not send also forces a Full update
    cp.list_version = 42
    checked = await setup.lists.check_version("LL1")
    assert (checked.version, checked.checked_version, checked.full_needed) == (2, 42, True)
    after_check = await setup.lists.sync("LL1")
    assert (after_check.update_type, after_check.version) == ("Full", 43)


async def test_not_supported_and_failed(setup: Setup, connect_auth_cp: ConnectAuthCharger) -> None:
    cp = await setup.charger(connect_auth_cp)
    cp.send_local_list_answer = "NotSupported"
    await sends(cp, 1)
    await wait_until(lambda: bool(setup.broker.events.of(LocalListSent)))
    state = await setup.lists.state("LL1")
    assert (state.version, state.last_status) == (0, "NotSupported")
    await setup.tags.create("EE05", released=True)  # no automatic retry to a charger without lists
    await asyncio.sleep(0.5)
    assert len(cp.sent("SendLocalList")) == 1
    cp.send_local_list_answer = "Failed"
    failed = await setup.lists.sync("LL1")  # an operator's sync always tries
    assert (failed.status, failed.update_type) == ("Failed", "Full")
    cp.send_local_list_answer = None
    ok = await setup.lists.sync("LL1")
    assert (ok.status, ok.update_type, ok.version) == ("Accepted", "Full", 1)


async def test_only_connected_booted_enabled_chargers_are_resynced(
    setup: Setup, connect_auth_cp: ConnectAuthCharger
) -> None:
    plain = await setup.charger(connect_auth_cp, "PLAIN")  # local list setting off
    listed = await setup.charger(connect_auth_cp, "LL1")  # LL2 is enabled but not connected
    await sends(listed, 1)
    await setup.tags.create("EE05", released=True)
    await sends(listed, 2)
    assert plain.sent("SendLocalList") == [] and plain.sent("GetLocalListVersion") == []
    offline = await setup.lists.sync("LL2")
    assert (offline.status, offline.error) == ("error", "charger 'LL2' is not connected")
    assert (await setup.lists.state("LL2")).version == 0
    await setup.lists.set_enabled("PLAIN", True)
    await sends(plain, 1)
    assert plain.sent("SendLocalList")[0]["update_type"] == "Full"


async def test_clear_cache_does_not_touch_the_list_version(
    setup: Setup, connect_auth_cp: ConnectAuthCharger
) -> None:
    cp = await setup.charger(connect_auth_cp)
    await sends(cp, 1)
    await wait_until(lambda: bool(setup.broker.events.of(LocalListSent)))
    outcome = await CommandService(setup.broker.csms).clear_cache("LL1")
    assert outcome.accepted and cp.sent("ClearCache") == [{}]
    state = await setup.lists.state("LL1")
    assert (state.version, state.full_needed) == (1, False)


async def test_the_bundle_the_app_wires(make_broker: MakeBroker, connect_auth_cp: ConnectAuthCharger) -> None:
    broker = await make_broker()
    await broker.storage.add_charger("LL1", AdmissionState.ACCEPTED)
    await broker.storage.update_charger_settings("LL1", ChargerSettings(local_list=True))
    services = RegisterServices.create(broker.storage, broker.csms, broker.bus, debounce_s=0.05)
    services.start()
    try:
        cp = await Setup(broker, services.local_lists, services.tags).charger(connect_auth_cp)
        enrolled = await services.tags.enrol("04A1B2C3")
        await services.tags.release([enrolled.tag.uid])
        await wait_until(lambda: "04A1B2C3" in cp.local_list, timeout_s=5)
    finally:
        await services.stop()
