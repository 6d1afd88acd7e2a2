"""INSERT ... ON CONFLICT DO UPDATE for SQLite and PostgreSQL (select-then-write elsewhere)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

# excluded (the proposed row) -> {column name: new value expression}
UpdateFn = Callable[[Any], Mapping[str, Any]]


def upsert(
    session: Session,
    table: Table,
    values: Mapping[str, Any],
    *,
    keys: tuple[str, ...],
    on_conflict: UpdateFn,
) -> None:
    """Insert ``values`` or, when a row with the same ``keys`` exists, apply ``on_conflict``."""
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        module: Any = sqlite if dialect == "sqlite" else postgresql
        stmt = module.insert(table).values(dict(values))
        stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_=dict(on_conflict(stmt.excluded)))
        session.execute(stmt)
        return
    match: ColumnElement[bool] = and_(*(table.c[key] == values[key] for key in keys))
    if session.execute(select(table.c[keys[0]]).where(match).with_for_update()).first() is None:
        session.execute(insert(table).values(dict(values)))
        return
    session.execute(update(table).where(match).values(dict(on_conflict(_Proposed(values)))))


class _Proposed:
    """Stand-in for ``excluded`` on dialects without ON CONFLICT: attributes are the values."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = values

    def __getattr__(self, name: str) -> Any:
        return self._values[name]


def upsert_many(session: Session, table: Table, rows: list[dict[str, Any]], *, keys: tuple[str, ...]) -> None:
    """Insert every row, or overwrite the non-key columns of the row with the same ``keys``.

    One executemany statement on SQLite and PostgreSQL; row by row elsewhere. All rows must have
    the same columns.
    """
    columns = [name for name in rows[0] if name not in keys]
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        module: Any = sqlite if dialect == "sqlite" else postgresql
        stmt = module.insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(keys), set_={name: stmt.excluded[name] for name in columns}
        )
        session.execute(stmt, rows)
        return
    for row in rows:
        upsert(
            session,
            table,
            row,
            keys=keys,
            on_conflict=lambda excluded: {n: getattr(excluded, n) for n in columns},
        )
