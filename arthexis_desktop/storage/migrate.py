"""Programmatic Alembic upgrades (no alembic.ini on disk at run time)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, Connection

from arthexis_desktop.core.errors import StorageError
from arthexis_desktop.storage.engine import create_storage_engine, describe_error, safe_url

# Relative to this file, so it also resolves inside a PyInstaller bundle (which must ship the
# migrations folder's .py files as data: env.py and versions/*.py are loaded from disk by Alembic).
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic ``Config`` built in code; ``connection`` is handed to env.py when given."""
    config = Config()
    # ConfigParser interpolation: a literal '%' in the install path must be doubled.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_engine(engine: Engine) -> None:
    """Upgrade the database behind ``engine`` to head, in one transaction, and check that it can
    be written (a read-only file or a read-only role fails here, not at the first write). Blocking.

    Raises ``StorageError`` (without the URL; callers add it) for any reason it cannot.
    """
    try:
        with engine.begin() as connection:
            current = current_revision(connection)
            known = {
                script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
            }
            if current is not None and current not in known:
                raise StorageError(
                    f"the database was written by a newer version of arthexis-desktop "
                    f"(schema {current}; this version knows up to {head_revision()})"
                )
            command.upgrade(alembic_config(connection), "head")
            connection.execute(text("UPDATE alembic_version SET version_num = version_num"))
    except StorageError:
        raise
    except Exception as exc:  # SQLAlchemy, driver and Alembic errors alike
        raise StorageError(describe_error(exc)) from exc


def open_schema(engine: Engine, *, shown_url: str) -> None:
    """``upgrade_engine`` with the database named in the error."""
    try:
        upgrade_engine(engine)
    except StorageError as exc:
        raise StorageError(f"cannot open database {shown_url}: {exc}") from exc.__cause__


def migrate(url: str | URL) -> None:
    """Open ``url``, upgrade it to head and close it. Blocking: never call it on the event loop.

    Raises ``StorageError`` naming the database and the reason when that is not possible.
    """
    engine = create_storage_engine(url)
    try:
        open_schema(engine, shown_url=safe_url(url))
    finally:
        engine.dispose()
