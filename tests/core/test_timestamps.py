from datetime import UTC, datetime, timedelta, timezone

import pytest

from arthexis_desktop.core.timestamps import format_ocpp_datetime, parse_ocpp_datetime, plausible_or_received

NOW = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-25T11:59:00Z", datetime(2026, 11, 25, 11, 59, tzinfo=UTC)),
        ("2026-11-25T11:59:00.123z", datetime(2026, 11, 25, 11, 59, 0, 123000, tzinfo=UTC)),
        ("2026-11-25T05:59:00-06:00", datetime(2026, 11, 25, 11, 59, tzinfo=UTC)),
        ("2026-11-25T11:59:00", datetime(2026, 11, 25, 11, 59, tzinfo=UTC)),  # naive = UTC
    ],
)
def test_parse(text: str, expected: datetime) -> None:
    assert parse_ocpp_datetime(text) == expected


@pytest.mark.parametrize("text", [None, "", "yesterday", 12, "2026-13-01T00:00:00Z"])
def test_parse_rejects_garbage(text: object) -> None:
    assert parse_ocpp_datetime(text) is None


def test_plausible_timestamp_is_kept() -> None:
    ts, replaced = plausible_or_received("2026-11-20T00:00:00Z", NOW)
    assert ts == datetime(2026, 11, 20, tzinfo=UTC) and not replaced


@pytest.mark.parametrize(
    "text", ["1970-01-01T00:00:00Z", "2000-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "garbage"]
)
def test_implausible_timestamp_falls_back_to_receive_time(text: str) -> None:
    assert plausible_or_received(text, NOW) == (NOW, True)


def test_missing_timestamp_uses_receive_time_without_flag() -> None:
    assert plausible_or_received(None, NOW) == (NOW, False)


def test_small_forward_skew_is_tolerated() -> None:
    ahead = NOW + timedelta(minutes=5)
    assert plausible_or_received(ahead.isoformat(), NOW) == (ahead, False)


def test_format_is_utc_millis_z() -> None:
    local = datetime(2026, 11, 25, 6, 0, 0, 123456, tzinfo=timezone(timedelta(hours=-6)))
    assert format_ocpp_datetime(local) == "2026-11-25T12:00:00.123Z"
