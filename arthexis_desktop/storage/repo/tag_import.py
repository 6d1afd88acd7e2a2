"""Applying a checked register import in one transaction (worker-thread job)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.core.model import Tag
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.repo import accounts
from arthexis_desktop.storage.repo.tags import create_tag, find_tag, upsert_tag


class RegisterChangedError(InvalidCommandError):
    """The register changed between planning an import and applying it; nothing was written."""


@dataclass(frozen=True, slots=True)
class RegisterImport:
    """What a checked CSV import writes.

    ``updates`` pairs the entry as it was read when the import was planned with the new one;
    the import is refused as a whole if any of them changed meanwhile. ``account_names`` maps a
    uid to the name of its account, resolved inside the transaction once ``new_accounts`` exist
    (a tag listed there gets that account whatever its ``account_id`` says).
    """

    creates: tuple[Tag, ...] = ()
    updates: tuple[tuple[Tag, Tag], ...] = ()
    new_accounts: tuple[str, ...] = ()
    account_names: tuple[tuple[str, str], ...] = ()


def apply_import(session: Session, plan: RegisterImport, *, at: datetime) -> list[Tag]:
    """Create the accounts, then the new tags, then the updates; returns the written tags."""
    for name in plan.new_accounts:
        if accounts.find_by_name(session, name) is None:
            accounts.create_account(
                session, name, contact="", service_account=False, allow_concurrent=False, at=at
            )
    names = dict(plan.account_names)

    def with_account(tag: Tag) -> Tag:
        name = names.get(tag.uid)
        if name is None:
            return tag
        row = accounts.find_by_name(session, name)
        if row is None:
            raise InvalidCommandError(f"account {name!r} does not exist")
        return replace(tag, account_id=row.id)

    written = []
    for before, after in plan.updates:
        row = find_tag(session, before.uid)
        if row is None or convert.tag(row) != before:
            raise RegisterChangedError(
                f"tag {before.uid} changed while the import was being checked; nothing was imported"
            )
        written.append(upsert_tag(session, with_account(replace(after, uid=row.uid)), at=at))
    for tag in plan.creates:
        if find_tag(session, tag.uid) is not None:
            raise RegisterChangedError(
                f"tag {tag.uid} was added while the import was being checked; nothing was imported"
            )
        written.append(create_tag(session, with_account(tag), at=at, auto_label=False))
    return written
