"""Timestamp parsing and plausibility rules for what chargers send.

All stored times are timezone-aware UTC. A charger clock that is obviously wrong (no RTC after a
power cut reports 1970 or 2000; a clock far in the future) is replaced by the receive time, and the
replacement is reported so it can be flagged.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

# Nothing OCPP-J existed before this; older stamps come from a clock that was never set.
EARLIEST_PLAUSIBLE = datetime(2015, 1, 1, tzinfo=UTC)
# How far ahead of our clock a charger may be before we distrust it.
MAX_FUTURE_SKEW = timedelta(minutes=10)


def utc_now() -> datetime:
    return datetime.now(UTC)


def parse_ocpp_datetime(text: object) -> datetime | None:
    """Parse an OCPP dateTime; naive values are taken as UTC (the spec mandates UTC).

    Returns ``None`` for anything that is not a parseable string.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def plausible_or_received(text: object, received_at: datetime) -> tuple[datetime, bool]:
    """Return ``(timestamp, replaced)``: the charger's time when plausible, else ``received_at``."""
    parsed = parse_ocpp_datetime(text)
    if parsed is None:
        return received_at, text is not None
    if parsed < EARLIEST_PLAUSIBLE or parsed > received_at + MAX_FUTURE_SKEW:
        return received_at, True
    return parsed, False


def format_ocpp_datetime(value: datetime) -> str:
    """Format as OCPP expects: UTC, millisecond precision, ``Z`` suffix."""
    utc = value.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"
