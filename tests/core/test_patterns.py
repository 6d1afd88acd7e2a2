"""Clipboard text patterns (behaviour §4.2) and the built-in domain patterns."""

import pytest

from arthexis_desktop.core.patterns import (
    BUILTIN_BY_KEY,
    BUILTIN_PATTERNS,
    OCPP16_ERROR_CODES,
    PatternAction,
    PatternError,
    TextPattern,
    compile_mask,
    match_each,
    placeholder_names,
    render,
    scan,
)

# --- the examples of §4.2 ---------------------------------------------------------------------


def test_placeholder_captures_and_result_is_the_filled_mask() -> None:
    found = TextPattern(mask="This is [not] good").search("Indeed, This is very good.")
    assert found is not None
    assert found.text == "This is very good"
    assert dict(found.values) == {"not": "very"}
    assert (found.start, found.end) == (8, 25)


def test_last_placeholder_is_greedy() -> None:
    found = TextPattern(mask="Hello [first] [last]").search("Well, Hello John Doe!")
    assert found is not None
    assert dict(found.values) == {"first": "John", "last": "Doe!"}  # greedy last eats the "!"
    assert found.text == "Hello John Doe!"


def test_earlier_placeholders_are_lazy() -> None:
    found = TextPattern(mask="[a]-[b]").search("x-y-z")
    assert found is not None
    assert dict(found.values) == {"a": "x", "b": "y-z"}


def test_mask_without_placeholders_returns_itself_when_found() -> None:
    found = TextPattern(mask="needle").search("hay needle hay")
    assert found is not None and found.text == "needle" and dict(found.values) == {}
    assert TextPattern(mask="needle").search("hay stack") is None


def test_search_is_unanchored_and_spans_lines() -> None:
    found = TextPattern(mask="id: [id]").search("log line\nid: CP-1\nend")
    assert found is not None
    assert found.values["id"] == "CP-1\nend"  # DOTALL: the greedy last placeholder runs to the end


def test_matching_is_case_sensitive() -> None:
    assert TextPattern(mask="Hello [x]").search("hello world") is None


# --- escaping ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mask", "text", "values"),
    [
        ("a.b*[x]", "a.b*c", {"x": "c"}),
        ("(1+1)? [x] $^|{2}", "(1+1)? yes $^|{2}", {"x": "yes"}),
        # a backslash before anything but a bracket or backslash is literal (Windows paths)
        (r"C:\temp\x[name].txt", r"C:\temp\xfile.txt", {"name": "file"}),
    ],
)
def test_literal_text_is_escaped(mask: str, text: str, values: dict[str, str]) -> None:
    found = TextPattern(mask=mask).search(text)
    assert found is not None and dict(found.values) == values


def test_regex_metacharacters_do_not_act_as_regex() -> None:
    assert TextPattern(mask="a.b*[x]").search("axbbbc") is None
    assert TextPattern(mask="cost $5 [x]").search("cost 5 now") is None


def test_backslash_escapes_brackets() -> None:
    mask = r'\[2,"[uid]","Authorize"\]'
    assert placeholder_names(mask) == ("uid",)
    found = TextPattern(mask=mask).search('frame [2,"abc","Authorize"] end')
    assert found is not None
    assert found.values["uid"] == "abc"
    assert found.text == '[2,"abc","Authorize"]'


# --- invalid masks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mask", "code", "position"),
    [
        ("Hello [first", "unclosed_bracket", 6),
        ("Hello first]", "unmatched_bracket", 11),
        ("a [x] b]", "unmatched_bracket", 7),
        ("[a [b]]", "nested_bracket", 0),
        ("Hello []", "empty_name", 6),
        ("Hello [  ]", "empty_name", 6),
        ("[a] and [a]", "duplicate_name", 8),
        ("", "empty_mask", None),
    ],
)
def test_invalid_masks_raise_pattern_error(mask: str, code: str, position: int | None) -> None:
    with pytest.raises(PatternError) as caught:
        compile_mask(mask)
    assert caught.value.code == code
    assert caught.value.position == position
    assert str(caught.value)
    with pytest.raises(PatternError):
        TextPattern(mask=mask).check()


