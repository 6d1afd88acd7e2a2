"""Alembic environment.

At run time ``arthexis_desktop.storage.migrate`` passes an open connection in
``config.attributes["connection"]``. From the command line (developers writing a new revision:
``alembic -c arthexis_desktop/storage/migrations/alembic.ini revision --autogenerate -m ...``)
the URL comes from ``sqlalchemy.url`` or the ``ARTHEXIS_DATABASE_URL`` environment variable.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy.engine import Connection

from arthexis_desktop.storage.engine import create_storage_engine, default_database_url
from arthexis_desktop.storage.tables import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode recreates tables in later revisions.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def _url() -> str:
    return (
        os.environ.get("ARTHEXIS_DATABASE_URL")
        or config.get_main_option("sqlalchemy.url")
        or default_database_url()
    )


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_storage_engine(_url())
    try:
        with engine.begin() as own_connection:
            _configure(own_connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
