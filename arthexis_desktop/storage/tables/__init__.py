"""SQLAlchemy models, split by topic; ``Base.metadata`` is the whole schema."""

from arthexis_desktop.storage.tables.authlists import LocalListEntryRow, LocalListRow, ReservationRow
from arthexis_desktop.storage.tables.base import CHARGER_ID_LENGTH, Base, table_of
from arthexis_desktop.storage.tables.chargers import ChargerRow, ConnectorRow, StatusHistoryRow
from arthexis_desktop.storage.tables.logs import CommandRow, FrameRow, NotificationRow
from arthexis_desktop.storage.tables.tags import (
    AccountCreditRow,
    AccountRow,
    TagEventRow,
    TagRow,
    UnknownTagRow,
)
from arthexis_desktop.storage.tables.transactions import MeterSampleRow, TransactionRow

__all__ = [
    "CHARGER_ID_LENGTH",
    "AccountCreditRow",
    "AccountRow",
    "Base",
    "ChargerRow",
    "CommandRow",
    "ConnectorRow",
    "FrameRow",
    "LocalListEntryRow",
    "LocalListRow",
    "MeterSampleRow",
    "NotificationRow",
    "ReservationRow",
    "StatusHistoryRow",
    "TagEventRow",
    "TagRow",
    "TransactionRow",
    "UnknownTagRow",
    "table_of",
]
