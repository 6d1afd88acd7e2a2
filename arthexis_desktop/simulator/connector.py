"""One connector of a simulated charger: its status, its meter and its session loop.

The session loop does not care about the WebSocket: it talks to an :class:`Uplink` that delivers
transaction messages once the charger is online again (a dropped connection only delays them).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol

from ocpp.v16 import call

from arthexis_desktop.core.timestamps import format_ocpp_datetime, utc_now
from arthexis_desktop.simulator import meter
from arthexis_desktop.simulator.config import SimulatorConfig
from arthexis_desktop.simulator.configuration import (
    AUTHORIZE_REMOTE_TX_REQUESTS,
    METER_VALUE_SAMPLE_INTERVAL,
    METER_VALUES_SAMPLED_DATA,
    STOP_TRANSACTION_ON_INVALID_ID,
    STOP_TXN_SAMPLED_DATA,
    ConfigurationStore,
)
from arthexis_desktop.simulator.ev_model import ChargingModel, MeterSample, idle_sample
from arthexis_desktop.simulator.tasks import wait_event

log = logging.getLogger(__name__)


class Uplink(Protocol):
    """What a connector needs from its charger."""

    @property
    def stopping(self) -> bool: ...

    async def wait_online(self) -> None: ...

    async def call(self, payload: Any, *, reliable: bool = False) -> Any: ...

    async def report_main_status(self) -> None: ...


def now_text() -> str:
    return format_ocpp_datetime(utc_now())


def _accepted(response: Any) -> bool:
    info = getattr(response, "id_tag_info", None) or {}
    return isinstance(info, dict) and info.get("status") == "Accepted"


class ConnectorRunner:
    """State and session loop of connector ``connector_id`` (1-based)."""

    def __init__(
        self, *, connector_id: int, config: SimulatorConfig, configuration: ConfigurationStore, uplink: Uplink
    ) -> None:
        self.connector_id = connector_id
        self._config = config
        self._plan = config.plan
        self._store = configuration
        self._uplink = uplink
        self._rng = config.rng(f"connector-{connector_id}")
        self.register_wh: float = float(round(self._rng.uniform(1_000, 50_000)))  # a meter with history
        self._ambient_c = round(self._rng.uniform(12.0, 26.0), 1)
        self.status = "Available"
        self.error_code = "NoError"
        self.operative = True
        self.scheduled_inoperative = False
        self.faulted = False
        self._fault_code = "NoError"
        self.busy = False  # from Preparing until the connector is idle again
        self._reserved = False  # a RemoteStartTransaction was accepted for this connector
        self.transaction_id: int | None = None
        self.id_tag: str | None = None
        self._model: ChargingModel | None = None
        self._requests: asyncio.Queue[str] = asyncio.Queue()
        self._stop_requested = False
        self._stop_reason = "Local"
        self._wake = configuration.watch(METER_VALUE_SAMPLE_INTERVAL)  # also set by end_session
        self._hurry = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self.sessions_started = 0
        self.sessions_stopped = 0
        self.energy_delivered_wh = 0.0

    # --- state seen by the CSMS handlers -------------------------------------------------------

    @property
    def free(self) -> bool:
        """No session, no pending remote start, operative and not faulted."""
        return not self.busy and not self._reserved and self.operative and not self.faulted

    @property
    def charging(self) -> bool:
        return self.transaction_id is not None

    def idle_status(self) -> tuple[str, str]:
        if self.faulted:
            return "Faulted", self._fault_code
        return ("Available" if self.operative else "Unavailable"), "NoError"

    def status_payload(self) -> Any:
        return call.StatusNotification(
            connector_id=self.connector_id,
            error_code=self.error_code,
            status=self.status,
            timestamp=now_text(),
        )

    def meter_payload(self, *, context: str = meter.TRIGGER) -> Any:
        """A MeterValues.req with the present reading (for TriggerMessage)."""
        sample = self._model.last if self._model is not None else self._idle_sample()
        value = meter.meter_value(
            sample,
            measurands=self._store.measurands(METER_VALUES_SAMPLED_DATA),
            context=context,
            timestamp=now_text(),
        )
        return call.MeterValues(
            connector_id=self.connector_id, meter_value=[value], transaction_id=self.transaction_id
        )

    def _idle_sample(self) -> MeterSample:
        return idle_sample(
            energy_wh=self.register_wh,
            phases=self._config.phases,
            voltage_v=self._config.voltage_v,
            temperature_c=self._ambient_c,
        )

    # --- commands --------------------------------------------------------------------------------

    def reserve(self) -> bool:
        """Hold the connector for a remote start that was just accepted; False if not free."""
        if not self.free:
            return False
        self._reserved = True
        return True

    def start_reserved(self, id_tag: str) -> None:
        """Begin the session promised by :meth:`reserve` (after the CSMS got its answer)."""
        if self._reserved:
            self._requests.put_nowait(id_tag)

    def release_reservation(self) -> None:
        """Forget a reservation whose session was never requested (the connection dropped)."""
        if self._reserved and self._requests.empty():
            self._reserved = False

    async def end_session(self, reason: str, *, quick: bool = False) -> None:
        """Stop the running session with ``reason`` and wait until the connector is idle again.

        ``quick`` skips the unplug delay (shutdown and reset)."""
        if not self.busy:
            return
        if not self._stop_requested:
            self._stop_requested = True
            self._stop_reason = reason
        if quick:
            self._hurry.set()
        self._wake.set()
        await self._idle.wait()

    def change_availability(self, *, operative: bool) -> str:
        """ChangeAvailability for this connector: Accepted now, or Scheduled after the session."""
        if operative:
            self.scheduled_inoperative = False
            self.operative = True
            return "Accepted"
        if self.busy or self._reserved:
            self.scheduled_inoperative = True
            return "Scheduled"
        self.operative = False
        return "Accepted"

    async def report_idle_status(self) -> None:
        """Send the idle status if it differs from the last one reported (no-op during a session)."""
        status, error_code = self.idle_status()
        if not self.busy and (status, error_code) != (self.status, self.error_code):
            await self._report(status, error_code)

    async def fault(self, *, error_code: str, duration_s: float) -> None:
        """Go Faulted for ``duration_s`` (a running session stops with reason Other)."""
        self.faulted = True
        self._fault_code = error_code
        if self.busy:
            await self.end_session("Other", quick=True)
        else:
            await self.report_idle_status()
        await asyncio.sleep(duration_s)
        self.faulted = False
        self._fault_code = "NoError"
        await self.report_idle_status()

    # --- session loop ----------------------------------------------------------------------------

    async def run(self) -> None:
        """Automatic sessions according to the plan, and remote starts when requested."""
        automatic = 0
        delay_s = self._plan.idle_s
        await self._uplink.wait_online()  # the idle time counts from the first accepted boot
        while True:
            allow_auto = self._plan.max_sessions is None or automatic < self._plan.max_sessions
            remote_tag = await self._next_request(delay_s if allow_auto else None)
            delay_s = self._plan.pause_s
            if self._uplink.stopping:
                self._reserved = False
                continue
            if remote_tag is None and not self.free:
                continue
            id_tag = remote_tag if remote_tag is not None else self._config.id_tag
            try:
                started = await self._session(id_tag, remote=remote_tag is not None)
            except asyncio.CancelledError:
                self._abandon()
                raise
            if started and remote_tag is None:
                automatic += 1

    async def _next_request(self, timeout_s: float | None) -> str | None:
        try:
            async with asyncio.timeout(timeout_s):
                return await self._requests.get()
        except TimeoutError:
            return None

    def _abandon(self) -> None:
        """Forget a session without messages (the charger is being torn down)."""
        self.busy = self._reserved = False
        self.transaction_id = self.id_tag = self._model = None
        self._idle.set()

    async def _session(self, id_tag: str, *, remote: bool) -> bool:
        """One session from Preparing back to idle; True when a transaction was started."""
        self.busy, self._reserved = True, False
        self._stop_requested = False
        self._hurry.clear()
        self._idle.clear()
        await self._uplink.wait_online()
        await self._report("Preparing")
        needs_auth = not remote or self._store.flag(AUTHORIZE_REMOTE_TX_REQUESTS)
        if (needs_auth and not await self._authorize(id_tag)) or self._stop_requested:
            await self._finish(started=False)
            return False
        model = self._new_model()
        start_ts = now_text()
        response = await self._uplink.call(
            call.StartTransaction(
                connector_id=self.connector_id,
                id_tag=id_tag,
                meter_start=round(self.register_wh),
                timestamp=start_ts,
            ),
            reliable=True,
        )
        if response is None:
            await self._finish(started=False)
            return False
        self.transaction_id, self.id_tag, self._model = int(response.transaction_id), id_tag, model
        self.sessions_started += 1
        log.info(
            "%s/%d: transaction %d started", self._config.charger_id, self.connector_id, self.transaction_id
        )
        if not _accepted(response) and self._store.flag(STOP_TRANSACTION_ON_INVALID_ID):
            reason = "DeAuthorized"
        else:
            await self._report("Charging")
            await self._send_meter(model.snapshot(), meter.BEGIN)
            reason = await self._charge(model)
        await self._stop_transaction(model, reason)
        await self._finish(started=True)
        return True

    async def _authorize(self, id_tag: str) -> bool:
        response = await self._uplink.call(call.Authorize(id_tag=id_tag), reliable=True)
        accepted = response is not None and _accepted(response)
        if not accepted:
            log.info("%s/%d: idTag %s not authorized", self._config.charger_id, self.connector_id, id_tag)
        return accepted

    def _new_model(self) -> ChargingModel:
        c = self._config
        start_soc = min(95.0, max(0.0, c.start_soc_percent + self._rng.uniform(-5.0, 5.0)))
        return ChargingModel(
            rng=self._rng,
            energy_wh=self.register_wh,
            max_current_a=c.max_current_a,
            phases=c.phases,
            voltage_v=c.voltage_v,
            battery_kwh=c.battery_kwh,
            start_soc_percent=start_soc,
            ramp_up_s=c.ramp_up_s,
            taper_soc_percent=c.taper_soc_percent,
            ambient_c=self._ambient_c,
        )

    async def _charge(self, model: ChargingModel) -> str:
        """Sample every MeterValueSampleInterval until the plan or a stop request ends the session."""
        loop = asyncio.get_running_loop()
        last = loop.time()
        session_s = 0.0  # wall-clock seconds of charging, in nominal ticks
        while True:
            interval_s = self._store.number(METER_VALUE_SAMPLE_INTERVAL)
            tick_s = interval_s if interval_s > 0 else self._config.meter_interval_s  # 0 = do not send
            self._wake.clear()
            if self._stop_requested:
                return self._stop_reason
            if await wait_event(self._wake, last + tick_s - loop.time()):
                continue  # stop requested or the interval changed: decide again
            last = loop.time()
            was_full = model.full
            session_s += tick_s
            sample = model.advance(tick_s * self._config.time_scale)
            self.energy_delivered_wh += sample.energy_wh - self.register_wh
            self.register_wh = sample.energy_wh
            if interval_s > 0:
                await self._send_meter(sample, meter.PERIODIC)
            if model.full and not was_full:
                await self._report("SuspendedEV")
            reason = self._plan_done(model, session_s)
            if reason is not None:
                return reason

    def _plan_done(self, model: ChargingModel, session_s: float) -> str | None:
        plan = self._plan
        if plan.duration_s is not None and session_s >= plan.duration_s - 1e-9:
            return plan.stop_reason
        if plan.target_energy_wh is not None and model.delivered_wh >= plan.target_energy_wh:
            return plan.stop_reason
        if plan.duration_s is None and plan.target_energy_wh is None and model.full:
            return "EVDisconnected"
        return None

    async def _send_meter(self, sample: MeterSample, context: str) -> None:
        value = meter.meter_value(
            sample,
            measurands=self._store.measurands(METER_VALUES_SAMPLED_DATA),
            context=context,
            timestamp=now_text(),
        )
        payload = call.MeterValues(
            connector_id=self.connector_id, meter_value=[value], transaction_id=self.transaction_id
        )
        await self._uplink.call(payload, reliable=self.transaction_id is not None)

    async def _stop_transaction(self, model: ChargingModel, reason: str) -> None:
        timestamp = now_text()
        end = meter.meter_value(
            model.snapshot(),
            measurands=self._store.measurands(STOP_TXN_SAMPLED_DATA),
            context=meter.END,
            timestamp=timestamp,
        )
        payload = call.StopTransaction(
            meter_stop=round(self.register_wh),
            timestamp=timestamp,
            transaction_id=self.transaction_id,
            reason=reason,
            id_tag=self.id_tag,
            transaction_data=[end] if end["sampledValue"] else None,
        )
        await self._uplink.call(payload, reliable=True)
        self.sessions_stopped += 1
        log.info(
            "%s/%d: transaction %s stopped (%s)",
            self._config.charger_id,
            self.connector_id,
            self.transaction_id,
            reason,
        )

    async def _finish(self, *, started: bool) -> None:
        self.transaction_id = self.id_tag = self._model = None
        if started:
            await self._report("Finishing")
            await wait_event(self._hurry, self._plan.unplug_s)
        scheduled = self.scheduled_inoperative
        if scheduled:
            self.operative, self.scheduled_inoperative = False, False
        await self._report(*self.idle_status())
        if scheduled:
            await self._uplink.report_main_status()
        self.busy = False
        self._idle.set()

    async def _report(self, status: str, error_code: str = "NoError") -> None:
        self.status, self.error_code = status, error_code
        await self._uplink.call(self.status_payload())
