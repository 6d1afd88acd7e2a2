"""The pure keyboard-wedge detector and the scan debouncer (arthexis_desktop.core.wedge).

They live in core; the tests sit with the reader tests that use them.
"""

from __future__ import annotations

import pytest

from arthexis_desktop.core.wedge import (
    ScanDebouncer,
    WedgeConfig,
    WedgeDetector,
    burst_to_uid,
    decimal_to_hex_uid,
)

pytestmark = pytest.mark.timeout(10)

FAST = 0.008  # a wedge reader types a character every few milliseconds
SLOW = 0.150  # a quick human typist


def typed(detector: WedgeDetector, text: str, *, gap_s: float, start_s: float = 100.0) -> list[str]:
    return [scan.uid for scan in detector.feed_text(text, start_s, gap_s=gap_s)]


@pytest.mark.parametrize(
    ("burst", "uid"),
    [
        ("04a1b2c3\n", "04A1B2C3"),
        ("04A1B2C3D4E5F6\r", "04A1B2C3D4E5F6"),
        ("0102030405060708090A\n", "0102030405060708090A"),
    ],
)
def test_fast_burst_of_hex_ending_in_enter_is_a_scan(burst: str, uid: str) -> None:
    assert typed(WedgeDetector(), burst, gap_s=FAST) == [uid]


def test_scan_carries_the_raw_text_and_the_time_of_enter() -> None:
    (scan,) = WedgeDetector().feed_text("04a1b2c3\n", 10.0, gap_s=0.01)
    assert (scan.uid, scan.raw, scan.at_s) == ("04A1B2C3", "04a1b2c3", pytest.approx(10.08))


def test_slow_typing_is_ordinary_text() -> None:
    assert typed(WedgeDetector(), "04A1B2C3\n", gap_s=SLOW) == []


def test_a_pause_inside_the_burst_or_before_enter_is_not_a_scan() -> None:
    detector = WedgeDetector()
    assert detector.feed_text("04A1", 0.0, gap_s=FAST) == []
    assert detector.feed_text("B2C3\n", 1.0, gap_s=FAST) == []  # only 4 fast digits after the pause
    assert detector.feed_text("04A1B2C3", 2.0, gap_s=FAST) == []
    assert detector.feed("\n", 2.5) is None  # Enter pressed by hand later


def test_hand_typed_text_before_a_burst_does_not_spoil_it() -> None:
    detector = WedgeDetector()
    detector.feed_text("abc", 0.0, gap_s=SLOW)
    assert typed(detector, "04A1B2C3\n", gap_s=FAST, start_s=5.0) == ["04A1B2C3"]


@pytest.mark.parametrize(
    "burst", ["04A1B2\n", "04A1-B2C3\n", "04A1B2C3D4E5F60102030405\n", "\n", "ghijklmn\n"]
)
def test_too_short_too_long_or_non_hex_bursts_are_not_scans(burst: str) -> None:
    assert typed(WedgeDetector(), burst, gap_s=FAST) == []


def test_gap_and_length_are_configurable() -> None:
    config = WedgeConfig(max_gap_s=0.2, min_length=4)
    assert typed(WedgeDetector(config), "04A1\n", gap_s=0.1) == ["04A1"]
    with pytest.raises(ValueError):
        WedgeConfig(min_length=0)
    with pytest.raises(ValueError):
        WedgeConfig(max_gap_s=0)


@pytest.mark.parametrize(
    ("decimal", "byte_order", "uid"),
    [
        ("0012345678", "big", "00BC614E"),
        ("0012345678", "little", "4E61BC00"),
        ("4294967295", "big", "FFFFFFFF"),
        ("0000000000", "big", "00000000"),
    ],
)
def test_ten_digit_decimal_form_is_converted_to_a_4_byte_hex_uid(
    decimal: str, byte_order: str, uid: str
) -> None:
    assert decimal_to_hex_uid(decimal, byte_order=byte_order) == uid  # type: ignore[arg-type]
    detector = WedgeDetector(WedgeConfig(byte_order=byte_order))  # type: ignore[arg-type]
    assert typed(detector, decimal + "\n", gap_s=FAST) == [uid]


def test_decimal_mode_never_keeps_ten_digits_as_hex_and_always_refuses_hex() -> None:
    assert burst_to_uid("0012345678", WedgeConfig(decimal="never")) == "0012345678"
    assert burst_to_uid("04A1B2C3", WedgeConfig(decimal="always")) is None
    assert burst_to_uid("0012345678", WedgeConfig(decimal="always")) == "00BC614E"
    # ten digits that do not fit in 4 bytes are a 5-byte hex UID (EM4100 readers), not decimal
    assert burst_to_uid("9912345678", WedgeConfig()) == "9912345678"


@pytest.mark.parametrize("text", ["4294967296", "12a4", "", "１２３"])
def test_decimal_conversion_rejects_what_is_not_a_4_byte_number(text: str) -> None:
    with pytest.raises(ValueError):
        decimal_to_hex_uid(text)


def test_held_down_key_never_becomes_a_scan_and_the_buffer_stays_small() -> None:
    detector = WedgeDetector()
    detector.feed_text("1" * 500, 0.0, gap_s=0.03)
    assert len(detector.pending) == detector.config.max_length
    assert detector.feed("\n", 0.03 * 500) is None  # a fast Enter, but the burst overflowed
    assert detector.pending == ""


def test_debouncer_same_uid_within_a_second_is_one_scan() -> None:
    debouncer = ScanDebouncer(window_s=1.0)
    assert debouncer.accept("04A1B2C3", 10.0)
    assert not debouncer.accept("04A1B2C3", 10.9)
    assert debouncer.accept("A1B2C3D4", 10.9)  # another card is its own scan
    assert debouncer.accept("04A1B2C3", 12.0)  # more than 1 s after the last sighting


def test_debouncer_card_left_on_the_reader_is_one_scan() -> None:
    # a wedge reader re-typing the card every 0.5 s, for 5 s: every sighting extends the window
    debouncer = ScanDebouncer(window_s=1.0)
    results = [debouncer.accept("04A1B2C3", 0.5 * i) for i in range(11)]
    assert results == [True] + [False] * 10


def test_debouncer_removal_touch_extends_the_window() -> None:
    debouncer = ScanDebouncer(window_s=1.0)
    assert debouncer.accept("04A1B2C3", 0.0)
    debouncer.touch("04A1B2C3", 5.0)  # removed after 5 s on the reader
    assert not debouncer.accept("04A1B2C3", 5.6)  # put straight back: the same presentation
    assert debouncer.accept("04A1B2C3", 7.0)
    debouncer.touch("FFFFFFFF", 1.0)  # unknown UID: nothing to extend
    assert debouncer.accept("FFFFFFFF", 1.1)


def test_debouncer_forgets_old_uids() -> None:
    debouncer = ScanDebouncer(window_s=1.0)
    for i in range(200):
        debouncer.accept(f"{i:08X}", float(i))
    assert len(debouncer._last_seen) < 100
