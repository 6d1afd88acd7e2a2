"""Authorization against the register, sightings and the tag history (worker-thread jobs)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, case, exists, or_, select
from sqlalchemy.orm import Session

from arthexis_desktop.core.model import (
    Account,
    AuthDecision,
    AuthorizationPolicy,
    Tag,
    TagEvent,
    TagEventKind,
)
from arthexis_desktop.core.policies import decide_authorization, refuses_concurrent
from arthexis_desktop.core.rfid import match_candidates, reversed_uid
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.repo import accounts
from arthexis_desktop.storage.repo.tags import find_tag, normalized
from arthexis_desktop.storage.tables import TagEventRow, TagRow, TransactionRow, UnknownTagRow, table_of
from arthexis_desktop.storage.text import clean
from arthexis_desktop.storage.upsert import upsert

_unknown = table_of(UnknownTagRow)


def has_active_transaction(session: Session, id_tags: set[str], *, tag_uid: str | None = None) -> bool:
    """An open, non-orphan session whose idTag is one of ``id_tags`` (or matched ``tag_uid``)."""
    match: ColumnElement[bool] = TransactionRow.id_tag.in_(id_tags)
    if tag_uid is not None:
        match = or_(match, TransactionRow.tag_uid == tag_uid)
    query = select(
        exists().where(match, TransactionRow.stop_time.is_(None), TransactionRow.orphan.is_(False))
    )
    return bool(session.scalar(query))


def tag_account(session: Session, row: TagRow | None) -> Account | None:
    if row is None or row.account_id is None:
        return None
    return accounts.account(session, row.account_id)


def authorize(
    session: Session,
    charger_id: str,
    id_tag: str,
    *,
    policy: AuthorizationPolicy,
    at: datetime,
    check_concurrent: bool,
    purpose: str = "Authorize",
) -> AuthDecision:
    """Judge ``id_tag`` with the register and the tag's account; record sighting and decision.

    A known tag gets ``first/last_seen_at``; an unknown one is counted in ``unknown_tags`` and is
    never added to the register by being presented. Every decision is a ``tag_events`` row.
    """
    candidates = match_candidates(id_tag)
    uid = clean(candidates[0]) if candidates else ""
    row = find_tag(session, id_tag) if uid else None
    account = tag_account(session, row)
    concurrent = False
    if check_concurrent and row is not None and refuses_concurrent(policy, account):
        forms = {clean(id_tag), *candidates, row.uid}
        concurrent = has_active_transaction(session, forms, tag_uid=row.uid)
    decision = decide_authorization(
        policy,
        row.uid if row is not None else uid,
        convert.tag(row) if row is not None else None,
        now=at,
        concurrent_session=concurrent,
        account=account,
    )
    if row is not None:
        _seen(row, at)
    elif uid:
        _record_unknown(session, uid, charger_id=charger_id, at=at)
    if decision.tag_uid:
        session.add(
            TagEventRow(
                uid=decision.tag_uid,
                kind=TagEventKind.AUTHORIZATION.value,
                at=at,
                known=decision.known,
                charger_id=charger_id,
                purpose=purpose[:32],
                policy=policy.value,
                status=decision.status.value,
                reason=decision.reason[:64],
            )
        )
    return decision


def _seen(row: TagRow, at: datetime) -> None:
    if row.last_seen_at is None or row.last_seen_at < at:
        row.last_seen_at = at
    if row.first_seen_at is None or row.first_seen_at > at:
        row.first_seen_at = at


def _record_unknown(session: Session, uid: str, *, charger_id: str, at: datetime) -> None:
    def on_conflict(proposed: Any) -> dict[str, Any]:
        newer = _unknown.c.last_seen_at < proposed.last_seen_at
        return {
            "times_seen": _unknown.c.times_seen + 1,
            "last_seen_at": case((newer, proposed.last_seen_at), else_=_unknown.c.last_seen_at),
            "last_charger_id": case((newer, proposed.last_charger_id), else_=_unknown.c.last_charger_id),
        }

    values = {
        "uid": uid,
        "first_seen_at": at,
        "last_seen_at": at,
        "times_seen": 1,
        "last_charger_id": charger_id,
    }
    upsert(session, _unknown, values, keys=("uid",), on_conflict=on_conflict)
    loaded = session.identity_map.get(session.identity_key(UnknownTagRow, (uid,)))
    if loaded is not None:  # the upsert bypassed the ORM
        session.expire(loaded)


def record_scan(session: Session, uid: str, *, reader: str, at: datetime) -> Tag | None:
    """A card held to a reader on this computer: history row, first/last seen of a known tag.

    Returns the register entry, or ``None`` for a card not in the register (which is not added
    to the unknown list either: that list is for tags seen at chargers)."""
    row = find_tag(session, uid)
    normal = row.uid if row is not None else clean(normalized(uid))
    if row is not None:
        _seen(row, at)
    session.add(
        TagEventRow(
            uid=normal, kind=TagEventKind.SCAN.value, at=at, known=row is not None, reader=clean(reader)
        )
    )
    return convert.tag(row) if row is not None else None


def tag_history(session: Session, uid: str, *, limit: int) -> list[TagEvent]:
    """Scans and decisions of the tag (stored under its uid or byte-reversed uid), newest first."""
    row = find_tag(session, uid)
    normal = row.uid if row is not None else normalized(uid)
    forms = {normal, reversed_uid(normal)}
    query = (
        select(TagEventRow)
        .where(TagEventRow.uid.in_(forms))
        .order_by(TagEventRow.at.desc(), TagEventRow.id.desc())
        .limit(limit)
    )
    return [convert.tag_event(event) for event in session.scalars(query)]
