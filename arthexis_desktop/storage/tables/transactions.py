"""Charging sessions and their meter samples."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Double, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from arthexis_desktop.storage.tables.base import CHARGER_ID_LENGTH, Base, BigId
from arthexis_desktop.storage.types import UtcDateTime


class TransactionRow(Base):
    """One session. ``id`` IS the OCPP 1.6 transactionId handed to the charger (int32)."""

    __tablename__ = "transactions"
    __table_args__ = (
        Index(None, "charger_id", "stop_time"),
        Index(None, "id_tag", "stop_time"),
        Index(None, "tag_uid", "stop_time"),
        # StartTransaction replay lookup.
        Index(
            "ix_transactions_replay", "charger_id", "connector_id", "id_tag", "meter_start_wh", "start_time"
        ),
        # Transaction ids go to chargers: never re-issue the id of a deleted row.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # str(id) for OCPP 1.6; the charger's string id for 2.x; the unknown id for orphans.
    ocpp_id: Mapped[str] = mapped_column(String(64), default="")
    charger_id: Mapped[str] = mapped_column(String(CHARGER_ID_LENGTH))
    connector_id: Mapped[int] = mapped_column(Integer)
    id_tag: Mapped[str | None] = mapped_column(String)
    auth_status: Mapped[str] = mapped_column(String(32))
    start_time: Mapped[datetime | None] = mapped_column(UtcDateTime)
    meter_start_wh: Mapped[float | None] = mapped_column(Double)
    stop_time: Mapped[datetime | None] = mapped_column(UtcDateTime)
    meter_stop_wh: Mapped[float | None] = mapped_column(Double)
    energy_wh: Mapped[float | None] = mapped_column(Double)
    stop_reason: Mapped[str | None] = mapped_column(String)
    stop_id_tag: Mapped[str | None] = mapped_column(String)
    reservation_id: Mapped[int | None] = mapped_column(Integer)
    orphan: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Added by revision 0002: the register uid the idTag matched (else the normalised idTag).
    tag_uid: Mapped[str | None] = mapped_column(String)


class MeterSampleRow(Base):
    """One sampled value, normalised to its base unit (``raw_*`` keep what the charger sent)."""

    __tablename__ = "meter_samples"
    __table_args__ = (
        Index(None, "transaction_id", "timestamp"),
        Index(None, "charger_id", "timestamp"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    charger_id: Mapped[str] = mapped_column(String(CHARGER_ID_LENGTH))
    connector_id: Mapped[int] = mapped_column(Integer)
    transaction_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("transactions.id", ondelete="CASCADE")
    )
    timestamp: Mapped[datetime] = mapped_column(UtcDateTime)
    measurand: Mapped[str] = mapped_column(String)
    phase: Mapped[str | None] = mapped_column(String)
    unit: Mapped[str] = mapped_column(String)
    value: Mapped[float] = mapped_column(Double)
    context: Mapped[str] = mapped_column(String)
    location: Mapped[str] = mapped_column(String)
    raw_value: Mapped[str] = mapped_column(String, default="")
    raw_unit: Mapped[str | None] = mapped_column(String)
