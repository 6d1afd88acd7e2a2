"""Alembic: the migrated schema is exactly the models, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import StorageError
from arthexis_desktop.core.model import (
    AuthorizationPolicy,
    AuthorizationStatus,
    ChargerSettings,
    Tag,
    TagColour,
)
from arthexis_desktop.storage import Storage, create_storage_engine, migrate
from arthexis_desktop.storage.migrate import (
    MIGRATIONS_DIR,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_engine,
)
from arthexis_desktop.storage.tables import Base
from arthexis_desktop.storage.types import UtcDateTime
from tests.storage.helpers import at, run

pytestmark = pytest.mark.timeout(30)


def _diffs(session: Session) -> list[Any]:
    context = MigrationContext.configure(session.connection(), opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def test_the_migrations_ship_next_to_the_code() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "versions" / "0001_initial.py").is_file()
    assert (MIGRATIONS_DIR / "versions" / "0002_tag_register.py").is_file()
    assert head_revision() == "0002"


@pytest.mark.asyncio
async def test_models_and_migrated_schema_agree(storage: Storage) -> None:
    assert await run(storage, _diffs) == []


@pytest.mark.asyncio
async def test_every_table_is_created_with_its_indexes(storage: Storage) -> None:
    def names(session: Session) -> dict[str, set[str]]:
        inspector = inspect(session.connection())
        return {
            table: {index["name"] or "" for index in inspector.get_indexes(table)}
            for table in inspector.get_table_names()
        }

    tables = await run(storage, names)
    assert set(tables) == set(Base.metadata.tables) | {"alembic_version"}
    assert tables["transactions"] >= {
        "ix_transactions_replay",
        "ix_transactions_charger_id_stop_time",
        "ix_transactions_id_tag_stop_time",
    }
    assert tables["meter_samples"] >= {
        "ix_meter_samples_transaction_id_timestamp",
        "ix_meter_samples_charger_id_timestamp",
    }
    assert tables["frames"] >= {"ix_frames_charger_id_id"}


@pytest.mark.asyncio
async def test_migrate_is_idempotent_and_records_head(db_url: str) -> None:
    migrate(db_url)
    migrate(db_url)
    storage = await Storage.open(db_url)
    try:
        assert await run(storage, lambda s: current_revision(s.connection())) == head_revision()
        assert await run(storage, _diffs) == []
    finally:
        await storage.close()


@pytest.mark.asyncio
async def test_downgrade_to_base_and_upgrade_again(storage: Storage) -> None:
    def down(engine: Engine) -> list[str]:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
            return [t for t in inspect(connection).get_table_names() if t != "alembic_version"]

    assert await storage.worker.submit_exclusive(down) == []
    await storage.worker.submit_exclusive(upgrade_engine)
    assert await run(storage, _diffs) == []


@pytest.mark.asyncio
async def test_a_database_from_a_newer_version_is_refused(db_url: str) -> None:
    storage = await Storage.open(db_url)
    await run(storage, lambda s: s.execute(text("UPDATE alembic_version SET version_num = '9999'")))
    await storage.close()
    with pytest.raises(StorageError, match=r"newer version of arthexis-desktop \(schema 9999") as caught:
        await Storage.open(db_url)
    assert str(caught.value).startswith("cannot open database ")
    with pytest.raises(StorageError, match="newer version"):
        migrate(db_url)


def _v1_tables() -> dict[str, sa.Table]:
    """The 0001 tables this test writes, with the application's timestamp type."""
    meta = sa.MetaData()
    ts = UtcDateTime
    return {
        "chargers": sa.Table(
            "chargers",
            meta,
            *(sa.Column(n, sa.String) for n in ("charger_id", "admission_state", "vendor", "model", "notes")),
            sa.Column("lenient_validation", sa.Boolean),
            sa.Column("connected", sa.Boolean),
        ),
        "tags": sa.Table(
            "tags",
            meta,
            *(sa.Column(n, sa.String) for n in ("uid", "label", "owner", "parent_uid")),
            sa.Column("allowed", sa.Boolean),
            sa.Column("released", sa.Boolean),
            *(sa.Column(n, ts) for n in ("expires_at", "created_at", "last_seen_at")),
        ),
        "transactions": sa.Table(
            "transactions",
            meta,
            sa.Column("id", sa.Integer),
            *(sa.Column(n, sa.String) for n in ("ocpp_id", "charger_id", "id_tag", "auth_status")),
            sa.Column("connector_id", sa.Integer),
            sa.Column("orphan", sa.Boolean),
            *(sa.Column(n, sa.Double) for n in ("meter_start_wh", "meter_stop_wh", "energy_wh")),
            *(sa.Column(n, ts) for n in ("start_time", "stop_time", "created_at")),
        ),
        "meter_samples": sa.Table(
            "meter_samples",
            meta,
            *(sa.Column(n, sa.String) for n in ("charger_id", "measurand", "unit", "context", "location")),
            sa.Column("raw_value", sa.String),
            sa.Column("connector_id", sa.Integer),
            sa.Column("transaction_id", sa.Integer),
            sa.Column("value", sa.Double),
            sa.Column("timestamp", ts),
        ),
    }


