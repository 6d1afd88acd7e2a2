"""Table models of the "RFID tags seen" panel: unknown tags, and the recent presentations.

``UnknownTagsModel`` holds ``HistoryService.unknown_tags()`` (a short list); its relative times are
computed from ``now`` when painted, so a clock redraw only emits ``dataChanged``. A new list with
other tags resets the model; the panel puts the selection back by uid.

``PresentationLog`` keeps the last TagPresented events in memory (newest first) so the operator can
see why a card was refused; ``PresentationsModel`` shows a snapshot of it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.decision_texts import reason_text, status_text

if TYPE_CHECKING:
    from arthexis_desktop.core.events import TagPresented
    from arthexis_desktop.core.model import UnknownTag

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")
Index = QModelIndex | QPersistentModelIndex

UID_ROLE = Qt.ItemDataRole.UserRole + 1
PRESENTATIONS_KEPT = 50

COL_UID, COL_TIMES, COL_FIRST, COL_LAST, COL_CHARGER = range(5)
P_TIME, P_UID, P_STATUS, P_REASON, P_CHARGER, P_PURPOSE = range(6)  # why a card was refused first


class UnknownTagsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tags: list[UnknownTag] = []
        self.now = datetime.now(UTC)

    def set_tags(self, tags: Sequence[UnknownTag], now: datetime) -> bool:
        """Show ``tags``; True when the set of rows changed (the model was reset)."""
        self.now = now
        if [t.uid for t in tags] == [t.uid for t in self._tags]:
            self._tags = list(tags)
            if self._tags:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._tags) - 1, COL_CHARGER))
            return False
        self.beginResetModel()
        self._tags = list(tags)
        self.endResetModel()
        return True

    def remove_uid(self, uid: str) -> None:
        for row, tag in enumerate(self._tags):
            if tag.uid == uid:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._tags[row]
                self.endRemoveRows()
                return

    def uids(self) -> list[str]:
        return [t.uid for t in self._tags]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("TagsSeen", "Tag"),
            translate("TagsSeen", "Times seen"),
            translate("TagsSeen", "First seen"),
            translate("TagsSeen", "Last seen"),
            translate("TagsSeen", "Last charger"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tag = self._tags[index.row()]
        col = index.column()
        if role == UID_ROLE:
            return tag.uid
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                tag.uid,
                str(tag.times_seen),
                fmt.format_ago(tag.first_seen_at, self.now),
                fmt.format_ago(tag.last_seen_at, self.now),
                tag.last_charger_id or fmt.DASH,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_FIRST, COL_LAST):
            return fmt.format_local_time(tag.first_seen_at if col == COL_FIRST else tag.last_seen_at)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_TIMES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PresentationLog:
    """The last ``capacity`` TagPresented events, newest first; ``received`` counts all of them."""

    def __init__(self, capacity: int = PRESENTATIONS_KEPT) -> None:
        self.entries: deque[TagPresented] = deque(maxlen=capacity)
        self.received = 0

    def add(self, event: TagPresented) -> None:
        self.entries.appendleft(event)
        self.received += 1


class PresentationsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TagPresented] = []
        self.now = datetime.now(UTC)

    def set_entries(self, entries: Sequence[TagPresented], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.now = now
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("TagsSeen", "Time"),
            translate("TagsSeen", "Tag"),
            translate("TagsSeen", "Decision"),
            translate("TagsSeen", "Why"),
            translate("TagsSeen", "Charger"),
            translate("TagsSeen", "Message"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._rows[index.row()]
        decision = event.decision
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                fmt.format_local_time(event.at, self.now),
                decision.tag_uid or fmt.DASH,
                status_text(decision.status.value),
                reason_text(decision.reason),
                event.charger_id,
                event.purpose,
            )[col]
        if role == UID_ROLE:
            return decision.tag_uid
        if role == Qt.ItemDataRole.ForegroundRole and col == P_STATUS:
            return QBrush(fmt.GREEN if decision.accepted else fmt.RED)
        if role == Qt.ItemDataRole.ToolTipRole and col == P_REASON:
            return f"{reason_text(decision.reason)} ({decision.reason})"  # the code too, for support
        return None
