"""Per-charger local authorization lists and reservations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from arthexis_desktop.storage.tables.base import CHARGER_ID_LENGTH, Base
from arthexis_desktop.storage.types import UtcDateTime


class LocalListRow(Base):
    """The local list version a charger last accepted, and how the last exchange went."""

    __tablename__ = "local_lists"

    charger_id: Mapped[str] = mapped_column(
        String(CHARGER_ID_LENGTH), ForeignKey("chargers.charger_id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, default=0)
    full_needed: Mapped[bool] = mapped_column(Boolean, default=True)
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_status: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)
    checked_version: Mapped[int | None] = mapped_column(Integer)
    checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class LocalListEntryRow(Base):
    """The entries of the list version the charger accepted (the base of Differential updates)."""

    __tablename__ = "local_list_entries"

    charger_id: Mapped[str] = mapped_column(
        String(CHARGER_ID_LENGTH), ForeignKey("chargers.charger_id", ondelete="CASCADE"), primary_key=True
    )
    uid: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    parent_uid: Mapped[str | None] = mapped_column(String)


class ReservationRow(Base):
    """A ReserveNow; ``id`` IS the OCPP reservationId (never re-issued)."""

    __tablename__ = "reservations"
    __table_args__ = (
        Index(None, "charger_id", "state"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    charger_id: Mapped[str] = mapped_column(String(CHARGER_ID_LENGTH))
    connector_id: Mapped[int] = mapped_column(Integer)
    id_tag: Mapped[str] = mapped_column(String)
    parent_id_tag: Mapped[str | None] = mapped_column(String)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(16))
    charger_status: Mapped[str | None] = mapped_column(String(32))
    error: Mapped[str | None] = mapped_column(Text)
    transaction_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