def _fill_0001(url: str) -> None:
    engine = create_storage_engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
            t = _v1_tables()
            connection.execute(
                t["chargers"].insert(),
                [
                    {
                        "charger_id": "CP1",
                        "admission_state": "accepted",
                        "vendor": "V",
                        "model": "M",
                        "notes": "",
                        "lenient_validation": False,
                        "connected": False,
                    }
                ],
            )
            connection.execute(
                t["tags"].insert(),
                [
                    {
                        "uid": "04A1B2C3",
                        "label": "Alice",
                        "owner": "acct-7",
                        "parent_uid": "FLEET1",
                        "allowed": True,
                        "released": True,
                        "expires_at": at(86400),
                        "created_at": at(-10),
                        "last_seen_at": at(5),
                    },
                    {
                        "uid": "DEADBEEF",
                        "label": "",
                        "owner": "",
                        "parent_uid": None,
                        "allowed": False,
                        "released": False,
                        "expires_at": None,
                        "created_at": at(-5),
                        "last_seen_at": None,
                    },
                ],
            )
            base = {
                "charger_id": "CP1",
                "connector_id": 1,
                "auth_status": "Accepted",
                "orphan": False,
                "meter_start_wh": 1000.0,
                "created_at": at(0),
            }
            connection.execute(
                t["transactions"].insert(),
                [
                    {
                        **base,
                        "id": 1,
                        "ocpp_id": "1",
                        "id_tag": "04a1b2c3",
                        "start_time": at(0),
                        "stop_time": at(60),
                        "meter_stop_wh": 3000.0,
                        "energy_wh": 2000.0,
                    },
                    {
                        **base,
                        "id": 2,
                        "ocpp_id": "2",
                        "id_tag": "C3B2A104",
                        "start_time": at(100),
                        "stop_time": None,
                        "meter_stop_wh": None,
                        "energy_wh": None,
                    },
                    {
                        **base,
                        "id": 3,
                        "ocpp_id": "3",
                        "id_tag": "stranger 1",
                        "start_time": at(200),
                        "stop_time": None,
                        "meter_stop_wh": None,
                        "energy_wh": None,
                    },
                ],
            )
            connection.execute(
                t["meter_samples"].insert(),
                [
                    {
                        "charger_id": "CP1",
                        "connector_id": 1,
                        "transaction_id": 1,
                        "timestamp": at(30),
                        "measurand": "Energy.Active.Import.Register",
                        "unit": "Wh",
                        "value": 2000.0,
                        "context": "Sample.Periodic",
                        "location": "Outlet",
                        "raw_value": "2000",
                    }
                ],
            )
    finally:
        engine.dispose()


@pytest.mark.asyncio
async def test_a_0001_database_with_data_is_upgraded_intact(db_url: str) -> None:
    await asyncio.to_thread(_fill_0001, db_url)
    storage = await Storage.open(db_url)  # upgrades to head
    try:
        assert await run(storage, lambda s: current_revision(s.connection())) == "0002"
        assert await run(storage, _diffs) == []
        alice, blocked = await storage.list_tags()
        assert alice == Tag(
            uid="04A1B2C3",
            label="Alice",
            allowed=True,
            released=True,
            owner="acct-7",
            expires_at=at(86400),
            parent_uid="FLEET1",
            created_at=at(-10),
            last_seen_at=at(5),
        )  # the new fields have their defaults: no label number, no account, black, no notes
        assert (blocked.uid, blocked.allowed, blocked.colour) == ("DEADBEEF", False, TagColour.BLACK)
        by_id = {t.id: t for t in await storage.list_transactions()}
        assert {i: (t.id_tag, t.tag_uid) for i, t in by_id.items()} == {
            1: ("04a1b2c3", "04A1B2C3"),
            2: ("C3B2A104", "04A1B2C3"),  # byte-reversed form of a registered tag
            3: ("stranger 1", "STRANGER1"),  # not registered: the normalised idTag
        }
        assert (by_id[1].energy_wh, by_id[1].stop_time) == (2000.0, at(60))
        assert [r.values[0].value for r in await storage.meter_readings(1)] == [2000.0]
        record = await storage.charger("CP1")
        assert record is not None and not record.settings.local_list
        # the migrated register works: the blocked tag stays blocked, history starts
        decision = await storage.authorize(
            "CP1", "DEADBEEF", policy=AuthorizationPolicy.OPEN, at=at(300), check_concurrent=True
        )
        assert decision.status is AuthorizationStatus.BLOCKED
        assert [e.status for e in await storage.tag_history("DEADBEEF")] == ["Blocked"]
        # the next printed label starts above nothing: 10
        assert await storage.next_label_number() == 10
    finally:
        await storage.close()


@pytest.mark.asyncio
async def test_downgrading_0002_keeps_the_0001_data(db_url: str) -> None:
    await asyncio.to_thread(_fill_0001, db_url)
    storage = await Storage.open(db_url)
    await storage.create_account("Fleet")
    await storage.update_charger_settings("CP1", ChargerSettings(local_list=True))
    await storage.record_local_list_accepted("CP1", version=1, entries=[])
    await storage.close()

    def down(url: str) -> tuple[int, int, int, list[str]]:
        engine = create_storage_engine(url)
        try:
            with engine.begin() as connection:
                command.downgrade(alembic_config(connection), "0001")
            with engine.connect() as connection:
                counts = [
                    int(connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())
                    for table in ("tags", "transactions", "meter_samples")
                ]
                return counts[0], counts[1], counts[2], sa.inspect(connection).get_table_names()
        finally:
            engine.dispose()

    tags, transactions, samples, tables = await asyncio.to_thread(down, db_url)
    assert (tags, transactions, samples) == (2, 3, 1)  # no cascade through a recreated table
    assert "accounts" not in tables and "local_lists" not in tables
    storage = await Storage.open(db_url)  # and up again
    try:
        assert len(await storage.list_tags()) == 2
        assert await run(storage, _diffs) == []
    finally:
        await storage.close()
