"""Engine creation: SQLite (WAL) by default, any SQLAlchemy URL (PostgreSQL) by option."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from arthexis_desktop.core.errors import StorageError

log = logging.getLogger(__name__)

APP_NAME = "arthexis-desktop"
APP_AUTHOR = "Arthexis"
DATABASE_FILE = "arthexis.db"
SQLITE_BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10


def default_database_url(data_dir: Path | None = None) -> str:
    """SQLite file in ``data_dir`` (default: the per-user data folder), creating the folder."""
    folder = Path(data_dir) if data_dir is not None else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the data folder {folder}: {exc.strerror or exc}") from exc
    return URL.create("sqlite+pysqlite", database=str(folder / DATABASE_FILE)).render_as_string()


def parse_database_url(url: str | URL) -> URL:
    """Parse ``url``; ``postgresql://`` and ``postgres://`` mean psycopg 3 (the driver we ship)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError(f"not a database URL: {_redact(str(url))!r}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def safe_url(url: str | URL) -> str:
    """The URL with its password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return _redact(str(url))


def _redact(text: str) -> str:
    # "scheme://user:password@host" -> "scheme://user:***@host" for strings that failed to parse
    if "@" in text and "://" in text:
        scheme, rest = text.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"
    return text


def is_memory_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and (
        url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"
    )


def create_storage_engine(url: str | URL) -> Engine:
    """Create the engine (no connection is opened yet). Raises ``StorageError`` for a bad URL."""
    parsed = parse_database_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed)
            _configure_sqlite(engine, memory=is_memory_sqlite(parsed))
            return engine
        connect_args: dict[str, Any] = {}
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
        # One worker thread uses the pool; pre-ping survives server restarts.
        return create_engine(parsed, pool_pre_ping=True, pool_size=2, connect_args=connect_args)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise StorageError(f"cannot use database URL {safe_url(parsed)}: {exc}") from exc


def _configure_sqlite(engine: Engine, *, memory: bool) -> None:
    """WAL, NORMAL sync, foreign keys, busy timeout; and real transactions.

    pysqlite (Python < 3.12) delays BEGIN until the first write, so reads of a batch would run
    outside its transaction. We switch the driver to autocommit and emit ``BEGIN IMMEDIATE``
    ourselves: the batch holds the write lock from its first statement (no lock-upgrade
    deadlocks with another process; readers are never blocked in WAL mode).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            if not memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def describe_error(exc: BaseException) -> str:
    """One line saying why a database operation failed, without a traceback."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        text = str(exc.orig)
    elif isinstance(exc, SQLAlchemyError):
        text = str(exc).split("\n(Background on this error", 1)[0]
    else:
        text = str(exc) or type(exc).__name__
    return " ".join(part.strip() for part in text.strip().splitlines() if part.strip())