def test_pattern_error_is_an_arthexis_error_and_a_value_error() -> None:
    from arthexis_desktop.core.errors import ArthexisError

    with pytest.raises(ArthexisError):
        compile_mask("[")
    with pytest.raises(ValueError, match="never closed"):
        compile_mask("[")


def test_action_template_must_use_captured_names() -> None:
    TextPattern(mask="tag [tag]", action=PatternAction.SEARCH_TRANSACTIONS, action_template="[tag]").check()
    with pytest.raises(PatternError) as caught:
        TextPattern(mask="tag [tag]", action=PatternAction.COPY_TEXT, action_template="[uid]").check()
    assert caught.value.code == "unknown_name" and caught.value.name == "uid"


# --- scan / priority ----------------------------------------------------------------------------


def test_scan_takes_the_highest_priority_then_lowest_id() -> None:
    low = TextPattern(mask="Hello [name]", priority=0, pattern_id=1)
    high = TextPattern(mask="Hello [first] [last]", priority=5, pattern_id=2)
    tie = TextPattern(mask="Hello", priority=5, pattern_id=3)
    found = scan([low, tie, high], "Hello John Doe")
    assert found is not None and found.pattern is high
    assert dict(found.values) == {"first": "John", "last": "Doe"}
    # equal priority: lowest pattern_id wins
    found = scan([TextPattern(mask="Hello", priority=5, pattern_id=9), tie], "Hello")
    assert found is not None and found.pattern is tie


def test_scan_falls_through_to_lower_priorities_and_none() -> None:
    patterns = [TextPattern(mask="nope [x]", priority=9), TextPattern(mask="id [x]", priority=1)]
    found = scan(patterns, "id 42")
    assert found is not None and found.pattern is patterns[1]
    assert scan(patterns, "nothing here") is None
    assert scan([], "anything") is None


def test_user_patterns_come_before_builtins() -> None:
    mine = TextPattern(mask="ws://[rest]")
    found = scan([*BUILTIN_PATTERNS, mine], "ws://host/ocpp/CP1")
    assert found is not None and found.pattern is mine


def test_match_each_reports_every_selected_pattern() -> None:
    a, b = TextPattern(mask="foo"), TextPattern(mask="bar [x]")
    results = match_each([a, b], "bar baz")
    assert [(p, m is not None) for p, m in results] == [(a, False), (b, True)]


def test_action_argument_renders_the_template() -> None:
    pattern = TextPattern(
        mask="Charger [charger] fault [code]",
        action=PatternAction.COPY_TEXT,
        action_template="[code] on [charger] ([code])",
    )
    found = pattern.search("Charger CP-7 fault GroundFailure")
    assert found is not None
    assert found.action is PatternAction.COPY_TEXT
    assert found.action_argument == "GroundFailure on CP-7 (GroundFailure)"
    plain = TextPattern(mask="x").search("x")
    assert plain is not None and plain.action_argument == ""


# --- render -------------------------------------------------------------------------------------


def test_render_fills_and_repeats_names() -> None:
    assert render("[a]/[b]/[a]", {"a": "1", "b": "2"}) == "1/2/1"
    assert render(r"literal \[x\]", {}) == "literal [x]"


def test_render_missing_names_is_a_clear_error() -> None:
    with pytest.raises(PatternError, match=r"no value for \[b\], \[c\]") as caught:
        render("[a] [b] [c] [b]", {"a": "1"})
    assert caught.value.code == "missing_value"
    with pytest.raises(PatternError):
        render("[a", {"a": "1"})


