"""SQLAlchemy models, split by topic; ``Base.metadata`` is the whole schema."""

from arthexis_desktop.storage.tables.base import CHARGER_ID_LENGTH, Base, table_of
from arthexis_desktop.storage.tables.chargers import ChargerRow, ConnectorRow, StatusHistoryRow
from arthexis_desktop.storage.tables.logs import CommandRow, FrameRow, NotificationRow
from arthexis_desktop.storage.tables.tags import TagRow, UnknownTagRow
from arthexis_desktop.storage.tables.transactions import MeterSampleRow, TransactionRow

__all__ = [
    "CHARGER_ID_LENGTH",
    "Base",
    "ChargerRow",
    "CommandRow",
    "ConnectorRow",
    "FrameRow",
    "MeterSampleRow",
    "NotificationRow",
    "StatusHistoryRow",
    "TagRow",
    "TransactionRow",
    "UnknownTagRow",
    "table_of",
]
