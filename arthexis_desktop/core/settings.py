"""Broker settings: a typed value with validation (the settings dialog and the CLI build it)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from arthexis_desktop.core.errors import ConfigurationError
from arthexis_desktop.core.model import AdmissionPolicy, AuthorizationPolicy

DEFAULT_PORT = 9000


@dataclass(frozen=True, slots=True)
class BrokerSettings:
    host: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    # WebSocket keep-alive; ``None`` disables pings (for chargers that do not answer them).
    ping_interval_s: float | None = 20.0
    ping_timeout_s: float | None = 20.0
    admission_policy: AdmissionPolicy = AdmissionPolicy.ACCEPT_KNOWN
    authorization_policy: AuthorizationPolicy = AuthorizationPolicy.ALLOWLIST
    strict_validation: bool = True  # per-charger lenient mode overrides
    heartbeat_interval_s: int = 300  # told to chargers in BootNotification.conf
    pending_retry_s: int = 30  # BootNotification interval while pending/rejected
    call_timeout_s: float = 30.0  # CSMS -> charger call timeout
    boot_grace_s: float = 60.0  # a known accepted charger that never boots is trusted after this
    max_frame_bytes: int = 256 * 1024  # larger frames get a CALLERROR and are dropped
    frame_log_limit: int = 1000  # raw frames kept per charger
    validate_replies: bool = False  # schema-check our own replies (tests turn this on)

    def validated(self) -> BrokerSettings:
        """Return self, or raise ``ConfigurationError`` naming the first bad value."""
        if not 0 <= self.port <= 65535:
            raise ConfigurationError(f"port must be between 0 and 65535, not {self.port}")
        for name in ("ping_interval_s", "ping_timeout_s"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ConfigurationError(f"{name} must be positive or off, not {value}")
        if self.heartbeat_interval_s < 1:
            raise ConfigurationError("heartbeat interval must be at least 1 s")
        if self.pending_retry_s < 1:
            raise ConfigurationError("pending retry interval must be at least 1 s")
        if self.call_timeout_s <= 0:
            raise ConfigurationError("call timeout must be positive")
        if self.boot_grace_s < 0:
            raise ConfigurationError("boot grace period cannot be negative")
        if self.max_frame_bytes < 1024:
            raise ConfigurationError("maximum frame size must be at least 1024 bytes")
        if self.frame_log_limit < 10:
            raise ConfigurationError("frame log limit must be at least 10 frames per charger")
        return self

    def with_changes(self, **changes: object) -> BrokerSettings:
        return replace(self, **changes).validated()  # type: ignore[arg-type]
