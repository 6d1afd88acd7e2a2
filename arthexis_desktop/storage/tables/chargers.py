"""Chargers, their connectors and the connector status history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Double, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from arthexis_desktop.storage.tables.base import CHARGER_ID_LENGTH, Base, BigId
from arthexis_desktop.storage.types import UtcDateTime, json_column_type


class ChargerRow(Base):
    __tablename__ = "chargers"

    charger_id: Mapped[str] = mapped_column(String(CHARGER_ID_LENGTH), primary_key=True)
    admission_state: Mapped[str] = mapped_column(String(16))
    vendor: Mapped[str] = mapped_column(String, default="")
    model: Mapped[str] = mapped_column(String, default="")
    serial: Mapped[str | None] = mapped_column(String)
    firmware: Mapped[str | None] = mapped_column(String)
    box_serial: Mapped[str | None] = mapped_column(String)
    iccid: Mapped[str | None] = mapped_column(String)
    imsi: Mapped[str | None] = mapped_column(String)
    meter_type: Mapped[str | None] = mapped_column(String)
    meter_serial: Mapped[str | None] = mapped_column(String)
    protocol: Mapped[str | None] = mapped_column(String(16))
    remote_address: Mapped[str | None] = mapped_column(String)
    # None = the broker's default policy.
    authorization_policy: Mapped[str | None] = mapped_column(String(16))
    lenient_validation: Mapped[bool] = mapped_column(Boolean, default=False)
    default_energy_unit: Mapped[str | None] = mapped_column(String(16))
    latitude: Mapped[float | None] = mapped_column(Double)
    longitude: Mapped[float | None] = mapped_column(Double)
    notes: Mapped[str] = mapped_column(Text, default="")
    first_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_boot_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    connected: Mapped[bool] = mapped_column(Boolean, default=False)
    settings_json: Mapped[dict[str, Any] | None] = mapped_column(json_column_type())
    # Added by revision 0002: keep the charger's local authorization list in step.
    local_list_enabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    connectors: Mapped[list[ConnectorRow]] = relationship(
        back_populates="charger",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ConnectorRow.connector_id",
    )


class ConnectorRow(Base):
    """Last status of one connector; connector 0 is the charger as a whole."""

    __tablename__ = "connectors"

    charger_id: Mapped[str] = mapped_column(
        String(CHARGER_ID_LENGTH),
        ForeignKey("chargers.charger_id", ondelete="CASCADE"),
        primary_key=True,
    )
    connector_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(32))
    error_code: Mapped[str] = mapped_column(String, default="NoError")
    info: Mapped[str | None] = mapped_column(String)
    vendor_id: Mapped[str | None] = mapped_column(String)
    vendor_error_code: Mapped[str | None] = mapped_column(String)
    status_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    charger: Mapped[ChargerRow] = relationship(back_populates="connectors")


class StatusHistoryRow(Base):
    """Every StatusNotification, in arrival order (no foreign key: history outlives chargers)."""

    __tablename__ = "status_history"
    __table_args__ = (Index(None, "charger_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    charger_id: Mapped[str] = mapped_column(String(CHARGER_ID_LENGTH))
    connector_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(32))
    error_code: Mapped[str] = mapped_column(String, default="NoError")
    info: Mapped[str | None] = mapped_column(String)
    vendor_id: Mapped[str | None] = mapped_column(String)
    vendor_error_code: Mapped[str | None] = mapped_column(String)
    timestamp: Mapped[datetime | None] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
