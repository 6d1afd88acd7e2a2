"""Bulk INSERT straight through the driver, for the high-volume append-only tables.

Meter samples and raw frames arrive at tens of thousands of rows per second under load. SQLAlchemy
Core's executemany spends ~10 µs of Python per row compiling parameters and running bind
processors, all while holding the GIL the event loop needs. On SQLite and PostgreSQL (psycopg)
this helper builds the tuples itself and hands them to the driver's ``executemany`` (which does
its work in C, mostly without the GIL), on the session's own connection and transaction.
Other dialects take the Core path. Values are stored exactly as the ORM would store them, so
the ORM reads them back unchanged (tested on both backends).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from arthexis_desktop.storage.types import UtcDateTime

Row = dict[str, Any]

# SQLAlchemy's default storage format for DATETIME on SQLite (sqlalchemy.dialects.sqlite.DATETIME)
_SQLITE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def _sqlite_datetime(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value.isoformat()} cannot be stored; use aware UTC")
    return value.astimezone(UTC).strftime(_SQLITE_FORMAT)


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value.isoformat()} cannot be stored; use aware UTC")
    return value


def bulk_insert(session: Session, table: Table, rows: list[Row]) -> None:
    """INSERT every row (all rows have the same keys) with one driver-level executemany."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    convert: Callable[[datetime], Any]
    if dialect.name == "sqlite":
        placeholder, convert = "?", _sqlite_datetime
    elif dialect.name == "postgresql" and dialect.driver == "psycopg":
        placeholder, convert = "%s", _aware
    else:
        session.execute(insert(table), rows)
        return
    columns = list(rows[0])
    timestamp_columns = {name for name in columns if isinstance(table.c[name].type, UtcDateTime)}
    quote = dialect.identifier_preparer.quote
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(table.name), ", ".join(quote(name) for name in columns), ", ".join([placeholder] * len(columns))
    )
    converted: dict[int, Any] = {}  # many rows share one timestamp object (one meter reading)

    def cell(name: str, value: Any) -> Any:
        if value is None or name not in timestamp_columns:
            return value
        key = id(value)
        if key not in converted:
            converted[key] = convert(value)
        return converted[key]

    if timestamp_columns:
        params = [tuple(cell(name, row.get(name)) for name in columns) for row in rows]
    else:
        params = [tuple(row.get(name) for name in columns) for row in rows]
    cursor = session.connection().connection.cursor()
    try:
        cursor.executemany(sql, params)
    except dialect.loaded_dbapi.Error as exc:  # reported like any SQLAlchemy statement failure
        raise DBAPIError.instance(sql, params[:1], exc, dialect.loaded_dbapi.Error) from exc
    finally:
        cursor.close()
