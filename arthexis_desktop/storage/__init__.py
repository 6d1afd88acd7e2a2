"""Storage layer: SQLAlchemy models, Alembic migrations, one DB worker thread, the ``Storage`` facade.

Usage: ``storage = await Storage.open(default_database_url())`` (or a ``postgresql+psycopg://``
URL), then the coroutines of ``Storage``, then ``await storage.close()``.
"""

from arthexis_desktop.storage.engine import create_storage_engine, default_database_url, safe_url
from arthexis_desktop.storage.facade import DEFAULT_FRAME_LOG_LIMIT, Storage
from arthexis_desktop.storage.migrate import migrate
from arthexis_desktop.storage.repo.tag_import import RegisterChangedError, RegisterImport
from arthexis_desktop.storage.worker import DbWorker, RowSink, WorkerStats

__all__ = [
    "DEFAULT_FRAME_LOG_LIMIT",
    "DbWorker",
    "RegisterChangedError",
    "RegisterImport",
    "RowSink",
    "Storage",
    "WorkerStats",
    "create_storage_engine",
    "default_database_url",
    "migrate",
    "safe_url",
]
