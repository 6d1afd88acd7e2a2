"""Tag register and authorization jobs (run on the worker thread)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, exists, select
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import AuthDecision, AuthorizationPolicy, Tag, UnknownTag
from arthexis_desktop.core.policies import decide_authorization
from arthexis_desktop.core.rfid import match_candidates, normalize_uid
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.tables import TagRow, TransactionRow, UnknownTagRow, table_of
from arthexis_desktop.storage.text import clean
from arthexis_desktop.storage.upsert import upsert

_unknown = table_of(UnknownTagRow)


def find_tag(session: Session, raw_uid: str) -> TagRow | None:
    """The register entry for a presented tag: exact first, then byte-reversed; never a prefix."""
    for candidate in match_candidates(raw_uid):
        row = session.get(TagRow, candidate)
        if row is not None:
            return row
    return None


def has_active_transaction(session: Session, id_tags: set[str]) -> bool:
    query = select(
        exists().where(
            TransactionRow.id_tag.in_(id_tags),
            TransactionRow.stop_time.is_(None),
            TransactionRow.orphan.is_(False),
        )
    )
    return bool(session.scalar(query))


def authorize(
    session: Session,
    charger_id: str,
    id_tag: str,
    *,
    policy: AuthorizationPolicy,
    at: datetime,
    check_concurrent: bool,
) -> AuthDecision:
    """Judge ``id_tag`` with the register and record the sighting.

    A known tag gets ``last_seen_at``; an unknown one is counted in ``unknown_tags`` and is never
    added to the register by being presented.
    """
    candidates = match_candidates(id_tag)
    uid = clean(candidates[0]) if candidates else ""
    row = find_tag(session, id_tag) if uid else None
    concurrent = False
    if check_concurrent and uid:
        forms = {id_tag, *candidates}
        if row is not None:
            forms.add(row.uid)
        concurrent = has_active_transaction(session, forms)
    decision = decide_authorization(
        policy,
        row.uid if row is not None else uid,
        convert.tag(row) if row is not None else None,
        now=at,
        concurrent_session=concurrent,
    )
    if row is not None:
        if row.last_seen_at is None or row.last_seen_at < at:
            row.last_seen_at = at
    elif uid:
        _record_unknown(session, uid, charger_id=charger_id, at=at)
    return decision


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


def list_tags(session: Session) -> list[Tag]:
    return [convert.tag(row) for row in session.scalars(select(TagRow).order_by(TagRow.uid))]


def get_tag(session: Session, uid: str) -> Tag | None:
    row = find_tag(session, uid)
    return convert.tag(row) if row is not None else None


def _normalized(uid: str) -> str:
    normal = normalize_uid(uid)
    if not normal:
        raise InvalidCommandError("a tag needs a uid")
    return normal


def upsert_tag(session: Session, tag: Tag, *, at: datetime) -> Tag:
    """Create or replace the register entry ``tag.uid`` (normalised); clears it from unknown_tags."""
    uid = _normalized(tag.uid)
    row = session.get(TagRow, uid)
    if row is None:
        row = TagRow(uid=uid, created_at=tag.created_at or at)
        session.add(row)
    row.label = tag.label
    row.allowed = tag.allowed
    row.released = tag.released
    row.owner = tag.owner
    row.expires_at = tag.expires_at
    row.parent_uid = normalize_uid(tag.parent_uid) if tag.parent_uid else None
    if tag.last_seen_at is not None:
        row.last_seen_at = tag.last_seen_at
    session.execute(delete(UnknownTagRow).where(UnknownTagRow.uid == uid))
    session.flush()
    return convert.tag(row)


def set_tag_allowed(session: Session, uid: str, allowed: bool) -> Tag:
    row = session.get(TagRow, _normalized(uid))
    if row is None:
        raise NotFoundError(f"tag {uid!r} is not in the register")
    row.allowed = allowed
    return convert.tag(row)


def delete_tag(session: Session, uid: str) -> None:
    row = session.get(TagRow, _normalized(uid))
    if row is None:
        raise NotFoundError(f"tag {uid!r} is not in the register")
    session.delete(row)


def list_unknown_tags(session: Session) -> list[UnknownTag]:
    query = select(UnknownTagRow).order_by(UnknownTagRow.last_seen_at.desc(), UnknownTagRow.uid)
    return [convert.unknown_tag(row) for row in session.scalars(query)]


def enrol_unknown_tag(session: Session, uid: str, *, label: str, allowed: bool, at: datetime) -> Tag:
    """Move a tag from the unknown list into the register (also works for a uid never seen)."""
    normal = _normalized(uid)
    seen = session.get(UnknownTagRow, normal)
    existing = session.get(TagRow, normal)
    base = convert.tag(existing) if existing is not None else Tag(uid=normal, created_at=at)
    tag = replace(
        base,
        label=label or base.label,
        allowed=allowed,
        last_seen_at=seen.last_seen_at if seen is not None else base.last_seen_at,
    )
    return upsert_tag(session, tag, at=at)
