"""Alembic: the migrated schema is exactly the models, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import StorageError
from arthexis_desktop.storage import Storage, migrate
from arthexis_desktop.storage.migrate import (
    MIGRATIONS_DIR,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_engine,
)
from arthexis_desktop.storage.tables import Base
from tests.storage.helpers import run

pytestmark = pytest.mark.timeout(30)


def _diffs(session: Session) -> list[Any]:
    context = MigrationContext.configure(session.connection(), opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def test_the_migrations_ship_next_to_the_code() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "versions" / "0001_initial.py").is_file()
    assert head_revision() == "0001"


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
