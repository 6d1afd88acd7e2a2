"""Retransmission detection: the replies to the last CALLs of one connection, by message id."""

from __future__ import annotations

from collections import OrderedDict
from enum import Enum
from typing import Any

from arthexis_desktop.csms.framing import Call

DEDUP_CAPACITY = 64


class Seen(Enum):
    NEW = "new"  # id not seen (or forgotten): process the CALL
    RETRANSMISSION = "retransmission"  # same id, action and payload: resend the cached reply
    REUSED = "reused"  # same id, other content: refuse


class ReplyCache:
    """A bounded LRU of ``message id -> (action, payload, reply frame)`` for one connection."""

    def __init__(self, capacity: int = DEDUP_CAPACITY) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[str, tuple[str, dict[str, Any], str]] = OrderedDict()

    def lookup(self, call: Call) -> tuple[Seen, str | None]:
        """Whether ``call`` was answered before, and the cached reply for a retransmission."""
        entry = self._entries.get(call.message_id)
        if entry is None:
            return Seen.NEW, None
        action, payload, reply = entry
        if action == call.action and payload == call.payload:
            self._entries.move_to_end(call.message_id)
            return Seen.RETRANSMISSION, reply
        return Seen.REUSED, None

    def remember(self, call: Call, reply: str) -> None:
        self._entries[call.message_id] = (call.action, call.payload, reply)
        if len(self._entries) > self._capacity:
            self._entries.popitem(last=False)
