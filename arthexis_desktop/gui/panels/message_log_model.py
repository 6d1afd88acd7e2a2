"""Raw OCPP frames: a bounded ring buffer fed per event, and a filtered view model fed per tick."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QFontDatabase

from arthexis_desktop.gui import formatting as fmt

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

Index = QModelIndex | QPersistentModelIndex
DEFAULT_CAPACITY = 5000
DISPLAY_CHARS = 300  # a cell shows the start of a frame; tooltip and copy have more
TOOLTIP_CHARS = 4000
COL_TIME, COL_CHARGER, COL_DIRECTION, COL_ACTION, COL_TEXT = range(5)
PENDING_CALLS_LIMIT = 20000
_HEAD = re.compile(r'\[\s*([234])\s*,\s*"([^"]{0,64})"\s*(?:,\s*"([^"]{0,64})")?')


@dataclass(frozen=True, slots=True)
class FrameEntry:
    seq: int
    charger_id: str
    incoming: bool  # charger -> CSMS
    text: str
    at: datetime
    action: str  # "Heartbeat" for a call, "✓ Heartbeat" for its result, "✗ Heartbeat: Code" for an error
    payload_at: int = 0  # where the payload starts in ``text`` (after the type, id and action)

    def payload_preview(self) -> str:
        """The payload part of the frame (the message id is noise in a narrow column)."""
        text = self.text[self.payload_at : self.payload_at + DISPLAY_CHARS + 2].lstrip(", ")
        if self.payload_at + DISPLAY_CHARS + 2 >= len(self.text):
            return text.rstrip().removesuffix("]").rstrip()
        return text[:DISPLAY_CHARS] + " …"

    def as_line(self) -> str:
        arrow = "→" if self.incoming else "←"
        return f"{fmt.format_clock_time(self.at)}\t{self.charger_id}\t{arrow}\t{self.action}\t{self.text}"


class FrameBuffer:
    """Keeps the last ``capacity`` frames; appending is O(1) and never touches widgets."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.entries: deque[FrameEntry] = deque(maxlen=capacity)
        self.received = 0  # sequence number of the newest entry
        self.charger_ids: set[str] = set()
        self._calls: dict[tuple[str, str], str] = {}  # (charger, unique id) -> action, until answered

    @property
    def capacity(self) -> int:
        return self.entries.maxlen or 0

    def append(self, charger_id: str, incoming: bool, text: str, at: datetime) -> None:
        self.received += 1
        action, payload_at = self._action_of(charger_id, text)
        self.entries.append(FrameEntry(self.received, charger_id, incoming, text, at, action, payload_at))
        self.charger_ids.add(charger_id)

    def _action_of(self, charger_id: str, text: str) -> tuple[str, int]:
        """The action a frame is about and where its payload starts, from its first characters
        (no JSON parse: frames can be large and arrive by the thousand)."""
        match = _HEAD.match(text, 0, 200)
        if match is None:
            return "", 0
        kind, unique_id, third = match.groups()
        key = (charger_id, unique_id)
        if kind == "2":
            if len(self._calls) >= PENDING_CALLS_LIMIT:  # unanswered calls: forget the oldest
                del self._calls[next(iter(self._calls))]
            self._calls[key] = third or ""
            return third or "", match.end()
        action = self._calls.pop(key, "")
        if kind == "3":
            return f"✓ {action}".rstrip(), match.end()
        label = f"✗ {action}: {third or ''}" if action else f"✗ {third or ''}"
        return label, match.end()

    def since(self, seq: int) -> list[FrameEntry]:
        """Entries newer than ``seq`` still in the buffer, oldest first."""
        missing = self.received - seq
        if missing <= 0:
            return []
        count = min(missing, len(self.entries))
        return [self.entries[i] for i in range(len(self.entries) - count, len(self.entries))]

    def clear(self) -> None:
        self.entries.clear()


class MessageLogModel(QAbstractTableModel):
    """The rows shown: frames of the buffer that pass the charger and text filters."""

    def __init__(self, buffer: FrameBuffer, parent: Any = None) -> None:
        super().__init__(parent)
        self.buffer = buffer
        self._rows: list[FrameEntry] = []
        self._seen = 0
        self._charger: str | None = None
        self._needle = ""
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._mono_bold = QFont(self._mono)
        self._mono_bold.setBold(True)
        self._in_brush = QBrush(fmt.BLUE)
        self._out_brush = QBrush(fmt.GREEN)
        self._error_brush = QBrush(fmt.RED)

    # -- filtering -------------------------------------------------------------------------------
    def set_filter(self, *, charger_id: str | None, text: str) -> None:
        if (charger_id, text.lower()) == (self._charger, self._needle):
            return
        self._charger, self._needle = charger_id, text.lower()
        self.rebuild()

    def _accepts(self, entry: FrameEntry) -> bool:
        if self._charger is not None and entry.charger_id != self._charger:
            return False
        return not self._needle or self._needle in entry.action.lower() or self._needle in entry.text.lower()

    def rebuild(self) -> None:
        self.beginResetModel()
        self._rows = [e for e in self.buffer.entries if self._accepts(e)]
        self._seen = self.buffer.received
        self.endResetModel()

    def append_new(self) -> int:
        """Add frames that arrived since the last call, dropping the oldest rows beyond capacity."""
        fresh = [e for e in self.buffer.since(self._seen) if self._accepts(e)]
        self._seen = self.buffer.received
        if not fresh:
            return 0
        overflow = len(self._rows) + len(fresh) - self.buffer.capacity
        if overflow >= len(self._rows):  # everything shown is replaced
            self.beginResetModel()
            self._rows = fresh[-self.buffer.capacity :]
            self.endResetModel()
            return len(fresh)
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._rows[:overflow]
            self.endRemoveRows()
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()
        return len(fresh)

    @property
    def pending(self) -> bool:
        return self.buffer.received != self._seen

    def entry(self, row: int) -> FrameEntry:
        return self._rows[row]

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("MessageLogModel", "Time"),
            translate("MessageLogModel", "Charger"),
            "⇄",
            translate("MessageLogModel", "Action"),
            translate("MessageLogModel", "Message"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TIME:
                return fmt.format_clock_time(entry.at)
            if col == COL_CHARGER:
                return entry.charger_id
            if col == COL_DIRECTION:
                return "→" if entry.incoming else "←"
            if col == COL_ACTION:
                return entry.action
            return entry.payload_preview()
        if role == Qt.ItemDataRole.FontRole and col in (COL_TIME, COL_TEXT, COL_DIRECTION):
            return self._mono_bold if col == COL_DIRECTION else self._mono
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DIRECTION:
            return self._in_brush if entry.incoming else self._out_brush
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_ACTION and entry.action.startswith("✗"):
            return self._error_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_DIRECTION:
                return (
                    translate("MessageLogModel", "received from the charger")
                    if entry.incoming
                    else translate("MessageLogModel", "sent to the charger")
                )
            if col == COL_TEXT:
                return entry.text[:TOOLTIP_CHARS]
        return None
