"""Tag register: accounts and credits, tag fields (label number, account, colour, notes, first
seen), tag history, transactions.tag_uid, per-charger local lists, reservations.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01

Written by hand; plain SQLAlchemy types only. Upgrades a 0001 database in place: existing tags
keep every value (new columns get defaults, no label numbers are invented), existing
transactions get ``tag_uid`` from their idTag matched against the register.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHARGER_ID = sa.String(128)
_WHITESPACE = re.compile(r"\s+")
_HEX = re.compile(r"^[0-9A-F]+$")


def _ts() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _big_id() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _normalize(raw: str) -> str:
    # core.rfid.normalize_uid as of this revision (kept here so the revision never changes).
    return _WHITESPACE.sub("", raw).upper()


def _reversed(uid: str) -> str:
    if _HEX.match(uid) and len(uid) % 2 == 0:
        return "".join(uid[i : i + 2] for i in range(len(uid) - 2, -2, -2))
    return uid[::-1]


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("contact", sa.String(), nullable=False),
        sa.Column("service_account", sa.Boolean(), nullable=False),
        sa.Column("allow_concurrent", sa.Boolean(), nullable=False),
        sa.Column("created_at", _ts(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("name", name="uq_accounts_name"),
    )
    op.create_table(
        "account_credits",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("energy_wh", sa.Double(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("added_at", _ts(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name="fk_account_credits_account_id_accounts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_account_credits"),
    )
    op.create_index(
        "ix_account_credits_account_id_added_at", "account_credits", ["account_id", "added_at"]
    )

    # SQLite recreates the table (it cannot add a foreign key in place); PostgreSQL alters it.
    with op.batch_alter_table("tags") as batch:
        batch.add_column(sa.Column("label_number", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("account_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("colour", sa.String(16), nullable=False, server_default=sa.text("'black'"))
        )
        batch.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=sa.text("''")))
        batch.add_column(sa.Column("first_seen_at", _ts(), nullable=True))
        batch.create_foreign_key(
            "fk_tags_account_id_accounts", "accounts", ["account_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index("ix_tags_label_number", ["label_number"], unique=True)
        batch.create_index("ix_tags_account_id", ["account_id"])

    op.create_table(
        "tag_events",
        sa.Column("id", _big_id(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("at", _ts(), nullable=False),
        sa.Column("known", sa.Boolean(), nullable=False),
        sa.Column("charger_id", CHARGER_ID, nullable=True),
        sa.Column("reader", sa.String(), nullable=True),
        sa.Column("purpose", sa.String(32), nullable=True),
        sa.Column("policy", sa.String(16), nullable=True),
        sa.Column("status", sa.String(32), nullable=True),
        sa.Column("reason", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_tag_events"),
    )
    op.create_index("ix_tag_events_uid_id", "tag_events", ["uid", "id"])

    op.add_column(
        "chargers",
        sa.Column("local_list_enabled", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("transactions", sa.Column("tag_uid", sa.String(), nullable=True))
    op.create_index("ix_transactions_tag_uid_stop_time", "transactions", ["tag_uid", "stop_time"])
    _backfill_tag_uids()

    op.create_table(
        "local_lists",
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("full_needed", sa.Boolean(), nullable=False),
        sa.Column("synced_at", _ts(), nullable=True),
        sa.Column("last_status", sa.String(32), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("checked_version", sa.Integer(), nullable=True),
        sa.Column("checked_at", _ts(), nullable=True),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.charger_id"],
            name="fk_local_lists_charger_id_chargers",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("charger_id", name="pk_local_lists"),
    )
    op.create_table(
        "local_list_entries",
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("expires_at", _ts(), nullable=True),
        sa.Column("parent_uid", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["charger_id"],
            ["chargers.charger_id"],
            name="fk_local_list_entries_charger_id_chargers",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("charger_id", "uid", name="pk_local_list_entries"),
    )
    op.create_table(
        "reservations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("charger_id", CHARGER_ID, nullable=False),
        sa.Column("connector_id", sa.Integer(), nullable=False),
        sa.Column("id_tag", sa.String(), nullable=False),
        sa.Column("parent_id_tag", sa.String(), nullable=True),
        sa.Column("expires_at", _ts(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("charger_status", sa.String(32), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("transaction_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _ts(), nullable=False),
        sa.Column("updated_at", _ts(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reservations"),
        # Reservation ids go to chargers: SQLite must never re-issue the id of a deleted row.
        sqlite_autoincrement=True,
    )
    op.create_index("ix_reservations_charger_id_state", "reservations", ["charger_id", "state"])


def _backfill_tag_uids() -> None:
    """transactions.tag_uid = the register uid the idTag matches (exact, then byte-reversed),
    else the normalised idTag."""
    bind = op.get_bind()
    uids = {row[0] for row in bind.execute(sa.text("SELECT uid FROM tags"))}
    updates = []
    rows = bind.execute(sa.text("SELECT id, id_tag FROM transactions WHERE id_tag IS NOT NULL"))
    for transaction_id, id_tag in rows:
        normal = _normalize(id_tag)
        if not normal:
            continue
        reverse = _reversed(normal)
        uid = normal if normal in uids else reverse if reverse in uids else normal
        updates.append({"b_id": transaction_id, "b_uid": uid})
    if updates:
        bind.execute(sa.text("UPDATE transactions SET tag_uid = :b_uid WHERE id = :b_id"), updates)


def downgrade() -> None:
    op.drop_index("ix_reservations_charger_id_state", table_name="reservations")
    op.drop_table("reservations")
    op.drop_table("local_list_entries")
    op.drop_table("local_lists")
    op.drop_index("ix_transactions_tag_uid_stop_time", table_name="transactions")
    # Never recreate these two on SQLite: dropping a parent table with foreign keys on would
    # cascade to meter_samples / connectors. SQLite >= 3.35 drops a plain column in place.
    with op.batch_alter_table("transactions", recreate="never") as batch:
        batch.drop_column("tag_uid")
    with op.batch_alter_table("chargers", recreate="never") as batch:
        batch.drop_column("local_list_enabled")
    op.drop_index("ix_tag_events_uid_id", table_name="tag_events")
    op.drop_table("tag_events")
    with op.batch_alter_table("tags") as batch:
        batch.drop_index("ix_tags_account_id")
        batch.drop_index("ix_tags_label_number")
        batch.drop_constraint("fk_tags_account_id_accounts", type_="foreignkey")
        for column in ("first_seen_at", "notes", "colour", "account_id", "label_number"):
            batch.drop_column(column)
    op.drop_index("ix_account_credits_account_id_added_at", table_name="account_credits")
    op.drop_table("account_credits")
    op.drop_table("accounts")
