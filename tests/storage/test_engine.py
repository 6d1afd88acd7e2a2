"""Engine set-up: default location, SQLite pragmas, PostgreSQL URLs, clear errors."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import StorageError
from arthexis_desktop.storage import Storage, default_database_url, migrate, safe_url
from arthexis_desktop.storage.engine import DATABASE_FILE, parse_database_url
from tests.fixtures.db import PostgresServer
from tests.storage.helpers import run

pytestmark = pytest.mark.timeout(30)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens once the socket is closed


def _assert_clear(error: StorageError, *fragments: str) -> None:
    message = str(error)
    assert "\n" not in message and "Traceback" not in message
    for fragment in fragments:
        assert fragment in message


def test_default_url_uses_the_given_folder_and_creates_it(tmp_path: Path) -> None:
    folder = tmp_path / "nested" / "data"
    url = default_database_url(folder)
    assert folder.is_dir()
    assert make_url(url).get_backend_name() == "sqlite"
    assert Path(make_url(url).database or "") == folder / DATABASE_FILE


def test_default_url_without_folder_is_in_the_per_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    url = default_database_url()
    database = Path(make_url(url).database or "")
    assert database.parent == tmp_path / "xdg" / "arthexis-desktop"
    assert database.parent.is_dir()


def test_default_url_reports_a_folder_it_cannot_create(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="cannot create the data folder") as caught:
        default_database_url(blocker / "data")
    _assert_clear(caught.value)


def test_plain_postgresql_urls_mean_psycopg() -> None:
    assert parse_database_url("postgresql://u:p@h/db").drivername == "postgresql+psycopg"
    assert parse_database_url("postgres://u:p@h/db").drivername == "postgresql+psycopg"
    assert "secret" not in safe_url("postgresql+psycopg://u:secret@h/db")


@pytest.mark.asyncio
async def test_default_url_opens(tmp_path: Path) -> None:
    storage = await Storage.open(default_database_url(tmp_path))
    try:
        assert await storage.list_chargers() == []
        assert (tmp_path / DATABASE_FILE).exists()
    finally:
        await storage.close()


@pytest.mark.asyncio
async def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_url: str) -> None:
    storage = await Storage.open(sqlite_url)
    try:

        def pragmas(session: Session) -> dict[str, object]:
            return {
                name: session.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }

        assert await run(storage, pragmas) == {
            "journal_mode": "wal",
            "synchronous": 1,  # NORMAL
            "foreign_keys": 1,
            "busy_timeout": 10_000,
        }
    finally:
        await storage.close()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("this is not a url", "not a database URL"),
        ("nosuchdb://host/db", "cannot use database URL"),
        ("mysql+nosuchdriver://host/db", "cannot use database URL"),
    ],
)
async def test_a_bad_url_is_a_clear_error(url: str, fragment: str) -> None:
    with pytest.raises(StorageError, match=fragment) as caught:
        await Storage.open(url)
    _assert_clear(caught.value)


@pytest.mark.asyncio
async def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'x.db'}"
    with pytest.raises(StorageError, match="unable to open database file") as caught:
        await Storage.open(url)
    _assert_clear(caught.value, "cannot open database", "x.db")


@pytest.mark.asyncio
async def test_a_folder_instead_of_a_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="unable to open database file"):
        await Storage.open(f"sqlite:///{tmp_path}")


@pytest.mark.asyncio
async def test_a_read_only_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    migrate(f"sqlite:///{path}")  # a valid database first
    with pytest.raises(StorageError, match="readonly") as caught:
        await Storage.open(f"sqlite:///file:{path}?mode=ro&uri=true")
    _assert_clear(caught.value, "cannot open database")


@pytest.mark.asyncio
async def test_an_unreachable_server_is_a_clear_error() -> None:
    url = f"postgresql+psycopg://app:hunter2@127.0.0.1:{_closed_port()}/arthexis"
    with pytest.raises(StorageError, match="refused") as caught:
        await Storage.open(url)
    _assert_clear(caught.value, "cannot open database", "127.0.0.1")
    assert "hunter2" not in str(caught.value)


@pytest.mark.asyncio
@pytest.mark.postgres
async def test_a_wrong_password_is_a_clear_error(postgres_server: PostgresServer) -> None:
    url = postgres_server.url("postgres", password="wrong-password")
    with pytest.raises(StorageError, match="password authentication failed") as caught:
        await Storage.open(url)
    _assert_clear(caught.value, "cannot open database")
    assert "wrong-password" not in str(caught.value)


@pytest.mark.asyncio
@pytest.mark.postgres
async def test_a_missing_database_is_a_clear_error(postgres_server: PostgresServer) -> None:
    with pytest.raises(StorageError, match='database "no_such_db" does not exist'):
        await Storage.open(postgres_server.url("no_such_db"))


@pytest.mark.asyncio
@pytest.mark.postgres
async def test_a_plain_postgresql_url_opens(postgres_server: PostgresServer) -> None:
    url = postgres_server.create_database().replace("postgresql+psycopg://", "postgresql://")
    storage = await Storage.open(url)
    try:
        assert await storage.list_chargers() == []
        assert postgres_server.password not in storage.url
    finally:
        await storage.close()


def test_migrate_reports_errors_as_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="unable to open database file"):
        migrate(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
