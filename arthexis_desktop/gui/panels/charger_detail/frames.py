"""The last N raw frames of the shown charger: loaded from storage when the charger is chosen,
then kept up to date from FrameLogged events (no query per frame), drawn on the clock."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import Direction
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.charger_detail.reloader import Reloader, is_language_change, read_only_table

FRAME_LIMITS = (50, 200, 500)
DEFAULT_LIMIT = 200
DISPLAY_CHARS = 240
TOOLTIP_CHARS = 3000
_HEAD = re.compile(r'\[\s*([234])\s*,\s*"([^"]{0,64})"\s*(?:,\s*"([^"]{0,64})")?')


@dataclass(frozen=True, slots=True)
class Frame:
    incoming: bool
    text: str
    at: datetime


def describe_frames(frames: list[Frame]) -> list[tuple[str, str]]:
    """``(message, payload)`` per frame, oldest first: a call shows its action, an answer
    ``✓ Action`` / ``✗ Action: code`` (matched by message id), and the payload without the
    message id (noise in a narrow column). Parsed from the first characters only, no JSON."""
    calls: dict[str, str] = {}
    out: list[tuple[str, str]] = []
    for frame in frames:
        match = _HEAD.match(frame.text, 0, 200)
        if match is None:
            out.append(("", frame.text))
            continue
        kind, unique_id, third = match.groups()
        payload = frame.text[match.end() :].lstrip(", ").rstrip().removesuffix("]").rstrip()
        if kind == "2":
            calls[unique_id] = third or ""
            out.append((third or "", payload))
        elif kind == "3":
            out.append(("✓ " + calls.pop(unique_id, ""), payload))
        else:
            action = calls.pop(unique_id, "")
            out.append((f"✗ {action}: {third or ''}".replace("✗ : ", "✗ "), payload))
    return out


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


class FramesTab(QWidget):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.charger_id: str | None = None
        self.frames: deque[Frame] = deque(maxlen=DEFAULT_LIMIT)
        self._during_load: list[Frame] = []
        self._loading = False
        self._fresh = False
        self.reloader = Reloader(context.tasks, self._load, name="charger-frames", min_interval_s=0.5)

        self.limit_box = QComboBox()
        self.limit_box.setObjectName("frames_limit")
        for limit in FRAME_LIMITS:
            self.limit_box.addItem("", limit)
        self.limit_box.setCurrentIndex(FRAME_LIMITS.index(DEFAULT_LIMIT))
        self.limit_box.currentIndexChanged.connect(self._on_limit_changed)
        self.summary = QLabel()
        self.summary.setObjectName("frames_summary")
        self.table = read_only_table(4, "detail_frames")
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(0, metrics.horizontalAdvance("00:00:00.000") + 16)
        self.table.setColumnWidth(1, metrics.horizontalAdvance("←") + 16)
        self.table.setColumnWidth(2, metrics.horizontalAdvance("StatusNotification") + 16)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.limit_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        context.bridge.frame_logged.connect(self._on_frame)
        self.retranslate()

    def retranslate(self) -> None:
        for index, limit in enumerate(FRAME_LIMITS):
            self.limit_box.setItemText(index, self.tr("Last {count} frames").format(count=limit))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), "", self.tr("Message"), self.tr("Frame")])
        self._fresh = True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    @property
    def limit(self) -> int:
        return int(self.limit_box.currentData() or DEFAULT_LIMIT)

    def set_charger(self, charger_id: str | None) -> None:
        self.charger_id = charger_id
        self.frames = deque(maxlen=self.limit)
        self._fresh = True
        self.summary.setText("")
        self.reloader.request(now=True)

    def _on_limit_changed(self, _index: int) -> None:
        self.frames = deque(self.frames, maxlen=self.limit)
        self.reloader.request(now=True)

    def _on_frame(self, event: Any) -> None:
        if event.charger_id != self.charger_id:
            return
        frame = Frame(event.direction == Direction.IN, event.text, _aware(event.at))
        if self._loading:
            self._during_load.append(frame)
        self.frames.append(frame)
        self._fresh = True

    async def _load(self) -> None:
        charger_id = self.charger_id
        if charger_id is None:
            return
        self._loading, self._during_load = True, []
        try:
            stored = await self._context.history.frames(charger_id=charger_id, limit=self.limit)
        except Exception as exc:
            self.summary.setText(self.tr("Cannot load frames: {error}").format(error=describe_error(exc)))
            return
        finally:
            self._loading = False
        if charger_id != self.charger_id:
            return
        frames = [Frame(f.direction == Direction.IN, f.text, _aware(f.timestamp)) for f in stored]
        newest = frames[-1].at if frames else None
        # frames that arrived while the query ran and were not stored yet (writes are batched)
        frames += [f for f in self._during_load if newest is None or f.at > newest]
        self.frames = deque(frames, maxlen=self.limit)
        self._fresh = True

    def redraw(self, now: datetime) -> bool:
        if not self._fresh:
            return False
        self._fresh = False
        frames = list(self.frames)
        described = describe_frames(frames)
        self.table.setRowCount(len(frames))
        for row, (frame, (message, payload)) in enumerate(
            zip(reversed(frames), reversed(described), strict=True)
        ):
            shown = payload if len(payload) <= DISPLAY_CHARS else payload[:DISPLAY_CHARS] + " …"
            arrow = "→" if frame.incoming else "←"
            cells = (fmt.format_clock_time(frame.at), arrow, message, shown)  # newest at the top
            for col, value in enumerate(cells):
                item = self.table.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, col, item)
                item.setText(value)
                if col == 1:
                    item.setForeground(QBrush(fmt.BLUE if frame.incoming else fmt.TEAL))
                    item.setToolTip(
                        self.tr("charger → central system")
                        if frame.incoming
                        else self.tr("central system → charger")
                    )
                if col == 3:
                    item.setToolTip(frame.text[:TOOLTIP_CHARS])
        self.summary.setText(self.tr("%n frame(s), newest first", "", len(frames)))
        return True
