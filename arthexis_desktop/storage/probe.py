"""Check a database URL before it is used ("Test connection" in the settings): blocking, so the
caller runs it on a worker thread. Nothing is created or migrated: a SQLite file that does not
exist yet is only checked for a folder it can be created in.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL

from arthexis_desktop.core.errors import StorageError
from arthexis_desktop.storage.engine import (
    create_storage_engine,
    describe_error,
    parse_database_url,
    safe_url,
)

PROBE_TIMEOUT_S = 5


@dataclass(frozen=True, slots=True)
class ProbeResult:
    ok: bool
    url: str  # with the password hidden
    backend: str  # "sqlite", "postgresql", ...
    detail: str  # server version / "file will be created" / the reason it failed (one line)
    creates_file: bool = False  # SQLite: the file does not exist yet


def probe_database(url: str) -> ProbeResult:
    """Connect once and run ``SELECT 1``; never raises for a bad URL or an unreachable server."""
    try:
        parsed = parse_database_url(url)
    except StorageError as exc:
        return ProbeResult(False, safe_url(url), "", str(exc))
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        early = _sqlite_file_check(parsed)
        if early is not None:
            return early
    elif backend == "postgresql" and "connect_timeout" not in parsed.query:
        parsed = parsed.update_query_dict({"connect_timeout": str(PROBE_TIMEOUT_S)})
    try:
        engine = create_storage_engine(parsed)
    except StorageError as exc:
        return ProbeResult(False, safe_url(parsed), backend, str(exc))
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            version = ".".join(str(part) for part in (engine.dialect.server_version_info or ()))
    except Exception as exc:
        return ProbeResult(False, safe_url(parsed), backend, describe_error(exc))
    finally:
        engine.dispose()
    return ProbeResult(True, safe_url(parsed), backend, version)


def _sqlite_file_check(parsed: URL) -> ProbeResult | None:
    """A file that does not exist: can its folder take it? (connecting would create it)."""
    database = parsed.database or ""
    if database in ("", ":memory:") or parsed.query.get("mode") == "memory":
        return ProbeResult(True, safe_url(parsed), "sqlite", "in memory")
    path = Path(database)
    if path.exists():
        if path.is_dir():
            return ProbeResult(False, safe_url(parsed), "sqlite", f"{path} is a folder, not a database file")
        return None
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        return ProbeResult(
            False, safe_url(parsed), "sqlite", f"cannot create {path}: {folder} is not writable"
        )
    return ProbeResult(True, safe_url(parsed), "sqlite", "", creates_file=True)
