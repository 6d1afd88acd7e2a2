"""OCPP-J RPC framing: parse one text frame, build outgoing frames, peek at oversized ones.

Only the *shape* of the frame is checked here (a JSON array with the right element types);
payload schemas are checked by ``csms.schemas`` and the consequences decided by the session.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from arthexis_desktop.csms.errors import ErrorKind

CALL = 2
CALL_RESULT = 3
CALL_ERROR = 4

UNKNOWN_MESSAGE_ID = "-1"  # what we answer with when a frame's id cannot be recovered

_dumps = json.JSONEncoder(separators=(",", ":")).encode
_loads = json.loads


@dataclass(frozen=True, slots=True)
class Call:
    message_id: str
    action: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CallResult:
    message_id: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CallError:
    message_id: str
    code: str
    description: str
    details: dict[str, Any]


Message = Call | CallResult | CallError


class FrameError(Exception):
    """A frame that is not a well-formed OCPP-J message.

    ``message_type`` is the type id when it could be read (so the session knows whether an
    answer is allowed: never for 3/4), ``message_id`` the id when it is a string.
    """

    def __init__(
        self,
        kind: ErrorKind,
        description: str,
        *,
        message_type: int | None = None,
        message_id: str | None = None,
    ) -> None:
        super().__init__(description)
        self.kind = kind
        self.description = description
        self.message_type = message_type
        self.message_id = message_id


def parse_frame(text: str | bytes) -> Message:
    """Parse one frame; raises ``FrameError`` for anything that is not an OCPP-J message."""
    try:
        data = _loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError
        raise FrameError(ErrorKind.MALFORMED_FRAME, "frame is not valid JSON") from exc
    if type(data) is not list or not data:
        raise FrameError(ErrorKind.MALFORMED_FRAME, "frame is not a non-empty JSON array")
    type_id = data[0]
    message_id = data[1] if len(data) > 1 and type(data[1]) is str else None
    if type(type_id) is not int:
        raise FrameError(
            ErrorKind.MALFORMED_FRAME, "message type id is not an integer", message_id=message_id
        )
    size = len(data)
    if type_id == CALL:
        if size == 4 and message_id is not None and type(data[2]) is str and type(data[3]) is dict:
            return Call(message_id, data[2], data[3])
        raise FrameError(
            ErrorKind.MALFORMED_FRAME,
            "CALL must be [2, messageId (string), action (string), payload (object)]",
            message_type=CALL,
            message_id=message_id,
        )
    if type_id == CALL_RESULT:
        if size == 3 and message_id is not None and type(data[2]) is dict:
            return CallResult(message_id, data[2])
        raise FrameError(
            ErrorKind.MALFORMED_FRAME,
            "CALLRESULT must be [3, messageId (string), payload (object)]",
            message_type=CALL_RESULT,
            message_id=message_id,
        )
    if type_id == CALL_ERROR:
        # Tolerated: a missing or null errorDetails, a null description.
        if 4 <= size <= 5 and message_id is not None and type(data[2]) is str:
            description = data[3] if type(data[3]) is str else ""
            details = data[4] if size == 5 and type(data[4]) is dict else {}
            return CallError(message_id, data[2], description, details)
        raise FrameError(
            ErrorKind.MALFORMED_FRAME,
            "CALLERROR must be [4, messageId, errorCode, errorDescription, errorDetails]",
            message_type=CALL_ERROR,
            message_id=message_id,
        )
    raise FrameError(
        ErrorKind.UNKNOWN_MESSAGE_TYPE,
        f"message type id {type_id} is not supported",
        message_type=type_id,
        message_id=message_id,
    )


_PEEK = re.compile(r'\s*\[\s*(\d{1,3})\s*,\s*"((?:[^"\\]|\\.){1,128})"')
_PEEK_CHARS = 300


def peek_frame_start(text: str) -> tuple[int | None, str | None]:
    """Type id and message id from the first few hundred characters of an unparsed frame."""
    match = _PEEK.match(text, 0, _PEEK_CHARS)
    if match is None:
        return None, None
    try:
        message_id = _loads(f'"{match.group(2)}"')
    except ValueError:
        return int(match.group(1)), None
    return int(match.group(1)), message_id


def dumps(value: object) -> str:
    """Compact JSON (no spaces after separators), as OCPP peers expect."""
    return _dumps(value)


def call_frame(message_id: str, action: str, payload: dict[str, Any]) -> str:
    return _dumps([CALL, message_id, action, payload])


def result_frame(message_id: str, payload: dict[str, Any]) -> str:
    return _dumps([CALL_RESULT, message_id, payload])


def error_frame(message_id: str, code: str, description: str, details: dict[str, Any] | None = None) -> str:
    return _dumps([CALL_ERROR, message_id, code, description, details or {}])
