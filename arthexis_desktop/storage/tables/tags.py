"""The RFID register, accounts with their credit, tag history, and unknown tags seen at chargers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Double, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from arthexis_desktop.storage.tables.base import CHARGER_ID_LENGTH, Base, BigId
from arthexis_desktop.storage.types import UtcDateTime

ACCOUNT_NAME_LENGTH = 120


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(ACCOUNT_NAME_LENGTH), unique=True)
    contact: Mapped[str] = mapped_column(String, default="")
    service_account: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_concurrent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AccountCreditRow(Base):
    """Energy credit added by the operator (the balance is computed, never stored)."""

    __tablename__ = "account_credits"
    __table_args__ = (Index(None, "account_id", "added_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(Integer, ForeignKey("accounts.id", ondelete="CASCADE"))
    energy_wh: Mapped[float] = mapped_column(Double)
    note: Mapped[str] = mapped_column(String, default="")
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)


class TagRow(Base):
    __tablename__ = "tags"
    __table_args__ = (
        Index(None, "label_number", unique=True),
        Index(None, "account_id"),
    )

    uid: Mapped[str] = mapped_column(String, primary_key=True)  # normalised (core.rfid)
    label: Mapped[str] = mapped_column(String, default="")  # the custom name
    allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    released: Mapped[bool] = mapped_column(Boolean, default=False)
    owner: Mapped[str] = mapped_column(String, default="")
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    parent_uid: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Added by revision 0002.
    label_number: Mapped[int | None] = mapped_column(Integer)  # printed on the card
    account_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("accounts.id", ondelete="SET NULL"))
    colour: Mapped[str] = mapped_column(String(16), default="black", server_default=text("'black'"))
    notes: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    first_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class TagEventRow(Base):
    """Every reader scan and every authorization decision (no foreign key: history outlives tags)."""

    __tablename__ = "tag_events"
    __table_args__ = (Index(None, "uid", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    uid: Mapped[str] = mapped_column(String)  # the register uid, else the normalised presented one
    kind: Mapped[str] = mapped_column(String(16))  # scan | authorization
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    known: Mapped[bool] = mapped_column(Boolean, default=True)
    charger_id: Mapped[str | None] = mapped_column(String(CHARGER_ID_LENGTH))
    reader: Mapped[str | None] = mapped_column(String)
    purpose: Mapped[str | None] = mapped_column(String(32))
    policy: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(64))


class UnknownTagRow(Base):
    """A tag presented at a charger but absent from the register (never enrolled by itself)."""

    __tablename__ = "unknown_tags"

    uid: Mapped[str] = mapped_column(String, primary_key=True)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    times_seen: Mapped[int] = mapped_column(Integer, default=1)
    last_charger_id: Mapped[str | None] = mapped_column(String(CHARGER_ID_LENGTH))
