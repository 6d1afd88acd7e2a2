"""Local authorization lists: what each charger should hold and what it accepted (worker jobs).

The version of a charger's list only moves when the charger answered SendLocalList with
Accepted (fixes the original's ⚠ §11.9, which stored it on Failed/VersionMismatch too); a
ClearCache does not touch it (the authorization cache is not the local list).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import NotFoundError
from arthexis_desktop.core.model import LocalListEntry, LocalListState
from arthexis_desktop.core.policies import local_list_entry
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.repo import accounts
from arthexis_desktop.storage.tables import (
    AccountRow,
    ChargerRow,
    LocalListEntryRow,
    LocalListRow,
    TagRow,
    table_of,
)

_entries = table_of(LocalListEntryRow)


def desired_list(session: Session, *, at: datetime) -> list[LocalListEntry]:
    """The entries every local list should hold now (core.policies.local_list_entry), by uid."""
    rows = session.scalars(select(TagRow).where(TagRow.released.is_(True)).order_by(TagRow.uid)).all()
    account_ids = {row.account_id for row in rows if row.account_id is not None}
    by_id = {}
    if account_ids:
        used = accounts.usage(session, account_ids)
        for account_row in session.scalars(select(AccountRow).where(AccountRow.id.in_(account_ids))):
            by_id[account_row.id] = accounts.to_account(account_row, used.get(account_row.id))
    entries = []
    for row in rows:
        account = by_id.get(row.account_id) if row.account_id is not None else None
        entry = local_list_entry(convert.tag(row), account, now=at)
        if entry is not None:
            entries.append(entry)
    return entries


def _row(session: Session, charger_id: str) -> LocalListRow:
    if session.get(ChargerRow, charger_id) is None:
        raise NotFoundError(f"charger {charger_id!r} is not known")
    row = session.get(LocalListRow, charger_id)
    if row is None:
        row = LocalListRow(charger_id=charger_id, version=0, full_needed=True)
        session.add(row)
    return row


def get_state(session: Session, charger_id: str) -> LocalListState:
    row = session.get(LocalListRow, charger_id)
    entries = session.scalars(select(LocalListEntryRow).where(LocalListEntryRow.charger_id == charger_id))
    return convert.local_list_state(charger_id, row, entries)


def enabled_chargers(session: Session) -> list[str]:
    query = select(ChargerRow.charger_id).where(ChargerRow.local_list_enabled.is_(True))
    return list(session.scalars(query.order_by(ChargerRow.charger_id)))


def record_accepted(
    session: Session, charger_id: str, *, version: int, entries: Sequence[LocalListEntry], at: datetime
) -> LocalListState:
    """The charger accepted ``version``: it now holds exactly ``entries``."""
    row = _row(session, charger_id)
    session.execute(delete(LocalListEntryRow).where(LocalListEntryRow.charger_id == charger_id))
    if entries:
        session.execute(
            insert(_entries),
            [
                {
                    "charger_id": charger_id,
                    "uid": entry.uid,
                    "status": entry.status.value,
                    "expires_at": entry.expires_at,
                    "parent_uid": entry.parent_uid,
                }
                for entry in entries
            ],
        )
    row.version = version
    row.full_needed = False
    row.synced_at = at
    row.last_status = "Accepted"
    row.last_error = None
    session.flush()
    return get_state(session, charger_id)


def record_refused(
    session: Session, charger_id: str, *, status: str, error: str | None, full_needed: bool, at: datetime
) -> LocalListState:
    """SendLocalList was not accepted (Failed, NotSupported, VersionMismatch, no answer): the
    version stays; ``full_needed`` makes the next update a Full one."""
    row = _row(session, charger_id)
    row.last_status = status
    row.last_error = error
    row.synced_at = at
    if full_needed:
        row.full_needed = True
    session.flush()
    return get_state(session, charger_id)


def record_checked(session: Session, charger_id: str, *, version: int, at: datetime) -> LocalListState:
    """GetLocalListVersion answered ``version``; a version other than the one we know the charger
    accepted (a reset, another central system) makes the next update Full."""
    row = _row(session, charger_id)
    row.checked_version = version
    row.checked_at = at
    if version != row.version:
        row.full_needed = True
    session.flush()
    return get_state(session, charger_id)
