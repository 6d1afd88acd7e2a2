"""Frame parsing, peeking and building; error-code tables; subprotocol and charger-id choice."""

from __future__ import annotations

from typing import Any

import pytest

from arthexis_desktop.core.model import ProtocolVersion
from arthexis_desktop.csms.errors import ErrorKind, error_code, kind_for_schema_keyword
from arthexis_desktop.csms.framing import (
    Call,
    CallError,
    CallResult,
    FrameError,
    call_frame,
    error_frame,
    parse_frame,
    peek_frame_start,
    result_frame,
)
from arthexis_desktop.csms.registry import UnsupportedSubprotocolError, choose_subprotocol
from arthexis_desktop.csms.server import charger_id_from_path

pytestmark = pytest.mark.timeout(10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[2,"a","Heartbeat",{}]', Call("a", "Heartbeat", {})),
        ('[3,"a",{"x":1}]', CallResult("a", {"x": 1})),
        ('[4,"a","GenericError","oops",{"k":1}]', CallError("a", "GenericError", "oops", {"k": 1})),
        ('[4,"a","GenericError","oops"]', CallError("a", "GenericError", "oops", {})),  # tolerated
        ('[4,"a","GenericError",null,null]', CallError("a", "GenericError", "", {})),  # tolerated
    ],
)
def test_parse_valid_frames(text: str, expected: Any) -> None:
    assert parse_frame(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "message_type", "message_id"),
    [
        ("nope", ErrorKind.MALFORMED_FRAME, None, None),
        ("[]", ErrorKind.MALFORMED_FRAME, None, None),
        ('{"a":1}', ErrorKind.MALFORMED_FRAME, None, None),
        ('["2","x","Heartbeat",{}]', ErrorKind.MALFORMED_FRAME, None, "x"),
        ('[2,"x","Heartbeat"]', ErrorKind.MALFORMED_FRAME, 2, "x"),
        ('[2,1,"Heartbeat",{}]', ErrorKind.MALFORMED_FRAME, 2, None),
        ('[3,"x",[]]', ErrorKind.MALFORMED_FRAME, 3, "x"),
        ('[4,"x"]', ErrorKind.MALFORMED_FRAME, 4, "x"),
        ('[6,"x",{}]', ErrorKind.UNKNOWN_MESSAGE_TYPE, 6, "x"),
        ("[" * 100_000, ErrorKind.MALFORMED_FRAME, None, None),  # deep nesting: RecursionError
    ],
)
def test_parse_malformed_frames(
    text: str, kind: ErrorKind, message_type: int | None, message_id: str | None
) -> None:
    with pytest.raises(FrameError) as raised:
        parse_frame(text)
    assert (raised.value.kind, raised.value.message_type, raised.value.message_id) == (
        kind,
        message_type,
        message_id,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[2,"abc","DataTransfer",{"data":"' + "x" * 10_000, (2, "abc")),
        (' [ 3 , "id\\"q" , {', (3, 'id"q')),
        ('[2, 17, "X"', (None, None)),
        ("garbage", (None, None)),
    ],
)
def test_peek_frame_start(text: str, expected: tuple[int | None, str | None]) -> None:
    assert peek_frame_start(text) == expected


def test_built_frames_are_compact() -> None:
    assert call_frame("1", "Reset", {"type": "Soft"}) == '[2,"1","Reset",{"type":"Soft"}]'
    assert result_frame("1", {}) == '[3,"1",{}]'
    assert error_frame("1", "NotImplemented", "no") == '[4,"1","NotImplemented","no",{}]'


@pytest.mark.parametrize(
    ("kind", "v16", "v201"),
    [
        (ErrorKind.MALFORMED_FRAME, "FormationViolation", "RpcFrameworkError"),
        (ErrorKind.PAYLOAD_FORMAT, "FormationViolation", "FormatViolation"),
        (ErrorKind.OCCURRENCE_CONSTRAINT, "OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
        (ErrorKind.UNKNOWN_MESSAGE_TYPE, "FormationViolation", "MessageTypeNotSupported"),
        (ErrorKind.NOT_IMPLEMENTED, "NotImplemented", "NotImplemented"),
        (ErrorKind.SECURITY, "SecurityError", "SecurityError"),
    ],
)
def test_error_codes_per_version(kind: ErrorKind, v16: str, v201: str) -> None:
    assert error_code(kind, ProtocolVersion.OCPP16) == v16
    assert error_code(kind, ProtocolVersion.OCPP201) == v201
    assert error_code(kind, ProtocolVersion.OCPP21) == v201


def test_every_kind_has_a_code_in_every_version() -> None:
    for version in ProtocolVersion:
        for kind in ErrorKind:
            assert error_code(kind, version)


@pytest.mark.parametrize(
    ("keyword", "kind"),
    [
        ("type", ErrorKind.TYPE_CONSTRAINT),
        ("maxLength", ErrorKind.TYPE_CONSTRAINT),
        ("format", ErrorKind.TYPE_CONSTRAINT),
        ("enum", ErrorKind.PROPERTY_CONSTRAINT),
        ("minimum", ErrorKind.PROPERTY_CONSTRAINT),
        ("maximum", ErrorKind.PROPERTY_CONSTRAINT),
        ("pattern", ErrorKind.PROPERTY_CONSTRAINT),
        ("required", ErrorKind.PROTOCOL),
        ("minItems", ErrorKind.OCCURRENCE_CONSTRAINT),
        ("maxItems", ErrorKind.OCCURRENCE_CONSTRAINT),
        ("additionalProperties", ErrorKind.PAYLOAD_FORMAT),
        ("dependencies", ErrorKind.PAYLOAD_FORMAT),
    ],
)
def test_schema_keyword_mapping(keyword: str, kind: ErrorKind) -> None:
    assert kind_for_schema_keyword(keyword) is kind


@pytest.mark.parametrize(
    ("offered", "expected"),
    [
        ([], (None, ProtocolVersion.OCPP16)),
        (["ocpp1.6"], ("ocpp1.6", ProtocolVersion.OCPP16)),
        (["ocpp1.6j"], ("ocpp1.6j", ProtocolVersion.OCPP16)),
        (["ocpp1.6j", "ocpp1.6"], ("ocpp1.6", ProtocolVersion.OCPP16)),
        (["ocpp2.1", "ocpp2.0.1", "ocpp1.6"], ("ocpp1.6", ProtocolVersion.OCPP16)),
    ],
)
def test_choose_subprotocol(offered: list[str], expected: tuple[str | None, ProtocolVersion]) -> None:
    assert choose_subprotocol(offered) == expected


@pytest.mark.parametrize("offered", [["ocpp2.0.1"], ["ocpp2.1", "ocpp2.0.1"], ["wamp"], ["ocpp1.5"]])
def test_unserved_subprotocols_are_refused(offered: list[str]) -> None:
    with pytest.raises(UnsupportedSubprotocolError, match=offered[0]):
        choose_subprotocol(offered)


@pytest.mark.parametrize(
    ("path", "charger_id"),
    [
        ("/ocpp/CP1", "CP1"),
        ("/CP1/", "CP1"),
        ("/a/b/CP1", "CP1"),
        ("/ocpp/CP%2F1", "CP/1"),
        ("/ocpp/CP1?x=/y", "CP1"),
        ("//CP1", "CP1"),
        ("/", None),
        ("", None),
        ("/ocpp/%20%20", None),
        ("/ocpp/CP1%0Aforged", None),
        ("/ocpp/CP%00", None),
        ("/ocpp/Ladesäule-1", "Ladesäule-1"),
        ("/" + "x" * 129, None),
        ("/" + "x" * 128, "x" * 128),
    ],
)
def test_charger_id_from_path(path: str, charger_id: str | None) -> None:
    assert charger_id_from_path(path) == charger_id
