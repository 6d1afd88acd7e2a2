"""Accounts and their energy credit (jobs run on the worker thread).

The balance is never stored: credit = sum of the operator's credit entries; used = energy of the
finished sessions of the account's tags (``transactions.tag_uid``) that stopped at or after the
first credit entry.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import Account, AccountCredit
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.tables import AccountCreditRow, AccountRow, TagRow, TransactionRow
from arthexis_desktop.storage.tables.tags import ACCOUNT_NAME_LENGTH

ACCOUNT_FIELDS = frozenset({"name", "contact", "service_account", "allow_concurrent"})

# account id -> (credit_wh, first credit at, used_wh)
Usage = tuple[float, datetime, float]


def usage(session: Session, account_ids: Collection[int] | None = None) -> dict[int, Usage]:
    """Credit and consumption of the given accounts (all when ``None``) that have credit."""
    credits = select(
        AccountCreditRow.account_id,
        func.sum(AccountCreditRow.energy_wh),
        func.min(AccountCreditRow.added_at),
    ).group_by(AccountCreditRow.account_id)
    if account_ids is not None:
        credits = credits.where(AccountCreditRow.account_id.in_(account_ids))
    found = {int(aid): (float(total or 0), since) for aid, total, since in session.execute(credits)}
    if not found:
        return {}
    since = (
        select(AccountCreditRow.account_id, func.min(AccountCreditRow.added_at).label("since"))
        .where(AccountCreditRow.account_id.in_(found))
        .group_by(AccountCreditRow.account_id)
        .subquery()
    )
    used_query = (
        select(TagRow.account_id, func.sum(TransactionRow.energy_wh))
        .join(TagRow, TagRow.uid == TransactionRow.tag_uid)
        .join(since, since.c.account_id == TagRow.account_id)
        .where(
            TransactionRow.stop_time.is_not(None),
            TransactionRow.stop_time >= since.c.since,
            TransactionRow.energy_wh.is_not(None),
        )
        .group_by(TagRow.account_id)
    )
    used = {int(aid or 0): float(total or 0) for aid, total in session.execute(used_query)}
    return {aid: (total, first, used.get(aid, 0.0)) for aid, (total, first) in found.items()}


def _tag_counts(session: Session, account_ids: Collection[int] | None = None) -> dict[int, int]:
    query = select(TagRow.account_id, func.count()).where(TagRow.account_id.is_not(None))
    if account_ids is not None:
        query = query.where(TagRow.account_id.in_(account_ids))
    return {int(aid or 0): int(n) for aid, n in session.execute(query.group_by(TagRow.account_id))}


def to_account(row: AccountRow, used: Usage | None, tag_count: int = 0) -> Account:
    credit_wh, since, used_wh = used if used is not None else (None, None, 0.0)
    return Account(
        id=row.id,
        name=row.name,
        contact=row.contact,
        service_account=row.service_account,
        allow_concurrent=row.allow_concurrent,
        credit_wh=credit_wh,
        used_wh=used_wh,
        credit_since=since,
        created_at=row.created_at,
        tag_count=tag_count,
    )


def _require(session: Session, account_id: int) -> AccountRow:
    row = session.get(AccountRow, account_id)
    if row is None:
        raise NotFoundError(f"account {account_id} does not exist")
    return row


def account(session: Session, account_id: int) -> Account | None:
    row = session.get(AccountRow, account_id)
    if row is None:
        return None
    used = usage(session, [account_id]).get(account_id)
    return to_account(row, used, _tag_counts(session, [account_id]).get(account_id, 0))


def list_accounts(session: Session) -> list[Account]:
    rows = session.scalars(select(AccountRow).order_by(func.lower(AccountRow.name), AccountRow.id)).all()
    used = usage(session)
    counts = _tag_counts(session)
    return [to_account(row, used.get(row.id), counts.get(row.id, 0)) for row in rows]


def find_by_name(session: Session, name: str) -> AccountRow | None:
    """Case-insensitive exact name match."""
    key = name.strip().lower()
    return session.scalars(select(AccountRow).where(func.lower(AccountRow.name) == key).limit(1)).first()


def check_name(session: Session, name: str, *, except_id: int | None = None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidCommandError("an account needs a name")
    if len(clean) > ACCOUNT_NAME_LENGTH:
        raise InvalidCommandError(f"an account name has at most {ACCOUNT_NAME_LENGTH} characters")
    other = find_by_name(session, clean)
    if other is not None and other.id != except_id:
        raise InvalidCommandError(f"an account named {other.name!r} exists already")
    return clean


def create_account(
    session: Session,
    name: str,
    *,
    contact: str,
    service_account: bool,
    allow_concurrent: bool,
    at: datetime,
) -> Account:
    row = AccountRow(
        name=check_name(session, name),
        contact=contact.strip(),
        service_account=service_account,
        allow_concurrent=allow_concurrent,
        created_at=at,
    )
    session.add(row)
    session.flush()
    return to_account(row, None)


def update_account(session: Session, account_id: int, changes: Mapping[str, Any]) -> Account:
    unknown = set(changes) - ACCOUNT_FIELDS
    if unknown:
        raise InvalidCommandError(f"accounts have no field(s) {', '.join(sorted(unknown))}")
    row = _require(session, account_id)
    if "name" in changes:
        row.name = check_name(session, str(changes["name"]), except_id=account_id)
    if "contact" in changes:
        row.contact = str(changes["contact"]).strip()
    for flag in ("service_account", "allow_concurrent"):
        if flag in changes:
            setattr(row, flag, bool(changes[flag]))
    session.flush()
    result = account(session, account_id)
    assert result is not None
    return result


def delete_account(session: Session, account_id: int, *, detach_tags: bool) -> list[str]:
    """Delete the account and its credit; returns the uids of the tags it held.

    Refused while tags belong to it, unless ``detach_tags`` (the tags stay, without account)."""
    row = _require(session, account_id)
    uids = list(session.scalars(select(TagRow.uid).where(TagRow.account_id == account_id)))
    if uids and not detach_tags:
        raise InvalidCommandError(
            f"account {row.name!r} holds {len(uids)} tag(s); detach them first or delete with detach"
        )
    if uids:
        session.execute(
            update(TagRow)
            .where(TagRow.account_id == account_id)
            .values(account_id=None)
            .execution_options(synchronize_session=False)
        )
    session.delete(row)
    return uids


def add_credit(session: Session, account_id: int, *, energy_wh: float, note: str, at: datetime) -> Account:
    if not math.isfinite(energy_wh) or energy_wh == 0:
        raise InvalidCommandError("credit must be a non-zero amount of energy")
    _require(session, account_id)
    credit = AccountCreditRow(
        account_id=account_id, energy_wh=float(energy_wh), note=note.strip(), added_at=at
    )
    session.add(credit)
    session.flush()
    result = account(session, account_id)
    assert result is not None
    return result


def list_credits(session: Session, account_id: int) -> list[AccountCredit]:
    _require(session, account_id)
    rows = session.scalars(
        select(AccountCreditRow)
        .where(AccountCreditRow.account_id == account_id)
        .order_by(AccountCreditRow.added_at, AccountCreditRow.id)
    )
    return [convert.account_credit(row) for row in rows]
