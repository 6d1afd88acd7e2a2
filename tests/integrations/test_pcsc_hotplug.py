"""Readers plugged in and pulled out while the service runs (scripted PC/SC layer, no pcscd)."""

from __future__ import annotations

import pytest

from arthexis_desktop.integrations.rfid import ServiceState
from tests.integrations.conftest import make_probe, wait_until
from tests.integrations.scripted_scard import ScriptedScard

ACR = "ACS ACR122U PICC Interface 00 00"
IDENTIV = "Identiv uTrust 3700 F CL Reader 01 00"


@pytest.mark.timeout(15)
@pytest.mark.asyncio
@pytest.mark.parametrize("pnp", [True, False], ids=["pnp-notification", "polling-fallback"])
async def test_readers_come_and_go_without_restarting_the_service(pnp: bool) -> None:
    scard = ScriptedScard(pnp=pnp)
    probe = make_probe(scard=scard)
    probe.service.start()
    try:
        status = await probe.wait_state(ServiceState.NO_READERS)
        assert status.fix is not None and "Plug in" in status.fix

        scard.plug(ACR)
        await probe.wait_state(ServiceState.READY)
        scard.plug(IDENTIV)
        await wait_until(lambda: len(probe.service.status().readers) == 2, what="two readers")

        scard.put(IDENTIV, "04A1B2C3D4E5F6")
        (scan,) = await probe.wait_scans(1)
        assert (scan.reader, scan.uid) == (IDENTIV, "04A1B2C3D4E5F6")

        scard.unplug(IDENTIV)  # pulled out with the card still on it
        await wait_until(
            lambda: [r.name for r in probe.service.status().readers] == [ACR],
            what="the unplugged reader gone",
        )
        scard.put(ACR, "A1B2C3D4")
        scans = await probe.wait_scans(2)
        assert (scans[1].reader, scans[1].uid) == (ACR, "A1B2C3D4")

        scard.unplug(ACR)
        status = await probe.wait_state(ServiceState.NO_READERS)
        assert status.readers == ()
        assert scard.calls.count("SCardEstablishContext") == 1  # one context all along
        assert len(probe.bus_scans) == 2
    finally:
        await probe.service.stop()


@pytest.mark.timeout(10)
@pytest.mark.asyncio
async def test_same_card_moved_to_another_reader_within_a_second_is_one_scan() -> None:
    scard = ScriptedScard()
    scard.plug(ACR)
    scard.plug(IDENTIV)
    probe = make_probe(scard=scard)
    probe.service.start()
    try:
        await probe.wait_state(ServiceState.READY)
        scard.put(ACR, "04A1B2C3")
        await probe.wait_scans(1)
        scard.put(ACR, None)
        scard.put(IDENTIV, "04A1B2C3")
        await wait_until(lambda: any(r.last_uid for r in probe.service.status().readers if r.name == IDENTIV))
        assert len(probe.bus_scans) == 1
    finally:
        await probe.service.stop()


@pytest.mark.timeout(10)
@pytest.mark.asyncio
async def test_pcscd_refusing_the_user_says_so_and_access_granted_later_works() -> None:
    scard = ScriptedScard()
    scard.plug(ACR)
    scard.establish_result = 0x8010006A  # SCARD_W_SECURITY_VIOLATION (polkit)
    probe = make_probe(scard=scard)
    probe.service.start()
    try:
        status = await probe.wait_state(ServiceState.NO_ACCESS)
        assert status.fix is not None and "polkit" in status.fix and "50-arthexis-pcscd.rules" in status.fix
        scard.establish_result = scard.SCARD_S_SUCCESS  # the rule was installed
        await probe.wait_state(ServiceState.READY)
    finally:
        await probe.service.stop()