# --- built-in domain patterns --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "charger", "port"),
    [
        ("ws://10.0.0.5:9000/ocpp/CP-042", "CP-042", "9000"),
        ("point it at wss://csms.example.com/ocpp/16/CP%20001/ please", "CP 001", ""),
        ("see (ws://host/ocpp/CP1).", "CP1", ""),
        ("WS://host:80/a.b/CP.1?token=x", "CP.1", "80"),
        ("ws://[::1]:9000/CP9", "CP9", "9000"),
    ],
)
def test_builtin_charger_id_in_ocpp_url(text: str, charger: str, port: str) -> None:
    found = BUILTIN_BY_KEY["ocpp_url"].search(text)
    assert found is not None
    assert found.values["charger"] == charger
    assert found.values["port"] == port
    assert found.action is PatternAction.OPEN_CHARGER
    assert found.action_argument == charger


@pytest.mark.parametrize("text", ["ws://host/", "http://host/ocpp/CP1", "ws://host/%0A", "xws://host/CP1"])
def test_builtin_ocpp_url_rejects(text: str) -> None:
    assert BUILTIN_BY_KEY["ocpp_url"].search(text) is None


@pytest.mark.parametrize(
    ("text", "uid"),
    [
        ("tag 04A1B2C3 presented", "04A1B2C3"),
        ("uid: 04:a1:b2:c3", "04A1B2C3"),
        ("04-A1-B2-C3-D4-E5-F6", "04A1B2C3D4E5F6"),
        ("card 04 A1 B2 C3 D4 E5 F6 07 08 09", "04A1B2C3D4E5F6070809"),
    ],
)
def test_builtin_rfid_uid(text: str, uid: str) -> None:
    found = BUILTIN_BY_KEY["rfid_uid"].search(text)
    assert found is not None and found.values["uid"] == uid
    assert found.action is PatternAction.FIND_RFID and found.action_argument == uid


@pytest.mark.parametrize(
    "text",
    [
        "04A1B2C3D",  # 9 hex digits
        "04A1B2C3D4",  # 10
        "date 2025-01-01",  # all decimal: dates and phone numbers are not tags
        "call 81234567",
        "xx04A1B2C3",  # glued to a longer hex run
    ],
)
def test_builtin_rfid_uid_rejects(text: str) -> None:
    assert BUILTIN_BY_KEY["rfid_uid"].search(text) is None


@pytest.mark.parametrize(
    ("text", "vin"),
    [("VIN 1HGCM82633A004352.", "1HGCM82633A004352"), ("wba3a5c51cf256985", "WBA3A5C51CF256985")],
)
def test_builtin_vin(text: str, vin: str) -> None:
    found = BUILTIN_BY_KEY["vin"].search(text)
    assert found is not None and found.values["vin"] == vin


@pytest.mark.parametrize(
    "text",
    [
        "1HGCM82633A00435",  # 16 characters
        "1HGCM82633A0043521",  # 18
        "1HGCM82633I004352",  # contains I
        "1HGCM82O33A004352",  # contains O
        "12345678901234567",  # digits only
    ],
)
def test_builtin_vin_rejects(text: str) -> None:
    assert BUILTIN_BY_KEY["vin"].search(text) is None


def test_builtin_ocpp_error_codes() -> None:
    assert len(OCPP16_ERROR_CODES) == 15  # the 16 values of ChargePointErrorCode minus NoError
    for code in OCPP16_ERROR_CODES:
        found = BUILTIN_BY_KEY["ocpp_error_code"].search(f'{{"errorCode": "{code}"}}')
        assert found is not None and found.values["error_code"] == code
    assert BUILTIN_BY_KEY["ocpp_error_code"].search('"errorCode": "NoError"') is None
    assert BUILTIN_BY_KEY["ocpp_error_code"].search("MyGroundFailures") is None


def test_builtin_priorities_charger_url_before_rfid() -> None:
    found = scan(BUILTIN_PATTERNS, "ws://host/ocpp/04A1B2C3")
    assert found is not None and found.pattern is BUILTIN_BY_KEY["ocpp_url"]
    found = scan(BUILTIN_PATTERNS, "tag 04A1B2C3 at charger CP-1")
    assert found is not None and found.pattern is BUILTIN_BY_KEY["rfid_uid"]
