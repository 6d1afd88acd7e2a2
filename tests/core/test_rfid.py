import pytest

from arthexis_desktop.core.rfid import is_hex_uid, match_candidates, normalize_uid, reversed_uid


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("04a1b2c3", "04A1B2C3"), (" 04 A1\tB2 c3\n", "04A1B2C3"), ("", ""), ("abc-1", "ABC-1")],
)
def test_normalize_strips_whitespace_and_uppercases(raw: str, expected: str) -> None:
    assert normalize_uid(raw) == expected


def test_reversed_uid_reverses_bytes_not_characters() -> None:
    assert reversed_uid("04A1B2C3") == "C3B2A104"
    assert reversed_uid("04A1B2C3D4E5F6") == "F6E5D4C3B2A104"


def test_reversed_uid_of_odd_or_non_hex_value_reverses_characters() -> None:
    assert reversed_uid("ABC") == "CBA"
    assert reversed_uid("STRICT-TAG") == "GAT-TCIRTS"


def test_match_candidates_exact_then_reversed_and_never_a_prefix() -> None:
    assert match_candidates("04 a1 b2 c3") == ("04A1B2C3", "C3B2A104")
    # a palindromic byte order gives one candidate
    assert match_candidates("AAAA") == ("AAAA",)
    assert match_candidates("   ") == ()
    # the original suite matched any tag sharing the first 8 hex digits; we do not
    assert all(len(c) == 14 for c in match_candidates("04A1B2C3D4E5F6"))


def test_is_hex_uid() -> None:
    assert is_hex_uid("04A1B2")
    assert not is_hex_uid("04a1")  # not normalised
    assert not is_hex_uid("")
