"""The tag register: entries, label numbers, search, unknown tags (jobs run on the worker thread)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import Tag, TagColour, UnknownTag
from arthexis_desktop.core.policies import next_label_number
from arthexis_desktop.core.rfid import match_candidates, normalize_uid, reversed_uid
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.tables import AccountRow, TagRow, UnknownTagRow

# What ``update_tag`` may change (the uid never changes: delete and enrol instead).
TAG_FIELDS = frozenset(
    {
        "label",
        "allowed",
        "released",
        "owner",
        "expires_at",
        "parent_uid",
        "label_number",
        "account_id",
        "colour",
        "notes",
    }
)
FLAG_FIELDS = frozenset({"allowed", "released"})


def find_tag(session: Session, raw_uid: str) -> TagRow | None:
    """The register entry for a presented tag: exact first, then byte-reversed; never a prefix."""
    for candidate in match_candidates(raw_uid):
        row = session.get(TagRow, candidate)
        if row is not None:
            return row
    return None


def normalized(uid: str) -> str:
    normal = normalize_uid(uid)
    if not normal:
        raise InvalidCommandError("a tag needs a uid")
    return normal


def require_tag(session: Session, uid: str) -> TagRow:
    row = find_tag(session, uid)
    if row is None:
        raise NotFoundError(f"tag {uid!r} is not in the register")
    return row


def list_tags(session: Session) -> list[Tag]:
    return [convert.tag(row) for row in session.scalars(select(TagRow).order_by(TagRow.uid))]


def search_tags(
    session: Session,
    *,
    text: str,
    allowed: bool | None,
    released: bool | None,
    account_id: int | None,
    colour: TagColour | None,
    expired_at: datetime | None,
    limit: int,
) -> list[Tag]:
    """Register entries matching every given filter, by label number (unnumbered last), uid.

    ``text`` matches (case-insensitively, anywhere) the uid or its byte-reversed form, the name,
    owner, notes and account name, or exactly the label number. ``expired_at``: only the tags
    expired at that time.
    """
    query = select(TagRow).outerjoin(AccountRow, AccountRow.id == TagRow.account_id)
    words = text.split()
    for word in words:
        pattern = f"%{_escape(word.lower())}%"
        upper = normalize_uid(word)
        alternatives = [
            TagRow.uid.contains(upper, autoescape=True),
            TagRow.uid.contains(reversed_uid(upper), autoescape=True),
            func.lower(TagRow.label).like(pattern, escape="\\"),
            func.lower(TagRow.owner).like(pattern, escape="\\"),
            func.lower(TagRow.notes).like(pattern, escape="\\"),
            func.lower(AccountRow.name).like(pattern, escape="\\"),
        ]
        if word.isdigit() and len(word) < 10:
            alternatives.append(TagRow.label_number == int(word))
        query = query.where(or_(*alternatives))
    if allowed is not None:
        query = query.where(TagRow.allowed.is_(allowed))
    if released is not None:
        query = query.where(TagRow.released.is_(released))
    if account_id is not None:
        query = query.where(TagRow.account_id == account_id)
    if colour is not None:
        query = query.where(TagRow.colour == TagColour(colour).value)
    if expired_at is not None:
        query = query.where(TagRow.expires_at.is_not(None), TagRow.expires_at <= expired_at)
    query = query.order_by(TagRow.label_number.is_(None), TagRow.label_number, TagRow.uid).limit(limit)
    return [convert.tag(row) for row in session.scalars(query)]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_tag(session: Session, uid: str) -> Tag | None:
    row = find_tag(session, uid)
    return convert.tag(row) if row is not None else None


def tags_by_uid(session: Session, uids: Sequence[str]) -> dict[str, Tag]:
    """The register entries of ``uids`` (exact or byte-reversed), keyed by the uid asked for."""
    found: dict[str, Tag] = {}
    for uid in uids:
        row = find_tag(session, uid)
        if row is not None:
            found[uid] = convert.tag(row)
    return found


def next_label(session: Session) -> int:
    return next_label_number(session.scalar(select(func.max(TagRow.label_number))))


def check_label(session: Session, number: int | None, *, uid: str) -> None:
    if number is None:
        return
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise InvalidCommandError("a label number is a whole number of 1 or more")
    holder = session.scalars(select(TagRow.uid).where(TagRow.label_number == number).limit(1)).first()
    if holder is not None and holder != uid:
        raise InvalidCommandError(f"label {number} is already on tag {holder}")


def check_account(session: Session, account_id: int | None) -> None:
    if account_id is not None and session.get(AccountRow, account_id) is None:
        raise NotFoundError(f"account {account_id} does not exist")


def _apply(row: TagRow, tag: Tag) -> None:
    row.label = tag.label
    row.allowed = tag.allowed
    row.released = tag.released
    row.owner = tag.owner
    row.expires_at = tag.expires_at
    row.parent_uid = normalize_uid(tag.parent_uid) if tag.parent_uid else None
    row.label_number = tag.label_number
    row.account_id = tag.account_id
    row.colour = TagColour(tag.colour).value
    row.notes = tag.notes


def _forget_unknown(session: Session, uid: str) -> UnknownTagRow | None:
    seen = session.get(UnknownTagRow, uid)
    session.execute(delete(UnknownTagRow).where(UnknownTagRow.uid == uid))
    return seen


def upsert_tag(session: Session, tag: Tag, *, at: datetime) -> Tag:
    """Create or replace the register entry ``tag.uid`` (normalised); clears it from unknown_tags.

    Every field is replaced by ``tag``'s, except the sighting times, which only move when given.
    """
    uid = normalized(tag.uid)
    check_label(session, tag.label_number, uid=uid)
    check_account(session, tag.account_id)
    row = session.get(TagRow, uid)
    if row is None:
        row = TagRow(uid=uid, created_at=tag.created_at or at)
        session.add(row)
    _apply(row, tag)
    if tag.last_seen_at is not None:
        row.last_seen_at = tag.last_seen_at
    if tag.first_seen_at is not None:
        row.first_seen_at = tag.first_seen_at
    _forget_unknown(session, uid)
    session.flush()
    return convert.tag(row)


def create_tag(session: Session, tag: Tag, *, at: datetime, auto_label: bool) -> Tag:
    """Add a new entry (``InvalidCommandError`` if the uid, or its reversed form, is registered).

    Without a label number and with ``auto_label``, it gets the next one. Sightings recorded
    while it was unknown carry over (first/last seen)."""
    uid = normalized(tag.uid)
    existing = find_tag(session, uid)
    if existing is not None:
        raise InvalidCommandError(f"tag {existing.uid} is already in the register")
    if tag.label_number is None and auto_label:
        tag = replace(tag, label_number=next_label(session))
    seen = session.get(UnknownTagRow, uid)
    if seen is not None:
        tag = replace(
            tag,
            first_seen_at=tag.first_seen_at or seen.first_seen_at,
            last_seen_at=tag.last_seen_at or seen.last_seen_at,
        )
    return upsert_tag(session, replace(tag, uid=uid, created_at=tag.created_at or at), at=at)


def update_tag(session: Session, uid: str, changes: Mapping[str, Any]) -> Tag:
    unknown = set(changes) - TAG_FIELDS
    if unknown:
        raise InvalidCommandError(f"tags have no field(s) {', '.join(sorted(unknown))}")
    row = require_tag(session, uid)
    tag = replace(convert.tag(row), **changes)
    check_label(session, tag.label_number, uid=row.uid)
    check_account(session, tag.account_id)
    _apply(row, tag)
    session.flush()
    return convert.tag(row)


def set_flag(session: Session, uids: Sequence[str], field: str, value: bool) -> list[Tag]:
    """Bulk allow/block/release: every uid must be registered, else nothing changes."""
    if field not in FLAG_FIELDS:
        raise InvalidCommandError(f"{field} is not a flag of a tag")
    rows = [(uid, find_tag(session, uid)) for uid in uids]
    missing = [uid for uid, row in rows if row is None]
    if missing:
        raise NotFoundError(f"not in the register: {', '.join(missing)}")
    changed = []
    for _, row in rows:
        assert row is not None
        setattr(row, field, bool(value))
        changed.append(convert.tag(row))
    return changed


def set_tag_allowed(session: Session, uid: str, allowed: bool) -> Tag:
    row = session.get(TagRow, normalized(uid))
    if row is None:
        raise NotFoundError(f"tag {uid!r} is not in the register")
    row.allowed = allowed
    return convert.tag(row)


def delete_tag(session: Session, uid: str) -> None:
    row = session.get(TagRow, normalized(uid))
    if row is None:
        raise NotFoundError(f"tag {uid!r} is not in the register")
    session.delete(row)


def list_unknown_tags(session: Session) -> list[UnknownTag]:
    query = select(UnknownTagRow).order_by(UnknownTagRow.last_seen_at.desc(), UnknownTagRow.uid)
    return [convert.unknown_tag(row) for row in session.scalars(query)]


def enrol_unknown_tag(
    session: Session,
    uid: str,
    *,
    label: str,
    allowed: bool,
    at: datetime,
    auto_label: bool = True,
) -> Tag:
    """Move a tag from the unknown list into the register (also works for a uid never seen).

    A new entry gets the next label number (``auto_label``); an existing one keeps its own."""
    normal = normalized(uid)
    seen = session.get(UnknownTagRow, normal)
    existing = session.get(TagRow, normal)
    base = convert.tag(existing) if existing is not None else Tag(uid=normal, created_at=at)
    number = base.label_number
    if number is None and existing is None and auto_label:
        number = next_label(session)
    tag = replace(
        base,
        label=label or base.label,
        allowed=allowed,
        label_number=number,
        first_seen_at=base.first_seen_at or (seen.first_seen_at if seen is not None else None),
        last_seen_at=seen.last_seen_at if seen is not None else base.last_seen_at,
    )
    return upsert_tag(session, tag, at=at)
