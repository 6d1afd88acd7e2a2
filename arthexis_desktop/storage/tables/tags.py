"""The RFID register and the list of unknown tags seen at chargers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from arthexis_desktop.storage.tables.base import CHARGER_ID_LENGTH, Base
from arthexis_desktop.storage.types import UtcDateTime


class TagRow(Base):
    __tablename__ = "tags"

    uid: Mapped[str] = mapped_column(String, primary_key=True)  # normalised (core.rfid)
    label: Mapped[str] = mapped_column(String, default="")
    allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    released: Mapped[bool] = mapped_column(Boolean, default=False)
    owner: Mapped[str] = mapped_column(String, default="")
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    parent_uid: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class UnknownTagRow(Base):
    """A tag presented at a charger but absent from the register (never enrolled by itself)."""

    __tablename__ = "unknown_tags"

    uid: Mapped[str] = mapped_column(String, primary_key=True)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    times_seen: Mapped[int] = mapped_column(Integer, default=1)
    last_charger_id: Mapped[str | None] = mapped_column(String(CHARGER_ID_LENGTH))
