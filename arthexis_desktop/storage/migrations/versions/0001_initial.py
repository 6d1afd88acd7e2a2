"""Initial schema: chargers, connectors, status history, transactions, meter samples, tags,
unknown tags, frames, commands, notifications.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Written by hand; plain SQLAlchemy types only, so later changes to the models cannot change what
this revision creates.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHARGER_ID = sa.String(128)


def _ts() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _big_id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "chargers",
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("admission_state", sa.String(16), nullable=False),
        sa.Column("vendor", sa.String(), nullable=False),
        sa.Column("model", sa.String(), nullable=False),
        sa.Column("serial", sa.String(), nullable=True),
        sa.Column("firmware", sa.String(), nullable=True),
        sa.Column("box_serial", sa.String(), nullable=True),
        sa.Column("iccid", sa.String(), nullable=True),
        sa.Column("imsi", sa.String(), nullable=True),
        sa.Column("meter_type", sa.String(), nullable=True),
        sa.Column("meter_serial", sa.String(), nullable=True),
        sa.Column("protocol", sa.String(16), nullable=True),
        sa.Column("remote_address", sa.String(), nullable=True),
        sa.Column("authorization_policy", sa.String(16), nullable=True),
        sa.Column("lenient_validation", sa.Boolean(), nullable=False),
        sa.Column("default_energy_unit", sa.String(16), nullable=True),
        sa.Column("latitude", sa.Double(), nullable=True),
        sa.Column("longitude", sa.Double(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("first_seen_at", _ts(), nullable=True),
        sa.Column("last_seen_at", _ts(), nullable=True),
        sa.Column("last_boot_at", _ts(), nullable=True),
        sa.Column("connected", sa.Boolean(), nullable=False),
        sa.Column("settings_json", sa.JSON(none_as_null=True), nullable=True),
        sa.PrimaryKeyConstraint("charger_id", name="pk_chargers"),
    )
    op.create_table(
        "connectors",
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("connector_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("error_code", sa.String(), nullable=False),
        sa.Column("info", sa.String(), nullable=True),
        sa.Column("vendor_id", sa.String(), nullable=True),
        sa.Column("vendor_error_code", sa.String(), nullable=True),
        sa.Column("status_at", _ts(), nullable=True),
        sa.Column("updated_at", _ts(), nullable=False),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.charger_id"],
            name="fk_connectors_charger_id_chargers",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("charger_id", "connector_id", name="pk_connectors"),
    )
    op.create_table(
        "status_history",
        sa.Column("id", _big_id(), autoincrement=True, nullable=False),
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("error_code", sa.String(), nullable=False),
        sa.Column("info", sa.String(), nullable=True),
        sa.Column("vendor_id", sa.String(), nullable=True),
        sa.Column("vendor_error_code", sa.String(), nullable=True),
        sa.Column("timestamp", _ts(), nullable=True),
        sa.Column("received_at", _ts(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_status_history"),
    )
    op.create_index("ix_status_history_charger_id_id", "status_history", ["charger_id", "id"])

    op.create_table(
        "transactions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("ocpp_id", sa.String(64), nullable=False),
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=False),
        sa.Column("id_tag", sa.String(), nullable=True),
        sa.Column("auth_status", sa.String(32), nullable=False),
        sa.Column("start_time", _ts(), nullable=True),
        sa.Column("meter_start_wh", sa.Double(), nullable=True),
        sa.Column("stop_time", _ts(), nullable=True),
        sa.Column("meter_stop_wh", sa.Double(), nullable=True),
        sa.Column("energy_wh", sa.Double(), nullable=True),
        sa.Column("stop_reason", sa.String(), nullable=True),
        sa.Column("stop_id_tag", sa.String(), nullable=True),
        sa.Column("reservation_id", sa.Integer(), nullable=True),
        sa.Column("orphan", sa.Boolean(), nullable=False),
        sa.Column("created_at", _ts(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_transactions"),
        # Transaction ids go to chargers: SQLite must never re-issue the id of a deleted row.
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_transactions_replay",
        "transactions",
        ["charger_id", "connector_id", "id_tag", "meter_start_wh", "start_time"],
    )
    op.create_index("ix_transactions_charger_id_stop_time", "transactions", ["charger_id", "stop_time"])
    op.create_index("ix_transactions_id_tag_stop_time", "transactions", ["id_tag", "stop_time"])

    op.create_table(
        "meter_samples",
        sa.Column("id", _big_id(), autoincrement=True, nullable=False),
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=False),
        sa.Column("transaction_id", sa.Integer(), nullable=True),
        sa.Column("timestamp", _ts(), nullable=False),
        sa.Column("measurand", sa.String(), nullable=False),
        sa.Column("phase", sa.String(), nullable=True),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("context", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("raw_value", sa.String(), nullable=False),
        sa.Column("raw_unit", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["transactions.id"],
            name="fk_meter_samples_transaction_id_transactions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meter_samples"),
    )
    op.create_index(
        "ix_meter_samples_transaction_id_timestamp", "meter_samples", ["transaction_id", "timestamp"]
    )
    op.create_index("ix_meter_samples_charger_id_timestamp", "meter_samples", ["charger_id", "timestamp"])

    op.create_table(
        "tags",
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("allowed", sa.Boolean(), nullable=False),
        sa.Column("released", sa.Boolean(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("expires_at", _ts(), nullable=True),
        sa.Column("parent_uid", sa.String(), nullable=True),
        sa.Column("created_at", _ts(), nullable=False),
        sa.Column("last_seen_at", _ts(), nullable=True),
        sa.PrimaryKeyConstraint("uid", name="pk_tags"),
    )
    op.create_table(
        "unknown_tags",
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("first_seen_at", _ts(), nullable=False),
        sa.Column("last_seen_at", _ts(), nullable=False),
        sa.Column("times_seen", sa.Integer(), nullable=False),
        sa.Column("last_charger_id", CHARGER_ID, nullable=True),
        sa.PrimaryKeyConstraint("uid", name="pk_unknown_tags"),
    )

    op.create_table(
        "frames",
        sa.Column("id", _big_id(), autoincrement=True, nullable=False),
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("direction", sa.String(3), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("timestamp", _ts(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_frames"),
    )
    op.create_index("ix_frames_charger_id_id", "frames", ["charger_id", "id"])

    op.create_table(
        "commands",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("request_json", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("response_json", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("requested_at", _ts(), nullable=False),
        sa.Column("completed_at", _ts(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_commands"),
    )
    op.create_index("ix_commands_charger_id_id", "commands", ["charger_id", "id"])

    op.create_table(
        "notifications",
        sa.Column("id", _big_id(), autoincrement=True, nullable=False),
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("payload_json", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("at", _ts(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_notifications"),
    )
    op.create_index("ix_notifications_charger_id_id", "notifications", ["charger_id", "id"])


def downgrade() -> None:
    for index, table in (
        ("ix_notifications_charger_id_id", "notifications"),
        ("ix_commands_charger_id_id", "commands"),
        ("ix_frames_charger_id_id", "frames"),
        ("ix_meter_samples_charger_id_timestamp", "meter_samples"),
        ("ix_meter_samples_transaction_id_timestamp", "meter_samples"),
        ("ix_transactions_id_tag_stop_time", "transactions"),
        ("ix_transactions_charger_id_stop_time", "transactions"),
        ("ix_transactions_replay", "transactions"),
        ("ix_status_history_charger_id_id", "status_history"),
    ):
        op.drop_index(index, table_name=table)
    for table in (
        "notifications",
        "commands",
        "frames",
        "unknown_tags",
        "tags",
        "meter_samples",
        "transactions",
        "status_history",
        "connectors",
        "chargers",
    ):
        op.drop_table(table)
