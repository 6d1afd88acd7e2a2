"""Append-only logs: raw frames (bounded per charger), commands, notifications.

No foreign keys to ``chargers``: frames arrive before a charger is stored (BootNotification is
logged before it is judged), and the logs outlive a deleted charger until purged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from arthexis_desktop.storage.tables.base import CHARGER_ID_LENGTH, Base, BigId
from arthexis_desktop.storage.types import UtcDateTime, json_column_type


class FrameRow(Base):
    __tablename__ = "frames"
    __table_args__ = (Index(None, "charger_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    charger_id: Mapped[str] = mapped_column(String(CHARGER_ID_LENGTH))
    direction: Mapped[str] = mapped_column(String(3))  # 'in' | 'out'
    text: Mapped[str] = mapped_column(Text)
    timestamp: Mapped[datetime] = mapped_column(UtcDateTime)


class CommandRow(Base):
    __tablename__ = "commands"
    __table_args__ = (Index(None, "charger_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    charger_id: Mapped[str] = mapped_column(String(CHARGER_ID_LENGTH))
    action: Mapped[str] = mapped_column(String(64))
    request_json: Mapped[dict[str, Any] | None] = mapped_column(json_column_type())
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    response_json: Mapped[dict[str, Any] | None] = mapped_column(json_column_type())
    error: Mapped[str | None] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class NotificationRow(Base):
    """DataTransfer / DiagnosticsStatusNotification / FirmwareStatusNotification content."""

    __tablename__ = "notifications"
    __table_args__ = (Index(None, "charger_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    charger_id: Mapped[str] = mapped_column(String(CHARGER_ID_LENGTH))
    action: Mapped[str] = mapped_column(String(64))
    payload_json: Mapped[dict[str, Any] | None] = mapped_column(json_column_type())
    at: Mapped[datetime] = mapped_column(UtcDateTime)
