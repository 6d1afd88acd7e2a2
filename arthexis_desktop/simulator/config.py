"""What one simulated charger is: identity, electrics, EV, session plan, network behaviour."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from arthexis_desktop.core.errors import ConfigurationError

STOP_REASONS = ("Local", "EVDisconnected", "Other")
ERROR_CODES = (
    "ConnectorLockFailure",
    "EVCommunicationError",
    "GroundFailure",
    "HighTemperature",
    "InternalError",
    "OtherError",
    "OverCurrentFailure",
    "OverVoltage",
    "PowerMeterFailure",
    "PowerSwitchFailure",
    "ReaderFailure",
    "UnderVoltage",
)


def charger_id_for(prefix: str, number: int) -> str:
    """``SIM`` and 1 give ``SIM-0001``."""
    return f"{prefix}-{number:04d}"


def validate_base_url(url: str) -> str:
    """Return ``url`` without a trailing slash, or raise ConfigurationError if it is not ws(s)://host."""
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise ConfigurationError(f"malformed URL {url!r}: {exc}") from exc
    if parts.scheme not in ("ws", "wss"):
        raise ConfigurationError(f"URL must start with ws:// or wss://, got {url!r}")
    if not parts.hostname:
        raise ConfigurationError(f"URL has no host: {url!r}")
    if port == 0:
        raise ConfigurationError(f"URL has port 0: {url!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"URL must not carry a query or fragment: {url!r}")
    return url.rstrip("/")


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionPlan:
    """When the simulated driver plugs in, how long they charge and when they come back.

    A session ends at ``duration_s`` or ``target_energy_wh``, whichever comes first; with neither it
    ends when the battery is full. ``max_sessions`` counts automatic sessions per connector
    (``None`` repeats forever, ``0`` only charges when the CSMS sends RemoteStartTransaction).
    """

    idle_s: float = 5.0  # after boot, before the first session
    duration_s: float | None = 300.0
    target_energy_wh: float | None = None
    pause_s: float = 30.0  # between sessions
    unplug_s: float = 2.0  # time spent in Finishing before the connector is Available again
    max_sessions: int | None = None
    stop_reason: str = "EVDisconnected"

    def __post_init__(self) -> None:
        for name in ("idle_s", "pause_s", "unplug_s"):
            if getattr(self, name) < 0:
                raise ConfigurationError(f"session plan: {name} must not be negative")
        if self.duration_s is not None and self.duration_s <= 0:
            raise ConfigurationError("session plan: duration_s must be positive")
        if self.target_energy_wh is not None and self.target_energy_wh <= 0:
            raise ConfigurationError("session plan: target_energy_wh must be positive")
        if self.max_sessions is not None and self.max_sessions < 0:
            raise ConfigurationError("session plan: max_sessions must not be negative")
        if self.stop_reason not in STOP_REASONS:
            raise ConfigurationError(f"session plan: stop_reason must be one of {', '.join(STOP_REASONS)}")


@dataclass(frozen=True, slots=True, kw_only=True)
class ReconnectPolicy:
    """Capped exponential backoff with jitter between connection attempts.

    ``give_up_after`` failed attempts *before the first successful connection* make the charger
    give up (an unreachable server); once connected it retries for ever. ``None`` never gives up.
    """

    initial_s: float = 0.5
    max_s: float = 30.0
    factor: float = 2.0
    jitter: float = 0.25  # +- this fraction of the delay
    give_up_after: int | None = None

    def __post_init__(self) -> None:
        if self.initial_s < 0 or self.max_s < self.initial_s or self.factor < 1:
            raise ConfigurationError("reconnect: need 0 <= initial_s <= max_s and factor >= 1")
        if not 0 <= self.jitter < 1:
            raise ConfigurationError("reconnect: jitter must be in [0, 1)")
        if self.give_up_after is not None and self.give_up_after < 1:
            raise ConfigurationError("reconnect: give_up_after must be at least 1")

    def delay_s(self, attempt: int, rng: random.Random) -> float:
        """Delay before retry number ``attempt`` (1 = first retry)."""
        base = min(self.max_s, self.initial_s * self.factor ** max(0, attempt - 1))
        return max(0.0, base * (1 + rng.uniform(-self.jitter, self.jitter)))


@dataclass(frozen=True, slots=True, kw_only=True)
class FaultPlan:
    """Demo fault: ``connector_id`` goes Faulted with ``error_code`` for ``duration_s``."""

    connector_id: int = 1
    after_s: float = 60.0  # after the first accepted boot
    duration_s: float = 15.0
    error_code: str = "GroundFailure"
    every_s: float | None = None  # repeat period (from the end of one fault); None = once

    def __post_init__(self) -> None:
        if self.error_code not in ERROR_CODES:
            raise ConfigurationError(f"fault: unknown error code {self.error_code!r}")
        if self.after_s < 0 or self.duration_s <= 0 or (self.every_s is not None and self.every_s <= 0):
            raise ConfigurationError("fault: after_s >= 0, duration_s > 0 and every_s > 0 are required")


@dataclass(frozen=True, slots=True, kw_only=True)
class SimulatorConfig:
    """One simulated OCPP 1.6 charge point. It connects to ``url`` + "/" + ``charger_id``."""

    url: str
    charger_id: str = "SIM-0001"
    connectors: int = 1
    id_tag: str = "F1A2B3C4"
    vendor: str = "Arthexis"
    model: str = "Simulator"
    serial: str | None = None  # default: the charger id
    firmware: str = "arthexis-sim/1.0"
    # Sampling and keep-alive (ChangeConfiguration can change both while running).
    meter_interval_s: float = 5.0
    heartbeat_interval_s: float | None = None  # None: take the interval from BootNotification.conf
    clock_aligned_interval_s: float | None = None  # None: 12 x meter interval; 0: off
    # Electrics: 7.4 kW 1-phase is 32 A at 230 V; 11 / 22 kW 3-phase are 16 / 32 A per phase.
    power_kw: float = 7.4
    phases: int = 1
    voltage_v: float = 230.0
    ramp_up_s: float = 4.0  # EV seconds from 0 to full current
    # The EV that plugs in.
    battery_kwh: float = 60.0
    start_soc_percent: float = 20.0
    taper_soc_percent: float = 80.0
    # Simulated EV seconds per real second: 60 shows a whole charge (taper included) in minutes.
    # Session times in ``plan`` stay wall-clock; timestamps are always the real time.
    time_scale: float = 1.0
    plan: SessionPlan = field(default_factory=SessionPlan)
    fault: FaultPlan | None = None
    seed: int | None = None  # same seed + same config = same meter values
    # Network.
    connect_timeout_s: float = 10.0
    response_timeout_s: float = 30.0
    boot_retry_s: float = 30.0  # when Pending/Rejected comes with interval 0
    reconnect: ReconnectPolicy = field(default_factory=ReconnectPolicy)

    def __post_init__(self) -> None:
        object.__setattr__(self, "url", validate_base_url(self.url))
        if not self.charger_id or "/" in self.charger_id or len(self.charger_id) > 48:
            raise ConfigurationError(f"invalid charger id {self.charger_id!r}")
        if self.connectors not in (1, 2):
            raise ConfigurationError("a simulated charger has 1 or 2 connectors")
        if self.phases not in (1, 3):
            raise ConfigurationError("phases must be 1 or 3")
        if not self.vendor or len(self.vendor) > 20 or not self.model or len(self.model) > 20:
            raise ConfigurationError("vendor and model must be 1 to 20 characters (OCPP CiString20)")
        if not self.id_tag or len(self.id_tag) > 20:
            raise ConfigurationError("id_tag must be 1 to 20 characters (OCPP IdToken)")
        positive = (
            "meter_interval_s",
            "power_kw",
            "voltage_v",
            "battery_kwh",
            "connect_timeout_s",
            "time_scale",
        )
        for name in (*positive, "response_timeout_s", "boot_retry_s"):
            if getattr(self, name) <= 0:
                raise ConfigurationError(f"{name} must be positive")
        if self.heartbeat_interval_s is not None and self.heartbeat_interval_s <= 0:
            raise ConfigurationError("heartbeat_interval_s must be positive")
        if self.clock_aligned_interval_s is not None and self.clock_aligned_interval_s < 0:
            raise ConfigurationError("clock_aligned_interval_s must not be negative")
        if self.ramp_up_s < 0:
            raise ConfigurationError("ramp_up_s must not be negative")
        if not 0 <= self.start_soc_percent < 100 or not 0 < self.taper_soc_percent < 100:
            raise ConfigurationError(
                "start_soc_percent must be in [0, 100) and taper_soc_percent in (0, 100)"
            )
        if self.fault is not None and not 1 <= self.fault.connector_id <= self.connectors:
            raise ConfigurationError("fault: connector_id does not exist on this charger")

    @property
    def charger_url(self) -> str:
        return f"{self.url}/{self.charger_id}"

    @property
    def clock_interval_s(self) -> float:
        if self.clock_aligned_interval_s is None:
            return 12 * self.meter_interval_s
        return self.clock_aligned_interval_s

    @property
    def max_current_a(self) -> float:
        """Current per phase at rated power and nominal voltage."""
        return self.power_kw * 1000 / (self.voltage_v * self.phases)

    def rng(self, purpose: str) -> random.Random:
        """A random stream for one purpose (e.g. ``"connector-1"``): seeded runs are reproducible
        and streams do not disturb one another."""
        if self.seed is None:
            return random.Random()
        return random.Random(f"{self.seed}:{self.charger_id}:{purpose}")
